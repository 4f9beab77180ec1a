"""The server engine: a PostgreSQL database through psycopg 3, behind the same small
interface the store uses for the embedded file (``execute``, ``executemany``, ``atomic``,
``close``).

The store's SQL is written once, with ``?`` and ``:name`` parameters as on SQLite; this
module turns them into psycopg's ``%s`` / ``%(name)s``. Python ints, bools and texts go to
the server untyped, so the server reads them as the column they meet (as SQLite does):
``row_id = ?`` with an int compares as text, ``parental_authority = ?`` with True as 1.

Writers take one transaction-level advisory lock when their transaction begins: one writer
at a time, as SQLite's ``BEGIN IMMEDIATE`` gives the embedded file, so a use case that read
and then writes never meets a serialization failure or a deadlock, and readers never wait.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import adapt, errors, pq
from psycopg.types.numeric import IntDumper
from psycopg.types.string import StrDumper

from korre_desktop.errors import (
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DiskFullError,
    NotADatabaseError,
    NotAllowedError,
)
from korre_desktop.server_location import redacted

# What the server's tables notify when a transaction changed them (postgres_schema).
CHANGES_CHANNEL = "korre_changes"
# The one advisory lock every write transaction takes ("KORR" as a number).
WRITE_LOCK = 0x4B4F5252
CONNECT_TIMEOUT_S = 10
# Statements wait this long for the write lock (a long import on another PC) before the
# user is told the database is busy.
LOCK_TIMEOUT = "30s"  # as the file's busy timeout

_TOKEN = re.compile(
    r"""'(?:[^']|'')*'      # a string literal
      | "(?:[^"]|"")*"      # a quoted name
      | ::                  # a cast, not a parameter
      | \?                  # a positional parameter
      | :(?P<name>[A-Za-z_]\w*)  # a named parameter
      | %                   # psycopg's own marker: doubled
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=4096)
def psycopg_sql(sql: str) -> str:
    """``sql`` with ``?`` as ``%s`` and ``:name`` as ``%(name)s`` (not inside quotes)."""

    def replace(found: re.Match[str]) -> str:
        token = found.group(0)
        if token.startswith("'"):
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if found.group("name"):
            return f"%({found.group('name')})s"
        return token

    return _TOKEN.sub(replace, sql)


class _Untyped(adapt.Dumper):
    """A value sent as text of unknown type: the server gives it the type of the column or
    expression it meets."""

    oid = 0
    format = pq.Format.TEXT

    def dump(self, obj: Any) -> bytes:
        return str(obj).encode()


class _IntUntyped(_Untyped):
    def quote(self, obj: Any) -> bytes:  # a number in SQL text (psycopg's FETCH n) unquoted
        return self.dump(obj)


class _BoolUntyped(_IntUntyped):
    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


