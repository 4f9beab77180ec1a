"""The personnel file: append-only, corrections as new entries, and confidential (in no
export, list or detail pane)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.correspondence import ALREADY_CORRECTED, CORRECTS_OTHER_EMPLOYEE
from korre_desktop.services.documents import document_from_bytes
from korre_desktop.services.documents_sniff import OUTLOOK
from korre_desktop.services.dossier import DossierEntryInput, add_dossier_entry, list_dossier
from korre_desktop.services.excel.overview import export_overview
from korre_desktop.services.pdf.worklists_pdf import worklists_pdf_bytes
from korre_desktop.services.person_detail import person_detail
from korre_desktop.services.records import RecordValidationError
from korre_desktop.services.status_export import export_status_csv
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE
from tests.services.protocol_people import (
    TODAY,
    Foundation,
    codes,
    eml_document,
    msg_bytes,
)
from tests.services.test_no_photo_pdf import pages_text

SECRET = "Berisping-Q7ZK"  # a subject no other record holds


def _entry(store: Store, f: Foundation, **changes) -> int:
    values = {
        "employee_id": f.teacher,
        "entry_date": "12-11-2026",
        "subject": f"  {SECRET} over  een bericht ",
        "direction": "out",
        "document": eml_document(SECRET),
    }
    return add_dossier_entry(store, DossierEntryInput(**{**values, **changes}), today=TODAY)


def test_an_entry_with_its_document(store: Store, foundation: Foundation) -> None:
    entry_id = _entry(store, foundation, note="Aangetekend verstuurd")
    (entry,) = list_dossier(store, foundation.teacher)
    assert entry.id == entry_id
    assert (entry.entry_date, entry.subject, entry.direction) == (
        date(2026, 11, 12),
        f"{SECRET} over een bericht",
        "out",
    )
    assert entry.document_name == "toestemming.eml" and entry.note == "Aangetekend verstuurd"
    assert store.blob_mime(entry.document_sha256) == "message/rfc822"
    assert not entry.corrected and entry.corrects_entry_id is None


def test_an_outlook_message_is_accepted(store: Store, foundation: Foundation) -> None:
    document = document_from_bytes(msg_bytes(), "klacht.msg", outlook=True)
    _entry(store, foundation, document=document, direction="in")
    (entry,) = list_dossier(store, foundation.teacher)
    assert store.blob_mime(entry.document_sha256) == OUTLOOK
    assert store.blob(entry.document_sha256) == msg_bytes()


def test_a_correction_is_a_new_entry(store: Store, foundation: Foundation) -> None:
    first = _entry(store, foundation)
    correction = _entry(
        store, foundation, entry_date="11-11-2026", document=None, corrects_entry_id=first
    )
    entries = list_dossier(store, foundation.teacher)
    assert [(e.id, e.corrected_by_id, e.corrects_entry_id) for e in entries] == [
        (correction, None, first),  # by date: the corrected date comes first
        (first, correction, None),
    ]
    with pytest.raises(RecordValidationError) as refused:
        _entry(store, foundation, corrects_entry_id=first)
    assert codes(refused.value) == {("corrects_entry_id", ALREADY_CORRECTED)}
    assert refused.value.problems[0].params == {"by": correction}
    _entry(store, foundation, corrects_entry_id=correction)


def test_every_problem_at_once_and_nothing_stored(store: Store, foundation: Foundation) -> None:
    other = _entry(store, foundation, employee_id=foundation.unsigned_teacher)
    with pytest.raises(RecordValidationError) as refused:
        _entry(
            store,
            foundation,
            entry_date="25-11-2026",
            subject="",
            direction="sideways",
            corrects_entry_id=other,
        )
    assert codes(refused.value) == {
        ("entry_date", v.DATE_IN_FUTURE),
        ("subject", v.REQUIRED),
        ("direction", v.UNKNOWN_CHOICE),
        ("corrects_entry_id", CORRECTS_OTHER_EMPLOYEE),
    }
    assert refused.value.problems[-1].params == {"name": "Uma Smit"}
    assert list_dossier(store, foundation.teacher) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"employee_id": None}, {("employee_id", v.REQUIRED)}),
        ({"employee_id": 999}, {("employee_id", v.NOT_FOUND)}),
        ({"document": None}, {("document", v.REQUIRED)}),
        ({"corrects_entry_id": 999}, {("corrects_entry_id", v.NOT_FOUND)}),
        ({"entry_date": ""}, {("entry_date", v.REQUIRED)}),
        ({"direction": ""}, {("direction", v.REQUIRED)}),
    ],
)
def test_refused(store: Store, foundation: Foundation, changes, expected) -> None:
    with pytest.raises(RecordValidationError) as refused:
        _entry(store, foundation, **changes)
    assert codes(refused.value) == expected


def test_the_file_is_append_only(store: Store, foundation: Foundation) -> None:
    _entry(store, foundation)
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        store.db.execute("UPDATE dossier_entries SET subject = 'x'")
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        store.db.execute("DELETE FROM dossier_entries")


def test_the_file_is_in_no_export(store: Store, foundation: Foundation, tmp_path: Path) -> None:
    """The Excel overview, both status exports, the worklists PDF and the person's detail
    pane hold nothing of the personnel file."""
    _entry(store, foundation, note=f"{SECRET} notitie")
    secret = SECRET.encode()
    overview = tmp_path / "overzicht.xlsx"
    export_overview(store, overview, TODAY)
    with zipfile.ZipFile(overview) as workbook:
        for member in workbook.namelist():
            assert secret not in workbook.read(member), member
    for excel in (False, True):
        status = tmp_path / f"status-{excel}.csv"
        assert export_status_csv(store, status, TODAY, excel=excel) > 0
        assert secret not in status.read_bytes()
    pdf, _ = worklists_pdf_bytes(store, TODAY)
    assert not any(SECRET in page for page in pages_text(pdf))
    detail = person_detail(store, "employee", foundation.teacher)
    assert detail is not None and SECRET not in repr(detail)
