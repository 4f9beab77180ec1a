"""Which students a printed list is for: classes, a school, student numbers or a trip group.

``resolve`` turns a selection and the students on the list for a date (from
``services.status.student_statuses_on``) into the list's parts, each sorted by surname.
Which students a class, a school or a trip group stands for is ``services.selection``'s
rule, shared with the printed forms and the worklists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from korre_desktop.domain.people import fold, natural_key, person_name, person_sort_key
from korre_desktop.services import selection as lookup
from korre_desktop.services.groups import get_group
from korre_desktop.services.selection import SelectionError
from korre_desktop.services.status import PersonStatus
from korre_desktop.store import Store

__all__ = [
    "ClassesSelection",
    "GroupSelection",
    "Part",
    "SchoolSelection",
    "Selection",
    "SelectionError",
    "StudentsSelection",
    "class_names",
    "class_title",
    "find_school",
    "resolve",
    "school_names",
    "student_ids",
]

# Dutch titles printed on the lists (not Qt-translated: see services/pdf/layout.py).
WORDS = {
    "class": "Klas {name}",
    "students": "Leerlingen (selectie)",
    "group": "Reisgroep {label}",
}


@dataclass(frozen=True)
class ClassesSelection:
    """One or more classes; ``school`` is needed when a class name is used at two schools."""

    classes: tuple[str, ...]
    school: str | None = None


@dataclass(frozen=True)
class SchoolSelection:
    """A whole school: one part per class."""

    school: str


@dataclass(frozen=True)
class StudentsSelection:
    numbers: tuple[str, ...]
    school: str | None = None


@dataclass(frozen=True)
class GroupSelection:
    group_id: int


Selection = ClassesSelection | SchoolSelection | StudentsSelection | GroupSelection


@dataclass
class Part:
    """One part of a list (a class, a trip group): it starts on a new page."""

    title: str
    school: str
    students: list[PersonStatus]
    # Members of a trip group who are not on the list on the date (left, not enrolled).
    not_on_list: list[str] = field(default_factory=list)


def class_title(name: str) -> str:
    """ "Groep 5a" stays; "3B" becomes "Klas 3B"."""
    return name if fold(name).startswith(("groep", "klas")) else WORDS["class"].format(name=name)


def school_names(store: Store) -> list[str]:
    return [school.name for school in lookup.schools(store)]


def class_names(store: Store, on: date, school: str) -> list[str]:
    """The classes of ``school`` in the school year that contains ``on``, in natural order."""
    return [k.name for k in lookup.classes_on(store, on, lookup.find_school(store, school))]


def find_school(store: Store, name: str) -> str:
    return lookup.find_school(store, name).name


def _by_surname(students: Sequence[PersonStatus]) -> list[PersonStatus]:
    return sorted(students, key=lambda p: (p.sort_key, p.number))


def resolve(
    store: Store, selection: Selection, on: date, students: Sequence[PersonStatus]
) -> list[Part]:
    """The parts of the list for ``selection`` on ``on`` (``students``: those on the list)."""
    if isinstance(selection, ClassesSelection):
        return _classes(store, selection, on, students)
    if isinstance(selection, SchoolSelection):
        return _school(store, selection, on, students)
    if isinstance(selection, StudentsSelection):
        return [_numbers(store, selection, on, students)]
    if isinstance(selection, GroupSelection):
        return [_group(store, selection, on, students)]
    raise TypeError(f"not a selection: {selection!r}")


def student_ids(store: Store, selection: Selection, on: date) -> set[int]:
    """The ids of the students ``resolve`` may need for ``selection`` on ``on``, found
    without reading the whole foundation: give ``resolve`` the statuses of these only.

    For student numbers these are every student with one of the numbers (at any school),
    so ``resolve`` still sees a number used at two schools.
    """
    if isinstance(selection, ClassesSelection):
        return lookup.student_ids_in_classes(store, _chosen_classes(store, selection, on), on)
    if isinstance(selection, SchoolSelection):
        school = lookup.find_school(store, selection.school)
        return lookup.student_ids_in_classes(store, lookup.classes_on(store, on, school), on)
    if isinstance(selection, StudentsSelection):
        return {
            row["id"]
            for number in selection.numbers
            if number.strip()
            for row in store.records.students_with_number(number.strip())
        }
    if isinstance(selection, GroupSelection):
        return lookup.group_members_on(store, get_group(store, selection.group_id).id, on)[0]
    raise TypeError(f"not a selection: {selection!r}")


def _in_class(
    store: Store, klass: lookup.Klass, on: date, students: Sequence[PersonStatus]
) -> list[PersonStatus]:
    ids = lookup.student_ids_in_classes(store, [klass], on)
    return _by_surname([p for p in students if p.id in ids])


def _chosen_classes(store: Store, selection: ClassesSelection, on: date) -> list[lookup.Klass]:
    if not selection.classes:
        raise SelectionError("empty", "choose at least one class")
    school = lookup.find_school(store, selection.school) if selection.school else None
    chosen: list[lookup.Klass] = []
    for wanted in selection.classes:
        klass = lookup.find_class(store, wanted, on, school)
        if klass not in chosen:
            chosen.append(klass)
    chosen.sort(key=lambda k: (fold(k.school), natural_key(k.name)))
    return chosen


def _classes(
    store: Store, selection: ClassesSelection, on: date, students: Sequence[PersonStatus]
) -> list[Part]:
    chosen = _chosen_classes(store, selection, on)
    return [Part(class_title(k.name), k.school, _in_class(store, k, on, students)) for k in chosen]


def _school(
    store: Store, selection: SchoolSelection, on: date, students: Sequence[PersonStatus]
) -> list[Part]:
    school = lookup.find_school(store, selection.school)
    parts = [
        Part(class_title(klass.name), school.name, found)
        for klass in lookup.classes_on(store, on, school)
        if (found := _in_class(store, klass, on, students))
    ]
    if not parts:
        raise SelectionError(
            "no_classes",
            f"no students at {school.name} on {on.isoformat()}",
            school=school.name,
        )
    return parts


def _numbers(
    store: Store, selection: StudentsSelection, on: date, students: Sequence[PersonStatus]
) -> Part:
    numbers = [n.strip() for n in selection.numbers if n.strip()]
    if not numbers:
        raise SelectionError("empty", "give at least one student number")
    school = find_school(store, selection.school) if selection.school else None
    chosen: dict[int, PersonStatus] = {}
    for number in numbers:
        matches = [
            p for p in students if p.number == number and (school is None or p.school == school)
        ]
        if not matches:
            raise SelectionError(
                "unknown_student",
                f"no student number {number} on the list on {on.isoformat()}",
                number=number,
            )
        if len(matches) > 1:
            at = ", ".join(sorted(p.school for p in matches))
            raise SelectionError(
                "ambiguous_student",
                f"student number {number} is used at several schools ({at}): give the school",
                number=number,
            )
        chosen[matches[0].id] = matches[0]
    found = _by_surname(list(chosen.values()))
    return Part(WORDS["students"], _schools_of(found), found)


def _group(
    store: Store, selection: GroupSelection, on: date, students: Sequence[PersonStatus]
) -> Part:
    group = get_group(store, selection.group_id)
    on_list, missing = lookup.group_members_on(store, group.id, on)
    found = _by_surname([p for p in students if p.id in on_list])
    missing.sort(key=person_sort_key)
    return Part(
        WORDS["group"].format(label=group.label),
        group.school or _schools_of(found),
        found,
        [person_name(r) for r in missing],
    )


def _schools_of(students: Sequence[PersonStatus]) -> str:
    return ", ".join(sorted({p.school for p in students}))
