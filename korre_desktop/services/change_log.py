"""The change log (wijzigingslog) as a whole: every change the app made, by whom and when,
with what it was before and after; for those who review it (the beheerder, the office,
the privacy officer: ``Permission.READ_CHANGE_LOG``). Read only: nobody changes it. A
person's own history is in their detail pane (``person_detail``).

On a server the times are the server's, in UTC ("…Z"); on the embedded file this PC's
local time: both are shown in this PC's time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from korre_desktop.domain.roles import Permission
from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.excel.safe_text import csv_text
from korre_desktop.store import Store

# The newest this many entries at most (an import of a whole school writes 300,000).
SHOWN_AT_MOST = 5000


@dataclass(frozen=True)
class Change:
    id: int
    at: datetime  # as stored: aware (UTC) on a server, naive local time on the file
    actor: str
    action: str  # "insert", "update", "delete", "purge"
    table: str
    row_id: str
    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def local_time(self) -> datetime:
        """The moment in this PC's time zone, without the zone (for showing)."""
        return self.at.astimezone().replace(tzinfo=None) if self.at.tzinfo else self.at

    @property
    def fields(self) -> tuple[str, ...]:
        """The columns the change touched: those that differ (all of a new or removed row)."""
        names = dict.fromkeys([*self.before, *self.after])
        return tuple(n for n in names if self.before.get(n) != self.after.get(n))


def may_read(store: Store) -> bool:
    return store.signed_in().may(Permission.READ_CHANGE_LOG)


def _moment(text: str) -> datetime:
    if text.endswith("Z"):
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return datetime.fromisoformat(text)


def _values(text: str | None) -> dict[str, Any]:
    found = json.loads(text) if text else {}
    return found if isinstance(found, dict) else {"value": found}


def entries(
    store: Store,
    since: date | None = None,
    user: str | None = None,
    table: str | None = None,
) -> list[Change]:
    """The newest ``SHOWN_AT_MOST`` changes from ``since``, of one login and one table
    when given."""
    rows = store.change_log.entries(
        since.isoformat() if since else None, user or None, table or None, SHOWN_AT_MOST
    )
    return [
        Change(
            id=int(row["id"]),
            at=_moment(row["at"]),
            actor=row["actor"],
            action=row["action"],
            table=row["table_name"],
            row_id=str(row["row_id"] or ""),
            before=_values(row["before"]),
            after=_values(row["after"]),
        )
        for row in rows
    ]


def users(store: Store) -> list[str]:
    return store.change_log.actors()


def tables(store: Store) -> list[str]:
    return store.change_log.tables()


CSV_COLUMNS = ("at", "user", "action", "table", "row", "before", "after")


def change_fields(change: Change) -> tuple[str, ...]:
    """A change's values as text, in ``CSV_COLUMNS``' order (the time as stored)."""
    at = change.at.strftime("%Y-%m-%dT%H:%M:%SZ") if change.at.tzinfo else change.at.isoformat()
    return (
        at,
        change.actor,
        change.action,
        change.table,
        change.row_id,
        json.dumps(change.before, ensure_ascii=False, sort_keys=True) if change.before else "",
        json.dumps(change.after, ensure_ascii=False, sort_keys=True) if change.after else "",
    )


def write_csv_to(handle: TextIO, found: Sequence[Change]) -> int:
    """The changes as CSV (a header row); a cell that starts like a formula gets an
    apostrophe (``safe_text.csv_text``). Returns how many rows."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for change in found:
        writer.writerow(csv_text(value) for value in change_fields(change))
    return len(found)


def write_csv(target: Path, found: Sequence[Change]) -> int:
    """The changes as a CSV file (UTF-8), written whole or not at all."""
    with atomic_text_file(target) as handle:
        return write_csv_to(handle, found)
