"""Pre-filled forms to send home: media-consent forms and protocol signature sheets.

``print_forms`` chooses the people (a class, the staff of a school, or student numbers),
decides who signs each form, gives every form an opaque code, writes the PDF and
records each form (``form_instances``) with the page layout it was printed with
(``form_templates``), so a returned page can later be read back.

Who signs a consent form:
- an employee: themself;
- a student aged 16 or older on the print date: the student;
- a younger student: **one form per guardian with parental authority**. The rules judge
  each guardian's statement on its own (guardians who disagree give a conflict), a
  statement has one signer, and separated parents may live at different addresses; one
  form naming both guardians with one set of boxes could not record a disagreement.
  A younger student without a guardian with authority on record gets one form whose
  signer writes their own name; these students are listed in the result.

A consent form prints the version in effect on the print date: its channels, media,
texts and validity (``pdf.consent_design``). One page when its texts fit, otherwise two:
an information page and the answer page, each with its own QR code.

Nothing is stored when anything fails: the PDF is written to a temporary file first,
then the template and the instances are inserted in one transaction, and only then is
the file renamed to its final name.

``sample_form_pdf`` writes one form of a version for a made-up student, for the version
editor's preview: nothing is stored for it.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from korre_desktop.domain.consent_form import ConsentForm, channel_labels, current_form
from korre_desktop.domain.form_codes import new_code
from korre_desktop.domain.people import age_on, person_name, person_sort_key, schools_text
from korre_desktop.domain.protocol import Audience, current_version
from korre_desktop.errors import InputError
from korre_desktop.services import access_log
from korre_desktop.services import selection as lookup
from korre_desktop.services.atomic_file import atomic_binary_file_write
from korre_desktop.services.consent_forms import load_forms, school_year_cutoff
from korre_desktop.services.entry import PersonChoice
from korre_desktop.services.pdf.form_layout import FormLayout, protocol_layout
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import protocol_versions
from korre_desktop.store import Store
from korre_desktop.temp_files import partial_beside

if TYPE_CHECKING:  # reportlab loads when forms are printed, not when the window opens
    from korre_desktop.services.pdf.consent_design import ConsentDesign
    from korre_desktop.services.pdf.forms import Sheet

KINDS = ("consent", "protocol")
ADULT_AGE = 16


class FormsError(InputError):
    """Forms that cannot be printed as asked; ``code`` says why (the GUI words it).

    Codes: unknown_kind, unknown_school, unknown_class, ambiguous_class, unknown_student,
    ambiguous_student, nobody, no_consent_form, unknown_consent_form, form_too_large,
    no_protocol_version, bad_target, target_in_use, busy.
    """

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message, code=code, **details)
        self.code = code


@dataclass(frozen=True)
class Selection:
    """Whom to print for: one class, the staff (of one school, or all), or student numbers.

    A class or school is given by name (the command line) or by id (the app).
    """

    class_name: str | None = None
    class_id: int | None = None
    school: str | None = None
    school_id: int | None = None
    employees: bool = False
    student_numbers: tuple[str, ...] = ()

    @classmethod
    def of_class(cls, name: str, school: str | None = None) -> Selection:
        return cls(class_name=name, school=school)

    @classmethod
    def of_class_id(cls, class_id: int) -> Selection:
        return cls(class_id=class_id)

    @classmethod
    def staff(cls, school: str | None = None, school_id: int | None = None) -> Selection:
        return cls(employees=True, school=school, school_id=school_id)

    @classmethod
    def students(cls, numbers: Sequence[str], school: str | None = None) -> Selection:
        return cls(student_numbers=tuple(numbers), school=school)


# Schools and classes as ``services.selection`` finds them (one rule for every list).
SchoolChoice = lookup.School
ClassChoice = lookup.Klass


@dataclass(frozen=True)
class PlannedForm:
    person: PersonChoice
    signer_role: str  # "guardian", "student" or "employee"
    guardian_id: int | None
    signer_name: str  # empty: the signer writes their name (no guardian on record)


@dataclass(frozen=True)
class ProtocolChoice:
    id: int
    audience: str
    label: str
    title: str
    effective_date: date


@dataclass(frozen=True)
class FormPlan:
    kind: str
    on: date
    description: str  # "class Groep 5 (OBS De Linde)", for messages
    forms: tuple[PlannedForm, ...]
    people: int
    consent_form: ConsentForm | None = None
    protocols: dict[str, ProtocolChoice] = field(default_factory=dict)  # by audience
    without_guardian: tuple[str, ...] = ()  # students under 16 without one on record


@dataclass(frozen=True)
class PrintResult:
    kind: str
    target: Path
    forms: int
    pages: int
    people: int
    description: str
    codes: tuple[str, ...]
    template_version: int
    without_guardian: tuple[str, ...]


# -- choosing ------------------------------------------------------------------------------


def school_choices(store: Store) -> list[SchoolChoice]:
    return lookup.schools(store)


def class_choices(store: Store, on: date) -> list[ClassChoice]:
    """The classes of the school year that contains ``on``."""
    return lookup.classes_on(store, on)


@contextmanager
def _as_forms_error() -> Iterator[None]:
    """A school or class not found is worded as the other forms problems are."""
    try:
        yield
    except lookup.SelectionError as error:
        details = {k: v for k, v in error.details.items() if k != "code"}
        raise FormsError(error.code, str(error), **details) from error


def _school(store: Store, selection: Selection) -> SchoolChoice | None:
    with _as_forms_error():
        if selection.school_id is not None:
            return lookup.school_by_id(store, selection.school_id)
        return lookup.find_school(store, selection.school) if selection.school else None


def _student_choice(row: dict) -> tuple[tuple[str, str, str], PersonChoice]:
    name = person_name(row)
    choice = PersonChoice(
        kind="student",
        id=row["id"],
        number=row["student_number"],
        name=name,
        school=row.get("school") or "",
        class_name=row.get("class_name") or "",
        birth_date=date.fromisoformat(row["birth_date"]) if row["birth_date"] else None,
    )
    return person_sort_key(row), choice


def select_people(store: Store, selection: Selection, on: date) -> tuple[str, list[PersonChoice]]:
    """A description of the selection and the people in it, in list order."""
    school = _school(store, selection)
    if selection.employees:
        return _select_staff(store, school, on)
    if selection.student_numbers:
        return _select_numbers(store, selection.student_numbers, school, on)
    if selection.class_id is not None or selection.class_name:
        return _select_class(store, selection, school, on)
    raise FormsError("nobody", "choose a class, the staff of a school, or student numbers")


def _select_class(
    store: Store, selection: Selection, school: SchoolChoice | None, on: date
) -> tuple[str, list[PersonChoice]]:
    with _as_forms_error():
        if selection.class_id is not None:
            chosen = lookup.class_by_id(store, selection.class_id, on, school)
        else:
            chosen = lookup.find_class(store, selection.class_name or "", on, school)
    description = f"class {chosen.name} ({chosen.school})"
    rows = lookup.students_in_class(store, chosen, on)
    people = [choice for _key, choice in sorted(map(_student_choice, rows), key=lambda p: p[0])]
    if not people:
        raise FormsError("nobody", f"{description} has no students on {on.isoformat()}")
    return description, people


def _select_numbers(
    store: Store, numbers: Sequence[str], school: SchoolChoice | None, on: date
) -> tuple[str, list[PersonChoice]]:
    by_number: dict[str, list[dict]] = {}
    for row in store.people.students_on(on):
        if school is None or row["school_id"] == school.id:
            by_number.setdefault(row["student_number"], []).append(row)
    people: list[PersonChoice] = []
    seen: set[int] = set()
    for number in (n.strip() for n in numbers):
        if not number:
            continue
        found = by_number.get(number, [])
        if not found:
            raise FormsError(
                "unknown_student",
                f"no student with number {number} on {on.isoformat()}",
                number=number,
            )
        if len(found) > 1:
            schools = ", ".join(sorted(row["school"] for row in found))
            raise FormsError(
                "ambiguous_student",
                f"number {number} is used at several schools ({schools}): add --school",
                number=number,
            )
        if found[0]["id"] not in seen:
            seen.add(found[0]["id"])
            people.append(_student_choice(found[0])[1])
    if not people:
        raise FormsError("nobody", "no student numbers given")
    return f"{len(people)} student(s)", people


def _select_staff(
    store: Store, school: SchoolChoice | None, on: date
) -> tuple[str, list[PersonChoice]]:
    wanted = None if school is None else store.forms.employee_ids_at_school(school.id)
    keyed = []
    for row in store.people.employees_on(on):
        if wanted is not None and row["id"] not in wanted:
            continue
        name = person_name(row)
        choice = PersonChoice(
            kind="employee",
            id=row["id"],
            number=row["staff_number"],
            name=name,
            school=school.name if school else schools_text(row["schools"]),
            class_name="",
            birth_date=None,
        )
        keyed.append((person_sort_key(row), choice))
    description = f"staff of {school.name}" if school else "all staff"
    if not keyed:
        raise FormsError("nobody", f"no employees in {description} on {on.isoformat()}")
    return description, [choice for _key, choice in sorted(keyed, key=lambda p: p[0])]


# -- planning ------------------------------------------------------------------------------


def consent_form_for(store: Store, on: date) -> ConsentForm:
    """The consent form version in effect on ``on`` (else the newest one)."""
    found = current_form(load_forms(store), on)
    if found is None:
        raise FormsError("no_consent_form", "there is no consent form version")
    return found


def consent_design(store: Store, form: ConsentForm) -> ConsentDesign:
    """``form`` on paper, with the school-year cut-off its validity text names."""
    from korre_desktop.services.pdf.consent_design import FormTooLarge, design_consent

    try:
        return design_consent(form, school_year_cutoff(store), channel_labels(load_forms(store)))
    except FormTooLarge as exc:
        raise FormsError("form_too_large", str(exc), label=form.label) from exc


def protocol_for(store: Store, audience: Audience, on: date) -> ProtocolChoice:
    """The protocol version of ``audience`` in effect on ``on`` (else the newest one)."""
    versions = [v for v in protocol_versions(store) if v.audience == audience]
    if not versions:
        who = "employees" if audience == Audience.EMPLOYEES else "students"
        raise FormsError(
            "no_protocol_version",
            f"there is no protocol version for {who}: add one first (korre-desktop protocol add)",
            audience=audience.value,
        )
    chosen = current_version(versions, audience, on) or max(
        versions, key=lambda v: (v.effective_date, v.id)
    )
    row = next(r for r in store.consent.protocol_versions() if r["id"] == chosen.id)
    return ProtocolChoice(
        chosen.id, audience.value, chosen.label, row["title"] or "", chosen.effective_date
    )


def _consent_signers(store: Store, person: PersonChoice, on: date) -> list[PlannedForm]:
    if person.kind == "employee":
        return [PlannedForm(person, "employee", None, person.name)]
    if person.birth_date is not None and age_on(person.birth_date, on) >= ADULT_AGE:
        return [PlannedForm(person, "student", None, person.name)]
    forms = [
        PlannedForm(
            person,
            "guardian",
            guardian["id"],
            person_name(guardian),
        )
        for guardian in store.people.guardians_of(person.id)
        if guardian["parental_authority"]
    ]
    return forms or [PlannedForm(person, "guardian", None, "")]


def plan_forms(store: Store, kind: str, selection: Selection, on: date) -> FormPlan:
    """Who gets which form; raises FormsError for a selection that cannot be printed."""
    if kind not in KINDS:
        raise FormsError("unknown_kind", f"unknown form kind: {kind} (consent or protocol)")
    description, people = select_people(store, selection, on)
    if kind == "protocol":
        protocols: dict[str, ProtocolChoice] = {}
        for audience in {
            Audience.EMPLOYEES if p.kind == "employee" else Audience.STUDENTS for p in people
        }:
            protocols[audience.value] = protocol_for(store, audience, on)
        forms = tuple(PlannedForm(p, p.kind, None, p.name) for p in people)
        return FormPlan(kind, on, description, forms, len(people), protocols=protocols)
    consent_form = consent_form_for(store, on)
    planned: list[PlannedForm] = []
    without: list[str] = []
    for person in people:
        signers = _consent_signers(store, person, on)
        if signers[0].signer_role == "guardian" and signers[0].guardian_id is None:
            without.append(person.name)
        planned.extend(signers)
    return FormPlan(
        kind,
        on,
        description,
        tuple(planned),
        len(people),
        consent_form=consent_form,
        without_guardian=tuple(without),
    )


# -- printing ------------------------------------------------------------------------------


def _fresh_codes(
    store: Store, count: int, random_index: Callable[[int], int] = secrets.randbelow
) -> list[str]:
    codes: list[str] = []
    taken: set[str] = set()
    while len(codes) < count:
        batch = {new_code(random_index) for _ in range(count - len(codes))} - taken
        batch -= store.forms.existing_codes(batch)
        codes.extend(sorted(batch))
        taken.update(batch)
    return codes


def _check_target(store: Store, target: Path) -> Path:
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise FormsError("bad_target", f"folder does not exist: {target.parent}")
    if target.is_dir():
        raise FormsError("bad_target", f"cannot write {target}: it is a folder")
    if store.path is not None and target.resolve() == Path(store.path).resolve():
        raise FormsError("bad_target", "the PDF must not be the database itself")
    if target.exists():
        try:  # an open PDF viewer on Windows locks the file: notice it before printing
            with open(target, "ab"):
                pass
        except OSError as exc:
            raise FormsError(
                "target_in_use",
                f"cannot write {target}: it is open in another program or not writable",
            ) from exc
    return target


def _foundation(store: Store) -> str:
    return store.setting("foundation_name", "Stichting de Korre") or "Stichting de Korre"


def _sheets(
    store: Store,
    plan: FormPlan,
    layout: FormLayout,
    version: int,
    codes: Sequence[str],
    design: ConsentDesign | None,
) -> list[Sheet]:
    from korre_desktop.services.pdf.forms import Sheet

    foundation = _foundation(store)
    sheets = []
    for form, code in zip(plan.forms, codes, strict=True):
        person = form.person
        common = {
            "kind": plan.kind,
            "code": code,
            "template_version": version,
            "layout": layout,
            "person_kind": person.kind,
            "person_name": person.name,
            "class_name": person.class_name,
            "school": person.school,
            "printed_on": plan.on,
            "foundation": foundation,
        }
        if plan.kind == "consent":
            assert plan.consent_form is not None
            sheets.append(
                Sheet(
                    **common,
                    signer_role=form.signer_role,
                    signer_name=form.signer_name,
                    form_label=plan.consent_form.label,
                    design=design,
                )
            )
        else:
            protocol = plan.protocols["employees" if person.kind == "employee" else "students"]
            sheets.append(
                Sheet(
                    **common,
                    signer_role=form.signer_role,
                    signer_name=form.signer_name,
                    protocol_title=protocol.title,
                    protocol_label=protocol.label,
                    protocol_effective=protocol.effective_date,
                )
            )
    return sheets


def print_forms(
    store: Store,
    kind: str,
    selection: Selection,
    on: date,
    target: Path,
    progress: Progress = NO_PROGRESS,
    random_index: Callable[[int], int] = secrets.randbelow,
) -> PrintResult:
    """Make the forms for ``selection`` as one PDF at ``target`` and record them.

    ``random_index`` draws the form codes (test corpora pass a seeded one).
    """
    progress.step(0, 1, "planning")
    plan = plan_forms(store, kind, selection, on)
    target = _check_target(store, target)
    design = None
    if plan.kind == "consent":
        assert plan.consent_form is not None
        design = consent_design(store, plan.consent_form)
    layout = design.layout if design is not None else protocol_layout()
    layout_json = layout.canonical_json()
    existing = store.forms.template_with_layout(kind, layout_json)
    version = existing["version"] if existing else store.forms.next_template_version(kind)
    codes = _fresh_codes(store, len(plan.forms), random_index)
    sheets = _sheets(store, plan, layout, version, codes, design)
    try:
        with partial_beside(target) as partial:  # a leftover of a killed print goes
            try:
                with open(partial, "wb") as handle:
                    from korre_desktop.services.pdf.forms import write_forms_pdf

                    pages = write_forms_pdf(handle, sheets, progress)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise FormsError("bad_target", f"cannot write {target}: {exc.strerror}") from exc
            _record(store, plan, layout, layout_json, version, existing, codes)
            try:
                os.replace(partial, target)
            except OSError as exc:
                raise FormsError(
                    "target_in_use",
                    f"cannot write {target}: it is open in another program or not writable"
                    " (the forms were recorded but not saved: print them again)",
                ) from exc
    except OSError as exc:  # the temporary file could not be made
        raise FormsError("bad_target", f"cannot write {target}: {exc.strerror}") from exc
    access_log.record(
        store,
        access_log.PRINT,
        access_log.CONSENT_FORMS if kind == "consent" else access_log.PROTOCOL_FORMS,
        [(form.person.kind, form.person.id) for form in plan.forms],
        plan.description,
    )
    return PrintResult(
        kind=kind,
        target=target,
        forms=len(sheets),
        pages=pages,
        people=plan.people,
        description=plan.description,
        codes=tuple(codes),
        template_version=version,
        without_guardian=plan.without_guardian,
    )


def _record(
    store: Store,
    plan: FormPlan,
    layout: FormLayout,
    layout_json: str,
    version: int,
    existing: dict | None,
    codes: Sequence[str],
) -> None:
    """The template (when new) and every form instance, in one transaction."""
    with store.transaction():
        if existing is not None:
            template_id = existing["id"]
        else:
            if store.forms.template(plan.kind, version) is not None:
                raise FormsError("busy", "forms were printed elsewhere at the same time: try again")
            template_id = store.forms.add_template(
                kind=plan.kind, version=version, layout=layout_json
            )
        now = store.now()
        consent_id = plan.consent_form.id if plan.consent_form else None
        for form, code in zip(plan.forms, codes, strict=True):
            person = form.person
            protocol_id = None
            if plan.kind == "protocol":
                audience = "employees" if person.kind == "employee" else "students"
                protocol_id = plan.protocols[audience].id
            store.forms.add_instance(
                code=code,
                template_id=template_id,
                person_kind=person.kind,
                person_id=person.id,
                signer_role=form.signer_role,
                guardian_id=form.guardian_id,
                consent_form_version_id=consent_id,
                protocol_version_id=protocol_id,
                pages=len(layout.pages),
                created_at=now,
            )


# -- a sample for the version editor -----------------------------------------------------------

SAMPLE_STUDENT = "Sanne de Vries"
SAMPLE_GUARDIAN = "Anna de Vries"
SAMPLE_CLASS = {False: "Groep 6", True: "4 havo"}
SAMPLE_SCHOOL = "Voorbeeldschool"


def sample_form_pdf(store: Store, form_id: int, target: Path, for_student: bool = False) -> Path:
    """Write one consent form of version ``form_id`` for a made-up student to ``target``:
    for a parent, or (``for_student``) for a student of 16+ who signs it. Marked as a
    sample; no form instance, code or template is stored. Returns the file written."""
    form = next((f for f in load_forms(store) if f.id == form_id), None)
    if form is None:
        raise FormsError(
            "unknown_consent_form", f"no consent form version {form_id}", form_id=form_id
        )
    target = _check_target(store, target)
    design = consent_design(store, form)
    from korre_desktop.services.pdf.forms import Sheet, write_forms_pdf

    schools = school_choices(store)
    sheet = Sheet(
        kind="consent",
        code=new_code(),
        template_version=1,
        layout=design.layout,
        person_kind="student",
        person_name=SAMPLE_STUDENT,
        class_name=SAMPLE_CLASS[for_student],
        school=schools[0].name if schools else SAMPLE_SCHOOL,
        printed_on=store.clock().date(),
        foundation=_foundation(store),
        signer_role="student" if for_student else "guardian",
        signer_name=SAMPLE_STUDENT if for_student else SAMPLE_GUARDIAN,
        form_label=form.label,
        design=design,
        sample=True,
    )
    buffer = io.BytesIO()
    write_forms_pdf(buffer, [sheet])
    try:
        return atomic_binary_file_write(target, buffer.getvalue())
    except InputError as exc:
        raise FormsError("bad_target", str(exc)) from exc
