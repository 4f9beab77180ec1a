"""Everything the detail pane shows about one person: record, links and full history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from korre_desktop.domain.people import person_name
from korre_desktop.store import Store

Row = dict[str, Any]


@dataclass
class StatementView:
    signed_date: str
    signer_role: str
    signer_name: str
    form_label: str
    source: str
    note: str
    entered_by: str
    entered_at: str
    evidence_sha256: str | None
    answers: dict[str, bool | None]
    counts: bool = True  # False for a guardian without parental authority
    form_id: int | None = None  # the consent form version it was signed on


@dataclass
class PersonDetail:
    kind: str
    id: int
    record: Row
    guardians: list[Row] = field(default_factory=list)
    enrolments: list[Row] = field(default_factory=list)
    classes_taught: list[Row] = field(default_factory=list)  # an employee's classes
    statements: list[StatementView] = field(default_factory=list)
    signatures: list[Row] = field(default_factory=list)
    changes: list[Row] = field(default_factory=list)


def person_detail(store: Store, kind: str, person_id: int) -> PersonDetail | None:
    if kind == "student":
        record = store.people.student(person_id)
    elif kind == "employee":
        record = store.people.employee(person_id)
    else:
        raise ValueError(f"unknown person kind: {kind}")
    if record is None:
        return None
    detail = PersonDetail(kind=kind, id=person_id, record=record)
    guardian_names: dict[int, tuple[str, bool]] = {}
    if kind == "student":
        detail.guardians = store.people.guardians_of(person_id)
        detail.enrolments = store.people.enrolments_of(person_id)
        guardian_names = {
            g["id"]: (
                person_name(g),
                bool(g["parental_authority"]),
            )
            for g in detail.guardians
        }
    if kind == "employee":
        detail.classes_taught = store.records.classes_taught(person_id)
    for row in store.consent.statements_of(kind, person_id):
        name, counts = row["signer_name"], True
        if row["guardian_id"] is not None and row["guardian_id"] in guardian_names:
            name, counts = guardian_names[row["guardian_id"]]
            name = row["signer_name"] or name
        detail.statements.append(
            StatementView(
                signed_date=row["signed_date"],
                signer_role=row["signer_role"],
                signer_name=name,
                form_label=row["form_label"],
                source=row["source"],
                note=row["note"],
                entered_by=row["entered_by"],
                entered_at=row["entered_at"],
                evidence_sha256=row["evidence_sha256"],
                answers=json.loads(row["answers"]),
                counts=counts,
                form_id=row["form_version_id"],
            )
        )
    detail.signatures = store.consent.signatures_of(kind, person_id)
    table = "students" if kind == "student" else "employees"
    detail.changes = store.people.audit_for(table, person_id)
    return detail
