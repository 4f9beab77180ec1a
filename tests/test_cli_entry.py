"""The command line for protocol versions and withdrawing consent."""

import json
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from korre_desktop.cli import main
from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store
from tests.engines import file_of
from tests.example_form import NEW_ITEMS, add_example_form
from tests.services.evidence.samples import reportlab_pdf
from tests.test_cli import _assert_one_line_error, _run

TODAY = date.today()


@pytest.fixture
def school_db(db_path: Path, records, store) -> Path:
    school = records.school("OBS De Linde")
    student = records.student(school, number="004512", roepnaam="Zoë", achternaam="Meer")
    records.enrol(
        student, records.klass(school, TODAY.year if TODAY.month >= 8 else TODAY.year - 1)
    )
    guardian = records.guardian(student, name="Ilse")
    records.statement(
        "student",
        student,
        date(2026, 9, 1),
        {"foto_website": True, "film_website": True},
        guardian_id=guardian,
    )
    other = records.school("CBS Het Baken")
    namesake = records.student(other, number="004512")
    records.enrol(
        namesake, records.klass(other, TODAY.year if TODAY.month >= 8 else TODAY.year - 1)
    )
    records.employee(number="100200")
    store.close()
    return file_of(store)


def test_protocol_add_and_list(school_db, tmp_path, capsys):
    pdf = tmp_path / "protocol.pdf"
    pdf.write_bytes(reportlab_pdf(2))
    code, out, err = _run(
        capsys,
        "--db",
        str(school_db),
        "protocol",
        "add",
        str(pdf),
        "--label",
        "2026",
        "--date",
        "2026-08-01",
        "--audience",
        "employees",
    )
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(school_db), "protocol", "list")
    assert code == 0 and out.splitlines() == ["employees\t2026\t2026-08-01\tdocument\t"]
    # The same version again, an encrypted PDF, a text file: one line each, nothing stored.
    code, _, err = _run(
        capsys,
        "--db",
        str(school_db),
        "protocol",
        "add",
        str(pdf),
        "--label",
        "2026",
        "--date",
        "2026-08-01",
        "--audience",
        "employees",
    )
    assert code == 2
    _assert_one_line_error(err, "already exists")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(reportlab_pdf(1, StandardEncryption("geheim")))
    code, _, err = _run(
        capsys,
        "--db",
        str(school_db),
        "protocol",
        "add",
        str(locked),
        "--label",
        "2027",
        "--date",
        "2027-08-01",
        "--audience",
        "students",
    )
    assert code == 2
    _assert_one_line_error(err, "password")
    text = tmp_path / "protocol.txt"
    text.write_text("not a pdf")
    code, _, err = _run(
        capsys,
        "--db",
        str(school_db),
        "protocol",
        "add",
        str(text),
        "--label",
        "2028",
        "--date",
        "2028-08-01",
        "--audience",
        "students",
    )
    assert code == 2
    with Store.open(school_db) as store:
        assert len(store.consent.protocol_versions()) == 1


def test_withdraw_by_a_guardian_with_evidence(school_db, tmp_path, capsys):
    scan = tmp_path / "mail.pdf"
    scan.write_bytes(reportlab_pdf(1))
    code, out, err = _run(
        capsys,
        "--db",
        str(school_db),
        "withdraw",
        "--student",
        "004512",
        "--school",
        "OBS De Linde",
        "--guardian",
        "ilse",
        "--items",
        "foto_website",
        "--note",
        "per e-mail",
        "--evidence",
        str(scan),
    )
    assert code == 0, err
    assert "Zoë Meer" in out
    with Store.open(school_db) as store:
        row = store.rows("SELECT * FROM consent_statements ORDER BY id DESC LIMIT 1")[0]
        assert row["source"] == "withdrawal" and row["note"] == "per e-mail"
        assert json.loads(row["answers"]) == {"foto_website": False}
        assert store.original_of(row["evidence_sha256"]) is not None
        student = next(p for p in student_statuses_on(store, TODAY) if p.school == "OBS De Linde")
        assert student.consent["foto_website"] is ConsentStatus.REFUSED
        assert student.consent["film_website"] is ConsentStatus.GRANTED


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--student", "004512"], "several schools"),
        (["--student", "999", "--school", "OBS De Linde"], "no student"),
        (["--student", "004512", "--school", "OBS De Linde", "--guardian", "piet"], "Ilse"),
        (["--employee", "100200", "--items", "foto_tv"], "unknown item code"),
        (["--employee", "100200", "--date", "2999-01-01"], "future"),
    ],
)
def test_withdraw_mistakes_are_one_line_and_change_nothing(school_db, capsys, args, fragment):
    before = Store.open(school_db)
    count = before.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"]
    before.close()
    code, _, err = _run(capsys, "--db", str(school_db), "withdraw", *args)
    assert code == 2
    _assert_one_line_error(err, fragment)
    with Store.open(school_db) as store:
        assert store.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"] == count


def test_withdraw_for_an_employee_defaults_to_everything(school_db, capsys):
    code, _, err = _run(capsys, "--db", str(school_db), "withdraw", "--employee", "100200")
    assert code == 0, err
    with Store.open(school_db) as store:
        answers = json.loads(
            store.rows("SELECT answers FROM consent_statements WHERE employee_id IS NOT NULL")[0][
                "answers"
            ]
        )
    assert len(answers) == 18 and not any(answers.values())
    assert (
        main(["--db", str(school_db), "withdraw", "--employee", "100200", "--guardian", "x"]) == 2
    )


def test_withdraw_everything_covers_every_versions_items(school_db, capsys):
    with Store.open(school_db, actor="test") as store:
        add_example_form(store)
    code, _, err = _run(capsys, "--db", str(school_db), "withdraw", "--employee", "100200")
    assert code == 0, err
    with Store.open(school_db) as store:
        (row,) = store.rows("SELECT answers FROM consent_statements WHERE employee_id IS NOT NULL")
    answers = json.loads(row["answers"])
    assert set(answers) == {*NEW_ITEMS, *ALL_ITEM_CODES} and not any(answers.values())
