"""``self-check``: what `make dist` runs on the built program, here on the sources."""

from korre_desktop import selfcheck
from tests.test_cli import _run


def test_self_check_passes_on_a_working_installation(capsys, tmp_path, monkeypatch):
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    code, out, err = _run(capsys, "self-check")
    assert code == 0, out + err
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["ok"] * len(selfcheck.CHECKS)
    assert "database migrated from schema 1 to" in out
    assert "backup written and checked" in out
    assert "main window opens" in out
    assert list(temporary.iterdir()) == []  # its temporary folder is gone again


def test_a_failing_check_is_reported_and_the_others_still_run(capsys, monkeypatch):
    def broken(_folder):
        raise OSError("disk full")

    monkeypatch.setattr(selfcheck, "CHECKS", [("backup", broken), *selfcheck.CHECKS[2:4]])
    code, out, _err = _run(capsys, "self-check")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "FAILED: backup: OSError: disk full"
    assert len(lines) == 3 and lines[1].startswith("ok: resources")
