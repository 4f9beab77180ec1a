"""Numbered, atomic migrations; a backup before migrating; newer and foreign files refused."""

import json
from pathlib import Path

import pytest

from korre_desktop.errors import NewerDatabaseError, NotADatabaseError
from korre_desktop.store import Store
from korre_desktop.store.backup import backup_folder, list_backups
from korre_desktop.store.connection import connect
from korre_desktop.store.migrate import APPLICATION_ID, migrate, schema_version
from korre_desktop.store.schema import LATEST_VERSION, MIGRATIONS, Migration
from korre_desktop.store.sqlite_driver import dbapi
from tests.engines import open_file

# The embedded file's migrations (the server's: test_server_engine.py).
pytestmark = pytest.mark.embedded_only


def _header(path: Path) -> tuple[int, int]:
    conn = open_file(path)
    try:
        return (
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("PRAGMA application_id").fetchone()[0],
        )
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = open_file(path)
    try:
        return {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
        }
    finally:
        conn.close()


def test_migrations_are_numbered_one_up() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].number == LATEST_VERSION


def test_fresh_file_gets_the_latest_version(db_path: Path) -> None:
    with Store.create(db_path, actor="test") as store:
        assert schema_version(store.db) == LATEST_VERSION
        assert store.setting("default_validity") == "until_withdrawn"
        assert store.setting("signing_deadline_days") == 14
        assert len(store.consent.form_item_codes()) == 18
    assert _header(db_path) == (LATEST_VERSION, APPLICATION_ID)
    # A new file has nothing worth keeping: no backup folder is made for it.
    assert not backup_folder(db_path).exists()


def test_reopening_the_latest_version_changes_nothing(db_path: Path) -> None:
    Store.create(db_path, actor="test").close()
    db = connect(db_path)
    try:
        assert migrate(db, db_path) == []
    finally:
        db.close()
    assert list_backups(db_path) == []


def test_in_memory_store_is_migrated() -> None:
    with Store.in_memory() as store:
        assert schema_version(store.db) == LATEST_VERSION


