"""Who is on the list for a date (DESIGN.md, "Who is on a list for D")."""

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.store import Store

# School year 2026-2027 runs from 2026-08-01 to 2027-07-31.
FIRST_DAY = date(2026, 8, 1)
LAST_DAY = date(2027, 7, 31)


@pytest.fixture
def school(records) -> int:
    return records.school("OBS De Korre")


def _listed(store: Store, day: date) -> set[int]:
    return {row["id"] for row in store.people.students_on(day)}


def test_enrolled_student_without_dates_is_listed_all_school_year(
    store: Store, records, school
) -> None:
    student = records.student(school)
    records.enrol(student, records.klass(school, 2026))
    for day in (FIRST_DAY, date(2026, 8, 2), date(2026, 9, 1), date(2027, 3, 1), LAST_DAY):
        assert _listed(store, day) == {student}, day
    # ...and not outside it.
    assert _listed(store, date(2026, 7, 31)) == set()
    assert _listed(store, date(2027, 8, 1)) == set()


def test_enrolment_without_own_date_counts_from_first_day_of_school_year(
    store: Store, records, school
) -> None:
    """A list for an early date in this school year is complete, even for a student whose
    enrolment row (made later, e.g. by an import in October) has no own start date."""
    student = records.student(school, enrolled_date=date(2019, 8, 20))
    records.enrol(student, records.klass(school, 2026))
    assert _listed(store, date(2026, 8, 3)) == {student}


def test_enrolment_with_later_start_date_excludes_earlier_dates(
    store: Store, records, school
) -> None:
    student = records.student(school)
    start = date(2026, 11, 4)
    records.enrol(student, records.klass(school, 2026), start_date=start)
    assert _listed(store, date(2026, 9, 1)) == set()
    assert _listed(store, date(2026, 11, 3)) == set()
    assert _listed(store, start) == {student}
    assert _listed(store, date(2027, 1, 10)) == {student}


def test_left_student(store: Store, records, school) -> None:
    left = date(2027, 1, 15)
    student = records.student(school, left_date=left)
    records.enrol(student, records.klass(school, 2026))
    assert _listed(store, date(2027, 1, 14)) == {student}
    assert _listed(store, left) == set()  # left exactly on D: not on the list
    assert _listed(store, date(2027, 1, 16)) == set()


def test_enrolment_end_date_on_d_excludes(store: Store, records, school) -> None:
    student = records.student(school)
    records.enrol(student, records.klass(school, 2026), end_date=date(2026, 12, 1))
    assert _listed(store, date(2026, 11, 30)) == {student}
    assert _listed(store, date(2026, 12, 1)) == set()


def test_student_of_previous_school_year_only_is_not_listed(store: Store, records, school) -> None:
    student = records.student(school)
    records.enrol(student, records.klass(school, 2025))
    records.school_year(2026)
    assert _listed(store, date(2026, 6, 30)) == {student}
    assert _listed(store, date(2026, 9, 1)) == set()


def test_student_moving_up_is_listed_once_in_the_right_class(store: Store, records, school) -> None:
    student = records.student(school)
    records.enrol(student, records.klass(school, 2025, "Groep 4"))
    records.enrol(student, records.klass(school, 2026, "Groep 5"))
    rows = store.people.students_on(date(2026, 10, 1))
    assert [(r["id"], r["class_name"]) for r in rows] == [(student, "Groep 5")]
    rows = store.people.students_on(date(2026, 7, 1))
    assert [(r["id"], r["class_name"]) for r in rows] == [(student, "Groep 4")]


def test_regrouped_student_appears_once_in_the_latest_class(store: Store, records, school) -> None:
    student = records.student(school)
    records.enrol(student, records.klass(school, 2026, "Groep 5a"), end_date=None)
    records.enrol(student, records.klass(school, 2026, "Groep 5b"), start_date=date(2027, 1, 5))
    before = store.people.students_on(date(2026, 12, 1))
    after = store.people.students_on(date(2027, 2, 1))
    assert [r["class_name"] for r in before] == ["Groep 5a"]
    assert [r["class_name"] for r in after] == ["Groep 5b"]


def test_student_rows_carry_school_and_number(store: Store, records, school) -> None:
    student = records.student(
        school, number="004512", roepnaam="Fleur", tussenvoegsel="van 't", achternaam="Hof"
    )
    records.enrol(student, records.klass(school, 2026, "Groep 8"))
    (row,) = store.people.students_on(date(2026, 9, 1))
    assert row["student_number"] == "004512"
    assert row["tussenvoegsel"] == "van 't"
    assert row["school"] == "OBS De Korre"
    assert row["class_name"] == "Groep 8"


def test_classes_and_school_year_on(store: Store, records, school) -> None:
    records.klass(school, 2025, "Groep 1")
    current = records.klass(school, 2026, "Groep 2")
    assert [c["id"] for c in store.people.classes_on(date(2026, 8, 1))] == [current]
    assert store.people.school_year_on(date(2027, 7, 31))["label"] == "2026-2027"
    assert store.people.school_year_on(date(2030, 1, 1)) is None


