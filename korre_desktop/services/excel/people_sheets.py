"""The sheets Leerlingen and Medewerkers: a row per person with protocol and item statuses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from korre_desktop.domain.people import fold, natural_key
from korre_desktop.services.excel import styles
from korre_desktop.services.excel.rows_xml import Column, Kind
from korre_desktop.services.excel.sheet_plan import COUNT, DAY, TEXT, Block, SheetPlan, list_plan
from korre_desktop.services.excel.words import (
    CONSENT_WORDS,
    EMPLOYMENT_WORDS,
    PROTOCOL_WORDS,
    Labels,
    item_header,
)
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.status import PersonStatus

STUDENTS, EMPLOYEES = "Leerlingen", "Medewerkers"


def item_headers_for(item_codes: Sequence[str], labels: Labels) -> list[str]:
    return [item_header(code, labels) for code in item_codes]


def sort_students(students: list[PersonStatus]) -> None:
    """By school, class (natural order), then surname; in place."""
    schools: dict[str, str] = {}
    classes: dict[str, tuple[tuple[int, int | str], ...]] = {}

    def key(person: PersonStatus) -> tuple[object, ...]:
        school = schools.get(person.school)
        if school is None:
            school = schools[person.school] = fold(person.school)
        klass = classes.get(person.class_name)
        if klass is None:
            klass = classes[person.class_name] = natural_key(person.class_name)
        return (school, klass, person.sort_key)

    students.sort(key=key)


def student_rows(
    students: Sequence[PersonStatus], item_codes: Sequence[str], on: date
) -> list[list[object]]:
    return [
        [
            person.number,
            person.name,
            person.school,
            person.class_name,
            person.age_on(on),
            person.protocol,
            *(person.consent[code] for code in item_codes),
        ]
        for person in students
    ]


def employee_rows(
    employees: Sequence[PersonStatus], item_codes: Sequence[str]
) -> list[list[object]]:
    return [
        [
            person.number,
            person.name,
            person.function,
            EMPLOYMENT_WORDS.get(person.employment_type, person.employment_type),
            person.school,
            person.start_date,
            person.protocol,
            *(person.consent[code] for code in item_codes),
        ]
        for person in employees
    ]


def _consent_column() -> Column:
    return Column(
        Kind.WORD,
        words={
            status: (word, styles.consent_look(status)) for status, word in CONSENT_WORDS.items()
        },
    )


def _protocol_column() -> Column:
    return Column(
        Kind.WORD,
        words={
            status: (word, styles.protocol_look(status)) for status, word in PROTOCOL_WORDS.items()
        },
    )


def _people_plan(
    title: str,
    headers: list[str],
    columns: list[Column],
    rows: list[list[object]],
    items: int,
) -> SheetPlan:
    """The ``columns`` that say who, the protocol, then a status per item (headers wrapped)."""
    consent = _consent_column()
    block = Block([*columns, _protocol_column(), *([consent] * items)], rows)
    return list_plan(title, headers, [block], "C2", set(range(len(columns) + 1, len(headers))))


def students_plan(rows: list[list[object]], item_headers: Sequence[str]) -> SheetPlan:
    headers = [
        WORDS["student_number"],
        WORDS["name"],
        WORDS["school"],
        WORDS["class"],
        WORDS["age"],
        WORDS["protocol"],
        *item_headers,
    ]
    columns = [TEXT, TEXT, TEXT, TEXT, COUNT]
    return _people_plan(STUDENTS, headers, columns, rows, len(item_headers))


def employees_plan(rows: list[list[object]], item_headers: Sequence[str]) -> SheetPlan:
    headers = [
        WORDS["staff_number"],
        WORDS["name"],
        WORDS["function"],
        WORDS["employment"],
        WORDS["schools"],
        WORDS["start_date"],
        WORDS["protocol"],
        *item_headers,
    ]
    columns = [TEXT, TEXT, TEXT, TEXT, TEXT, DAY]
    return _people_plan(EMPLOYEES, headers, columns, rows, len(item_headers))
