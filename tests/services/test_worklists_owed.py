"""One rule for what a person still owes: the worklists (tab and PDF) and the Excel sheet
"Ontbrekend" list the same people for the same reasons (``services.worklists.owed``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.excel.missing_sheet import MISSING
from korre_desktop.services.excel.overview import export_overview
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.pdf.worklists_pdf import TITLES, worklists_pdf_bytes
from korre_desktop.services.status import (
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.services.worklists import Owed, Reason, Worklist, owed, worklists_of
from korre_desktop.store import Store
from tests.services.test_no_photo_pdf import pages_text

DAY = date(2026, 11, 24)
PHOTO_ONLY = {code: (True if code.startswith("foto_") else None) for code in ALL_ITEM_CODES}
NOT_PHOTO = tuple(code for code in ALL_ITEM_CODES if not code.startswith("foto_"))


def partly_answered(store: Store, records) -> dict[str, int]:
    school = records.school("OBS De Eendracht")
    klass = records.klass(school, 2026, "Groep 6")
    version = records.protocol_version("employees", "2025", date(2025, 8, 1))
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    ids = {
        "partly": records.student(school, number="6001", roepnaam="Femke", achternaam="Dekker"),
        "complete": records.student(school, number="6002", roepnaam="Gijs", achternaam="Bos"),
        "teacher": records.employee(
            number="700", roepnaam="Hanna", achternaam="Vos", school_ids=(school,)
        ),
    }
    for key in ("partly", "complete"):
        records.enrol(ids[key], klass)
    guardian = records.guardian(ids["partly"])
    records.statement("student", ids["partly"], date(2026, 9, 1), PHOTO_ONLY, guardian_id=guardian)
    guardian = records.guardian(ids["complete"])
    answers = dict.fromkeys(ALL_ITEM_CODES, True)
    records.statement("student", ids["complete"], date(2026, 9, 1), answers, guardian_id=guardian)
    # Signed last year's protocol and returned a form without the audio items.
    records.sign("employee", ids["teacher"], version, date(2025, 9, 1))
    answers = {code: (None if code.startswith("geluid_") else True) for code in ALL_ITEM_CODES}
    records.statement("employee", ids["teacher"], date(2026, 9, 1), answers)
    return ids


def test_a_partly_answered_form_puts_the_person_on_the_new_form_worklist(
    store: Store, records
) -> None:
    ids = partly_answered(store, records)
    settings = load_settings(store, DAY)
    students = {p.id: p for p in student_statuses_on(store, DAY, settings=settings)}
    assert owed(students[ids["partly"]]) == [Owed(Reason.MISSING_ITEMS, NOT_PHOTO)]
    assert worklists_of(students[ids["partly"]]) == [Worklist.NEW_FORM]
    assert worklists_of(students[ids["complete"]]) == []
    (teacher,) = employee_statuses_on(store, DAY, settings=settings)
    audio = tuple(code for code in settings.item_codes if code.startswith("geluid_"))
    assert owed(teacher) == [Owed(Reason.PROTOCOL_RESIGN), Owed(Reason.MISSING_ITEMS, audio)]
    assert worklists_of(teacher) == [Worklist.PROTOCOL, Worklist.NEW_FORM]


def test_the_sheet_and_the_worklists_pdf_give_the_same_reasons(
    store: Store, records, tmp_path: Path
) -> None:
    partly_answered(store, records)
    target = export_overview(store, tmp_path / "overzicht.xlsx", DAY).path
    sheet = load_workbook(target)[MISSING]
    owed_on_sheet = [
        (row[2], row[5], row[6]) for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert owed_on_sheet == [
        ("Femke Dekker", WORDS["missing_items"], "film (alle kanalen); geluid (alle kanalen)"),
        ("Hanna Vos", WORDS["resign"].format(version=" 2026"), None),
        ("Hanna Vos", WORDS["missing_items"], "geluid (alle kanalen)"),
    ]
    data, summary = worklists_pdf_bytes(store, DAY)
    text = " ".join(" ".join(pages_text(data)).split())
    assert summary.counts[Worklist.NEW_FORM] == 2
    assert summary.counts[Worklist.PROTOCOL] == 1
    section = text[text.index(TITLES[Worklist.NEW_FORM]) :]
    assert "Femke Dekker" in section and "geen antwoord op film, geluid (alle kanalen)" in section
    assert "Hanna Vos" in section and "geen antwoord op geluid (alle kanalen)" in section
    assert "Gijs Bos" not in text
    assert "nieuwe protocolversie 2026 tekenen" in text