class Cursor:
    """The rows of one statement, read at once (the connection is free again after)."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self.description = cursor.description
        self.rowcount = cursor.rowcount
        self._rows: list[tuple[Any, ...]] = cursor.fetchall() if cursor.description else []
        self._next = 0

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rest = self._rows[self._next :]
        self._next = len(self._rows)
        return rest

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        part = self._rows[self._next : self._next + size]
        self._next += len(part)
        return part

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while (row := self.fetchone()) is not None:
            yield row


class PostgresDatabase:
    """One connection to the server database, autocommit outside ``atomic()``."""

    dialect = "postgresql"
    # Many rows by COPY: the tables' owner (set when the login is known: user_queries).
    bulk_copy = True

    def __init__(self, conn: psycopg.Connection[Any], url: str) -> None:
        self.conn = conn
        self.url = url
        self.path_text = redacted(url)
        self._closed_by_us = False
        # The signed-in person's role (``Store.signed_in``), named when the server refuses.
        self.role: str | None = None

    def _usable(self) -> psycopg.Connection[Any]:
        """The connection; a new one when the last was lost (a server restart, a network
        cut) and no transaction was open on it: what was open is rolled back by the
        server, and the caller's error said so."""
        if self.conn.broken or self.conn.closed:
            if self._closed_by_us:
                raise DatabaseError("the database connection is closed", reason="closed")
            self.conn = _connection(self.url)
        return self.conn

    def execute(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> Cursor:
        self._usable()
        with server_errors(self.path_text, self.role):
            bound = params if isinstance(params, Mapping) else list(params)
            if not bound:  # psycopg sends a query without parameters as it is
                return Cursor(self.conn.execute(sql))
            return Cursor(self.conn.execute(psycopg_sql(sql), bound))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> None:
        self._usable()
        with server_errors(self.path_text, self.role), self.conn.cursor() as cursor:
            cursor.executemany(psycopg_sql(sql), rows)

    def insert_many(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Many rows into ``table`` at once: COPY, some ten times faster than one INSERT per
        row (50,000 students with their guardians in an import). Triggers run as for INSERT.
        A login under row-level security (any but the tables' owner) cannot COPY: its rows
        go in by INSERT, checked by its policies."""
        if not self.bulk_copy:
            marks = ", ".join("?" * len(columns))
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return
        self._usable()
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with server_errors(self.path_text, self.role), self.conn.cursor() as cursor:
            # COPY's text goes to the columns' own input functions: psycopg's own (C)
            # dumpers for numbers and texts are right here, and ten times faster than the
            # untyped ones the statements need (a bool stays 1/0 for its integer column).
            cursor.adapters.register_dumper(int, IntDumper)
            cursor.adapters.register_dumper(str, StrDumper)
            with cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)

    @property
    def in_transaction(self) -> bool:
        status = self.conn.info.transaction_status
        return status in (
            pq.TransactionStatus.INTRANS,
            pq.TransactionStatus.INERROR,
            pq.TransactionStatus.ACTIVE,
        )

    @contextmanager
    def atomic(self) -> Iterator[PostgresDatabase]:
        """One write transaction (the outermost takes the write lock); nested: a savepoint."""
        if not self.in_transaction:
            self._usable()
        with server_errors(self.path_text, self.role):
            outermost = not self.in_transaction
            with self.conn.transaction():
                if outermost:
                    self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
                yield self

    @contextmanager
    def snapshot(self) -> Iterator[PostgresDatabase]:
        """Reads that see the database as of one moment (a repeatable-read transaction)."""
        with server_errors(self.path_text, self.role):
            if self.in_transaction:
                yield self
                return
            self._usable().execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield self
            finally:
                self.conn.execute("ROLLBACK")

    def stream(
        self, sql: str, params: Iterable[Any] = (), batch: int = 1_000
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a large query in batches, read from the server as they are needed
        (a server-side cursor, inside ``snapshot()`` or a transaction)."""
        with (
            server_errors(self.path_text, self.role),
            self.conn.cursor(name="korre_stream") as cursor,
        ):
            cursor.execute(psycopg_sql(sql) if params else sql, list(params) or None)
            while rows := cursor.fetchmany(batch):
                yield rows

    def table_names(self) -> list[str]:
        rows = self.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        ).fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        self._closed_by_us = True
        self.conn.close()


def connect(url: str) -> PostgresDatabase:
    """Connect to the server database at ``url`` (``postgresql://user@host/db``; the
    password from the URL, ``PGPASSWORD`` or ``~/.pgpass`` as libpq reads them)."""
    return PostgresDatabase(_connection(url), url)


def _connection(url: str) -> psycopg.Connection[Any]:
    shown = redacted(url)
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="korre-desktop",
        )
    except psycopg.Error as exc:
        raise connect_error(exc, shown) from exc
    conn.adapters.register_dumper(str, _Untyped)
    conn.adapters.register_dumper(int, _IntUntyped)
    conn.adapters.register_dumper(bool, _BoolUntyped)
    conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    conn.execute("SET TIME ZONE 'UTC'")
    return conn


# What libpq says when a connection cannot be made -> why, for the window's words.
_CONNECT_REASONS = (
    # psycopg resolves the name itself first (first here: the name may hold "ssl")
    ("failed to resolve host", "no_host"),
    ('role "', "login"),
    ("does not exist", "no_database"),
    ("password authentication failed", "login"),
    ("no password supplied", "login"),
    ("no pg_hba.conf entry", "not_allowed"),
    ("ssl", "tls"),
    ("certificate", "tls"),
    ("could not translate host name", "no_host"),  # libpq
    ("connection refused", "unreachable"),
    ("timeout", "unreachable"),
    ("timed out", "unreachable"),
)


def connect_error(exc: psycopg.Error, where: str) -> DatabaseError:
    """A connection that could not be made, with ``reason`` for the window's words and
    libpq's own first line for the command line (it never holds the password)."""
    said = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = said.lower()
    reason = next((code for text, code in _CONNECT_REASONS if text in lowered), "connect")
    if reason == "no_database":
        return DatabaseMissingError(
            f"the server has no such database ({where}): {said}", path=where, reason=reason
        )
    return DatabaseError(
        f"cannot connect to the database server ({where}): {said}",
        path=where,
        reason=reason,
    )


def translate_server_error(
    exc: psycopg.Error, where: str = "", role: str | None = None
) -> Exception:
    """The server errors a user can act on as KorreErrors; others unchanged (``role``: the
    signed-in person's, for a refused action)."""
    at = f" ({where})" if where else ""
    if isinstance(exc, errors.InvalidCatalogName):
        return DatabaseMissingError(f"the server has no such database{at}", path=where)
    if isinstance(exc, errors.DiskFull):
        return DiskFullError(f"the server's disk is full: the change was not saved{at}", path=where)
    if isinstance(
        exc,
        errors.LockNotAvailable
        | errors.QueryCanceled
        | errors.SerializationFailure
        | errors.DeadlockDetected,
    ):
        return DatabaseLockedError(f"the database is busy with another change{at}", path=where)
    if isinstance(exc, errors.InsufficientPrivilege):  # a grant or a row policy said no
        as_role = f" as {role}" if role else ""
        return NotAllowedError(
            f"not allowed{as_role}: {exc.diag.message_primary}{at}",
            path=where,
            reason="not_allowed",
            role=role,
        )
    if isinstance(exc, errors.ReadOnlySqlTransaction):  # a standby, or a server set read-only
        return DatabaseError(
            f"the server accepts no changes now (read only): the change was not saved{at}",
            path=where,
            reason="read_only",
        )
    if isinstance(
        exc, errors.InsufficientResources | errors.OutOfMemory | errors.TooManyConnections
    ):
        return DatabaseError(
            f"the server is out of memory or connections: the change was not saved{at}",
            path=where,
            reason="server_resources",
        )
    if isinstance(exc, psycopg.OperationalError):
        return DatabaseError(
            f"cannot reach the database server: the change was not saved{at}",
            path=where,
            reason="connection",
        )
    if isinstance(exc, errors.UndefinedTable):
        return NotADatabaseError(f"not a Korre Desktop database{at}", path=where)
    return exc


@contextmanager
def server_errors(where: str = "", role: str | None = None) -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        translated = translate_server_error(exc, where, role)
        if translated is exc:
            raise
        raise translated from exc
