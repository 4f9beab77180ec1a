"""The records the editing dialogs show, read as typed, frozen values: school years,
classes, students, guardians (with their link to a student) and employees.

The store's queries return rows (dicts of stored text); each record type is made from its
row in one place here, with dates as ``date`` objects. Schools are ``selection.School``.
Every reader returns None when the record is not there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.people import NameUse, name_in_use
from korre_desktop.services import selection
from korre_desktop.services.selection import School
from korre_desktop.store import Store

Row = dict[str, Any]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- schools and school years --------------------------------------------------------------------


def school(store: Store, school_id: int) -> School | None:
    """The school with this id (a foundation has a handful: the list is read whole)."""
    return next((found for found in selection.schools(store) if found.id == school_id), None)


@dataclass(frozen=True)
class SchoolYearRecord:
    id: int
    label: str  # "2026-2027"
    start: date
    end: date


def _school_year(row: Row) -> SchoolYearRecord:
    return SchoolYearRecord(
        id=row["id"],
        label=row["label"],
        start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]),
    )


def school_years(store: Store) -> tuple[SchoolYearRecord, ...]:
    """Every school year, oldest first."""
    return tuple(_school_year(row) for row in store.people.school_years())


def school_year_on(store: Store, day: date) -> SchoolYearRecord | None:
    """The school year that contains ``day``."""
    row = store.people.school_year_on(day)
    return None if row is None else _school_year(row)


# -- classes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassRecord:
    """A class of one school in one school year."""

    id: int
    name: str
    school_id: int
    school_year_id: int
    school_year: str  # the school year's label: "2026-2027"


def _class(row: Row, school_id: int | None = None) -> ClassRecord:
    return ClassRecord(
        id=row["id"],
        name=row["name"],
        school_id=row["school_id"] if school_id is None else school_id,
        school_year_id=row["school_year_id"],
        school_year=row["school_year"],
    )


def school_class(store: Store, class_id: int) -> ClassRecord | None:
    row = store.records.klass(class_id)
    return None if row is None else _class(row)


def classes_of_school(
    store: Store, school_id: int, not_ended_on: date | None = None
) -> tuple[ClassRecord, ...]:
    """The school's classes, newest school year first; with ``not_ended_on`` only those of
    school years that have not ended on that day."""
    rows = store.records.classes_of_school(school_id, not_ended_on=not_ended_on)
    return tuple(_class(row, school_id) for row in rows)


# -- students ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentRecord:
    id: int
    school_id: int
    student_number: str  # text: leading zeros are part of the number
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    birth_date: date | None
    enrolled_date: date | None
    left_date: date | None

    @property
    def name(self) -> str:
        return name_in_use(self.roepnaam, self.tussenvoegsel, self.achternaam)


def student(store: Store, student_id: int) -> StudentRecord | None:
    row = store.records.student_row(student_id)
    if row is None:
        return None
    return StudentRecord(
        id=row["id"],
        school_id=row["school_id"],
        student_number=row["student_number"],
        roepnaam=row["roepnaam"],
        tussenvoegsel=row["tussenvoegsel"],
        achternaam=row["achternaam"],
        birth_date=_day(row["birth_date"]),
        enrolled_date=_day(row["enrolled_date"]),
        left_date=_day(row["left_date"]),
    )


def current_class(store: Store, student_id: int) -> ClassRecord | None:
    """The class of the student's latest enrolment that has not ended (in any school
    year), or None when every enrolment has ended."""
    open_enrolments = [e for e in store.records.enrolments(student_id) if e["end_date"] is None]
    if not open_enrolments:
        return None
    latest = open_enrolments[-1]
    return _class({**latest, "id": latest["class_id"], "name": latest["class_name"]})


# -- guardians -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuardianRecord:
    id: int
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    email: str
    phone: str

    @property
    def name(self) -> str:
        return name_in_use(self.roepnaam, self.tussenvoegsel, self.achternaam)


@dataclass(frozen=True)
class GuardianLink:
    """What a guardian is to one student."""

    student_id: int
    guardian_id: int
    relation: str  # "moeder", "vader", "voogd", ... (as typed)
    parental_authority: bool


@dataclass(frozen=True)
class GuardianMatch:
    """A guardian found by a search, with their children's names ("Zoë Jansen, Sem
    Jansen"; empty when they have none)."""

    guardian: GuardianRecord
    children: str


def _guardian(row: Row) -> GuardianRecord:
    return GuardianRecord(
        id=row["id"],
        roepnaam=row["roepnaam"],
        tussenvoegsel=row["tussenvoegsel"],
        achternaam=row["achternaam"],
        email=row["email"],
        phone=row["phone"],
    )


def guardian(store: Store, guardian_id: int) -> GuardianRecord | None:
    row = store.records.guardian(guardian_id)
    return None if row is None else _guardian(row)


def guardian_link(store: Store, student_id: int, guardian_id: int) -> GuardianLink | None:
    row = store.records.guardian_link(student_id, guardian_id)
    if row is None:
        return None
    return GuardianLink(
        student_id=row["student_id"],
        guardian_id=row["guardian_id"],
        relation=row["relation"],
        parental_authority=bool(row["parental_authority"]),
    )


def find_guardians(
    store: Store, text: str, exclude_student_id: int | None = None
) -> tuple[GuardianMatch, ...]:
    """Guardians whose name, e-mail or phone, or a child's name, contains ``text``;
    those already linked to ``exclude_student_id`` are left out."""
    rows = store.records.find_guardians(text, exclude_student_id=exclude_student_id)
    return tuple(GuardianMatch(_guardian(row), row["children"] or "") for row in rows)


# -- employees -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployeeRecord:
    id: int
    staff_number: str
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    partner_tussenvoegsel: str
    partner_achternaam: str
    naamgebruik: NameUse
    function: str
    employment_type: str
    start_date: date | None  # None: not known
    end_date: date | None
    email: str
    school_ids: tuple[int, ...]

    @property
    def name(self) -> str:
        """The name in use ("Petra de Boer-Jansen")."""
        return name_in_use(
            self.roepnaam,
            self.tussenvoegsel,
            self.achternaam,
            self.naamgebruik,
            self.partner_tussenvoegsel,
            self.partner_achternaam,
        )


def employee(store: Store, employee_id: int) -> EmployeeRecord | None:
    row = store.records.employee_row(employee_id)
    if row is None:
        return None
    return EmployeeRecord(
        id=row["id"],
        staff_number=row["staff_number"],
        roepnaam=row["roepnaam"],
        tussenvoegsel=row["tussenvoegsel"],
        achternaam=row["achternaam"],
        partner_tussenvoegsel=row["partner_tussenvoegsel"] or "",
        partner_achternaam=row["partner_achternaam"] or "",
        naamgebruik=NameUse(row["naamgebruik"] or NameUse.OWN),
        function=row["function"],
        employment_type=row["employment_type"],
        start_date=_day(row["start_date"]),
        end_date=_day(row["end_date"]),
        email=row["email"],
        school_ids=tuple(store.records.employee_school_ids(employee_id)),
    )
