"""Which students a printed list is for: classes, a school, student numbers or a trip group.

``resolve`` turns a selection and the students on the list for a date (from
``services.status.student_statuses_on``) into the list's parts, each sorted by surname.
Names of schools and classes match ignoring case, accents and extra spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from korre_desktop.domain.people import fold, person_name
from korre_desktop.errors import InputError
from korre_desktop.services import groups
from korre_desktop.services.pdf.layout import natural_key
from korre_desktop.services.status import PersonStatus
from korre_desktop.store import Store

# Dutch titles printed on the lists (not Qt-translated: see services/pdf/layout.py).
WORDS = {
    "class": "Klas {name}",
    "students": "Leerlingen (selectie)",
    "group": "Reisgroep {label}",
}


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


def _same(a: str, b: str) -> bool:
    return fold(" ".join(a.split())) == fold(" ".join(b.split()))


def class_title(name: str) -> str:
    """ "Groep 5a" stays; "3B" becomes "Klas 3B"."""
    return name if fold(name).startswith(("groep", "klas")) else WORDS["class"].format(name=name)


def school_names(store: Store) -> list[str]:
    return [row["name"] for row in store.people.schools()]


def class_names(store: Store, on: date, school: str) -> list[str]:
    """The classes of ``school`` in the school year that contains ``on``, in natural order."""
    names = {row["name"] for row in store.people.classes_on(on) if _same(row["school"], school)}
    return sorted(names, key=natural_key)


def find_school(store: Store, name: str) -> str:
    for school in school_names(store):
        if _same(school, name):
            return school
    raise SelectionError("unknown_school", f"unknown school: {name!r}", school=name)


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


def _in_class(students: Sequence[PersonStatus], school: str, name: str) -> list[PersonStatus]:
    return _by_surname([p for p in students if p.school == school and p.class_name == name])


def _classes(
    store: Store, selection: ClassesSelection, on: date, students: Sequence[PersonStatus]
) -> list[Part]:
    if not selection.classes:
        raise SelectionError("empty", "choose at least one class")
    school = find_school(store, selection.school) if selection.school else None
    known = store.people.classes_on(on)
    chosen: list[tuple[str, str]] = []
    for wanted in selection.classes:
        matches = sorted(
            {
                (row["school"], row["name"])
                for row in known
                if _same(row["name"], wanted) and (school is None or row["school"] == school)
            }
        )
        if not matches:
            where = f" at {school}" if school else ""
            raise SelectionError(
                "unknown_class",
                f"no class {wanted!r}{where} in the school year of {on.isoformat()}",
                class_name=wanted,
            )
        if len(matches) > 1:
            at = ", ".join(s for s, _ in matches)
            raise SelectionError(
                "ambiguous_class",
                f"class {wanted!r} is at several schools ({at}): give the school",
                class_name=wanted,
            )
        if matches[0] not in chosen:
            chosen.append(matches[0])
    chosen.sort(key=lambda pair: (pair[0], natural_key(pair[1])))
    return [Part(class_title(name), s, _in_class(students, s, name)) for s, name in chosen]


def _school(
    store: Store, selection: SchoolSelection, on: date, students: Sequence[PersonStatus]
) -> list[Part]:
    school = find_school(store, selection.school)
    parts = [
        Part(class_title(name), school, found)
        for name in class_names(store, on, school)
        if (found := _in_class(students, school, name))
    ]
    if not parts:
        raise SelectionError(
            "no_classes",
            f"no students at {school} on {on.isoformat()}",
            school=school,
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
    group = groups.get_group(store, selection.group_id)
    members = set(groups.member_ids(store, group.id))
    found = _by_surname([p for p in students if p.id in members])
    missing_ids = members - {p.id for p in found}
    missing = sorted(
        (row for row in store.groups.students(missing_ids)),
        key=lambda r: (fold(r["achternaam"]), fold(r["roepnaam"])),
    )
    return Part(
        WORDS["group"].format(label=group.label),
        group.school or _schools_of(found),
        found,
        [person_name(r) for r in missing],
    )


def _schools_of(students: Sequence[PersonStatus]) -> str:
    return ", ".join(sorted({p.school for p in students}))
