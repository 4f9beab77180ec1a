"""Editing the records: schools, school years, classes, students, guardians and employees.

Every write is a named, audited operation of ``store.records`` and every use case runs
in one transaction, so a failing step leaves nothing behind. Nothing is deleted: a student
who leaves gets a left date, an employee an end date. Input is checked first and all
problems are reported at once in a ``RecordValidationError``.

Dates may be given as ``date`` objects or as text typed as dd-mm-jjjj.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain import staff_numbers
from korre_desktop.domain import validation as v
from korre_desktop.domain.people import NameUse, person_name
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.errors import InputError
from korre_desktop.store import Store

# "unknown": an export that does not say it (EDEXML teachers); never guessed.
EMPLOYMENT_TYPES = ("permanent", "temporary", "intern", "substitute", "volunteer", "unknown")

DateValue = date | str | None
Row = dict[str, Any]


class RecordValidationError(InputError):
    """What the user typed cannot be saved; ``problems`` says what and where."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems = list(problems)
        listed = "; ".join(
            f"{p.field}: {p.code}" + (f" {p.params}" if p.params else "") for p in self.problems
        )
        super().__init__(f"the record cannot be saved: {listed}", problems=self.problems)


# -- inputs --------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class SchoolInput:
    name: str
    brin: str = ""


@dataclass(kw_only=True)
class SchoolYearInput:
    label: str  # "2026-2027"


@dataclass(kw_only=True)
class ClassInput:
    school_id: int | None
    school_year_id: int | None
    name: str


@dataclass(kw_only=True)
class StudentInput:
    school_id: int | None
    student_number: str  # text: leading zeros are part of the number
    roepnaam: str
    tussenvoegsel: str = ""
    achternaam: str
    birth_date: DateValue
    enrolled_date: DateValue = None
    class_id: int | None = None  # a class of the student's school, in any school year


@dataclass(kw_only=True)
class GuardianInput:
    roepnaam: str = ""
    tussenvoegsel: str = ""
    achternaam: str
    email: str = ""
    phone: str = ""
    relation: str = ""  # of this guardian to the student: "moeder", "vader", "voogd", ...
    parental_authority: bool = True


@dataclass(kw_only=True)
class EmployeeInput:
    staff_number: str
    roepnaam: str
    tussenvoegsel: str = ""
    achternaam: str
    function: str = ""
    employment_type: str
    school_ids: Sequence[int] = ()
    start_date: DateValue  # None: not known (the protocol deadline then does not run)
    end_date: DateValue = None
    email: str = ""
    naamgebruik: str = NameUse.OWN
    partner_tussenvoegsel: str = ""
    partner_achternaam: str = ""


# -- helpers -------------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """Surrounding spaces off, runs of spaces inside made one."""
    return " ".join((text or "").split())


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _raise_if(problems: Iterable[FieldProblem | None]) -> None:
    found = v.first_problems(problems)
    if found:
        raise RecordValidationError(found)


def _not_found(field: str) -> RecordValidationError:
    return RecordValidationError([FieldProblem(field, v.NOT_FOUND)])


def _today(store: Store, today: date | None) -> date:
    return today or store.clock().date()


def _name_of(row: Row) -> str:
    return person_name(row)


def _changes(row: Row, wanted: Row) -> Row:
    return {key: value for key, value in wanted.items() if row[key] != value}


# -- schools and school years --------------------------------------------------------------------


def _school_values(store: Store, data: SchoolInput, school_id: int | None) -> Row:
    name = _clean(data.name)
    brin = data.brin.strip().upper()
    problems = [v.check_required("name", name), v.check_brin("brin", brin)]
    if name and store.records.school_named(name, except_id=school_id) is not None:
        problems.append(FieldProblem("name", v.SCHOOL_NAME_TAKEN))
    _raise_if(problems)
    return {"name": name, "brin": brin}


def add_school(store: Store, data: SchoolInput) -> int:
    with store.transaction():
        values = _school_values(store, data, None)
        return store.records.add_school(**values)


def update_school(store: Store, school_id: int, data: SchoolInput) -> bool:
    """Returns False when nothing changed."""
    with store.transaction():
        school = store.records.school(school_id)
        if school is None:
            raise _not_found("school_id")
        values = _school_values(store, data, school_id)
        return store.records.update_school(school_id, _changes(school, values))


