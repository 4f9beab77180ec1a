"""Opening the SQLite file with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from korre_desktop.errors import DatabaseError, DatabaseLockedError, NotADatabaseError

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (or create) the database file with foreign keys on and full durability.

    The connection is in autocommit mode; multi-step changes use ``db.atomic()``.
    """
    target = str(path)
    if target != ":memory:":
        parent = Path(target).expanduser().resolve().parent
        if not parent.is_dir():
            raise DatabaseError(f"folder does not exist: {parent}", path=str(parent))
    try:
        # check_same_thread stays on: every thread opens its own connection.
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Touch the file so a non-database is noticed now, not at the first query.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, target) from exc
    return sqlite_utils.Database(conn)


def translate_sqlite_error(exc: sqlite3.Error, path: str = "") -> Exception:
    """Turn the sqlite3 errors a user can meet into errors with a clear message."""
    text = str(exc).lower()
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
    if "disk i/o" in text or "full" in text:
        return DatabaseError(f"the disk could not be written: {exc}", path=path)
    return exc


@contextmanager
def sqlite_errors(path: str = "") -> Iterator[None]:
    """Re-raise sqlite3 errors that a user can act on as KorreErrors."""
    try:
        yield
    except sqlite3.Error as exc:
        translated = translate_sqlite_error(exc, path)
        if translated is exc:
            raise
        raise translated from exc
