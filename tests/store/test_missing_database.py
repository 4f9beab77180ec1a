"""A database that is not there is never made anew, except by an explicit creation; a full
disk and a moved file are clear errors, also when they happen at COMMIT."""

from pathlib import Path

import pytest

from korre_desktop.errors import (
    DatabaseError,
    DatabaseMissingError,
    DiskFullError,
)
from korre_desktop.store import Store
from korre_desktop.store.connection import connect
from korre_desktop.store.sqlite_driver import dbapi

# A database file deleted or moved (a server database: test_server_engine.py).
pytestmark = pytest.mark.embedded_only


def test_opening_a_missing_file_is_an_error_and_makes_nothing(db_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="database file not found") as caught:
        Store.open(db_path, actor="test")
    assert caught.value.code == "missing"
    assert caught.value.details["path"] == str(db_path)
    assert list(db_path.parent.iterdir()) == []


def test_a_missing_file_in_a_missing_folder_is_missing_too(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        Store.open(tmp_path / "gone" / "korre.sqlite")
    assert not (tmp_path / "gone").exists()


def test_a_database_deleted_while_open_is_not_made_again(db_path: Path) -> None:
    """What a background job does (a new connection of its own) finds it gone; the open
    connection refuses to write into the deleted file; no empty file appears."""
    with Store.create(db_path, actor="test") as opened:
        opened.insert("schools", {"name": "De Regenboog", "created_at": "2026-01-01"})
        db_path.unlink()
        with pytest.raises(DatabaseMissingError):
            Store.open(db_path, actor="job")
        with pytest.raises(DatabaseMissingError, match="moved or deleted"):
            opened.insert("schools", {"name": "Het Kompas", "created_at": "2026-01-01"})
    assert not db_path.exists()


def test_a_database_moved_while_open_refuses_to_write(db_path: Path) -> None:
    with Store.create(db_path, actor="test") as opened:
        db_path.rename(db_path.with_name("elders.sqlite"))
        with pytest.raises(DatabaseMissingError):
            opened.set_setting("signing_deadline_days", 30)
    assert not db_path.exists()


def test_create_makes_a_new_database_and_refuses_an_existing_file(db_path: Path) -> None:
    with Store.create(db_path, actor="test") as made:
        assert made.is_empty()
    with pytest.raises(DatabaseError, match="already a file"):
        Store.create(db_path)
    with Store.open(db_path) as reopened:
        assert reopened.setting("signing_deadline_days") == 14


def test_open_with_create_opens_or_makes(db_path: Path) -> None:
    with Store.open(db_path, create=True) as made:
        made.insert("schools", {"name": "De Linde", "created_at": "2026-01-01"})
    with Store.open(db_path, create=True) as again:
        assert again.rows("SELECT name FROM schools") == [{"name": "De Linde"}]


def _full_after(store: Store, spare_pages: int = 0) -> None:
    """Let the database grow no further: SQLite then fails as on a full disk."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_a_full_disk_is_a_clear_error_and_saves_nothing(store: Store, records) -> None:
    school = records.school("De Regenboog")
    _full_after(store)
    big = "x" * 100_000
    with pytest.raises(DiskFullError, match="disk is full") as caught, store.transaction():
        store.insert("schools", {"name": "Het Kompas", "created_at": "2026-01-01"})
        store.insert("schools", {"name": big, "created_at": "2026-01-01"})
    assert caught.value.code == "disk_full"
    assert [row["id"] for row in store.rows("SELECT id FROM schools")] == [school]


class _FailingCommit:
    """A connection whose COMMIT fails as on a full disk (everything else passes through)."""

    def __init__(self, real: dbapi.Connection, error: str) -> None:
        self._real = real
        self._error = error

    def execute(self, sql: str, *args: object):
        if sql.strip().upper() == "COMMIT":
            raise dbapi.OperationalError(self._error)
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.mark.parametrize(
    ("error", "expected"),
    [("database or disk is full", DiskFullError), ("disk I/O error", DatabaseError)],
)
def test_a_failure_at_commit_is_translated_and_rolled_back(
    db_path: Path, error: str, expected: type
) -> None:
    db = connect(db_path, create=True)
    db.execute("CREATE TABLE t (x)")
    real = db.conn
    db.conn = _FailingCommit(real, error)  # type: ignore[assignment]
    try:
        with pytest.raises(expected), db.atomic():
            db.execute("INSERT INTO t VALUES (1)")
        assert not real.in_transaction
        assert real.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    finally:
        real.close()