def add_school_year(store: Store, data: SchoolYearInput) -> int:
    """A school year from its label: "2026-2027" runs from 1 August 2026 to 31 July 2027."""
    if not data.label.strip():
        raise RecordValidationError([FieldProblem("label", v.REQUIRED)])
    try:
        year = SchoolYear.parse(data.label)
    except ValueError:
        raise RecordValidationError([FieldProblem("label", v.SCHOOL_YEAR_FORMAT)]) from None
    with store.transaction():
        if store.records.school_year_labelled(year.label) is not None:
            raise RecordValidationError(
                [FieldProblem("label", v.SCHOOL_YEAR_EXISTS, {"label": year.label})]
            )
        return store.records.add_school_year(label=year.label, start=year.start, end=year.end)


# -- classes -------------------------------------------------------------------------------------


def add_class(store: Store, data: ClassInput) -> int:
    name = _clean(data.name)
    with store.transaction():
        problems = [v.check_required("name", name)]
        school_ok = year_ok = False
        if data.school_id is None:
            problems.append(FieldProblem("school_id", v.REQUIRED))
        elif store.records.school(data.school_id) is None:
            problems.append(FieldProblem("school_id", v.NOT_FOUND))
        else:
            school_ok = True
        if data.school_year_id is None:
            problems.append(FieldProblem("school_year_id", v.REQUIRED))
        elif store.records.school_year(data.school_year_id) is None:
            problems.append(FieldProblem("school_year_id", v.NOT_FOUND))
        else:
            year_ok = True
        if (
            name
            and school_ok
            and year_ok
            and store.records.class_named(data.school_id, data.school_year_id, name) is not None
        ):
            problems.append(FieldProblem("name", v.CLASS_NAME_TAKEN))
        _raise_if(problems)
        assert data.school_id is not None and data.school_year_id is not None
        return store.records.add_class(
            school_id=data.school_id, school_year_id=data.school_year_id, name=name
        )


def rename_class(store: Store, class_id: int, name: str) -> bool:
    """A class keeps its school and school year; only its name changes."""
    cleaned = _clean(name)
    with store.transaction():
        klass = store.records.klass(class_id)
        if klass is None:
            raise _not_found("class_id")
        _raise_if([v.check_required("name", cleaned)])
        taken = store.records.class_named(
            klass["school_id"], klass["school_year_id"], cleaned, except_id=class_id
        )
        if taken is not None:
            raise RecordValidationError([FieldProblem("name", v.CLASS_NAME_TAKEN)])
        return store.records.rename_class(class_id, cleaned)


# -- students ------------------------------------------------------------------------------------


def _student_values(
    store: Store,
    data: StudentInput,
    today: date,
    current: Row | None,
) -> tuple[Row, Row | None]:
    """The students row to write and the chosen class, or a RecordValidationError."""
    student_id = None if current is None else current["id"]
    number = data.student_number.strip()
    roepnaam, tussenvoegsel, achternaam = (
        _clean(data.roepnaam),
        _clean(data.tussenvoegsel),
        _clean(data.achternaam),
    )
    # A birth date may be unknown (an export need not give it): the student then counts
    # as younger than 16 and is on the "geboortedatum ontbreekt" worklist.
    birth, birth_problem = v.parse_date_field("birth_date", data.birth_date, required=False)
    enrolled, enrolled_problem = v.parse_date_field(
        "enrolled_date", data.enrolled_date, required=False
    )
    problems: list[FieldProblem | None] = [
        v.check_required("student_number", number),
        *v.check_some_name(roepnaam, achternaam),
        birth_problem,
        enrolled_problem,
    ]
    # An old record keeps its birth date without a new plausibility check (a student who
    # left long ago may be 31 today); a new or changed birth date is checked.
    if current is None or _iso(birth) != current["birth_date"]:
        problems.append(v.check_birth_date("birth_date", birth, today))
    problems.append(v.check_date_order("enrolled_date", enrolled, birth))

    school_ok = False
    if data.school_id is None:
        problems.append(FieldProblem("school_id", v.REQUIRED))
    elif current is not None and data.school_id != current["school_id"]:
        problems.append(FieldProblem("school_id", v.SCHOOL_FIXED))
    elif store.records.school(data.school_id) is None:
        problems.append(FieldProblem("school_id", v.NOT_FOUND))
    else:
        school_ok = True
    if school_ok and number:
        holder = store.records.student_with_number(data.school_id, number, except_id=student_id)
        if holder is not None:
            problems.append(
                FieldProblem(
                    "student_number",
                    v.STUDENT_NUMBER_TAKEN,
                    {"number": number, "name": _name_of(holder)},
                )
            )
    klass = None
    if data.class_id is not None:
        klass = store.records.klass(data.class_id)
        if klass is None:
            problems.append(FieldProblem("class_id", v.NOT_FOUND))
        elif school_ok and klass["school_id"] != data.school_id:
            problems.append(FieldProblem("class_id", v.CLASS_WRONG_SCHOOL))
    _raise_if(problems)
    row = {
        "school_id": data.school_id,
        "student_number": number,
        "roepnaam": roepnaam,
        "tussenvoegsel": tussenvoegsel,
        "achternaam": achternaam,
        "birth_date": _iso(birth),
        "enrolled_date": _iso(enrolled),
    }
    return row, klass


