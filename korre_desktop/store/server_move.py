"""Moving an embedded database onto a new, empty server database: every row, blob and
audit entry, checked (row counts and a fingerprint of every table's rows, each blob
against its SHA-256) before the server's transaction commits. A failure leaves the
server database as empty as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from korre_desktop.errors import DatabaseError, NotADatabaseError
from korre_desktop.store import postgres, postgres_migrate, table_copy
from korre_desktop.store.connection import Database as FileDatabase
from korre_desktop.store.schema import LATEST_VERSION


class MoveCheckError(DatabaseError):
    """The copy on the server differs from the file: nothing was kept on the server."""

    code = "move_check"


@dataclass(frozen=True)
class MoveReport:
    rows: dict[str, int]  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def count_rows(source: FileDatabase) -> int:
    return sum(
        source.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in table_copy.TABLE_ORDER
    )


def move_to_server(
    source: FileDatabase, url: str, step: Callable[[int], None] | None = None
) -> MoveReport:
    """Copy the file database ``source`` (at the current schema) onto the empty server
    database at ``url``; ``step`` is told of each batch of rows copied."""
    server = postgres.connect(url)
    try:
        if postgres_migrate.schema_version(server) != 0:
            raise NotADatabaseError(
                f"the server database is not empty: {server.path_text}", path=server.path_text
            )
        with source.snapshot(), server.atomic():
            postgres_migrate.fill_schema(
                server, source, table_copy.TABLE_ORDER, step, version=LATEST_VERSION
            )
            rows = _checked(source, server)
        return MoveReport(rows)
    finally:
        server.close()


def _checked(source: FileDatabase, server: postgres.PostgresDatabase) -> dict[str, int]:
    rows = {}
    for table in table_copy.TABLE_ORDER:
        columns = table_copy.columns_of(source, table, "sqlite")
        try:
            expected = table_copy.table_fingerprint(source, table, columns)
            found = table_copy.table_fingerprint(server, table, columns)
        except ValueError as exc:
            raise MoveCheckError(f"{table}: {exc}; nothing was moved", table=table) from exc
        if found != expected:
            raise MoveCheckError(
                f"{table}: the server holds {found[0]} rows, the file {expected[0]}, or their"
                " contents differ; nothing was moved",
                table=table,
            )
        rows[table] = found[0]
    return rows
