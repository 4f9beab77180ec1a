"""The review queue: pages the reader was not sure of, decided by a person.

A person confirms what was read or corrects it, picks the signer when the form left it
open, assigns a page without a readable code to its form by typing the printed code
(KF-XXXX-XXXX), or rejects a page that is not a form. Each decision saves the statement
(if any) and marks the page, in one audited transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.form_codes import FormCodeError, display_code, normalize_code
from korre_desktop.domain.mark_reading import CROSSED_OUT, UNSURE_BOX
from korre_desktop.services import entry
from korre_desktop.services.entry import EntryError, FormVersion, PersonChoice, SignerChoice
from korre_desktop.services.scanning.filing import (
    REVIEW,
    SAVED,
    SIGNER_CHANGED,
    SIGNER_UNKNOWN,
    save_statement,
    scan_note,
)
from korre_desktop.services.scanning.queue import count_to_review, pages_to_review
from korre_desktop.services.scanning.reading.template import ReadingTemplate
from korre_desktop.services.scanning.templates import answer_page
from korre_desktop.store import Store

__all__ = [
    "ReviewPage",
    "assign_code",
    "confirm",
    "count_to_review",
    "needs_signer_choice",
    "pages_to_review",
    "reject",
    "review_page",
]


@dataclass(frozen=True)
class ReviewPage:
    """One page in the queue, with all the review dialog shows."""

    id: int
    source: str
    index: int
    reasons: tuple[str, ...]
    confidence: float
    read_at: str
    form_code: str | None  # the canonical eight characters
    kind: str | None  # "consent" or "protocol" when matched to a form
    person: PersonChoice | None
    signer: SignerChoice | None  # as printed on the form (None: to be chosen)
    signers: tuple[SignerChoice, ...]  # who may sign, for choosing
    form: FormVersion | None  # consent: the form version printed
    answers: dict[str, bool | None]  # as read (None: open or in doubt)
    doubtful_items: tuple[str, ...]  # items whose boxes the reader was not sure of
    signed: bool | None
    image_sha256: str | None
    signature_sha256: str | None
    template: ReadingTemplate | None  # box positions, when the image is the straightened page
    scores: dict[str, Any]
    duplicate_of: int | None

    @property
    def display_code(self) -> str:
        return display_code(self.form_code) if self.form_code else ""


def _template(store: Store, row: dict[str, Any], instance: dict[str, Any] | None):
    """The page's template, when its stored image is the straightened page."""
    if instance is None or row["image_sha256"] is None:
        return None
    if store.original_of(row["image_sha256"]) is None:
        return None  # the scan as it came: box positions are not in template space
    layout = store.scans.template_layout_by_id(instance["template_id"])
    return (
        None if layout is None else ReadingTemplate.from_layout_json(layout, row["form_page"] or 1)
    )


def review_page(store: Store, page_id: int) -> ReviewPage:
    row = store.scans.page(page_id)
    if row is None:
        raise EntryError("not_found", f"no scanned page {page_id}")
    instance = (
        store.scans.instance_by_id(row["form_instance_id"]) if row["form_instance_id"] else None
    )
    person = signer = form = None
    signers: tuple[SignerChoice, ...] = ()
    if instance is not None:
        kind = instance["person_kind"]
        person_id = instance["student_id"] if kind == "student" else instance["employee_id"]
        person = entry.person_by_id(store, kind, person_id)
        if person is not None:
            signers = tuple(entry.signers_for(store, person))
            signer = next(
                (
                    s
                    for s in signers
                    if s.role == instance["signer_role"]
                    and s.guardian_id == instance["guardian_id"]
                    and (instance["signer_role"] != "guardian" or instance["guardian_id"])
                ),
                None,
            )
        if instance["kind"] == "consent":
            versions = {v.id: v for v in entry.form_versions(store)}
            form = versions.get(instance["consent_form_version_id"])
    answers = json.loads(row["answers"]) if row["answers"] else {}
    scores = json.loads(row["scores"] or "{}")
    reasons = tuple(json.loads(row["reasons"] or "[]"))
    return ReviewPage(
        id=row["id"],
        source=row["source_name"],
        index=row["source_index"],
        reasons=reasons,
        confidence=row["confidence"] or 0.0,
        read_at=row["read_at"],
        form_code=instance["code"] if instance else None,
        kind=instance["kind"] if instance else None,
        person=person,
        signer=signer,
        signers=signers,
        form=form,
        answers=answers,
        doubtful_items=_doubtful(scores, answers, reasons),
        signed=None if row["signed"] is None else bool(row["signed"]),
        image_sha256=row["image_sha256"],
        signature_sha256=row["signature_sha256"],
        template=_template(store, row, instance),
        scores=scores,
        duplicate_of=row["duplicate_of"],
    )


