"""``print forms consent|protocol``: the PDF and its recorded forms, or one line and exit 2."""

from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.store import Store
from tests.engines import file_of
from tests.services.test_forms_pdf import read_pdf
from tests.test_cli import _assert_one_line_error, _run

DAY = "2026-11-24"


@pytest.fixture
def school_db(store, records) -> Path:
    linde = records.school("OBS De Linde")
    baken = records.school("CBS Het Baken")
    groep5 = records.klass(linde, 2026, "Groep 5")
    records.klass(baken, 2026, "Groep 5")
    young = records.student(linde, number="004512", roepnaam="Zoë", achternaam="Meer")
    records.guardian(young, name="Ilse")
    records.guardian(young, name="Peter")
    older = records.student(
        linde, number="004513", roepnaam="Daan", achternaam="Visser", birth_date=date(2010, 1, 1)
    )
    for student in (young, older):
        records.enrol(student, groep5)
    records.employee(number="100200", roepnaam="Anne", school_ids=(linde,))
    records.employee(number="100300", roepnaam="Kees", school_ids=(baken,))
    records.protocol_version("employees", "2025", date(2025, 8, 1))
    store.close()
    return file_of(store)


def _instances(path: Path) -> int:
    with Store.open(path) as store:
        return store.forms.count_instances()


def test_consent_forms_for_a_class(school_db, tmp_path, capsys):
    output = tmp_path / "groep5.pdf"
    code, out, err = _run(
        capsys, "--db", str(school_db), "print", "forms", "consent",
        "--class", "Groep 5", "--school", "obs de linde", "--date", DAY, "-o", str(output),
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        f"3 consent form(s) for 2 people (class Groep 5 (OBS De Linde)) on {DAY}"
        f" written to {output}"
    )
    assert err == ""
    pages = read_pdf(output)
    assert len(pages) == 3
    with Store.open(school_db) as store:
        for page in pages:
            assert store.forms.instance(decode_payload(page.payload).code) is not None
    assert _instances(school_db) == 3


def test_protocol_sheets_for_staff_and_consent_for_student_numbers(school_db, tmp_path, capsys):
    staff = tmp_path / "staff.pdf"
    code, out, err = _run(
        capsys, "--db", str(school_db), "print", "forms", "protocol",
        "--employees", "--school", "OBS De Linde", "--date", DAY, "-o", str(staff),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("1 protocol sheet(s) for 1 people (staff of OBS De Linde)")
    assert "Anne Bakker" in read_pdf(staff)[0].text
    numbers = tmp_path / "numbers.pdf"
    code, out, err = _run(
        capsys, "--db", str(school_db), "print", "forms", "consent",
        "--students", "004513, 004512", "--date", DAY, "-o", str(numbers),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("3 consent form(s) for 2 people (2 student(s))")
    assert _instances(school_db) == 4


def test_a_student_without_guardian_gets_a_blank_signer_and_a_warning(
    store, records, tmp_path, capsys
):
    linde = records.school("OBS De Linde")
    student = records.student(linde, roepnaam="Sem", achternaam="Kok")
    records.enrol(student, records.klass(linde, 2026, "Groep 3"))
    store.close()
    output = tmp_path / "x.pdf"
    code, _out, err = _run(
        capsys, "--db", str(file_of(store)), "print", "forms", "consent", "--class", "Groep 3",
        "--date", DAY, "-o", str(output),
    )  # fmt: skip
    assert code == 0
    assert err.startswith("korre-desktop: warning: no guardian with parental authority")
    assert "Sem Kok" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["consent", "--class", "Groep 9"], ["no class 'Groep 9'"]),
        (["consent", "--class", "Groep 5"], ["several schools", "give the school"]),
        (["consent", "--class", "Groep 5", "--school", "Elders"], ["unknown school: 'Elders'"]),
        (["consent", "--students", "999"], ["no student with number 999"]),
        (["consent", "--students", " , "], ["no student numbers"]),
        (["protocol", "--class", "Groep 5", "--school", "OBS De Linde"], ["no protocol version"]),
        (["consent", "--class", "Groep 5", "--school", "CBS Het Baken"], ["has no students"]),
        (["consent", "--class", "Groep 5", "--employees"], ["not allowed with argument"]),
        (["consent"], ["one of the arguments"]),
        (["leaflet", "--employees"], ["invalid choice"]),
    ],
)
def test_user_errors_exit_2_with_one_line_and_store_nothing(
    school_db, tmp_path, capsys, args, fragments
):
    output = tmp_path / "out.pdf"
    code, out, err = _run(
        capsys, "--db", str(school_db), "print", "forms", *args, "--date", DAY, "-o", str(output)
    )
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, *fragments)
    assert not output.exists()
    assert _instances(school_db) == 0


def test_bad_output_paths_are_refused(school_db, tmp_path, capsys):
    for output, fragment in (
        (tmp_path / "missing" / "x.pdf", "folder does not exist"),
        (tmp_path / "x.txt", "must end in .pdf"),
        (school_db, "must not be the database"),
    ):
        code, _out, err = _run(
            capsys, "--db", str(school_db), "print", "forms", "consent",
            "--class", "Groep 5", "--school", "OBS De Linde", "-o", str(output),
        )  # fmt: skip
        assert code == 2
        _assert_one_line_error(err, fragment)
    assert _instances(school_db) == 0
