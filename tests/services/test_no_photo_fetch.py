"""The no-photo list reads only the students it prints, and prints what a computation over
the whole foundation, filtered to the selection, would print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from korre_desktop.services import groups
from korre_desktop.services import selection as lookup
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.pdf import no_photo
from korre_desktop.services.pdf.no_photo import no_photo_pdf_bytes
from korre_desktop.services.pdf.selection import (
    ClassesSelection,
    GroupSelection,
    SchoolSelection,
    Selection,
    StudentsSelection,
)
from korre_desktop.services.status import PersonStatus, student_statuses_on
from korre_desktop.store import Store
from tests.services.test_no_photo_pdf import printed_rows

DAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 5)


@pytest.fixture
def demo(tmp_path) -> Store:
    with Store.create(tmp_path / "demo.sqlite", actor="test") as store:
        generate_demo(store, students=300, employees=4, seed=7, today=DAY)
        yield store


def _biggest_class(store: Store) -> lookup.Klass:
    return max(
        lookup.classes_on(store, DAY),
        key=lambda k: (len(lookup.students_in_class(store, k, DAY)), -k.id),
    )


def _selections(store: Store) -> dict[str, Callable[[], Selection]]:
    klass = _biggest_class(store)
    members = [row["id"] for row in lookup.students_in_class(store, klass, DAY)]
    students = {p.id: p for p in student_statuses_on(store, DAY, with_consent=False)}
    return {
        "class": lambda: ClassesSelection((klass.name,), klass.school),
        "school": lambda: SchoolSelection(klass.school),
        "numbers": lambda: StudentsSelection(
            tuple(students[i].number for i in members[:3]), klass.school
        ),
        "group": lambda: GroupSelection(groups.create_group(store, "Kamp", DAY, members[::2]).id),
    }


def test_a_class_list_reads_only_that_class(demo: Store, monkeypatch) -> None:
    klass = _biggest_class(demo)
    in_class = {row["id"] for row in lookup.students_in_class(demo, klass, DAY)}
    assert len(in_class) > 5
    asked: list[tuple[str, object]] = []

    def spy(owner, name: str) -> None:
        real = getattr(owner, name)

        def wrapper(*args, **kwargs):
            asked.append((name, kwargs.get("only", args[-1] if args else None)))
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    real_statuses = no_photo.student_statuses_on
    only_seen: list[set[int] | None] = []

    def statuses_spy(*args, **kwargs) -> list[PersonStatus]:
        only_seen.append(None if kwargs.get("only") is None else set(kwargs["only"]))
        return real_statuses(*args, **kwargs)

    monkeypatch.setattr(no_photo, "student_statuses_on", statuses_spy)
    spy(demo.consent, "statements")
    spy(demo.consent, "protocol_signatures")
    spy(demo.people, "guardians_without_authority")
    full_list = demo.people.students_on
    whole: list[object] = []

    def students_on(day, in_class=None, only=None):
        if in_class is None and only is None:
            whole.append(day)  # the whole foundation
        return full_list(day, in_class=in_class, only=only)

    monkeypatch.setattr(demo.people, "students_on", students_on)

    no_photo_pdf_bytes(demo, ClassesSelection((klass.name,), klass.school), DAY, now=NOW)

    assert only_seen == [in_class]
    assert {name for name, _ in asked} == {
        "statements",
        "protocol_signatures",
        "guardians_without_authority",
    }
    assert all(only is not None and set(only) == in_class for _, only in asked), asked
    assert whole == []


@pytest.mark.parametrize("kind", ["class", "school", "numbers", "group"])
def test_printed_as_if_computed_over_the_whole_foundation(
    demo: Store, monkeypatch, kind: str
) -> None:
    selection = _selections(demo)[kind]()
    fetched, fetched_summary = no_photo_pdf_bytes(demo, selection, DAY, now=NOW)

    # The old way: every student's statuses, and the selection picked from them.
    everyone = {p.id for p in student_statuses_on(demo, DAY, include_inactive=True)}
    monkeypatch.setattr(no_photo, "student_ids", lambda *_args: everyone)
    whole, whole_summary = no_photo_pdf_bytes(demo, selection, DAY, now=NOW)

    fetched_rows = [(row.name, row.cells) for row in printed_rows(fetched)]
    assert fetched_rows == [(row.name, row.cells) for row in printed_rows(whole)]
    assert fetched_rows and fetched_summary == whole_summary
