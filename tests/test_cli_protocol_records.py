"""The command line for the protocol records: ``school add``, ``account``,
``authorisation``, ``press-report`` and ``dossier``. Bad input: one line, exit 2, nothing
stored. Dates as typed in the app (dd-mm-jjjj, d-m-jj) or ISO."""

from __future__ import annotations

from pathlib import Path

import pytest

from korre_desktop.store import Store
from tests.fifo import make_fifo, needs_fifo, outcome
from tests.services.protocol_people import build_foundation, eml_bytes, msg_bytes
from tests.test_cli import _assert_one_line_error, _run

# Staff numbers of build_foundation: 1001 Dirk de Wit (Directeur), 1002 Bea Bos
# (Bestuurder), 1003 Tom Visser, 1004 Uma Smit (never signed), 1005 Lex Mol (left
# 2026-10-01); students 004512 Sara Kok, 004513 Luuk Veen (left 2026-10-15).
TABLES = (
    "schools",
    "accounts",
    "authorisations",
    "authorisation_withdrawals",
    "press_reports",
    "dossier_entries",
    "blobs",
)


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.create(db_path, actor="test") as store:
        build_foundation(store)
    return db_path


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return {t: store.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES}


def cli(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    return _run(capsys, "--db", str(db), *argv)


def ok(capsys, db: Path, *argv: str) -> str:
    code, out, err = cli(capsys, db, *argv)
    assert code == 0 and err == "", err
    return out


def refused(capsys, db: Path, *argv: str, fragment: str) -> None:
    """Exit 2 with one line naming ``fragment``, and nothing stored."""
    before = _counts(db)
    code, out, err = cli(capsys, db, *argv)
    assert code == 2 and out == ""
    _assert_one_line_error(err, fragment)
    assert _counts(db) == before


# -- school --------------------------------------------------------------------------------


def test_school_add(capsys, db: Path) -> None:
    out = ok(capsys, db, "school", "add", "Korre Lyceum", "--brin", "12ab")
    assert out == "school 'Korre Lyceum' (12AB) added (id 3)\n"
    refused(
        capsys, db, "school", "add", " korre lyceum ", fragment="NAME: there is already a school"
    )
    refused(capsys, db, "school", "add", "Nieuw", "--brin", "1234", fragment="--brin: a BRIN")


# -- accounts ------------------------------------------------------------------------------


def test_account_add_list_end(capsys, db: Path) -> None:
    out = ok(
        capsys,
        db,
        "account",
        "add",
        "--platform",
        "instagram",
        "--name",
        "@obsdelinde",
        "--school",
        "obs de linde",
        "--created-on",
        "1-9-26",
        "--permission-by",
        "1001",
        "--link",
        "https://instagram.com/obsdelinde",
    )
    assert out == "account 1 added: instagram '@obsdelinde' of OBS De Linde\n"
    ok(
        capsys,
        db,
        "account",
        "add",
        "--platform",
        "whatsapp_group",
        "--name",
        "Team",
        "--foundation",
    )
    lines = ok(capsys, db, "account", "list").splitlines()
    assert lines[0].split("\t")[:4] == ["id", "platform", "name", "of"]
    assert lines[1].split("\t")[:4] == ["2", "whatsapp_group", "Team", "foundation"]
    assert lines[2].split("\t") == [
        "1",
        "instagram",
        "@obsdelinde",
        "OBS De Linde",
        "2026-09-01",
        "Dirk de Wit",
        "",
        "https://instagram.com/obsdelinde",
    ]
    assert ok(capsys, db, "account", "end", "1", "--on", "01-11-2026") == (
        "account 1 ended on 2026-11-01\n"
    )
    assert len(ok(capsys, db, "account", "list").splitlines()) == 2
    assert ok(capsys, db, "account", "list", "--all").splitlines()[2].split("\t")[6] == "2026-11-01"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--platform", "myspace", "--name", "x", "--foundation"], "invalid choice: 'myspace'"),
        (["--platform", "x", "--name", "x"], "one of the arguments --school --foundation"),
        (["--platform", "x", "--name", "x", "--school", "Nergens"], "unknown school: 'Nergens'"),
        (["--platform", "x", "--name", " ", "--foundation"], "--name is required"),
        (
            ["--platform", "x", "--name", "x", "--foundation", "--permission-by", "1003"],
            "--permission-by: Tom Visser (Leerkracht) is not management",
        ),
        (
            ["--platform", "x", "--name", "x", "--foundation", "--permission-by", "999"],
            "--permission-by: no employee with staff number '999'",
        ),
        (
            ["--platform", "x", "--name", "x", "--foundation", "--created-on", "1-1-2099"],
            "--created-on cannot be in the future",
        ),
        (
            ["--platform", "x", "--name", "x", "--foundation", "--created-on", "31-2-2026"],
            "no such date: '31-2-2026'",
        ),
    ],
)
def test_account_add_refused(capsys, db: Path, argv: list[str], fragment: str) -> None:
    refused(capsys, db, "account", "add", *argv, fragment=fragment)


