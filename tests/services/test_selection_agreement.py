"""The printed forms, the no-photo list and the worklists turn a class or a school into the
same students: one rule for names (case, accents and spaces do not count), for the school
year (the one containing the date) and for who is in a class on a date (the enrolment)."""

from __future__ import annotations

from datetime import date

import pytest

from korre_desktop.errors import InputError
from korre_desktop.services import forms
from korre_desktop.services.pdf.selection import ClassesSelection, SchoolSelection, resolve
from korre_desktop.services.pdf.worklists_pdf import worklists_pdf_bytes
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store

DAY = date(2026, 11, 24)  # school year 2026-2027


def forms_ids(store: Store, class_name: str, school: str | None = None) -> set[int]:
    _description, people = forms.select_people(
        store, forms.Selection.of_class(class_name, school), DAY
    )
    return {p.id for p in people}


def no_photo_ids(store: Store, class_name: str, school: str | None = None) -> set[int]:
    parts = resolve(
        store, ClassesSelection((class_name,), school), DAY, student_statuses_on(store, DAY)
    )
    return {p.id for part in parts for p in part.students}


def worklist_count(store: Store, class_name: str, school: str | None = None) -> int:
    """Nobody here has a statement, so every student in the class is on a worklist."""
    _pdf, summary = worklists_pdf_bytes(store, DAY, school, class_name)
    return summary.people


@pytest.fixture
def linde(store: Store, records) -> dict[str, int]:
    """OBS De Linde with Groep 5a: who is in it on DAY and who is not."""
    school = records.school("OBS De Linde")
    other = records.school("OBS Het Anker")
    klass = records.klass(school, 2026, "Groep 5a")
    records.klass(school, 2025, "Groep 8")  # last school year only
    ids = {}

    def student(key: str, school_id: int = school, **kwargs) -> int:
        enrol = kwargs.pop("enrol", {})
        ids[key] = records.student(school_id, achternaam=key.capitalize(), **kwargs)
        records.enrol(ids[key], klass, **enrol)
        return ids[key]

    student("in")
    student("came", enrolled_date=date(2026, 10, 1))
    student("moved_in", enrol={"start_date": date(2026, 11, 1)})
    student("left", left_date=date(2026, 11, 1))  # left before DAY
    student("leaves", left_date=date(2026, 12, 1))  # still here on DAY
    student("later", enrolled_date=date(2027, 1, 5))
    student("moved_out", enrol={"end_date": date(2026, 11, 20)})
    # Enrolled in De Linde's class while the record still names the other school: the
    # enrolment says who is in the class.
    student("registered_elsewhere", school_id=other)
    return ids


IN_CLASS = {"in", "came", "moved_in", "leaves", "registered_elsewhere"}


@pytest.mark.parametrize("typed", ["Groep 5a", "groep 5A", "  Groep  5a "])
def test_class_names_match_ignoring_case_and_spaces(store, linde, typed) -> None:
    expected = {linde[key] for key in IN_CLASS}
    assert forms_ids(store, typed) == expected
    assert no_photo_ids(store, typed) == expected
    assert worklist_count(store, typed) == len(expected)


@pytest.mark.parametrize("school", ["OBS De Linde", "obs de linde", "OBS  De Linde "])
def test_school_names_match_ignoring_case_and_spaces(store, linde, school) -> None:
    expected = {linde[key] for key in IN_CLASS}
    assert forms_ids(store, "Groep 5a", school) == expected
    assert no_photo_ids(store, "Groep 5a", school) == expected
    assert worklist_count(store, "Groep 5a", school) == len(expected)


def test_a_whole_school_lists_the_students_enrolled_in_its_classes(store, linde) -> None:
    parts = resolve(store, SchoolSelection("OBS De Linde"), DAY, student_statuses_on(store, DAY))
    assert [part.title for part in parts] == ["Groep 5a"]
    assert {p.id for p in parts[0].students} == {linde[key] for key in IN_CLASS}


def test_a_class_of_another_school_year_is_not_found(store, linde) -> None:
    for find in (forms_ids, no_photo_ids, worklist_count):
        with pytest.raises(InputError) as caught:
            find(store, "Groep 8")
        assert caught.value.code == "unknown_class", find.__name__


def test_a_class_name_at_two_schools_needs_the_school(store, records, linde) -> None:
    other = store.rows("SELECT id FROM schools WHERE name = 'OBS Het Anker'")[0]["id"]
    records.klass(other, 2026, "Groep 5A")
    for find in (forms_ids, no_photo_ids, worklist_count):
        with pytest.raises(InputError) as caught:
            find(store, "groep 5a")
        assert caught.value.code == "ambiguous_class", find.__name__
    assert forms_ids(store, "groep 5a", "OBS De Linde") == {linde[key] for key in IN_CLASS}
    assert worklist_count(store, "groep 5a", "obs het anker") == 0