def _doubtful(
    scores: dict[str, Any], answers: dict[str, bool | None], reasons: tuple[str, ...]
) -> tuple[str, ...]:
    """Items a person should look at: those read as open, or with boxes in doubt."""
    flagged = set(scores.get("doubtful_items", ()))
    if UNSURE_BOX in reasons or CROSSED_OUT in reasons or not flagged:
        flagged |= {code for code, answer in answers.items() if answer is None}
    return tuple(sorted(flagged))


def _pending(store: Store, page_id: int) -> dict[str, Any]:
    row = store.scans.page(page_id)
    if row is None:
        raise EntryError("not_found", f"no scanned page {page_id}")
    if row["status"] != REVIEW:
        raise EntryError("already_decided", "this page has already been dealt with")
    return row


def _already_saved(store: Store, row: dict[str, Any]) -> bool:
    return any(
        other["status"] == SAVED and other["id"] != row["id"]
        for other in store.scans.pages_of_instance(row["form_instance_id"], row["form_page"] or 1)
    )


def confirm(
    store: Store,
    page_id: int,
    answers: dict[str, bool | None],
    signed_on: date,
    signer: SignerChoice | None = None,
    note: str = "",
    today: date | None = None,
    allow_second: bool = False,
) -> int:
    """Save the page as a person read it; returns the statement or protocol signature id.

    ``allow_second``: the same printed page was saved before (a second copy came back);
    only saved again when the person says so.
    """
    today = today or date.today()
    with store.transaction():
        row = _pending(store, page_id)
        if row["form_instance_id"] is None:
            raise EntryError("no_form", "assign the page to its form first (type the code)")
        instance = store.scans.instance_by_id(row["form_instance_id"])
        assert instance is not None
        if instance["cancelled_at"]:
            raise EntryError("cancelled_form", "this form was cancelled; it cannot be saved")
        if not allow_second and _already_saved(store, row):
            raise EntryError("already_saved", "this form has already been saved from another scan")
        read = json.loads(row["answers"]) if row["answers"] else None
        parts = [scan_note(instance["code"], today), "gecontroleerd"]
        if read is None:
            if answers:
                parts.append("antwoorden ingevoerd van de scan")
        else:
            corrected = sorted(code for code, answer in answers.items() if read.get(code) != answer)
            if corrected:
                parts.append("gecorrigeerd: " + ", ".join(corrected))
        if note.strip():
            parts.append(note.strip())
        statement_id, signature_id = save_statement(
            store,
            instance,
            answers,
            row["image_sha256"],
            signed_on,
            today,
            "; ".join(parts),
            signer=signer,
        )
        store.scans.mark_page_saved(
            page_id,
            statement_id=statement_id,
            protocol_signature_id=signature_id,
            review_note="; ".join(parts[1:]),
        )
    return statement_id or signature_id or 0


def assign_code(store: Store, page_id: int, typed_code: str) -> ReviewPage:
    """Link a page whose QR code could not be read to the form whose code is printed on it
    (to its answer page: the one with the boxes and the signature)."""
    try:
        code = normalize_code(typed_code)
    except FormCodeError as exc:
        raise EntryError("bad_code", "this is not a valid form code (KF-XXXX-XXXX)") from exc
    instance = store.scans.instance(code)
    if instance is None:
        raise EntryError("unknown_form", f"no form with code {display_code(code)} was printed")
    if instance["cancelled_at"]:
        raise EntryError("cancelled_form", "this form was cancelled; it cannot be saved")
    with store.transaction():
        row = _pending(store, page_id)
        reasons = sorted(set(json.loads(row["reasons"] or "[]")) | {"assigned_by_hand"})
        page = answer_page(store.scans.template_layout_by_id(instance["template_id"]))
        store.scans.assign_page(
            page_id, form_instance_id=instance["id"], form_page=page, reasons=reasons
        )
    return review_page(store, page_id)


def reject(store: Store, page_id: int, note: str = "") -> None:
    """Keep the page on record but save nothing from it (not a form, unusable, a copy)."""
    with store.transaction():
        _pending(store, page_id)
        store.scans.reject_page(page_id, note.strip())


def needs_signer_choice(page: ReviewPage) -> bool:
    """The form named no signer, or one who has since lost parental authority."""
    return page.kind == "consent" and (
        page.signer is None
        or not page.signer.parental_authority
        or SIGNER_UNKNOWN in page.reasons
        or SIGNER_CHANGED in page.reasons
    )
