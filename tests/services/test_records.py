"""Record editing use cases: audited writes, one transaction each, all problems at once."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.errors import InputError
from korre_desktop.services import records
from korre_desktop.services.records import (
    ClassInput,
    EmployeeInput,
    GuardianInput,
    RecordValidationError,
    SchoolInput,
    SchoolYearInput,
    StudentInput,
)
from korre_desktop.store import Store
from tests.conftest import Records
from tests.engines import ON_SERVER

TODAY = date(2026, 11, 24)


@dataclass
class Base:
    school: int
    other_school: int
    year: int  # 2026-2027
    next_year: int  # 2027-2028
    groep5: int
    groep6: int
    other_class: int  # at the other school


@pytest.fixture
def base(store: Store) -> Base:
    school = records.add_school(store, SchoolInput(name="OBS De Korre", brin="12AB"))
    other = records.add_school(store, SchoolInput(name="CBS Het Kompas"))
    year = records.add_school_year(store, SchoolYearInput(label="2026-2027"))
    next_year = records.add_school_year(store, SchoolYearInput(label="2027-2028"))
    return Base(
        school=school,
        other_school=other,
        year=year,
        next_year=next_year,
        groep5=records.add_class(
            store, ClassInput(school_id=school, school_year_id=year, name="Groep 5")
        ),
        groep6=records.add_class(
            store, ClassInput(school_id=school, school_year_id=year, name="Groep 6")
        ),
        other_class=records.add_class(
            store, ClassInput(school_id=other, school_year_id=year, name="Groep 5")
        ),
    )


def student_input(base: Base, **changes) -> StudentInput:
    values = {
        "school_id": base.school,
        "student_number": "00123",
        "roepnaam": "Sem",
        "tussenvoegsel": "van der",
        "achternaam": "Berg",
        "birth_date": "05-03-2016",
        "enrolled_date": "",
        "class_id": base.groep5,
    }
    values.update(changes)
    return StudentInput(**values)


def employee_input(school_ids: tuple[int, ...], **changes) -> EmployeeInput:
    values = {
        "staff_number": "004711",
        "roepnaam": "Anne",
        "tussenvoegsel": "de",
        "achternaam": "Vries",
        "function": "Stagiair PABO",
        "employment_type": "intern",
        "school_ids": school_ids,
        "start_date": "01-09-2026",
        "end_date": "",
        "email": "anne.devries@korre.example",
    }
    values.update(changes)
    return EmployeeInput(**values)


def problems_of(call: Callable[[], object]) -> list[FieldProblem]:
    with pytest.raises(RecordValidationError) as caught:
        call()
    return caught.value.problems


def codes_of(call: Callable[[], object]) -> dict[str, str]:
    return {p.field: p.code for p in problems_of(call)}


def count(store: Store, table: str) -> int:
    return store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def audit(store: Store, table: str, row_id: int) -> list[tuple[str, dict | None, dict | None]]:
    return [
        (
            row["action"],
            json.loads(row["before"]) if row["before"] else None,
            json.loads(row["after"]) if row["after"] else None,
        )
        for row in store.people.audit_for(table, row_id)
    ]


@pytest.fixture
def deletes(store: Store) -> Iterator[list[str]]:
    """Every DELETE statement the connection runs during the test."""
    seen: list[str] = []

    def note(sql: str) -> None:
        if sql.lstrip().upper().startswith("DELETE"):
            seen.append(sql)

    if ON_SERVER:  # every statement of the server engine passes these two
        execute, executemany = store.db.execute, store.db.executemany
        store.db.execute = lambda sql, *args: (note(sql), execute(sql, *args))[1]
        store.db.executemany = lambda sql, *args: (note(sql), executemany(sql, *args))[1]
        yield seen
        del store.db.execute, store.db.executemany
        return
    store.db.conn.set_trace_callback(note)
    yield seen
    store.db.conn.set_trace_callback(None)


# -- the error ------------------------------------------------------------------------------------


def test_validation_error_is_an_input_error_listing_every_problem() -> None:
    error = RecordValidationError(
        [FieldProblem("roepnaam", v.REQUIRED), FieldProblem("birth_date", v.DATE_FORMAT)]
    )
    assert isinstance(error, InputError)
    assert "roepnaam: required" in str(error)
    assert "birth_date: date_format" in str(error)
    assert error.details["problems"] == error.problems


# -- schools, school years, classes ---------------------------------------------------------------


def test_add_school_is_audited(store: Store) -> None:
    school = records.add_school(store, SchoolInput(name="  OBS   De Korre ", brin="12ab"))
    assert store.rows("SELECT name, brin FROM schools") == [
        {"name": "OBS De Korre", "brin": "12AB"}
    ]
    [(action, before, after)] = audit(store, "schools", school)
    assert (action, before) == ("insert", None)
    assert after["name"] == "OBS De Korre"


def test_school_name_unique_ignoring_case_brin_format_and_required(store: Store) -> None:
    records.add_school(store, SchoolInput(name="OBS De Korre"))
    assert codes_of(lambda: records.add_school(store, SchoolInput(name="obs de korre"))) == {
        "name": v.SCHOOL_NAME_TAKEN
    }
    assert codes_of(lambda: records.add_school(store, SchoolInput(name=" ", brin="ABCD"))) == {
        "name": v.REQUIRED,
        "brin": v.BRIN_FORMAT,
    }
    assert count(store, "schools") == 1


def test_update_school(store: Store) -> None:
    school = records.add_school(store, SchoolInput(name="OBS De Korre"))
    other = records.add_school(store, SchoolInput(name="CBS Het Kompas"))
    assert records.update_school(store, school, SchoolInput(name="OBS De Korre", brin="34CD"))
    assert not records.update_school(store, school, SchoolInput(name="OBS De Korre", brin="34cd"))
    assert audit(store, "schools", school)[-1] == ("update", {"brin": ""}, {"brin": "34CD"})
    assert codes_of(
        lambda: records.update_school(store, other, SchoolInput(name="OBS DE KORRE"))
    ) == {"name": v.SCHOOL_NAME_TAKEN}
    assert codes_of(lambda: records.update_school(store, 999, SchoolInput(name="X"))) == {
        "school_id": v.NOT_FOUND
    }


@pytest.mark.parametrize("label", ["2026-2027", "2026/2027", " 2026 – 2027 "])
def test_school_year_from_label(store: Store, label: str) -> None:
    year = records.add_school_year(store, SchoolYearInput(label=label))
    assert store.records.school_year(year) == {
        "id": year,
        "label": "2026-2027",
        "start_date": "2026-08-01",
        "end_date": "2027-07-31",
    }
    assert audit(store, "school_years", year)[0][0] == "insert"


def test_school_year_problems(store: Store) -> None:
    records.add_school_year(store, SchoolYearInput(label="2026-2027"))
    add = records.add_school_year
    assert problems_of(lambda: add(store, SchoolYearInput(label="2026/2027"))) == [
        FieldProblem("label", v.SCHOOL_YEAR_EXISTS, {"label": "2026-2027"})
    ]
    assert codes_of(lambda: add(store, SchoolYearInput(label="2026-2028"))) == {
        "label": v.SCHOOL_YEAR_FORMAT
    }
    assert codes_of(lambda: add(store, SchoolYearInput(label="26-27"))) == {
        "label": v.SCHOOL_YEAR_FORMAT
    }
    assert codes_of(lambda: add(store, SchoolYearInput(label=""))) == {"label": v.REQUIRED}
    assert count(store, "school_years") == 1


def test_class_unique_per_school_and_year(store: Store, base: Base) -> None:
    add = records.add_class
    assert codes_of(
        lambda: add(
            store, ClassInput(school_id=base.school, school_year_id=base.year, name="groep 5 ")
        )
    ) == {"name": v.CLASS_NAME_TAKEN}
    # The same name in another year or at another school is another class.
    next_year = add(
        store, ClassInput(school_id=base.school, school_year_id=base.next_year, name="Groep 5")
    )
    assert store.records.klass(next_year)["school_year"] == "2027-2028"
    assert base.other_class != base.groep5


def test_class_needs_school_year_and_name(store: Store, base: Base) -> None:
    add = records.add_class
    assert codes_of(
        lambda: add(store, ClassInput(school_id=None, school_year_id=None, name=""))
    ) == {
        "name": v.REQUIRED,
        "school_id": v.REQUIRED,
        "school_year_id": v.REQUIRED,
    }
    assert codes_of(lambda: add(store, ClassInput(school_id=99, school_year_id=98, name="A"))) == {
        "school_id": v.NOT_FOUND,
        "school_year_id": v.NOT_FOUND,
    }


def test_rename_class(store: Store, base: Base) -> None:
    assert records.rename_class(store, base.groep5, "Groep 5A")
    assert store.records.klass(base.groep5)["name"] == "Groep 5A"
    assert audit(store, "classes", base.groep5)[-1] == (
        "update",
        {"name": "Groep 5"},
        {"name": "Groep 5A"},
    )
    assert not records.rename_class(store, base.groep5, "Groep 5A")
    assert codes_of(lambda: records.rename_class(store, base.groep5, "GROEP 6")) == {
        "name": v.CLASS_NAME_TAKEN
    }
    assert codes_of(lambda: records.rename_class(store, base.groep5, "")) == {"name": v.REQUIRED}
    assert codes_of(lambda: records.rename_class(store, 999, "X")) == {"class_id": v.NOT_FOUND}


# -- students -------------------------------------------------------------------------------------


def test_add_student_keeps_leading_zeros_and_infix_and_enrols(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    row = store.records.student_row(student)
    assert row["student_number"] == "00123"
    assert (row["roepnaam"], row["tussenvoegsel"], row["achternaam"]) == ("Sem", "van der", "Berg")
    assert row["birth_date"] == "2016-03-05"
    assert row["enrolled_date"] is None and row["left_date"] is None
    [enrolment] = store.records.enrolments(student)
    assert (enrolment["class_id"], enrolment["start_date"], enrolment["end_date"]) == (
        base.groep5,
        None,
        None,
    )
    [(action, _before, after)] = audit(store, "students", student)
    assert action == "insert" and after["student_number"] == "00123"
    assert audit(store, "enrolments", enrolment["id"])[0][0] == "insert"
    assert [s["id"] for s in store.people.students_on(TODAY)] == [student]


def test_add_student_without_class_and_with_enrolment_date(store: Store, base: Base) -> None:
    student = records.add_student(
        store, student_input(base, class_id=None, enrolled_date=date(2026, 9, 1)), today=TODAY
    )
    assert store.records.student_row(student)["enrolled_date"] == "2026-09-01"
    assert store.records.enrolments(student) == []


def test_student_number_unique_per_school_exactly(store: Store, base: Base) -> None:
    records.add_student(store, student_input(base), today=TODAY)
    assert problems_of(
        lambda: records.add_student(store, student_input(base, roepnaam="Lot"), today=TODAY)
    ) == [
        FieldProblem(
            "student_number",
            v.STUDENT_NUMBER_TAKEN,
            {"number": "00123", "name": "Sem van der Berg"},
        )
    ]
    # Leading zeros are part of the number, and another school has its own numbers.
    records.add_student(store, student_input(base, student_number="123"), today=TODAY)
    records.add_student(
        store,
        student_input(base, school_id=base.other_school, class_id=base.other_class),
        today=TODAY,
    )
    assert count(store, "students") == 3


def test_all_student_problems_at_once_and_nothing_stored(store: Store, base: Base) -> None:
    records.add_student(store, student_input(base), today=TODAY)
    before = count(store, "audit_log")
    data = student_input(
        base, roepnaam=" ", achternaam="", birth_date="31-02-2016", enrolled_date="2026-09-01"
    )
    assert codes_of(lambda: records.add_student(store, data, today=TODAY)) == {
        "student_number": v.STUDENT_NUMBER_TAKEN,
        "roepnaam": v.REQUIRED,
        "achternaam": v.REQUIRED,
        "birth_date": v.DATE_INVALID,
        "enrolled_date": v.DATE_FORMAT,
    }
    assert count(store, "students") == 1
    assert count(store, "audit_log") == before


def test_student_missing_number_and_school(store: Store, base: Base) -> None:
    data = student_input(base, school_id=None, birth_date="", student_number="")
    assert codes_of(lambda: records.add_student(store, data, today=TODAY)) == {
        "school_id": v.REQUIRED,
        "student_number": v.REQUIRED,
    }


def test_a_birth_date_may_be_unknown(store: Store, base: Base) -> None:
    student_id = records.add_student(store, student_input(base, birth_date=""), today=TODAY)
    assert store.records.student_row(student_id)["birth_date"] is None


def test_a_first_name_or_a_surname_is_enough(store: Store, base: Base) -> None:
    only_first = student_input(base, achternaam="", roepnaam="Wimpie", student_number="9")
    student_id = records.add_student(store, only_first, today=TODAY)
    assert store.records.student_row(student_id)["roepnaam"] == "Wimpie"
    neither = student_input(base, achternaam="", roepnaam=" ", student_number="10")
    assert codes_of(lambda: records.add_student(store, neither, today=TODAY)) == {
        "roepnaam": v.REQUIRED,
        "achternaam": v.REQUIRED,
    }


@pytest.mark.parametrize(
    ("birth", "code"),
    [
        ("25-11-2026", v.DATE_IN_FUTURE),
        ("24-11-2026", v.AGE_OUT_OF_RANGE),
        ("23-11-1995", v.AGE_OUT_OF_RANGE),
    ],
)
def test_implausible_birth_date(store: Store, base: Base, birth: str, code: str) -> None:
    data = student_input(base, birth_date=birth)
    assert codes_of(lambda: records.add_student(store, data, today=TODAY)) == {"birth_date": code}


def test_enrolment_date_not_before_birth(store: Store, base: Base) -> None:
    data = student_input(base, enrolled_date="04-03-2016")
    assert problems_of(lambda: records.add_student(store, data, today=TODAY)) == [
        FieldProblem("enrolled_date", v.DATE_ORDER, {"earliest": "2016-03-05"})
    ]


def test_class_must_exist_and_belong_to_the_school(store: Store, base: Base) -> None:
    wrong = student_input(base, class_id=base.other_class)
    assert codes_of(lambda: records.add_student(store, wrong, today=TODAY)) == {
        "class_id": v.CLASS_WRONG_SCHOOL
    }
    gone = student_input(base, class_id=999, school_id=12345)
    assert codes_of(lambda: records.add_student(store, gone, today=TODAY)) == {
        "class_id": v.NOT_FOUND,
        "school_id": v.NOT_FOUND,
    }


def test_update_student_audits_before_and_after(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    changed = records.update_student(
        store,
        student,
        student_input(base, achternaam="Bergh", birth_date="06-03-2016"),
        today=TODAY,
    )
    assert changed
    assert audit(store, "students", student)[-1] == (
        "update",
        {"achternaam": "Berg", "birth_date": "2016-03-05"},
        {"achternaam": "Bergh", "birth_date": "2016-03-06"},
    )
    assert not records.update_student(
        store, student, student_input(base, achternaam="Bergh", birth_date="6-3-2016"), today=TODAY
    )


def test_update_student_stays_at_school_and_checks_number(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    other = records.add_student(store, student_input(base, student_number="00124"), today=TODAY)
    assert codes_of(
        lambda: records.update_student(
            store, student, student_input(base, school_id=base.other_school, class_id=None)
        )
    ) == {"school_id": v.SCHOOL_FIXED}
    assert codes_of(
        lambda: records.update_student(store, other, student_input(base), today=TODAY)
    ) == {"student_number": v.STUDENT_NUMBER_TAKEN}
    assert codes_of(lambda: records.update_student(store, 999, student_input(base))) == {
        "student_id": v.NOT_FOUND
    }


def test_an_old_record_stays_editable_without_a_new_age_check(store: Store) -> None:
    helper = Records(store)
    school = helper.school("OBS De Korre")
    old = helper.student(school, birth_date=date(1990, 1, 1), left_date=date(2004, 7, 1))
    data = StudentInput(
        school_id=school,
        student_number=store.records.student_row(old)["student_number"],
        roepnaam="Samuel",
        achternaam="Jansen",
        birth_date="01-01-1990",
    )
    assert records.update_student(store, old, data, today=TODAY)
    data.birth_date = "02-01-1990"  # a changed birth date is checked
    assert codes_of(lambda: records.update_student(store, old, data, today=TODAY)) == {
        "birth_date": v.AGE_OUT_OF_RANGE
    }


def test_changing_class_within_the_year_moves_on_the_day(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    moved_on = date(2026, 12, 1)
    assert records.update_student(
        store, student, student_input(base, class_id=base.groep6), today=moved_on
    )
    old, new = store.records.enrolments(student)
    assert (old["class_id"], old["end_date"]) == (base.groep5, "2026-12-01")
    assert (new["class_id"], new["start_date"], new["end_date"]) == (
        base.groep6,
        "2026-12-01",
        None,
    )
    assert store.people.students_on(date(2026, 11, 30))[0]["class_name"] == "Groep 5"
    assert store.people.students_on(moved_on)[0]["class_name"] == "Groep 6"
    # Back to the first class: its enrolment opens again (one per student and class).
    assert records.place_in_class(store, student, base.groep5, date(2027, 1, 10))
    assert store.people.students_on(date(2027, 1, 10))[0]["class_name"] == "Groep 5"
    assert store.people.students_on(date(2026, 12, 15))[0]["class_name"] == "Groep 6"
    assert count(store, "enrolments") == 2


def test_a_class_for_next_year_leaves_this_year_alone(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    next_class = records.add_class(
        store, ClassInput(school_id=base.school, school_year_id=base.next_year, name="Groep 6")
    )
    records.update_student(store, student, student_input(base, class_id=next_class), today=TODAY)
    this_year, next_year = store.records.enrolments(student)
    assert this_year["end_date"] is None
    assert (next_year["class_id"], next_year["start_date"]) == (next_class, None)
    assert store.people.students_on(date(2027, 9, 1))[0]["class_name"] == "Groep 6"
    assert store.people.students_on(TODAY)[0]["class_name"] == "Groep 5"


def test_place_in_class_checks(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    assert not records.place_in_class(store, student, base.groep5, TODAY)
    assert codes_of(lambda: records.place_in_class(store, student, base.other_class, TODAY)) == {
        "class_id": v.CLASS_WRONG_SCHOOL
    }
    assert codes_of(lambda: records.place_in_class(store, student, 999, TODAY)) == {
        "class_id": v.NOT_FOUND
    }
    assert codes_of(lambda: records.place_in_class(store, 999, base.groep5, TODAY)) == {
        "student_id": v.NOT_FOUND
    }


def test_leaving_sets_a_date_ends_enrolments_and_deletes_nothing(
    store: Store, base: Base, deletes: list[str]
) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    sibling = records.add_student(store, student_input(base, student_number="00124"), today=TODAY)
    guardian = records.add_guardian_for_student(store, student, GuardianInput(achternaam="Berg"))
    assert records.set_student_left(store, student, "01-02-2027")
    row = store.records.student_row(student)
    assert row["left_date"] == "2027-02-01"
    [enrolment] = store.records.enrolments(student)
    assert enrolment["end_date"] == "2027-02-01"
    assert [s["id"] for s in store.people.students_on(date(2027, 1, 31))] == [student, sibling]
    assert [s["id"] for s in store.people.students_on(date(2027, 2, 1))] == [sibling]
    # History stays: the record, the class, the guardian, the audit trail.
    assert store.people.enrolments_of(student)[0]["class_name"] == "Groep 5"
    assert [g["id"] for g in store.people.guardians_of(student)] == [guardian]
    assert audit(store, "students", student)[-1] == (
        "update",
        {"left_date": None},
        {"left_date": "2027-02-01"},
    )
    assert deletes == []


def test_leaving_ends_a_class_already_chosen_for_next_year(store: Store, base: Base) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    next_class = records.add_class(
        store, ClassInput(school_id=base.school, school_year_id=base.next_year, name="Groep 6")
    )
    records.place_in_class(store, student, next_class, TODAY)
    records.set_student_left(store, student, date(2027, 7, 1))
    assert [e["end_date"] for e in store.records.enrolments(student)] == ["2027-07-01"] * 2


def test_leaving_date_problems(store: Store, base: Base) -> None:
    student = records.add_student(
        store, student_input(base, enrolled_date="01-09-2026"), today=TODAY
    )
    assert problems_of(lambda: records.set_student_left(store, student, "31-08-2026")) == [
        FieldProblem("left_date", v.DATE_ORDER, {"earliest": "2026-09-01"})
    ]
    assert codes_of(lambda: records.set_student_left(store, student, "")) == {
        "left_date": v.REQUIRED
    }
    assert codes_of(lambda: records.set_student_left(store, student, "1 feb")) == {
        "left_date": v.DATE_FORMAT
    }
    assert codes_of(lambda: records.set_student_left(store, 999, "01-02-2027")) == {
        "student_id": v.NOT_FOUND
    }
    assert store.records.student_row(student)["left_date"] is None


# -- guardians ------------------------------------------------------------------------------------


@pytest.fixture
def student(store: Store, base: Base) -> int:
    return records.add_student(store, student_input(base), today=TODAY)


@pytest.mark.parametrize("authority", [True, False])
def test_add_guardian_with_or_without_parental_authority(
    store: Store, student: int, authority: bool
) -> None:
    guardian = records.add_guardian_for_student(
        store,
        student,
        GuardianInput(
            roepnaam="Anna",
            tussenvoegsel="van der",
            achternaam="Berg",
            email=" anna@example.nl ",
            phone="06 1234 5678",
            relation="moeder",
            parental_authority=authority,
        ),
    )
    [linked] = store.people.guardians_of(student)
    assert linked["id"] == guardian
    assert (linked["email"], linked["phone"], linked["relation"]) == (
        "anna@example.nl",
        "06 1234 5678",
        "moeder",
    )
    assert linked["parental_authority"] == (1 if authority else 0)
    assert audit(store, "guardians", guardian)[0][0] == "insert"
    link = store.records.guardian_link(student, guardian)
    assert audit(store, "student_guardians", link["id"])[0][2]["parental_authority"] == int(
        authority
    )


def test_guardian_problems(store: Store, student: int) -> None:
    data = GuardianInput(achternaam=" ", email="anna@", phone="bel mij")
    assert codes_of(lambda: records.add_guardian_for_student(store, student, data)) == {
        "achternaam": v.REQUIRED,
        "email": v.EMAIL_FORMAT,
        "phone": v.PHONE_FORMAT,
    }
    assert codes_of(
        lambda: records.add_guardian_for_student(store, 999, GuardianInput(achternaam="Berg"))
    ) == {"student_id": v.NOT_FOUND}
    assert count(store, "guardians") == 0


def test_link_existing_guardian_to_a_sibling(store: Store, base: Base, student: int) -> None:
    guardian = records.add_guardian_for_student(
        store, student, GuardianInput(roepnaam="Anna", achternaam="Berg", relation="moeder")
    )
    sibling = records.add_student(
        store, student_input(base, student_number="00124", roepnaam="Lot"), today=TODAY
    )
    [found] = store.records.find_guardians("Sem van der", exclude_student_id=sibling)
    assert (found["id"], found["children"]) == (guardian, "Sem van der Berg")
    records.link_existing_guardian(store, sibling, guardian, "moeder", parental_authority=False)
    [linked] = store.people.guardians_of(sibling)
    assert (linked["id"], linked["parental_authority"]) == (guardian, 0)
    assert count(store, "guardians") == 1
    assert store.records.find_guardians("Anna", exclude_student_id=sibling) == []
    assert codes_of(lambda: records.link_existing_guardian(store, sibling, guardian)) == {
        "guardian_id": v.ALREADY_LINKED
    }
    assert codes_of(lambda: records.link_existing_guardian(store, sibling, None)) == {
        "guardian_id": v.REQUIRED
    }
    assert codes_of(lambda: records.link_existing_guardian(store, sibling, 999)) == {
        "guardian_id": v.NOT_FOUND
    }


def test_update_guardian_and_link_are_audited(store: Store, base: Base, student: int) -> None:
    guardian = records.add_guardian_for_student(
        store, student, GuardianInput(roepnaam="Anna", achternaam="Berg", relation="moeder")
    )
    changed = records.update_guardian(
        store,
        guardian,
        GuardianInput(
            roepnaam="Anna",
            achternaam="Berg",
            email="anna@example.nl",
            relation="voogd",
            parental_authority=False,
        ),
        student_id=student,
    )
    assert changed
    assert audit(store, "guardians", guardian)[-1] == (
        "update",
        {"email": ""},
        {"email": "anna@example.nl"},
    )
    link = store.records.guardian_link(student, guardian)
    assert audit(store, "student_guardians", link["id"])[-1] == (
        "update",
        {"relation": "moeder", "parental_authority": 1},
        {"relation": "voogd", "parental_authority": 0},
    )
    # Without a student only the guardian's own data changes.
    assert not records.update_guardian(
        store, guardian, GuardianInput(roepnaam="Anna", achternaam="Berg", email="anna@example.nl")
    )
    sibling = records.add_student(store, student_input(base, student_number="9"), today=TODAY)
    assert codes_of(
        lambda: records.update_guardian(store, guardian, GuardianInput(achternaam="Berg"), sibling)
    ) == {"guardian_id": v.NOT_LINKED}
    assert codes_of(lambda: records.update_guardian(store, 999, GuardianInput(achternaam="B"))) == {
        "guardian_id": v.NOT_FOUND
    }


def test_set_parental_authority(store: Store, base: Base, student: int) -> None:
    guardian = records.add_guardian_for_student(store, student, GuardianInput(achternaam="Berg"))
    assert records.set_parental_authority(store, student, guardian, False)
    assert not records.set_parental_authority(store, student, guardian, False)
    assert store.people.guardians_of(student)[0]["parental_authority"] == 0
    link = store.records.guardian_link(student, guardian)
    assert audit(store, "student_guardians", link["id"])[-1] == (
        "update",
        {"parental_authority": 1},
        {"parental_authority": 0},
    )
    sibling = records.add_student(store, student_input(base, student_number="9"), today=TODAY)
    assert codes_of(lambda: records.set_parental_authority(store, sibling, guardian, True)) == {
        "guardian_id": v.NOT_LINKED
    }


# -- employees ------------------------------------------------------------------------------------


def test_add_intern_at_two_schools(store: Store, base: Base) -> None:
    employee = records.add_employee(store, employee_input((base.school, base.other_school)))
    row = store.people.employee(employee)
    assert row["staff_number"] == "004711"
    assert row["employment_type"] == "intern"
    assert row["schools"] == ("CBS Het Kompas", "OBS De Korre")
    assert (row["start_date"], row["end_date"]) == ("2026-09-01", None)
    assert audit(store, "employees", employee)[0][0] == "insert"
    assert count(store, "employee_schools") == 2
    assert [e["id"] for e in store.people.employees_on(TODAY)] == [employee]


def test_employee_problems_all_at_once(store: Store, base: Base) -> None:
    records.add_employee(store, employee_input((base.school,)))
    data = employee_input(
        (base.school, 999),
        roepnaam="",
        achternaam="",
        employment_type="boss",
        start_date="01-09-2026",
        end_date="31-08-2026",
        email="anne",
    )
    assert codes_of(lambda: records.add_employee(store, data)) == {
        "staff_number": v.STAFF_NUMBER_TAKEN,
        "roepnaam": v.REQUIRED,
        "achternaam": v.REQUIRED,
        "employment_type": v.UNKNOWN_CHOICE,
        "end_date": v.DATE_ORDER,
        "email": v.EMAIL_FORMAT,
        "school_ids": v.NOT_FOUND,
    }
    blank = employee_input((), staff_number=" ", employment_type="", start_date="")
    assert codes_of(lambda: records.add_employee(store, blank)) == {
        "staff_number": v.REQUIRED,
        "employment_type": v.REQUIRED,
    }
    assert count(store, "employees") == 1


def test_update_employee_changes_schools(store: Store, base: Base) -> None:
    employee = records.add_employee(store, employee_input((base.school,)))
    data = employee_input((base.other_school,), employment_type="temporary")
    assert records.update_employee(store, employee, data)
    assert store.records.employee_school_ids(employee) == [base.other_school]
    assert audit(store, "employees", employee)[-1] == (
        "update",
        {"employment_type": "intern"},
        {"employment_type": "temporary"},
    )
    removed = [
        row
        for row in store.rows("SELECT * FROM audit_log WHERE table_name = 'employee_schools'")
        if row["action"] == "delete"
    ]
    assert [json.loads(row["before"]) for row in removed] == [
        {"employee_id": employee, "school_id": base.school}
    ]
    assert not records.update_employee(store, employee, data)
    assert codes_of(lambda: records.update_employee(store, 999, data)) == {
        "employee_id": v.NOT_FOUND
    }


def test_employee_leaves(store: Store, base: Base, deletes: list[str]) -> None:
    employee = records.add_employee(store, employee_input((base.school,)))
    assert codes_of(lambda: records.set_employee_left(store, employee, "31-08-2026")) == {
        "left_date": v.DATE_ORDER
    }
    assert records.set_employee_left(store, employee, "01-01-2027")
    assert store.people.employee(employee)["end_date"] == "2027-01-01"
    assert [e["id"] for e in store.people.employees_on(date(2026, 12, 31))] == [employee]
    assert store.people.employees_on(date(2027, 1, 1)) == []
    assert audit(store, "employees", employee)[-1] == (
        "update",
        {"end_date": None},
        {"end_date": "2027-01-01"},
    )
    assert codes_of(lambda: records.set_employee_left(store, employee, "31-02-2027")) == {
        "left_date": v.DATE_INVALID
    }
    assert codes_of(lambda: records.set_employee_left(store, 999, "01-01-2027")) == {
        "employee_id": v.NOT_FOUND
    }
    assert deletes == []


# -- transactions ---------------------------------------------------------------------------------


def fail_on(
    store: Store, monkeypatch: pytest.MonkeyPatch, table: str, method: str = "insert"
) -> None:
    """Make ``store.<method>`` fail when it writes ``table`` (after earlier steps succeeded)."""
    original = getattr(store, method)

    def failing(name: str, *args, **kwargs):
        if name == table:
            raise RuntimeError(f"disk trouble while writing {table}")
        return original(name, *args, **kwargs)

    monkeypatch.setattr(store, method, failing)


TABLES = (
    "students",
    "enrolments",
    "employees",
    "employee_schools",
    "guardians",
    "student_guardians",
    "audit_log",
)


def assert_nothing_written(store: Store, action: Callable[[], object]) -> None:
    before = {name: count(store, name) for name in TABLES}
    with pytest.raises(RuntimeError, match="disk trouble"):
        action()
    assert {name: count(store, name) for name in TABLES} == before


def test_student_without_their_enrolment_is_not_saved(
    store: Store, base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on(store, monkeypatch, "enrolments")
    assert_nothing_written(
        store, lambda: records.add_student(store, student_input(base), today=TODAY)
    )


def test_employee_without_all_schools_is_not_saved(
    store: Store, base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = store.insert
    written: list[str] = []

    def second_school_fails(table: str, row):
        if table == "employee_schools" and written.count(table) == 1:
            raise RuntimeError("disk trouble")
        written.append(table)
        return original(table, row)

    monkeypatch.setattr(store, "insert", second_school_fails)
    assert_nothing_written(
        store,
        lambda: records.add_employee(store, employee_input((base.school, base.other_school))),
    )
    assert written == ["employees", "employee_schools"]  # two steps had succeeded


def test_guardian_without_the_link_is_not_saved(
    store: Store, student: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on(store, monkeypatch, "student_guardians")
    assert_nothing_written(
        store,
        lambda: records.add_guardian_for_student(store, student, GuardianInput(achternaam="Berg")),
    )


def test_a_failing_enrolment_update_keeps_the_student_on_the_list(
    store: Store, base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    before = count(store, "audit_log")
    fail_on(store, monkeypatch, "enrolments", method="update")
    with pytest.raises(RuntimeError):
        records.set_student_left(store, student, "01-02-2027")
    assert store.records.student_row(student)["left_date"] is None
    assert count(store, "audit_log") == before


def test_a_failing_class_move_changes_nothing(
    store: Store, base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    student = records.add_student(store, student_input(base), today=TODAY)
    before = count(store, "audit_log")
    fail_on(store, monkeypatch, "enrolments")  # the new enrolment, after the old one ended
    with pytest.raises(RuntimeError):
        records.update_student(
            store,
            student,
            student_input(base, achternaam="Bergh", class_id=base.groep6),
            today=date(2026, 12, 1),
        )
    assert store.records.student_row(student)["achternaam"] == "Berg"
    assert store.records.enrolments(student)[0]["end_date"] is None
    assert count(store, "audit_log") == before


# -- every code is reachable ---------------------------------------------------------------------


def test_every_problem_code_is_tested_here() -> None:
    """Each problem code in domain.validation appears in an assertion of this module."""
    names = [
        name
        for name in dir(v)
        if name.isupper() and not name.startswith("_") and isinstance(getattr(v, name), str)
    ]
    assert len(names) >= 20
    with open(__file__, encoding="utf-8") as source_file:
        source = source_file.read()
    assert [name for name in names if f"v.{name}" not in source] == []


def test_teacher_of_a_class_is_linked_once_audited_and_shown(store: Store, base: Base) -> None:
    from korre_desktop.services.person_detail import person_detail

    teacher = records.add_employee(store, employee_input((base.school,)))
    assert records.link_class_teacher(store, base.groep5, teacher)
    assert not records.link_class_teacher(store, base.groep5, teacher)  # once
    detail = person_detail(store, "employee", teacher)
    assert [(c["school_year"], c["name"]) for c in detail.classes_taught] == [
        ("2026-2027", "Groep 5")
    ]
    assert records.unlink_class_teacher(store, base.groep5, teacher)
    assert person_detail(store, "employee", teacher).classes_taught == []
    actions = [row["action"] for row in store.rows(
        "SELECT action FROM audit_log WHERE table_name = 'class_teachers' ORDER BY id"
    )]  # fmt: skip
    assert actions == ["insert", "delete"]


def test_name_in_use_follows_naamgebruik_and_sorting_stays_on_own_surname(
    store: Store, base: Base
) -> None:
    from korre_desktop.services.status import employee_statuses_on

    records.add_employee(
        store,
        employee_input(
            (base.school,), staff_number="1", roepnaam="Petra", tussenvoegsel="",
            achternaam="Jansen", partner_tussenvoegsel="de", partner_achternaam="Boer",
            naamgebruik="eigen-partner",
        ),
    )  # fmt: skip
    records.add_employee(
        store,
        employee_input(
            (base.school,), staff_number="2", roepnaam="Karin", tussenvoegsel="van",
            achternaam="Dijk", partner_achternaam="Aalders", naamgebruik="partner-eigen",
        ),
    )  # fmt: skip
    people = sorted(employee_statuses_on(store, TODAY), key=lambda p: p.sort_key)
    assert [p.name for p in people] == ["Karin Aalders-van Dijk", "Petra Jansen-de Boer"]
