"""The command line: a public interface. User errors exit 2 with one line, no traceback."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from korre_desktop import __version__
from korre_desktop.cli import main
from korre_desktop.store import Store
from korre_desktop.store.backup import backup_folder
from korre_desktop.store.schema import LATEST_VERSION
from tests.engines import file_of, open_file

SMALL = ["--students", "120", "--employees", "20", "--seed", "3", "--date", "2026-11-16"]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("korre-desktop: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def demo_db(db_path: Path, capsys) -> Path:
    code, _, err = _run(capsys, "--db", str(db_path), "demo", *SMALL)
    assert code == 0, err
    return db_path


def _table_counts(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        return {
            table: store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]
            for table in ("students", "employees", "consent_statements", "audit_log")
        }


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"korre-desktop {__version__}"


def test_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("check", "backup", "demo", "export"):
        assert command in out


def test_unknown_command_is_a_usage_error(capsys) -> None:
    code, out, err = _run(capsys, "frobnicate")
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, "frobnicate")


def test_demo(db_path: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "demo", *SMALL)
    assert code == 0, err
    assert err == ""
    assert "120 students" in out and "20 employees" in out
    counts = _table_counts(db_path)
    assert counts["students"] == 120
    assert counts["employees"] == 20


def test_demo_is_deterministic_through_the_cli(tmp_path: Path, capsys) -> None:
    for name in ("a.sqlite", "b.sqlite"):
        assert _run(capsys, "demo", "--db", str(tmp_path / name), *SMALL)[0] == 0
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        with Store.open(tmp_path / name) as store:
            dumps.append(store.rows("SELECT * FROM students ORDER BY id"))
    assert dumps[0] == dumps[1]


def test_demo_twice_is_refused(demo_db: Path, capsys) -> None:
    before = _table_counts(demo_db)
    code, _, err = _run(capsys, "--db", str(demo_db), "demo", *SMALL)
    assert code == 2
    _assert_one_line_error(err, "already holds data")
    assert _table_counts(demo_db) == before


@pytest.mark.parametrize(
    "args",
    [["--students", "-5"], ["--students", "many"], ["--seed", "x"], ["--date", "16-11-2026"]],
)
def test_demo_bad_arguments(db_path: Path, capsys, args: list[str]) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "demo", *args)
    assert code == 2
    _assert_one_line_error(err)
    assert not db_path.exists()


def test_demo_too_many_people_is_one_line(db_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "demo", "--students", "999999999")
    assert code == 2
    _assert_one_line_error(err, "between 0 and")


def test_check_good_database(demo_db: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(demo_db), "check")
    assert code == 0
    assert err == ""
    assert out.startswith(f"ok: {demo_db}")
    assert "120 students" in out


def test_check_counts_one_as_one(store, records, capsys) -> None:
    records.school()
    path = file_of(store)
    store.close()
    code, out, _ = _run(capsys, "--db", str(path), "check")
    assert code == 0
    assert "1 school, 0 students, 0 guardians" in out
    assert "1 schools" not in out


@pytest.mark.embedded_only  # a damaged or newer file
def test_check_broken_foreign_key(demo_db: Path, capsys) -> None:
    conn = open_file(demo_db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO enrolments (student_id, class_id) VALUES (99999, 1)")
    conn.commit()
    conn.close()
    code, out, err = _run(capsys, "--db", str(demo_db), "check")
    assert code != 0
    assert "Traceback" not in err
    assert "enrolment " in err and "missing row of students" in err
    assert not out.startswith("ok")


@pytest.mark.embedded_only  # a damaged or newer file
def test_check_damaged_file(demo_db: Path, capsys) -> None:
    # Damage a page of the students table (not the schema, which opening already reads).
    conn = open_file(demo_db)
    (page_number,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'students'"
    ).fetchone()
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])  # text when encrypted
    conn.close()
    with open(demo_db, "r+b") as handle:
        handle.seek((page_number - 1) * page)
        handle.write(b"\xde\xad\xbe\xef" * (page // 4))
    code, out, err = _run(capsys, "--db", str(demo_db), "check")
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert err.startswith("korre-desktop: problem: ")


def test_check_missing_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "gone.sqlite"
    code, _, err = _run(capsys, "check", "--db", str(missing))
    assert code == 2
    _assert_one_line_error(err, "not found", "gone.sqlite")
    assert not missing.exists()


def test_garbage_file_as_db(tmp_path: Path, capsys) -> None:
    garbage = tmp_path / "leerlingen.csv"
    garbage.write_text("naam;klas\n" * 500, encoding="utf-8")
    for argv in (["check"], ["backup"], ["export", "status", "-o", str(tmp_path / "x.csv")]):
        code, _, err = _run(capsys, "--db", str(garbage), *argv)
        assert code == 2, argv
        _assert_one_line_error(err, "not a Korre Desktop database")
    assert garbage.read_text(encoding="utf-8") == "naam;klas\n" * 500
    assert not (tmp_path / "x.csv").exists()


def test_foreign_sqlite_file_as_db(tmp_path: Path, capsys) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = open_file(foreign)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    code, _, err = _run(capsys, "--db", str(foreign), "check")
    assert code == 2
    _assert_one_line_error(err, "not a Korre Desktop database")


@pytest.mark.embedded_only  # a damaged or newer file
def test_newer_database(db_path: Path, capsys) -> None:
    Store.create(db_path, actor="test").close()
    conn = open_file(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    content = db_path.read_bytes()
    code, _, err = _run(capsys, "--db", str(db_path), "check")
    assert code == 2
    _assert_one_line_error(err, "newer version")
    assert db_path.read_bytes() == content


def test_missing_database_folder_for_demo(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path / "no" / "korre.sqlite"), "demo")
    assert code == 2
    _assert_one_line_error(err, "folder does not exist")


@pytest.mark.embedded_only  # backups of a file (of a server: test_cli_server.py)
def test_backup_default_goes_to_the_backup_folder(demo_db: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(demo_db), "backup")
    assert code == 0, err
    made = list(backup_folder(demo_db).glob("korre-*.sqlite"))
    assert len(made) == 1
    assert backup_folder(demo_db) == demo_db.parent / "korre-backups"
    assert str(made[0]) in out
    assert _table_counts(made[0]) == _table_counts(demo_db)


@pytest.mark.embedded_only  # backups of a file (of a server: test_cli_server.py)
def test_backup_to_a_chosen_file(demo_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "kopie.sqlite"
    code, out, err = _run(capsys, "backup", "-o", str(target), "--db", str(demo_db))
    assert code == 0, err
    assert f"backup written: {target}" in out
    assert _table_counts(target) == _table_counts(demo_db)
    conn = open_file(target)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert not backup_folder(demo_db).exists()


def test_backup_onto_the_database_itself_is_refused(demo_db: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(demo_db), "backup", "-o", str(demo_db))
    assert code == 2
    _assert_one_line_error(err, "must not be the database itself")


def test_backup_into_a_missing_folder(demo_db: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _run(
        capsys, "--db", str(demo_db), "backup", "-o", str(tmp_path / "no" / "b.sqlite")
    )
    assert code == 2
    _assert_one_line_error(err, "folder does not exist")


def test_backup_folder_blocked_by_a_file(demo_db: Path, capsys) -> None:
    backup_folder(demo_db).write_text("in the way")
    code, _, err = _run(capsys, "--db", str(demo_db), "backup")
    assert code == 2
    _assert_one_line_error(err, "backup folder")


def test_backup_missing_database(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path / "none.sqlite"), "backup")
    assert code == 2
    _assert_one_line_error(err, "not found")
    assert not (tmp_path / "none.sqlite").exists()


def _read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_export_status_with_date(demo_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "status.csv"
    code, out, err = _run(
        capsys, "--db", str(demo_db), "export", "status", "-o", str(target), "--date", "2026-11-16"
    )
    assert code == 0, err
    rows = _read_csv(target)
    assert rows[0][:6] == ["kind", "number", "name", "school", "class", "protocol"]
    assert len(rows[0]) == 6 + 18
    assert f"{len(rows) - 1} people on 2026-11-16" in out
    kinds = {row[0] for row in rows[1:]}
    assert kinds == {"student", "employee"}


def test_export_without_date_uses_today(demo_db: Path, tmp_path: Path, capsys, cli_today) -> None:
    target = tmp_path / "status.csv"
    code, out, _ = _run(capsys, "--db", str(demo_db), "export", "status", "-o", str(target))
    assert code == 0
    assert cli_today.isoformat() in out


@pytest.mark.parametrize("bad", ["2026-13-01", "gisteren", "16-11-2026"])
def test_export_bad_date(demo_db: Path, tmp_path: Path, capsys, bad: str) -> None:
    target = tmp_path / "status.csv"
    code, _, err = _run(
        capsys, "--db", str(demo_db), "export", "status", "-o", str(target), "--date", bad
    )
    assert code == 2
    _assert_one_line_error(err, bad)
    assert not target.exists()


def test_export_onto_the_database_itself_is_refused(demo_db: Path, capsys) -> None:
    content = demo_db.read_bytes()
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "status", "-o", str(demo_db))
    assert code == 2
    _assert_one_line_error(err, "must not be the database itself")
    assert demo_db.read_bytes() == content


def test_export_output_folder_missing(demo_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "niet" / "status.csv"
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "status", "-o", str(target))
    assert code == 2
    _assert_one_line_error(err, "folder does not exist")


def test_export_requires_output_and_what(demo_db: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "status")
    assert code == 2
    _assert_one_line_error(err, "-o")
    code, _, err = _run(capsys, "--db", str(demo_db), "export")
    assert code == 2
    _assert_one_line_error(err)


def test_export_missing_database(tmp_path: Path, capsys) -> None:
    code, _, err = _run(
        capsys,
        "--db",
        str(tmp_path / "x.sqlite"),
        "export",
        "status",
        "-o",
        str(tmp_path / "s.csv"),
    )
    assert code == 2
    _assert_one_line_error(err, "not found")
    assert not (tmp_path / "x.sqlite").exists()


def test_korre_db_environment_variable(
    demo_db: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORRE_DB", str(demo_db))
    code, out, _ = _run(capsys, "check")
    assert code == 0
    assert str(demo_db) in out


def test_db_option_beats_the_environment(
    demo_db: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORRE_DB", str(tmp_path / "elsewhere.sqlite"))
    code, out, _ = _run(capsys, "check", "--db", str(demo_db))
    assert code == 0
    assert str(demo_db) in out


def test_default_database_is_in_the_user_data_folder(tmp_path: Path, capsys) -> None:
    code, out, err = _run(capsys, "demo", *SMALL)
    assert code == 0, err
    expected = tmp_path / "home" / "data" / "Korre Desktop" / "korre.sqlite"
    assert expected.exists()
    assert str(expected) in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{db}", "check"],
        ["check", "--db", "{db}"],
        ["--db", "{db}", "export", "status", "-o", "{out}"],
        ["export", "--db", "{db}", "status", "-o", "{out}"],
        ["export", "status", "-o", "{out}", "--db", "{db}"],
        ["--db", "{db}", "backup", "-o", "{out}"],
        ["backup", "-o", "{out}", "--db", "{db}"],
    ],
)
def test_db_before_or_after_the_subcommand(
    demo_db: Path, tmp_path: Path, capsys, argv: list[str]
) -> None:
    out_file = tmp_path / "out.file"
    args = [a.format(db=demo_db, out=out_file) for a in argv]
    code, _, err = _run(capsys, *args)
    assert code == 0, err
    if "-o" in args:
        assert out_file.exists()


def test_internal_errors_are_one_line_too(
    demo_db: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from korre_desktop.store import people_queries

    def broken(self):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(people_queries.PeopleQueries, "counts", broken)
    code, _, err = _run(capsys, "--db", str(demo_db), "check")
    assert code == 1
    assert "Traceback" not in err
    assert err.splitlines() == ["korre-desktop: internal error: ZeroDivisionError: boom"]


def test_cloud_folder_warning(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "OneDrive - Stichting de Korre"
    folder.mkdir()
    code, _, err = _run(capsys, "--db", str(folder / "korre.sqlite"), "demo", *SMALL)
    assert code == 0
    assert err.count("\n") == 1 and "warning" in err and "cloud" in err


def _subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "korre_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_subprocess_user_errors_have_no_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\x00\xff not sqlite at all " * 50)
    cases = [
        (["--db", str(garbage), "check"], "not a Korre Desktop database"),
        (["--db", str(tmp_path / "missing.sqlite"), "check"], "not found"),
        (
            ["--db", str(garbage), "export", "status", "-o", "x.csv", "--date", "2026-02-30"],
            "not a date",
        ),
    ]
    for argv, fragment in cases:
        result = _subprocess(*argv)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        _assert_one_line_error(result.stderr, fragment)


def test_subprocess_demo_and_check(tmp_path: Path) -> None:
    db = tmp_path / "korre.sqlite"
    result = _subprocess("demo", "--db", str(db), *SMALL)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    result = _subprocess("--db", str(db), "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    result = _subprocess("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"korre-desktop {__version__}"


def test_output_into_a_closed_pipe_is_no_internal_error(tmp_path: Path) -> None:
    """``korre-desktop change-log | head -5``: the reader stops early; that is no error."""
    db = tmp_path / "korre.sqlite"
    assert _subprocess("demo", "--db", str(db), *SMALL).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "korre_desktop", "--db", str(db), "settings", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # before it writes: every line it prints meets a closed pipe
    _, err = process.communicate(timeout=60)
    assert b"internal error" not in err and b"Traceback" not in err
    assert process.returncode == 141  # as a shell reports a command ended by SIGPIPE


def test_no_command_opens_the_app_on_the_default_database(monkeypatch, capsys) -> None:
    import korre_desktop.gui.app as gui_app
    from korre_desktop.locations import default_database_path

    opened: list[tuple[Path, bool]] = []
    monkeypatch.setattr(
        gui_app, "run_app", lambda path, given=True: opened.append((path, given)) or 0
    )
    assert main([]) == 0
    assert main(["--db", "elsewhere.sqlite"]) == 0
    # Without --db the app may first show the first-run wizard (given=False).
    assert opened == [(default_database_path(), False), (Path("elsewhere.sqlite"), True)]


def test_export_status_for_excel(demo_db: Path, tmp_path: Path, capsys) -> None:
    """``--excel``: semicolons, UTF-8 with BOM, Dutch headers and words; the machine
    format stays as it was (see test_export_status_with_date)."""
    target = tmp_path / "status.csv"
    code, out, err = _run(
        capsys, "--db", str(demo_db), "export", "status", "-o", str(target),
        "--date", "2026-11-16", "--excel",
    )  # fmt: skip
    assert code == 0, err
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:6] == ["Soort", "Nummer", "Naam", "School", "Klas", "Protocol"]
    assert rows[0][6].startswith("Foto – ")
    assert f"{len(rows) - 1} people on 2026-11-16" in out
    assert {row[0] for row in rows[1:]} == {"leerling", "medewerker"}
    words = {cell for row in rows[1:] for cell in row[6:]}
    assert words <= {"toegestaan", "geweigerd", "conflict", "ontbreekt", "verlopen"}
    # A number with a leading zero reaches Excel as text (demo numbers have them).
    assert any(row[1].startswith("'0") for row in rows[1:])
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