def test_account_end_refused(capsys, db: Path) -> None:
    ok(
        capsys,
        db,
        "account",
        "add",
        "--platform",
        "x",
        "--name",
        "@korre",
        "--foundation",
        "--created-on",
        "2026-09-01",
    )
    refused(capsys, db, "account", "end", "7", "--on", "1-11-2026", fragment="no account with id 7")
    refused(capsys, db, "account", "end", "1", "--on", "1-8-2026", fragment="--on cannot be before")
    ok(capsys, db, "account", "end", "1", "--on", "2026-11-01")
    refused(
        capsys,
        db,
        "account",
        "end",
        "1",
        "--on",
        "2-11-2026",
        fragment="already ended on 2026-11-01",
    )


# -- authorisations ------------------------------------------------------------------------


def _accounts(capsys, db: Path) -> None:
    ok(
        capsys,
        db,
        "account",
        "add",
        "--platform",
        "instagram",
        "--name",
        "@obsdelinde",
        "--school",
        "OBS De Linde",
    )
    ok(
        capsys,
        db,
        "account",
        "add",
        "--platform",
        "facebook",
        "--name",
        "Stichting de Korre",
        "--foundation",
    )


def test_authorisation_add_list_withdraw(capsys, db: Path, tmp_path: Path) -> None:
    _accounts(capsys, db)
    letter = tmp_path / "toestemming.eml"
    letter.write_bytes(eml_bytes())
    out = ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1003",
        "--account",
        "1",
        "--from",
        "1-9-2026",
        "--until",
        "2026-12-31",
        "--granted-by",
        "1001",
        "--evidence",
        str(letter),
        "--note",
        "Schoolreis",
    )
    assert out == (
        "authorisation 1 added: employee 1003 Tom Visser for account 1 (instagram"
        " '@obsdelinde'), from 2026-09-01 until 2026-12-31\n"
    )
    out = ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--student",
        "004512",
        "--school",
        "OBS De Linde",
        "--from",
        "01-09-2026",
        "--granted-by",
        "1001",
    )
    assert "student 004512 Sara Kok for OBS De Linde in general, from 2026-09-01" in out
    ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1004",
        "--foundation",
        "--from",
        "1-9-26",
        "--granted-by",
        "1002",
    )
    lines = ok(capsys, db, "authorisation", "list", "--on", "24-11-2026").splitlines()
    assert lines[0].split("\t")[:4] == ["id", "status", "person", "for"]
    assert [line.split("\t")[2] for line in lines[1:]] == [
        "student 004512 Sara Kok",  # by surname, as every list
        "employee 1004 Uma Smit",
        "employee 1003 Tom Visser",
    ]
    out = ok(capsys, db, "authorisation", "withdraw", "2", "--on", "1-11-2026", "--note", "mail")
    assert out == "authorisation 2 of Sara Kok withdrawn on 2026-11-01\n"
    assert len(ok(capsys, db, "authorisation", "list", "--on", "2026-11-24").splitlines()) == 3
    everything = ok(capsys, db, "authorisation", "list", "--on", "2026-11-24", "--all")
    assert "\twithdrawn\tstudent 004512 Sara Kok" in everything
    with Store.open(db) as store:
        (row,) = store.rows(
            "SELECT evidence_sha256, evidence_name FROM authorisations WHERE id = 1"
        )
        assert store.blob(row["evidence_sha256"]) == eml_bytes()
        assert row["evidence_name"] == "toestemming.eml"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (
            ["--employee", "1003", "--foundation", "--from", "1-9-2026", "--granted-by", "1003"],
            "--granted-by: Tom Visser (Leerkracht) is not management",
        ),
        (
            ["--employee", "1001", "--foundation", "--from", "1-9-2026", "--granted-by", "1001"],
            "--granted-by: Dirk de Wit cannot authorise themself",
        ),
        (
            ["--employee", "1005", "--foundation", "--from", "1-11-2026", "--granted-by", "1001"],
            "--employee/--student: Lex Mol left on 2026-10-01",
        ),
        (
            ["--student", "004513", "--foundation", "--from", "2026-11-01", "--granted-by", "1001"],
            "Luuk Veen left on 2026-10-15",
        ),
        (
            [
                "--employee",
                "1003",
                "--foundation",
                "--from",
                "1-9-2026",
                "--until",
                "1-8-2026",
                "--granted-by",
                "1001",
            ],
            "--until cannot be before 2026-09-01",
        ),
        (
            ["--employee", "1003", "--account", "9", "--from", "1-9-2026", "--granted-by", "1001"],
            "--account: not found",
        ),
        (
            ["--student", "999", "--foundation", "--from", "1-9-2026", "--granted-by", "1001"],
            "--student: no student with number '999'",
        ),
        (
            [
                "--employee",
                "1003",
                "--student-school",
                "OBS De Linde",
                "--foundation",
                "--from",
                "1-9-2026",
                "--granted-by",
                "1001",
            ],
            "--student-school goes with --student",
        ),
        (
            ["--employee", "1003", "--foundation", "--from", "morgen", "--granted-by", "1001"],
            "argument --from: not a date",
        ),
        (
            [
                "--employee",
                "1003",
                "--school",
                "OBS De Linde",
                "--foundation",
                "--from",
                "1-9-2026",
                "--granted-by",
                "1001",
            ],
            "not allowed with argument",
        ),
        (["--employee", "1003", "--foundation", "--from", "1-9-2026"], "--granted-by"),
    ],
)
def test_authorisation_add_refused(capsys, db: Path, argv: list[str], fragment: str) -> None:
    refused(capsys, db, "authorisation", "add", *argv, fragment=fragment)


