"""Columns the named write operations share: the person a row is about, and what an update
of one use case may change."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any


def only(changes: Mapping[str, Any], allowed: Collection[str], what: str) -> Mapping[str, Any]:
    """``changes`` when every column in it is one of ``allowed``; a ValueError (a
    programming error, never the user's) naming the others when not."""
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"not a column {what} may change: {sorted(unknown)}")
    return changes


def person_columns(kind: str, person_id: int, kind_column: str = "person_kind") -> dict[str, Any]:
    """The kind (``employee`` or ``student``), ``employee_id`` and ``student_id`` of a row
    about one person: the id in the column of its kind, NULL in the other."""
    if kind not in ("employee", "student"):
        raise ValueError(f"unknown person kind: {kind}")
    return {
        kind_column: kind,
        "employee_id": person_id if kind == "employee" else None,
        "student_id": person_id if kind == "student" else None,
    }
