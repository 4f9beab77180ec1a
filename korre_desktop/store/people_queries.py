"""Queries over schools, classes, students, guardians and employees."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.store.id_lists import ids_json

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_STUDENT_COLUMNS = """s.id, s.student_number, s.roepnaam, s.tussenvoegsel, s.achternaam,
    s.birth_date, s.enrolled_date, s.left_date, s.school_id, sc.name AS school"""


class PeopleQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def schools(self) -> list[Row]:
        return self._store.rows("SELECT id, name, brin FROM schools ORDER BY name")

    def school_years(self) -> list[Row]:
        return self._store.rows(
            "SELECT id, label, start_date, end_date FROM school_years ORDER BY start_date"
        )

    def school_year_on(self, day: date) -> Row | None:
        found = self._store.rows(
            "SELECT id, label, start_date, end_date FROM school_years"
            " WHERE start_date <= ? AND ? <= end_date ORDER BY start_date DESC LIMIT 1",
            [day.isoformat(), day.isoformat()],
        )
        return found[0] if found else None

    def classes_on(self, day: date) -> list[Row]:
        """The classes of the school year that contains ``day``, with their school."""
        return self._store.rows(
            """SELECT c.id, c.name, c.school_id, s.name AS school
               FROM classes c JOIN schools s ON s.id = c.school_id
               JOIN school_years y ON y.id = c.school_year_id
               WHERE y.start_date <= :d AND :d <= y.end_date
               ORDER BY s.name, c.name""",
            {"d": day.isoformat()},
        )

    def students_on(
        self, day: date, in_class: int | None = None, only: Collection[int] | None = None
    ) -> list[Row]:
        """Students on the list for ``day``: enrolled in a class of that school year, not left.

        An enrolment without its own start date counts from the first day of the school
        year, or from the student's own enrolment date when they came later. A student in
        two classes at once (a regrouping) appears once, in the class whose enrolment
        started last. ``in_class`` keeps only that class's students (asked only about the
        students ever enrolled in it, so one class is found quickly in a large foundation);
        ``only`` keeps only those student ids.
        """
        only_class = (
            "AND s.id IN (SELECT student_id FROM enrolments WHERE class_id = :c)"
            if in_class is not None
            else ""
        )
        if only is not None:
            only_class += f" AND {self._store.dialect.in_ids('s.id', ':ids')}"
        rows = self._store.rows(
            f"""SELECT {_STUDENT_COLUMNS}, c.id AS class_id, c.name AS class_name,
                   coalesce(e.start_date, y.start_date) AS enrolment_start
               FROM enrolments e
               JOIN classes c ON c.id = e.class_id
               JOIN school_years y ON y.id = c.school_year_id
               JOIN students s ON s.id = e.student_id
               JOIN schools sc ON sc.id = s.school_id
               WHERE y.start_date <= :d AND :d <= y.end_date {only_class}
                 AND coalesce(e.start_date, y.start_date) <= :d
                 AND (e.end_date IS NULL OR e.end_date > :d)
                 AND (s.enrolled_date IS NULL OR s.enrolled_date <= :d)
                 AND (s.left_date IS NULL OR s.left_date > :d)
               ORDER BY s.id, enrolment_start""",
            {"d": day.isoformat(), "c": in_class, "ids": ids_json(only)},
        )
        latest: dict[int, Row] = {}
        for row in rows:
            latest[row["id"]] = row
        if in_class is None:
            return list(latest.values())
        return [row for row in latest.values() if row["class_id"] == in_class]

    def students_all(self) -> list[Row]:
        """Every student ever recorded, with the class of their latest enrolment."""
        return self._store.rows(
            f"""SELECT {_STUDENT_COLUMNS},
                   (SELECT c.name FROM enrolments e JOIN classes c ON c.id = e.class_id
                    JOIN school_years y ON y.id = c.school_year_id
                    WHERE e.student_id = s.id
                    ORDER BY y.start_date DESC, coalesce(e.start_date, y.start_date) DESC
                    LIMIT 1) AS class_name
               FROM students s JOIN schools sc ON sc.id = s.school_id
               ORDER BY s.id"""
        )

    def student(self, student_id: int) -> Row | None:
        found = self._store.rows(
            f"SELECT {_STUDENT_COLUMNS} FROM students s JOIN schools sc ON sc.id = s.school_id"
            " WHERE s.id = ?",
            [student_id],
        )
        return found[0] if found else None

    def enrolments_of(self, student_id: int) -> list[Row]:
        return self._store.rows(
            """SELECT y.label AS school_year, c.name AS class_name, sc.name AS school,
                      e.start_date, e.end_date
               FROM enrolments e JOIN classes c ON c.id = e.class_id
               JOIN school_years y ON y.id = c.school_year_id
               JOIN schools sc ON sc.id = c.school_id
               WHERE e.student_id = ? ORDER BY y.start_date, e.start_date""",
            [student_id],
        )

    def guardians_of(self, student_id: int) -> list[Row]:
        return self._store.rows(
            """SELECT g.id, g.roepnaam, g.tussenvoegsel, g.achternaam, g.email, g.phone,
                      l.relation, l.parental_authority
               FROM student_guardians l JOIN guardians g ON g.id = l.guardian_id
               WHERE l.student_id = ? ORDER BY g.id""",
            [student_id],
        )

    def guardian_links(self, only: Collection[int] | None = None) -> list[Row]:
        """The links between students and guardians (of the students ``only`` when given)."""
        sql = "SELECT student_id, guardian_id, parental_authority FROM student_guardians"
        if only is None:
            return self._store.rows(sql)
        return self._store.rows(
            sql + f" WHERE {self._store.dialect.in_ids('student_id')}", [ids_json(only)]
        )

    def guardians_without_authority(
        self, only: Collection[int] | None = None
    ) -> set[tuple[int, int]]:
        """(student id, guardian id) of the guardians without parental authority (of the
        students ``only`` when given): few, so a whole foundation's list reads them quickly."""
        sql = "SELECT student_id, guardian_id FROM student_guardians WHERE parental_authority = 0"
        if only is not None:
            sql += f" AND {self._store.dialect.in_ids('student_id')}"
        rows = self._store.rows(sql, [] if only is None else [ids_json(only)])
        return {(row["student_id"], row["guardian_id"]) for row in rows}

    def guardian_names(self) -> dict[int, Row]:
        rows = self._store.rows("SELECT id, roepnaam, tussenvoegsel, achternaam FROM guardians")
        return {row["id"]: row for row in rows}

    # An employee's schools come as a JSON array of names (a school's name may hold a
    # comma: "De Linde, locatie Noord"), made a tuple by ``_employees``.
    _EMPLOYEE_SELECT = """SELECT e.id, e.staff_number, e.roepnaam, e.tussenvoegsel,
            e.achternaam, e.partner_tussenvoegsel, e.partner_achternaam, e.naamgebruik,
            e.function, e.employment_type, e.start_date, e.end_date, e.email,
            (SELECT {schools} FROM employee_schools es
             JOIN schools s ON s.id = es.school_id WHERE es.employee_id = e.id) AS schools
        FROM employees e"""

    def _employees(self, where: str, params: Any = ()) -> list[Row]:
        """Employee rows; ``schools`` is a tuple of school names in alphabetical order."""
        select = self._EMPLOYEE_SELECT.format(schools=self._store.dialect.json_array_of("s.name"))
        rows = self._store.rows(select + where, params)
        for row in rows:
            row["schools"] = tuple(sorted(json.loads(row["schools"] or "[]")))
        return rows

    def employees_on(self, day: date) -> list[Row]:
        """Employees on the list for ``day``: started on or before it (or with a start date
        the records do not know) and not yet left."""
        return self._employees(
            " WHERE (e.start_date IS NULL OR e.start_date <= :d)"
            " AND (e.end_date IS NULL OR e.end_date > :d)"
            " ORDER BY e.id",
            {"d": day.isoformat()},
        )

    def employees_all(self) -> list[Row]:
        return self._employees(" ORDER BY e.id")

    def employee(self, employee_id: int) -> Row | None:
        found = self._employees(" WHERE e.id = ?", [employee_id])
        return found[0] if found else None

    def internal_staff_numbers(self) -> list[str]:
        """The staff numbers the app gave out itself ("INT-0001", domain.staff_numbers)."""
        rows = self._store.rows(
            "SELECT staff_number FROM employees WHERE staff_number LIKE 'INT-%'"
        )
        return [row["staff_number"] for row in rows]

    def counts(self) -> Row:
        return self._store.rows(
            """SELECT (SELECT count(*) FROM schools) AS schools,
                      (SELECT count(*) FROM students) AS students,
                      (SELECT count(*) FROM guardians) AS guardians,
                      (SELECT count(*) FROM employees) AS employees,
                      (SELECT count(*) FROM consent_statements) AS statements,
                      (SELECT count(*) FROM protocol_signatures) AS signatures"""
        )[0]

    def audit_for(self, table: str, row_id: int | str) -> list[Row]:
        return self._store.rows(
            "SELECT at, actor, action, before, after FROM audit_log"
            " WHERE table_name = ? AND row_id = ? ORDER BY id",
            [table, str(row_id)],
        )

    # -- a person's whole history ----------------------------------------------------------

    def history_of(self, kind: str, person_id: int) -> list[Row]:
        """Every audit entry about the person, oldest first: their own record, their
        consent statements and protocol signatures; a student's enrolments, guardians and
        links to them (also links since removed); an employee's schools and classes taught.
        Each row has ``id, at, actor, action, table_name, row_id, before, after``."""
        if kind == "student":
            parts = [
                ("students", [person_id]),
                ("enrolments", self._ids("enrolments", "student_id", person_id)),
                ("consent_statements", self._ids("consent_statements", "student_id", person_id)),
                ("protocol_signatures", self._ids("protocol_signatures", "student_id", person_id)),
            ]
            links = self._link_history("student_guardians", "student_id", person_id)
            guardians = {
                link_row["guardian_id"]
                for link_row in self._store.rows(
                    "SELECT guardian_id FROM student_guardians WHERE student_id = ?", [person_id]
                )
            }
            for entry in links:
                values = json.loads(entry["after"] or entry["before"] or "{}")
                if values.get("guardian_id") is not None:
                    guardians.add(values["guardian_id"])
            parts.append(("guardians", sorted(guardians)))
        elif kind == "employee":
            parts = [
                ("employees", [person_id]),
                ("consent_statements", self._ids("consent_statements", "employee_id", person_id)),
                (
                    "protocol_signatures",
                    self._ids("protocol_signatures", "employee_id", person_id),
                ),
            ]
            links = [
                *self._link_history("employee_schools", "employee_id", person_id),
                *self._link_history("class_teachers", "employee_id", person_id),
            ]
        else:
            raise ValueError(f"unknown person kind: {kind}")
        authorisations = self._ids("authorisations", f"{kind}_id", person_id)
        parts.append(("authorisations", authorisations))
        parts.append(
            (
                "authorisation_withdrawals",
                self._ids_in("authorisation_withdrawals", "authorisation_id", authorisations),
            )
        )
        entries = {entry["id"]: entry for entry in links}
        for table, ids in parts:
            for entry in self._audit_of_rows(table, ids):
                entries[entry["id"]] = entry
        return [entries[key] for key in sorted(entries)]

    def _ids(self, table: str, column: str, person_id: int) -> list[int]:
        rows = self._store.rows(f"SELECT id FROM {table} WHERE {column} = ?", [person_id])
        return [row["id"] for row in rows]

    def _ids_in(self, table: str, column: str, values: list[int]) -> list[int]:
        if not values:
            return []
        marks = ", ".join("?" * len(values))
        rows = self._store.rows(f"SELECT id FROM {table} WHERE {column} IN ({marks})", values)
        return [row["id"] for row in rows]

    def _audit_of_rows(self, table: str, ids: list[int]) -> list[Row]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        return self._store.rows(
            "SELECT id, at, actor, action, table_name, row_id, before, after FROM audit_log"
            f" WHERE table_name = ? AND row_id IN ({marks}) ORDER BY id",
            [table, *(str(i) for i in ids)],
        )

    def _link_history(self, table: str, column: str, person_id: int) -> list[Row]:
        """The audit entries of a link table (no id: the audit log uses its rowid) that
        belong to the person: of the links they have now and of links since removed. A
        removed link's rowid may be used again by another link, so each rowid's entries are
        read newest first, following whose link it was."""
        mine = self._store.rows(f"SELECT rowid AS id FROM {table} WHERE {column} = ?", [person_id])
        removed = self._store.rows(
            "SELECT row_id FROM audit_log WHERE table_name = ? AND action = 'delete'"
            f" AND {self._store.dialect.json_field('before', column)} = ?",
            [table, person_id],
        )
        rowids = {row["id"] for row in mine} | {int(row["row_id"]) for row in removed}
        found: list[Row] = []
        for rowid in rowids:
            current = self._store.rows(f"SELECT {column} FROM {table} WHERE rowid = ?", [rowid])
            owner = current[0][column] if current else None
            for entry in reversed(self._audit_of_rows(table, [rowid])):
                if entry["action"] == "delete":
                    owner = json.loads(entry["before"] or "{}").get(column)
                    if owner == person_id:
                        found.append(entry)
                elif entry["action"] == "insert":
                    if json.loads(entry["after"] or "{}").get(column) == person_id:
                        found.append(entry)
                    owner = None  # before its insert the rowid was another row's, or none
                elif owner == person_id:
                    found.append(entry)
        return found
