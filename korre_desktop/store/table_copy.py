"""Copying every row of one database into another, table by table, parents first: the
seed rows of a new server database, ``move-to-server`` and a server's backup to a file."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any, Protocol

# Every table, each after the tables it refers to.
TABLE_ORDER = (
    "settings",
    "schools",
    "school_years",
    "classes",
    "students",
    "employees",
    "enrolments",
    "guardians",
    "student_guardians",
    "employee_schools",
    "class_teachers",
    "audit_log",
    "blobs",
    "blob_derivations",
    "protocol_versions",
    "protocol_signatures",
    "consent_form_versions",
    "consent_form_items",
    "consent_form_channels",
    "consent_statements",
    "trip_groups",
    "trip_group_members",
    "form_templates",
    "form_instances",
    "import_mappings",
    "import_runs",
    "scan_batches",
    "scan_pages",
    "accounts",
    "authorisations",
    "authorisation_withdrawals",
    "press_reports",
    "dossier_entries",
    "access_log",
    "users",
    "user_schools",
    "user_classes",
    "user_trip_groups",
    "purge_runs",  # empty but inside a purge's own transaction
)
LINK_TABLES = frozenset(
    {
        "student_guardians",
        "employee_schools",
        "trip_group_members",
        "class_teachers",
        "user_schools",
        "user_classes",
        "user_trip_groups",
    }
)
# The key of each table with a generated one (the id sequence moves past copied rows).
GENERATED_KEYS = {
    table: "rowid" if table in LINK_TABLES else "id"
    for table in TABLE_ORDER
    if table not in ("settings", "blobs", "blob_derivations", "users", "purge_runs")
}
BATCH = 1_000


class _Cursor(Protocol):
    description: Any

    def fetchmany(self, size: int) -> list[Any]: ...


class Database(Protocol):
    def execute(self, sql: str, params: Any = ()) -> Any: ...

    def insert_many(self, table: str, columns: Any, rows: Any) -> None: ...


def columns_of(db: Database, table: str, dialect: str) -> list[str]:
    """The table's columns in the order they were made (``rowid`` first for a link table)."""
    if dialect == "sqlite":
        names = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")').fetchall()]
    else:
        names = [
            row[0]
            for row in db.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = ?"
                " ORDER BY ordinal_position",
                [table],
            ).fetchall()
        ]
    names = [name for name in names if name != "rowid"]
    return ["rowid", *names] if table in LINK_TABLES else names


def rows_of(db: Database, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    key = GENERATED_KEYS.get(table)
    order = f" ORDER BY {key}" if key else ""
    sql = f"SELECT {', '.join(columns)} FROM {table}{order}"
    stream = getattr(db, "stream", None)
    if stream is not None:  # the server: read as needed, not the whole table at once
        yield from stream(sql, batch=BATCH)
        return
    cursor: _Cursor = db.execute(sql)
    while batch := cursor.fetchmany(BATCH):
        yield batch


def copy_table(
    source: Database,
    source_dialect: str,
    target: Database,
    table: str,
    step: Callable[[int], None] | None = None,
) -> int:
    """Copy every row of ``table``; return how many."""
    columns = columns_of(source, table, source_dialect)
    copied = 0
    for batch in rows_of(source, table, columns):
        target.insert_many(table, columns, batch)
        copied += len(batch)
        if step is not None:
            step(len(batch))
    return copied


def _value(value: Any) -> Any:
    """One stored value as both engines give it back (a server's memoryview as bytes)."""
    return bytes(value) if isinstance(value, memoryview) else value


def table_fingerprint(db: Database, table: str, columns: list[str]) -> tuple[int, str]:
    """(rows, SHA-256 of all rows in any order): equal on two databases when the table
    holds the same rows. A blob whose content does not match its name is an error."""
    digests = []
    check_blobs = table == "blobs"
    for batch in rows_of(db, table, columns):
        for row in batch:
            values = tuple(_value(v) for v in row)
            if check_blobs:
                named = dict(zip(columns, values, strict=True))
                if hashlib.sha256(named["data"]).hexdigest() != named["sha256"]:
                    raise ValueError(f"stored file {named['sha256'][:12]} does not match its hash")
            digests.append(hashlib.sha256(repr(values).encode()).digest())
    digests.sort()
    return len(digests), hashlib.sha256(b"".join(digests)).hexdigest()
