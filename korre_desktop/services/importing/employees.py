"""Planning an employee import (HR or payroll exports, and EDEXML teachers).

An employee is known by staff number; EDEXML teachers (whose number is the
administration system's key) are also found by e-mail address, so a teacher already
imported from HR is not made twice. A school column links each row's employee to that
school (by name or BRIN), else the import's school; links are only added by an import,
never removed (that is done in the app). Rows with the same number are one employee at
several schools when they differ only in the school column. Rows with the same number and
own surname whose dates differ are the dossiers or contracts of one person (Visma|Raet
writes a person with two dossiers twice): the current one (not ended; then the latest end,
then the latest start) is used, with a notice. Other differences are an error.

Nothing is invented: a new employee whose file does not give the employment type is
recorded with employment "unknown", one without a start date with no start date (the
protocol deadline does not run for them until it is known); the report says how many.
A value the file leaves empty never clears one on record, except the end date: when the
file has an end-date column it is the HR system's word, and an empty cell there clears
an end date on record.

Names follow Dutch name use: the own surname (``Geboortenaam``) and infix, the partner's
surname and infix, and which of them the person uses (``naamgebruik``; AFAS writes it as
a code 0-3, Visma|Raet as ``Naam samenstelling`` 1-4). Without a call name the initials
are the first name ("P. Jansen-de Boer"). An end date of "99991231" is open-ended.

An EDEXML teacher's groups (``Table.meta["teacher_classes"]``: number -> class names)
make them a teacher of those classes of the import's school year; links are only added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from korre_desktop.domain import validation as v
from korre_desktop.domain.people import NameUse, fold, person_name
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.importing.context import SchoolChoice, find_school
from korre_desktop.services.importing.dates import is_open_end
from korre_desktop.services.importing.edexml import TEACHER_FUNCTION
from korre_desktop.services.importing.mapping import Mapping
from korre_desktop.services.importing.names import split_surname
from korre_desktop.services.importing.report import (
    CHANGED,
    NEW,
    UNCHANGED,
    WARNING,
    Change,
    Entry,
    ImportPlan,
    Notice,
    Problem,
)
from korre_desktop.services.importing.rows import RowReader
from korre_desktop.services.importing.table import Table
from korre_desktop.services.importing.values import parse_employment, parse_name_use
from korre_desktop.services.progress import Progress
from korre_desktop.services.records import EMPLOYMENT_TYPES
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

UNKNOWN_EMPLOYMENT = "unknown"
PROGRESS_EVERY = 500


@dataclass
class EmployeeData:
    row: int
    number: str
    values: dict[str, Any]  # employees columns the file gives
    school_ids: list[int]

    @property
    def name(self) -> str:
        return person_name(
            {
                "roepnaam": self.values.get("roepnaam", ""),
                "tussenvoegsel": self.values.get("tussenvoegsel", ""),
                "achternaam": self.values.get("achternaam", ""),
                **{key: self.values[key] for key in _NAME_USE_COLUMNS if key in self.values},
            }
        )


_NAME_USE_COLUMNS = ("naamgebruik", "partner_tussenvoegsel", "partner_achternaam")


@dataclass
class EmployeeWork:
    new: list[dict[str, Any]] = field(default_factory=list)  # EmployeeInput fields
    # (employee id, {"values": changes, "school_ids": all, "before": the row as it was})
    updates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    # Teachers of classes: (staff number, class name), the class of ``school_id`` in
    # ``school_year`` (made by the students' plan of the same file when it is new).
    class_links: list[tuple[str, str]] = field(default_factory=list)
    school_id: int | None = None
    school_year: str = ""


def _teacher_function(current: str, wanted: str) -> str:
    """EDEXML writes "Leerkracht (groups)": it replaces an empty function or an earlier
    teacher function, never another one ("Directeur" who also teaches stays)."""
    if not current or current.casefold().startswith(TEACHER_FUNCTION.casefold()):
        return wanted
    return current


class EmployeePlanner:
    def __init__(
        self,
        store: Store,
        table: Table,
        mapping: Mapping,
        school: SchoolChoice | None,
        year: SchoolYear,
        today: date,
        plan: ImportPlan,
        progress: Progress,
    ) -> None:
        self.store, self.table, self.mapping = store, table, mapping
        self.school, self.year, self.today = school, year, today
        self.plan, self.progress = plan, progress
        self.edexml = table.source.format == "edexml"
        queries = ImportQueries(store)
        self.known = {row["staff_number"]: row for row in queries.employees()}
        self.by_email: dict[str, list[dict]] = {}
        for row in self.known.values():
            if row["email"]:
                self.by_email.setdefault(row["email"].casefold(), []).append(row)
        self.links: dict[int, set[int]] = {}
        for link in queries.employee_school_links():
            self.links.setdefault(link["employee_id"], set()).add(link["school_id"])
        self.schools = store.people.schools()
        self.work = EmployeeWork(school_id=school.id if school else None, school_year=year.label)
        self.unknown: dict[str, int] = {}  # "employment" / "start_date" -> new employees
        self.teacher_classes: dict[str, list[str]] = table.meta.get("teacher_classes") or {}
        self.taught: set[tuple[int, str]] = set()  # (employee id, class name casefolded)
        if school is not None and self.teacher_classes:
            self.taught = {
                (row["employee_id"], row["class_name"].casefold())
                for row in queries.class_teachers(school.id, year.label)
            }

    def run(self) -> None:
        reader = RowReader(self.table, self.mapping, self.today)
        found: dict[str, list[EmployeeData]] = {}
        failed: set[str] = set()
        total = len(self.table.rows)
        for index in range(total):
            if index % PROGRESS_EVERY == 0:
                self.progress.step(index, total, "checking rows")
            reader.start(index)
            data = self._read(reader)
            self.plan.problems.extend(reader.problems)
            if data.number:
                found.setdefault(data.number, []).append(data)
                if reader.failed:
                    failed.add(data.number)
        for number, rows in found.items():
            merged = self._merge(number, rows)
            if merged is not None and number not in failed:
                self._employee(merged)
        if self.unknown.get("employment"):
            self.plan.notices.append(
                Notice(
                    f"{self.unknown['employment']} new employee(s) without an employment type"
                    " in the file: recorded as unknown",
                    "employment_unknown",
                    count=self.unknown["employment"],
                )
            )
        if self.unknown.get("start_date"):
            self.plan.notices.append(
                Notice(
                    f"{self.unknown['start_date']} new employee(s) without a start date in the"
                    " file: recorded as unknown (not overdue for the protocol until it is known)",
                    "start_date_unknown",
                    count=self.unknown["start_date"],
                )
            )
        self.progress.step(total, total, "checking rows")

    def _read(self, reader: RowReader) -> EmployeeData:
        number = reader.text("number")
        reader.number = number
        roepnaam, tussenvoegsel, achternaam = reader.person_name()
        if not roepnaam:
            roepnaam = reader.text("voorletters")
        reader.add("number", v.check_required("number", number))
        for problem in v.check_some_name(roepnaam, achternaam):
            reader.add("achternaam" if reader.mapping.has("achternaam") else "name", problem)
            break
        values: dict[str, Any] = {
            "roepnaam": roepnaam,
            "tussenvoegsel": tussenvoegsel,
            "achternaam": achternaam,
        }
        values.update(self._name_use(reader))
        email = reader.text("email")
        if email and reader.add("email", v.check_email("email", email), WARNING, value=email):
            email = ""
        if email:
            values["email"] = email
        function = reader.text("function")
        if function:
            values["function"] = function
        employment = reader.text("employment")
        if employment:
            try:
                values["employment_type"] = parse_employment(employment)
            except ValueError:
                reader.add(
                    "employment",
                    v.check_choice("employment", employment, EMPLOYMENT_TYPES),
                )
        start = reader.date("start_date")
        end = None if is_open_end(reader.raw("end_date")) else reader.date("end_date")
        reader.add("end_date", v.check_date_order("end_date", end, start))
        if start is not None:
            values["start_date"] = start.isoformat()
        if self.mapping.has("end_date"):
            values["end_date"] = end.isoformat() if end else None
        school_ids = []
        school_text = reader.text("school")
        if school_text:
            matches = find_school(self.schools, school_text)
            if len(matches) == 1:
                school_ids.append(matches[0]["id"])
            else:
                names = [s["name"] for s in self.schools]
                reader.error(
                    "school",
                    "school_unknown" if not matches else "school_ambiguous",
                    f"{reader.header('school')}: school {school_text!r} is"
                    f" {'not known' if not matches else 'ambiguous'}"
                    f" (schools: {', '.join(names) or 'none yet'})",
                    value=school_text,
                    schools=names,
                )
        elif self.school is not None:
            school_ids.append(self.school.id)
        return EmployeeData(reader.row, number, values, school_ids)

    def _name_use(self, reader: RowReader) -> dict[str, str]:
        """The partner's name and the name use, when the file has them."""
        found: dict[str, str] = {}
        partner = reader.text("partner_achternaam")
        partner_infix = reader.text("partner_tussenvoegsel")
        if partner and not partner_infix and not self.mapping.has("partner_tussenvoegsel"):
            partner_infix, partner = split_surname(partner)
        if self.mapping.has("partner_achternaam"):
            found["partner_achternaam"] = partner
            found["partner_tussenvoegsel"] = partner_infix
        for name, scheme in (("naamgebruik", "afas"), ("naam_samenstelling", "raet")):
            text = reader.text(name)
            if not text:
                continue
            try:
                use = parse_name_use(text, scheme)
            except ValueError:
                reader.warning(
                    name,
                    "name_use_unknown",
                    f"{reader.header(name)}: {text!r} is not a known name use; the own"
                    " surname is used",
                    value=text,
                )
                use = NameUse.OWN
            if use is not NameUse.OWN and not partner:
                reader.warning(
                    name,
                    "name_use_without_partner",
                    f"{reader.header(name)}: the name use is {use.value} but the file has no"
                    " partner's surname; the own surname is used",
                    value=use.value,
                )
                use = NameUse.OWN
            found["naamgebruik"] = use.value
            break
        if "naamgebruik" not in found and "partner_achternaam" in found and not partner:
            found["naamgebruik"] = NameUse.OWN.value  # no partner name: the own surname
        return found

    def _merge(self, number: str, rows: list[EmployeeData]) -> EmployeeData | None:
        """One employee from rows with the same number: rows that differ only in school,
        or the current of several dossiers of one person."""
        first = rows[0]
        if len(rows) == 1:
            return first
        noun = self.table.row_noun
        chosen = first if all(row.values == first.values for row in rows[1:]) else None
        if chosen is None and (chosen := self._current(rows)) is not None:
            others = ", ".join(str(row.row) for row in rows if row.values != chosen.values)
            self.plan.notices.append(
                Notice(
                    f"employee {number} is in the file more than once with other dates"
                    f" ({noun} {others}): the current one ({noun} {chosen.row}) is used",
                    "employee_dossiers",
                    number=number,
                    rows=others,
                    row=chosen.row,
                    noun=noun,
                )
            )
        if chosen is not None:
            same = [row for row in rows if row.values == chosen.values]
            schools = list(dict.fromkeys(s for row in same for s in row.school_ids))
            return EmployeeData(chosen.row, number, chosen.values, schools)
        for row in rows:
            others = ", ".join(str(r.row) for r in rows if r is not row)
            self.plan.problems.append(
                Problem(
                    row.row,
                    "duplicate_number",
                    f"number {number} is in the file more than once with other details"
                    f" (also {noun} {others})",
                    "error",
                    "number",
                    number,
                    {"rows": others, "noun": noun, "details": True},
                )
            )
        return None

    def _current(self, rows: list[EmployeeData]) -> EmployeeData | None:
        """The row of the current dossier when the rows are one person's (the same own
        surname) and their dates tell one apart; None otherwise."""
        if len({fold(row.values["achternaam"]) for row in rows}) != 1:
            return None
        today = self.today.isoformat()

        def key(row: EmployeeData) -> tuple[bool, str, str]:
            end = row.values.get("end_date")
            return (
                end is None or end >= today,
                end or "9999-12-31",
                row.values.get("start_date") or "",
            )

        ordered = sorted(rows, key=key, reverse=True)
        return ordered[0] if key(ordered[0]) != key(ordered[1]) else None

    def _find(self, data: EmployeeData) -> dict | None:
        current = self.known.get(data.number)
        if current is None and self.edexml and data.values.get("email"):
            same = self.by_email.get(data.values["email"].casefold(), [])
            if len(same) == 1:
                current = same[0]
                self.plan.notices.append(
                    Notice(
                        f"teacher {data.number} {data.name} is {current['staff_number']} on"
                        " record (same e-mail address)",
                        "teacher_by_email",
                        number=data.number,
                        name=data.name,
                        staff_number=current["staff_number"],
                    )
                )
        return current

    def _employee(self, data: EmployeeData) -> None:
        current = self._find(data)
        if current is None:
            self._new(data)
            return
        wanted = dict(data.values)
        if self.edexml and "function" in wanted:
            wanted["function"] = _teacher_function(current["function"], wanted["function"])
        values = {key: value for key, value in wanted.items() if current[key] != value}
        start = values.get("start_date", current["start_date"])
        end = values["end_date"] if "end_date" in values else current["end_date"]
        if end is not None and start is not None and end < start:
            self.plan.problems.append(
                Problem(
                    data.row,
                    v.DATE_ORDER,
                    f"the end date {end} is before the start date {start}",
                    "error",
                    "end_date",
                    data.number,
                    {"end": end, "start": start},
                )
            )
            return
        had = self.links.get(current["id"], set())
        added = [school for school in data.school_ids if school not in had]
        changes = [Change(key, current[key], value) for key, value in values.items()]
        names = {s["id"]: s["name"] for s in self.schools}
        changes += [Change("school", None, names[school]) for school in added]
        if values or added:
            schools = sorted(had) + added
            self.work.updates.append(
                (
                    current["id"],
                    {"values": values, "school_ids": schools, "before": current},
                )
            )
        for class_name in self.teacher_classes.get(data.number, ()):
            if (current["id"], class_name.casefold()) not in self.taught:
                self.work.class_links.append((current["staff_number"], class_name))
                changes.append(Change("teacher of class", None, class_name))
        status = CHANGED if changes else UNCHANGED
        self.plan.entries.append(
            Entry(status, data.row, current["staff_number"], data.name, changes)
        )

    def _new(self, data: EmployeeData) -> None:
        values = dict(data.values)
        if "employment_type" not in values:
            values["employment_type"] = UNKNOWN_EMPLOYMENT
            self.unknown["employment"] = self.unknown.get("employment", 0) + 1
        if "start_date" not in values:
            values["start_date"] = None
            self.unknown["start_date"] = self.unknown.get("start_date", 0) + 1
        if (
            values.get("end_date")
            and values["start_date"]
            and values["end_date"] < values["start_date"]
        ):
            self.plan.problems.append(
                Problem(
                    data.row,
                    v.DATE_ORDER,
                    f"the end date {values['end_date']} is before the start date"
                    f" {values['start_date']}",
                    "error",
                    "end_date",
                    data.number,
                    {"end": values["end_date"], "start": values["start_date"]},
                )
            )
            return
        values.setdefault("function", "")
        values.setdefault("email", "")
        values.setdefault("end_date", None)
        values.setdefault("naamgebruik", NameUse.OWN.value)
        values.setdefault("partner_tussenvoegsel", "")
        values.setdefault("partner_achternaam", "")
        self.work.new.append({"staff_number": data.number, **values, "school_ids": data.school_ids})
        for class_name in self.teacher_classes.get(data.number, ()):
            self.work.class_links.append((data.number, class_name))
        self.plan.entries.append(Entry(NEW, data.row, data.number, data.name))


def plan_employees(
    store: Store,
    table: Table,
    mapping: Mapping,
    school: SchoolChoice | None,
    year: SchoolYear,
    today: date,
    plan: ImportPlan,
    progress: Progress,
) -> None:
    planner = EmployeePlanner(store, table, mapping, school, year, today, plan, progress)
    planner.run()
    plan.work = planner.work
