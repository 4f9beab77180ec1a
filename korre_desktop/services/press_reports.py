"""Press reports (the protocol's 2.4): an employee approached by the press after a
social-media message reports it to management at once; the office records the report.

A report is never changed (append-only); management reads them per school.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Final

from korre_desktop.domain import validation as v
from korre_desktop.domain.correspondence import REPORTED_TO_SELF, SCHOOL_AMBIGUOUS
from korre_desktop.domain.people import person_name
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.record_rules import (
    DateValue,
    Row,
    clean,
    management,
    past_date,
    raise_if,
    store_optional_document,
    today_of,
)
from korre_desktop.store import Store
from korre_desktop.store.authorisation_queries import unprefixed

if TYPE_CHECKING:  # reading documents pulls in the image libraries: only when storing one
    from korre_desktop.services.documents import Document


class SchoolDefault(Enum):
    # ``PressReportInput.school_id`` left to the default: the employee's school when they
    # have one (at several schools the report must name one; at none: the foundation).
    EMPLOYEES_SCHOOL = "employees_school"


EMPLOYEES_SCHOOL: Final = SchoolDefault.EMPLOYEES_SCHOOL


@dataclass(kw_only=True)
class PressReportInput:
    report_date: DateValue  # when the press made contact (not ahead of today)
    employee_id: int | None  # who was approached
    school_id: int | SchoolDefault | None = EMPLOYEES_SCHOOL  # None: the foundation
    medium: str  # "Dagblad van het Noorden", "RTV Drenthe"
    subject: str
    reported_to_employee_id: int | None  # management
    note: str = ""
    attachment: Document | None = None  # PDF, image or .eml (services.documents)


@dataclass(frozen=True)
class PressReportRow:
    id: int
    report_date: date
    employee_id: int
    employee_number: str
    employee_name: str
    school_id: int | None
    school_name: str  # "" for the foundation
    medium: str
    subject: str
    reported_to_employee_id: int
    reported_to_name: str
    reported_to_function: str
    note: str
    attachment_sha256: str | None
    attachment_name: str
    entered_by: str
    entered_at: str


def _school(
    store: Store, data: PressReportInput, employee: Row | None
) -> tuple[int | None, FieldProblem | None]:
    if data.school_id is not EMPLOYEES_SCHOOL:
        if data.school_id is not None and store.records.school(data.school_id) is None:
            return None, FieldProblem("school_id", v.NOT_FOUND)
        return data.school_id, None
    if employee is None:
        return None, None
    school_ids = store.records.employee_school_ids(employee["id"])
    if len(school_ids) > 1:
        names = sorted(store.records.school(school_id)["name"] for school_id in school_ids)
        return None, FieldProblem("school_id", SCHOOL_AMBIGUOUS, {"schools": names})
    return (school_ids[0] if school_ids else None), None


def add_press_report(store: Store, data: PressReportInput, today: date | None = None) -> int:
    """Record a press report (and its attachment) in one transaction; returns its id.

    Refused with every problem at once (``RecordValidationError``), nothing stored:
    ``report_date`` REQUIRED, DATE_FORMAT, DATE_INVALID, DATE_IN_FUTURE; ``employee_id``
    REQUIRED, NOT_FOUND; ``school_id`` NOT_FOUND, SCHOOL_AMBIGUOUS (left to the default
    for an employee at several schools); ``medium``, ``subject`` REQUIRED;
    ``reported_to_employee_id`` REQUIRED, NOT_FOUND, NOT_MANAGEMENT, REPORTED_TO_SELF.
    """
    day = today_of(store, today)
    medium, subject = clean(data.medium), clean(data.subject)
    reported, date_problem = past_date("report_date", data.report_date, day, required=True)
    with store.transaction():
        employee = None
        employee_problem = v.check_required("employee_id", data.employee_id)
        if data.employee_id is not None:
            employee = store.records.employee_row(data.employee_id)
            if employee is None:
                employee_problem = FieldProblem("employee_id", v.NOT_FOUND)
        school_id, school_problem = _school(store, data, employee)
        to_field = "reported_to_employee_id"
        receiver, receiver_problem = management(store, to_field, data.reported_to_employee_id)
        if receiver is not None and employee is not None and receiver["id"] == employee["id"]:
            params = {"name": person_name(employee)}
            receiver_problem = FieldProblem(to_field, REPORTED_TO_SELF, params)
        raise_if(
            [
                date_problem,
                employee_problem,
                school_problem,
                v.check_required("medium", medium),
                v.check_required("subject", subject),
                receiver_problem,
            ]
        )
        assert reported is not None
        attachment, attachment_name = store_optional_document(store, data.attachment)
        assert data.employee_id is not None and data.reported_to_employee_id is not None
        return store.correspondence.add_press_report(
            report_date=reported,
            employee_id=data.employee_id,
            school_id=school_id,
            medium=medium,
            subject=subject,
            reported_to_employee_id=data.reported_to_employee_id,
            note=data.note.strip(),
            attachment_sha256=attachment,
            attachment_name=attachment_name,
        )


def list_press_reports(
    store: Store, school_id: int | None = None, *, foundation: bool = False
) -> list[PressReportRow]:
    """The press reports, newest first: of one school, or with ``foundation`` those of the
    foundation itself; all without either."""
    return [
        report
        for report in map(_report_row, store.correspondence.press_reports())
        if (school_id is None or report.school_id == school_id)
        and (not foundation or report.school_id is None)
    ]


def _report_row(row: Row) -> PressReportRow:
    return PressReportRow(
        id=row["id"],
        report_date=date.fromisoformat(row["report_date"]),
        employee_id=row["employee_id"],
        employee_number=row["staff_number"],
        employee_name=person_name(unprefixed(row, "e_")),
        school_id=row["school_id"],
        school_name=row["school_name"],
        medium=row["medium"],
        subject=row["subject"],
        reported_to_employee_id=row["reported_to_employee_id"],
        reported_to_name=person_name(unprefixed(row, "t_")),
        reported_to_function=row["reported_to_function"],
        note=row["note"],
        attachment_sha256=row["attachment_sha256"],
        attachment_name=row["attachment_name"],
        entered_by=row["entered_by"],
        entered_at=row["entered_at"],
    )
