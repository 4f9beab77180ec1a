"""Queries for imports: whole-school reads in one query each (an import compares thousands
of rows at once), the saved column mappings, and an audited bulk insert.

``add_students`` and the other bulk operations write one audit entry per inserted row, as
``Store.insert`` does, but with two statements for all rows instead of two per row, so
importing 50,000 students stays within seconds. The new rows' ids follow the table's current maximum
inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from korre_desktop.store.connection import sqlite_errors
from korre_desktop.store.table_copy import GENERATED_KEYS

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

# Tables an import may bulk-insert into; link tables have no id column (their rowid is
# the id the audit log uses, as in RecordQueries.guardian_link).
_BULK_TABLES = {
    table: GENERATED_KEYS[table]
    for table in (
        "students",
        "enrolments",
        "guardians",
        "student_guardians",
        "employees",
        "employee_schools",
    )
}


class ImportQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows as dicts, one at a time (a whole school's guardians need not be in memory
        twice)."""
        store = self._store
        with sqlite_errors(str(store.path or "")):
            cursor = store.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            while batch := cursor.fetchmany(2_000):
                for values in batch:
                    yield dict(zip(names, values, strict=True))

    # -- state ---------------------------------------------------------------------------

    def audit_stamp(self) -> int:
        """How many changes were ever saved. Every change writes one audit entry and the
        audit log only grows, so while this number stays the same nothing was written (a
        preview made at it still holds as it is). A count, not the newest id: it grows
        with every commit whatever order ids were handed out in."""
        return self._store.rows("SELECT count(*) AS n FROM audit_log")[0]["n"]

    # -- mappings ------------------------------------------------------------------------

    def mapping(self, kind: str, source_key: str) -> Row | None:
        found = self._store.rows(
            "SELECT id, kind, source_key, mapping, updated_at FROM import_mappings"
            " WHERE kind = ? AND source_key = ?",
            [kind, source_key],
        )
        return found[0] if found else None

    # -- students --------------------------------------------------------------------------

    def students_of_school(self, school_id: int) -> Iterator[Row]:
        return self._stream(
            """SELECT id, student_number, roepnaam, tussenvoegsel, achternaam, birth_date,
                      enrolled_date, left_date
               FROM students WHERE school_id = ?""",
            [school_id],
        )

    def enrolments_in_year(self, school_id: int, school_year_id: int) -> Iterator[Row]:
        """Enrolments of the school's students in classes of that school year."""
        return self._stream(
            """SELECT e.id, e.student_id, e.class_id, e.start_date, e.end_date,
                      c.name AS class_name
               FROM enrolments e JOIN classes c ON c.id = e.class_id
               WHERE c.school_id = ? AND c.school_year_id = ?
               ORDER BY e.student_id, coalesce(e.start_date, ''), e.id""",
            [school_id, school_year_id],
        )

    def classes_of(self, school_id: int, school_year_id: int) -> list[Row]:
        return self._store.rows(
            "SELECT id, name FROM classes WHERE school_id = ? AND school_year_id = ?",
            [school_id, school_year_id],
        )

    def guardian_links_of_school(self, school_id: int) -> Iterator[Row]:
        """Every guardian linked to a student of the school, with the link's values."""
        return self._stream(
            """SELECT l.student_id, l.relation, l.parental_authority, g.id AS guardian_id,
                      g.roepnaam, g.tussenvoegsel, g.achternaam, g.email, g.phone
               FROM student_guardians l
               JOIN guardians g ON g.id = l.guardian_id
               JOIN students s ON s.id = l.student_id
               WHERE s.school_id = ?
               ORDER BY l.student_id, g.id""",
            [school_id],
        )

    def guardians_with_email(self) -> Iterator[Row]:
        """Guardians who have an e-mail address (a brother's or sister's parents are found
        by it)."""
        return self._stream(
            """SELECT id, roepnaam, tussenvoegsel, achternaam, email, phone
               FROM guardians WHERE email <> '' ORDER BY id"""
        )

    # -- employees -------------------------------------------------------------------------

    def employees(self) -> list[Row]:
        return self._store.rows(
            """SELECT id, staff_number, roepnaam, tussenvoegsel, achternaam,
                      partner_tussenvoegsel, partner_achternaam, naamgebruik, function,
                      employment_type, start_date, end_date, email
               FROM employees"""
        )

    def class_teachers(self, school_id: int, school_year: str) -> list[Row]:
        """Who teaches which class of the school in that school year."""
        return self._store.rows(
            """SELECT t.employee_id, c.id AS class_id, c.name AS class_name
               FROM class_teachers t JOIN classes c ON c.id = t.class_id
               JOIN school_years y ON y.id = c.school_year_id
               WHERE c.school_id = ? AND y.label = ?""",
            [school_id, school_year],
        )

    def employee_school_links(self) -> list[Row]:
        return self._store.rows("SELECT employee_id, school_id FROM employee_schools")

    # -- writing ---------------------------------------------------------------------------

    def add_students(self, rows: Sequence[Mapping[str, Any]], made: Mapping[str, Any]) -> list[int]:
        """New students (``made``: their ``created_at``); their ids, in order."""
        return self._insert_audited("students", rows, made)

    def add_enrolments(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._insert_audited("enrolments", rows)

    def add_guardians(
        self, rows: Sequence[Mapping[str, Any]], made: Mapping[str, Any]
    ) -> list[int]:
        """New guardians (``made``: their ``created_at``); their ids, in order."""
        return self._insert_audited("guardians", rows, made)

    def add_guardian_links(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._insert_audited("student_guardians", rows)

    def record_run(self, row: Mapping[str, Any]) -> int:
        """An applied import: what, from which file, by whom, and its counts."""
        return self._store.insert("import_runs", dict(row))

    def add_mapping(self, kind: str, source_key: str, mapping: str) -> int:
        """Remember how a source's columns map to fields (audited)."""
        row = {"kind": kind, "source_key": source_key, "mapping": mapping}
        return self._store.insert("import_mappings", {**row, "updated_at": self._store.now()})

    def change_mapping(self, mapping_id: int, mapping: str) -> bool:
        changes = {"mapping": mapping, "updated_at": self._store.now()}
        return self._store.update("import_mappings", mapping_id, changes)

    def _insert_audited(
        self,
        table: str,
        rows: Sequence[Mapping[str, Any]],
        same: Mapping[str, Any] | None = None,
    ) -> list[int]:
        """Insert ``rows`` (all with the same columns) and audit each one, as
        ``Store.insert`` does; return their ids (the rowids of a link table), in order.
        ``same``: columns with one value for every row (``created_at``).

        The audit entries are written by one statement that reads the new rows back
        (``json_object``), which keeps 50,000 rows to well under a second.
        """
        if table not in _BULK_TABLES:
            raise ValueError(f"not a bulk import table: {table}")
        if not rows:
            return []
        store = self._store
        key = _BULK_TABLES[table]
        same = dict(same or {})
        columns = [*rows[0], *same]
        with sqlite_errors(str(store.path or "")), store.db.atomic():
            first = store.first_free_id(table, key)
            last = first + len(rows) - 1
            # The new rows get first..last, given explicitly: inside the write transaction
            # no one else inserts (the server's id sequence is moved past them after).
            names, extra = list(rows[0]), [same[c] for c in same]
            store.db.insert_many(
                table,
                [key, *columns],
                ([first + n, *(row[c] for c in names), *extra] for n, row in enumerate(rows)),
            )
            store.ids_given(table, key)
            pairs = ", ".join(f"'{c}', {c}" for c in columns)
            store.db.execute(
                "INSERT INTO audit_log (at, actor, action, table_name, row_id, before, after)"
                f" SELECT ?, ?, 'insert', ?, CAST({key} AS TEXT), NULL,"
                f" {store.dialect.json_object(pairs)}"
                f" FROM {table} WHERE {key} BETWEEN ? AND ? ORDER BY {key}",
                [store.now(), store.actor, table, first, last],
            )
        return list(range(first, last + 1))
