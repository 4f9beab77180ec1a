"""Filing one read page: match it to its form, decide, and save it or send it to review.

A page is saved without a person looking only when everything agrees: a valid code of a
form that exists and is not cancelled, printed with the template the code names, a page
that lined up with that template, every box clearly marked or clearly empty as the rules
say, a signature, and no earlier read of the same page. Anything else goes to review
(or is skipped, for blank backs, pages read before, and the information page of a
two-page consent form, which holds nothing to read: its answer page has every box and
the signature). Each page is one transaction:
its evidence, the statement and the record of the read are stored together or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from korre_desktop.domain.form_codes import display_code
from korre_desktop.domain.mark_reading import BoxScores, PageDecision, Thresholds, decide_page
from korre_desktop.errors import InputError
from korre_desktop.services import entry
from korre_desktop.services.scanning.prepare import PreparedPage, encode_jpeg
from korre_desktop.store import Store

# Statuses of a read page.
SAVED, REVIEW, SKIPPED, REJECTED = "saved", "review", "skipped", "rejected"

# Page-level reasons (the box-level ones are in domain.mark_reading).
BLANK_PAGE = "blank_page"
INFO_PAGE = "info_page"
UNREADABLE_PAGE = "unreadable_page"
NO_CODE = "no_code"
SEVERAL_CODES = "several_codes"
UNKNOWN_TEMPLATE = "unknown_template"
NOT_ALIGNED = "not_aligned"
UNKNOWN_FORM = "unknown_form"
CANCELLED_FORM = "cancelled_form"
TEMPLATE_MISMATCH = "template_mismatch"
PERSON_MISSING = "person_missing"
SIGNER_UNKNOWN = "signer_unknown"
SIGNER_CHANGED = "signer_changed"
SAME_IMAGE = "same_image"
ALREADY_READ = "already_read"
DUPLICATE_DIFFERS = "duplicate_differs"
DUPLICATE_PENDING = "duplicate_pending"
SAVE_REFUSED = "save_refused"

# Reader outcomes that mean the page could not be matched to a form.
_UNMATCHED = {
    "no_code": NO_CODE,
    "several_codes": SEVERAL_CODES,
    "unknown_template": UNKNOWN_TEMPLATE,
    "not_aligned": NOT_ALIGNED,
}


@dataclass(frozen=True)
class FiledPage:
    page_id: int
    source: str
    index: int
    status: str
    reasons: tuple[str, ...]
    form_code: str | None = None


@dataclass
class _Filing:
    """What is known about a page while it is being filed."""

    prepared: PreparedPage
    outcome: str
    reasons: set[str] = field(default_factory=set)
    instance: dict[str, Any] | None = None
    decision: PageDecision | None = None
    duplicate_of: int | None = None
    skip: bool = False


def _box_scores(boxes: dict[str, dict[str, Any]]) -> dict[str, dict[str, BoxScores]]:
    return {
        code: {
            side: BoxScores(score.ink, score.outline, score.faint) for side, score in sides.items()
        }
        for code, sides in boxes.items()
    }


def decide_reading(prepared: PreparedPage, thresholds: Thresholds) -> PageDecision | None:
    reading = prepared.reading
    if reading is None or reading.outcome != "read":
        return None
    error = reading.alignment.error_mm if reading.alignment is not None else None
    return decide_page(_box_scores(reading.boxes), reading.signature_ink, error, thresholds)


def is_information_page(prepared: PreparedPage) -> bool:
    """A consent form's page read against a template without boxes or a signature."""
    reading = prepared.reading
    return (
        reading is not None
        and reading.outcome == "read"
        and reading.payload is not None
        and reading.payload.kind == "consent"
        and not reading.boxes
        and reading.signature_ink is None
    )


def _match(store: Store, filing: _Filing, thresholds: Thresholds) -> None:
    reading = filing.prepared.reading
    assert reading is not None and reading.payload is not None
    payload = reading.payload
    instance = store.scans.instance(payload.code)
    if instance is None:
        filing.reasons.add(UNKNOWN_FORM)
        return
    filing.instance = instance
    if instance["cancelled_at"]:
        filing.reasons.add(CANCELLED_FORM)
    if (
        instance["kind"] != payload.kind
        or instance["template_version"] != payload.template_version
        or payload.page > instance["pages"]
    ):
        filing.reasons.add(TEMPLATE_MISMATCH)
        return
    filing.decision = decide_reading(filing.prepared, thresholds)
    if filing.decision is not None:
        filing.reasons.update(filing.decision.reasons)


