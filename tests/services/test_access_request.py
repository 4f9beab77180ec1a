"""The access request (AVG art. 15): everything about one person in one ZIP (a Dutch PDF,
the same data as JSON, the evidence files), nothing about anyone else, and logged."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image

from korre_desktop.domain.roles import PERMISSIONS, Permission, Role, SignedIn
from korre_desktop.errors import NotAllowedError
from korre_desktop.services import access_log, dossier
from korre_desktop.services.access_request import OMITTED_DOSSIER, collect
from korre_desktop.services.access_request_export import (
    JSON_NAME,
    PDF_NAME,
    AccessExportFileError,
    export_access_request,
)
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.demo_document import placeholder_pdf
from korre_desktop.services.pdf.layout import MONTHS
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.store import Store
from tests.fifo import make_fifo, needs_fifo

DAY = date(2026, 11, 24)
MADE = datetime(2026, 11, 24, 10, 30)


def picture(colour: str, size: tuple[int, int] = (300, 420)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def full_name(row: dict[str, Any]) -> str:
    return " ".join(
        part for part in (row["roepnaam"], row["tussenvoegsel"], row["achternaam"]) if part
    )


class Demo:
    """A demo foundation with evidence: the target student's own forms and photos, a
    scan shared with another child ("the sibling"), and the sibling's own scan."""

    def __init__(self, store: Store) -> None:
        self.store = store
        generate_demo(store, students=90, employees=10, seed=5, today=DAY)
        self.student = store.rows(
            """SELECT s.id FROM students s WHERE EXISTS (SELECT 1 FROM consent_statements c
                   WHERE c.student_id = s.id AND c.signer_role = 'guardian')
               ORDER BY s.id LIMIT 1"""
        )[0]["id"]
        self.sibling = store.rows(
            "SELECT id FROM students WHERE id <> ? ORDER BY id DESC LIMIT 1", [self.student]
        )[0]["id"]
        guardian = store.people.guardians_of(self.student)[0]["id"]
        sibling_row = store.records.student_row(self.sibling)
        with store.transaction():
            self.own_scan = store.put_blob(picture("white"), "image/jpeg")
            self.shared_scan = store.put_blob(picture("yellow"), "image/jpeg")
            self.signature_photo = store.put_blob(picture("grey", (500, 300)), "image/jpeg")
            # the sibling's own form names the sibling in its text
            self.sibling_scan = store.put_blob(
                placeholder_pdf([f"Toestemming voor {full_name(sibling_row)}"]), "application/pdf"
            )
            self.statement(self.student, guardian, self.own_scan, "2026-10-01")
            self.statement(self.student, guardian, self.shared_scan, "2026-10-02")
            self.statement(self.sibling, guardian, self.shared_scan, "2026-10-02")
            self.statement(self.sibling, guardian, self.sibling_scan, "2026-10-03")
            version = store.consent.protocol_versions()[-1]["id"]
            store.insert(
                "protocol_signatures",
                {
                    "person_kind": "student",
                    "student_id": self.student,
                    "version_id": version,
                    "signed_date": "2026-10-05",
                    "place": "Assen",
                    "evidence_sha256": self.signature_photo,
                    "source": "paper",
                    "entered_by": "test",
                    "entered_at": "2026-10-05T09:00:00",
                },
            )
            trip = store.groups.add_group(name="Schoolreis Drouwen", trip_date=DAY, school_id=None)
            store.groups.add_member(trip, self.student)
            store.groups.add_member(trip, self.sibling)
        store.update(
            "students",
            self.student,
            {"roepnaam": store.records.student_row(self.student)["roepnaam"] + "je"},
        )
        access_log.record_detail(store, "student", self.student)
        access_log.record(
            store,
            access_log.PRINT,
            access_log.NO_PHOTO_LIST,
            [("student", self.student), ("student", self.sibling)],
            scope="Groep 5",
        )
        access_log.record_detail(store, "student", self.sibling)

    def statement(self, student: int, guardian: int, evidence: str, signed: str) -> int:
        form = self.store.consent.form_versions()[-1]
        codes = [
            row["code"]
            for row in self.store.consent.form_items()
            if row["form_version_id"] == form["id"]
        ]
        return self.store.insert(
            "consent_statements",
            {
                "subject_kind": "student",
                "student_id": student,
                "signer_role": "guardian",
                "guardian_id": guardian,
                "signed_date": signed,
                "form_version_id": form["id"],
                "answers": json.dumps({code: index % 3 != 0 for index, code in enumerate(codes)}),
                "source": "scan",
                "evidence_sha256": evidence,
                "entered_by": "test",
                "entered_at": f"{signed}T10:00:00",
            },
        )


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    store = Store.create(tmp_path / "korre.sqlite", actor="test")
    try:
        yield Demo(store)
    finally:
        store.close()