def add_student(store: Store, data: StudentInput, today: date | None = None) -> int:
    """A new student, placed in ``data.class_id`` when given. Returns the student's id."""
    with store.transaction():
        row, klass = _student_values(store, data, _today(store, today), None)
        student_id = store.records.add_student(**row)
        if klass is not None:
            store.records.enrol(student_id, klass["id"])
        return student_id


def update_student(
    store: Store, student_id: int, data: StudentInput, today: date | None = None
) -> bool:
    """Change a student's record; a student stays at their school (leaving and joining
    another school is a new registration there, with that school's number).

    A different class moves the student on ``today`` (see ``place_in_class``); ``class_id``
    None leaves their enrolments alone. Returns False when nothing changed.
    """
    day = _today(store, today)
    with store.transaction():
        current = store.records.student_row(student_id)
        if current is None:
            raise _not_found("student_id")
        row, klass = _student_values(store, data, day, current)
        changed = store.records.update_student(student_id, _changes(current, row))
        if klass is not None:
            changed = _place_in_class(store, student_id, klass, day) or changed
        return changed


def place_in_class(store: Store, student_id: int, class_id: int, on: date) -> bool:
    """Put the student in a class on ``on``; see ``_place_in_class``."""
    with store.transaction():
        student = store.records.student_row(student_id)
        klass = store.records.klass(class_id)
        if student is None:
            raise _not_found("student_id")
        if klass is None:
            raise _not_found("class_id")
        if klass["school_id"] != student["school_id"]:
            raise RecordValidationError([FieldProblem("class_id", v.CLASS_WRONG_SCHOOL)])
        return _place_in_class(store, student_id, klass, on)


def _place_in_class(store: Store, student_id: int, klass: Row, on: date) -> bool:
    """Enrol the student in ``klass``; an open enrolment in another class of the same
    school year ends on the day of the move.

    Within the school year the move happens on ``on``: the old enrolment ends then and the
    new one starts then. Outside it (a class for next year, or a correction afterwards)
    the new class counts for the whole year and the old one for none of it. Nothing is
    deleted: ended enrolments stay as history.
    """
    year_start = date.fromisoformat(klass["year_start"])
    year_end = date.fromisoformat(klass["year_end"])
    within = year_start < on <= year_end
    switch = on if within else year_start
    enrolments = store.records.enrolments(student_id)
    moved = False  # out of another class of this school year
    for enrolment in enrolments:
        if (
            enrolment["school_year_id"] == klass["school_year_id"]
            and enrolment["class_id"] != klass["id"]
            and (enrolment["end_date"] is None or enrolment["end_date"] > switch.isoformat())
        ):
            store.records.end_enrolment(enrolment["id"], switch)
            moved = True
    same = [e for e in enrolments if e["class_id"] == klass["id"]]
    if same:
        if same[0]["end_date"] is None:
            return moved
        # Back in a class they were in before (one enrolment per student and class).
        return store.records.reopen_enrolment(same[0]["id"]) or moved
    # A first class this year counts from the year's start, like a new student's.
    store.records.enrol(student_id, klass["id"], switch if within and moved else None)
    return True


def set_student_left(store: Store, student_id: int, left_date: DateValue) -> bool:
    """The student leaves on ``left_date``: they are on lists up to the day before.

    Never a delete: the record, guardians, forms and history stay. Open enrolments of the
    school year of that date (and of later years: a class already chosen for next year)
    end on the same date.
    """
    day, problem = v.parse_date_field("left_date", left_date, required=True)
    _raise_if([problem])
    assert day is not None
    with store.transaction():
        student = store.records.student_row(student_id)
        if student is None:
            raise _not_found("student_id")
        earliest = student["enrolled_date"] or student["birth_date"]
        if earliest:
            _raise_if([v.check_date_order("left_date", day, date.fromisoformat(earliest))])
        changed = store.records.set_student_left(student_id, day)
        for enrolment in store.records.enrolments(student_id):
            open_then = enrolment["end_date"] is None or enrolment["end_date"] > day.isoformat()
            if open_then and enrolment["year_end"] >= day.isoformat():
                store.records.end_enrolment(enrolment["id"], day)
                changed = True
        return changed


