"""Connections: pragmas on every connection, clear errors for locked and foreign files."""

from pathlib import Path

import pytest

from korre_desktop import locations
from korre_desktop.errors import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    DiskIOError,
    NotADatabaseError,
)
from korre_desktop.store import Store, connection
from korre_desktop.store.connection import connect, translate_sqlite_error
from korre_desktop.store.sqlite_driver import dbapi
from tests.engines import REFUSED_BY_DATABASE, open_file

# The embedded file's connection: pragmas, locks, journal (the server's: test_server_engine.py).
pytestmark = pytest.mark.embedded_only


def _pragma(db, name: str) -> int:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_every_connection_has_foreign_keys_and_full_sync(db_path: Path) -> None:
    first = connect(db_path, create=True)
    second = connect(db_path)
    try:
        for db in (first, second):
            assert _pragma(db, "foreign_keys") == 1
            assert _pragma(db, "synchronous") == 2  # FULL
            assert _pragma(db, "busy_timeout") == connection.BUSY_TIMEOUT_MS
    finally:
        first.close()
        second.close()


def test_connect_asks_for_full_sync_explicitly(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FULL is SQLite's usual default, so also check that connect() does not rely on it."""
    statements: list[str] = []
    real_connect = dbapi.connect

    def tracing_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(dbapi, "connect", tracing_connect)
    connect(db_path, create=True).close()
    normalised = [" ".join(s.lower().replace("=", " = ").split()) for s in statements]
    assert "pragma synchronous = full" in normalised
    assert "pragma foreign_keys = on" in normalised


def test_store_open_and_in_memory_have_the_pragmas(db_path: Path) -> None:
    with Store.create(db_path, actor="test") as opened, Store.in_memory() as memory:
        for db in (opened.db, memory.db):
            assert _pragma(db, "foreign_keys") == 1
            assert _pragma(db, "synchronous") == 2


def test_store_connection_is_in_autocommit_mode(store: Store) -> None:
    assert store.db.conn.isolation_level is None
    assert not store.db.conn.in_transaction


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(REFUSED_BY_DATABASE, match="FOREIGN KEY"):
        store.insert("classes", {"school_id": 999, "school_year_id": 999, "name": "Groep 1"})
    assert store.rows("SELECT count(*) AS n FROM classes") == [{"n": 0}]
    assert store.rows("SELECT count(*) AS n FROM audit_log WHERE table_name = 'classes'") == [
        {"n": 0}
    ]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder does not exist"):
        connect(tmp_path / "nowhere" / "korre.sqlite", create=True)
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_as_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        Store.open(tmp_path)


def test_busy_timeout_is_read_when_connecting(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 123)
    db = connect(db_path, create=True)
    try:
        assert _pragma(db, "busy_timeout") == 123
    finally:
        db.close()


def test_locked_database_gives_locked_error_on_write(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    with Store.create(db_path, actor="test") as opened:
        other = open_file(db_path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(DatabaseLockedError, match="locked"):
                opened.insert("schools", {"name": "De Korre", "created_at": "2026-01-01"})
            with pytest.raises(DatabaseLockedError):
                opened.set_setting("signing_deadline_days", 30)
            other.execute("ROLLBACK")
        finally:
            other.close()
        # Once the lock is gone the store works, and the failed writes left nothing behind.
        assert not opened.db.conn.in_transaction
        assert opened.rows("SELECT count(*) AS n FROM schools") == [{"n": 0}]
        assert opened.setting("signing_deadline_days") == 14
        opened.insert("schools", {"name": "De Korre", "created_at": "2026-01-01"})
        assert opened.rows("SELECT name FROM schools") == [{"name": "De Korre"}]


def test_opening_a_locked_database_gives_locked_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the rollback journal (a network share) a writer's exclusive lock keeps readers
    out (in WAL mode it does not: test_journal_mode.py)."""
    monkeypatch.setattr(locations, "location_warning", lambda _path: "network")
    Store.create(db_path, actor="test").close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    other = open_file(db_path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError):
            Store.open(db_path, actor="test")
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", DatabaseLockedError),
        ("database table is locked", DatabaseLockedError),
        ("file is not a database", NotADatabaseError),
        ("database disk image is malformed", NotADatabaseError),
        ("unable to open database file", DatabaseError),
        ("attempt to write a readonly database", DatabaseError),
        ("database or disk is full", DiskFullError),
        ("disk I/O error", DiskIOError),
    ],
)
def test_translate_user_errors(message: str, expected: type) -> None:
    translated = translate_sqlite_error(dbapi.OperationalError(message), "/x/korre.sqlite")
    assert type(translated) is expected
    assert str(translated)


def test_translate_leaves_programming_errors_alone() -> None:
    original = dbapi.OperationalError("no such table: nothing")
    assert translate_sqlite_error(original, "x") is original
