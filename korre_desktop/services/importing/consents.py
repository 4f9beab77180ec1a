"""An existing consent register (many schools keep one in Excel): the template, and
planning its import.

The template's first columns are exactly ``nummer``, ``ondertekend_door``, ``rol``
(``ouder``, ``leerling`` or ``medewerker``), ``datum``, ``notitie``, then one column per
item code of the current consent form version, the one in force today (``ja``/``nee``;
empty is no answer). Other registers are read through a mapping ("Foto website",
"Video - schoolwebsite", "Foto klassenfoto", "Film - Krant en lokale media": the
versions' channel codes and labels are recognised); an item column the current version
does not ask stops the import with ``item_not_on_form``.

Each row becomes one statement of the current form version, source ``import``, without a
scan; it covers the items the register has columns for (a register without audio
columns says nothing about audio). A signer who is not yet a guardian of the student
becomes one (linked, with parental authority). A statement identical to one on record
(same person, signer, date and answers) is not added again, so importing the register
twice adds nothing. An empty ``rol`` is taken from the number when it is a staff number
only, or from the signer's name when that is the student's or a linked guardian's.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from korre_desktop.domain.consent_form import channel_labels
from korre_desktop.domain.consent_items import is_item_code, sort_item_codes, split_item_code
from korre_desktop.domain.people import display_name, fold, person_name
from korre_desktop.services import entry as consent_entry
from korre_desktop.services.atomic_file import atomic_binary_file
from korre_desktop.services.consent_forms import form_for, load_forms
from korre_desktop.services.importing.context import SchoolChoice, find_school
from korre_desktop.services.importing.errors import ImportSetupError
from korre_desktop.services.importing.mapping import Mapping
from korre_desktop.services.importing.names import split_full_name
from korre_desktop.services.importing.report import NEW, UNCHANGED, Entry, ImportPlan, Notice
from korre_desktop.services.importing.rows import RowReader
from korre_desktop.services.importing.table import Table
from korre_desktop.services.importing.values import parse_yes_no
from korre_desktop.services.progress import Progress
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

TEMPLATE_COLUMNS = ("nummer", "ondertekend_door", "rol", "datum", "notitie")
ROLES = {"ouder": "guardian", "leerling": "student", "medewerker": "employee"}
ROLE_WORDS = {
    "ouder": "guardian", "verzorger": "guardian", "ouder/verzorger": "guardian",
    "voogd": "guardian", "moeder": "guardian", "vader": "guardian", "guardian": "guardian",
    "parent": "guardian", "leerling": "student", "student": "student", "zelf": "student",
    "medewerker": "employee", "personeel": "employee", "werknemer": "employee",
    "employee": "employee",
}  # fmt: skip
SOURCE = "import"
PROGRESS_EVERY = 500


# -- the template ----------------------------------------------------------------------------


def template_columns(store: Store, on: date | None = None) -> list[str]:
    """The template's header: the fixed columns, then the item codes of the version in
    force on ``on`` (default today)."""
    return _columns(form_for(store, on or date.today()))


def _columns(form: consent_entry.FormVersion) -> list[str]:
    return [*TEMPLATE_COLUMNS, *form.item_codes]


EXPLANATION = (
    "Toestemmingsregister: invullen en importeren met 'korre-desktop import consents BESTAND'.",
    "",
    "nummer: leerlingnummer of personeelsnummer (als tekst, zodat voorloopnullen blijven).",
    "ondertekend_door: naam van wie tekende. Bij rol 'ouder' verplicht; een ouder die nog"
    " niet bekend is, wordt als ouder/verzorger (met gezag) aan de leerling gekoppeld.",
    "rol: ouder, leerling of medewerker.",
    "datum: datum van ondertekening, dd-mm-jjjj.",
    "notitie: vrije tekst (optioneel).",
    "Per onderdeel (foto/film/geluid x kanaal): ja of nee; leeg = geen antwoord (telt nooit"
    " als toestemming).",
    "Dezelfde regel twee keer importeren voegt niets toe.",
)


def write_consent_template(store: Store, target: Path, on: date | None = None) -> Path:
    """Write the empty register template of the version in force on ``on`` (default
    today) as XLSX (via a temporary file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    form = form_for(store, on or date.today())
    columns = _columns(form)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Toestemmingen"
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    last = 2000  # rows the drop-down lists cover
    # The number column is text, so Excel keeps leading zeros of what is typed there.
    sheet.column_dimensions["A"].number_format = "@"
    roles = DataValidation(type="list", formula1='"ouder,leerling,medewerker"', allow_blank=True)
    answers = DataValidation(type="list", formula1='"ja,nee"', allow_blank=True)
    sheet.add_data_validation(roles)
    sheet.add_data_validation(answers)
    roles.add(f"C2:C{last}")
    first_item, last_item = get_column_letter(6), get_column_letter(len(columns))
    answers.add(f"{first_item}2:{last_item}{last}")
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(name) + 2)
    sheet.column_dimensions["B"].width = 28
    sheet.column_dimensions["E"].width = 30
    help_sheet = workbook.create_sheet("Uitleg")
    for line in EXPLANATION:
        help_sheet.append([line])
    help_sheet.append([])
    help_sheet.append([f"De onderdelen van het toestemmingsformulier '{form.label}':"])
    for code in form.item_codes:
        medium, channel = split_item_code(code)  # the media are Dutch words already
        help_sheet.append([f"{code}: {medium}, {form.channel_label(channel)}"])
    help_sheet.column_dimensions["A"].width = 110
    with atomic_binary_file(target) as handle:
        workbook.save(handle)
    return Path(target).expanduser()


