"""Checks on what a user typed into a record: plain data in, a list of problems out.

Every check returns a ``FieldProblem`` or ``None``, so a form can collect all problems at
once and show each next to its field. The codes are stable identifiers; the GUI turns them
into Dutch sentences, the service layer stays free of wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from korre_desktop.domain.dates import ImpossibleDateError, parse_dutch_date
from korre_desktop.domain.people import age_on

# Codes for problems with a single value.
REQUIRED = "required"
DATE_FORMAT = "date_format"  # not written as dd-mm-jjjj
DATE_INVALID = "date_invalid"  # right shape, no such day (31-02-2026)
DATE_ORDER = "date_order"  # before the date it must follow; params: earliest
DATE_IN_FUTURE = "date_in_future"
AGE_OUT_OF_RANGE = "age_out_of_range"  # params: age, min, max
UNKNOWN_CHOICE = "unknown_choice"
EMAIL_FORMAT = "email_format"
PHONE_FORMAT = "phone_format"
BRIN_FORMAT = "brin_format"
SCHOOL_YEAR_FORMAT = "school_year_format"

# Codes that need the database to decide (raised by the service layer).
NOT_FOUND = "not_found"
SCHOOL_NAME_TAKEN = "school_name_taken"
SCHOOL_YEAR_EXISTS = "school_year_exists"
CLASS_NAME_TAKEN = "class_name_taken"
CLASS_WRONG_SCHOOL = "class_wrong_school"
STUDENT_NUMBER_TAKEN = "student_number_taken"  # params: name (of the student who has it)
STAFF_NUMBER_TAKEN = "staff_number_taken"  # params: name
SCHOOL_FIXED = "school_fixed"
ALREADY_LINKED = "already_linked"
NOT_LINKED = "not_linked"

STUDENT_MIN_AGE = 2
STUDENT_MAX_AGE = 30

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[\d\s().-]+")
_BRIN = re.compile(r"\d{2}[A-Z]{2}")
MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field of a form: ``field`` names the input's attribute.

    ``params["fixed_by"]``, when given, names the fields whose change may solve it (a
    form clears the message when any of them changes).
    """

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)


def first_problems(problems: Iterable[FieldProblem | None]) -> list[FieldProblem]:
    """The problems that are there, at most one per field (the first found)."""
    found: dict[str, FieldProblem] = {}
    for problem in problems:
        if problem is not None and problem.field not in found:
            found[problem.field] = problem
    return list(found.values())


def check_required(name: str, value: object) -> FieldProblem | None:
    """Missing: None, an empty or blank string, or an empty collection."""
    if value is None:
        return FieldProblem(name, REQUIRED)
    if isinstance(value, str) and not value.strip():
        return FieldProblem(name, REQUIRED)
    if isinstance(value, list | tuple | set | frozenset) and not value:
        return FieldProblem(name, REQUIRED)
    return None


def check_some_name(roepnaam: str, achternaam: str) -> list[FieldProblem]:
    """A person needs a surname or a first name (as EDEXML and the NEN 1888 allow: a
    student known only as "Wimpie"); both empty is a problem on both fields."""
    if roepnaam.strip() or achternaam.strip():
        return []
    either = {"fixed_by": ("roepnaam", "achternaam")}
    return [
        FieldProblem("roepnaam", REQUIRED, either),
        FieldProblem("achternaam", REQUIRED, either),
    ]


def parse_date_field(
    name: str, value: date | str | None, *, required: bool
) -> tuple[date | None, FieldProblem | None]:
    """A date typed as dd-mm-jjjj (or already a date); blank is None or a REQUIRED problem."""
    if isinstance(value, date):
        return value, None
    if value is None or not value.strip():
        return None, FieldProblem(name, REQUIRED) if required else None
    try:
        return parse_dutch_date(value), None
    except ImpossibleDateError:
        return None, FieldProblem(name, DATE_INVALID, {"text": value.strip()})
    except ValueError:
        return None, FieldProblem(name, DATE_FORMAT, {"text": value.strip()})


def check_date_order(
    later_name: str, later: date | None, earliest: date | None
) -> FieldProblem | None:
    """``later`` may fall on ``earliest`` but not before it; a missing date is no problem."""
    if later is None or earliest is None or later >= earliest:
        return None
    return FieldProblem(later_name, DATE_ORDER, {"earliest": earliest.isoformat()})


def check_birth_date(
    name: str,
    birth_date: date | None,
    today: date,
    min_age: int = STUDENT_MIN_AGE,
    max_age: int = STUDENT_MAX_AGE,
) -> FieldProblem | None:
    """Plausible for a student: not in the future, and between ``min_age`` and ``max_age``
    (inclusive) on ``today``."""
    if birth_date is None:
        return None
    if birth_date > today:
        return FieldProblem(name, DATE_IN_FUTURE)
    age = age_on(birth_date, today)
    if not min_age <= age <= max_age:
        return FieldProblem(name, AGE_OUT_OF_RANGE, {"age": age, "min": min_age, "max": max_age})
    return None


def check_choice(name: str, value: str, choices: Iterable[str]) -> FieldProblem | None:
    if not value:
        return FieldProblem(name, REQUIRED)
    return None if value in set(choices) else FieldProblem(name, UNKNOWN_CHOICE, {"value": value})


def check_email(name: str, value: str) -> FieldProblem | None:
    """Optional; when given it must look like an address (the mail server decides the rest)."""
    text = value.strip()
    if not text or _EMAIL.fullmatch(text):
        return None
    return FieldProblem(name, EMAIL_FORMAT)


def check_phone(name: str, value: str) -> FieldProblem | None:
    """Optional; digits with the usual separators and an optional leading +."""
    text = value.strip()
    if not text:
        return None
    digits = sum(c.isdigit() for c in text)
    if _PHONE.fullmatch(text) and digits >= MIN_PHONE_DIGITS:
        return None
    return FieldProblem(name, PHONE_FORMAT)


def check_brin(name: str, value: str) -> FieldProblem | None:
    """Optional; a BRIN number is two digits and two letters (12AB)."""
    text = value.strip().upper()
    if not text or _BRIN.fullmatch(text):
        return None
    return FieldProblem(name, BRIN_FORMAT)
