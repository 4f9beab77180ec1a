"""Bringing a database file to the current schema, one atomic migration at a time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from korre_desktop.errors import NewerDatabaseError, NotADatabaseError
from korre_desktop.store.backup import backup_name, backup_to, ensure_backup_folder
from korre_desktop.store.connection import Database, connect
from korre_desktop.store.schema import MIGRATIONS, Migration
from korre_desktop.store.sqlite_driver import dbapi

APPLICATION_ID = 0x4B4F5252  # "KORR": marks the file as ours


def newer_database(found: int, supported: int) -> NewerDatabaseError:
    """A database of a newer app than this one (a file or a server)."""
    return NewerDatabaseError(
        f"this database was written by a newer version of Korre Desktop "
        f"(schema {found}; this version knows up to {supported}); update the app",
        found=found,
        supported=supported,
    )


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_is_ours(db: Database) -> None:
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        raise NotADatabaseError("this SQLite file belongs to another program")
    # Every migration stamps the application id together with user_version, so a file of
    # ours with tables always carries it; tables without it belong to another program,
    # whatever its user_version says.
    if app_id == 0 and db.table_names():
        raise NotADatabaseError("this SQLite file is not a Korre Desktop database")


def migrate(
    db: Database,
    db_path: Path | None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[int]:
    """Apply the migrations the file lacks; return their numbers.

    A file that already has data is backed up first. Each migration and its
    version stamp commit together or not at all.
    """
    check_is_ours(db)
    current = schema_version(db)
    latest = migrations[-1].number
    if current > latest:
        raise newer_database(current, latest)
    pending = [m for m in migrations if m.number > current]
    if not pending:
        return []
    if current > 0 and db_path is not None:
        folder = ensure_backup_folder(db_path)
        backup_to(db, folder / backup_name(db_path, datetime.now(), f"before-schema-{latest}"))
    applied = []
    for migration in pending:
        if migration.rebuilds_tables:
            db.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            with db.atomic():
                # Read again under the write lock: another process that started at the same
                # time may have applied this migration while we waited for the lock.
                if schema_version(db) >= migration.number:
                    continue
                for statement in migration.statements:
                    db.execute(statement)
                if migration.rebuilds_tables:
                    _check_foreign_keys(db, migration)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {migration.number}")
            applied.append(migration.number)
        finally:
            if migration.rebuilds_tables:
                db.execute("PRAGMA foreign_keys = ON")
    return applied


def create_at_version(path: Path, version: int) -> None:
    """Make a new database file with only the first ``version`` migrations: the file an
    older Korre Desktop left (the self-check upgrades one to see the migrations run)."""
    db = connect(path, create=True)
    try:
        migrate(db, path, MIGRATIONS[:version])
    finally:
        db.close()


def _check_foreign_keys(db: Database, migration: Migration) -> None:
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise dbapi.IntegrityError(
            f"migration {migration.number}: {len(broken)} broken reference(s),"
            f" first {table} row {rowid} to {parent}"
        )
