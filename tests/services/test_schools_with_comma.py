"""A school whose name holds a comma ("De Linde, locatie Noord") keeps its staff and
students on every list: the schools of an employee travel as a list of names, never as
text split on ", "."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from korre_desktop.services.excel.overview import export_overview
from korre_desktop.services.excel.summary_sheet import SUMMARY
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.pdf.worklists_pdf import worklists_pdf_bytes
from korre_desktop.services.status import employee_statuses_on, student_statuses_on
from korre_desktop.store import Store
from tests.conftest import Records
from tests.services.test_no_photo_pdf import pages_text

DAY = date(2026, 11, 24)
LINDE = "De Linde, locatie Noord"
EENDRACHT = "OBS De Eendracht"


@dataclass(frozen=True)
class CommaSchool:
    both: int  # an employee at both schools
    linde_only: int
    eendracht_only: int
    student: int  # at De Linde, no form returned


def build_comma_school(store: Store) -> CommaSchool:
    """Two schools, one with a comma in its name; nobody signed or returned anything, so
    everyone is on a worklist."""
    records = Records(store)
    linde = records.school(LINDE)
    eendracht = records.school(EENDRACHT)
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    klass = records.klass(linde, 2026, "Groep 4")
    student = records.student(linde, number="4001", roepnaam="Lotte", achternaam="Kuiper")
    records.enrol(student, klass)
    return CommaSchool(
        both=records.employee(
            number="801", roepnaam="Bram", achternaam="Visser", school_ids=(linde, eendracht)
        ),
        linde_only=records.employee(
            number="802", roepnaam="Ilse", achternaam="Mulder", school_ids=(linde,)
        ),
        eendracht_only=records.employee(
            number="803", roepnaam="Joost", achternaam="Smit", school_ids=(eendracht,)
        ),
        student=student,
    )


def test_an_employees_schools_are_names_not_a_joined_text(store: Store) -> None:
    ids = build_comma_school(store)
    assert store.people.employee(ids.both)["schools"] == (LINDE, EENDRACHT)
    by_id = {p.id: p for p in employee_statuses_on(store, DAY, with_consent=False)}
    assert by_id[ids.both].schools == (LINDE, EENDRACHT)
    assert by_id[ids.both].at_school(LINDE) and by_id[ids.both].at_school(EENDRACHT)
    assert not by_id[ids.both].at_school("De Linde")
    assert by_id[ids.linde_only].schools == (LINDE,)
    assert not by_id[ids.eendracht_only].at_school(LINDE)
    assert by_id[ids.both].school == f"{LINDE}; {EENDRACHT}"  # shown: names stay apart
    (student,) = student_statuses_on(store, DAY, with_consent=False)
    assert student.schools == (LINDE,) and student.at_school(LINDE)


def test_the_worklist_pdf_of_that_school_lists_its_staff_and_students(store: Store) -> None:
    build_comma_school(store)
    data, summary = worklists_pdf_bytes(store, DAY, school=LINDE)
    text = " ".join(" ".join(pages_text(data)).split())
    for name in ("Bram Visser", "Ilse Mulder", "Lotte Kuiper"):
        assert name in text
    assert "Joost Smit" not in text
    assert summary.people == 3


def test_the_excel_overview_counts_staff_at_that_school(store: Store, tmp_path: Path) -> None:
    build_comma_school(store)
    target = export_overview(store, tmp_path / "overzicht.xlsx", DAY).path
    sheet = load_workbook(target)[SUMMARY]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    # The class rows name the school too; the staff rows come last.
    staff_rows = rows[[r[0] for r in rows].index(WORDS["staff_title"]) :]
    staff = {row[0]: row[1] for row in staff_rows if row[0] in (LINDE, EENDRACHT)}
    assert staff == {LINDE: 2, EENDRACHT: 2}
    assert "De Linde" not in [row[0] for row in staff_rows]
