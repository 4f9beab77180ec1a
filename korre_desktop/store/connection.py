"""Opening the SQLite file with the pragmas every connection needs."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from korre_desktop import locations
from korre_desktop.errors import (
    DamagedDataError,
    DatabaseError,
    DatabaseKeyError,
    DatabaseLockedError,
    DatabaseMissingError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
)
from korre_desktop.store import file_keys
from korre_desktop.store.sqlite_driver import dbapi

# A writer waits this long for another's write to finish (an import of a whole school on
# another PC takes seconds) before the user is told the database is busy.
BUSY_TIMEOUT_MS = 30_000

# The files SQLite keeps beside the database file: the rollback journal, or in WAL mode the
# write-ahead log (commits not yet copied into the file) and its shared-memory index. They
# belong to the database while it is open (and a -wal after a crash holds saved changes).
SIDE_FILE_SUFFIXES = ("-journal", "-wal", "-shm")

# What sqlite3 says when a stored text is not UTF-8 (it has no error code for it).
_UNDECODABLE = re.compile(r"could not decode to utf-8 column '(?P<column>[^']*)'", re.IGNORECASE)


class Database:
    """The embedded file's connection, behind the interface the store uses on both engines
    (``execute``, ``executemany``, ``atomic``, ``snapshot``). Its transactions take the
    write lock when they begin and report what a user can act on (a full disk, a moved
    file, a lock) as KorreErrors, also when it happens at COMMIT. ``Store.transaction()``
    is the API; this is the one place where a transaction on the file begins.

    (sqlite-utils' Database was the base class; its import pulls in numpy, a sixth of a
    second on every command, for the three methods the store used.)
    """

    path_text = ""
    dialect = "sqlite"
    # The file this connection opened and its identity then (device, inode): a write checks
    # that the name still leads there (``_check_same_file``). None: in memory.
    file: Path | None = None
    file_identity: tuple[int, int] | None = None
    # The rollback journal is kept (a network share, a cloud folder): WAL must not come back.
    rollback_journal_only = False
    # The key of an encrypted file (its backups get it too); None: a plain file.
    key: bytes | None = None

    def __init__(self, conn: dbapi.Connection) -> None:
        self.conn = conn
        self._savepoints = itertools.count(1)

    def execute(self, sql: str, params: object = None) -> dbapi.Cursor:
        if params is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, params)  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: object) -> None:
        self.conn.executemany(sql, rows)  # type: ignore[arg-type]

    def insert_many(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
    ) -> None:
        """Many rows into ``table`` at once (values in the order of ``columns``)."""
        marks = ", ".join("?" * len(columns))
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [row[0] for row in rows.fetchall()]

    def close(self) -> None:
        if self.file is not None and file_identity(self.file) != self.file_identity:
            # Moved, deleted or replaced: SQLite then skips its checkpoint at close and
            # leaves the -wal under the old name, holding changes the moved file lacks,
            # to be read into whatever file is put there next (a backup put back). So
            # copy them into the file this connection has open, and empty the -wal.
            with contextlib.suppress(dbapi.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def rollback(self) -> None:
        """Undo the open transaction; nothing when an error already ended it."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @contextmanager
    def snapshot(self) -> Iterator[Database]:
        """Reads that see the file as of one moment (in WAL mode a writer goes on meanwhile;
        with the rollback journal it waits until the block ends)."""
        with sqlite_errors(self.path_text):
            if self.conn.in_transaction:
                yield self
                return
            self.conn.execute("BEGIN")
            try:
                yield self
            finally:
                self.conn.execute("ROLLBACK")

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One write transaction; a nested one is a savepoint.

        The outermost begins with ``BEGIN IMMEDIATE``, not a plain (deferred) ``BEGIN``: a
        deferred transaction that has read and then writes cannot wait for another writer
        (SQLite refuses at once with "database is locked", its deadlock rule), while an
        immediate one takes the write lock up front, so a second writer waits at its BEGIN
        for up to ``BUSY_TIMEOUT_MS`` and then reads what the first wrote.

        Once it holds the lock it checks that the file is still where it was opened: a
        write into a file that was moved, deleted or replaced meanwhile is refused, not
        stored where no one will find it.
        """
        with sqlite_errors(self.path_text):
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except dbapi.Error:
                self._check_same_file()  # a moved file: say so, not what it caused
                raise
            try:
                # After the lock, not before: the file may be replaced while this one waits.
                self._check_safe_to_write()
                yield self
            except BaseException:
                self.rollback()  # a no-op when the error already ended the transaction
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def settle_journal_mode(self) -> None:
        """Put the file in the journal mode its place asks for (``journal_mode_for``).

        Called once the file is known to be ours and not of a newer version (``Store.open``):
        a foreign file is never changed. The mode is kept in the file, so this is a switch
        once and a look every other time; other connections follow the file's mode.
        """
        if self.file is None:
            return
        wanted = journal_mode_for(self.file)
        with sqlite_errors(self.path_text):
            _use_journal_mode(self.conn, wanted)
            # Open the WAL index now: a connection that first needs it after the file was
            # moved cannot find it and fails with a disk error instead of reading on.
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.rollback_journal_only = wanted == "delete"

    def _check_safe_to_write(self) -> None:
        self._check_same_file()
        if self.rollback_journal_only and _journal_mode(self.conn) == "wal":
            # A program on the computer that holds the file (a network share) switched it
            # to WAL: WAL's shared memory does not reach over a network.
            raise DatabaseLockedError(
                "the database is in use by a program on the computer that holds it, in a way"
                f" that cannot be shared over a network: {self.path_text}",
                path=self.path_text,
            )

    def _check_same_file(self) -> None:
        """Raise when the file's name no longer leads to the file this connection has open.
        SQLite notices that itself only with the rollback journal (SQLITE_READONLY_DBMOVED);
        in WAL mode a commit into a moved or deleted file succeeds without a word."""
        if self.file is not None and file_identity(self.file) != self.file_identity:
            raise moved_error(self.path_text)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"korre_{next(self._savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error that ended the whole transaction took the savepoint with it:
            # undoing it then would hide the error behind "no such savepoint".
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")


def connect(
    path: Path | str, create: bool = False, key: bytes | None = None, salt: bytes | None = None
) -> Database:
    """Open the database file with foreign keys on and full durability.

    An encrypted file is opened with its key (``file_keys.find_key``, or ``key``); without
    one it is a :class:`DatabaseKeyError`. A new file (``create``) is encrypted with
    ``key`` (and ``salt``, for a key derived from a passphrase), or with the key for new
    files when one is set (``file_keys.use_for_new_files``).

    A missing file is an error (:class:`DatabaseMissingError`) unless ``create`` is True:
    only the first start and an explicit creation make a new database, never a background
    job that finds the file gone. The connection is in autocommit mode (``isolation_level=
    None``: the sqlite3 module never begins a transaction by itself); multi-step changes use
    ``db.atomic()``, which begins them IMMEDIATE.
    """
    target = str(path)
    file_key: tuple[bytes, bytes | None] | None = None
    if target == ":memory:":
        uri = target
    else:
        file = Path(target).expanduser()
        if file.is_dir():
            raise DatabaseError(f"this is a folder, not a database file: {file}", path=target)
        if not create and not file.exists():
            raise DatabaseMissingError(f"database file not found: {file}", path=target)
        parent = file.resolve().parent
        if not parent.is_dir():
            raise DatabaseError(f"folder does not exist: {parent}", path=str(parent))
        # mode=rw: SQLite itself never creates the file, even when it vanished just now.
        uri = f"{file.absolute().as_uri()}?mode={'rwc' if create else 'rw'}"
        file_key, key = _file_key(file, create, key, salt)
    conn = None
    try:
        # check_same_thread stays on: every thread opens its own connection.
        conn = dbapi.connect(
            uri, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri != ":memory:"
        )
        # SQLCipher writes its own complaints (a wrong key) to stderr: errors say enough.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if file_key is not None:
            file_keys.use_key(conn, *file_key)  # before anything reads the file
        conn.execute("PRAGMA foreign_keys = ON")
        # REPLACE deletes the row it replaces: with recursive triggers the append-only
        # tables' delete triggers see that too, so REPLACE cannot overwrite history.
        conn.execute("PRAGMA recursive_triggers = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Touch the file so a non-database is noticed now, not at the first query.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.Error as exc:
        if conn is not None:  # not left open for the garbage collector to close
            conn.close()
        if target != ":memory:" and not create and not Path(target).expanduser().exists():
            raise DatabaseMissingError(f"database file not found: {target}", path=target) from exc
        if file_key is not None and getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise wrong_key_error(target) from exc
        raise translate_sqlite_error(exc, target) from exc
    db = Database(conn)
    if target != ":memory:":
        db.path_text = target
        db.file = file.absolute()
        db.file_identity = file_identity(db.file)
        db.key = key
        if key is not None:  # background connections and backups find it at once
            file_keys.remember(db.file, key)
    return db


def _file_key(
    file: Path, create: bool, key: bytes | None, salt: bytes | None
) -> tuple[tuple[bytes, bytes | None] | None, bytes | None]:
    """The key (and a new file's salt) ``file`` is opened with (None: a plain file), and
    the key alone."""
    if create and (not file.exists() or file.stat().st_size == 0):
        key = key if key is not None else file_keys.key_for_new_files()
        if key is None:
            return None, None
        return (key, salt or file_keys.new_salt()), key
    if not file_keys.is_encrypted(file):
        return None, None
    if key is None:
        found = file_keys.find_key(file)
        if found is None:
            raise DatabaseKeyError(
                f"the database is encrypted and no key for it was found: {file}; give its"
                f" passphrase or recovery code in {file_keys.KEY_ENV}, or open it in the app",
                path=str(file),
                reason="key_needed",
            )
        key = found[0]
    return (key, None), key


def wrong_key_error(path: str) -> DatabaseKeyError:
    return DatabaseKeyError(
        f"wrong key or not a Korre database: {path}", path=path, reason="wrong_key"
    )


def journal_mode_for(file: Path) -> str:
    """WAL on a local disk: a reader never holds up a writer, and a commit writes its pages
    once. The rollback journal (DELETE) on a network share or in a cloud-synced folder:
    WAL's index lives in shared memory, which programs on other computers cannot share, and
    a sync client would copy the file without the changes still in its -wal."""
    return "delete" if locations.location_warning(file) else "wal"


def _use_journal_mode(conn: dbapi.Connection, wanted: str) -> None:
    """Switch the file to ``wanted`` unless it is in that mode already (the mode is kept in
    the file, so this is a change once and a look every other time)."""
    if _journal_mode(conn) == wanted:
        return
    # A switch needs the file to itself for a moment: when it is not free now, waiting
    # (the busy timeout, 30 s) would only hold up the start.
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()
    except dbapi.OperationalError as exc:
        if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_READONLY"):
            return  # a write-protected file is read as it is; a write says it cannot be
        if wanted == "wal":
            return  # another connection is busy: the next one to open switches
        # Leaving WAL while another program (on the computer that holds the file) uses it
        # in WAL mode: that cannot be shared over the network, so it is refused (locked).
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _journal_mode(conn: dbapi.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def file_identity(file: Path) -> tuple[int, int] | None:
    """The file's (device, inode): another file under the same name has another; None
    when nothing is there."""
    try:
        found = os.stat(file)
    except OSError:
        return None
    if os.name == "nt":
        # Windows: SQLite keeps the file open without sharing deletion, so it cannot be
        # moved, deleted or replaced while open; and a network drive's file index is not
        # to be trusted. There is a file: that is all this can tell.
        return (0, 0)
    # (SQLite's own check in rollback mode compares the same numbers.)
    return (found.st_dev, found.st_ino)


def database_files(file: Path) -> list[Path]:
    """The database file and the files SQLite may keep beside it."""
    return [file.with_name(file.name + suffix) for suffix in ("", *SIDE_FILE_SUFFIXES)]


def moved_error(path: str) -> DatabaseMissingError:
    """The open database file is no longer where it was opened."""
    return DatabaseMissingError(
        f"the database file was moved or deleted while it was open: {path}".rstrip(": "),
        path=path,
    )


def undecodable_column(exc: BaseException) -> str | None:
    """The column named by sqlite3's "could not decode to UTF-8" error, else None."""
    found = _UNDECODABLE.search(str(exc))
    return found.group("column") if found else None


def _at(path: str) -> str:
    return f" ({path})" if path else ""


def translate_sqlite_error(exc: dbapi.Error, path: str = "") -> Exception:
    """Turn the sqlite3 errors a user can meet into errors with a clear message."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    column = undecodable_column(exc)
    if column is not None:
        # Never repeat the text itself: it is a damaged piece of someone's data.
        return DamagedDataError(
            f"damaged text in the database (column {column}): run 'korre-desktop check'"
            " to find the records",
            column=column,
        )
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFullError(
            f"the disk is full: the change was not saved; make room and try again{_at(path)}",
            path=path,
        )
    if name == "SQLITE_READONLY_DBMOVED":  # the rollback journal's own check
        return moved_error(path)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"the database is locked by another program: {path}".rstrip(": "), path=path
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return NotADatabaseError(
            f"not a Korre Desktop database, or the file is damaged: {path}".rstrip(": "),
            path=path,
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseError(f"cannot open or write the database file: {path}", path=path)
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return DiskIOError(
            f"the disk could not be read or written: the change was not saved{_at(path)}",
            path=path,
        )
    return exc


def user_facing_error(error: BaseException) -> BaseException:
    """``error`` as the KorreError a user can act on when it is an error of the database
    engine that escaped the store's own translation (the window's error handler asks);
    any other error unchanged."""
    if isinstance(error, dbapi.Error):
        return translate_sqlite_error(error)
    if type(error).__module__.startswith("psycopg"):  # the server's (loaded only when used)
        from korre_desktop.store.postgres import translate_server_error

        return translate_server_error(error)  # type: ignore[arg-type]
    return error


def engine_version() -> str:
    """The database engine's version, for the About window."""
    return dbapi.sqlite_version


@contextmanager
def sqlite_errors(path: str = "") -> Iterator[None]:
    """Re-raise sqlite3 errors that a user can act on as KorreErrors."""
    try:
        yield
    except dbapi.Error as exc:
        translated = translate_sqlite_error(exc, path)
        if translated is exc:
            raise
        raise translated from exc
