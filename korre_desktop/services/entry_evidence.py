"""Whether attached evidence belongs to the form being entered.

A scan or photo of one of our printed forms carries its form code (the QR code), and the
code names the form's person, who was to sign it and what kind of form it is. Evidence
showing another person's form, a form printed for the other guardian, a protocol sheet
where a consent form belongs (or the reverse), a cancelled form or a code this database
never printed is refused: it would be saved as proof of something it does not prove.
Evidence without a code (a letter, an e-mail, an old form) is accepted as it is.

Every refusal is an ``EntryError`` with a code and the people's names as parameters
(the GUI words them in Dutch, the command line prints the English message).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from korre_desktop.domain.form_codes import QrPayload, display_code
from korre_desktop.domain.people import person_name
from korre_desktop.services.entry import EntryError, PersonChoice, SignerChoice
from korre_desktop.services.evidence import PreparedEvidence, load_page, save_evidence
from korre_desktop.services.evidence.form_code import evidence_form_codes
from korre_desktop.store import Store

T = TypeVar("T")

# What each kind of form is called in the English messages.
KIND_NAMES = {"consent": "a consent form", "protocol": "a protocol sheet"}

# The refusals, in the order they are checked (the first that applies is reported).
OTHER_PERSON = "evidence_other_person"
OTHER_KIND = "evidence_other_kind"
CANCELLED_FORM = "evidence_cancelled_form"
OTHER_SIGNER = "evidence_other_signer"
UNKNOWN_FORM = "evidence_unknown_form"
CODES = (UNKNOWN_FORM, OTHER_PERSON, OTHER_KIND, CANCELLED_FORM, OTHER_SIGNER)


def check_form_codes(
    store: Store,
    codes: Iterable[QrPayload],
    person: PersonChoice,
    kind: str,
    signer: SignerChoice | None = None,
) -> None:
    """Raise EntryError unless every form code belongs to ``person``'s form of ``kind``
    ("consent" or "protocol"), to be signed by ``signer`` (consent forms)."""
    for payload in codes:
        _check_code(store, payload, person, kind, signer)


def _check_code(
    store: Store,
    payload: QrPayload,
    person: PersonChoice,
    kind: str,
    signer: SignerChoice | None,
) -> None:
    shown = display_code(payload.code)
    instance = store.forms.instance(payload.code)
    # A code of the same characters printed as another kind of form: from another database.
    if instance is None or instance["kind"] != payload.kind:
        raise EntryError(
            UNKNOWN_FORM,
            f"the form code {shown} on the evidence was not printed from this database",
            form_code=shown,
        )
    form_person = _form_person(store, instance)
    if (instance["person_kind"], instance[f"{instance['person_kind']}_id"]) != (
        person.kind,
        person.id,
    ):
        raise EntryError(
            OTHER_PERSON,
            f"the evidence is the form of {form_person}, not of {person.name} (form {shown})",
            form_code=shown,
            form_person=form_person,
            person=person.name,
        )
    if instance["kind"] != kind:
        raise EntryError(
            OTHER_KIND,
            f"the evidence is {KIND_NAMES[instance['kind']]} of {form_person},"
            f" not {KIND_NAMES[kind]} (form {shown})",
            form_code=shown,
            form_kind=instance["kind"],
            kind=kind,
            person=person.name,
        )
    if instance["cancelled_at"]:
        raise EntryError(
            CANCELLED_FORM,
            f"the form {shown} on the evidence was cancelled; use the form printed instead",
            form_code=shown,
            person=person.name,
        )
    if signer is not None and not _same_signer(instance, signer):
        form_signer = _form_signer(store, instance, person)
        raise EntryError(
            OTHER_SIGNER,
            f"the form on the evidence is for {form_signer} to sign, not {signer.name}"
            f" (form {shown})",
            form_code=shown,
            form_signer=form_signer,
            signer=signer.name,
            person=person.name,
        )


def _same_signer(instance: dict, signer: SignerChoice) -> bool:
    role = instance["signer_role"]
    if role is None or role != signer.role:
        return role is None  # no signer printed: anyone who may sign
    # A guardian form without a guardian on record: the guardian wrote their own name.
    return instance["guardian_id"] is None or instance["guardian_id"] == signer.guardian_id


def _form_person(store: Store, instance: dict) -> str:
    if instance["person_kind"] == "employee":
        row = store.people.employee(instance["employee_id"])
    else:
        row = store.people.student(instance["student_id"])
    return person_name(row) if row is not None else "?"


def _form_signer(store: Store, instance: dict, person: PersonChoice) -> str:
    if instance["signer_role"] != "guardian":
        return person.name  # the student or the employee themself
    for guardian in store.people.guardians_of(person.id):
        if guardian["id"] == instance["guardian_id"]:
            return person_name(guardian)
    return "?"


def evidence_codes(prepared: PreparedEvidence) -> tuple[QrPayload, ...]:
    """The form codes in the evidence; read now if its preparation did not read them."""
    if prepared.form_codes is not None:
        return prepared.form_codes
    views = [prepared.image, load_page(prepared.source, prepared.page)]
    return evidence_form_codes(prepared.source, prepared.page, views)


def attach_evidence(
    store: Store,
    prepared: PreparedEvidence,
    person: PersonChoice,
    kind: str,
    signer: SignerChoice | None = None,
) -> str:
    """Check that the evidence belongs to this entry, then store it; return its SHA-256.

    Call it inside the entry's transaction, so a refused entry stores no blob either.
    """
    check_form_codes(store, evidence_codes(prepared), person, kind, signer)
    return save_evidence(store, prepared)


def save_with_evidence(
    store: Store,
    prepared: PreparedEvidence | None,
    person: PersonChoice,
    kind: str,
    signer: SignerChoice | None,
    save: Callable[[str | None], T],
) -> T:
    """Store the evidence (when there is any) and the entry in one transaction: ``save``
    gets the evidence's SHA-256 (None without evidence) and stores the entry; a refused
    entry stores no evidence either. Returns what ``save`` returned."""
    with store.transaction():
        sha = None if prepared is None else attach_evidence(store, prepared, person, kind, signer)
        return save(sha)
