"""Bringing a server database to the current schema, and making a new one.

A new server database gets the baseline schema (``postgres_schema``) and the rows the
embedded file's migrations put in (the settings' defaults, the standard consent form),
copied from a new embedded database in memory, so both engines start alike. A server
database of an older schema is never upgraded when an app connects: several PCs use it,
and ``korre-desktop server upgrade`` does it, after a backup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from korre_desktop.errors import (
    DatabaseError,
    DatabaseMissingError,
    NotADatabaseError,
)
from korre_desktop.store import postgres_schema, table_copy
from korre_desktop.store.connection import connect as connect_file
from korre_desktop.store.migrate import migrate as migrate_file
from korre_desktop.store.migrate import newer_database
from korre_desktop.store.postgres import PostgresDatabase
from korre_desktop.store.schema import MIGRATIONS, Migration

# The tables whose rows the migrations make.
SEEDED_TABLES = ("settings", "consent_form_versions", "consent_form_items", "consent_form_channels")


class OlderServerSchemaError(DatabaseError):
    """The server database has an older schema than this app: ``server upgrade`` first
    (a shared server is never upgraded by an app that connects)."""

    code = "older_server"


def schema_version(db: PostgresDatabase) -> int:
    """The server database's schema version; 0 for an empty database."""
    found = db.execute("SELECT to_regclass('korre_schema') IS NOT NULL").fetchone()
    if not found[0]:
        if db.table_names():
            raise NotADatabaseError(
                f"this server database is not a Korre Desktop database: {db.path_text}",
                path=db.path_text,
            )
        return 0
    row = db.execute("SELECT application, version FROM korre_schema").fetchone()
    if row is None or row[0] != postgres_schema.APPLICATION:
        raise NotADatabaseError(
            f"this server database is not a Korre Desktop database: {db.path_text}",
            path=db.path_text,
        )
    return int(row[1])


def migrate(
    db: PostgresDatabase, create: bool = False, migrations: Sequence[Migration] | None = None
) -> None:
    """Check the server database's schema (making it when ``create`` and it is empty)."""
    migrations = migrations or MIGRATIONS
    latest = migrations[-1].number
    current = schema_version(db)
    if current == 0:
        if not create:
            raise DatabaseMissingError(
                f"the server database is empty: make it with 'korre-desktop --db URL init'"
                f" ({db.path_text})",
                path=db.path_text,
                reason="empty_server",
            )
        create_schema(db)
        upgrade(db, migrations)  # the migrations after the baseline
        return
    if create:
        raise NotADatabaseError(
            f"the server database is not empty: {db.path_text}", path=db.path_text
        )
    if current > latest:
        raise newer_database(current, latest)
    if current < latest:
        raise OlderServerSchemaError(
            f"the server database has schema {current}; this app needs {latest}:"
            " run 'korre-desktop server upgrade' (after a backup)",
            found=current,
            supported=latest,
        )


def pending(db: PostgresDatabase, migrations: Sequence[Migration] | None = None) -> bool:
    """The server database has an older schema than this app's."""
    return 0 < schema_version(db) < (migrations or MIGRATIONS)[-1].number


def upgrade(db: PostgresDatabase, migrations: Sequence[Migration] | None = None) -> list[int]:
    """Apply the migrations the server database lacks, all in one transaction (the caller
    made a backup first); return their numbers."""
    migrations = migrations or MIGRATIONS
    latest = migrations[-1].number
    with db.atomic():
        current = schema_version(db)
        if current == 0:
            raise DatabaseMissingError(
                f"the server database is empty: make it with 'korre-desktop --db URL init'"
                f" ({db.path_text})",
                path=db.path_text,
            )
        if current > latest:
            raise newer_database(current, latest)
        pending = [m for m in migrations if m.number > current]
        for migration in pending:
            for statement in migration.postgres or migration.statements:
                db.execute(statement)
        if pending:
            db.execute(
                "UPDATE korre_schema SET version = ?, upgraded_at = now()", [pending[-1].number]
            )
    return [m.number for m in pending]


def create_schema(db: PostgresDatabase) -> None:
    """The baseline schema and the seed rows, in one transaction."""
    seed = connect_file(":memory:")
    try:
        baseline = [m for m in MIGRATIONS if m.number <= postgres_schema.BASELINE_VERSION]
        migrate_file(seed, None, baseline)
        with db.atomic():
            if schema_version(db) != 0:  # another PC made it meanwhile
                return
            fill_schema(db, seed, SEEDED_TABLES)
    finally:
        seed.close()


def fill_schema(
    db: PostgresDatabase,
    source: table_copy.Database,
    tables: Sequence[str],
    step: Callable[[int], None] | None = None,
    version: int = postgres_schema.BASELINE_VERSION,
) -> None:
    """Inside the caller's transaction: the schema up to ``version`` (the baseline and the
    migrations after it up to there), the rows of ``tables`` from ``source`` (an embedded
    database), the id sequences past them, the audit log's server time, the version stamp."""
    db.execute(postgres_schema.BASELINE)
    for migration in MIGRATIONS:
        if postgres_schema.BASELINE_VERSION < migration.number <= version:
            for statement in migration.postgres or migration.statements:
                db.execute(statement)
    for table in tables:
        table_copy.copy_table(source, "sqlite", db, table, step)
        key = table_copy.GENERATED_KEYS.get(table)
        if key:
            move_sequence(db, table, key)
    db.execute(postgres_schema.AUDIT_TIME)
    db.execute(
        "INSERT INTO korre_schema (application, version) VALUES (?, ?)",
        [postgres_schema.APPLICATION, version],
    )


def move_sequence(db: PostgresDatabase, table: str, key: str) -> None:
    """The id sequence of ``table`` past its largest id, never back: an office limited to
    some schools sees only their rows (row-level security), so the largest id it sees may
    be below the sequence's."""
    sequence = db.execute(f"SELECT pg_get_serial_sequence('{table}', '{key}')").fetchone()[0]
    db.execute(
        f"SELECT setval('{sequence}', greatest(coalesce(max({key}), 0), s.used, 1),"
        f" max({key}) IS NOT NULL OR s.used > 0)"
        f" FROM {table}, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS used"
        f" FROM {sequence}) s GROUP BY s.used"
    )
