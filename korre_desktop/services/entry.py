"""Entering returned paper forms: consent statements, withdrawals and protocol signatures.

Every save is one new row (statements are never overwritten) written through the
audited Store in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from korre_desktop.domain.consent_form import ConsentForm, current_form
from korre_desktop.domain.consent_items import is_item_code, sort_item_codes
from korre_desktop.domain.people import age_on, fold, person_name, schools_text
from korre_desktop.domain.protocol import Audience, ProtocolVersion, current_version
from korre_desktop.errors import InputError
from korre_desktop.services.status import protocol_versions
from korre_desktop.store import Store


class EntryError(InputError):
    """A form that cannot be saved as entered; ``code`` says why and ``params`` give the
    names and values the GUI's (Dutch) wording needs."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class PersonChoice:
    kind: str  # "student" or "employee"
    id: int
    number: str
    name: str
    school: str
    class_name: str
    birth_date: date | None
    search_key: str = field(repr=False, compare=False, default="")
    left_on: date | None = None  # an employee who has left (``employees_to_choose``)

    def age_on(self, day: date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)


@dataclass(frozen=True)
class SignerChoice:
    role: str  # "employee", "guardian" or "student"
    guardian_id: int | None
    name: str
    parental_authority: bool = True


# A consent form version (its id, label and the items it asks, in form order).
FormVersion = ConsentForm


@dataclass(frozen=True)
class ConsentEntry:
    person: PersonChoice
    signer: SignerChoice
    signed_date: date
    form: FormVersion
    answers: Mapping[str, bool | None]
    note: str = ""
    evidence_sha256: str | None = None
    source: str = "paper"


def people_to_choose(store: Store, on: date) -> list[PersonChoice]:
    """Everyone on the lists for ``on``: students (with class) and employees."""
    choices = [_student_choice(row) for row in store.people.students_on(on)]
    choices += [_employee_choice(row) for row in store.people.employees_on(on)]
    choices.sort(key=lambda c: c.search_key)
    return choices


def _student_choice(row: dict) -> PersonChoice:
    return _choice("student", row, row["student_number"], row.get("class_name") or "")


def _employee_choice(row: dict) -> PersonChoice:
    return _choice("employee", row, row["staff_number"], "", school=schools_text(row["schools"]))


def employees_to_choose(store: Store, on: date) -> list[PersonChoice]:
    """Every employee on record, by name: those who left on or before ``on`` too (with
    ``left_on``), for records that outlast the job, such as the personnel file."""
    choices = []
    for row in store.people.employees_all():
        choice = _employee_choice(row)
        end = date.fromisoformat(row["end_date"]) if row["end_date"] else None
        choices.append(replace(choice, left_on=end) if end is not None and end <= on else choice)
    choices.sort(key=lambda c: c.search_key)
    return choices


def _choice(kind: str, row: dict, number: str, class_name: str, school: str | None = None):
    name = person_name(row)
    birth = row.get("birth_date")
    return PersonChoice(
        kind=kind,
        id=row["id"],
        number=number,
        name=name,
        school=row.get("school", "") if school is None else school,
        class_name=class_name,
        birth_date=date.fromisoformat(birth) if birth else None,
        search_key=fold(f"{row['achternaam']} {row['roepnaam']} {name} {number}"),
    )


def person_by_id(store: Store, kind: str, person_id: int) -> PersonChoice | None:
    """The student or employee with this id, whether or not on today's lists."""
    if kind == "student":
        row = store.people.student(person_id)
        return None if row is None else _choice("student", row, row["student_number"], "")
    row = store.people.employee(person_id)
    return None if row is None else _employee_choice(row)


def search_people(
    choices: Iterable[PersonChoice], text: str, limit: int = 50
) -> list[PersonChoice]:
    """The people whose name or number contains every word of ``text``."""
    words = fold(text).split()
    if not words:
        return []
    found = []
    for choice in choices:
        if all(word in choice.search_key for word in words):
            found.append(choice)
            if len(found) >= limit:
                break
    return found