# -- guardians -----------------------------------------------------------------------------------


def _guardian_values(data: GuardianInput) -> Row:
    row = {
        "roepnaam": _clean(data.roepnaam),
        "tussenvoegsel": _clean(data.tussenvoegsel),
        "achternaam": _clean(data.achternaam),
        "email": data.email.strip(),
        "phone": _clean(data.phone),
    }
    _raise_if(
        [
            v.check_required("achternaam", row["achternaam"]),
            v.check_email("email", row["email"]),
            v.check_phone("phone", row["phone"]),
        ]
    )
    return row


def _link_values(relation: str, parental_authority: bool) -> Row:
    return {"relation": _clean(relation), "parental_authority": 1 if parental_authority else 0}


def _require_student(store: Store, student_id: int) -> Row:
    student = store.records.student_row(student_id)
    if student is None:
        raise _not_found("student_id")
    return student


def add_guardian_for_student(store: Store, student_id: int, data: GuardianInput) -> int:
    """A new guardian, linked to the student. Returns the guardian's id."""
    with store.transaction():
        _require_student(store, student_id)
        row = _guardian_values(data)
        guardian_id = store.records.add_guardian(**row)
        store.records.link_guardian(
            student_id,
            guardian_id,
            relation=_clean(data.relation),
            parental_authority=data.parental_authority,
        )
        return guardian_id


def link_existing_guardian(
    store: Store,
    student_id: int,
    guardian_id: int | None,
    relation: str = "",
    parental_authority: bool = True,
) -> None:
    """Link a guardian who is already on record (a sibling's parent) to the student."""
    with store.transaction():
        _require_student(store, student_id)
        if guardian_id is None:
            raise RecordValidationError([FieldProblem("guardian_id", v.REQUIRED)])
        if store.records.guardian(guardian_id) is None:
            raise _not_found("guardian_id")
        if store.records.guardian_link(student_id, guardian_id) is not None:
            raise RecordValidationError([FieldProblem("guardian_id", v.ALREADY_LINKED)])
        store.records.link_guardian(
            student_id,
            guardian_id,
            relation=_clean(relation),
            parental_authority=parental_authority,
        )


def update_guardian(
    store: Store, guardian_id: int, data: GuardianInput, student_id: int | None = None
) -> bool:
    """Change a guardian's name and contact details; with ``student_id`` also the relation
    and parental authority for that student. Returns False when nothing changed."""
    with store.transaction():
        guardian = store.records.guardian(guardian_id)
        if guardian is None:
            raise _not_found("guardian_id")
        row = _guardian_values(data)
        if student_id is not None and store.records.guardian_link(student_id, guardian_id) is None:
            raise RecordValidationError([FieldProblem("guardian_id", v.NOT_LINKED)])
        changed = store.records.update_guardian(guardian_id, _changes(guardian, row))
        if student_id is not None:
            link = _link_values(data.relation, data.parental_authority)
            changed = store.records.update_guardian_link(student_id, guardian_id, link) or changed
        return changed


def set_parental_authority(
    store: Store, student_id: int, guardian_id: int, parental_authority: bool
) -> bool:
    """Whether this guardian's consent counts for this student. Returns False when unchanged."""
    with store.transaction():
        if store.records.guardian_link(student_id, guardian_id) is None:
            raise RecordValidationError([FieldProblem("guardian_id", v.NOT_LINKED)])
        return store.records.update_guardian_link(
            student_id, guardian_id, {"parental_authority": 1 if parental_authority else 0}
        )


# -- employees -----------------------------------------------------------------------------------


def _staff_number(store: Store, data: EmployeeInput, employee_id: int | None) -> str:
    """The number typed; for an intern or volunteer without one an internal number (the
    one they have, or the next free one)."""
    number = data.staff_number.strip()
    if number or data.employment_type not in staff_numbers.WITHOUT_HR_NUMBER:
        return number
    current = store.records.employee_row(employee_id) if employee_id is not None else None
    if current is not None and staff_numbers.is_internal(current["staff_number"]):
        return current["staff_number"]
    return staff_numbers.next_internal(store.people.internal_staff_numbers())


