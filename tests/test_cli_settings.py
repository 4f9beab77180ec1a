"""``settings list`` and ``settings set KEY VALUE``: user errors exit 2 with one line and
change nothing; every change is audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from korre_desktop.cli import main
from korre_desktop.store import Store, backup


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(db_path: Path) -> Path:
    Store.create(db_path, actor="test").close()
    return db_path


def _audit(db: Path) -> list[tuple[str, object, object]]:
    with Store.open(db, actor="test") as store:
        rows = store.rows(
            "SELECT row_id, before, after FROM audit_log WHERE table_name = 'settings' ORDER BY id"
        )
    return [(r["row_id"], json.loads(r["before"]), json.loads(r["after"])) for r in rows]


def test_list_shows_every_setting_with_its_value_and_choices(capsys, db: Path) -> None:
    code, out, err = _run(capsys, "--db", str(db), "settings", "list")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[:2] for row in rows] == [
        ["foundation_name", "Stichting de Korre"],
        ["default_validity", "until_withdrawn"],
        ["school_year_cutoff", "01-08"],
        ["sixteen_plus_policy", "guardian_consent_stays_valid"],
        ["signing_deadline_days", "14"],
        ["backup_folder", "default"],
        ["backups_kept", "10"],
        ["backup_interval_hours", "20"],
        ["access_log_retention_days", "365"],
        ["retention_student_years", "2"],
        ["retention_consent_years", "2"],
        ["retention_staff_years", "2"],
        ["retention_breach_years", "2"],
        ["lock_after_minutes", "15"],
    ]
    assert rows[2][2] == "DD-MM, the day the school year starts"
    assert rows[3][2] == "guardian_consent_stays_valid | strict"


@pytest.mark.embedded_only  # ends with a backup into the folder set (a file's)
def test_set_changes_one_value_audited(capsys, db: Path, tmp_path: Path) -> None:
    code, out, err = _run(capsys, "--db", str(db), "settings", "set", "school_year_cutoff", "1-9")
    assert (code, out, err) == (0, "school_year_cutoff = 01-09\n", "")
    code, out, _ = _run(capsys, "--db", str(db), "settings", "set", "default_validity", "years:2")
    assert out == "default_validity = years:2\n"
    code, out, _ = _run(capsys, "--db", str(db), "settings", "set", "default_validity", "years:2")
    assert out == "default_validity = years:2 (unchanged)\n"
    folder = tmp_path / "reservekopieen"
    code, out, _ = _run(capsys, "--db", str(db), "settings", "set", "backup_folder", str(folder))
    assert code == 0
    assert _audit(db) == [
        ("school_year_cutoff", {"value": "08-01"}, {"value": "09-01"}),
        ("default_validity", {"value": "until_withdrawn"}, {"value": {"years": 2}}),
        ("backup_folder", {"value": None}, {"value": str(folder)}),
    ]
    # `backup` without -o now writes into that folder.
    code, out, err = _run(capsys, "--db", str(db), "backup")
    assert code == 0, err
    (made,) = backup.list_backups(db, folder)
    assert str(made) in out
    assert not backup.backup_folder(db).exists()


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["colour", "red"], "colour: unknown setting (one of foundation_name,"),
        (["signing_deadline_days", "400"], "signing_deadline_days: must be from 0 to 365"),
        (["school_year_cutoff", "31-02"], "school_year_cutoff: 31-02 does not exist"),
        (["sixteen_plus_policy", "soms"], "type guardian_consent_stays_valid or strict"),
        (["backup_folder", "kopie"], "give the whole path of the folder"),
        (["backups_kept"], "the following arguments are required: VALUE"),
    ],
)
def test_a_bad_value_exits_2_with_one_line(capsys, db: Path, argv, fragment) -> None:
    code, out, err = _run(capsys, "--db", str(db), "settings", "set", *argv)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("korre-desktop: error: ") and fragment in err, err
    assert _audit(db) == []


def test_a_missing_database_is_not_created(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nergens.sqlite"
    code, _, err = _run(capsys, "--db", str(missing), "settings", "list")
    assert code == 2 and "database file not found" in err
    assert not missing.exists()
