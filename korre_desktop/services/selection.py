"""Which students a class, a school or a trip group stands for on a date: the one rule that
the printed forms, the no-photo list and the worklists share.

The rule:
- **Names.** A school, class or trip group is found by name ignoring case, accents and
  extra spaces (``name_key``: "  groep  5A" finds "Groep 5a"). A class name used at
  several schools needs the school (``ambiguous_class``).
- **School year.** A class is one of the school year that contains the date; a class of
  another year with the same name is not found (``unknown_class``).
- **In the class on the date.** The enrolment decides, as ``store.people.students_on``
  words it: the enrolment has started (no own start date: from the first day of the school
  year) and not ended, the student is enrolled and has not left by that date, and a
  student in two classes at once counts in the class whose enrolment started last. The
  school on the student's record does not count: the class's school does.
- **Trip group.** Its members who are on the list on the date; the others are listed
  apart (left, not yet enrolled).

Errors are ``SelectionError`` with a code: ``unknown_school``, ``unknown_class``,
``ambiguous_class``, ``unknown_group`` (and the other codes of ``groups.GroupError``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.people import fold, natural_key
from korre_desktop.errors import InputError
from korre_desktop.services import groups
from korre_desktop.store import Store

Row = dict[str, Any]


class SelectionError(InputError):
    """The selection names something that is not there; ``code`` says what.

    Codes: ``unknown_school``, ``unknown_class``, ``ambiguous_class``, ``no_classes``,
    ``unknown_student``, ``ambiguous_student``, ``empty``, plus the codes of
    ``groups.GroupError``.
    """

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message, code=code, **details)
        self.code = code


@dataclass(frozen=True)
class School:
    id: int
    name: str
    brin: str = ""  # the school's BRIN code (empty when not known)


@dataclass(frozen=True)
class Klass:
    """A class of one school year, with its school."""

    id: int
    name: str
    school_id: int
    school: str


def name_key(text: str) -> str:
    """How a typed name is compared: no case, no accents, single spaces."""
    return fold(" ".join(text.split()))


def schools(store: Store) -> list[School]:
    """Every school, by name."""
    return [School(row["id"], row["name"], row["brin"] or "") for row in store.people.schools()]


def find_school(store: Store, name: str) -> School:
    wanted = name_key(name)
    known = schools(store)
    for school in known:
        if name_key(school.name) == wanted:
            return school
    listed = ", ".join(s.name for s in known) or "none"
    raise SelectionError(
        "unknown_school", f"unknown school: {name!r} (schools: {listed})", school=name
    )


def school_by_id(store: Store, school_id: int) -> School:
    for school in schools(store):
        if school.id == school_id:
            return school
    raise SelectionError("unknown_school", f"no school with id {school_id}", school=school_id)


def classes_on(store: Store, on: date, school: School | None = None) -> list[Klass]:
    """The classes of the school year containing ``on`` (of ``school`` when given), by
    school and then in natural order ("Groep 9" before "Groep 10")."""
    found = [
        Klass(row["id"], row["name"], row["school_id"], row["school"])
        for row in store.people.classes_on(on)
        if school is None or row["school_id"] == school.id
    ]
    found.sort(key=lambda k: (fold(k.school), natural_key(k.name), k.id))
    return found


def find_class(store: Store, name: str, on: date, school: School | None = None) -> Klass:
    """The class called ``name`` in the school year of ``on`` (at ``school`` when given)."""
    wanted = name_key(name)
    found = [k for k in classes_on(store, on, school) if name_key(k.name) == wanted]
    if not found:
        where = f" at {school.name}" if school else ""
        raise SelectionError(
            "unknown_class",
            f"no class {name.strip()!r}{where} in the school year of {on.isoformat()}",
            class_name=name,
        )
    if len({k.school_id for k in found}) > 1:
        at = ", ".join(k.school for k in found)
        raise SelectionError(
            "ambiguous_class",
            f"class {name.strip()!r} is at several schools ({at}): give the school",
            class_name=name,
        )
    return found[0]


def class_by_id(store: Store, class_id: int, on: date, school: School | None = None) -> Klass:
    for klass in classes_on(store, on, school):
        if klass.id == class_id:
            return klass
    where = f" at {school.name}" if school else ""
    raise SelectionError(
        "unknown_class",
        f"no class with id {class_id}{where} in the school year of {on.isoformat()}",
        class_name=str(class_id),
    )


def students_in_class(store: Store, klass: Klass, on: date) -> list[Row]:
    """The student rows (``store.people.students_on``) in ``klass`` on ``on``."""
    return store.people.students_on(on, in_class=klass.id)


def student_ids_in_classes(store: Store, classes: Iterable[Klass], on: date) -> set[int]:
    return {row["id"] for klass in classes for row in students_in_class(store, klass, on)}


def group_members_on(store: Store, group_id: int, on: date) -> tuple[set[int], list[Row]]:
    """The trip group's members on the list on ``on`` (ids), and the rows of the others."""
    group = groups.get_group(store, group_id)
    members = set(groups.member_ids(store, group.id))
    on_list = {row["id"] for row in store.people.students_on(on, only=members)}
    return on_list, store.groups.students(members - on_list)
