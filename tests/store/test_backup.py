"""Backups through the SQLite backup API: checked, atomic, periodic and rotated."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from korre_desktop.errors import DatabaseError
from korre_desktop.store import Store, backup
from korre_desktop.store.backup import (
    automatic_backup,
    backup_folder,
    backup_name,
    list_backups,
    rotate,
)
from korre_desktop.store.schema import LATEST_VERSION
from tests.engines import open_file

# Backups of the embedded file (a server's backup to a file: test_server_engine.py).
pytestmark = pytest.mark.embedded_only

TABLES = ("schools", "students", "audit_log", "blobs", "settings", "consent_form_items")


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = open_file(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def _temporary_files(folder: Path) -> list[Path]:
    """Temporary copies (hidden or not) left in ``folder``."""
    return [path for path in folder.iterdir() if "partial" in path.name]


@pytest.fixture
def stocked(store: Store, records) -> Store:
    school = records.school("OBS 't Kofschip")
    records.student(school, roepnaam="Daan", tussenvoegsel="de", achternaam="Vries")
    store.put_blob(b"scan" * 1000, "image/jpeg")
    store.set_setting("signing_deadline_days", 21)
    return store


def test_backup_to_makes_a_sound_copy_with_the_same_rows(stocked: Store, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    assert stocked.backup_to(target) == target
    conn = open_file(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        conn.close()
    assert _dump(target) == _dump(stocked.path)
    assert _temporary_files(tmp_path) == []
    # The copy opens as a Korre database without migrating.
    with Store.open(target, actor="test") as copy:
        assert copy.integrity_problems() == []
        assert copy.setting("signing_deadline_days") == 21


def test_backup_replaces_an_existing_target(stocked: Store, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"old backup")
    stocked.backup_to(target)
    assert _dump(target) == _dump(stocked.path)


def test_backup_of_an_in_memory_store(tmp_path: Path) -> None:
    with Store.in_memory() as memory:
        memory.insert("schools", {"name": "X", "created_at": "2026-01-01"})
        target = memory.backup_to(tmp_path / "memory.sqlite")
    assert _dump(target)["schools"][0][1] == "X"


def test_backup_into_a_missing_folder_is_a_clear_error(stocked: Store, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder does not exist"):
        stocked.backup_to(tmp_path / "missing" / "copy.sqlite")
    assert not (tmp_path / "missing").exists()


def test_backup_onto_a_folder_is_a_clear_error(stocked: Store, tmp_path: Path) -> None:
    target = tmp_path / "a-folder"
    target.mkdir()
    with pytest.raises(DatabaseError, match="cannot write the backup"):
        stocked.backup_to(target)
    assert target.is_dir()
    assert _temporary_files(tmp_path) == []


def test_backup_that_fails_its_check_leaves_no_file(
    stocked: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"the previous backup")
    monkeypatch.setattr(backup, "integrity_problems", lambda conn: ["page 3 is damaged"])
    with pytest.raises(DatabaseError, match=r"integrity check.*: page 3 is damaged"):
        stocked.backup_to(target)
    assert target.read_bytes() == b"the previous backup"
    assert _temporary_files(tmp_path) == []


def test_integrity_problems_reports_broken_references(store: Store, records) -> None:
    assert store.integrity_problems() == []
    records.school()
    store.db.execute("PRAGMA foreign_keys = OFF")
    store.db.execute(
        "INSERT INTO classes (school_id, school_year_id, name) VALUES (1, 77, 'Groep 3')"
    )
    store.db.execute("PRAGMA foreign_keys = ON")
    problems = store.integrity_problems()
    assert problems == ["row 1 of classes refers to a missing row of school_years"]


def test_backup_names_sort_by_time(db_path: Path) -> None:
    early = backup_name(db_path, datetime(2026, 9, 1, 9, 5, 7))
    late = backup_name(db_path, datetime(2026, 10, 1, 8, 0, 0))
    assert early == "korre-20260901-090507.sqlite"
    assert backup_name(db_path, datetime(2026, 9, 1), "before-schema-4").endswith(
        "-before-schema-4.sqlite"
    )
    assert early < late
    assert backup_folder(db_path) == db_path.parent / "korre-backups"


def test_automatic_backup_respects_its_interval(store: Store) -> None:
    path = store.path
    now = datetime.now()
    first = automatic_backup(store.db, path, now=now, interval=timedelta(hours=20))
    assert first is not None and first.parent == backup_folder(path)
    assert _dump(first) == _dump(path)
    # Within the interval: nothing new.
    assert automatic_backup(store.db, path, now=now + timedelta(hours=19)) is None
    assert list_backups(path) == [first]
    # After the interval: a new one.
    second = automatic_backup(store.db, path, now=now + timedelta(hours=21))
    assert second is not None and second != first
    assert list_backups(path) == [first, second]


def test_store_automatic_backup(store: Store) -> None:
    made = store.automatic_backup()
    assert made is not None and made.exists()
    assert store.automatic_backup() is None  # just made one
    with Store.in_memory() as memory:
        assert memory.automatic_backup() is None


def test_rotation_keeps_the_newest(store: Store) -> None:
    path = store.path
    start = datetime.now()
    made = [
        automatic_backup(
            store.db, path, now=start + timedelta(days=i), interval=timedelta(0), keep=3
        )
        for i in range(6)
    ]
    assert all(made)
    assert list_backups(path) == made[-3:]
    assert not any(p.exists() for p in made[:3])


def test_rotate_removes_only_the_oldest(db_path: Path) -> None:
    folder = backup_folder(db_path)
    folder.mkdir()
    names = [backup_name(db_path, datetime(2026, 1, d)) for d in (5, 1, 3, 2, 4)]
    for name in names:
        (folder / name).write_bytes(b"")
    unrelated = folder / "notes.txt"
    unrelated.write_text("keep me")
    removed = rotate(db_path, keep=2)
    assert [p.name for p in removed] == sorted(names)[:3]
    assert [p.name for p in list_backups(db_path)] == sorted(names)[3:]
    assert unrelated.exists()
    assert rotate(db_path, keep=2) == []


def test_backup_folder_that_is_a_file_is_a_clear_error(store: Store) -> None:
    folder = backup_folder(store.path)
    folder.write_text("not a folder")
    with pytest.raises(DatabaseError, match="backup folder"):
        store.automatic_backup()
    assert folder.read_text() == "not a folder"


def test_backup_folder_that_is_a_file_stops_a_migration_cleanly(db_path: Path) -> None:
    from korre_desktop.store.connection import connect
    from korre_desktop.store.migrate import migrate
    from korre_desktop.store.schema import MIGRATIONS

    db = connect(db_path, create=True)
    migrate(db, db_path, MIGRATIONS[:1])
    db.close()
    backup_folder(db_path).write_text("not a folder")
    with pytest.raises(DatabaseError, match="backup folder"):
        Store.open(db_path, actor="test")
    conn = open_file(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


def test_backup_from_a_damaged_backup_folder_entry(store: Store) -> None:
    """A stray folder named like a backup must not break listing or rotation."""
    folder = backup_folder(store.path)
    folder.mkdir()
    stray = folder / backup_name(store.path, datetime(2020, 1, 1))
    stray.mkdir()
    made = automatic_backup(store.db, store.path, interval=timedelta(0), keep=1)
    assert made is not None and made.exists()
