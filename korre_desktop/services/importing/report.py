"""The import's report: what a plan would do (dry run) or did, row by row.

Counts are of records (students, employees or statements): new, changed, unchanged, and
rows with errors (which block the import: all or nothing). Warnings do not block: the
row is imported without the value the warning is about. Columns that only look like a
field (``Mapping.suggestions``) are listed as not used.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.consent_items import is_item_code
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.importing.mapping import Mapping
from korre_desktop.services.importing.table import SourceInfo

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
ERROR, WARNING = "error", "warning"
SHOWN_NEW = 20  # the CLI lists this many new records by name, then a count


@dataclass(frozen=True)
class Problem:
    row: int | None  # the file's row (or EDEXML element), None for the whole file
    code: str  # stable, for the GUI's Dutch wording
    message: str  # English, for the CLI and the log
    severity: str = ERROR
    field: str = ""
    number: str = ""  # the record's number when known
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)


class Notice(str):
    """A notice of a table or plan, or an item ``ImportPlan.created`` lists: the English
    text (what the CLI prints; it compares, joins and is stored as that plain string) with
    a stable ``code`` and the ``params`` the GUI words it from in Dutch::

        Notice("rows above the header (row 3) were skipped", "header_below_title", row=3)
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> Notice:
        notice = super().__new__(cls, text)
        notice.code = code
        notice.params = params
        return notice

    def __reduce__(self) -> tuple[Any, ...]:
        return _notice, (str(self), self.code, self.params)


def _notice(text: str, code: str, params: dict[str, Any]) -> Notice:
    return Notice(text, code, **params)


# Change.note: what a guardian linked to a student is (the CLI prints it in brackets).
CHANGE_NOTES = {"new": "new", "on_record": "already on record"}


@dataclass(slots=True)
class Change:
    """One value that changes. ``field`` is a field of the record ("birth_date", "class",
    "guardian 1 email", "teacher of class", ...); dates are iso text."""

    field: str
    before: Any
    after: Any
    note: str = ""  # a key of CHANGE_NOTES, or ""

    def __str__(self) -> str:
        before = "(empty)" if self.before in (None, "") else self.before
        after = "(empty)" if self.after in (None, "") else self.after
        if self.note:
            after = f"{after} ({CHANGE_NOTES[self.note]})"
        return f"{self.field}: {before} -> {after}"


@dataclass(slots=True)
class Entry:
    """One record of the file and what happens to it."""

    status: str  # NEW, CHANGED or UNCHANGED
    row: int
    number: str
    name: str  # the person; of a statement, in English who signed it when
    changes: list[Change] = dataclasses.field(default_factory=list)
    # a statement's parts (person, signer, iso date), for the GUI to word its name
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Missing:
    """A student on record at the school who is not in the file."""

    student_id: int
    number: str
    name: str
    class_name: str
    earliest_left: str  # iso date: a left date must not be before this


@dataclass
class ImportPlan:
    """What importing a table would do. Made by ``plan_import``, used by ``apply_import``."""

    kind: str
    source: SourceInfo
    mapping: Mapping
    row_noun: str
    school_id: int | None
    school_name: str
    school_year: str
    entries: list[Entry] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    missing: list[Missing] = dataclasses.field(default_factory=list)
    # what applying makes: "school year 2026-2027", "class Groep 5 (2026-2027)", a guardian
    created: list[Notice] = dataclasses.field(default_factory=list)
    notices: list[Notice] = dataclasses.field(default_factory=list)
    stamp: int = 0  # the audit stamp the plan was made at (see ``staleness``)
    # What the plan was made from besides table and mapping (``apply_import`` makes it again
    # from these to see whether it still holds; see ``staleness``).
    year: SchoolYear | None = None
    today: date | None = None
    work: Any = None  # what apply does; private to the planner of this kind
    table: Any = dataclasses.field(
        default=None, repr=False
    )  # the Table (its mapping is saved on apply)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def error_rows(self) -> int:
        return len({(p.row, p.number) for p in self.errors})

    def count(self, status: str) -> int:
        return sum(1 for entry in self.entries if entry.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {
            NEW: self.count(NEW),
            CHANGED: self.count(CHANGED),
            UNCHANGED: self.count(UNCHANGED),
            "errors": self.error_rows,
            "warnings": len(self.warnings),
            "missing": len(self.missing),
        }

    @property
    def has_work(self) -> bool:
        return bool(self.count(NEW) or self.count(CHANGED) or self.created)

    def where(self, problem: Problem) -> str:
        if problem.row is None:
            return "file"
        return f"{self.row_noun} {problem.row}"


@dataclass
class ImportResult:
    counts: dict[str, int]
    run_ids: list[int]
    marked_left: int = 0
    mapping_saved: bool = False


def _kind_noun(kind: str) -> str:
    return {"students": "students", "employees": "employees", "consents": "statements"}[kind]


def report_lines(plan: ImportPlan, show_new: int = SHOWN_NEW) -> list[str]:
    """The plan as readable lines (the CLI prints them)."""
    noun = _kind_noun(plan.kind)
    counts = plan.counts
    where = f" at {plan.school_name}" if plan.school_name else ""
    year = f", school year {plan.school_year}" if plan.school_year else ""
    lines = [
        f"Import of {noun} from {plan.source.name} ({plan.source.format}){where}{year}",
        f"  {counts[NEW]} new, {counts[CHANGED]} changed, {counts[UNCHANGED]} unchanged,"
        f" {counts['errors']} row(s) with errors, {counts['warnings']} warning(s)",
    ]
    if counts["errors"]:
        lines.append(
            f"  {counts['errors']} {plan.row_noun}(s) with errors would be skipped;"
            " unless they are skipped, nothing is imported"
        )
    if plan.mapping.origin != "fixed":
        described = plan.mapping.describe(plan.table.headers)
        items = [line for line in described if is_item_code(line.split(" <- ")[0])]
        shown = [line for line in described if line not in items]
        if items:
            shown.append(f"{len(items)} consent item column(s)")
        lines.append(f"  columns ({plan.mapping.origin}): " + "; ".join(shown))
        lines += [
            f"  {line}; name it in --mapping FILE.json to use it"
            for line in plan.mapping.describe_suggestions(plan.table.headers)
        ]
    lines += [f"  note: {notice}" for notice in plan.notices]
    lines += [f"  will create {item}" for item in plan.created]
    for problem in plan.errors:
        lines.append(f"  error, {plan.where(problem)}: {problem.message}")
    for problem in plan.warnings:
        lines.append(f"  warning, {plan.where(problem)}: {problem.message}")
    new = [entry for entry in plan.entries if entry.status == NEW]
    for entry in new[:show_new]:
        lines.append(f"  new, {plan.row_noun} {entry.row}: {entry.number} {entry.name}".rstrip())
    if len(new) > show_new:
        lines.append(f"  ... and {len(new) - show_new} more new")
    for entry in plan.entries:
        if entry.status == CHANGED:
            changes = "; ".join(str(change) for change in entry.changes)
            lines.append(
                f"  changed, {plan.row_noun} {entry.row}: {entry.number} {entry.name}: {changes}"
            )
    if plan.missing:
        lines.append(
            f"  {len(plan.missing)} student(s) on record{where} are not in this file"
            " (marked as left only with a leaving date):"
        )
        for missing in plan.missing:
            klass = f" ({missing.class_name})" if missing.class_name else ""
            lines.append(f"    {missing.number} {missing.name}{klass}")
    return lines
