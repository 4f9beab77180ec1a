"""After a purge: the removed rows' bytes wiped from the database's files, not just marked
free. On the embedded file the purge runs with ``secure_delete`` on (freed pages are
overwritten with zeros), then the -wal is copied in and emptied (a TRUNCATE checkpoint) and
VACUUM rewrites the file; on the server VACUUM FULL rewrites the tables the purge touched
(plain VACUUM only marks dead rows' space as reusable: their bytes stay until overwritten).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from korre_desktop.store.connection import sqlite_errors

if TYPE_CHECKING:
    from korre_desktop.store.store import Store


@contextlib.contextmanager
def secure_delete(store: Store) -> Iterator[None]:
    """SQLite overwrites what it deletes while the block runs (a no-op on the server)."""
    if store.is_server:
        yield
        return
    conn = store.db.conn
    before = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(before)}")


def wipe(store: Store, tables: Iterable[str]) -> bool:
    """Outside any transaction: rewrite the database (the file) or ``tables`` (the
    server). False when the server's tables could not be rewritten by this login (only
    their owner may: autovacuum reclaims the space later, the bytes stay until then)."""
    if store.is_server:
        return _vacuum_server(store, sorted(set(tables)))
    with sqlite_errors(str(store.path or "")):
        conn = store.db.conn
        if store.path is None:  # in memory: nothing lands on a disk
            return True
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return True


def _vacuum_server(store: Store, tables: list[str]) -> bool:
    db = store.db
    owner = db.execute("SELECT korre_is_owner()").fetchone()[0]
    if not owner or not tables:
        return bool(owner)
    db.execute(f"VACUUM (FULL, ANALYZE) {', '.join(tables)}")
    return True
