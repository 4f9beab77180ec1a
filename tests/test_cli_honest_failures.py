"""The command line on a missing, full or damaged database: one clear line, never an
internal error, and nothing made or changed that should not be."""

import shutil
from pathlib import Path

import pytest

from korre_desktop.locations import remember_database
from korre_desktop.store import Store
from korre_desktop.store import store as store_module
from tests.damage import damage_marked, mark_statements
from tests.fifo import make_fifo, needs_fifo, outcome
from tests.test_cli import SMALL, _assert_one_line_error, _run

# -- a missing database -------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["check", "--quick"],
        ["backup"],
        ["export", "status", "-o", "OUT"],
        ["settings", "list"],
        ["protocol", "list"],
        ["withdraw", "--employee", "100200"],
    ],
)
def test_a_missing_database_is_one_line_and_is_not_made(
    db_path: Path, tmp_path: Path, capsys, argv: list[str]
) -> None:
    argv = [str(tmp_path / "out.csv") if arg == "OUT" else arg for arg in argv]
    code, _out, err = _run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    _assert_one_line_error(err, "database file not found", str(db_path))
    assert not db_path.exists()
    assert not (tmp_path / "out.csv").exists()


def test_init_makes_an_empty_database_once(db_path: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "init")
    assert (code, err) == (0, "")
    assert out.strip() == f"new database: {db_path}"
    with Store.open(db_path) as store:
        assert store.is_empty()
    code, _, err = _run(capsys, "--db", str(db_path), "init")
    assert code == 2
    _assert_one_line_error(err, "there is already a file")


def test_demo_makes_a_new_database_it_is_named_for(db_path: Path, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "demo", *SMALL)
    assert code == 0, err
    assert out.startswith(f"demo data written to new database {db_path}:")


