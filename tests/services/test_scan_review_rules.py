"""The review window's rules, tested without a window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from korre_desktop.services.entry import SignerChoice
from korre_desktop.services.pdf.form_layout import Rect
from korre_desktop.services.scanning.filing import SIGNER_CHANGED, SIGNER_UNKNOWN
from korre_desktop.services.scanning.review import ReviewPage, needs_signer_choice
from korre_desktop.services.scanning.review_rules import (
    CROP_MARGIN_MM,
    REASON_ORDER,
    crop_scale,
    ink_of,
    main_reason,
    read_day,
    signature_region,
)

TODAY = date(2026, 11, 24)
PARENT = SignerChoice("guardian", 7, "Anna de Boer")


def page(**changes) -> ReviewPage:
    base = ReviewPage(
        id=1, source="scan.pdf", index=0, reasons=(), confidence=0.9,
        read_at="2026-11-20T10:00:00", form_code="ABCD2345", kind="consent", person=None,
        signer=PARENT, signers=(PARENT,), form=None, answers={}, doubtful_items=(),
        signed=True, image_sha256=None, signature_sha256=None, template=None, scores={},
        duplicate_of=None,
    )  # fmt: skip
    return replace(base, **changes)


def test_the_queue_shows_the_first_reason_in_the_order() -> None:
    assert main_reason(("unsigned", "no_code")) == "no_code"
    assert main_reason(("both_marked", "signer_unknown")) == "signer_unknown"
    assert main_reason(("something_new",)) == "something_new"
    assert main_reason(()) is None
    assert len(set(REASON_ORDER)) == len(REASON_ORDER)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, False),
        ({"signer": None}, True),
        ({"signer": replace(PARENT, parental_authority=False)}, True),
        ({"reasons": (SIGNER_UNKNOWN,)}, True),
        ({"reasons": (SIGNER_CHANGED,)}, True),
        ({"kind": "protocol", "signer": None}, False),  # an employee signs their own
    ],
)
def test_who_signed_is_asked_when_the_form_does_not_settle_it(changes, expected) -> None:
    assert needs_signer_choice(page(**changes)) is expected


def test_the_signed_date_offered_is_the_day_read_never_after_today() -> None:
    assert read_day("2026-11-20T10:00:00", TODAY) == date(2026, 11, 20)
    assert read_day("2026-12-01T10:00:00", TODAY) == TODAY
    assert read_day("", TODAY) == TODAY
    assert read_day(None, TODAY) == TODAY  # type: ignore[arg-type]


def test_ink_scores_are_read_from_either_shape() -> None:
    scores = {"boxes": {"foto_web": {"yes": {"ink": 0.42}, "no": 0.01}}}
    assert ink_of(scores, "foto_web", "yes") == pytest.approx(0.42)
    assert ink_of(scores, "foto_web", "no") == pytest.approx(0.01)
    assert ink_of(scores, "film_web", "yes") is None
    assert ink_of({}, "foto_web", "yes") is None
    assert ink_of({"boxes": "broken"}, "foto_web", "yes") is None


def test_crop_geometry() -> None:
    scale, margin = crop_scale(4.0)
    assert scale == pytest.approx(8.5 / 4.0)
    assert margin == pytest.approx(CROP_MARGIN_MM * 4.0)
    region = signature_region(Rect(100.0, 250.0, 80.0, 15.0))
    assert region == Rect(96.0, 232.0, 124.0, 37.0)
