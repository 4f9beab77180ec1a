"""Queries over trip groups: students picked across classes, saved with a name and a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_GROUP_SELECT = """SELECT g.id, g.name, g.trip_date, g.school_id, s.name AS school, g.created_at,
        (SELECT count(*) FROM trip_group_members m WHERE m.group_id = g.id) AS members
    FROM trip_groups g LEFT JOIN schools s ON s.id = g.school_id"""


class GroupQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def groups(self) -> list[Row]:
        """Every trip group, the latest trip first."""
        return self._store.rows(_GROUP_SELECT + " ORDER BY g.trip_date DESC, g.name, g.id")

    def group(self, group_id: int) -> Row | None:
        found = self._store.rows(_GROUP_SELECT + " WHERE g.id = ?", [group_id])
        return found[0] if found else None

    def on_date(self, trip_date: str) -> list[Row]:
        return self._store.rows(
            _GROUP_SELECT + " WHERE g.trip_date = ? ORDER BY g.name", [trip_date]
        )

    def groups_of(self, student_id: int) -> list[Row]:
        """The trip groups the student is (or was) in, the latest trip first."""
        return self._store.rows(
            _GROUP_SELECT + " WHERE g.id IN (SELECT group_id FROM trip_group_members"
            " WHERE student_id = ?) ORDER BY g.trip_date DESC, g.name, g.id",
            [student_id],
        )

    def member_ids(self, group_id: int) -> list[int]:
        rows = self._store.rows(
            "SELECT student_id FROM trip_group_members WHERE group_id = ? ORDER BY student_id",
            [group_id],
        )
        return [row["student_id"] for row in rows]

    def students(self, student_ids: Iterable[int]) -> list[Row]:
        """The students among ``student_ids`` that exist, with their school."""
        ids = sorted(set(student_ids))
        found: list[Row] = []
        for start in range(0, len(ids), 500):  # stay below SQLite's parameter limit
            chunk = ids[start : start + 500]
            found += self._store.rows(
                "SELECT id, school_id, roepnaam, tussenvoegsel, achternaam FROM students"
                f" WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        return found

    def add_group(self, *, name: str, trip_date: date, school_id: int | None) -> int:
        """A new trip group (``school_id`` None: students of several schools); its id."""
        store = self._store
        return store.insert(
            "trip_groups",
            {
                "name": name,
                "trip_date": trip_date.isoformat(),
                "school_id": school_id,
                "created_at": store.now(),
            },
        )

    def add_member(self, group_id: int, student_id: int) -> int:
        """The student in the trip group; the membership's rowid."""
        return self._store.insert(
            "trip_group_members", {"group_id": group_id, "student_id": student_id}
        )
