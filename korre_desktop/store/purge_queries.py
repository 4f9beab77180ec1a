"""The purge's rows (issue 17): who may go, everything that hangs on them, and removing it
in one transaction past the append-only rules (``schema.PURGE``: a ``purge_runs`` row
open in the same transaction), then wiping the freed space (``purge_space``).

``footprint`` works out what a purge of some people removes without changing anything
(the dry run and the purge itself use the same answer); ``apply`` removes exactly that.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from korre_desktop.domain.roles import Permission
from korre_desktop.store import purge_space
from korre_desktop.store.connection import sqlite_errors
from korre_desktop.store.schema import ACCESS_LOG_EXPIRED_BEFORE

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

# What an employee kept only because other people's records name them becomes (their
# staff number must stay unique; ``end_date`` stays so they are never "employed" again).
ANONYMOUS_SURNAME = "(verwijderd)"
ANONYMOUS_NUMBER = "verwijderd-{id}"

# Tables whose rows a purge removes, in the order they are removed (children first). Link
# tables are keyed by rowid, blobs and their derivations by sha256, the rest by id.
REMOVAL_ORDER = (
    "scan_pages",
    "scan_batches",
    "authorisation_withdrawals",
    "authorisations",
    "consent_statements",
    "protocol_signatures",
    "form_instances",
    "press_reports",
    "dossier_entries",
    "trip_group_members",
    "enrolments",
    "student_guardians",
    "class_teachers",
    "employee_schools",
    "students",
    "guardians",
    "employees",
    "blob_derivations",
    "blobs",
)
_KEYS = {
    "trip_group_members": "rowid",
    "student_guardians": "rowid",
    "class_teachers": "rowid",
    "employee_schools": "rowid",
    "blob_derivations": "derived_sha256",
    "blobs": "sha256",
}
# Every column that names a stored file (what keeps a blob).
BLOB_REFERENCES = (
    ("protocol_versions", "document_sha256"),
    ("protocol_signatures", "evidence_sha256"),
    ("consent_statements", "evidence_sha256"),
    ("scan_pages", "image_sha256"),
    ("scan_pages", "signature_sha256"),
    ("authorisations", "evidence_sha256"),
    ("press_reports", "attachment_sha256"),
    ("dossier_entries", "document_sha256"),
)
# Audit rows of these tables name people in their before/after (a link removed earlier,
# whose own row no longer exists).
_PERSON_COLUMNS = ("student_id", "employee_id", "guardian_id")
_LINKING_TABLES = (
    "enrolments",
    "student_guardians",
    "trip_group_members",
    "class_teachers",
    "employee_schools",
)


@dataclass
class Footprint:
    """What a purge removes (table -> keys) and changes: employees kept anonymous because
    other people's records name them, logins that lose their link to an employee, accounts
    whose permission-giver goes, scan pages no longer marked as a duplicate, and the audit
    rows that hold copies of what goes."""

    removed: dict[str, set[Any]] = field(default_factory=dict)
    anonymised: set[int] = field(default_factory=set)
    unlinked_users: set[str] = field(default_factory=set)
    cleared_accounts: set[int] = field(default_factory=set)
    unduplicated_pages: set[int] = field(default_factory=set)
    audit_rows: set[int] = field(default_factory=set)

    def keys(self, table: str) -> set[Any]:
        return self.removed.get(table, set())

    def counts(self) -> dict[str, int]:
        """Rows per table (removed; ``employees_anonymised``, ``users_unlinked``...)."""
        found = {table: len(keys) for table, keys in self.removed.items() if keys}
        extra = {
            "employees_anonymised": len(self.anonymised),
            "users_unlinked": len(self.unlinked_users),
            "accounts_cleared": len(self.cleared_accounts),
            "audit_log": len(self.audit_rows),
        }
        return {**found, **{key: value for key, value in extra.items() if value}}

    def minus(self, earlier: Footprint) -> Footprint:
        """What this footprint adds to ``earlier`` (a later rule's own share)."""
        return Footprint(
            {t: keys - earlier.keys(t) for t, keys in self.removed.items()},
            self.anonymised - earlier.anonymised,
            self.unlinked_users - earlier.unlinked_users,
            self.cleared_accounts - earlier.cleared_accounts,
            self.unduplicated_pages - earlier.unduplicated_pages,
            self.audit_rows - earlier.audit_rows,
        )


@dataclass(frozen=True)
class Targets:
    """Who goes: whole people (every row about them), and people of whom only the consent
    statements and consent forms go (the consent period is shorter than their record's)."""

    students: frozenset[int] = frozenset()
    employees: frozenset[int] = frozenset()
    consent_students: frozenset[int] = frozenset()
    consent_employees: frozenset[int] = frozenset()

    def __or__(self, other: Targets) -> Targets:
        return Targets(
            self.students | other.students,
            self.employees | other.employees,
            self.consent_students | other.consent_students,
            self.consent_employees | other.consent_employees,
        )


class PurgeQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- who may go ------------------------------------------------------------------------

    def students_who_left(self) -> list[Row]:
        """Every student with a leaving day, with whether consent rows hang on them."""
        return self._store.rows(
            """SELECT s.id, s.student_number AS number, s.roepnaam, s.tussenvoegsel,
                      s.achternaam, s.left_date, sc.name AS school,
                      (EXISTS (SELECT 1 FROM consent_statements c WHERE c.student_id = s.id)
                       OR EXISTS (SELECT 1 FROM form_instances f WHERE f.student_id = s.id
                                  AND f.consent_form_version_id IS NOT NULL)) AS has_consent
               FROM students s JOIN schools sc ON sc.id = s.school_id
               WHERE s.left_date IS NOT NULL ORDER BY s.left_date, s.achternaam, s.id"""
        )

    def employees_who_left(self) -> list[Row]:
        """Every employee with an end date (not those kept anonymous already), with
        whether dossier entries and consent rows hang on them."""
        return self._store.rows(
            """SELECT e.id, e.staff_number AS number, e.roepnaam, e.tussenvoegsel,
                      e.achternaam, e.end_date AS left_date,
                      EXISTS (SELECT 1 FROM dossier_entries d WHERE d.employee_id = e.id)
                          AS has_dossier,
                      (EXISTS (SELECT 1 FROM consent_statements c WHERE c.employee_id = e.id)
                       OR EXISTS (SELECT 1 FROM form_instances f WHERE f.employee_id = e.id
                                  AND f.consent_form_version_id IS NOT NULL)) AS has_consent
               FROM employees e
               WHERE e.end_date IS NOT NULL AND NOT (e.achternaam = ? AND e.roepnaam = '')
               ORDER BY e.end_date, e.achternaam, e.id""",
            [ANONYMOUS_SURNAME],
        )

    def student_by_number(self, number: str) -> list[Row]:
        return self._store.rows(
            """SELECT s.id, s.student_number AS number, s.roepnaam, s.tussenvoegsel,
                      s.achternaam, s.left_date, sc.name AS school
               FROM students s JOIN schools sc ON sc.id = s.school_id
               WHERE s.student_number = ? ORDER BY sc.name""",
            [number],
        )

    def employee_by_number(self, number: str) -> list[Row]:
        return self._store.rows(
            """SELECT id, staff_number AS number, roepnaam, tussenvoegsel, achternaam,
                      end_date AS left_date FROM employees WHERE staff_number = ?""",
            [number],
        )

    def person_by_id(self, kind: str, person_id: int) -> list[Row]:
        if kind == "student":
            return self._store.rows(
                """SELECT s.id, s.student_number AS number, s.roepnaam, s.tussenvoegsel,
                          s.achternaam, s.left_date, sc.name AS school
                   FROM students s JOIN schools sc ON sc.id = s.school_id WHERE s.id = ?""",
                [person_id],
            )
        return self._store.rows(
            """SELECT id, staff_number AS number, roepnaam, tussenvoegsel, achternaam,
                      end_date AS left_date FROM employees WHERE id = ?""",
            [person_id],
        )

    def expired_access_log_count(self) -> int:
        """The access log's entries past its period (what ``purge_expired`` removes)."""
        before = (
            "korre_access_log_expired_before()"
            if self._store.is_server
            else ACCESS_LOG_EXPIRED_BEFORE
        )
        if self._store.is_server and not self._store.signed_in().may(Permission.READ_ACCESS_LOG):
            return 0
        found = self._store.db.execute(f"SELECT count(*) FROM access_log WHERE at < {before}")
        return int(found.fetchone()[0])

    def secure_delete(self) -> AbstractContextManager[None]:
        """What is deleted inside the block is overwritten (the file; ``purge_space``)."""
        return purge_space.secure_delete(self._store)

    # -- what hangs on them ----------------------------------------------------------------

    def _ids(self, sql: str, params: Iterable[Any] = ()) -> set[Any]:
        return {row[0] for row in self._store.db.execute(sql, list(params)).fetchall()}

    def _in(self, column: str) -> str:
        """``column`` (of ids) is one of a JSON array of numbers (one parameter: ``_arg``)."""
        return self._store.dialect.in_ids(column)

    def _in_texts(self, column: str) -> str:
        """``column`` (a text) is one of a JSON array of texts (one parameter: ``_texts``)."""
        if self._store.is_server:
            return f"{column} IN (SELECT value FROM json_array_elements_text(?::json))"
        return f"{column} IN (SELECT value FROM json_each(?))"

    def footprint(self, targets: Targets) -> Footprint:
        """Everything a purge of ``targets`` removes or changes (reads only)."""
        found = Footprint()
        removed = found.removed
        students, employees = set(targets.students), set(targets.employees)
        statement_students = students | set(targets.consent_students)
        statement_employees = employees | set(targets.consent_employees)
        s_all, e_all = _arg(statement_students), _arg(statement_employees)
        s_whole, e_whole = _arg(students), _arg(employees)
        s_consent = _arg(targets.consent_students)
        e_consent = _arg(targets.consent_employees)
        ids = self._ids
        inn = self._in
        removed["consent_statements"] = ids(
            f"SELECT id FROM consent_statements WHERE {inn('student_id')} OR {inn('employee_id')}",
            [s_all, e_all],
        )
        removed["protocol_signatures"] = ids(
            f"SELECT id FROM protocol_signatures WHERE {inn('student_id')} OR {inn('employee_id')}",
            [s_whole, e_whole],
        )
        removed["form_instances"] = ids(
            f"""SELECT id FROM form_instances WHERE {inn("student_id")} OR {inn("employee_id")}
                OR (consent_form_version_id IS NOT NULL
                    AND ({inn("student_id")} OR {inn("employee_id")}))""",
            [s_whole, e_whole, s_consent, e_consent],
        )
        removed["authorisations"] = ids(
            f"SELECT id FROM authorisations WHERE {inn('student_id')} OR {inn('employee_id')}",
            [s_whole, e_whole],
        )
        removed["authorisation_withdrawals"] = ids(
            f"SELECT id FROM authorisation_withdrawals WHERE {inn('authorisation_id')}",
            [_arg(removed["authorisations"])],
        )
        removed["press_reports"] = ids(
            f"SELECT id FROM press_reports WHERE {inn('employee_id')}", [e_whole]
        )
        removed["dossier_entries"] = ids(
            f"SELECT id FROM dossier_entries WHERE {inn('employee_id')}", [e_whole]
        )
        self._scan_pages(found)
        for table, column, people in (
            ("trip_group_members", "student_id", s_whole),
            ("student_guardians", "student_id", s_whole),
            ("class_teachers", "employee_id", e_whole),
            ("employee_schools", "employee_id", e_whole),
        ):
            removed[table] = ids(f"SELECT rowid FROM {table} WHERE {inn(column)}", [people])
        removed["enrolments"] = ids(
            f"SELECT id FROM enrolments WHERE {inn('student_id')}", [s_whole]
        )
        removed["students"] = set(students)
        removed["guardians"] = self._guardians(students, found)
        self._employees(employees, found)
        self._blobs(found)
        found.audit_rows = self._audit_rows(found)
        return found

    def _scan_pages(self, found: Footprint) -> None:
        """The pages read from the forms, statements and signatures that go, the pages
        marked as their duplicates, and the batches left without pages."""
        inn = self._in
        pages = self._ids(
            f"""SELECT id FROM scan_pages WHERE {inn("statement_id")}
                OR {inn("protocol_signature_id")} OR {inn("form_instance_id")}""",
            [
                _arg(found.keys("consent_statements")),
                _arg(found.keys("protocol_signatures")),
                _arg(found.keys("form_instances")),
            ],
        )
        while True:  # a duplicate of a page that goes is the same paper again
            more = self._ids(
                f"SELECT id FROM scan_pages WHERE {self._in('duplicate_of')}", [_arg(pages)]
            )
            if more <= pages:
                break
            pages |= more
        found.removed["scan_pages"] = pages
        batches = self._ids(
            f"SELECT DISTINCT batch_id FROM scan_pages WHERE {self._in('id')}", [_arg(pages)]
        )
        kept = self._ids(
            f"""SELECT DISTINCT batch_id FROM scan_pages
                WHERE {self._in("batch_id")} AND NOT {self._in("id")}""",
            [_arg(batches), _arg(pages)],
        )
        found.removed["scan_batches"] = batches - kept

    def _guardians(self, students: set[int], found: Footprint) -> set[int]:
        """The guardians of the students who go that no other student, statement or form
        of someone who stays still names."""
        if not students:
            return set()
        inn = self._in
        linked = self._ids(
            f"SELECT DISTINCT guardian_id FROM student_guardians WHERE {inn('student_id')}",
            [_arg(students)],
        )
        if not linked:
            return set()
        staying = self._ids(
            f"""SELECT guardian_id FROM student_guardians
                    WHERE {inn("guardian_id")} AND NOT {inn("student_id")}
                UNION SELECT guardian_id FROM consent_statements
                    WHERE {inn("guardian_id")} AND NOT {inn("id")}
                UNION SELECT guardian_id FROM form_instances
                    WHERE {inn("guardian_id")} AND NOT {inn("id")}""",
            [
                _arg(linked),
                _arg(students),
                _arg(linked),
                _arg(found.keys("consent_statements")),
                _arg(linked),
                _arg(found.keys("form_instances")),
            ],
        )
        return linked - staying

    def _employees(self, employees: set[int], found: Footprint) -> None:
        """Employees go, unless records of people who stay name them (an authorisation
        they granted, a press report made to them): then their name goes and their row
        stays, anonymous. Their logins stay (the logs' actors) without the link."""
        if not employees:
            found.removed["employees"] = set()
            return
        inn = self._in
        people = _arg(employees)
        named = self._ids(
            f"""SELECT granted_by_employee_id FROM authorisations
                    WHERE {inn("granted_by_employee_id")} AND NOT {inn("id")}
                UNION SELECT reported_to_employee_id FROM press_reports
                    WHERE {inn("reported_to_employee_id")} AND NOT {inn("id")}""",
            [
                people,
                _arg(found.keys("authorisations")),
                people,
                _arg(found.keys("press_reports")),
            ],
        )
        found.anonymised = employees & named
        found.removed["employees"] = employees - named
        found.unlinked_users = self._ids(
            f"SELECT login FROM users WHERE {inn('employee_id')}", [people]
        )
        found.cleared_accounts = self._ids(
            f"SELECT id FROM accounts WHERE {inn('permission_by_employee_id')}", [people]
        )

    def _references(self, shas: set[str], found: Footprint) -> set[str]:
        """Those of ``shas`` a row that stays refers to."""
        kept: set[str] = set()
        for table, column in BLOB_REFERENCES:
            going = found.keys(table)
            for row_id, sha in self._store.db.execute(
                f"SELECT id, {column} FROM {table} WHERE {self._in_texts(column)}",
                [_texts(shas)],
            ).fetchall():
                if table == "protocol_versions" or row_id not in going:
                    kept.add(sha)
        return kept

    def _blobs(self, found: Footprint) -> None:
        """The stored files only the rows that go referred to, with the originals of
        straightened images when nothing else keeps them."""
        direct: set[str] = set()
        for table, column in BLOB_REFERENCES:
            if table == "protocol_versions" or not found.keys(table):
                continue
            direct |= self._ids(
                f"SELECT {column} FROM {table} WHERE {self._in('id')} AND {column} IS NOT NULL",
                [_arg(found.keys(table))],
            )
        if not direct:
            found.removed["blobs"] = set()
            found.removed["blob_derivations"] = set()
            return
        originals = self._ids(
            "SELECT original_sha256 FROM blob_derivations"
            f" WHERE {self._in_texts('derived_sha256')}",
            [_texts(direct)],
        )
        candidates = direct | originals
        derivations = self._store.db.execute(
            f"""SELECT derived_sha256, original_sha256 FROM blob_derivations
                WHERE {self._in_texts("derived_sha256")}
                   OR {self._in_texts("original_sha256")}""",
            [_texts(candidates), _texts(candidates)],
        ).fetchall()
        gone = candidates - self._references(candidates, found)
        removed_derivations = {derived for derived, _ in derivations if derived in gone}
        # an original another (kept) straightened image came from stays with it
        gone -= {original for derived, original in derivations if derived not in gone}
        found.removed["blob_derivations"] = removed_derivations
        found.removed["blobs"] = gone

    def _audit_rows(self, found: Footprint) -> set[int]:
        """The audit rows holding copies of what goes: those of its rows, and those of
        links (removed earlier or now) naming a person who goes."""
        rows: set[int] = set()
        for table, keys in found.removed.items():
            if keys:
                rows |= self._ids(
                    f"SELECT id FROM audit_log WHERE table_name = ? AND {self._in_texts('row_id')}",
                    [table, _texts(keys)],
                )
        if found.anonymised:
            rows |= self._ids(
                f"SELECT id FROM audit_log WHERE table_name = 'employees'"
                f" AND {self._in_texts('row_id')}",
                [_texts(found.anonymised)],
            )
        people = {
            "student_id": found.keys("students"),
            "employee_id": found.keys("employees") | found.anonymised,
            "guardian_id": found.keys("guardians"),
        }
        if any(people.values()):
            marks = ", ".join("?" * len(_LINKING_TABLES))
            for row_id, before, after in self._store.db.execute(
                f"SELECT id, before, after FROM audit_log WHERE table_name IN ({marks})",
                list(_LINKING_TABLES),
            ).fetchall():
                if _names_any(before, people) or _names_any(after, people):
                    rows.add(row_id)
        return rows

    # -- removing --------------------------------------------------------------------------

    def apply(
        self,
        found: Footprint,
        rule: str,
        summaries: Iterable[Mapping[str, Any]],
    ) -> None:
        """Remove and change what ``found`` says in one transaction, past the append-only
        rules (a purge run open only inside it), and write one audit row per summary
        (no personal data: the rule, the day, counts, a reason)."""
        store = self._store
        db = store.db
        with (
            sqlite_errors(str(store.path or "")),
            purge_space.secure_delete(store),
            store.db.atomic(),
        ):
            db.execute(
                "INSERT INTO purge_runs (rule, actor, started_at) VALUES (?, ?, ?)",
                [rule, store.actor, store.now()],
            )
            for table in ("students", "employees", "guardians"):
                if found.keys(table):
                    store.raise_id_floor(table)
            inn = self._in
            if found.keys("scan_pages"):
                db.execute(
                    f"UPDATE scan_pages SET duplicate_of = NULL WHERE {inn('duplicate_of')}"
                    f" AND NOT {inn('id')}",
                    [_arg(found.keys("scan_pages")), _arg(found.keys("scan_pages"))],
                )
            if found.cleared_accounts:
                db.execute(
                    f"UPDATE accounts SET permission_by_employee_id = NULL WHERE {inn('id')}",
                    [_arg(found.cleared_accounts)],
                )
            if found.unlinked_users:
                db.execute(
                    f"UPDATE users SET employee_id = NULL WHERE {self._in_texts('login')}",
                    [_texts(found.unlinked_users)],
                )
            for table in REMOVAL_ORDER:
                keys = found.keys(table)
                if not keys:
                    continue
                column = _KEYS.get(table, "id")
                if table in ("blobs", "blob_derivations"):
                    where, param = self._in_texts(column), _texts(keys)
                else:
                    where, param = inn(column), _arg(keys)
                db.execute(f"DELETE FROM {table} WHERE {where}", [param])
            for employee in sorted(found.anonymised):
                db.execute(
                    """UPDATE employees SET staff_number = ?, roepnaam = '', tussenvoegsel = '',
                           achternaam = ?, partner_tussenvoegsel = '', partner_achternaam = '',
                           naamgebruik = 'eigen', function = '', email = '', start_date = NULL
                       WHERE id = ?""",
                    [ANONYMOUS_NUMBER.format(id=employee), ANONYMOUS_SURNAME, employee],
                )
            if found.audit_rows:
                db.execute(f"DELETE FROM audit_log WHERE {inn('id')}", [_arg(found.audit_rows)])
            for summary in summaries:
                store.audit("purge", "purge_runs", summary.get("rule"), None, dict(summary))
            db.execute("DELETE FROM purge_runs")

    def wipe(self, found: Footprint) -> bool:
        """After the purge's transaction: the freed space wiped (``purge_space.wipe``)
        from the tables ``found`` touched; False when the server's login may not."""
        touched = [table for table, keys in found.removed.items() if keys]
        if found.audit_rows:
            touched.append("audit_log")
        if found.anonymised:
            touched.append("employees")
        return purge_space.wipe(self._store, touched)


def _arg(keys: Collection[int]) -> str:
    """Ids as one JSON parameter."""
    return json.dumps(sorted(int(key) for key in keys))


def _texts(keys: Collection[Any]) -> str:
    """Keys as one JSON parameter of texts (an audit row's ``row_id``, a login, a hash)."""
    return json.dumps(sorted(str(key) for key in keys))


def _names_any(text: str | None, people: Mapping[str, set[int]]) -> bool:
    if not text:
        return False
    try:
        row = json.loads(text)
    except ValueError:
        return False
    if not isinstance(row, dict):
        return False
    return any(row.get(column) in ids for column, ids in people.items() if ids)
