"""What the protocol-record commands share (``school``, ``account``, ``authorisation``,
``press-report``, ``dossier``): finding schools and people by name or number, reading a
document before the database is opened, and one English line for the problems a service
reports (its ``FieldProblem`` codes, named by the command's options).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from korre_desktop.errors import InputError

if TYPE_CHECKING:
    from korre_desktop.domain.validation import FieldProblem
    from korre_desktop.services.authorisations import PersonRef
    from korre_desktop.services.documents import Document
    from korre_desktop.store import Store


def add_owner_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--school NAME | --foundation``: whose account, report or authorisation it is."""
    owner = parser.add_mutually_exclusive_group(required=required)
    owner.add_argument("--school", metavar="NAME", help="a school of the foundation")
    owner.add_argument("--foundation", action="store_true", help="the foundation itself")


def school_id(store: Store, name: str) -> int:
    """The school named ``name`` (case and surrounding spaces aside)."""
    found = store.records.school_named(name)
    if found is None:
        names = ", ".join(school["name"] for school in store.people.schools()) or "none"
        raise InputError(f"unknown school: {name!r} (there are: {names})")
    return found["id"]


def employee_id(store: Store, number: str, option: str) -> int:
    """The employee with staff number ``number`` (left or not)."""
    found = store.records.employee_with_number(number.strip())
    if found is None:
        raise InputError(f"{option}: no employee with staff number {number!r}")
    return found["id"]


def student_id(store: Store, number: str, school: str | None) -> int:
    """The student with ``number`` (left or not); ``school`` when two schools use it."""
    found = store.records.students_with_number(number.strip())
    if school is not None:
        wanted = store.records.school_named(school)
        found = [row for row in found if wanted is not None and row["school_id"] == wanted["id"]]
    if not found:
        at = f" at {school}" if school else ""
        raise InputError(f"--student: no student with number {number!r}{at}")
    if len(found) > 1:
        schools = ", ".join(row["school"] for row in found)
        raise InputError(
            f"--student: number {number} is used at several schools ({schools}):"
            " name one with --student-school"
        )
    return found[0]["id"]


def person(store: Store, args: argparse.Namespace) -> PersonRef:
    """``--employee NUMBER`` or ``--student NUMBER [--student-school NAME]``."""
    from korre_desktop.services.authorisations import PersonRef

    if args.employee is not None:
        if args.student_school is not None:
            raise InputError("--student-school goes with --student")
        return PersonRef("employee", employee_id(store, args.employee, "--employee"))
    return PersonRef("student", student_id(store, args.student, args.student_school))


def read_file(path: Path | None, *, outlook: bool = False) -> Document | None:
    """The document named on the command line, read and checked before the database is
    opened (a folder, FIFO or device is refused before a byte is read)."""
    if path is None:
        return None
    from korre_desktop.services.documents import read_document

    return read_document(path, outlook=outlook)


@contextmanager
def worded(options: Mapping[str, str]) -> Iterator[None]:
    """A ``RecordValidationError`` raised inside becomes one English line naming the
    options (``options``: a service's field name -> the option that gave it)."""
    from korre_desktop.services.records import RecordValidationError

    try:
        yield
    except RecordValidationError as exc:
        line = "; ".join(problem_text(problem, options) for problem in exc.problems)
        raise InputError(line) from None


def problem_text(problem: FieldProblem, options: Mapping[str, str]) -> str:
    """One problem in English, for the command line."""
    from korre_desktop.domain import authorisation as a
    from korre_desktop.domain import correspondence as c
    from korre_desktop.domain import validation as v

    where = options.get(problem.field, problem.field)
    p = problem.params
    texts = {
        v.REQUIRED: f"{where} is required",
        v.DATE_FORMAT: f"{where}: not a date: {p.get('text')!r}",
        v.DATE_INVALID: f"{where}: no such date: {p.get('text')!r}",
        v.DATE_ORDER: f"{where} cannot be before {p.get('earliest')}",
        v.DATE_IN_FUTURE: f"{where} cannot be in the future",
        v.UNKNOWN_CHOICE: f"{where}: unknown value {p.get('value')!r}",
        v.NOT_FOUND: f"{where}: not found",
        v.BRIN_FORMAT: f"{where}: a BRIN number is two digits and two letters (12AB)",
        v.SCHOOL_NAME_TAKEN: f"{where}: there is already a school with this name",
        a.NOT_MANAGEMENT: f"{where}: {p.get('name')} ({p.get('function') or 'no function'})"
        " is not management (directie or bestuur)",
        a.GRANTED_BY_SELF: f"{where}: {p.get('name')} cannot authorise themself",
        a.PERSON_LEFT: f"{where}: {p.get('name')} left on {p.get('left_on')},"
        f" not after {p.get('before')}",
        a.ACCOUNT_ENDED: f"{where}: the account {p.get('name')} ended on {p.get('ended_on')}",
        a.ACCOUNT_EXISTS: f"{where}: there is already a {p.get('platform')} account"
        f" {p.get('name')!r} here (not ended)",
        a.ALREADY_ENDED: f"the account already ended on {p.get('ended_on')}",
        a.ALREADY_WITHDRAWN: f"this authorisation was withdrawn on {p.get('withdrawn_on')}",
        c.REPORTED_TO_SELF: f"{where}: {p.get('name')} cannot report to themself",
        c.SCHOOL_AMBIGUOUS: "the employee works at several schools"
        f" ({', '.join(p.get('schools', ()))}): name one with --school, or --foundation",
        c.CORRECTS_OTHER_EMPLOYEE: f"{where}: that entry is in the file of {p.get('name')}",
        c.ALREADY_CORRECTED: f"{where}: that entry was corrected by entry {p.get('by')};"
        " correct that one",
    }
    return texts.get(problem.code, f"{where}: {problem.code}")
