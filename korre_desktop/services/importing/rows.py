"""Reading one row of a table through its mapping: text values, dates and names, with
the domain's checks (``domain.validation``) turned into report problems."""

from __future__ import annotations

from datetime import date

from korre_desktop.domain import validation as v
from korre_desktop.domain.dates import ImpossibleDateError
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.importing.dates import parse_import_date
from korre_desktop.services.importing.mapping import Mapping
from korre_desktop.services.importing.names import split_full_name, split_surname
from korre_desktop.services.importing.report import ERROR, WARNING, Problem
from korre_desktop.services.importing.table import Table
from korre_desktop.services.importing.text_hygiene import Note, field_kind, tidy
from korre_desktop.services.importing.text_hygiene import describe as describe_note
from korre_desktop.services.importing.values import PLACEHOLDERS

MAX_VALUE_CHARS = {"note": 2_000}
MAX_NAME_CHARS = 200
MAX_PLACEHOLDER_CHARS = max(len(word) for word in PLACEHOLDERS)


def _show(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else repr(value)


def describe(problem: FieldProblem, column: str) -> str:
    """An English sentence for a domain FieldProblem, naming the column."""
    p = problem.params
    code = problem.code
    if code == v.REQUIRED:
        return f"{column} is empty"
    if code == v.DATE_FORMAT:
        return f"{column}: {p.get('text', '')!r} is not a date"
    if code == v.DATE_INVALID:
        return f"{column}: the date {p.get('text', '')!r} does not exist"
    if code == v.DATE_IN_FUTURE:
        return f"{column}: the date lies in the future"
    if code == v.AGE_OUT_OF_RANGE:
        return f"{column}: age {p['age']} is not between {p['min']} and {p['max']}"
    if code == v.DATE_ORDER:
        return f"{column}: the date is before {p['earliest']}"
    if code == v.EMAIL_FORMAT:
        return f"{column}: not an e-mail address"
    if code == v.PHONE_FORMAT:
        return f"{column}: not a phone number"
    if code == v.UNKNOWN_CHOICE:
        return f"{column}: {p.get('value', '')!r} is not known"
    return f"{column}: {code}"


class RowReader:
    """Values of the fields of one table row, collecting problems as it goes."""

    def __init__(self, table: Table, mapping: Mapping, today: date) -> None:
        self.table = table
        self.mapping = mapping
        self.columns = dict(mapping.columns)
        self.today = today
        self.index = 0
        # field -> every row's cleaned value, made on first use in one pass over the column
        self._cleaned: dict[str, list[str | None]] = {}
        # field -> {row index: what cleaning did or found}, for the few cells it touched
        self._notes: dict[str, dict[int, tuple[Note, ...]]] = {}
        self._noted: set[str] = set()  # fields whose notes this row has reported

    def start(self, index: int) -> RowReader:
        self.index = index
        self.values = self.table.rows[index]
        self.row = self.table.row_numbers[index]
        self.number = ""
        self.problems: list[Problem] = []
        if self._noted:
            self._noted = set()
        return self

    def header(self, name: str) -> str:
        index = self.mapping.column(name)
        return name if index is None else (self.table.headers[index] or name)

    def raw(self, name: str) -> str:
        index = self.columns.get(name)
        return "" if index is None else self.values[index]

    def _column(self, name: str) -> list[str | None]:
        """The field's values of all rows: cleaned (``text_hygiene.tidy``), "" for empty or
        a placeholder ("-"), None for a value that is too long (reported when its row is
        read). What cleaning did is kept per row and reported when the row is read."""
        index = self.columns[name]
        limit = MAX_VALUE_CHARS.get(name, MAX_NAME_CHARS)
        kind = field_kind(name)
        # Kept with the table: a plan made again (``staleness``) need not clean it twice.
        cached = self.table.cleaned_columns.get((index, kind, limit))
        if cached is None:
            cached = self.table.cleaned_columns[index, kind, limit] = self._clean(
                index, kind, limit
            )
        cleaned, notes = cached
        self._cleaned[name] = cleaned
        if notes:
            self._notes[name] = notes
        return cleaned

    def _clean(
        self, index: int, kind: str, limit: int
    ) -> tuple[list[str | None], dict[int, tuple[Note, ...]]]:
        notes: dict[int, tuple[Note, ...]] = {}
        cleaned: list[str | None] = []
        append = cleaned.append
        for position, row in enumerate(self.table.rows):
            value = row[index]
            if not value:
                append("")
                continue
            value, found = tidy(value, kind)
            if found:
                notes[position] = found
            if len(value) <= MAX_PLACEHOLDER_CHARS and value.casefold() in PLACEHOLDERS:
                append("")
            else:
                append(None if len(value) > limit else value)
        return cleaned, notes

    def text(self, name: str) -> str:
        """The field's value, cleaned; "" when unmapped, empty or a placeholder ("-")."""
        column = self._cleaned.get(name)
        if column is None:
            if name not in self.columns:
                return ""
            column = self._column(name)
        value = column[self.index]
        if name in self._notes and name not in self._noted:
            self._report_notes(name)
        if value is None:
            limit = MAX_VALUE_CHARS.get(name, MAX_NAME_CHARS)
            self.error(
                name,
                "too_long",
                f"{self.header(name)} is longer than {limit} characters",
                limit=limit,
            )
            return ""
        return value

    def _report_notes(self, name: str) -> None:
        found = self._notes[name].get(self.index)
        if found:
            self._noted.add(name)
            for note in found:
                message = describe_note(note, self.header(name))
                self.error(name, note.code, message, note.severity, **note.params)

    def add(
        self, name: str, problem: FieldProblem | None, severity: str = ERROR, /, **params: object
    ) -> bool:
        """Record a domain problem for field ``name``; True when there was one. Its params
        get the column's header (``column``) and ``params`` (say the ``value`` read)."""
        if problem is None:
            return False
        column = self.header(name)
        self.problems.append(
            Problem(
                self.row,
                problem.code,
                describe(problem, column),
                severity,
                name,
                self.number,
                {**problem.params, **params, "column": column},
            )
        )
        return True

    def error(
        self, name: str, code: str, message: str, severity: str = ERROR, /, **params: object
    ) -> None:
        """A problem with field ``name`` (its header goes into ``params["column"]`` when
        the field has a column), or with the row when ``name`` is ""."""
        if name and "column" not in params and self.mapping.column(name) is not None:
            params["column"] = self.header(name)
        self.problems.append(Problem(self.row, code, message, severity, name, self.number, params))

    def warning(self, name: str, code: str, message: str, /, **params: object) -> None:
        self.error(name, code, message, WARNING, **params)

    @property
    def failed(self) -> bool:
        return any(problem.severity == ERROR for problem in self.problems)

    def date(self, name: str, *, required: bool = False) -> date | None:
        text = self.text(name)
        if not text:
            if required and not any(problem.field == name for problem in self.problems):
                self.add(name, FieldProblem(name, v.REQUIRED))
            return None
        try:
            return parse_import_date(text, self.today)
        except ImpossibleDateError:
            self.add(name, FieldProblem(name, v.DATE_INVALID, {"text": text}))
        except ValueError:
            self.add(name, FieldProblem(name, v.DATE_FORMAT, {"text": text}))
        return None

    def person_name(self) -> tuple[str, str, str]:
        """(roepnaam, tussenvoegsel, achternaam) from the name fields that are mapped."""
        roepnaam = self.text("roepnaam")
        voornamen = self.text("voornamen")
        tussenvoegsel = self.text("tussenvoegsel")
        achternaam = self.text("achternaam")
        full = self.text("name")
        if not achternaam and full:
            given, infix, surname = split_full_name(full)
            roepnaam = roepnaam or given
            tussenvoegsel = tussenvoegsel or infix
            achternaam = surname
        elif (
            achternaam
            and not tussenvoegsel
            and (not self.mapping.has("tussenvoegsel") or "," in achternaam)
        ):
            tussenvoegsel, achternaam = split_surname(achternaam)
        if not roepnaam and voornamen:
            roepnaam = voornamen.split()[0]
        return roepnaam, tussenvoegsel, achternaam
