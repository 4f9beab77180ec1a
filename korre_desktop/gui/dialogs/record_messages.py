"""Dutch sentences for the problems the record services report (codes in domain.validation)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain import validation as v
from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.gui.dialogs.authorisation_messages import authorisation_problem_text
from korre_desktop.gui.dialogs.correspondence_messages import correspondence_problem_text
from korre_desktop.gui.widgets.date_field import date_format_text, impossible_date_text

translate = QCoreApplication.translate


def _required(field: str) -> str:
    texts = {
        "name": translate("RecordMessages", "Fill in the name."),
        "label": translate("RecordMessages", "Fill in the school year, for example 2026-2027."),
        "student_number": translate("RecordMessages", "Fill in the student number."),
        "staff_number": translate("RecordMessages", "Fill in the staff number."),
        "roepnaam": translate("RecordMessages", "Fill in the first name."),
        "achternaam": translate("RecordMessages", "Fill in the last name."),
        "partner_achternaam": translate(
            "RecordMessages", "Fill in the partner's surname, or choose the own surname."
        ),
        "birth_date": translate("RecordMessages", "Fill in the date of birth."),
        "start_date": translate("RecordMessages", "Fill in the start date."),
        "left_date": translate("RecordMessages", "Fill in the leaving date."),
        "school_id": translate("RecordMessages", "Choose a school."),
        "school_year_id": translate("RecordMessages", "Choose a school year."),
        "employment_type": translate("RecordMessages", "Choose the type of employment."),
        "guardian_id": translate("RecordMessages", "Choose a guardian from the list."),
        "platform": translate("RecordMessages", "Choose the platform."),
        "person": translate("RecordMessages", "Choose the person."),
        "scope": translate("RecordMessages", "Choose what the authorisation is for."),
        "account_id": translate("RecordMessages", "Choose an account."),
        "valid_from": translate("RecordMessages", "Fill in from when it is valid."),
        "granted_by_employee_id": translate(
            "RecordMessages", "Choose the member of management who grants it."
        ),
        "report_date": translate("RecordMessages", "Fill in the date."),
        "entry_date": translate("RecordMessages", "Fill in the date."),
        "employee_id": translate("RecordMessages", "Choose the employee."),
        "medium": translate(
            "RecordMessages", "Fill in the medium: the newspaper, broadcaster or website."
        ),
        "subject": translate("RecordMessages", "Fill in the subject."),
        "reported_to_employee_id": translate(
            "RecordMessages", "Choose the member of management it was reported to."
        ),
        "direction": translate("RecordMessages", "Choose whether it was received or sent."),
        "document": translate(
            "RecordMessages", "Add the letter or e-mail: a PDF, a photo or scan, or an e-mail."
        ),
        "ended_on": translate("RecordMessages", "Fill in the date."),
        "withdrawn_on": translate("RecordMessages", "Fill in the date."),
    }
    return texts.get(field) or translate("RecordMessages", "Fill in this field.")


def _shown_date(iso: object) -> str:
    try:
        return format_dutch_date(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def problem_text(problem: FieldProblem) -> str:
    """The sentence shown under the field (or above the form) for one problem."""
    code, params = problem.code, problem.params
    worded = authorisation_problem_text(problem) or correspondence_problem_text(problem)
    if worded is not None:
        return worded
    if (
        code == v.REQUIRED
        and problem.field in ("roepnaam", "achternaam")
        and params.get("fixed_by")
    ):
        # A student or employee needs one of the two names (as the standards allow).
        return translate("RecordMessages", "Fill in the first name or the last name.")
    if code == v.REQUIRED:
        return _required(problem.field)
    if code == v.DATE_FORMAT:
        return date_format_text()
    if code == v.DATE_INVALID:
        return impossible_date_text(str(params.get("text", "")))
    if code == v.DATE_ORDER:
        return translate("RecordMessages", "This date cannot be before %1.").replace(
            "%1", _shown_date(params.get("earliest"))
        )
    if code == v.DATE_IN_FUTURE and problem.field != "birth_date":
        return translate("RecordMessages", "This date cannot be in the future.")
    if code == v.DATE_IN_FUTURE:
        return translate("RecordMessages", "The date of birth cannot be in the future.")
    if code == v.AGE_OUT_OF_RANGE:
        return (
            translate(
                "RecordMessages",
                "With this date of birth the student is %1 years old; check the date (a student is %2 to %3 years old).",  # noqa: E501
            )
            .replace("%1", str(params.get("age", "")))
            .replace("%2", str(params.get("min", "")))
            .replace("%3", str(params.get("max", "")))
        )
    texts = {
        v.UNKNOWN_CHOICE: translate("RecordMessages", "Choose one of the options."),
        v.EMAIL_FORMAT: translate("RecordMessages", "This is not an e-mail address."),
        v.PHONE_FORMAT: translate("RecordMessages", "This is not a phone number."),
        v.BRIN_FORMAT: translate(
            "RecordMessages", "A BRIN number is two digits and two letters, for example 12AB."
        ),
        v.SCHOOL_YEAR_FORMAT: translate("RecordMessages", "Type the school year as 2026-2027."),
        v.NOT_FOUND: translate(
            "RecordMessages", "This record no longer exists; close the window and try again."
        ),
        v.SCHOOL_NAME_TAKEN: translate("RecordMessages", "A school with this name already exists."),
        v.SCHOOL_YEAR_EXISTS: translate("RecordMessages", "School year %1 already exists."),
        v.CLASS_NAME_TAKEN: translate(
            "RecordMessages", "This class already exists at this school in this school year."
        ),
        v.CLASS_WRONG_SCHOOL: translate("RecordMessages", "This class belongs to another school."),
        v.STUDENT_NUMBER_TAKEN: translate(
            "RecordMessages", "Student number %1 already exists at this school (%2)."
        ),
        v.STAFF_NUMBER_TAKEN: translate("RecordMessages", "Staff number %1 already exists (%2)."),
        v.SCHOOL_FIXED: translate(
            "RecordMessages",
            "A student cannot change school here: give them a leaving date and add them at the new school.",  # noqa: E501
        ),
        v.ALREADY_LINKED: translate(
            "RecordMessages", "This guardian is already linked to this student."
        ),
        v.NOT_LINKED: translate("RecordMessages", "This guardian is not linked to this student."),
    }
    text = texts.get(code) or translate("RecordMessages", "This value cannot be saved.")
    if code == v.SCHOOL_YEAR_EXISTS:
        return text.replace("%1", str(params.get("label", "")))
    if code in (v.STUDENT_NUMBER_TAKEN, v.STAFF_NUMBER_TAKEN):
        return text.replace("%1", str(params.get("number", ""))).replace(
            "%2", str(params.get("name", ""))
        )
    return text
