"""The access log's rows: one written per print, export, opened person detail or search that
shows personal data; read back (filtered) for the beheerder and the privacy officer; and the
one way entries go: the purge of those older than the retention period (the database
refuses any younger one: ``schema.ACCESS_LOG``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC
from typing import TYPE_CHECKING, Any

from korre_desktop.store.connection import sqlite_errors
from korre_desktop.store.schema import ACCESS_LOG_EXPIRED_BEFORE

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]


class AccessLogQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        action: str,
        what: str,
        scope: str,
        people_count: int,
        person_refs: Sequence[str],
    ) -> int:
        """One entry, now, by whoever is signed in (on the server the server sets both:
        its own time and the session's login). Not audited: it is a log itself."""
        store = self._store
        at = store.clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with sqlite_errors(str(store.path or "")), store.db.atomic():
            row = store.db.execute(
                "INSERT INTO access_log (at, actor, action, what, scope, people_count,"
                " person_refs) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [
                    at,
                    store.signed_in().login,
                    action,
                    what,
                    scope,
                    people_count,
                    json.dumps(list(person_refs)),
                ],
            ).fetchone()
        return int(row[0])

    def entries(
        self,
        since: str | None = None,
        actor: str | None = None,
        action: str | None = None,
    ) -> list[Row]:
        """The entries at or after ``since`` (a UTC text or a date "YYYY-MM-DD"), of one
        login and one action when given; the newest first."""
        where, params = [], []
        if since:
            where.append("at >= ?")
            params.append(since)
        if actor:
            where.append("actor = ?")
            params.append(actor)
        if action:
            where.append("action = ?")
            params.append(action)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._store.rows(
            "SELECT id, at, actor, action, what, scope, people_count, person_refs"
            f" FROM access_log{clause} ORDER BY at DESC, id DESC",
            params,
        )

    def about(self, ref: str) -> list[Row]:
        """The entries that name the person ``ref`` ("student:12") among their people,
        oldest first (for an access request)."""
        return self._store.rows(
            "SELECT id, at, actor, action, what, scope, people_count, person_refs"
            " FROM access_log WHERE person_refs LIKE ? ORDER BY at, id",
            [f"%{json.dumps(ref)}%"],
        )

    def actors(self) -> list[str]:
        """Every login that has an entry, in order."""
        return [
            row["actor"]
            for row in self._store.rows("SELECT DISTINCT actor FROM access_log ORDER BY actor")
        ]

    def purge_expired(self) -> int:
        """Remove the entries older than the retention period, as the database counts it
        (its own clock and the setting); audited with how many. Returns that number."""
        store = self._store
        with sqlite_errors(str(store.path or "")), store.db.atomic():
            if store.is_server:
                removed = store.db.execute("SELECT korre_purge_access_log()").fetchone()[0]
            else:
                removed = store.db.execute(
                    f"DELETE FROM access_log WHERE at < {ACCESS_LOG_EXPIRED_BEFORE}"
                ).rowcount
            if removed:
                store.audit("purge", "access_log", None, None, {"rows": removed})
        return int(removed or 0)
