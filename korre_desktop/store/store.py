"""The Store: one open database file, its audit log, and the repositories over it."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.errors import DamagedDataError, DatabaseError, InputError
from korre_desktop.server_location import server_url_of
from korre_desktop.store import backup, damage
from korre_desktop.store.access_log_queries import AccessLogQueries
from korre_desktop.store.authorisation_queries import AuthorisationQueries
from korre_desktop.store.change_log_queries import ChangeLogQueries
from korre_desktop.store.connection import Database, connect, database_files, sqlite_errors
from korre_desktop.store.consent_queries import ConsentQueries
from korre_desktop.store.correspondence_queries import CorrespondenceQueries
from korre_desktop.store.dialect import POSTGRESQL, SQLITE, Dialect
from korre_desktop.store.form_queries import FormQueries
from korre_desktop.store.group_queries import GroupQueries
from korre_desktop.store.migrate import migrate, schema_version
from korre_desktop.store.people_queries import PeopleQueries
from korre_desktop.store.postgres_roles import RECORDS_COUNT_SQL
from korre_desktop.store.purge_queries import PurgeQueries
from korre_desktop.store.records_queries import RecordQueries
from korre_desktop.store.scan_queries import ScanQueries
from korre_desktop.store.table_copy import LINK_TABLES, TABLE_ORDER
from korre_desktop.store.user_queries import UserQueries

if TYPE_CHECKING:  # the server's modules load only when a server is used (psycopg's import)
    from korre_desktop.store.change_watch import ChangeWatch
    from korre_desktop.store.postgres import PostgresDatabase

# People named by id in the access log (``student:12``): on the file a purged person's id is
# never given again (``raise_id_floor``); the setting holds the largest id ever used.
ID_FLOOR_TABLES = ("students", "employees", "guardians")
ID_FLOOR_SETTING = "id_floor:"

# Tables without an ``id``: the audit log and the store name their rows by ``rowid`` (the
# SQLite rowid on the file, a column of that name on the server).

# Tables that may be written through the generic ``insert`` / ``update``: the building
# blocks of the query modules' named write operations (``store.records.add_student``...),
# which are what everyone outside the store calls (tests/test_architecture.py).
# Every table but those the store writes by its own means (settings, blobs and their
# derivations, the audit log, the access log, the users).
_WRITABLE_TABLES = frozenset(TABLE_ORDER) - {
    "settings",
    "audit_log",
    "blobs",
    "blob_derivations",
    "access_log",
    "users",  # keyed by login: user_queries writes it
}


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down machines
        return "onbekend"


def timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now()).isoformat(timespec="seconds")


class Store:
    """An open database. Only the store speaks SQL; everyone else calls its methods."""

    def __init__(
        self,
        db: Database | PostgresDatabase,
        path: Path | None,
        actor: str | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        # The file of an embedded database; None in memory and on the server.
        self.path = path
        server = getattr(db, "dialect", "sqlite") == POSTGRESQL.name
        self.dialect: Dialect = POSTGRESQL if server else SQLITE
        self.actor = actor or _default_actor()
        self.clock = clock
        self._signed_in: SignedIn | None = None  # a server's signed-in person (at open)
        self.people = PeopleQueries(self)
        self.consent = ConsentQueries(self)
        self.records = RecordQueries(self)
        self.forms = FormQueries(self)
        self.groups = GroupQueries(self)
        self.scans = ScanQueries(self)
        self.authorisations = AuthorisationQueries(self)
        self.correspondence = CorrespondenceQueries(self)
        self.access_log = AccessLogQueries(self)
        self.change_log = ChangeLogQueries(self)
        self.users = UserQueries(self)
        self.purge = PurgeQueries(self)

    @classmethod
    def open(
        cls,
        path: Path | str,
        actor: str | None = None,
        create: bool = False,
        key: bytes | None = None,
        salt: bytes | None = None,
    ) -> Store:
        """Open the file at ``path`` (or the server database at a ``postgresql://`` URL)
        and bring it to the current schema.

        A missing file raises :class:`~korre_desktop.errors.DatabaseMissingError`: a
        database that was deleted or moved is never silently replaced by an empty one.
        Only ``create`` (the first start, ``init``, ``demo``: see :meth:`create`) makes one.
        An encrypted file is opened with its key (``connection.connect``); a new one is
        encrypted with ``key`` (and ``salt``) when given.
        """
        url = server_url_of(path)
        if url is not None:
            return cls._open_server(url, actor, create)
        resolved = Path(path).expanduser()
        db = connect(resolved, create=create, key=key, salt=salt)
        try:
            with sqlite_errors(str(resolved)):
                migrate(db, resolved)
            db.settle_journal_mode()  # now that the file is known to be ours
        except BaseException:
            db.close()
            raise
        return cls(db, resolved, actor)

    @classmethod
    def open_for_upgrade(cls, url: str, actor: str | None = None) -> Store:
        """The server database at ``url`` whatever its schema (for ``server upgrade``)."""
        from korre_desktop.store import postgres

        return cls(postgres.connect(url), None, actor)

    def server_upgrade_pending(self) -> bool:
        from korre_desktop.store import postgres_migrate

        return self.is_server and postgres_migrate.pending(self.db)

    def upgrade_server(self) -> list[int]:
        from korre_desktop.store import postgres_migrate

        if not self.is_server:
            raise InputError("only a server database is upgraded this way")
        return postgres_migrate.upgrade(self.db)

    @classmethod
    def _open_server(cls, url: str, actor: str | None, create: bool) -> Store:
        from korre_desktop.store import postgres, postgres_migrate, user_queries

        db = postgres.connect(url)
        try:
            postgres_migrate.migrate(db, create=create)
            signed_in = user_queries.signed_in_on_server(db)
        except BaseException:
            db.close()
            raise
        db.role = signed_in.role.value
        store = cls(db, None, actor or signed_in.login)
        store._signed_in = signed_in
        return store

    @property
    def location(self) -> str:
        """Where the data is, for messages and titles (a server URL without password)."""
        if self.is_server:
            return self.db.path_text
        return str(self.path or ":memory:")

    def change_watch(self) -> ChangeWatch:
        """Something that tells when another connection changed this database."""
        from korre_desktop.store import change_watch

        if self.is_server:
            return change_watch.ServerChangeWatch(self.db.url)
        if self.path is None:
            return change_watch.NoChangeWatch()
        return change_watch.FileChangeWatch(self.path)

    def signed_in(self) -> SignedIn:
        """Who works with this database, in which role. The embedded file is one local
        user (the PC's account) with every permission: the office PC's own account
        protects it. On a server the server says (``user_queries.signed_in_on_server``,
        read when the database was opened)."""
        return self._signed_in or SignedIn(self.actor, Role.BEHEERDER)

    @property
    def is_server(self) -> bool:
        return self.dialect.is_server

    @classmethod
    def create(
        cls,
        path: Path | str,
        actor: str | None = None,
        key: bytes | None = None,
        salt: bytes | None = None,
    ) -> Store:
        """Make a new database at ``path`` (its folder must exist); refused when a file is
        there. A failure leaves no file behind. ``key``: encrypted with it (``salt``: the
        salt a passphrase's key was derived with)."""
        url = server_url_of(path)
        if url is not None:
            return cls._open_server(url, actor, create=True)
        resolved = Path(path).expanduser()
        if resolved.exists() or resolved.is_symlink():
            raise DatabaseError(f"there is already a file at {resolved}", path=str(resolved))
        try:
            return cls.open(resolved, actor, create=True, key=key, salt=salt)
        except BaseException:
            for made in database_files(resolved):  # with its journal, -wal and -shm
                made.unlink(missing_ok=True)
            raise

    @classmethod
    def in_memory(cls, actor: str = "test") -> Store:
        db = connect(":memory:")
        migrate(db, None)
        return cls(db, None, actor)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        try:
            named = self._damage_behind(error)
        finally:
            self.close()
        if named is not None:
            raise named from error

    def _damage_behind(self, error: BaseException | None) -> DamagedDataError | None:
        """When reading stored data failed (text that is not UTF-8, JSON or a date that
        does not parse: a ValueError), and the database holds damaged values, an error
        naming those records; else None (the original error stands)."""
        already_named = isinstance(error, DamagedDataError) and error.findings
        if not isinstance(error, ValueError | DamagedDataError) or already_named:
            return None
        if self.is_server:  # the server refuses damaged text and JSON when it is written
            return None
        try:
            findings = damage.damaged_values(self.db.conn)
        except Exception:  # the original error matters more
            return None
        return damaged_data_error(findings) if findings else None

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Everything written inside the block is saved together, or nothing of it.

        ``with store.transaction():`` around a use case's writes (and the reads they
        depend on). Transactions nest: an inner block is a savepoint, so an error raised
        out of it undoes the inner block's writes only, and the outer transaction goes on
        when the caller catches it; an error out of the outermost block undoes everything.
        The store's own writes (``insert``, ``update``, ``put_blob``...) are such inner
        blocks when called inside one.

        The outermost transaction takes the database's write lock when it begins, so two
        writers (two windows, two processes, two PCs) wait for each other instead of one
        failing with "database is locked" (see ``connection.Database.atomic``).
        """
        with self.db.atomic():
            yield self

    # -- writing -------------------------------------------------------------------------

    def now(self) -> str:
        return timestamp(self.clock())

    def audit(
        self,
        action: str,
        table: str,
        row_id: object,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, table_name, row_id, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                self.now(),
                self.actor,
                action,
                table,
                None if row_id is None else str(row_id),
                None if before is None else json.dumps(before, ensure_ascii=False, default=str),
                None if after is None else json.dumps(after, ensure_ascii=False, default=str),
            ],
        )

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row and audit it, in one transaction; return its id (a link table's:
        its rowid). A building block of the named write operations."""
        _check_table(table)
        key = "rowid" if table in LINK_TABLES else "id"
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            given = row
            if table in ID_FLOOR_TABLES and not self.is_server and key not in row:
                given = {key: self.first_free_id(table, key), **row}  # past purged ids
            row_id = self.db.execute(
                f"INSERT INTO {table} ({', '.join(given)}) VALUES ({', '.join('?' * len(given))})"
                f" RETURNING {key}",
                list(given.values()),
            ).fetchone()[0]
            self.audit("insert", table, row_id, None, dict(row))
        return int(row_id or 0)

    def first_free_id(self, table: str, key: str = "id") -> int:
        """The id the next new row of ``table`` gets, for rows inserted with explicit ids
        (``ids_given`` after): on the server its sequence's next value (a login under
        row-level security does not see every row, so the largest it sees is no guide),
        on the file the largest id + 1 (inside the write transaction no one else inserts)."""
        if self.is_server:
            return int(
                self.db.execute(
                    "SELECT nextval(pg_get_serial_sequence(?, ?))", [table, key]
                ).fetchone()[0]
            )
        found = self.db.execute(f"SELECT coalesce(max({key}), 0) + 1 FROM {table}").fetchone()
        floor = self.setting(ID_FLOOR_SETTING + table, 0) if table in ID_FLOOR_TABLES else 0
        return max(int(found[0]), int(floor) + 1)

    def raise_id_floor(self, table: str) -> None:
        """Before people of ``table`` are purged from the file: remember its largest id, so
        that no new person gets a purged one's id (the access log names people by id). The
        server's sequences never go back by themselves."""
        if self.is_server or table not in ID_FLOOR_TABLES:
            return
        highest = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
        if int(highest) > int(self.setting(ID_FLOOR_SETTING + table, 0)):
            self.set_setting(ID_FLOOR_SETTING + table, int(highest))

    def ids_given(self, table: str, key: str = "id") -> None:
        """After rows were inserted with explicit ids: the server's id sequence goes past
        them (SQLite takes the largest id + 1 by itself)."""
        if self.is_server:
            from korre_desktop.store import postgres_migrate

            postgres_migrate.move_sequence(self.db, table, key)

    def update(self, table: str, row_id: int, changes: Mapping[str, Any]) -> bool:
        """Change some columns of one row and audit before and after, in one transaction
        (a building block of the named write operations).

        Returns False when nothing changed (no audit entry then). Append-only tables
        refuse updates in the database itself.
        """
        _check_table(table)
        if not changes:
            return False
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            found = self.rows(f"SELECT * FROM {table} WHERE id = ?", [row_id])
            if not found:
                raise InputError(f"no row {row_id} in {table}")
            before = {key: found[0][key] for key in changes}
            if before == dict(changes):
                return False
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self.db.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", [*changes.values(), row_id]
            )
            self.audit("update", table, row_id, before, dict(changes))
        return True

    def bulk_insert(self, rows_by_table: Iterable[tuple[str, list[dict[str, Any]]]]) -> None:
        """Insert many rows into several tables in one transaction.

        For bulk loads (demo data) the audit log gets one summary entry per table
        instead of one per row, so a 50,000-student load stays fast.
        """
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            for table, rows in rows_by_table:
                _check_table(table)
                if not rows:
                    continue
                columns = list(rows[0])
                self.db.insert_many(table, columns, ([row[c] for c in columns] for row in rows))
                key = "rowid" if table in LINK_TABLES else "id"
                if key in columns:  # ids given: the server's sequence goes past them
                    self.ids_given(table, key)
                self.audit("bulk insert", table, None, None, {"rows": len(rows)})

    def put_blob(self, data: bytes, mime_type: str) -> str:
        """Store ``data`` once under its SHA-256; the same content twice is kept once."""
        digest = hashlib.sha256(data).hexdigest()
        row = [digest, len(data), mime_type, data, self.now()]
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            if self.is_server:
                # An office limited to its schools does not see another school's files,
                # yet the same content is stored once: the server's function looks.
                added = self.db.execute("SELECT korre_put_blob(?, ?, ?, ?, ?)", row).fetchone()[0]
            else:
                added = self.db.execute(
                    "INSERT INTO blobs (sha256, size, mime_type, data, created_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                    row,
                ).rowcount
            if added:
                self.audit("insert", "blobs", digest, None, {"size": len(data), "mime": mime_type})
        return digest

    def put_derived_blob(
        self,
        original: bytes,
        original_mime: str,
        derived: bytes,
        derived_mime: str,
        page: int = 0,
        operation: Mapping[str, Any] | None = None,
    ) -> str:
        """Store an original file and an image made from it (a straightened page) together.

        Returns the derived image's SHA-256; the original is kept untouched beside it.
        """
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            original_sha = self.put_blob(original, original_mime)
            derived_sha = self.put_blob(derived, derived_mime)
            if derived_sha != original_sha:
                row = {
                    "derived_sha256": derived_sha,
                    "original_sha256": original_sha,
                    "page": page,
                    "operation": json.dumps(operation or {}),
                    "created_at": self.now(),
                }
                cursor = self.db.execute(
                    "INSERT INTO blob_derivations"
                    " (derived_sha256, original_sha256, page, operation, created_at)"
                    " VALUES (:derived_sha256, :original_sha256, :page, :operation, :created_at)"
                    " ON CONFLICT DO NOTHING",
                    row,
                )
                if cursor.rowcount:  # audited like every other row (not when known already)
                    after = {**row, "operation": operation or {}}
                    self.audit("insert", "blob_derivations", derived_sha, None, after)
        return derived_sha

    def original_of(self, derived_sha256: str) -> str | None:
        row = self.db.execute(
            "SELECT original_sha256 FROM blob_derivations WHERE derived_sha256 = ?",
            [derived_sha256],
        ).fetchone()
        return None if row is None else row[0]

    def blob_mime(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT mime_type FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        return None if row is None else row[0]

    def blob_size(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT size FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        return None if row is None else int(row[0])

    def blob(self, sha256: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        return None if row is None else bytes(row[0])

    # -- settings ------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        with sqlite_errors(str(self.path or "")), self.db.atomic():
            before = self.setting(key)
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, encoded],
            )
            self.audit("update", "settings", key, {"value": before}, {"value": value})

    # -- maintenance ---------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        if self.is_server:  # the server keeps its structure and references itself
            return []
        with sqlite_errors(str(self.path or "")):
            return backup.integrity_problems(self.db.conn)

    def check(self, quick: bool = False, step: damage.Step | None = None) -> list[damage.Finding]:
        """Damage in the database, each finding naming its record (``store.damage``)."""
        if self.is_server:
            from korre_desktop.store import server_check

            return server_check.check(self.db, quick, step)
        with sqlite_errors(str(self.path or "")):
            return damage.check(self.db.conn, quick, step)

    def backup_to(self, target: Path) -> Path:
        if self.is_server:
            from korre_desktop.store import server_backup

            return backup.backup_to(self.db, target, server_backup.filler(self.db))  # type: ignore[arg-type]
        with sqlite_errors(str(self.path or "")):
            return backup.backup_to(self.db, target)

    def move_to_server(self, url: str, step: Callable[[int], None] | None = None) -> dict[str, int]:
        """Copy this embedded database onto the empty server database at ``url``, checked
        before it is kept (``server_move``); the rows copied per table."""
        from korre_desktop.store import server_move

        if self.is_server:
            raise InputError("this database is on a server already")
        with sqlite_errors(str(self.path or "")):
            return server_move.move_to_server(self.db, url, step).rows

    def row_count(self) -> int:
        """Every row of every table (what a move or a backup copies)."""
        from korre_desktop.store import server_move

        return server_move.count_rows(self.db)

    def backup_now(self, reason: str = "") -> Path:
        """A backup into the automatic backups' folder now, the oldest beyond the kept
        number removed (``backup.backup_now``); ``reason`` ends its name."""
        if self.path is None:
            raise InputError("a database in memory has no backup folder")
        with sqlite_errors(str(self.path)):
            return backup.backup_now(self.db, self.path, reason=reason)

    def backup_settings(self) -> backup.BackupSettings:
        """Where the automatic backups go, how many are kept, how often one is made."""
        with sqlite_errors(str(self.path or "")):
            return backup.backup_settings(self.db)

    def schema_version(self) -> int:
        """The number of the last migration this database has had."""
        if self.is_server:
            from korre_desktop.store import postgres_migrate

            return postgres_migrate.schema_version(self.db)
        with sqlite_errors(str(self.path or "")):
            return schema_version(self.db)

    def automatic_backup(self) -> Path | None:
        if self.path is None:
            return None
        with sqlite_errors(str(self.path)):
            return backup.automatic_backup(self.db, self.path)

    def rows(
        self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts (for the query modules)."""
        try:
            with sqlite_errors(str(self.path or "")):
                cursor = self.db.execute(sql, params)
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except DamagedDataError as exc:
            column = exc.details.get("column")
            findings = damage.damaged_values(
                self.db.conn, column if isinstance(column, str) else None
            )
            if not findings:
                raise
            raise damaged_data_error(findings) from exc

    def is_empty(self) -> bool:
        """No records beyond what the migrations made (settings may have been changed)."""
        if self.is_server:  # every role may know this much (not what it cannot read)
            return self.db.execute("SELECT korre_records_count()").fetchone()[0] == 0
        return self.db.execute(RECORDS_COUNT_SQL).fetchone()[0] == 0


def damaged_data_error(findings: list[damage.Finding]) -> DamagedDataError:
    """The error for data that could not be read back, naming the first records."""
    named = "; ".join(finding.message for finding in findings[:3])
    more = f" (and {len(findings) - 3} more)" if len(findings) > 3 else ""
    return DamagedDataError(
        f"the database holds damaged data: {named}{more}; run 'korre-desktop check'",
        tuple(findings),
    )


def _check_table(table: str) -> None:
    if table not in _WRITABLE_TABLES:
        raise InputError(f"not a writable table: {table}")
