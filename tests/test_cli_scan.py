"""``scan FILE...`` and ``scan --watch FOLDER``: a report, or one line and exit 2."""

import shutil

import pytest

from korre_desktop.store import Store
from tests.conftest import SCAN_DAY
from tests.test_cli import _assert_one_line_error, _run, _subprocess

DAY = SCAN_DAY.isoformat()


def _statuses(db) -> dict[str, int]:
    with Store.open(db) as store:
        rows = store.rows("SELECT status, count(*) AS n FROM scan_pages GROUP BY status")
    return {row["status"]: row["n"] for row in rows}


def test_scan_files_prints_a_report_by_reason(scan_db, scan_corpora, capsys):
    code, out, err = _run(
        capsys, "--db", str(scan_db), "scan", str(scan_corpora.copier_pdf), "--date", DAY
    )
    assert code == 0, err
    first = out.splitlines()[0]
    statuses = _statuses(scan_db)
    assert first.startswith(f"{sum(statuses.values())} page(s) read from 1 file(s)")
    assert f"{statuses['saved']} saved, {statuses['review']} to review" in first
    assert "blank page (back of a duplex scan)" in out
    assert "not signed" in out


def test_scan_reports_files_it_could_not_read_and_goes_on(scan_db, scan_corpora, tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    code, out, _err = _run(
        capsys, "--db", str(scan_db), "scan", str(broken), *map(str, scan_corpora.photo_files)
    )
    assert code == 0
    assert "3 saved" in out.splitlines()[0]
    assert "not read: broken.pdf" in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ([], "name the files to read"),
        (["missing.pdf"], "file not found"),
        (["--watch", "no-such-folder"], "folder does not exist"),
    ],
)
def test_scan_user_errors_are_one_line(scan_db, tmp_path, monkeypatch, capsys, args, fragment):
    monkeypatch.chdir(tmp_path)
    code, _out, err = _run(capsys, "--db", str(scan_db), "scan", *args)
    assert code == 2
    _assert_one_line_error(err, fragment)


def test_a_missing_database_is_one_line_from_a_real_process(tmp_path, scan_corpora):
    done = _subprocess("--db", str(tmp_path / "none.sqlite"), "scan", str(scan_corpora.copier_pdf))
    assert done.returncode == 2
    _assert_one_line_error(done.stderr, "database file not found")


def test_watch_once_reads_the_folder_and_moves_the_files(scan_db, scan_corpora, tmp_path, capsys):
    folder = tmp_path / "kopieerapparaat"
    folder.mkdir()
    shutil.copy(scan_corpora.copier_pdf, folder / "scan0001.pdf")
    (folder / "kapot.pdf").write_bytes(b"not a pdf at all")
    code, out, err = _run(
        capsys, "--db", str(scan_db), "scan", "--watch", str(folder), "--once", "--date", DAY
    )
    assert code == 0, err
    assert (folder / "ingelezen" / "scan0001.pdf").exists()
    assert (folder / "niet-ingelezen" / "kapot.pdf").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["ingelezen", "niet-ingelezen"]
    assert _statuses(scan_db)["saved"] > 0
    assert "moved scan0001.pdf" in out
