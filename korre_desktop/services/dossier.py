"""The personnel file on this subject (the protocol's closing paragraph): every letter and
e-mail about an employee's breach of the protocol, received or sent.

Append-only: an entry is never changed or removed; a correction is a new entry pointing
at the one it corrects (``corrects_entry_id``), and the list marks the corrected one.

Confidential: only this module reads the personnel file. No export, printed list, status
file or detail pane includes it (tests check the Excel overview and the status export);
the window shows it in a view of its own, and later only to the roles ``directie`` and
``beheerder``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from korre_desktop.domain import validation as v
from korre_desktop.domain.correspondence import (
    ALREADY_CORRECTED,
    CORRECTS_OTHER_EMPLOYEE,
    DIRECTIONS,
)
from korre_desktop.domain.people import person_name
from korre_desktop.domain.roles import Permission
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.record_rules import (
    DateValue,
    Row,
    clean,
    past_date,
    raise_if,
    store_optional_document,
    today_of,
)
from korre_desktop.store import Store

if TYPE_CHECKING:  # reading documents pulls in the image libraries: only when storing one
    from korre_desktop.services.documents import Document


@dataclass(kw_only=True)
class DossierEntryInput:
    employee_id: int | None
    entry_date: DateValue  # the letter's or e-mail's date (not ahead of today)
    subject: str
    direction: str  # "in" (received) or "out" (sent): domain.correspondence.Direction
    # PDF, image, .eml or Outlook .msg (services.documents, read with outlook=True);
    # required, except for a correction (which may only fix the date or subject)
    document: Document | None = None
    note: str = ""
    corrects_entry_id: int | None = None


@dataclass(frozen=True)
class DossierEntryRow:
    id: int
    employee_id: int
    entry_date: date
    subject: str
    direction: str
    document_sha256: str | None
    document_name: str
    note: str
    corrects_entry_id: int | None
    corrected_by_id: int | None  # the later entry correcting this one, if any
    entered_by: str
    entered_at: str

    @property
    def corrected(self) -> bool:
        return self.corrected_by_id is not None


def _correction_problem(
    store: Store, employee_id: int | None, corrects: int | None
) -> FieldProblem | None:
    if corrects is None:
        return None
    field = "corrects_entry_id"
    entry = store.correspondence.dossier_entry(corrects)
    if entry is None:
        return FieldProblem(field, v.NOT_FOUND)
    if employee_id is not None and entry["employee_id"] != employee_id:
        owner = store.records.employee_row(entry["employee_id"])
        name = person_name(owner) if owner is not None else ""
        return FieldProblem(field, CORRECTS_OTHER_EMPLOYEE, {"name": name})
    if entry["corrected_by"] is not None:
        # Corrections form one line: the next one corrects the latest.
        return FieldProblem(field, ALREADY_CORRECTED, {"by": entry["corrected_by"]})
    return None


def add_dossier_entry(store: Store, data: DossierEntryInput, today: date | None = None) -> int:
    """Add an entry (and its document) to an employee's personnel file in one transaction;
    returns its id.

    Refused with every problem at once (``RecordValidationError``), nothing stored:
    ``employee_id`` REQUIRED, NOT_FOUND; ``entry_date`` REQUIRED, DATE_FORMAT,
    DATE_INVALID, DATE_IN_FUTURE; ``subject`` REQUIRED; ``direction`` REQUIRED,
    UNKNOWN_CHOICE; ``document`` REQUIRED (unless it is a correction);
    ``corrects_entry_id`` NOT_FOUND, CORRECTS_OTHER_EMPLOYEE, ALREADY_CORRECTED.
    """
    day = today_of(store, today)
    subject = clean(data.subject)
    entry_date, date_problem = past_date("entry_date", data.entry_date, day, required=True)
    with store.transaction():
        employee_problem = v.check_required("employee_id", data.employee_id)
        if data.employee_id is not None and store.records.employee_row(data.employee_id) is None:
            employee_problem = FieldProblem("employee_id", v.NOT_FOUND)
        document_problem = (
            v.check_required("document", data.document) if data.corrects_entry_id is None else None
        )
        raise_if(
            [
                employee_problem,
                date_problem,
                v.check_required("subject", subject),
                v.check_choice("direction", data.direction, DIRECTIONS),
                document_problem,
                _correction_problem(store, data.employee_id, data.corrects_entry_id),
            ]
        )
        assert entry_date is not None
        document, document_name = store_optional_document(store, data.document)
        assert data.employee_id is not None
        return store.correspondence.add_dossier_entry(
            employee_id=data.employee_id,
            entry_date=entry_date,
            subject=subject,
            direction=data.direction,
            document_sha256=document,
            document_name=document_name,
            note=data.note.strip(),
            corrects_entry_id=data.corrects_entry_id,
        )


def may_read(store: Store) -> bool:
    """Whether the one signed in may read the personnel file: who may change records and
    read the staff (the beheerder, the office), as the window's Personeelsdossier."""
    signed_in = store.signed_in()
    return signed_in.may(Permission.EDIT_RECORDS) and signed_in.may(Permission.READ_EMPLOYEES)


def list_dossier(store: Store, employee_id: int) -> list[DossierEntryRow]:
    """The employee's personnel file on this subject, oldest first, each entry saying
    which later entry corrects it."""
    return [_entry_row(row) for row in store.correspondence.dossier_entries(employee_id)]


def _entry_row(row: Row) -> DossierEntryRow:
    return DossierEntryRow(
        id=row["id"],
        employee_id=row["employee_id"],
        entry_date=date.fromisoformat(row["entry_date"]),
        subject=row["subject"],
        direction=row["direction"],
        document_sha256=row["document_sha256"],
        document_name=row["document_name"],
        note=row["note"],
        corrects_entry_id=row["corrects_entry_id"],
        corrected_by_id=row["corrected_by"],
        entered_by=row["entered_by"],
        entered_at=row["entered_at"],
    )