def find_by_number(
    store: Store, kind: str, number: str, on: date, school: str | None = None
) -> PersonChoice:
    """The student or employee with this number on the lists for ``on``.

    Student numbers are unique per school: a number used at two schools needs the school.
    Only the rows of that kind with that number become choices (one form entered on the
    command line in a foundation of 50,000 students: not everyone's name folded).
    """
    if kind == "student":
        rows = store.people.students_on(on)
        made = [_student_choice(row) for row in rows if row["student_number"] == number]
    else:
        rows = store.people.employees_on(on)
        made = [_employee_choice(row) for row in rows if row["staff_number"] == number]
    found = [
        choice for choice in made if school is None or choice.school.casefold() == school.casefold()
    ]
    if not found:
        raise EntryError("not_found", f"no {kind} with number {number} on {on.isoformat()}")
    if len(found) > 1:
        schools = ", ".join(sorted(c.school for c in found))
        raise EntryError("ambiguous", f"number {number} is used at several schools ({schools})")
    return found[0]


def find_signer(store: Store, person: PersonChoice, name_part: str | None) -> SignerChoice:
    """The employee themself; for a student the guardian whose name contains ``name_part``,
    or the student when ``name_part`` is None."""
    signers = signers_for(store, person)
    if person.kind == "employee":
        return signers[0]
    if name_part is None:
        return signers[-1]  # the student
    words = fold(name_part).split()
    matching = [
        s for s in signers if s.role == "guardian" and all(w in fold(s.name) for w in words)
    ]
    if len(matching) != 1:
        names = ", ".join(s.name for s in signers if s.role == "guardian") or "none"
        raise EntryError("which_guardian", f"name one guardian of {person.name}: {names}")
    return matching[0]


def signers_for(store: Store, person: PersonChoice) -> list[SignerChoice]:
    """Who can sign for ``person``: the employee; or the student's guardians and the student."""
    if person.kind == "employee":
        return [SignerChoice("employee", None, person.name)]
    signers = [
        SignerChoice(
            "guardian",
            guardian["id"],
            person_name(guardian),
            bool(guardian["parental_authority"]),
        )
        for guardian in store.people.guardians_of(person.id)
    ]
    signers.append(SignerChoice("student", None, person.name))
    return signers


def form_versions(store: Store) -> list[FormVersion]:
    """Consent form versions, newest first (the first is the one to use for new forms)."""
    from korre_desktop.services.consent_forms import load_forms

    return load_forms(store)


def withdrawable_items(store: Store, on: date) -> list[str]:
    """Every item of every version (a statement may hold any): those of the version in
    force on ``on`` first, then the others' (newest first). "Withdraw everything"."""
    forms = form_versions(store)
    current = current_form(forms, on)
    ordered = [current, *forms] if current is not None else forms
    return list(dict.fromkeys(code for form in ordered for code in form.items))


def _check_date(signed: date, today: date, person: PersonChoice) -> None:
    if signed > today:
        raise EntryError("date_in_future", f"the date {signed} lies in the future")
    if person.birth_date is not None and signed < person.birth_date:
        raise EntryError("date_before_birth", f"the signed date {signed} is before the birth date")


def _check_signer(store: Store, person: PersonChoice, signer: SignerChoice) -> None:
    allowed = signers_for(store, person)
    if not any(s.role == signer.role and s.guardian_id == signer.guardian_id for s in allowed):
        raise EntryError("wrong_signer", f"{signer.name} cannot sign for {person.name}")


def _insert_statement(
    store: Store,
    person: PersonChoice,
    signer: SignerChoice,
    signed: date,
    form_id: int,
    answers: Mapping[str, bool | None],
    *,
    source: str,
    note: str,
    evidence_sha256: str | None,
) -> int:
    return store.consent.add_statement(
        subject_kind=person.kind,
        subject_id=person.id,
        signer_role=signer.role,
        guardian_id=signer.guardian_id,
        signer_name=signer.name,
        signed_date=signed,
        form_version_id=form_id,
        answers=answers,
        source=source,
        evidence_sha256=evidence_sha256,
        note=note.strip(),
    )