def _check_duplicates(store: Store, filing: _Filing, image_sha: str | None) -> None:
    same = store.scans.page_with_image(image_sha) if image_sha else None
    if same is not None:
        filing.duplicate_of = same["id"]
        filing.reasons = {SAME_IMAGE}
        filing.skip = True
        return
    instance = filing.instance
    if instance is None or filing.prepared.reading is None:
        return
    payload = filing.prepared.reading.payload
    assert payload is not None
    earlier = store.scans.pages_of_instance(instance["id"], payload.page)
    if not earlier:
        return
    filing.duplicate_of = earlier[0]["id"]
    saved = [row for row in earlier if row["status"] == SAVED]
    if not saved:
        filing.reasons.add(DUPLICATE_PENDING)
        return
    read_now = filing.decision.answers if filing.decision is not None else None
    read_before = json.loads(saved[0]["answers"]) if saved[0]["answers"] else None
    if not filing.reasons and read_now == read_before:
        filing.reasons = {ALREADY_READ}
        filing.skip = True
    else:
        filing.reasons.add(DUPLICATE_DIFFERS)


def _person_and_signer(
    store: Store, instance: dict[str, Any], reasons: set[str]
) -> tuple[entry.PersonChoice | None, entry.SignerChoice | None]:
    kind = instance["person_kind"]
    person_id = instance["student_id"] if kind == "student" else instance["employee_id"]
    person = entry.person_by_id(store, kind, person_id)
    if person is None:
        reasons.add(PERSON_MISSING)
        return None, None
    if instance["kind"] == "protocol":
        return person, None
    if instance["signer_role"] == "guardian" and instance["guardian_id"] is None:
        reasons.add(SIGNER_UNKNOWN)  # the form left the guardian's name to be written in
        return person, None
    for signer in entry.signers_for(store, person):
        if signer.role == instance["signer_role"] and signer.guardian_id == instance["guardian_id"]:
            if signer.role == "guardian" and not signer.parental_authority:
                break
            return person, signer
    reasons.add(SIGNER_CHANGED)
    return person, None


def scan_note(code: str, on: date) -> str:
    return f"Ingelezen van formulier {display_code(code)} op {on.strftime('%d-%m-%Y')}"


def save_statement(
    store: Store,
    instance: dict[str, Any],
    answers: dict[str, bool | None],
    evidence_sha: str | None,
    signed_on: date,
    today: date,
    note: str,
    person: entry.PersonChoice | None = None,
    signer: entry.SignerChoice | None = None,
) -> tuple[int | None, int | None]:
    """Save what the form says; (statement id, protocol signature id). Raises EntryError."""
    if person is None or (signer is None and instance["kind"] == "consent"):
        # Review passes what the person chose; the batch has looked these up already.
        found_person, found_signer = _person_and_signer(store, instance, set())
        person = person or found_person
        signer = signer or found_signer
    if person is None:
        raise entry.EntryError("person_missing", "the form's person is not in the database")
    if instance["kind"] == "protocol":
        signature_id = entry.save_protocol_signature(
            store,
            person,
            instance["protocol_version_id"],
            signed_on,
            "",
            evidence_sha256=evidence_sha,
            note=note,
            today=today,
        )
        return None, signature_id
    if signer is None:
        raise entry.EntryError("wrong_signer", "choose who signed the form")
    versions = {version.id: version for version in entry.form_versions(store)}
    form = versions.get(instance["consent_form_version_id"])
    if form is None:
        raise entry.EntryError("unknown_form", "the form version is not in the database")
    statement_id = entry.save_consent(
        store,
        entry.ConsentEntry(
            person=person,
            signer=signer,
            signed_date=signed_on,
            form=form,
            answers=answers,
            note=note,
            evidence_sha256=evidence_sha,
            source="scan",
        ),
        today=today,
    )
    return statement_id, None


def _store_evidence(store: Store, prepared: PreparedPage) -> tuple[str | None, str | None]:
    image_sha = None
    if prepared.evidence is not None:
        data, mime = prepared.evidence
        if prepared.original is not None:
            original, original_mime = prepared.original
            image_sha = store.put_derived_blob(
                original, original_mime, data, mime, operation={"straightened": "scan"}
            )
        else:
            image_sha = store.put_blob(data, mime)
    signature_sha = (
        store.put_blob(prepared.signature_jpeg, "image/jpeg") if prepared.signature_jpeg else None
    )
    return image_sha, signature_sha


