"""The server's commands: init on a server, move-to-server, backup of a server database to
a file, server upgrade, and their errors (one line, exit 2)."""

from pathlib import Path

import psycopg
import pytest

from korre_desktop.store import Store, postgres_migrate
from korre_desktop.store.schema import LATEST_VERSION, MIGRATIONS, Migration
from korre_desktop.store.table_copy import GENERATED_KEYS, LINK_TABLES, TABLE_ORDER
from tests.engines import open_file
from tests.server_engine import ServerDatabases, embedded_file
from tests.test_cli import _assert_one_line_error, _run

pytestmark = pytest.mark.server_only

SMALL = ("--students", "40", "--employees", "6", "--date", "2026-11-16")


def _rows(store: Store) -> dict[str, list[dict]]:
    return {
        # A link table's rowid too (a column of the server's, hidden on the file).
        table: store.rows(
            f"SELECT {'rowid, ' if table in LINK_TABLES else ''}*"
            f" FROM {table} ORDER BY {GENERATED_KEYS.get(table, '1')}"
        )
        for table in TABLE_ORDER
    }


def test_init_on_a_server_with_the_foundation_and_its_schools(
    server_databases: ServerDatabases, capsys
) -> None:
    url = server_databases.new_empty_database()
    code, out, err = _run(
        capsys,
        "--db",
        url,
        "init",
        "--foundation",
        "Stichting de Korre",
        "--school",
        "De Linde=12AB",
        "--school",
        "Het Anker",
    )
    assert code == 0, err
    assert "with 2 school(s)" in out
    with Store.open(url) as store:
        assert store.setting("foundation_name") == "Stichting de Korre"
        assert [(s["name"], s["brin"]) for s in store.people.schools()] == [
            ("De Linde", "12AB"),
            ("Het Anker", ""),
        ]
    code, _, err = _run(capsys, "--db", url, "init")
    assert code == 2
    _assert_one_line_error(err, "not empty")


def test_a_bad_school_is_refused_before_anything_is_made(
    server_databases: ServerDatabases, capsys
) -> None:
    url = server_databases.new_empty_database()
    code, _, err = _run(capsys, "--db", url, "init", "--school", "=12AB")
    assert code == 2
    _assert_one_line_error(err, "a school needs a name")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('korre_schema')").fetchone()[0] is None


def test_move_to_server_copies_everything_and_checks_it(
    server_databases: ServerDatabases, tmp_path: Path, capsys
) -> None:
    file = embedded_file(tmp_path / "korre.sqlite")
    code, _, err = _run(capsys, "--db", str(file), "demo", *SMALL)
    assert code == 0, err
    url = server_databases.new_empty_database()
    code, out, err = _run(capsys, "move-to-server", str(file), "--to", url)
    assert code == 0, err
    assert "40 students" in out and "checked" in out
    with Store.open(file) as source, Store.open(url) as server:
        assert _rows(server) == _rows(source)
        # The server goes on where the file stopped: new ids after the copied ones.
        school = server.insert("schools", {"name": "Nieuw", "created_at": "2026-12-01"})
        assert school == max(s["id"] for s in source.people.schools()) + 1
    code, _, err = _run(capsys, "move-to-server", str(file), "--to", url)
    assert code == 2
    _assert_one_line_error(err, "not empty")


def test_move_to_server_names_what_is_wrong(
    server_databases: ServerDatabases, tmp_path: Path, capsys
) -> None:
    code, _, err = _run(capsys, "move-to-server", str(tmp_path / "none.sqlite"), "--to", "x")
    assert code == 2
    _assert_one_line_error(err, "--to must be a server database URL")
    url = server_databases.new_empty_database()
    code, _, err = _run(capsys, "move-to-server", str(tmp_path / "none.sqlite"), "--to", url)
    assert code == 2
    _assert_one_line_error(err, "database file not found")


def test_a_server_backup_to_a_file_opens_anywhere(
    server_databases: ServerDatabases, tmp_path: Path, capsys
) -> None:
    url = server_databases.new_empty_database()
    assert _run(capsys, "--db", url, "init")[0] == 0
    assert _run(capsys, "--db", url, "demo", *SMALL)[0] == 0
    code, _, err = _run(capsys, "--db", url, "backup")
    assert code == 2
    _assert_one_line_error(err, "-o FILE.sqlite")
    target = tmp_path / "server-backup.sqlite"
    code, _, err = _run(capsys, "--db", url, "backup", "-o", str(target))
    assert code == 0, err
    conn = open_file(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    with Store.open(url) as server, Store.open(target) as copy:
        assert _rows(copy) == _rows(server)
    code, _, err = _run(capsys, "--db", str(target), "check")
    assert code == 0, err


def test_a_server_is_upgraded_only_by_server_upgrade_after_a_backup(
    server_databases: ServerDatabases, tmp_path: Path, monkeypatch, capsys
) -> None:
    url = server_databases.new_empty_database()
    assert _run(capsys, "--db", url, "init", "--school", "De Linde")[0] == 0
    newer = Migration(
        LATEST_VERSION + 1,
        "a note per school (a test's migration)",
        ("ALTER TABLE schools ADD COLUMN note TEXT NOT NULL DEFAULT ''",),
    )
    monkeypatch.setattr(postgres_migrate, "MIGRATIONS", (*MIGRATIONS, newer))
    code, _, err = _run(capsys, "--db", url, "school", "add", "Het Anker")
    assert code == 2
    _assert_one_line_error(err, "server upgrade")
    backup = tmp_path / "before.sqlite"
    code, out, err = _run(capsys, "--db", url, "server", "upgrade", "--backup", str(backup))
    assert code == 0, err
    assert f"upgraded to schema {LATEST_VERSION + 1}" in out
    with Store.open(backup) as before:  # the backup holds the database as it was
        assert [s["name"] for s in before.people.schools()] == ["De Linde"]
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM korre_schema").fetchone()[0] == newer.number
        assert conn.execute("SELECT note FROM schools").fetchall() == [("",)]
    code, out, err = _run(capsys, "--db", url, "server", "upgrade", "--backup", str(backup))
    assert code == 0, err
    assert "nothing to do" in out


def test_server_upgrade_needs_a_server(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path / "k.sqlite"), "server", "upgrade")
    assert code == 2
    _assert_one_line_error(err, "--db postgresql://")
