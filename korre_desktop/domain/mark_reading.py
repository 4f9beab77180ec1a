"""What a scanned form says, decided from the raw ink scores of its boxes.

Pure rules, no images: the reader measures how much new ink lies inside each tick box
and the signature box; these rules turn those shares into answers, and say why a page
must be seen by a person. Two thresholds per box leave a band between "empty" and
"marked": a score in that band is never guessed, it goes to review. So does anything a
person could read two ways: both boxes marked, neither, a box filled solid (a parent
crossing out a tick), no signature, or a page that did not line up with its template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from korre_desktop.domain.consent_items import sort_item_codes


@dataclass(frozen=True)
class Thresholds:
    """Shares of a box's interior covered by new ink (0..1), and alignment limits.

    Stored with every read page (``as_json``) so a page can be decided again with
    other thresholds without scanning it again.
    """

    # Dark ink (``ink``) and any ink, pale pencil too (``faint``), as shares of the box.
    empty_below: float = 0.025  # a dot or dust stays below this (dark ink)
    faint_empty_below: float = 0.03  # ... and below this (any ink): else a pale mark
    marked_above: float = 0.05  # a pen tick or cross covers more dark ink
    solid_above: float = 0.6  # a box blacked out: crossed out, not a tick
    faint_solid_above: float = 0.75  # a box coloured in with a pale pen
    unsigned_below: float = 0.0015  # the signature box is empty
    signed_above: float = 0.003  # signed (a short signature covers about 0.5 %)
    max_alignment_mm: float = 0.6  # worse: the boxes may not be where we measured
    min_outline: float = 0.2  # the printed box outline was not found where expected

    def as_json(self) -> dict[str, float]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, values: Mapping[str, float]) -> Thresholds:
        known = {
            key: float(value) for key, value in values.items() if key in cls.__dataclass_fields__
        }
        return cls(**known)


DEFAULT_THRESHOLDS = Thresholds()


class BoxState(Enum):
    EMPTY = "empty"
    MARKED = "marked"
    UNSURE = "unsure"  # in the band between the two thresholds
    SOLID = "solid"


# Why a page goes to review; the GUI and CLI word these.
UNSURE_BOX = "unsure_box"
BOTH_MARKED = "both_marked"
NO_ANSWER = "no_answer"
CROSSED_OUT = "crossed_out"
UNSIGNED = "unsigned"
UNSURE_SIGNATURE = "unsure_signature"
POOR_ALIGNMENT = "poor_alignment"
BOX_NOT_FOUND = "box_not_found"


@dataclass(frozen=True)
class BoxScores:
    """The raw numbers of one tick box that the rules use."""

    ink: float
    outline: float = 1.0
    faint: float = 0.0  # any new ink, pale too; never below ``ink``

    @property
    def any_ink(self) -> float:
        return max(self.ink, self.faint)


@dataclass(frozen=True)
class ItemReading:
    code: str
    answer: bool | None
    yes: BoxState
    no: BoxState
    reason: str | None  # None: read with confidence
    confidence: float  # 0..1: how far the scores lie from the thresholds


@dataclass(frozen=True)
class PageDecision:
    items: dict[str, ItemReading]
    signed: bool | None  # None: unsure
    signature_confidence: float
    reasons: tuple[str, ...]  # empty: save without review
    confidence: float  # 0..1: the mean over the page's parts, a part in doubt counting 0

    @property
    def needs_review(self) -> bool:
        return bool(self.reasons)

    @property
    def answers(self) -> dict[str, bool | None]:
        return {code: item.answer for code, item in self.items.items()}

    @property
    def unsure_items(self) -> list[str]:
        return [code for code, item in self.items.items() if item.reason is not None]


def box_state(box: BoxScores, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> BoxState:
    t = thresholds
    if box.ink >= t.solid_above or box.any_ink >= t.faint_solid_above:
        return BoxState.SOLID
    if box.ink >= t.marked_above:
        return BoxState.MARKED
    if box.ink < t.empty_below and box.any_ink < t.faint_empty_below:
        return BoxState.EMPTY
    return BoxState.UNSURE  # between the thresholds, or a pale mark


def box_confidence(box: BoxScores, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> float:
    """How far a box lies inside its state, relative to the state's width (0 at a threshold)."""
    t = thresholds
    state = box_state(box, t)
    if state is BoxState.EMPTY:
        return _clip(
            min(
                (t.empty_below - box.ink) / t.empty_below,
                (t.faint_empty_below - box.any_ink) / t.faint_empty_below,
            )
        )
    if state is not BoxState.MARKED:
        return 0.0
    # Grows from the marked threshold up to twice it, and falls again near solid.
    up = (box.ink - t.marked_above) / t.marked_above
    down = (t.solid_above - box.ink) / (t.solid_above - t.marked_above) * 4
    return _clip(min(up, down))


def decide_item(
    code: str, yes: BoxScores, no: BoxScores, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> ItemReading:
    yes_state, no_state = box_state(yes, thresholds), box_state(no, thresholds)
    confidence = min(box_confidence(yes, thresholds), box_confidence(no, thresholds))
    states = {yes_state, no_state}
    reason: str | None = None
    answer: bool | None = None
    if min(yes.outline, no.outline) < thresholds.min_outline:
        reason = BOX_NOT_FOUND
    elif BoxState.SOLID in states:
        reason = CROSSED_OUT
    elif BoxState.UNSURE in states:
        reason = UNSURE_BOX
    elif states == {BoxState.MARKED}:
        reason = BOTH_MARKED
    elif states == {BoxState.EMPTY}:
        reason = NO_ANSWER
    else:
        answer = yes_state is BoxState.MARKED
    if reason is not None:
        confidence = 0.0
    return ItemReading(code, answer, yes_state, no_state, reason, confidence)


def decide_signature(
    ink: float | None, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> tuple[bool | None, float, str | None]:
    """(signed, confidence, review reason) for the signature box's ink share."""
    if ink is None:
        return None, 0.0, UNSURE_SIGNATURE
    if ink >= thresholds.signed_above:
        return True, _clip((ink - thresholds.signed_above) / thresholds.signed_above), None
    if ink < thresholds.unsigned_below:
        return False, 1.0, UNSIGNED
    return None, 0.0, UNSURE_SIGNATURE


def decide_page(
    boxes: Mapping[str, Mapping[str, BoxScores]],
    signature_ink: float | None,
    alignment_error_mm: float | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> PageDecision:
    """The answers on a page (consent: ``boxes`` per item; protocol sheet: no boxes)."""
    items = {
        code: decide_item(code, boxes[code]["yes"], boxes[code]["no"], thresholds)
        for code in sort_item_codes(boxes)
    }
    signed, signature_confidence, signature_reason = decide_signature(signature_ink, thresholds)
    reasons = {item.reason for item in items.values() if item.reason is not None}
    if signature_reason is not None:
        reasons.add(signature_reason)
    aligned = alignment_error_mm is not None and alignment_error_mm <= thresholds.max_alignment_mm
    if not aligned:
        reasons.add(POOR_ALIGNMENT)
    parts = [item.confidence for item in items.values()]
    parts.append(0.0 if signature_reason is not None else signature_confidence)
    confidence = sum(parts) / len(parts) * (1.0 if aligned else 0.5)
    return PageDecision(items, signed, signature_confidence, tuple(sorted(reasons)), confidence)


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))