# -- planning -------------------------------------------------------------------------------


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z]\.?", word))


def name_matches(given: str, full_name: str) -> bool:
    """Every word of ``given`` is a word of ``full_name`` (accents and case ignored); an
    initial ("M." or "M") matches a word starting with that letter."""
    words = fold(given).split()
    have = fold(full_name).split()
    if not words:
        return False
    for word in words:
        if _is_initial(word):
            if not any(h.startswith(word[0]) for h in have):
                return False
        elif word not in have:
            return False
    return True


@dataclass
class StatementWork:
    person: consent_entry.PersonChoice
    role: str
    guardian: tuple[str, int] | None  # ("id", guardian id) or ("new", index)
    signer_name: str
    signed: date
    answers: dict[str, bool | None]
    note: str


@dataclass
class ConsentWork:
    form: consent_entry.FormVersion  # the current version: the register is entered on it
    today: date
    new_guardians: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    statements: list[StatementWork] = field(default_factory=list)


class ConsentPlanner:
    def __init__(
        self,
        store: Store,
        table: Table,
        mapping: Mapping,
        school: SchoolChoice | None,
        today: date,
        plan: ImportPlan,
        progress: Progress,
    ) -> None:
        self.store, self.table, self.mapping = store, table, mapping
        self.school, self.today, self.plan, self.progress = school, today, plan, progress
        form = form_for(store, today)  # the register is entered on the version in force
        mapped = {name for name in mapping.columns if is_item_code(name)}
        not_on_form = sort_item_codes(mapped - set(form.item_codes))
        if not_on_form:
            named = channel_labels(load_forms(store))  # the window names the channels
            raise ImportSetupError(
                "item_not_on_form",
                f"item(s) {', '.join(not_on_form)} are not on the current consent form"
                f" ({form.label})",
                items=not_on_form,
                form=form.label,
                labels={
                    channel: named[channel]
                    for channel in (split_item_code(code)[1] for code in not_on_form)
                    if channel in named
                },
            )
        self.codes = [code for code in form.item_codes if code in mapped]  # in form order
        self.work = ConsentWork(form, today)
        self.schools = store.people.schools()
        self.students: dict[str, list[dict]] = {}
        for row in store.people.students_all():
            self.students.setdefault(row["student_number"], []).append(row)
        self.employees = {row["staff_number"]: row for row in ImportQueries(store).employees()}
        names = store.people.guardian_names()
        self.guardians: dict[int, list[tuple[int, str, bool]]] = {}
        for link in store.people.guardian_links():
            g = names[link["guardian_id"]]
            self.guardians.setdefault(link["student_id"], []).append(
                (
                    link["guardian_id"],
                    person_name(g),
                    bool(link["parental_authority"]),
                )
            )
        self.existing: set[tuple] = set()
        for kind in ("student", "employee"):
            for row in store.consent.statements(kind):
                answers = json.loads(row["answers"])
                self.existing.add(
                    (kind, row["subject_id"], row["signer_role"], row["guardian_id"],
                     row["signed_date"], json.dumps(answers, sort_keys=True))
                )  # fmt: skip
        self.in_file: dict[tuple, int] = {}
        self.new_guardian_index: dict[tuple[int, str], int] = {}

    def run(self) -> None:
        reader = RowReader(self.table, self.mapping, self.today)
        total = len(self.table.rows)
        for index in range(total):
            if index % PROGRESS_EVERY == 0:
                self.progress.step(index, total, "checking rows")
            reader.start(index)
            self._row(reader)
            self.plan.problems.extend(reader.problems)
        self.progress.step(total, total, "checking rows")

    # -- one row ----------------------------------------------------------------------------

    def _row(self, reader: RowReader) -> None:
        number = reader.text("number")
        reader.number = number
        if not number:
            reader.error("number", "required", f"{reader.header('number')} is empty")
        signer_text = reader.text("signer")
        role_text = reader.text("role")
        role = ROLE_WORDS.get(role_text.casefold()) if role_text else None
        if role_text and role is None:
            reader.error(
                "role", "unknown_role",
                f"{reader.header('role')}: {role_text!r} is not ouder, leerling or medewerker",
                value=role_text,
            )  # fmt: skip
        signed = reader.date("date", required=True)
        note = reader.text("note")
        answers: dict[str, bool | None] = {}
        for code in self.codes:
            try:
                answers[code] = parse_yes_no(reader.raw(code))
            except ValueError:
                reader.error(
                    code, "not_yes_no",
                    f"{reader.header(code)}: {reader.raw(code)!r} is not ja or nee",
                    value=reader.raw(code),
                )  # fmt: skip
        if not reader.failed and all(value is None for value in answers.values()):
            reader.error("", "no_answers", "the row has no ja/nee answers")
        if reader.failed:
            return
        person, role = self._subject(reader, number, role, signer_text)
        if person is None:
            return
        signer = self._signer(reader, person, role, signer_text)
        if signer is None:
            return
        guardian_ref, signer_name = signer
        assert signed is not None
        if signed > self.today:
            reader.error(
                "date",
                "date_in_future",
                f"{reader.header('date')}: {signed} lies in the future",
                date=signed.isoformat(),
            )
            return
        if person.birth_date is not None and signed < person.birth_date:
            reader.error(
                "date", "date_before_birth",
                f"{reader.header('date')}: {signed} is before the birth date of {person.name}",
                date=signed.isoformat(), name=person.name, birth=person.birth_date.isoformat(),
            )  # fmt: skip
            return
        canonical = json.dumps(answers, sort_keys=True)
        key = (person.kind, person.id, role,
               guardian_ref[1] if guardian_ref and guardian_ref[0] == "id" else guardian_ref,
               signed.isoformat(), canonical)  # fmt: skip
        label = f"{person.name}, signed by {signer_name} on {signed.isoformat()}"
        said = {"person": person.name, "signer": signer_name, "date": signed.isoformat()}
        if key in self.existing:
            self.plan.entries.append(Entry(UNCHANGED, reader.row, number, label, params=said))
            return
        if key in self.in_file:
            reader.warning(
                "", "duplicate_row",
                f"the same statement as {self.table.row_noun} {self.in_file[key]}; added once",
                other=self.in_file[key], noun=self.table.row_noun,
            )  # fmt: skip
            self.plan.entries.append(Entry(UNCHANGED, reader.row, number, label, params=said))
            return
        self.in_file[key] = reader.row
        self.work.statements.append(
            StatementWork(person, role, guardian_ref, signer_name, signed, answers, note)
        )
        self.plan.entries.append(Entry(NEW, reader.row, number, label, params=said))

    def _subject(
        self, reader: RowReader, number: str, role: str | None, signer_text: str
    ) -> tuple[consent_entry.PersonChoice | None, str]:
        school_text = reader.text("school")
        students = self.students.get(number, [])
        if school_text:
            ids = {s["id"] for s in find_school(self.schools, school_text)}
            students = [s for s in students if s["school_id"] in ids]
        elif self.school is not None:
            students = [s for s in students if s["school_id"] == self.school.id]
        employee = self.employees.get(number)
        if role is None:
            if employee is not None and not students:
                role = "employee"
            elif students and employee is None and len(students) == 1:
                role = self._role_from_signer(students[0], signer_text)
            if role is None:
                reader.error(
                    "role",
                    "role_needed",
                    f"{reader.header('role')} is empty: fill in ouder, leerling or medewerker",
                )
                return None, ""
        if role == "employee":
            if employee is None:
                reader.error(
                    "number",
                    "not_found",
                    f"no employee with number {number}",
                    number=number,
                    person="employee",
                )
                return None, role
            return self._person("employee", employee, employee["staff_number"], ""), role
        if not students:
            reader.error(
                "number",
                "not_found",
                f"no student with number {number}",
                number=number,
                person="student",
            )
            return None, role
        if len(students) > 1:
            schools = sorted(s["school"] for s in students)
            reader.error(
                "number", "ambiguous",
                f"number {number} is used at several schools ({', '.join(schools)}): add a"
                " school column or choose the school",
                number=number, schools=schools,
            )  # fmt: skip
            return None, role
        student = students[0]
        return self._person("student", student, student["student_number"], student["school"]), role

    def _role_from_signer(self, student: dict, signer_text: str) -> str | None:
        if not signer_text:
            return None
        name = person_name(student)
        if name_matches(signer_text, name):
            return "student"
        if any(name_matches(signer_text, g[1]) for g in self.guardians.get(student["id"], [])):
            return "guardian"
        return None

    def _person(self, kind: str, row: dict, number: str, school: str) -> consent_entry.PersonChoice:
        birth = row.get("birth_date")
        return consent_entry.PersonChoice(
            kind=kind,
            id=row["id"],
            number=number,
            name=person_name(row),
            school=school,
            class_name=row.get("class_name") or "",
            birth_date=date.fromisoformat(birth) if birth else None,
        )

    def _signer(
        self, reader: RowReader, person: consent_entry.PersonChoice, role: str, text: str
    ) -> tuple[tuple[str, int] | None, str] | None:
        if role in ("employee", "student"):
            if text and not name_matches(text, person.name):
                reader.error(
                    "signer", "wrong_signer",
                    f"{reader.header('signer')}: {text!r} is not the name of {person.name}",
                    value=text, name=person.name,
                )  # fmt: skip
                return None
            return None, person.name
        if not text:
            reader.error(
                "signer",
                "required",
                f"{reader.header('signer')} is empty for a parent's statement",
                role="guardian",
            )
            return None
        linked = [g for g in self.guardians.get(person.id, []) if name_matches(text, g[1])]
        if len(linked) > 1:
            names = [g[1] for g in linked]
            reader.error(
                "signer",
                "which_guardian",
                f"{text!r} fits several guardians ({', '.join(names)})",
                value=text,
                names=names,
            )
            return None
        if linked:
            guardian_id, name, authority = linked[0]
            if not authority:
                reader.warning(
                    "signer", "no_authority",
                    f"{name} has no parental authority for {person.name}: the statement is"
                    " kept but does not count",
                    name=name, student=person.name,
                )  # fmt: skip
            return ("id", guardian_id), name
        roepnaam, tussenvoegsel, achternaam = split_full_name(text)
        key = (person.id, fold(text))
        if key not in self.new_guardian_index:
            self.new_guardian_index[key] = len(self.work.new_guardians)
            self.work.new_guardians.append(
                (
                    person.id,
                    {
                        "roepnaam": roepnaam,
                        "tussenvoegsel": tussenvoegsel,
                        "achternaam": achternaam,
                    },
                )
            )
            shown = display_name(roepnaam, tussenvoegsel, achternaam)
            self.plan.created.append(
                Notice(
                    f"guardian {shown} of {person.name} ({person.number}), with parental authority",
                    "guardian",
                    name=shown,
                    student=person.name,
                    number=person.number,
                )
            )
        return ("new", self.new_guardian_index[key]), display_name(
            roepnaam, tussenvoegsel, achternaam
        )


