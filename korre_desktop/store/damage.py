"""Finding damaged data and naming the records it belongs to.

SQLite's own ``integrity_check`` proves the file's structure, not its contents: a flipped
byte inside a stored value goes unnoticed until something reads it. So the full check
also hashes every blob against its SHA-256, decodes every text as UTF-8, parses every
JSON column and reads every date, and each finding names the record (``consent statement
123 of student 004512``) so the office knows which paper to look up. ``quick`` is the
structure only: what can run at the start of the app.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from korre_desktop.store.sqlite_driver import dbapi

# Reports (done, total, label) now and then; raising from it stops the check.
Step = Callable[[int, int, str], None]

# Finding codes (the GUI words them; the command line prints ``Finding.message``)
STRUCTURE = "structure"  # integrity_check's own report
MISSING_REFERENCE = "missing_reference"  # foreign_key_check
BLOB_DAMAGED = "blob_damaged"  # content no longer matches its SHA-256
TEXT_DAMAGED = "text_damaged"  # not UTF-8
JSON_DAMAGED = "json_damaged"  # does not parse
DATE_DAMAGED = "date_damaged"  # not a date (or date and time)

# Progress labels
STRUCTURE_STEP, RECORDS_STEP, FILES_STEP = "structure", "records", "files"

# JSON columns without a json_valid() check in the schema.
_JSON_WITHOUT_CHECK = {"settings": ("value",), "audit_log": ("before", "after")}
_JSON_CHECKED = re.compile(r"json_valid\(\s*(\w+)\s*\)", re.IGNORECASE)
_ROWS_PER_STEP = 500
_REPORT_EVERY_SECONDS = 0.1
_INSTRUCTIONS_PER_LOOK = 100_000  # how often SQLite's own check looks for a cancel
# integrity_check's words for a CHECK constraint a damaged value breaks (json_valid): the
# finding that names the record says the same
_CHECK_FAILED = re.compile(r"CHECK constraint failed in (\w+)")
# What a damaged blob is to the records using it, by the column that refers to it.
ORIGINAL = "original"  # the untouched original of a straightened evidence image
BLOB_WORDS = {
    "evidence_sha256": "evidence",
    "document_sha256": "document",
    "attachment_sha256": "attachment",
    "image_sha256": "page image",
    "signature_sha256": "signature image",
    ORIGINAL: "original of the evidence",
}


@dataclass(frozen=True)
class Record:
    """A record named the way the office knows it."""

    kind: str  # "consent_statement", "student", ... or "row" (see ``english``)
    key: str  # its id, number, label or code
    owner_kind: str = ""  # "student" / "employee", for what belongs to a person
    owner_key: str = ""  # their number
    table: str = ""

    @property
    def english(self) -> str:
        owner = f" of {self.owner_kind} {self.owner_key}" if self.owner_kind else ""
        if self.kind == "row":
            return f"row {self.key} of {self.table}"
        return f"{_KIND_WORDS.get(self.kind, self.kind)} {self.key}{owner}"


_KIND_WORDS = {
    "consent_statement": "consent statement",
    "protocol_signature": "protocol signature",
    "student": "student",
    "employee": "employee",
    "guardian": "guardian",
    "school": "school",
    "class": "class",
    "enrolment": "enrolment",
    "protocol_version": "protocol version",
    "consent_form_version": "consent form version",
    "printed_form": "printed form",
    "scanned_page": "scanned page",
    "scan_batch": "scan batch",
    "import_run": "import",
    "audit_entry": "audit log entry",
    "setting": "setting",
    "stored_file": "stored file",
    "account": "account",
    "authorisation": "authorisation",
    "authorisation_withdrawal": "withdrawal of authorisation",
    "press_report": "press report",
    "dossier_entry": "personnel file entry",
}


@dataclass(frozen=True)
class Finding:
    code: str
    record: Record | None = None
    column: str = ""  # the column damaged (for a blob: the column that refers to it)
    detail: str = ""  # integrity_check's text; a missing reference's table

    @property
    def message(self) -> str:
        """One English line, for the command line and the log."""
        where = self.record.english if self.record else ""
        if self.code == STRUCTURE:
            return f"the file's structure is damaged: {self.detail}"
        if self.code == MISSING_REFERENCE:
            return f"{where}: refers to a missing row of {self.detail}"
        if self.code == BLOB_DAMAGED:
            if self.record is None or self.record.kind == "stored_file":
                return f"{where}: blob damaged (not used by any record)"
            return f"{where}: {BLOB_WORDS.get(self.column, self.column)} blob damaged"
        if self.code == JSON_DAMAGED:
            return f"{where}: damaged data in {self.column} (not valid JSON)"
        if self.code == DATE_DAMAGED:
            return f"{where}: damaged date in {self.column}"
        return f"{where}: damaged text in {self.column}"


# -- the whole check -------------------------------------------------------------------------


def check(conn: dbapi.Connection, quick: bool = False, step: Step | None = None) -> list[Finding]:
    """Everything damaged in the database; empty when it is sound.

    ``quick``: SQLite's ``quick_check`` and the references only (seconds at most). The
    full check adds ``integrity_check`` (indexes too), every blob, text, JSON and date.
    ``step`` is called with the progress; what it raises (a cancel) stops the check, also
    inside SQLite's own checks.
    """
    tables = _tables(conn)
    counts = {table: _count(conn, table) for table in tables}
    blobs = counts.get("blobs", 0) if not quick else 0
    rows = 0 if quick else sum(counts.values())
    # The structure pass reads every page once: weighed like one pass over the rows.
    total = max(1, sum(counts.values()) + rows + blobs)
    steps = _Steps(step, total)
    steps.at(0, STRUCTURE_STEP)
    with _interruptible(conn, steps):
        findings = structure(conn, quick)
    steps.at(sum(counts.values()), RECORDS_STEP)
    if quick:
        return findings
    values: list[Finding] = []
    with _bytes_for_text(conn):
        for table in tables:
            values.extend(_damaged_values(conn, table, steps))
        values.extend(_damaged_blobs(conn, steps))
    steps.at(total, FILES_STEP)
    named = {finding.record.table for finding in values if finding.record}
    return [f for f in findings if not _said_again(f, named)] + values


def _said_again(finding: Finding, named_tables: set[str]) -> bool:
    found = _CHECK_FAILED.fullmatch(finding.detail) if finding.code == STRUCTURE else None
    return found is not None and found.group(1) in named_tables


def structure(conn: dbapi.Connection, quick: bool = False) -> list[Finding]:
    """What ``integrity_check`` (or ``quick_check``) and ``foreign_key_check`` report."""
    pragma = "quick_check" if quick else "integrity_check"
    findings = [
        Finding(STRUCTURE, detail=str(row[0]))
        for row in conn.execute(f"PRAGMA {pragma}")
        if row[0] != "ok"
    ]
    with _bytes_for_text(conn):
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            table, parent = _text(table), _text(parent)
            findings.append(Finding(MISSING_REFERENCE, describe(conn, table, rowid), detail=parent))
    return findings


def damaged_values(conn: dbapi.Connection, column: str | None = None) -> list[Finding]:
    """Texts, JSON and dates that cannot be read back (of ``column`` only, when named):
    to name the records after reading one failed."""
    findings: list[Finding] = []
    steps = _Steps(None, 1)
    with _bytes_for_text(conn):
        for table in _tables(conn):
            findings.extend(_damaged_values(conn, table, steps, column))
    return findings


# -- values ------------------------------------------------------------------------------------


def _damaged_values(
    conn: dbapi.Connection, table: str, steps: _Steps, only: str | None = None
) -> Iterator[Finding]:
    columns = [c for c in _text_columns(conn, table) if only is None or c == only]
    if not columns:
        steps.add(0 if only else _count(conn, table), RECORDS_STEP)
        return
    json_columns = _json_columns(conn, table)
    listed = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.execute(f'SELECT rowid, {listed} FROM "{table}"')
    while batch := cursor.fetchmany(_ROWS_PER_STEP):
        for rowid, *values in batch:
            for column, value in zip(columns, values, strict=True):
                code = _value_problem(column, value, column in json_columns)
                if code:
                    yield Finding(code, describe(conn, table, rowid), column)
        steps.add(len(batch), RECORDS_STEP)


def _value_problem(column: str, value: object, is_json: bool) -> str | None:
    if not isinstance(value, bytes):  # NULL, or a number in a text column
        return None
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return TEXT_DAMAGED
    if is_json:
        try:
            json.loads(text)
        except ValueError:
            return JSON_DAMAGED
    elif text and not _readable_date(column, text):
        return DATE_DAMAGED
    return None


# Date columns named otherwise than ``*_date``/``*_on``.
_DATE_COLUMNS = frozenset({"valid_from", "valid_until"})


def _readable_date(column: str, text: str) -> bool:
    """Dates (``*_date``, ``*_on``, an authorisation's ``valid_from``/``valid_until``) and
    moments (``*_at``, the audit log's ``at``) parse; other columns are not dates."""
    try:
        if column.endswith(("_date", "_on")) or column in _DATE_COLUMNS:
            date.fromisoformat(text)
        elif column.endswith("_at") or column == "at":
            datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# -- blobs -------------------------------------------------------------------------------------


def _damaged_blobs(conn: dbapi.Connection, steps: _Steps) -> Iterator[Finding]:
    if "blobs" not in _tables(conn):
        return
    cursor = conn.execute("SELECT sha256, size, data FROM blobs")
    while row := cursor.fetchone():
        sha, size, data = _text(row[0]), row[1], row[2]
        intact = isinstance(data, bytes) and (
            len(data) == size and hashlib.sha256(data).hexdigest() == sha
        )
        if not intact:
            yield from blob_findings(conn, sha)
        steps.add(1, FILES_STEP)


def blob_findings(conn: dbapi.Connection, sha: str) -> list[Finding]:
    """A damaged blob, reported once for every record that uses it."""
    users = [
        Finding(BLOB_DAMAGED, describe(conn, table, rowid), column)
        for table, column in _blob_columns(conn)
        for (rowid,) in conn.execute(
            f'SELECT rowid FROM "{table}" WHERE "{column}" = ?', [sha]
        ).fetchall()
    ]
    if "blob_derivations" in _tables(conn):
        derived = conn.execute(
            "SELECT derived_sha256 FROM blob_derivations WHERE original_sha256 = ?", [sha]
        ).fetchall()
        for (image,) in derived:
            users.extend(
                Finding(BLOB_DAMAGED, finding.record, ORIGINAL)
                for finding in blob_findings(conn, _text(image))
                if finding.record is not None and finding.record.kind != "stored_file"
            )
    return users or [Finding(BLOB_DAMAGED, Record("stored_file", sha[:12], table="blobs"))]


def _blob_columns(conn: dbapi.Connection) -> list[tuple[str, str]]:
    """(table, column) of every reference to a blob, but the derivations' own."""
    found = []
    for table in _tables(conn):
        if table == "blob_derivations":
            continue
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            if _text(row[2]) == "blobs":
                found.append((table, _text(row[3])))
    return found


# -- naming records ----------------------------------------------------------------------------

_OWNER = """coalesce((SELECT 'student' FROM students WHERE id = x.student_id),
                     (SELECT 'employee' FROM employees WHERE id = x.employee_id), ''),
            coalesce((SELECT student_number FROM students WHERE id = x.student_id),
                     (SELECT staff_number FROM employees WHERE id = x.employee_id), '')"""

# The same for records that only an employee has (a press report, the personnel file).
_EMPLOYEE_OWNER = """coalesce((SELECT 'employee' FROM employees WHERE id = x.employee_id), ''),
            coalesce((SELECT staff_number FROM employees WHERE id = x.employee_id), '')"""

# kind, and the query giving (key, owner kind, owner key) of a table's row by its rowid
_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "consent_statements": (
        "consent_statement",
        f"SELECT x.id, {_OWNER} FROM consent_statements x WHERE x.rowid = ?",
    ),
    "protocol_signatures": (
        "protocol_signature",
        f"SELECT x.id, {_OWNER} FROM protocol_signatures x WHERE x.rowid = ?",
    ),
    "form_instances": (
        "printed_form",
        f"SELECT x.code, {_OWNER} FROM form_instances x WHERE x.rowid = ?",
    ),
    "students": ("student", "SELECT student_number, '', '' FROM students WHERE rowid = ?"),
    "employees": ("employee", "SELECT staff_number, '', '' FROM employees WHERE rowid = ?"),
    "enrolments": (
        "enrolment",
        "SELECT x.id, 'student', (SELECT student_number FROM students WHERE id = x.student_id)"
        " FROM enrolments x WHERE x.rowid = ?",
    ),
    "guardians": ("guardian", "SELECT id, '', '' FROM guardians WHERE rowid = ?"),
    "student_guardians": (
        "guardian",
        "SELECT x.guardian_id, 'student',"
        " (SELECT student_number FROM students WHERE id = x.student_id)"
        " FROM student_guardians x WHERE x.rowid = ?",
    ),
    "schools": ("school", "SELECT name, '', '' FROM schools WHERE rowid = ?"),
    "classes": ("class", "SELECT name, '', '' FROM classes WHERE rowid = ?"),
    "protocol_versions": (
        "protocol_version",
        "SELECT label || ' (' || audience || ')', '', '' FROM protocol_versions WHERE rowid = ?",
    ),
    "consent_form_versions": (
        "consent_form_version",
        "SELECT label, '', '' FROM consent_form_versions WHERE rowid = ?",
    ),
    "accounts": ("account", "SELECT name, '', '' FROM accounts WHERE rowid = ?"),
    "authorisations": (
        "authorisation",
        f"SELECT x.id, {_OWNER} FROM authorisations x WHERE x.rowid = ?",
    ),
    "authorisation_withdrawals": (
        "authorisation_withdrawal",
        "SELECT x.authorisation_id, '', '' FROM authorisation_withdrawals x WHERE x.rowid = ?",
    ),
    "press_reports": (
        "press_report",
        f"SELECT x.id, {_EMPLOYEE_OWNER} FROM press_reports x WHERE x.rowid = ?",
    ),
    "dossier_entries": (
        "dossier_entry",
        f"SELECT x.id, {_EMPLOYEE_OWNER} FROM dossier_entries x WHERE x.rowid = ?",
    ),
    "scan_pages": ("scanned_page", "SELECT id, '', '' FROM scan_pages WHERE rowid = ?"),
    "scan_batches": ("scan_batch", "SELECT id, '', '' FROM scan_batches WHERE rowid = ?"),
    "import_runs": ("import_run", "SELECT id, '', '' FROM import_runs WHERE rowid = ?"),
    "audit_log": ("audit_entry", "SELECT id, '', '' FROM audit_log WHERE rowid = ?"),
    "settings": ("setting", "SELECT key, '', '' FROM settings WHERE rowid = ?"),
    "blobs": ("stored_file", "SELECT substr(sha256, 1, 12), '', '' FROM blobs WHERE rowid = ?"),
}


def describe(conn: dbapi.Connection, table: str, rowid: int) -> Record:
    """The record a table's row is, as the office knows it; ``row N of table`` when the
    row cannot be named (it may itself be damaged)."""
    known = _DESCRIPTIONS.get(table)
    if known is not None:
        kind, sql = known
        try:
            with _bytes_for_text(conn):
                row = conn.execute(sql, [rowid]).fetchone()
        except dbapi.Error:
            row = None
        if row is not None and row[0] is not None:
            key, owner_kind, owner_key = (_text(value) for value in row)
            if not owner_key:  # no owner, or one that is missing itself
                owner_kind = ""
            return Record(kind, key, owner_kind, owner_key, table)
    return Record("row", str(rowid), table=table)


# -- helpers -----------------------------------------------------------------------------------


class _Steps:
    """Progress over the whole check, reported at most every 0.1 s."""

    def __init__(self, step: Step | None, total: int) -> None:
        self.step = step
        self.total = total
        self.done = 0
        self._last = 0.0

    def add(self, count: int, label: str) -> None:
        self.at(self.done + count, label)

    def at(self, done: int, label: str) -> None:
        self.done = min(done, self.total)
        now = time.monotonic()
        if self.step is not None and (
            now - self._last >= _REPORT_EVERY_SECONDS or self.done >= self.total
        ):
            self._last = now
            self.step(self.done, self.total, label)


@contextmanager
def _interruptible(conn: dbapi.Connection, steps: _Steps) -> Iterator[None]:
    """Let a cancel stop SQLite's own long checks (they have no steps of their own): what
    the step raised is raised again once SQLite has stopped."""
    stopped: list[Exception] = []

    def handler() -> int:
        try:
            steps.at(steps.done, STRUCTURE_STEP)
        except Exception as exc:  # raised again below, once SQLite stopped
            stopped.append(exc)
            return 1
        return 0

    conn.set_progress_handler(handler, _INSTRUCTIONS_PER_LOOK)
    try:
        yield
    except dbapi.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


@contextmanager
def _bytes_for_text(conn: dbapi.Connection) -> Iterator[None]:
    """Texts come back as bytes, so a damaged one can be found instead of failing."""
    before: Callable | type = conn.text_factory
    conn.text_factory = bytes
    try:
        yield
    finally:
        conn.text_factory = before


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _tables(conn: dbapi.Connection) -> list[str]:
    with _bytes_for_text(conn):
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        ).fetchall()
    return [_text(name) for (name,) in rows]


def _count(conn: dbapi.Connection, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _text_columns(conn: dbapi.Connection, table: str) -> list[str]:
    """Columns with text affinity (SQLite's rule: the declared type names CHAR, CLOB or TEXT)."""
    with _bytes_for_text(conn):
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [
        _text(name)
        for _, name, declared, *_ in info
        if any(word in _text(declared).upper() for word in ("CHAR", "CLOB", "TEXT"))
    ]


def _json_columns(conn: dbapi.Connection, table: str) -> set[str]:
    with _bytes_for_text(conn):
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
    checked = set(_JSON_CHECKED.findall(_text(row[0]))) if row else set()
    return checked | set(_JSON_WITHOUT_CHECK.get(table, ()))