def test_older_database_upgrades_keeps_rows_and_is_backed_up_first(db_path: Path) -> None:
    db = connect(db_path, create=True)
    assert migrate(db, db_path, MIGRATIONS[:1]) == [1]
    db.execute("INSERT INTO schools (name, created_at) VALUES ('OBS De Korre', '2025-01-01')")
    db.execute(
        "INSERT INTO students (school_id, student_number, roepnaam, tussenvoegsel, achternaam,"
        " birth_date, created_at) VALUES (1, '012345', 'Noëlle', 'van der', 'Berg',"
        " '2015-04-01', '2025-01-01')"
    )
    db.close()
    assert _header(db_path) == (1, APPLICATION_ID)

    with Store.open(db_path, actor="test") as store:
        assert schema_version(store.db) == LATEST_VERSION
        assert store.rows("SELECT name FROM schools") == [{"name": "OBS De Korre"}]
        assert store.rows("SELECT student_number, roepnaam, tussenvoegsel FROM students") == [
            {"student_number": "012345", "roepnaam": "Noëlle", "tussenvoegsel": "van der"}
        ]
        assert "consent_statements" in store.db.table_names()
        assert store.setting("default_validity") == "until_withdrawn"

    backups = list_backups(db_path)
    assert len(backups) == 1
    assert f"before-schema-{LATEST_VERSION}" in backups[0].name
    # The backup is the file as it was before migrating: version 1 with its rows.
    assert _header(backups[0]) == (1, APPLICATION_ID)
    assert "consent_statements" not in _tables(backups[0])
    conn = open_file(backups[0])
    try:
        assert conn.execute("SELECT name FROM schools").fetchall() == [("OBS De Korre",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_migrating_step_by_step_reports_what_was_applied(db_path: Path) -> None:
    db = connect(db_path, create=True)
    try:
        assert migrate(db, db_path, MIGRATIONS[:2]) == [1, 2]
        assert migrate(db, db_path) == list(range(3, LATEST_VERSION + 1))
        assert schema_version(db) == LATEST_VERSION
    finally:
        db.close()


BAD_MIGRATION = Migration(
    LATEST_VERSION + 1,
    "broken on purpose",
    (
        "CREATE TABLE new_things (id INTEGER PRIMARY KEY)",
        "THIS IS NOT SQL",
        "CREATE TABLE more_things (id INTEGER PRIMARY KEY)",
    ),
)


def test_failing_migration_rolls_back_completely(db_path: Path) -> None:
    Store.create(db_path, actor="test").close()
    before_tables = _tables(db_path)
    db = connect(db_path)
    try:
        with pytest.raises(dbapi.OperationalError):
            migrate(db, db_path, (*MIGRATIONS, BAD_MIGRATION))
        assert not db.conn.in_transaction
        assert schema_version(db) == LATEST_VERSION
    finally:
        db.close()
    assert _tables(db_path) == before_tables
    assert "new_things" not in _tables(db_path)
    assert _header(db_path) == (LATEST_VERSION, APPLICATION_ID)


def test_failing_first_migration_leaves_a_fresh_file_empty(db_path: Path) -> None:
    broken = Migration(1, "broken", ("CREATE TABLE a (id INTEGER)", "CREATE TABLE (oops"))
    db = connect(db_path, create=True)
    try:
        with pytest.raises(dbapi.OperationalError):
            migrate(db, db_path, (broken,))
    finally:
        db.close()
    assert _tables(db_path) == set()
    assert _header(db_path) == (0, 0)


def test_migrations_before_a_failing_one_stay_applied(db_path: Path) -> None:
    """Each migration is its own transaction: 1 and 2 commit, the broken 3rd does not."""
    broken_third = Migration(3, "broken", ("CREATE TABLE c (id INTEGER)", "NOT SQL"))
    db = connect(db_path, create=True)
    try:
        with pytest.raises(dbapi.OperationalError):
            migrate(db, db_path, (*MIGRATIONS[:2], broken_third))
        assert schema_version(db) == 2
        assert "c" not in db.table_names()
    finally:
        db.close()


def test_newer_database_is_refused_and_not_modified(db_path: Path) -> None:
    Store.create(db_path, actor="test").close()
    conn = open_file(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.commit()
    conn.close()
    content = db_path.read_bytes()
    mtime = db_path.stat().st_mtime_ns

    with pytest.raises(NewerDatabaseError) as caught:
        Store.open(db_path, actor="test")
    assert "newer version" in str(caught.value)
    assert caught.value.details == {"found": LATEST_VERSION + 5, "supported": LATEST_VERSION}
    assert db_path.read_bytes() == content
    assert db_path.stat().st_mtime_ns == mtime
    assert not backup_folder(db_path).exists()


def test_non_sqlite_file_is_refused_and_not_modified(db_path: Path) -> None:
    content = b"Naam;Klas\nSem;5A\n" * 200
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        Store.open(db_path, actor="test")
    assert db_path.read_bytes() == content


def _foreign_database(path: Path, user_version: int = 0, application_id: int = 0) -> bytes:
    conn = open_file(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('stamppot')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("user_version", "application_id"),
    [(0, 0), (1, 0), (2, 0), (0, 0x12345678), (3, 0x12345678)],
    ids=["plain", "user-version-1", "user-version-2", "other-app", "other-app-v3"],
)
def test_foreign_sqlite_file_is_refused_and_not_modified(
    db_path: Path, user_version: int, application_id: int
) -> None:
    content = _foreign_database(db_path, user_version, application_id)
    with pytest.raises(NotADatabaseError):
        Store.open(db_path, actor="test")
    assert db_path.read_bytes() == content
    assert _tables(db_path) == {"recipes"}
    assert not backup_folder(db_path).exists()


def test_empty_file_is_treated_as_new(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with Store.open(db_path, actor="test") as store:
        assert schema_version(store.db) == LATEST_VERSION


def test_migration_9_moves_the_old_validity_policy_onto_the_form_versions(db_path: Path) -> None:
    db = connect(db_path, create=True)
    migrate(db, db_path, MIGRATIONS[:8])
    db.execute("UPDATE settings SET value = '\"per_school_year\"' WHERE key = 'validity_policy'")
    db.conn.commit()
    db.close()
    with Store.open(db_path, actor="test") as store:
        (version,) = store.consent.form_versions()
        assert json.loads(version["validity"]) == "school_year"
        assert store.setting("default_validity") == "school_year"
        assert store.setting("validity_policy") is None
        assert store.setting("school_year_cutoff") == "08-01"
        channels = store.consent.form_channels()
        assert [c["code"] for c in channels][:2] == ["schoolgids", "website"]
        assert all(c["label"] and c["explanation"] for c in channels)
        texts = json.loads(version["texts"])
        assert "uw kind" in texts["intro"] and "jij" in texts["student"]["intro"]


def test_a_migration_another_process_applied_meanwhile_is_not_run_again(
    db_path: Path, monkeypatch
) -> None:
    """Two PCs opening an old database at once: the second decided what was pending before
    the first committed, then waited for the write lock. It must see the new version under
    the lock and skip, not run the migration a second time."""
    Store.create(db_path).close()
    db = connect(db_path)
    try:
        real = schema_version
        calls: list[int] = []

        def stale_then_real(database) -> int:
            calls.append(1)  # the first read came before the other process committed
            return 0 if len(calls) == 1 else real(database)

        monkeypatch.setattr("korre_desktop.store.migrate.schema_version", stale_then_real)
        assert migrate(db, None) == []
        assert real(db) == LATEST_VERSION
    finally:
        db.close()