def plan_consents(
    store: Store,
    table: Table,
    mapping: Mapping,
    school: SchoolChoice | None,
    today: date,
    plan: ImportPlan,
    progress: Progress,
) -> None:
    planner = ConsentPlanner(store, table, mapping, school, today, plan, progress)
    planner.run()
    plan.work = planner.work


def apply_consents(store: Store, work: ConsentWork, progress: Progress) -> dict[str, Any]:
    """Write the planned guardians and statements (inside the caller's transaction)."""
    from korre_desktop.services import records

    guardian_ids = [
        records.add_guardian_for_student(
            store, student_id, records.GuardianInput(parental_authority=True, **names)
        )
        for student_id, names in work.new_guardians
    ]
    total = len(work.statements)
    for index, statement in enumerate(work.statements):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, total, "saving statements")
        guardian_id = None
        if statement.guardian is not None:
            kind, value = statement.guardian
            guardian_id = value if kind == "id" else guardian_ids[value]
        consent_entry.save_consent(
            store,
            consent_entry.ConsentEntry(
                person=statement.person,
                signer=consent_entry.SignerChoice(
                    statement.role, guardian_id, statement.signer_name
                ),
                signed_date=statement.signed,
                # Only the register's items: the statement covers what the register says.
                form=dataclasses.replace(work.form, items=tuple(statement.answers)),
                answers=statement.answers,
                note=statement.note,
                source=SOURCE,
            ),
            today=work.today,
        )
    return {"guardians": len(guardian_ids), "statements": total}
