"""A server database as an embedded file of the same format: ``backup -o FILE.sqlite`` of a
server database, which opens anywhere (and can be moved to a server again).

The file gets the embedded schema exactly as the migrations leave it (the statements
SQLite keeps for a migrated database), without the rows the migrations put in, then every
row of every table from the server, then the triggers and the version stamps.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from korre_desktop.store import table_copy
from korre_desktop.store.connection import Database as FileDatabase
from korre_desktop.store.migrate import APPLICATION_ID
from korre_desktop.store.postgres import PostgresDatabase
from korre_desktop.store.postgres_migrate import schema_version
from korre_desktop.store.schema import MIGRATIONS
from korre_desktop.store.sqlite_driver import dbapi


@cache
def embedded_schema(version: int) -> tuple[tuple[str, str], ...]:
    """(type, statement) of every table, index and trigger of an embedded file migrated
    to ``version``."""
    from korre_desktop.store.connection import connect
    from korre_desktop.store.migrate import migrate

    made = connect(":memory:")
    try:
        migrate(made, None, [m for m in MIGRATIONS if m.number <= version])
        rows = made.execute(
            "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    finally:
        made.close()
    return tuple((kind, sql) for kind, sql in rows)


def filler(
    db: PostgresDatabase, step: Callable[[int], None] | None = None
) -> Callable[[dbapi.Connection], None]:
    """What writes the server's data into the backup's new file."""

    def fill(copy: dbapi.Connection) -> None:
        copy.isolation_level = None
        target = FileDatabase(copy)  # the file's own connection class: the copy's target
        copy.execute("BEGIN")
        version = schema_version(db)
        schema = embedded_schema(version)
        for kind, sql in schema:
            if kind != "trigger":
                copy.execute(sql)
        with db.snapshot():  # every table as of one moment
            for table in table_copy.TABLE_ORDER:
                table_copy.copy_table(db, "postgresql", target, table, step)
        for kind, sql in schema:
            if kind == "trigger":
                copy.execute(sql)
        copy.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        copy.execute(f"PRAGMA user_version = {version}")
        copy.execute("COMMIT")

    return fill