def test_several_problems_in_one_line(capsys, db: Path) -> None:
    refused(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1005",
        "--foundation",
        "--from",
        "1-11-2026",
        "--until",
        "1-10-2026",
        "--granted-by",
        "1003",
        fragment="Lex Mol left on 2026-10-01, not after 2026-11-01; --until cannot be before"
        " 2026-11-01; --granted-by: Tom Visser (Leerkracht) is not management",
    )


def test_bad_evidence_is_refused_before_anything_is_stored(
    capsys, db: Path, tmp_path: Path
) -> None:
    text = tmp_path / "brief.eml"
    text.write_bytes(b"just some words, no e-mail")
    argv = [
        "authorisation",
        "add",
        "--employee",
        "1003",
        "--foundation",
        "--from",
        "1-9-2026",
        "--granted-by",
        "1001",
        "--evidence",
    ]
    refused(capsys, db, *argv, str(text), fragment="brief.eml is named .eml, but it is not an")
    outlook = tmp_path / "mail.msg"
    outlook.write_bytes(msg_bytes())
    refused(capsys, db, *argv, str(outlook), fragment="is an Outlook message (.msg)")
    refused(capsys, db, *argv, str(tmp_path), fragment="is a folder")
    refused(capsys, db, *argv, str(tmp_path / "nergens.pdf"), fragment="file not found")