def _employee_values(
    store: Store, data: EmployeeInput, employee_id: int | None
) -> tuple[Row, list[int]]:
    number = _staff_number(store, data, employee_id)
    start, start_problem = v.parse_date_field("start_date", data.start_date, required=False)
    end, end_problem = v.parse_date_field("end_date", data.end_date, required=False)
    row = {
        "staff_number": number,
        "roepnaam": _clean(data.roepnaam),
        "tussenvoegsel": _clean(data.tussenvoegsel),
        "achternaam": _clean(data.achternaam),
        "partner_tussenvoegsel": _clean(data.partner_tussenvoegsel),
        "partner_achternaam": _clean(data.partner_achternaam),
        "naamgebruik": data.naamgebruik or NameUse.OWN,
        "function": _clean(data.function),
        "employment_type": data.employment_type,
        "start_date": _iso(start),
        "end_date": _iso(end),
        "email": data.email.strip(),
    }
    school_ids = list(dict.fromkeys(data.school_ids))  # in the given order, once each
    problems: list[FieldProblem | None] = [
        v.check_required("staff_number", number),
        *v.check_some_name(row["roepnaam"], row["achternaam"]),
        v.check_choice("naamgebruik", row["naamgebruik"], [use.value for use in NameUse]),
        v.check_choice("employment_type", data.employment_type, EMPLOYMENT_TYPES),
        start_problem,
        end_problem,
        v.check_date_order("end_date", end, start),
        v.check_email("email", row["email"]),
    ]
    if row["naamgebruik"] != NameUse.OWN and not row["partner_achternaam"]:
        # A name in use with the partner's surname needs that surname.
        problems.append(
            FieldProblem(
                "partner_achternaam",
                v.REQUIRED,
                {"fixed_by": ("partner_achternaam", "naamgebruik")},
            )
        )
    if number:
        holder = store.records.employee_with_number(number, except_id=employee_id)
        if holder is not None:
            problems.append(
                FieldProblem(
                    "staff_number",
                    v.STAFF_NUMBER_TAKEN,
                    {"number": number, "name": _name_of(holder)},
                )
            )
    if any(store.records.school(school_id) is None for school_id in school_ids):
        problems.append(FieldProblem("school_ids", v.NOT_FOUND))
    _raise_if(problems)
    return row, school_ids


def add_employee(store: Store, data: EmployeeInput) -> int:
    """A new employee at one or more schools. Returns the employee's id. An intern or
    volunteer without a staff number gets an internal one ("INT-0001")."""
    with store.transaction():
        row, school_ids = _employee_values(store, data, None)
        employee_id = store.records.add_employee(**row)
        for school_id in school_ids:
            store.records.add_employee_school(employee_id, school_id)
        return employee_id


def update_employee(store: Store, employee_id: int, data: EmployeeInput) -> bool:
    """Change an employee's record and schools. A school taken off the list loses its link
    (the audit log keeps it); the employee record stays. Returns False when nothing changed."""
    with store.transaction():
        current = store.records.employee_row(employee_id)
        if current is None:
            raise _not_found("employee_id")
        row, school_ids = _employee_values(store, data, employee_id)
        changed = store.records.update_employee(employee_id, _changes(current, row))
        had = store.records.employee_school_ids(employee_id)
        for school_id in school_ids:
            if school_id not in had:
                store.records.add_employee_school(employee_id, school_id)
                changed = True
        for school_id in had:
            if school_id not in school_ids:
                changed = store.records.remove_employee_school(employee_id, school_id) or changed
        return changed


def set_employee_left(store: Store, employee_id: int, left_date: DateValue) -> bool:
    """The employee leaves on ``left_date`` (their end date): on lists up to the day before.
    Never a delete. Returns False when that was already their end date."""
    day, problem = v.parse_date_field("left_date", left_date, required=True)
    _raise_if([problem])
    assert day is not None
    with store.transaction():
        employee = store.records.employee_row(employee_id)
        if employee is None:
            raise _not_found("employee_id")
        if employee["start_date"]:
            earliest = date.fromisoformat(employee["start_date"])
            _raise_if([v.check_date_order("left_date", day, earliest)])
        return store.records.set_employee_end(employee_id, day)


# -- teachers of classes ---------------------------------------------------------------------


def link_class_teacher(store: Store, class_id: int, employee_id: int) -> bool:
    """The employee teaches the class (in that class's school year). Returns False when
    the link was there already."""
    with store.transaction():
        if store.records.klass(class_id) is None:
            raise _not_found("class_id")
        if store.records.employee_row(employee_id) is None:
            raise _not_found("employee_id")
        if employee_id in store.records.class_teacher_ids(class_id):
            return False
        store.records.add_class_teacher(class_id, employee_id)
        return True


def unlink_class_teacher(store: Store, class_id: int, employee_id: int) -> bool:
    """The employee no longer teaches the class; the audit log keeps the link."""
    with store.transaction():
        return store.records.remove_class_teacher(class_id, employee_id)
