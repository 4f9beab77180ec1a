"""Noticing that another PC (or another window) changed the database, so open windows can
show it within seconds: ``PRAGMA data_version`` of a connection of its own on the file,
the server's notifications (``korre_changes``, sent by a trigger on every table at each
commit) on a server. The access log is written when someone only looks: neither engine
tells of it.

``changed()`` is cheap (one tiny statement, or none) and never waits: the window asks it
every second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from korre_desktop.store.connection import connect as connect_file
from korre_desktop.store.postgres import CHANGES_CHANNEL, PostgresDatabase
from korre_desktop.store.postgres import connect as connect_server
from korre_desktop.store.sqlite_driver import dbapi


class ChangeWatch(Protocol):
    def changed(self, wait: float = 0) -> bool:
        """Whether data was committed by another connection since the last call (waiting
        up to ``wait`` seconds for news from the server; the window never waits)."""
        ...

    def close(self) -> None: ...


class FileChangeWatch:
    """A commit by another connection, unless all it wrote was access-log entries (someone
    looked at a person: nothing for other windows to show again)."""

    def __init__(self, path: Path) -> None:
        self._db = connect_file(path)
        self._version = self._read()
        self._marks = self._read_marks()

    def _read(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _read_marks(self) -> tuple[int | None, int | None]:
        """The newest audit entry (every change to the records has one) and the newest
        access-log entry."""
        row = self._db.execute(
            "SELECT (SELECT max(id) FROM audit_log), (SELECT max(id) FROM access_log)"
        ).fetchone()
        return row[0], row[1]

    def changed(self, wait: float = 0) -> bool:  # a commit shows at once on a file
        try:
            version = self._read()
            if version == self._version:
                return False
            marks = self._read_marks()
        except (dbapi.Error, OSError):  # the file is gone: the next save says so
            return False
        self._version = version
        before, self._marks = self._marks, marks
        only_looked = marks[0] == before[0] and marks[1] != before[1]
        return not only_looked

    def close(self) -> None:
        self._db.close()


class ServerChangeWatch:
    def __init__(self, url: str) -> None:
        self._db: PostgresDatabase = connect_server(url)
        self._db.execute(f"LISTEN {CHANGES_CHANNEL}")

    def changed(self, wait: float = 0) -> bool:
        try:
            arrived = list(self._db.conn.notifies(timeout=wait, stop_after=1 if wait else None))
            if arrived:  # the rest of this burst too: one reload for all of it
                arrived += list(self._db.conn.notifies(timeout=0))
        except Exception:  # a lost connection: listen again on a new one next time
            self._reconnect()
            return True  # what happened meanwhile is unknown: read again
        return bool(arrived)

    def _reconnect(self) -> None:
        try:
            self._db.close()
            self._db = connect_server(self._db.url)
            self._db.execute(f"LISTEN {CHANGES_CHANNEL}")
        except Exception:  # the server is still away; the next call tries again
            pass

    def close(self) -> None:
        self._db.close()


class NoChangeWatch:
    """A database in memory: no one else can change it."""

    def changed(self, wait: float = 0) -> bool:
        return False

    def close(self) -> None:
        pass