@needs_fifo
def test_a_fifo_as_evidence_is_refused(capsys, db: Path, tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "brief.eml")
    argv = [
        "--db",
        str(db),
        "authorisation",
        "add",
        "--employee",
        "1003",
        "--foundation",
        "--from",
        "1-9-2026",
        "--granted-by",
        "1001",
        "--evidence",
        str(fifo),
    ]
    assert outcome(lambda: _run(capsys, *argv), fifo)[0] == 2


def test_authorisation_withdraw_refused(capsys, db: Path) -> None:
    ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1003",
        "--foundation",
        "--from",
        "1-9-2026",
        "--granted-by",
        "1001",
    )
    refused(
        capsys,
        db,
        "authorisation",
        "withdraw",
        "5",
        "--on",
        "1-11-2026",
        fragment="no authorisation with id 5",
    )
    refused(
        capsys,
        db,
        "authorisation",
        "withdraw",
        "1",
        "--on",
        "1-1-2099",
        fragment="--on cannot be in the future",
    )
    refused(
        capsys,
        db,
        "authorisation",
        "withdraw",
        "1",
        "--on",
        "31-8-2026",
        fragment="--on cannot be before 2026-09-01",
    )
    ok(capsys, db, "authorisation", "withdraw", "1", "--on", "1-11-2026")
    refused(
        capsys,
        db,
        "authorisation",
        "withdraw",
        "1",
        "--on",
        "2-11-2026",
        fragment="this authorisation was withdrawn on 2026-11-01",
    )


def test_authorisation_worklist(capsys, db: Path) -> None:
    _accounts(capsys, db)
    ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1005",
        "--school",
        "OBS De Linde",
        "--from",
        "1-9-2026",
        "--granted-by",
        "1001",
    )
    ok(
        capsys,
        db,
        "authorisation",
        "add",
        "--employee",
        "1004",
        "--foundation",
        "--from",
        "1-9-2026",
        "--until",
        "10-12-2026",
        "--granted-by",
        "1002",
    )
    lines = ok(capsys, db, "authorisation", "worklist", "--on", "24-11-2026").splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "worklist",
        "account_without_authorised",
        "authorised_left",
        "ending_soon",
        "authorised_without_protocol",
    ]
    assert "account 1: instagram '@obsdelinde' of OBS De Linde" in lines[1]
    assert lines[2].split("\t")[3] == "2026-10-01"
    assert lines[4].endswith("\toverdue")


# -- press reports -------------------------------------------------------------------------


def test_press_report_add_and_list(capsys, db: Path, tmp_path: Path) -> None:
    mail = tmp_path / "pers.eml"
    mail.write_bytes(eml_bytes("Vragen van de krant"))
    out = ok(
        capsys,
        db,
        "press-report",
        "add",
        "--employee",
        "1003",
        "--date",
        "20-11-2026",
        "--medium",
        "Dagblad van het Noorden",
        "--subject",
        "Foto op Instagram",
        "--reported-to",
        "1001",
        "--attachment",
        str(mail),
    )
    assert out == (
        "press report 1 added: Tom Visser on 2026-11-20 (Dagblad van het Noorden), reported"
        " to Dirk de Wit, OBS De Linde\n"
    )
    ok(
        capsys,
        db,
        "press-report",
        "add",
        "--employee",
        "1002",
        "--date",
        "2026-11-21",
        "--medium",
        "RTV",
        "--subject",
        "Interview",
        "--reported-to",
        "1001",
    )
    lines = ok(capsys, db, "press-report", "list").splitlines()
    assert [line.split("\t")[:4] for line in lines[1:]] == [
        ["2", "2026-11-21", "1002 Bea Bos", "foundation"],
        ["1", "2026-11-20", "1003 Tom Visser", "OBS De Linde"],
    ]
    assert lines[2].endswith("\tpers.eml")
    school = ok(capsys, db, "press-report", "list", "--school", "OBS De Linde").splitlines()
    assert len(school) == 2


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--reported-to", "1004"], "--reported-to: Uma Smit (Leerkracht) is not management"),
        (["--date", "1-1-2099"], "--date cannot be in the future"),
        (["--subject", " "], "--subject is required"),
        (["--school", "Nergens"], "unknown school: 'Nergens'"),
        (["--employee", "1001"], "--reported-to: Dirk de Wit cannot report to themself"),
    ],
)
def test_press_report_refused(capsys, db: Path, argv: list[str], fragment: str) -> None:
    values = {
        "--employee": "1003",
        "--date": "20-11-2026",
        "--medium": "Krant",
        "--subject": "Foto",
        "--reported-to": "1001",
    }
    given = dict(zip(argv[::2], argv[1::2], strict=True))
    merged = [part for key, value in {**values, **given}.items() for part in (key, value)]
    refused(capsys, db, "press-report", "add", *merged, fragment=fragment)


