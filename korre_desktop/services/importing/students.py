"""Planning a student import: who is new, who changed, which classes and guardians follow.

A student is known by school and number (text: leading zeros count). A known student
is updated, never duplicated. Values the file leaves empty never clear what is on
record. The class is the student's class in the chosen school year: a new student is
enrolled for the whole year, a known student in another class moves on the day of the
import (``records.place_in_class``). Students on record who are not in the file are
listed; they are marked as left only when ``apply_import`` is given a leaving date.

Only a number and a roepnaam or achternaam are required. A student without a date of
birth is imported without one (a warning; the worklist "date of birth missing" lists
them). Temporary numbers (EDEXML keys beginning with "#") are matched by name and date of
birth (``student_match``): the record's number follows the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from korre_desktop.domain import validation as v
from korre_desktop.domain.people import person_name
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.importing.context import SchoolChoice
from korre_desktop.services.importing.guardians import (
    GuardianData,
    given_values,
    guardian_slots,
    keyed,
    link_changes,
    match_by_email,
    match_linked,
    read_guardians,
)
from korre_desktop.services.importing.mapping import Mapping
from korre_desktop.services.importing.report import (
    CHANGED,
    NEW,
    UNCHANGED,
    Change,
    Entry,
    ImportPlan,
    Missing,
    Notice,
    Problem,
)
from korre_desktop.services.importing.rows import RowReader, describe
from korre_desktop.services.importing.student_match import (
    FileStudent,
    Matching,
    is_temporary,
    match_students,
    needs_matching,
)
from korre_desktop.services.importing.table import Table
from korre_desktop.services.importing.values import join_name
from korre_desktop.services.progress import Progress
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

PROGRESS_EVERY = 1_000
_NON_DIGITS = re.compile(r"\D")
GUARDIAN_COLUMNS = ("roepnaam", "tussenvoegsel", "achternaam", "email", "phone")
Ref = tuple[str, int]  # ("id", database id) or ("new", index in this import's list)


@dataclass(slots=True)
class StudentData:
    row: int
    number: str
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    birth: date | None
    enrolled: date | None
    left: date | None
    class_name: str
    guardians: list[GuardianData]

    @property
    def name(self) -> str:
        return join_name(self.roepnaam, self.tussenvoegsel, self.achternaam)


@dataclass
class StudentUpdate:
    student_id: int
    values: dict[str, Any]  # students columns to change
    current: dict[str, Any]  # the student's row as it was
    class_key: str | None = None  # a class to move into
    left: date | None = None


@dataclass
class StudentWork:
    school_id: int
    year: SchoolYear
    year_id: int | None  # None: the school year is created on apply
    today: date
    classes: dict[str, int] = field(default_factory=dict)  # casefolded name -> id
    new_classes: dict[str, str] = field(default_factory=dict)  # casefolded -> as written
    new_students: list[dict[str, Any]] = field(default_factory=list)
    # per new student: (class key, enrolment end date) or None without a class this year
    new_student_classes: list[tuple[str, str | None] | None] = field(default_factory=list)
    updates: list[StudentUpdate] = field(default_factory=list)
    new_guardians: list[dict[str, Any]] = field(default_factory=list)
    links: list[tuple[Ref, Ref, str, int]] = field(default_factory=list)
    guardian_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    # (student id, guardian id, changes, the link's values as they were)
    link_updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = field(
        default_factory=list
    )
    # The changed guardians' details as they were (``staleness`` compares them).
    guardians_before: dict[int, dict[str, Any]] = field(default_factory=dict)


def _name(row: dict) -> str:
    return person_name(row)


def _class_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def read_student(reader: RowReader, slots: list) -> StudentData:
    number = reader.text("number")
    reader.number = number
    roepnaam, tussenvoegsel, achternaam = reader.person_name()
    reader.add("number", v.check_required("number", number))
    for problem in v.check_some_name(roepnaam, achternaam):
        reader.add("achternaam" if reader.mapping.has("achternaam") else "name", problem)
        break
    birth = reader.date("birth_date")
    enrolled = reader.date("enrolled_date")
    left = reader.date("left_date")
    reader.add("enrolled_date", v.check_date_order("enrolled_date", enrolled, birth))
    reader.add("left_date", v.check_date_order("left_date", left, enrolled or birth))
    guardians = read_guardians(reader, slots)
    return StudentData(
        reader.row, number, roepnaam, tussenvoegsel, achternaam, birth, enrolled, left,
        reader.text("class"), guardians,
    )  # fmt: skip


class StudentPlanner:
    def __init__(
        self,
        store: Store,
        table: Table,
        mapping: Mapping,
        school: SchoolChoice,
        year: SchoolYear,
        today: date,
        plan: ImportPlan,
        progress: Progress,
    ) -> None:
        self.store, self.table, self.mapping = store, table, mapping
        self.school, self.year, self.today = school, year, today
        self.plan, self.progress = plan, progress
        queries = ImportQueries(store)
        year_row = store.records.school_year_labelled(year.label)
        self.work = StudentWork(school.id, year, year_row["id"] if year_row else None, today)
        if year_row is not None:
            self.work.classes = {
                _class_key(row["name"]): row["id"]
                for row in queries.classes_of(school.id, year_row["id"])
            }
        self.class_names = {key: key for key in self.work.classes}
        self.known = {row["student_number"]: row for row in queries.students_of_school(school.id)}
        # student -> (class id, name, end date) of their class this school year
        self.current_class: dict[int, tuple[int, str, str | None]] = {}
        if year_row is not None:
            for row in queries.enrolments_in_year(school.id, year_row["id"]):
                had = self.current_class.get(row["student_id"])
                if row["end_date"] is None or had is None or had[2] is not None:
                    self.current_class[row["student_id"]] = (
                        row["class_id"],
                        row["class_name"],
                        row["end_date"],
                    )  # the open enrolment, else the last one that ended
        self.linked: dict[int, list[dict]] = {}
        for row in queries.guardian_links_of_school(school.id):
            row["id"] = row["guardian_id"]
            guardian = keyed(row)
            self.linked.setdefault(row["student_id"], []).append(guardian)
        self._by_email: dict[str, list[dict]] | None = None  # loaded when first needed
        # Guardians made in this import, found again by e-mail or by name and phone.
        self.new_by_email: dict[str, int] = {}
        self.new_by_name_phone: dict[tuple[str, str], int] = {}
        self.observed: dict[int, tuple] = {}  # guardian id -> (row, entry, label, values)
        self.disagree: dict[tuple[int, str], set[int]] = {}
        self.linked_pairs: set[tuple[Ref, Ref]] = set()
        # Warnings the file's reader noticed per row (EDEXML: the class from the year group).
        self.row_problems: dict[int, list] = table.meta.get("row_problems") or {}
        self.matching: Matching | None = None  # with temporary numbers: row -> record
        self.no_birth_column = 0  # new students without a date of birth, the file has none

    # -- the rows ------------------------------------------------------------------------

    def run(self) -> None:
        reader = RowReader(self.table, self.mapping, self.today)
        slots = guardian_slots(self.mapping)
        # Numbers first: a number that is in the file twice makes both rows errors.
        seen: dict[str, list[int]] = {}
        for index in range(len(self.table.rows)):
            number = reader.start(index).text("number")
            if number:
                seen.setdefault(number, []).append(reader.row)
        duplicates = {number: found for number, found in seen.items() if len(found) > 1}
        for number, found in duplicates.items():
            for row in found:
                others = ", ".join(str(r) for r in found if r != row)
                self.plan.problems.append(_duplicate(row, number, others, self.table.row_noun))
        if needs_matching(set(seen), self.known):
            self.matching = self._match(reader, duplicates)
        total = len(self.table.rows)
        for index in range(total):
            if index % PROGRESS_EVERY == 0:
                self.progress.step(index, total, "checking rows")
            reader.start(index)
            data = read_student(reader, slots)
            self._row_notes(reader, index, data)
            self.plan.problems.extend(reader.problems)
            if not reader.failed and data.number not in duplicates:
                self._student(data, index)
        self._settle()
        self._missing(set(seen))
        self._order_renumbering()
        if self.no_birth_column:
            self.plan.notices.append(
                Notice(
                    f"the file has no date of birth: {self.no_birth_column} new student(s)"
                    " imported without one (they are on the worklist 'date of birth missing')",
                    "no_birth_dates",
                    count=self.no_birth_column,
                )
            )
        self.progress.step(total, total, "checking rows")

    def _match(self, reader: RowReader, duplicates: dict[str, list[int]]) -> Matching:
        """Which record each row is, when numbers are temporary (see ``student_match``)."""
        rows = []
        for index in range(len(self.table.rows)):
            reader.start(index)
            number = reader.text("number")
            if not number or number in duplicates:
                continue
            birth = reader.date("birth_date")
            rows.append(
                FileStudent(
                    index,
                    number,
                    join_name(*reader.person_name()),
                    birth.isoformat() if birth else None,
                )
            )
        return match_students(rows, self.known)

    def _row_notes(self, reader: RowReader, index: int, data: StudentData) -> None:
        """The reader's and the matching's warnings (and errors) about this row."""
        for code, field_name, message, params in self.row_problems.get(reader.row, ()):
            reader.warning(field_name, code, message, **params)
        if is_temporary(data.number):
            reader.warning(
                "number",
                "temporary_number",
                f"number {data.number} is temporary (it begins with #) and may change in a"
                " later export; the student is found again by name and date of birth",
                number=data.number,
            )
        if self.matching is not None:
            for note in self.matching.notes.get(index, ()):
                reader.error("number", note.code, note.message, note.severity, **note.params)

    def _student(self, data: StudentData, index: int) -> None:
        if self.matching is not None:
            current = self.matching.records.get(index)
        else:
            current = self.known.get(data.number)
        if current is None:
            self._new_student(data)
        else:
            self._known_student(data, current)

    def class_key_for(self, name: str) -> str | None:
        if not name:
            return None
        key = _class_key(name)
        if key not in self.work.classes and key not in self.work.new_classes:
            label = self.year.label
            if self.work.year_id is None and not self.work.new_classes:
                self.plan.created.append(Notice(f"school year {label}", "school_year", year=label))
            self.work.new_classes[key] = name
            self.plan.created.append(
                Notice(f"class {name} ({label})", "class", name=name, year=label)
            )
        return key

    def _new_student(self, data: StudentData) -> None:
        problem = v.check_birth_date("birth_date", data.birth, self.today)
        if problem is not None:
            self._birth_problem(data, problem)
            return
        if data.birth is None:
            self._birth_missing(data)
        index = len(self.work.new_students)
        self.work.new_students.append(
            {
                "school_id": self.school.id,
                "student_number": data.number,
                "roepnaam": data.roepnaam,
                "tussenvoegsel": data.tussenvoegsel,
                "achternaam": data.achternaam,
                "birth_date": data.birth.isoformat() if data.birth else None,
                "enrolled_date": data.enrolled.isoformat() if data.enrolled else None,
                "left_date": data.left.isoformat() if data.left else None,
            }
        )
        # A student who left before this school year gets no class in it; one who leaves
        # during it is in the class until then (as records.set_student_left does).
        gone = data.left is not None and data.left < self.year.start
        key = None if gone else self.class_key_for(data.class_name)
        end = data.left.isoformat() if data.left is not None else None
        self.work.new_student_classes.append(None if key is None else (key, end))
        entry = Entry(NEW, data.row, data.number, data.name)
        self._guardians(data, ("new", index), [], entry)
        self.plan.entries.append(entry)

    def _birth_missing(self, data: StudentData) -> None:
        """A warning on the row, or one notice when the file has no date of birth at all."""
        if not self.mapping.has("birth_date"):
            self.no_birth_column += 1
            return
        self.plan.problems.append(
            _problem(
                data,
                "birth_date_missing",
                f"{self._header('birth_date')} is empty: imported without a date of birth"
                " (the student is on the worklist 'date of birth missing' until it is entered)",
                {"column": self._header("birth_date")},
                severity="warning",
                field_name="birth_date",
            )
        )

    def _birth_problem(self, data: StudentData, problem) -> None:
        self.plan.problems.append(
            _problem(
                data,
                problem.code,
                describe(problem, self._header("birth_date")),
                {
                    **problem.params,
                    "column": self._header("birth_date"),
                    "date": data.birth.isoformat() if data.birth else "",
                },
                field_name="birth_date",
            )
        )

    def _header(self, name: str) -> str:
        index = self.mapping.column(name)
        return name if index is None else self.table.headers[index]

    def _known_student(self, data: StudentData, current: dict) -> None:
        wanted = {
            "student_number": data.number,  # differs only for a temporary number
            "roepnaam": data.roepnaam,
            "tussenvoegsel": data.tussenvoegsel,
            "achternaam": data.achternaam,
        }
        if data.birth is not None:
            wanted["birth_date"] = data.birth.isoformat()
        elif current["birth_date"] is None:
            self._birth_missing(data)
        if data.enrolled is not None:
            wanted["enrolled_date"] = data.enrolled.isoformat()
        values = {key: value for key, value in wanted.items() if current[key] != value}
        if "birth_date" in values:
            problem = v.check_birth_date("birth_date", data.birth, self.today)
            if problem is not None:
                self._birth_problem(data, problem)
                return
        changes = [Change(key, current[key], value) for key, value in values.items()]
        update = StudentUpdate(current["id"], values, current)
        if data.left is not None and data.left.isoformat() != current["left_date"]:
            update.left = data.left
            changes.append(Change("left_date", current["left_date"], data.left.isoformat()))
        elif data.left is None and current["left_date"] is not None:
            self.plan.problems.append(
                _problem(
                    data,
                    "left_but_listed",
                    f"{data.number} {data.name} is marked as left on {current['left_date']}"
                    " but is in this file; change it in the app if they are back",
                    {"number": data.number, "name": data.name, "date": current["left_date"]},
                    severity="warning",
                )
            )
        leaving = data.left is not None or current["left_date"] is not None
        if data.class_name and not leaving:  # a student who leaves is not moved
            had = self.current_class.get(current["id"])
            if had is None or _class_key(had[1]) != _class_key(data.class_name):
                update.class_key = self.class_key_for(data.class_name)
                changes.append(Change("class", had[1] if had else None, data.class_name))
        entry = Entry(UNCHANGED, data.row, data.number, data.name, changes)
        self._guardians(data, ("id", current["id"]), self.linked.get(current["id"], []), entry)
        if entry.changes:
            entry.status = CHANGED
        if update.values or update.class_key or update.left:
            self.work.updates.append(update)
        self.plan.entries.append(entry)

    # -- guardians -------------------------------------------------------------------------

    def _guardians(self, data: StudentData, student: Ref, linked: list[dict], entry: Entry) -> None:
        for guardian in data.guardians:
            label = f"guardian {guardian.position}"
            found = match_linked(guardian, linked)
            if found is not None:
                self._observe(data, guardian, found, entry, label)
                link = link_changes(guardian, found) if student[0] == "id" else {}
                if link:
                    was = {key: found[key] for key in ("relation", "parental_authority")}
                    self.work.link_updates.append((student[1], found["id"], link, was))
                    entry.changes += [
                        Change(f"{label} {key}", found[key], value) for key, value in link.items()
                    ]
                continue
            existing = (
                match_by_email(guardian, self.by_email(guardian.email)) if guardian.email else None
            )
            if existing is not None:
                self._observe(data, guardian, existing, entry, label)
                if self._link(student, ("id", existing["id"]), guardian):
                    entry.changes.append(Change(label, None, guardian.name, "on_record"))
                continue
            if self._link(student, self._new_guardian(guardian), guardian):
                entry.changes.append(Change(label, None, guardian.name, "new"))

    def by_email(self, email: str) -> list[dict]:
        """Guardians on record with this e-mail address."""
        if not email:
            return []
        if self._by_email is None:
            self._by_email = {}
            for row in ImportQueries(self.store).guardians_with_email():
                self._by_email.setdefault(row["email"].casefold(), []).append(keyed(row))
        return self._by_email.get(email.casefold(), [])

    def _link(self, student: Ref, guardian: Ref, data: GuardianData) -> bool:
        if (student, guardian) in self.linked_pairs:
            return False
        self.linked_pairs.add((student, guardian))
        authority = 1 if data.authority is None else int(data.authority)
        self.work.links.append((student, guardian, data.relation or "", authority))
        return True

    def _new_guardian(self, data: GuardianData) -> Ref:
        email_key = data.email.casefold()
        phone_key = (data.key_name, _NON_DIGITS.sub("", data.phone))
        index = None
        if email_key in self.new_by_email:
            candidate = self.new_by_email[email_key]
            if (
                self.work.new_guardians[candidate]["achternaam"].casefold()
                == data.achternaam.casefold()
            ):
                index = candidate
        if index is None and phone_key[1] and phone_key in self.new_by_name_phone:
            index = self.new_by_name_phone[phone_key]
        if index is None:
            index = len(self.work.new_guardians)
            self.work.new_guardians.append(
                {
                    "roepnaam": data.roepnaam,
                    "tussenvoegsel": data.tussenvoegsel,
                    "achternaam": data.achternaam,
                    "email": data.email,
                    "phone": data.phone,
                }
            )
            if email_key:
                self.new_by_email.setdefault(email_key, index)
            if phone_key[1]:
                self.new_by_name_phone.setdefault(phone_key, index)
        return ("new", index)

    def _observe(
        self, data: StudentData, guardian: GuardianData, current: dict, entry: Entry, label: str
    ) -> None:
        """Note what this row says about a guardian on record; decided in ``_settle``.

        Kept small: per guardian the first value of each detail and its row, and the
        rows of other values only when a row disagrees."""
        guardian_id = current["id"]
        seen = self.observed.get(guardian_id)
        if seen is None:
            seen = self.observed[guardian_id] = (current, entry, label, {})
        values = seen[3]
        for key, value in given_values(guardian, current).items():
            first = values.get(key)
            if first is None:
                values[key] = (value, data.row)
            elif first[0] != value:
                rows = self.disagree.setdefault((guardian_id, key), {first[1]})
                rows.add(data.row)

    def _settle(self) -> None:
        """Change a guardian's details when the rows naming them agree; when two rows
        disagree the record stays as it is (a warning says so). The outcome does not
        depend on the order of the rows, so importing the file again changes nothing."""
        for guardian_id, (current, entry, label, values) in self.observed.items():
            changes: dict[str, str] = {}
            for key, (value, _row) in values.items():
                rows = self.disagree.get((guardian_id, key))
                if rows:
                    listed = sorted(rows)
                    self.plan.problems.append(
                        Problem(
                            listed[0],
                            "guardian_differs",
                            f"the {key} of guardian {_name(current)}"
                            f" differs between {self.table.row_noun}s"
                            f" {', '.join(map(str, listed))}; it is left as it is",
                            "warning",
                            key,
                            entry.number,
                            {
                                "guardian": _name(current),
                                "rows": ", ".join(map(str, listed)),
                                "noun": self.table.row_noun,
                            },
                        )
                    )
                elif value != current[key]:
                    changes[key] = value
            if changes:
                self.work.guardian_updates[guardian_id] = changes
                self.work.guardians_before[guardian_id] = {
                    key: current[key] for key in GUARDIAN_COLUMNS
                }
                entry.changes += [
                    Change(f"{label} {key}", current[key], value) for key, value in changes.items()
                ]
                if entry.status == UNCHANGED:
                    entry.status = CHANGED

    # -- students not in the file ----------------------------------------------------------

    def _missing(self, numbers: set[str]) -> None:
        matched = self.matching.records.values() if self.matching is not None else ()
        found = {record["id"] for record in matched}
        for number, row in sorted(self.known.items()):
            if number in numbers or row["id"] in found or row["left_date"] is not None:
                continue
            klass = self.current_class.get(row["id"])
            self.plan.missing.append(
                Missing(
                    row["id"],
                    number,
                    person_name(row),
                    klass[1] if klass else "",
                    row["enrolled_date"] or row["birth_date"] or "",
                )
            )

    # -- numbers that change -------------------------------------------------------------

    def _order_renumbering(self) -> None:
        """Updates that change a number go first, each after the one that frees its new
        number (temporary numbers may shift: #2 becomes #3 while #1 becomes #2); a cycle
        (two students swapping numbers) goes through an interim number."""
        renames = {u.student_id: u for u in self.work.updates if "student_number" in u.values}
        if not renames:
            return
        holder = {u.current["student_number"]: u.student_id for u in renames.values()}
        taken = set(self.known) | {u.values["student_number"] for u in renames.values()}

        def blocker(student_id: int) -> int | None:
            return holder.get(renames[student_id].values["student_number"])

        ordered: list[StudentUpdate] = []
        done: set[int] = set()
        for start in renames:
            if start in done:
                continue
            path, node, cycle = [start], start, False
            while True:
                following = blocker(node)
                if following is None or following in done or following == node:
                    break
                if following in path:
                    cycle = True
                    break
                path.append(following)
                node = following
            if cycle:
                first = renames[start]
                interim = _interim_number(first.current["student_number"], taken)
                ordered.append(StudentUpdate(start, {"student_number": interim}, first.current))
                ordered += [renames[sid] for sid in reversed(path[1:])]
                ordered.append(first)
            else:
                ordered += [renames[sid] for sid in reversed(path)]
            done.update(path)
        others = [u for u in self.work.updates if u.student_id not in renames]
        self.work.updates = ordered + others


def _interim_number(number: str, taken: set[str]) -> str:
    count = 1
    while f"{number}~{count}" in taken:
        count += 1
    taken.add(f"{number}~{count}")
    return f"{number}~{count}"


def _problem(
    data: StudentData,
    code: str,
    message: str,
    params=None,
    severity: str = "error",
    field_name: str = "",
) -> Problem:
    return Problem(data.row, code, message, severity, field_name, data.number, dict(params or {}))


def _duplicate(row: int, number: str, others: str, noun: str) -> Problem:
    return Problem(
        row,
        "duplicate_number",
        f"number {number} is in the file more than once (also {noun} {others})",
        "error",
        "number",
        number,
        {"rows": others, "noun": noun},
    )


def plan_students(
    store: Store,
    table: Table,
    mapping: Mapping,
    school: SchoolChoice,
    year: SchoolYear,
    today: date,
    plan: ImportPlan,
    progress: Progress,
) -> None:
    planner = StudentPlanner(store, table, mapping, school, year, today, plan, progress)
    planner.run()
    for name in table.meta.get("classes") or ():  # EDEXML: every stamgroep is a class
        planner.class_key_for(name)
    plan.work = planner.work
    composites = table.meta.get("composite_groups") or {}
    for name, members in composites.items():
        plan.notices.append(
            Notice(
                f"composite group {name} ({members} student(s)) is not imported as a class:"
                " a student has one class per school year in Korre",
                "composite_group",
                name=name,
                count=members,
            )
        )