def export(store: Store, kind: str, person_id: int, target: Path) -> dict[str, bytes]:
    export_access_request(store, kind, person_id, target, DAY, generated_at=MADE)
    with zipfile.ZipFile(target) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def strings(value: Any) -> Iterator[str]:
    """Every text in a JSON value: keys and string values."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


LONG_DATE = re.compile(rf"\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}")


def texts_of(files: dict[str, bytes]) -> dict[str, str]:
    """The readable text of every file in the ZIP (the PDFs' text, the JSON's strings,
    anything else as UTF-8 where it decodes)."""
    found = {}
    for name, data in files.items():
        if name.endswith(".pdf"):
            found[name] = LONG_DATE.sub("", pdf_text(data))  # "24 november 2026": no number
        elif name.endswith(".json"):
            found[name] = "\n".join(strings(json.loads(data)))
        else:
            found[name] = data.decode("utf-8", "ignore")
    return found


def leaks(files: dict[str, bytes], people: list[dict[str, Any]]) -> list[str]:
    texts = texts_of(files)
    found = []
    for row in people:
        number = re.compile(rf"(?<![\w-]){re.escape(row['student_number'])}(?![\w-])")
        for name, text in texts.items():
            if full_name(row) in text:
                found.append(f"{name}: the name {full_name(row)}")
            if number.search(text):
                found.append(f"{name}: the number {row['student_number']}")
    return found


def test_a_demo_students_export_holds_all_their_statements_and_evidence(demo, tmp_path) -> None:
    store = demo.store
    files = export(store, "student", demo.student, tmp_path / "inzage.zip")
    data = json.loads(files[JSON_NAME])
    assert list(data)[:4] == ["format", "kind", "made_on", "made_by"]
    assert data["made_on"] == DAY.isoformat()
    stored = store.consent.statements_of("student", demo.student)
    assert [s["signed_date"] for s in data["statements"]] == [s["signed_date"] for s in stored]
    for written, row in zip(data["statements"], stored, strict=True):
        answers = {a["code"]: a["answer"] for a in written["answers"]}
        assert answers == json.loads(row["answers"])
        assert all(
            a["channel_label"] and a["channel_label"] != a["channel"] for a in written["answers"]
        )
    # every file linked to the student's rows, once, byte for byte; nothing else
    linked = {s["evidence_sha256"] for s in stored if s["evidence_sha256"]}
    linked |= {
        s["evidence_sha256"]
        for s in store.consent.signatures_of("student", demo.student)
        if s["evidence_sha256"]
    }
    assert linked == {demo.own_scan, demo.shared_scan, demo.signature_photo}
    evidence = {name: body for name, body in files.items() if name.startswith("bewijs/")}
    assert sorted(evidence) == [
        "bewijs/01-toestemming.jpg",
        "bewijs/02-toestemming.jpg",
        "bewijs/03-protocol.jpg",
    ]
    assert sorted(evidence.values()) == sorted(store.blob(sha) for sha in linked)
    assert {f["sha256"] for f in data["evidence"]} == linked
    assert demo.sibling_scan not in files[JSON_NAME].decode()
    # the PDF: Dutch, the channels as the form words them, the evidence pictures in it
    text = pdf_text(files[PDF_NAME])
    assert "Inzage in uw gegevens" in text and "Toestemming voor foto, film en geluid" in text
    assert "Website van de school" in text and "Schoolreis Drouwen" in text
    assert "bewijs/01-toestemming.jpg" in text
    document = pdfium.PdfDocument(files[PDF_NAME])
    images = sum(
        1
        for page in document
        for obj in page.get_objects()
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE
    )
    document.close()
    assert images == 3
    assert (
        data["guardians"]
        and data["enrolments"]
        and data["trip_groups"][0]["name"] == "Schoolreis Drouwen"
    )
    assert any(c["table"] == "students" and c["action"] == "update" for c in data["changes"])
    assert {r["category"] for r in data["retention"]} == {
        "student_records",
        "consent",
        "access_log",
    }
    assert data["omitted"] == []


def test_nothing_of_other_children_is_in_any_file(demo, tmp_path) -> None:
    store = demo.store
    files = export(store, "student", demo.student, tmp_path / "inzage.zip")
    me = store.records.student_row(demo.student)
    others = [
        row
        for row in store.rows("SELECT * FROM students WHERE id <> ?", [demo.student])
        if full_name(row) != full_name(me)
    ]
    assert len(others) > 80
    assert leaks(files, others) == []
    # the check finds a name and a number where they are
    sibling = store.records.student_row(demo.sibling)
    assert leaks(
        {"x.json": json.dumps({"n": f"{full_name(sibling)} {sibling['student_number']}"}).encode()},
        [sibling],
    )


def test_the_access_log_part_names_only_this_person(demo, tmp_path) -> None:
    files = export(demo.store, "student", demo.student, tmp_path / "inzage.zip")
    entries = json.loads(files[JSON_NAME])["access_log"]
    assert [(e["action"], e["what"], e["people_count"]) for e in entries] == [
        ("person_detail", "person_detail", 1),
        ("print", "no_photo_list", 2),
    ]
    assert f"student:{demo.sibling}" not in files[JSON_NAME].decode()


def test_the_export_is_logged_with_the_person(demo, tmp_path) -> None:
    before = access_log.entries(demo.store, action=access_log.EXPORT)
    export(demo.store, "student", demo.student, tmp_path / "inzage.zip")
    after = access_log.entries(demo.store, action=access_log.EXPORT)
    assert len(after) == len(before) + 1
    entry = after[0]
    assert (entry.what, entry.people_count, entry.person_refs) == (
        access_log.ACCESS_REQUEST,
        1,
        (f"student:{demo.student}",),
    )


def employee_with_dossier(store: Store) -> int:
    return store.rows("SELECT employee_id FROM dossier_entries ORDER BY id LIMIT 1")[0][
        "employee_id"
    ]


def test_an_employee_export_holds_their_records_and_personnel_file(demo, tmp_path) -> None:
    store = demo.store
    employee = employee_with_dossier(store)
    files = export(store, "employee", employee, tmp_path / "medewerker.zip")
    data = json.loads(files[JSON_NAME])
    entries = dossier.list_dossier(store, employee)
    assert [d["subject"] for d in data["dossier"]] == [e.subject for e in entries]
    assert data["number"] == store.records.employee_row(employee)["staff_number"]
    assert data["schools"] and data["person"]["function"]
    documents = {e.document_sha256 for e in entries if e.document_sha256}
    assert documents <= {f["sha256"] for f in data["evidence"]}
    assert any(name.endswith("-dossier.eml") for name in files)
    text = pdf_text(files[PDF_NAME])
    assert "Personeelsdossier" in text and entries[0].subject in text
    assert {r["category"] for r in data["retention"]} >= {"staff_records", "breach_correspondence"}
    others = store.rows("SELECT * FROM students")
    assert leaks(files, others) == []


def test_the_personnel_file_is_left_out_for_a_role_that_may_not_read_it(
    demo, tmp_path, monkeypatch
) -> None:
    store = demo.store
    # management that may answer access requests, but not read the personnel file
    monkeypatch.setitem(
        PERMISSIONS, Role.DIRECTIE, PERMISSIONS[Role.DIRECTIE] | {Permission.ACCESS_REQUEST}
    )
    monkeypatch.setattr(Store, "signed_in", lambda self: SignedIn("directeur", Role.DIRECTIE))
    employee = employee_with_dossier(store)
    entries = dossier.list_dossier(store, employee)
    files = export(store, "employee", employee, tmp_path / "medewerker.zip")
    data = json.loads(files[JSON_NAME])
    assert data["dossier"] == [] and OMITTED_DOSSIER in data["omitted"]
    assert data["changes"] == [] and data["access_log"] == []
    assert not any(name.endswith("-dossier.eml") for name in files)
    documents = {e.document_sha256 for e in entries}
    assert not documents & {f["sha256"] for f in data["evidence"]}
    everything = "\n".join(texts_of(files).values())
    assert all(entry.subject not in everything for entry in entries)
    assert "mag deze gegevens met zijn of haar rol niet inzien" in pdf_text(files[PDF_NAME])


def test_a_role_without_the_permission_is_refused_and_nothing_is_written(
    demo, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(Store, "signed_in", lambda self: SignedIn("juf", Role.LEERKRACHT))
    before = len(access_log.entries(demo.store))
    target = tmp_path / "inzage.zip"
    with pytest.raises(NotAllowedError, match="not allowed as leerkracht"):
        export_access_request(demo.store, "student", demo.student, target, DAY)
    with pytest.raises(NotAllowedError):
        collect(demo.store, "student", demo.student, DAY)
    assert not target.exists()
    assert len(access_log.entries(demo.store)) == before


@needs_fifo
def test_a_target_that_is_no_file_is_refused_before_any_work(demo, tmp_path) -> None:
    fifo = make_fifo(tmp_path / "pipe.zip")
    folder = tmp_path / "map.zip"
    folder.mkdir()
    before = len(access_log.entries(demo.store))
    for target, reason in (
        (fifo, "special"),
        (folder, "folder"),
        (tmp_path / "missing" / "x.zip", "folder_missing"),
    ):
        with pytest.raises(AccessExportFileError) as caught:
            export_access_request(demo.store, "student", demo.student, target, DAY)
        assert caught.value.reason == reason
    assert len(access_log.entries(demo.store)) == before


def test_cancelling_leaves_no_file_and_logs_nothing(demo, tmp_path) -> None:
    steps: list[str] = []

    def report(done: int, total: int, label: str) -> None:
        steps.append(label)

    progress = Progress(report, is_cancelled=lambda: "zip" in steps)
    before = len(access_log.entries(demo.store))
    with pytest.raises(Cancelled):
        export_access_request(
            demo.store, "student", demo.student, tmp_path / "x.zip", DAY, progress
        )
    assert list(tmp_path.glob("x*")) == [] and not any(
        "partial" in p.name for p in tmp_path.iterdir()
    )
    assert len(access_log.entries(demo.store)) == before
