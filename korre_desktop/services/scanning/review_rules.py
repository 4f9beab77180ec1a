"""The review window's rules, without Qt: which reason a page is listed under, the signed
date to offer, the ink scores to show, and which part of the scan the enlarged boxes and
the signature show (in mm of the printed page). When the person must say who signed is
``review.needs_signer_choice``."""

from __future__ import annotations

from datetime import date
from typing import Any

from korre_desktop.services.pdf.form_layout import Rect

# The reason the queue shows for a page: the first of these it has.
REASON_ORDER = (
    "no_code",
    "several_codes",
    "unknown_form",
    "unknown_template",
    "not_aligned",
    "template_mismatch",
    "cancelled_form",
    "person_missing",
    "duplicate_differs",
    "duplicate_pending",
    "signer_unknown",
    "signer_changed",
    "both_marked",
    "crossed_out",
    "unsure_box",
    "no_answer",
    "unsigned",
    "unsure_signature",
    "poor_alignment",
    "box_not_found",
    "save_refused",
    "assigned_by_hand",
)
# A page with one of these is saved only after the person confirms it was signed.
UNSIGNED_REASONS = frozenset({"unsigned", "unsure_signature"})

CROP_MARGIN_MM = 4.0  # around an item's boxes and the signature field
CROP_PX_PER_MM = 8.5  # the enlarged boxes, on screen
SIGNATURE_ABOVE_MM = 18.0  # the place and date lines are written just above the signature
SIGNATURE_RIGHT_MM = 40.0  # signatures run on past the field


def main_reason(reasons: tuple[str, ...]) -> str | None:
    for code in REASON_ORDER:
        if code in reasons:
            return code
    return reasons[0] if reasons else None


def read_day(read_at: str, today: date) -> date:
    """The day the page was read (the default signed date), never after ``today``."""
    try:
        day = date.fromisoformat(read_at[:10])
    except (TypeError, ValueError):
        return today
    return min(day, today)


def ink_of(scores: dict[str, Any], code: str, side: str) -> float | None:
    """The share of new ink in a box, from the raw scores (which may lack it)."""
    boxes = scores.get("boxes")
    if not isinstance(boxes, dict):
        return None
    box = boxes.get(code, {})
    box = box.get(side) if isinstance(box, dict) else None
    value = box.get("ink") if isinstance(box, dict) else box
    return float(value) if isinstance(value, (int, float)) else None


def crop_scale(px_per_mm: float) -> tuple[float, float]:
    """(enlargement, margin in scan pixels) for the enlarged boxes of a scan with
    ``px_per_mm`` pixels per printed mm."""
    return CROP_PX_PER_MM / px_per_mm, CROP_MARGIN_MM * px_per_mm


def signature_region(signature: Rect) -> Rect:
    """The part of the page shown for the signature (mm): the field with the place and date
    lines above it and room to the right, where signatures run on."""
    return Rect(
        signature.x - CROP_MARGIN_MM,
        signature.y - SIGNATURE_ABOVE_MM,
        signature.w + CROP_MARGIN_MM + SIGNATURE_RIGHT_MM,
        signature.h + SIGNATURE_ABOVE_MM + CROP_MARGIN_MM,
    )