def _employees(store: Store, day: date) -> set[int]:
    return {row["id"] for row in store.people.employees_on(day)}


def test_employees_on(store: Store, records, school) -> None:
    start = date(2026, 9, 1)
    end = date(2027, 2, 1)
    temp = records.employee(start_date=start, end_date=end, employment_type="temporary")
    permanent = records.employee(start_date=date(2001, 8, 1), school_ids=(school,))
    assert _employees(store, date(2026, 8, 31)) == {permanent}
    assert _employees(store, start) == {permanent, temp}  # start on D: listed
    assert _employees(store, date(2027, 1, 31)) == {permanent, temp}
    assert _employees(store, end) == {permanent}  # end date on D: not listed
    row = next(r for r in store.people.employees_on(start) if r["id"] == permanent)
    assert row["schools"] == ("OBS De Korre",)


def test_employee_at_several_schools(store: Store, records) -> None:
    b = records.school("CBS Het Baken")
    a = records.school("OBS Aan de Dijk")
    employee = records.employee(school_ids=(b, a))
    assert store.people.employee(employee)["schools"] == ("CBS Het Baken", "OBS Aan de Dijk")


def test_counts(store: Store, records, school) -> None:
    records.student(school)
    records.employee()
    counts = store.people.counts()
    assert counts["schools"] == 1
    assert counts["students"] == 1
    assert counts["employees"] == 1
    assert counts["statements"] == 0


# Few distinct days, around the school-year boundaries, so that equal dates are common.
_DAYS = st.sampled_from(
    [
        date(2025, 7, 31),
        date(2025, 8, 1),
        date(2025, 12, 1),
        date(2026, 7, 31),
        date(2026, 8, 1),
        date(2026, 8, 2),
        date(2026, 10, 1),
        date(2026, 10, 2),
        date(2027, 7, 31),
        date(2027, 8, 1),
    ]
)
_ENROLMENT = st.tuples(st.sampled_from((2025, 2026)), st.none() | _DAYS, st.none() | _DAYS)
_STUDENT = st.tuples(st.none() | _DAYS, st.lists(_ENROLMENT, min_size=0, max_size=2))


def _expected(students: list, day: date) -> set[int]:
    listed = set()
    for index, (left, enrolments) in enumerate(students, start=1):
        if left is not None and left <= day:
            continue
        for year, start, end in enrolments:
            school_year = SchoolYear(year)
            if not school_year.contains(day):
                continue
            if (start or school_year.start) <= day and (end is None or end > day):
                listed.add(index)
    return listed


@settings(max_examples=150, deadline=None)
@given(students=st.lists(_STUDENT, min_size=1, max_size=5), day=_DAYS)
@example(students=[(None, [(2026, None, date(2026, 10, 1))])], day=date(2026, 10, 1))
@example(students=[(date(2026, 10, 1), [(2026, None, None)])], day=date(2026, 10, 1))
@example(students=[(None, [(2026, date(2026, 10, 2), None)])], day=date(2026, 10, 1))
@example(students=[(None, [(2025, None, None)])], day=date(2026, 8, 1))
def test_students_on_matches_the_list_rule(students: list, day: date) -> None:
    with Store.in_memory() as store:
        school = store.insert("schools", {"name": "OBS", "created_at": "2026-01-01"})
        classes = {}
        for year in (2025, 2026):
            sy = SchoolYear(year)
            year_id = store.insert(
                "school_years",
                {"label": sy.label, "start_date": str(sy.start), "end_date": str(sy.end)},
            )
            classes[year] = store.insert(
                "classes", {"school_id": school, "school_year_id": year_id, "name": "Groep 4"}
            )
        for number, (left, enrolments) in enumerate(students, start=1):
            student = store.insert(
                "students",
                {
                    "id": number,
                    "school_id": school,
                    "student_number": str(number),
                    "roepnaam": "Kim",
                    "achternaam": "Visser",
                    "birth_date": "2016-01-01",
                    "left_date": left.isoformat() if left else None,
                    "created_at": "2026-01-01",
                },
            )
            seen = set()
            for year, start, end in enrolments:
                if year in seen:  # one enrolment per class
                    continue
                seen.add(year)
                store.insert(
                    "enrolments",
                    {
                        "student_id": student,
                        "class_id": classes[year],
                        "start_date": start.isoformat() if start else None,
                        "end_date": end.isoformat() if end else None,
                    },
                )
        deduplicated = [
            (left, list({year: (year, s, e) for year, s, e in reversed(enr)}.values()))
            for left, enr in students
        ]
        assert _listed(store, day) == _expected(deduplicated, day)


def test_newcomer_with_undated_enrolment_is_listed_from_their_own_enrolment_date(
    store: Store, records, school
) -> None:
    """An import may leave the class enrolment undated; the student's own start date
    still keeps them off lists for days before they came."""
    arrived = date(2026, 11, 2)
    student = records.student(school, enrolled_date=arrived)
    records.enrol(student, records.klass(school, 2026))
    assert _listed(store, date(2026, 9, 1)) == set()
    assert _listed(store, date(2026, 11, 1)) == set()
    assert _listed(store, arrived) == {student}
