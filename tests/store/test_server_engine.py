"""What only the server engine has: its schema in step with the file's, its backup to a
file, its rules for a plain connection (psql), versions, a dropped connection, and two
writers at once."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from korre_desktop.errors import DatabaseError, DatabaseMissingError, NewerDatabaseError
from korre_desktop.store import Store
from korre_desktop.store.connection import connect as connect_file
from korre_desktop.store.migrate import migrate
from korre_desktop.store.postgres_migrate import OlderServerSchemaError
from korre_desktop.store.schema import LATEST_VERSION
from korre_desktop.store.table_copy import LINK_TABLES, TABLE_ORDER
from tests.engines import REFUSED_BY_DATABASE, open_file
from tests.server_engine import ServerDatabases

pytestmark = pytest.mark.server_only

WAIT_SECONDS = 30  # a safety net against a hanging test; nothing waits this long


def _embedded_columns() -> dict[str, dict[str, tuple[bool, bool]]]:
    """table -> column -> (not null, has a default) of a migrated embedded file."""
    db = connect_file(":memory:")
    try:
        migrate(db, None)
        tables = [
            row[0]
            for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        ]
        return {
            table: {
                name: (bool(notnull) or bool(pk and kind == "TEXT"), default is not None)
                for _, name, kind, notnull, default, pk in db.execute(
                    f"PRAGMA table_info({table})"
                ).fetchall()
                if not (pk and name == "id")
            }
            for table in tables
        }
    finally:
        db.close()


def test_the_server_schema_has_every_table_and_column_of_the_file(
    server_databases: ServerDatabases,
) -> None:
    url = server_databases.new_database()
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name, is_nullable = 'NO', column_default IS NOT NULL"
            " FROM information_schema.columns WHERE table_schema = 'public'"
        ).fetchall()
        indexes = {row[0] for row in conn.execute("SELECT indexname FROM pg_indexes")}
    server: dict[str, dict[str, tuple[bool, bool]]] = {}
    for table, column, notnull, default in rows:
        if column == "id" or (column == "rowid" and table in LINK_TABLES):
            continue
        server.setdefault(table, {})[column] = (notnull, default)
    server.pop("korre_schema")
    embedded = _embedded_columns()
    assert server == embedded
    assert set(TABLE_ORDER) == set(embedded)
    db = connect_file(":memory:")
    try:
        migrate(db, None)
        named = {
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).fetchall()
        }
    finally:
        db.close()
    assert named <= indexes


def _stock(store: Store) -> None:
    school = store.insert("schools", {"name": "OBS 't Kofschip", "created_at": "2026-01-01"})
    student = store.insert(
        "students",
        {
            "school_id": school,
            "student_number": "5001",
            "roepnaam": "Daan",
            "tussenvoegsel": "de",
            "achternaam": "Vries",
            "birth_date": "2016-03-01",
            "created_at": "2026-01-01",
        },
    )
    guardian = store.insert("guardians", {"achternaam": "de Vries", "created_at": "2026-01-01"})
    store.insert("student_guardians", {"student_id": student, "guardian_id": guardian})
    store.put_blob(b"\x00scan\xff" * 1000, "image/jpeg")
    store.set_setting("signing_deadline_days", 21)


def test_a_server_backup_is_a_complete_embedded_file(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    with Store.open(server_databases.new_database(), actor="test") as server:
        _stock(server)
        expected = {
            table: server.rows(f"SELECT * FROM {table}")
            for table in ("schools", "students", "blobs", "audit_log", "settings")
        }
        link = server.records.guardian_link(1, 1)
        target = server.backup_to(tmp_path / "backup.sqlite")
    conn = open_file(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchone()[0] > 10
    finally:
        conn.close()
    with Store.open(target, actor="test") as copy:
        assert copy.path == target
        for table, rows in expected.items():
            assert copy.rows(f"SELECT * FROM {table}") == rows, table
        assert copy.records.guardian_link(1, 1) == link  # the link's rowid kept
        assert copy.setting("signing_deadline_days") == 21
        with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
            copy.db.execute("DELETE FROM audit_log")


def test_a_plain_connection_cannot_change_history(server_databases: ServerDatabases) -> None:
    """The rules live in the database: psql (or any other program) meets them too."""
    url = server_databases.new_database()
    with Store.open(url, actor="test") as store:
        _stock(store)
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in (
            "DELETE FROM audit_log",
            "UPDATE audit_log SET actor = 'someone else'",
            "TRUNCATE audit_log",
            "DELETE FROM blobs",
            "TRUNCATE consent_statements CASCADE",
        ):
            with pytest.raises(psycopg.errors.IntegrityError, match="append-only"):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0


def test_an_empty_server_database_is_made_only_by_init(
    server_databases: ServerDatabases,
) -> None:
    url = server_databases.new_empty_database()
    with pytest.raises(DatabaseMissingError, match="init"):
        Store.open(url)
    with Store.create(url, actor="test") as made:
        assert made.schema_version() == LATEST_VERSION
        assert made.is_empty()
    with pytest.raises(DatabaseError, match="not empty"):
        Store.create(url)


def test_a_server_of_another_schema_is_refused(server_databases: ServerDatabases) -> None:
    url = server_databases.new_database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE korre_schema SET version = %s", [LATEST_VERSION + 1])
        with pytest.raises(NewerDatabaseError, match="update the app"):
            Store.open(url)
        conn.execute("UPDATE korre_schema SET version = %s", [LATEST_VERSION - 1])
        with pytest.raises(OlderServerSchemaError, match="server upgrade"):
            Store.open(url)
        assert conn.execute("SELECT version FROM korre_schema").fetchone()[0] == LATEST_VERSION - 1


def test_a_dropped_connection_saves_nothing_and_the_next_change_reconnects(
    server_databases: ServerDatabases,
) -> None:
    url = server_databases.new_database()
    with Store.open(url, actor="test") as store, psycopg.connect(url, autocommit=True) as admin:
        pid = store.db.conn.info.backend_pid
        dropped = pytest.raises(DatabaseError, match="cannot reach the database server")
        with dropped, store.transaction():
            store.insert("schools", {"name": "De Linde", "created_at": "2026-01-01"})
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            store.insert("schools", {"name": "Het Anker", "created_at": "2026-01-01"})
        assert admin.execute("SELECT count(*) FROM schools").fetchone()[0] == 0
        assert admin.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        store.insert("schools", {"name": "De Wilg", "created_at": "2026-01-01"})
        assert [row["name"] for row in store.people.schools()] == ["De Wilg"]


def _waiting_for_the_write_lock(admin: psycopg.Connection) -> bool:
    row = admin.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    ).fetchone()
    return row[0] > 0


def test_two_writers_that_read_first_both_complete(server_databases: ServerDatabases) -> None:
    """Two PCs each read and then write in one transaction at the same time: the second
    waits for the first's write lock and then reads what the first wrote."""
    url = server_databases.new_database()
    first_has_read = threading.Event()
    second_queued = threading.Event()

    def first() -> None:
        with Store.open(url, actor="first") as store, store.transaction():
            seen = {row["name"] for row in store.people.schools()}
            first_has_read.set()
            assert second_queued.wait(WAIT_SECONDS)
            store.insert("schools", {"name": f"De Linde ({len(seen)})", "created_at": "x"})

    def second() -> None:
        with Store.open(url, actor="second") as store:
            assert first_has_read.wait(WAIT_SECONDS)
            with store.transaction():
                seen = {row["name"] for row in store.people.schools()}
                store.insert("schools", {"name": f"Het Anker ({len(seen)})", "created_at": "x"})

    def watch() -> None:
        with psycopg.connect(url, autocommit=True) as admin:
            while not _waiting_for_the_write_lock(admin):
                admin.execute("SELECT pg_sleep(0.01)")
            second_queued.set()

    with ThreadPoolExecutor(max_workers=3) as pool:
        jobs = [pool.submit(first), pool.submit(second), pool.submit(watch)]
        for job in jobs:
            job.result(timeout=WAIT_SECONDS)
    with Store.open(url, actor="test") as store:
        assert {row["name"] for row in store.people.schools()} == {
            "De Linde (0)",
            "Het Anker (1)",
        }


def test_a_pc_with_a_wrong_clock_cannot_reorder_the_history(
    server_databases: ServerDatabases,
) -> None:
    url = server_databases.new_database()
    with Store.open(url, actor="ahead") as ahead, Store.open(url, actor="behind") as behind:
        ahead.clock = lambda: datetime(2031, 1, 1, 12, 0, 0)
        behind.clock = lambda: datetime(2019, 1, 1, 12, 0, 0)
        ahead.insert("schools", {"name": "De Linde", "created_at": "2026-01-01"})
        behind.insert("schools", {"name": "Het Anker", "created_at": "2026-01-01"})
        times = [row["at"] for row in ahead.rows("SELECT at FROM audit_log ORDER BY id")]
    assert len(times) == 2
    assert all(time.endswith("Z") and time[:4] not in ("2031", "2019") for time in times)
    assert times == sorted(times)
