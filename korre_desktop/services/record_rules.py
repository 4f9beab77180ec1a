"""Checks the protocol-record services share (accounts, authorisations, press reports and
the personnel file): cleaning text, dates that may not lie ahead, an employee who must be
management, and raising every problem at once.

All raise or return ``FieldProblem``s (codes, never sentences); ``RecordValidationError``
carries them to the window, which words them beside their fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import NOT_MANAGEMENT, is_management
from korre_desktop.domain.people import person_name
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.records import RecordValidationError
from korre_desktop.store import Store

if TYPE_CHECKING:
    from korre_desktop.services.documents import Document

DateValue = date | str | None
Row = dict[str, Any]


def clean(text: str | None) -> str:
    """Surrounding spaces off, runs of spaces inside made one."""
    return " ".join((text or "").split())


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def optional_date(text: str | None) -> date | None:
    """A stored date (ISO text or NULL) read back."""
    return date.fromisoformat(text) if text else None


def raise_if(problems: Iterable[FieldProblem | None]) -> None:
    """Raise every problem found (at most one per field) in one RecordValidationError."""
    found = v.first_problems(problems)
    if found:
        raise RecordValidationError(found)


def today_of(store: Store, today: date | None) -> date:
    return today or store.clock().date()


def past_date(
    field: str, value: DateValue, today: date, *, required: bool
) -> tuple[date | None, FieldProblem | None]:
    """A date typed (or given) for something that happened: not after ``today``."""
    day, problem = v.parse_date_field(field, value, required=required)
    if problem is None and day is not None and day > today:
        problem = FieldProblem(field, v.DATE_IN_FUTURE)
    return day, problem


def management(
    store: Store, field: str, employee_id: int | None, *, required: bool = True
) -> tuple[Row | None, FieldProblem | None]:
    """The employee with ``employee_id`` when they are management (``is_management`` of
    their function); else a problem: REQUIRED, NOT_FOUND, or NOT_MANAGEMENT naming them
    and their function."""
    if employee_id is None:
        return None, FieldProblem(field, v.REQUIRED) if required else None
    row = store.records.employee_row(employee_id)
    if row is None:
        return None, FieldProblem(field, v.NOT_FOUND)
    if not is_management(row["function"]):
        params = {"name": person_name(row), "function": row["function"]}
        return row, FieldProblem(field, NOT_MANAGEMENT, params)
    return row, None


def store_optional_document(store: Store, document: Document | None) -> tuple[str | None, str]:
    """Store a document if there is one (inside the caller's transaction): its SHA-256 and
    file name, or (None, "")."""
    if document is None:
        return None, ""
    # Imported here: reading documents pulls in the image libraries, which the lists and
    # the worklists of these records never need.
    from korre_desktop.services import documents

    return documents.store_document(store, document), documents.document_name(document)