def _straighten_for_review(prepared: PreparedPage) -> None:
    """Keep the straightened page too, so review can outline the boxes on it."""
    reading = prepared.reading
    if reading is None or reading.page_mm is None or prepared.original is not None:
        return
    prepared.original = prepared.evidence
    prepared.evidence = (encode_jpeg(reading.page_mm), "image/jpeg")


def _page_row(
    filing: _Filing, batch_id: int, status: str, now: str, image_sha: str | None
) -> dict[str, Any]:
    prepared, reading, decision = filing.prepared, filing.prepared.reading, filing.decision
    scores: dict[str, Any] = reading.scores_json() if reading is not None else {}
    if prepared.problem is not None:
        scores = {"problem": prepared.problem.reason, "message": prepared.problem.message}
    if decision is not None:
        scores["doubtful_items"] = decision.unsure_items  # what review frames first
    alignment = reading.alignment if reading is not None else None
    return {
        "batch_id": batch_id,
        "source_name": prepared.source.name,
        "source_index": prepared.index,
        "image_sha256": image_sha,
        "form_instance_id": filing.instance["id"] if filing.instance else None,
        "form_page": reading.payload.page if reading is not None and reading.payload else None,
        "outcome": filing.outcome,
        "status": status,
        "reasons": json.dumps(sorted(filing.reasons)),
        "answers": json.dumps(decision.answers) if decision is not None else None,
        "signed": None if decision is None or decision.signed is None else int(decision.signed),
        "confidence": decision.confidence if decision is not None else 0.0,
        "alignment_error_mm": alignment.error_mm if alignment is not None else None,
        "scores": json.dumps(scores),
        "duplicate_of": filing.duplicate_of,
        "read_at": now,
    }


def file_page(
    store: Store,
    prepared: PreparedPage,
    batch_id: int,
    today: date,
    thresholds: Thresholds,
) -> FiledPage:
    """Decide one prepared page and store the result; one transaction."""
    reading = prepared.reading
    if prepared.problem is not None:
        filing = _Filing(prepared, "unreadable", {UNREADABLE_PAGE}, skip=True)
    else:
        assert reading is not None
        filing = _Filing(prepared, reading.outcome)
        if reading.outcome == "blank":
            filing.reasons.add(BLANK_PAGE)
            filing.skip = True
        elif reading.outcome in _UNMATCHED:
            filing.reasons.add(_UNMATCHED[reading.outcome])
            if reading.payload is not None and reading.outcome != "several_codes":
                _match(store, filing, thresholds)  # the code was read: link its form
        elif is_information_page(prepared):
            assert reading.payload is not None
            filing.reasons.add(INFO_PAGE)
            filing.skip = True
            filing.instance = store.scans.instance(reading.payload.code)
        else:
            _match(store, filing, thresholds)
    if filing.reasons and not filing.skip:
        _straighten_for_review(prepared)
    with store.transaction():
        image_sha, signature_sha = (None, None) if filing.skip else _store_evidence(store, prepared)
        if not filing.skip:
            _check_duplicates(store, filing, image_sha)
        statement_id = signature_id = None
        if not filing.skip and not filing.reasons and filing.instance and filing.decision:
            person, signer = _person_and_signer(store, filing.instance, filing.reasons)
            if not filing.reasons:
                try:
                    with store.transaction():
                        statement_id, signature_id = save_statement(
                            store,
                            filing.instance,
                            filing.decision.answers,
                            image_sha,
                            today,
                            today,
                            scan_note(filing.instance["code"], today),
                            person,
                            signer,
                        )
                except InputError:
                    filing.reasons.add(SAVE_REFUSED)
        status = SKIPPED if filing.skip else (REVIEW if filing.reasons else SAVED)
        row = _page_row(filing, batch_id, status, store.now(), image_sha)
        row["signature_sha256"] = signature_sha
        row["statement_id"] = statement_id
        row["protocol_signature_id"] = signature_id
        page_id = store.scans.add_page(row)
    code = filing.instance["code"] if filing.instance else None
    return FiledPage(
        page_id, prepared.source.name, prepared.index, status, tuple(sorted(filing.reasons)), code
    )