# -- the personnel file ----------------------------------------------------------------------


def test_dossier_add_and_list(capsys, db: Path, tmp_path: Path) -> None:
    letter = tmp_path / "waarschuwing.eml"
    letter.write_bytes(eml_bytes("Waarschuwing"))
    complaint = tmp_path / "klacht.msg"
    complaint.write_bytes(msg_bytes())
    out = ok(
        capsys,
        db,
        "dossier",
        "add",
        "--employee",
        "1003",
        str(letter),
        "--subject",
        "Waarschuwing",
        "--date",
        "12-11-2026",
        "--direction",
        "out",
    )
    assert out == "entry 1 added to the personnel file of 1003\n"
    ok(
        capsys,
        db,
        "dossier",
        "add",
        "--employee",
        "1003",
        str(complaint),
        "--subject",
        "Klacht van een ouder",
        "--date",
        "2026-11-10",
    )
    ok(
        capsys,
        db,
        "dossier",
        "add",
        "--employee",
        "1003",
        "--subject",
        "Waarschuwing",
        "--date",
        "11-11-2026",
        "--direction",
        "out",
        "--corrects",
        "1",
    )
    lines = ok(capsys, db, "dossier", "list", "--employee", "1003").splitlines()
    assert [line.split("\t") for line in lines[1:]] == [
        ["2", "2026-11-10", "in", "Klacht van een ouder", "klacht.msg", "", ""],
        ["3", "2026-11-11", "out", "Waarschuwing", "", "1", ""],
        ["1", "2026-11-12", "out", "Waarschuwing", "waarschuwing.eml", "", "3"],
    ]
    assert ok(capsys, db, "dossier", "list", "--employee", "1004").splitlines() == [lines[0]]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--date", "12-11-2026"], "FILE is required"),
        (["{file}", "--date", "1-1-2099"], "--date cannot be in the future"),
        (["{file}", "--date", "12-11-2026", "--corrects", "9"], "--corrects: not found"),
        (["{file}", "--date", "12-11-2026", "--direction", "up"], "invalid choice: 'up'"),
        (["{text}", "--date", "12-11-2026"], "is named .msg, but it is not an Outlook message"),
    ],
)
def test_dossier_add_refused(
    capsys, db: Path, tmp_path: Path, argv: list[str], fragment: str
) -> None:
    mail = tmp_path / "brief.eml"
    mail.write_bytes(eml_bytes())
    text = tmp_path / "brief.msg"
    text.write_bytes(b"not outlook")
    argv = [a.replace("{file}", str(mail)).replace("{text}", str(text)) for a in argv]
    refused(
        capsys,
        db,
        "dossier",
        "add",
        "--employee",
        "1003",
        "--subject",
        "Brief",
        *argv,
        fragment=fragment,
    )


def test_dossier_of_an_unknown_employee(capsys, db: Path) -> None:
    refused(
        capsys,
        db,
        "dossier",
        "list",
        "--employee",
        "42",
        fragment="--employee: no employee with staff number '42'",
    )


def test_a_missing_database_is_not_made(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "weg.sqlite"
    code, _, err = cli(capsys, missing, "account", "list")
    assert code == 2
    _assert_one_line_error(err, "database file not found")
    assert not missing.exists()
