"""Trip groups: students picked across classes, saved with a name and a trip date, so the
no-photo list of the group can be printed again (for the trip date or another day).

A group is written once, in one transaction, through the audited ``Store.insert``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.people import fold
from korre_desktop.errors import InputError
from korre_desktop.store import Store

MAX_NAME_LENGTH = 120


class GroupError(InputError):
    """A trip group cannot be saved or found; ``code`` says why (the GUI words it).

    Codes: ``name_required``, ``name_too_long``, ``name_taken``, ``no_students``,
    ``unknown_student``, ``unknown_group``, ``ambiguous_group``.
    """

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message, code=code, **details)
        self.code = code


@dataclass(frozen=True)
class TripGroup:
    id: int
    name: str
    trip_date: date
    school_id: int | None
    school: str  # "" when the students come from several schools
    members: int

    @property
    def label(self) -> str:
        """ "Kamp groep 8 (12-06-2027)", for lists and messages."""
        return f"{self.name} ({self.trip_date:%d-%m-%Y})"


def _group(row: dict) -> TripGroup:
    return TripGroup(
        id=row["id"],
        name=row["name"],
        trip_date=date.fromisoformat(row["trip_date"]),
        school_id=row["school_id"],
        school=row["school"] or "",
        members=row["members"],
    )


def _clean_name(name: str) -> str:
    return " ".join((name or "").split())


def create_group(store: Store, name: str, trip_date: date, student_ids: Iterable[int]) -> TripGroup:
    """Save a new trip group. The name is required and unique per trip date (case and
    accents do not count); at least one student. The group belongs to a school when all
    its students do, else to none."""
    name = _clean_name(name)
    ids = sorted(set(student_ids))
    if not name:
        raise GroupError("name_required", "a trip group needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise GroupError("name_too_long", f"the name is longer than {MAX_NAME_LENGTH} characters")
    if not ids:
        raise GroupError("no_students", "a trip group needs at least one student")
    taken = {fold(row["name"]) for row in store.groups.on_date(trip_date.isoformat())}
    if fold(name) in taken:
        raise GroupError(
            "name_taken",
            f"there is already a trip group {name!r} on {trip_date.isoformat()}",
            name=name,
        )
    students = store.groups.students(ids)
    unknown = sorted(set(ids) - {row["id"] for row in students})
    if unknown:
        raise GroupError(
            "unknown_student", f"no student with id {unknown[0]}", student_id=unknown[0]
        )
    schools = {row["school_id"] for row in students}
    school_id = next(iter(schools)) if len(schools) == 1 else None
    with store.transaction():
        group_id = store.groups.add_group(name=name, trip_date=trip_date, school_id=school_id)
        for student_id in ids:
            store.groups.add_member(group_id, student_id)
    return get_group(store, group_id)


def list_groups(store: Store) -> list[TripGroup]:
    """Every trip group, the latest trip first."""
    return [_group(row) for row in store.groups.groups()]


def get_group(store: Store, group_id: int) -> TripGroup:
    row = store.groups.group(group_id)
    if row is None:
        raise GroupError("unknown_group", f"no trip group with id {group_id}")
    return _group(row)


def member_ids(store: Store, group_id: int) -> list[int]:
    return store.groups.member_ids(group_id)


def find_group(store: Store, name: str, trip_date: date | None = None) -> TripGroup:
    """The group called ``name`` (case and accents do not count), on ``trip_date`` when
    given; several groups with that name on different dates need the date."""
    wanted = fold(_clean_name(name))
    found = [
        group
        for group in list_groups(store)
        if fold(group.name) == wanted and (trip_date is None or group.trip_date == trip_date)
    ]
    if not found:
        on = f" on {trip_date.isoformat()}" if trip_date else ""
        raise GroupError("unknown_group", f"no trip group named {name!r}{on}", name=name)
    if len(found) > 1:
        dates = ", ".join(sorted(group.trip_date.isoformat() for group in found))
        raise GroupError(
            "ambiguous_group",
            f"there are several trip groups named {name!r} ({dates}): give the trip date",
            name=name,
        )
    return found[0]