def save_consent(store: Store, entry: ConsentEntry, today: date | None = None) -> int:
    """Save a returned consent form as a new statement; return its id.

    Items of the form that were left open are saved as blank (no answer: never a yes).
    """
    _check_date(entry.signed_date, today or date.today(), entry.person)
    _check_signer(store, entry.person, entry.signer)
    unknown = [code for code in entry.answers if code not in entry.form.item_codes]
    if unknown:
        raise EntryError("unknown_item", f"not on form {entry.form.label}: {', '.join(unknown)}")
    return _insert_statement(
        store,
        entry.person,
        entry.signer,
        entry.signed_date,
        entry.form.id,
        {code: entry.answers.get(code) for code in entry.form.item_codes},
        source=entry.source,
        note=entry.note,
        evidence_sha256=entry.evidence_sha256,
    )


def withdraw_consent(
    store: Store,
    person: PersonChoice,
    signer: SignerChoice,
    on: date,
    items: Iterable[str],
    note: str = "",
    evidence_sha256: str | None = None,
    today: date | None = None,
) -> int:
    """Withdraw consent for ``items``: a new statement answering no to each of them.

    It covers only those items, so the others keep their earlier answers.
    """
    codes = list(items)
    if not codes:
        raise EntryError("no_items", "choose at least one item to withdraw")
    forms = form_versions(store)
    known = {code for form in forms for code in form.items}
    if not all(is_item_code(code) and code in known for code in codes):
        raise EntryError("unknown_item", "unknown item code")
    _check_date(on, today or date.today(), person)
    _check_signer(store, person, signer)
    return _insert_statement(
        store,
        person,
        signer,
        on,
        forms[0].id,
        dict.fromkeys(sort_item_codes(codes), False),
        source="withdrawal",
        note=note,
        evidence_sha256=evidence_sha256,
    )


def audience_of(person: PersonChoice) -> Audience:
    return Audience.EMPLOYEES if person.kind == "employee" else Audience.STUDENTS


def protocol_versions_for(store: Store, person: PersonChoice) -> list[ProtocolVersion]:
    audience = audience_of(person)
    return [version for version in protocol_versions(store) if version.audience == audience]


def default_protocol_version(
    store: Store, person: PersonChoice, on: date
) -> ProtocolVersion | None:
    versions = protocol_versions_for(store, person)
    return current_version(versions, audience_of(person), on) or (
        versions[-1] if versions else None
    )


def _no_protocol_version(person: PersonChoice) -> EntryError:
    audience = audience_of(person).value
    return EntryError(
        "no_protocol_version",
        f"there is no protocol version for {audience} yet: add the protocol document as a"
        " version first",
        audience=audience,
    )


def protocol_version_to_sign(
    store: Store, person: PersonChoice, on: date, label: str | None = None
) -> ProtocolVersion:
    """The protocol version ``label`` of the person's audience; without a label the one in
    force on ``on`` (else the newest). Raises EntryError when there is none yet."""
    versions = protocol_versions_for(store, person)
    if not versions:
        raise _no_protocol_version(person)
    if label is None:
        chosen = default_protocol_version(store, person, on)
        assert chosen is not None
        return chosen
    for version in versions:
        if version.label == label.strip():
            return version
    labels = ", ".join(version.label for version in versions)
    raise EntryError(
        "unknown_protocol_version",
        f"no protocol version {label} for {audience_of(person).value} (there are: {labels})",
        label=label,
        labels=labels,
    )


def save_protocol_signature(
    store: Store,
    person: PersonChoice,
    version_id: int,
    signed_date: date,
    place: str,
    evidence_sha256: str | None = None,
    note: str = "",
    today: date | None = None,
) -> int:
    """Save a signed protocol sheet; return the signature's id."""
    today = today or date.today()
    _check_date(signed_date, today, person)
    versions = protocol_versions_for(store, person)
    if not versions:
        raise _no_protocol_version(person)
    if version_id not in {v.id for v in versions}:
        raise EntryError("wrong_version", "this protocol version is not for this person")
    return store.consent.add_protocol_signature(
        person_kind=person.kind,
        person_id=person.id,
        version_id=version_id,
        signed_date=signed_date,
        place=place.strip(),
        evidence_sha256=evidence_sha256,
        note=note.strip(),
        source="paper",
    )