def test_demo_never_takes_the_place_of_the_remembered_database(
    db_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember_database(db_path)  # chosen at the first start, then moved away
    code, _out, err = _run(capsys, "demo", *SMALL)
    assert code == 2
    _assert_one_line_error(err, "database file not found", "moved or deleted", "--db")
    assert not db_path.exists()


# -- a full disk --------------------------------------------------------------------------


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database opened from now on can grow by a few pages only, as on a full disk
    (SQLite then fails with SQLITE_FULL, the error a full disk gives)."""
    real = store_module.migrate

    def migrate_then_fill(db, path, *args):
        done = real(db, path, *args)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return done

    monkeypatch.setattr(store_module, "migrate", migrate_then_fill)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    fill_the_disk(monkeypatch)


@pytest.mark.embedded_only  # a full disk under the file
def test_demo_on_a_full_disk_is_one_line_and_saves_nothing(db_path: Path, capsys, full_disk):
    code, _out, err = _run(capsys, "--db", str(db_path), "demo", *SMALL)
    assert code == 2
    _assert_one_line_error(err, "the disk is full")
    assert "internal error" not in err
    with Store.open(db_path) as store:
        assert store.is_empty()


@pytest.mark.embedded_only  # a full disk under the file
def test_withdraw_on_a_full_disk_is_one_line_and_saves_nothing(
    db_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(capsys, "--db", str(db_path), "demo", *SMALL)[0] == 0
    with Store.open(db_path) as store:
        number = store.rows("SELECT staff_number FROM employees LIMIT 1")[0]["staff_number"]
        statements = store.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"]
    big_note = "ingetrokken per e-mail; " * 2000  # more than the few pages left
    fill_the_disk(monkeypatch)
    code, _, err = _run(
        capsys, "--db", str(db_path), "withdraw", "--employee", number, "--note", big_note
    )
    assert code == 2
    _assert_one_line_error(err, "the disk is full")
    with Store.open(db_path) as store:
        assert store.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"] == statements


# -- a damaged database -------------------------------------------------------------------


@pytest.fixture(scope="module")
def marked_demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("cli-damage") / "demo.sqlite"
    from datetime import date

    from korre_desktop.services.demo import generate_demo

    with Store.create(path, actor="test") as store:
        generate_demo(store, students=60, employees=8, seed=4, today=date(2026, 11, 16))
        marked = mark_statements(store)
    return path, marked


@pytest.fixture
def damaged_copy(marked_demo, tmp_path: Path):
    source, marked = marked_demo
    path = tmp_path / "kopie.sqlite"
    shutil.copyfile(source, path)
    damage_marked(path, marked)
    return path, marked


@pytest.mark.embedded_only  # damaged bytes in the file
def test_check_reports_each_flipped_byte_naming_the_record(damaged_copy, capsys) -> None:
    path, marked = damaged_copy
    code, out, err = _run(capsys, "--db", str(path), "check")
    assert code == 1
    assert out == ""
    problems = err.splitlines()
    student = f"of student {marked.number}"
    for expected in (
        f"consent statement {marked.with_evidence} {student}: evidence blob damaged",
        f"consent statement {marked.with_note} {student}: damaged text in note",
        f"consent statement {marked.with_answers} {student}: damaged data in answers",
    ):
        assert any(line.startswith(f"korre-desktop: problem: {expected}") for line in problems)


def test_check_of_a_sound_copy_is_ok(marked_demo, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(marked_demo[0]), "check")
    assert (code, err) == (0, "")
    assert out.startswith(f"ok: {marked_demo[0]} (")


@pytest.mark.embedded_only  # damaged bytes in the file
def test_export_on_a_damaged_row_names_the_record(damaged_copy, tmp_path: Path, capsys) -> None:
    path, marked = damaged_copy
    target = tmp_path / "status.csv"
    code, _, err = _run(
        capsys, "--db", str(path), "export", "status", "-o", str(target), "--date", "2026-11-16"
    )
    assert code == 2
    _assert_one_line_error(
        err,
        "the database holds damaged data",
        f"consent statement {marked.with_answers} of student {marked.number}",
        "korre-desktop check",
    )
    assert "internal error" not in err
    assert not target.exists()


# -- files that are not files -------------------------------------------------------------


def _batches(path: Path) -> int:
    with Store.open(path) as store:
        return store.rows("SELECT count(*) AS n FROM scan_batches")[0]["n"]


@needs_fifo
def test_a_scan_of_files_that_are_all_refused_fails_and_makes_no_batch(
    scan_db: Path, tmp_path: Path, capsys
) -> None:
    fifo = make_fifo(tmp_path / "kopieerapparaat.pdf")
    text = tmp_path / "notities.pdf"
    text.write_text("geen pdf")
    argv = ["--db", str(scan_db), "scan", str(fifo), str(tmp_path), str(text)]
    code, _, err = outcome(lambda: _run(capsys, *argv), fifo)
    assert code == 2
    lines = err.splitlines()
    assert lines[-1] == "korre-desktop: error: none of the files could be read; nothing was saved"
    assert "not a file but a device, pipe or socket" in lines[0]
    assert "is a folder, not a file" in lines[1]
    assert "notities.pdf is not a PDF or an image" in lines[2]
    assert _batches(scan_db) == 0


@needs_fifo
def test_a_refused_file_among_good_ones_is_reported_and_the_rest_read(
    scan_db: Path, scan_corpora, tmp_path: Path, capsys
) -> None:
    fifo = make_fifo(tmp_path / "pipe.jpg")
    argv = ["--db", str(scan_db), "scan", str(fifo), *map(str, scan_corpora.photo_files)]
    code, out, _ = outcome(lambda: _run(capsys, *argv), fifo)
    assert code == 0
    assert "not read: pipe.jpg" in out
    assert _batches(scan_db) == 1


@needs_fifo
@pytest.mark.parametrize(
    "argv",
    [
        ["import", "students", "FIFO", "--school", "OBS De Linde"],
        ["protocol", "add", "FIFO", "--label", "2027", "--date", "2027-01-01",
         "--audience", "employees"],
        ["withdraw", "--employee", "NUMBER", "--evidence", "FIFO"],
    ],
    ids=["import", "protocol", "evidence"],
)  # fmt: skip
def test_a_fifo_given_as_a_file_is_refused_on_the_command_line(
    db_path: Path, tmp_path: Path, capsys, argv: list[str]
) -> None:
    assert _run(capsys, "--db", str(db_path), "demo", *SMALL)[0] == 0
    with Store.open(db_path) as store:
        number = store.rows("SELECT staff_number FROM employees LIMIT 1")[0]["staff_number"]
    fifo = make_fifo(tmp_path / "bestand")
    argv = [str(fifo) if a == "FIFO" else number if a == "NUMBER" else a for a in argv]
    code, _, err = outcome(lambda: _run(capsys, "--db", str(db_path), *argv), fifo)
    assert code == 2
    assert "Traceback" not in err and "internal error" not in err
    assert len(err.splitlines()) == 1
