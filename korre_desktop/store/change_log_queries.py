"""The change log (the audit log) read whole, for who reviews it: the newest entries first,
filtered by a first day, a login and a table. A person's own history is
``PeopleQueries.history_of``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]


class ChangeLogQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(
        self,
        since: str | None = None,
        actor: str | None = None,
        table: str | None = None,
        limit: int = 5000,
    ) -> list[Row]:
        """At most ``limit`` entries at or after ``since`` ("YYYY-MM-DD"), of one login and
        one table when given; the newest first."""
        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append("at >= ?")
            params.append(since)
        if actor:
            where.append("actor = ?")
            params.append(actor)
        if table:
            where.append("table_name = ?")
            params.append(table)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._store.rows(
            "SELECT id, at, actor, action, table_name, row_id, before, after"
            f" FROM audit_log{clause} ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )

    def actors(self) -> list[str]:
        """Every login (or PC account) that has an entry, in order."""
        return [
            row["actor"]
            for row in self._store.rows("SELECT DISTINCT actor FROM audit_log ORDER BY actor")
        ]

    def tables(self) -> list[str]:
        """Every table that has an entry, in order."""
        return [
            row["table_name"]
            for row in self._store.rows(
                "SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"
            )
        ]
