"""Queries for editing records: uniqueness checks, lookups, and the named writes of schools,
school years, classes, students, enrolments, guardians and employees (each audited: through
``Store.insert`` / ``Store.update``, or by hand for the link tables, which have no ``id``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.store.columns import only
from korre_desktop.store.connection import sqlite_errors

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_LINK_COLUMNS = frozenset({"relation", "parental_authority"})
# What editing a record may change (leaving is a use case of its own).
_SCHOOL_COLUMNS = frozenset({"name", "brin"})
_STUDENT_COLUMNS = frozenset(
    {
        "school_id",
        "student_number",
        "roepnaam",
        "tussenvoegsel",
        "achternaam",
        "birth_date",
        "enrolled_date",
    }
)
_GUARDIAN_COLUMNS = frozenset({"roepnaam", "tussenvoegsel", "achternaam", "email", "phone"})
_EMPLOYEE_COLUMNS = frozenset(
    {
        "staff_number",
        "roepnaam",
        "tussenvoegsel",
        "achternaam",
        "partner_tussenvoegsel",
        "partner_achternaam",
        "naamgebruik",
        "function",
        "employment_type",
        "start_date",
        "end_date",
        "email",
    }
)


def _first(rows: list[Row]) -> Row | None:
    return rows[0] if rows else None


class RecordQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- schools and school years --------------------------------------------------------

    def school(self, school_id: int) -> Row | None:
        return _first(
            self._store.rows("SELECT id, name, brin FROM schools WHERE id = ?", [school_id])
        )

    def school_named(self, name: str, except_id: int | None = None) -> Row | None:
        """A school with this name, ignoring case and surrounding spaces."""
        return _first(
            self._store.rows(
                "SELECT id, name FROM schools WHERE lower(trim(name)) = lower(trim(?))"
                " AND id IS DISTINCT FROM ? LIMIT 1",
                [name, except_id],
            )
        )

    def school_year(self, school_year_id: int) -> Row | None:
        return _first(
            self._store.rows(
                "SELECT id, label, start_date, end_date FROM school_years WHERE id = ?",
                [school_year_id],
            )
        )

    def school_year_labelled(self, label: str) -> Row | None:
        return _first(
            self._store.rows(
                "SELECT id, label, start_date, end_date FROM school_years WHERE label = ?",
                [label],
            )
        )

    # -- classes ---------------------------------------------------------------------------

    def klass(self, class_id: int) -> Row | None:
        return _first(
            self._store.rows(
                """SELECT c.id, c.name, c.school_id, c.school_year_id, y.label AS school_year,
                          y.start_date AS year_start, y.end_date AS year_end
                   FROM classes c JOIN school_years y ON y.id = c.school_year_id
                   WHERE c.id = ?""",
                [class_id],
            )
        )

    def class_named(
        self, school_id: int, school_year_id: int, name: str, except_id: int | None = None
    ) -> Row | None:
        """A class with this name at this school in this school year, ignoring case."""
        return _first(
            self._store.rows(
                """SELECT id, name FROM classes
                   WHERE school_id = ? AND school_year_id = ?
                     AND lower(trim(name)) = lower(trim(?)) AND id IS DISTINCT FROM ? LIMIT 1""",
                [school_id, school_year_id, name, except_id],
            )
        )

    def classes_of_school(self, school_id: int, not_ended_on: date | None = None) -> list[Row]:
        """The school's classes, newest school year first; with ``not_ended_on`` only those
        of school years that have not ended on that day."""
        return self._store.rows(
            """SELECT c.id, c.name, c.school_year_id, y.label AS school_year,
                      y.start_date AS year_start, y.end_date AS year_end
               FROM classes c JOIN school_years y ON y.id = c.school_year_id
               WHERE c.school_id = :school
                 AND (CAST(:day AS TEXT) IS NULL OR y.end_date >= :day)
               ORDER BY y.start_date DESC, c.name""",
            {"school": school_id, "day": not_ended_on.isoformat() if not_ended_on else None},
        )

    # -- students --------------------------------------------------------------------------

    def student_row(self, student_id: int) -> Row | None:
        return _first(self._store.rows("SELECT * FROM students WHERE id = ?", [student_id]))

    def student_with_number(
        self, school_id: int, number: str, except_id: int | None = None
    ) -> Row | None:
        """The student with exactly this number (leading zeros count) at this school."""
        return _first(
            self._store.rows(
                """SELECT id, roepnaam, tussenvoegsel, achternaam FROM students
                   WHERE school_id = ? AND student_number = ? AND id IS DISTINCT FROM ? LIMIT 1""",
                [school_id, number, except_id],
            )
        )

    def students_with_number(self, number: str) -> list[Row]:
        """The students with exactly this number, at any school (numbers are unique per
        school only), with their school's name."""
        return self._store.rows(
            """SELECT s.id, s.school_id, sc.name AS school, s.roepnaam, s.tussenvoegsel,
                      s.achternaam FROM students s JOIN schools sc ON sc.id = s.school_id
               WHERE s.student_number = ? ORDER BY sc.name""",
            [number],
        )

    def enrolments(self, student_id: int) -> list[Row]:
        """Every enrolment of the student, oldest school year first."""
        return self._store.rows(
            """SELECT e.id, e.class_id, e.start_date, e.end_date, c.name AS class_name,
                      c.school_id, c.school_year_id, y.label AS school_year,
                      y.start_date AS year_start, y.end_date AS year_end
               FROM enrolments e JOIN classes c ON c.id = e.class_id
               JOIN school_years y ON y.id = c.school_year_id
               WHERE e.student_id = ?
               ORDER BY y.start_date, coalesce(e.start_date, y.start_date), e.id""",
            [student_id],
        )

    # -- guardians -------------------------------------------------------------------------

    def guardian(self, guardian_id: int) -> Row | None:
        return _first(self._store.rows("SELECT * FROM guardians WHERE id = ?", [guardian_id]))

    def guardian_link(self, student_id: int, guardian_id: int) -> Row | None:
        """The link between a student and a guardian; ``id`` is the link's rowid, which the
        audit log uses for this table."""
        return _first(
            self._store.rows(
                """SELECT rowid AS id, student_id, guardian_id, relation, parental_authority
                   FROM student_guardians WHERE student_id = ? AND guardian_id = ?""",
                [student_id, guardian_id],
            )
        )

    def find_guardians(
        self, text: str, exclude_student_id: int | None = None, limit: int = 50
    ) -> list[Row]:
        """Guardians whose name, e-mail or phone, or a child's name, contains ``text`` (case
        does not matter for ASCII letters), with their children's names; guardians already
        linked to ``exclude_student_id`` are left out."""
        dialect = self._store.dialect
        sql = """WITH hits AS (
                   SELECT id FROM guardians
                   WHERE roepnaam || ' ' || tussenvoegsel || ' ' || achternaam {like} :p
                      OR roepnaam || ' ' || achternaam {like} :p
                      OR email {like} :p OR phone {like} :p
                   UNION
                   SELECT l.guardian_id FROM students s
                   JOIN student_guardians l ON l.student_id = s.id
                   WHERE s.roepnaam || ' ' || s.tussenvoegsel || ' ' || s.achternaam {like} :p
                      OR s.roepnaam || ' ' || s.achternaam {like} :p),
               chosen AS (
                   SELECT g.id, g.roepnaam, g.tussenvoegsel, g.achternaam, g.email, g.phone
                   FROM guardians g JOIN hits ON hits.id = g.id
                   WHERE NOT EXISTS (SELECT 1 FROM student_guardians x
                                     WHERE x.guardian_id = g.id
                                       AND x.student_id IS NOT DISTINCT FROM :student)
                   ORDER BY g.achternaam, g.roepnaam, g.id LIMIT :limit)
               SELECT c.*,
                      (SELECT {joined} FROM
                          (SELECT s.roepnaam || ' ' ||
                                  CASE WHEN s.tussenvoegsel <> '' THEN s.tussenvoegsel || ' '
                                       ELSE '' END || s.achternaam AS name
                           FROM student_guardians l JOIN students s ON s.id = l.student_id
                           WHERE l.guardian_id = c.id ORDER BY s.birth_date) AS names) AS children
               FROM chosen c ORDER BY c.achternaam, c.roepnaam, c.id"""
        return self._store.rows(
            sql.format(like=dialect.like, joined=dialect.joined("name", "', '")),
            {"p": f"%{text.strip()}%", "student": exclude_student_id, "limit": limit},
        )

    def update_guardian_link(
        self, student_id: int, guardian_id: int, changes: Mapping[str, Any]
    ) -> bool:
        """Change relation or parental authority of a link, audited like ``Store.update``.

        Returns False when nothing changed (no audit entry then).
        """
        unknown = set(changes) - _LINK_COLUMNS
        if unknown:
            raise ValueError(f"not a link column: {sorted(unknown)}")
        store = self._store
        with sqlite_errors(str(store.path or "")), store.db.atomic():
            link = self.guardian_link(student_id, guardian_id)
            if link is None:
                raise LookupError(f"guardian {guardian_id} is not linked to student {student_id}")
            before = {key: link[key] for key in changes}
            if before == dict(changes):
                return False
            assignments = ", ".join(f"{column} = ?" for column in changes)
            store.db.execute(
                f"UPDATE student_guardians SET {assignments} WHERE rowid = ?",
                [*changes.values(), link["id"]],
            )
            store.audit("update", "student_guardians", link["id"], before, dict(changes))
        return True

    # -- employees -------------------------------------------------------------------------

    def employee_row(self, employee_id: int) -> Row | None:
        return _first(self._store.rows("SELECT * FROM employees WHERE id = ?", [employee_id]))

    def employee_with_number(self, number: str, except_id: int | None = None) -> Row | None:
        return _first(
            self._store.rows(
                """SELECT id, roepnaam, tussenvoegsel, achternaam FROM employees
                   WHERE staff_number = ? AND id IS DISTINCT FROM ? LIMIT 1""",
                [number, except_id],
            )
        )

    def employee_school_ids(self, employee_id: int) -> list[int]:
        rows = self._store.rows(
            "SELECT school_id FROM employee_schools WHERE employee_id = ? ORDER BY school_id",
            [employee_id],
        )
        return [row["school_id"] for row in rows]

    def class_teacher_ids(self, class_id: int) -> list[int]:
        rows = self._store.rows(
            "SELECT employee_id FROM class_teachers WHERE class_id = ? ORDER BY employee_id",
            [class_id],
        )
        return [row["employee_id"] for row in rows]

    def classes_taught(self, employee_id: int) -> list[Row]:
        """The classes the employee teaches, newest school year first."""
        return self._store.rows(
            """SELECT c.id, c.name, c.school_id, s.name AS school, y.label AS school_year
               FROM class_teachers t JOIN classes c ON c.id = t.class_id
               JOIN schools s ON s.id = c.school_id
               JOIN school_years y ON y.id = c.school_year_id
               WHERE t.employee_id = ? ORDER BY y.start_date DESC, s.name, c.name""",
            [employee_id],
        )

    def remove_class_teacher(self, class_id: int, employee_id: int) -> bool:
        return self._remove_link(
            "class_teachers", {"class_id": class_id, "employee_id": employee_id}
        )

    def remove_employee_school(self, employee_id: int, school_id: int) -> bool:
        """The employee no longer works at this school: the link goes, the audit log keeps
        it (action "delete" with the row as it was). The employee record itself stays."""
        return self._remove_link(
            "employee_schools", {"employee_id": employee_id, "school_id": school_id}
        )

    def _remove_link(self, table: str, key: dict[str, int]) -> bool:
        """Delete one row of a link table (no ``id``: its rowid is what the audit log
        uses), audited with the row as it was. Returns False when there was none."""
        store = self._store
        where = " AND ".join(f"{column} = ?" for column in key)
        with sqlite_errors(str(store.path or "")), store.db.atomic():
            found = store.rows(f"SELECT rowid AS id FROM {table} WHERE {where}", list(key.values()))
            if not found:
                return False
            store.db.execute(f"DELETE FROM {table} WHERE rowid = ?", [found[0]["id"]])
            store.audit("delete", table, found[0]["id"], dict(key), None)
        return True

    # -- writing: schools, school years, classes --------------------------------------------

    def add_school(self, *, name: str, brin: str = "") -> int:
        """A new school; its id."""
        store = self._store
        return store.insert("schools", {"name": name, "brin": brin, "created_at": store.now()})

    def update_school(self, school_id: int, changes: Mapping[str, Any]) -> bool:
        """Change a school's name or BRIN; False when nothing changed."""
        return self._store.update("schools", school_id, only(changes, _SCHOOL_COLUMNS, "a school"))

    def add_school_year(self, *, label: str, start: date, end: date) -> int:
        """A new school year ("2026-2027", 1 August to 31 July); its id."""
        return self._store.insert(
            "school_years",
            {"label": label, "start_date": start.isoformat(), "end_date": end.isoformat()},
        )

    def add_class(self, *, school_id: int, school_year_id: int, name: str) -> int:
        """A new class of a school in a school year; its id."""
        return self._store.insert(
            "classes", {"school_id": school_id, "school_year_id": school_year_id, "name": name}
        )

    def rename_class(self, class_id: int, name: str) -> bool:
        """A class's new name; False when it had that name already."""
        return self._store.update("classes", class_id, {"name": name})

    # -- writing: students and their classes ------------------------------------------------

    def add_student(
        self,
        *,
        school_id: int,
        student_number: str,
        roepnaam: str,
        tussenvoegsel: str,
        achternaam: str,
        birth_date: str | None,
        enrolled_date: str | None,
    ) -> int:
        """A new student (dates as ISO text, None when not known); their id."""
        store = self._store
        return store.insert(
            "students",
            {
                "school_id": school_id,
                "student_number": student_number,
                "roepnaam": roepnaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "birth_date": birth_date,
                "enrolled_date": enrolled_date,
                "created_at": store.now(),
            },
        )

    def update_student(self, student_id: int, changes: Mapping[str, Any]) -> bool:
        """Change a student's record (the columns ``add_student`` sets); False when nothing
        changed."""
        checked = only(changes, _STUDENT_COLUMNS, "a student's record")
        return self._store.update("students", student_id, checked)

    def set_student_left(self, student_id: int, left_on: date) -> bool:
        """The student's leaving date; False when it was that already."""
        return self._store.update("students", student_id, {"left_date": left_on.isoformat()})

    def enrol(self, student_id: int, class_id: int, start: date | None = None) -> int:
        """The student in the class, open-ended, from ``start`` (None: from the start of
        the class's school year); the enrolment's id."""
        return self._store.insert(
            "enrolments",
            {
                "student_id": student_id,
                "class_id": class_id,
                "start_date": None if start is None else start.isoformat(),
                "end_date": None,
            },
        )

    def end_enrolment(self, enrolment_id: int, on: date) -> bool:
        """The enrolment ends on ``on``; False when it did already."""
        return self._store.update("enrolments", enrolment_id, {"end_date": on.isoformat()})

    def reopen_enrolment(self, enrolment_id: int) -> bool:
        """An ended enrolment open again (back in a class); False when it was open."""
        return self._store.update("enrolments", enrolment_id, {"end_date": None})

    # -- writing: guardians -------------------------------------------------------------------

    def add_guardian(
        self, *, roepnaam: str, tussenvoegsel: str, achternaam: str, email: str, phone: str
    ) -> int:
        """A new guardian (not yet linked to a student); their id."""
        store = self._store
        return store.insert(
            "guardians",
            {
                "roepnaam": roepnaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "email": email,
                "phone": phone,
                "created_at": store.now(),
            },
        )

    def update_guardian(self, guardian_id: int, changes: Mapping[str, Any]) -> bool:
        """Change a guardian's name or contact details; False when nothing changed."""
        checked = only(changes, _GUARDIAN_COLUMNS, "a guardian's record")
        return self._store.update("guardians", guardian_id, checked)

    def link_guardian(
        self, student_id: int, guardian_id: int, *, relation: str, parental_authority: bool
    ) -> int:
        """The guardian linked to the student; the link's rowid (what the audit names)."""
        return self._store.insert(
            "student_guardians",
            {
                "student_id": student_id,
                "guardian_id": guardian_id,
                "relation": relation,
                "parental_authority": 1 if parental_authority else 0,
            },
        )

    # -- writing: employees and the classes they teach ------------------------------------

    def add_employee(
        self,
        *,
        staff_number: str,
        roepnaam: str,
        tussenvoegsel: str,
        achternaam: str,
        partner_tussenvoegsel: str,
        partner_achternaam: str,
        naamgebruik: str,
        function: str,
        employment_type: str,
        start_date: str | None,
        end_date: str | None,
        email: str,
    ) -> int:
        """A new employee (dates as ISO text, None when not known); their id."""
        store = self._store
        return store.insert(
            "employees",
            {
                "staff_number": staff_number,
                "roepnaam": roepnaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "partner_tussenvoegsel": partner_tussenvoegsel,
                "partner_achternaam": partner_achternaam,
                "naamgebruik": naamgebruik,
                "function": function,
                "employment_type": employment_type,
                "start_date": start_date,
                "end_date": end_date,
                "email": email,
                "created_at": store.now(),
            },
        )

    def update_employee(self, employee_id: int, changes: Mapping[str, Any]) -> bool:
        """Change an employee's record (the columns ``add_employee`` sets); False when
        nothing changed."""
        checked = only(changes, _EMPLOYEE_COLUMNS, "an employee's record")
        return self._store.update("employees", employee_id, checked)

    def set_employee_end(self, employee_id: int, on: date) -> bool:
        """The employee's end date (they leave); False when it was that already."""
        return self._store.update("employees", employee_id, {"end_date": on.isoformat()})

    def add_employee_school(self, employee_id: int, school_id: int) -> int:
        """The employee works at the school (too); the link's rowid."""
        return self._store.insert(
            "employee_schools", {"employee_id": employee_id, "school_id": school_id}
        )

    def add_class_teacher(self, class_id: int, employee_id: int) -> int:
        """The employee teaches the class; the link's rowid."""
        return self._store.insert(
            "class_teachers", {"class_id": class_id, "employee_id": employee_id}
        )
