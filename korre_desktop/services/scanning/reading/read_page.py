"""One page, start to finish: QR code, template, alignment, box and signature scores.

Thread-safe: nothing here keeps state between calls, zxing-cpp and OpenCV release the
GIL while they work, and ``template_for`` is the caller's (it must be thread-safe).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from korre_desktop.domain.form_codes import QrPayload
from korre_desktop.services.scanning.reading.align import Alignment, align_page
from korre_desktop.services.scanning.reading.measure import (
    CANONICAL_PX_PER_MM,
    BoxScore,
    measure_boxes,
    measure_signature,
    page_ink,
    to_template_space,
)
from korre_desktop.services.scanning.reading.qr import QrSearch, find_form_qr
from korre_desktop.services.scanning.reading.sources import ScanPage
from korre_desktop.services.scanning.reading.template import ReadingTemplate

TemplateFor = Callable[[str, int, int], ReadingTemplate | None]

# Below this dark share a page cannot be a well-printed form (its markers and QR code
# alone are ~1 %): a blank duplex back. Such a page only gets the quick corner search for
# a QR code (in case it is a very light scan), not the slow retries.
BLANK_INK = 0.002

OUTCOMES = ("read", "blank", "no_code", "several_codes", "unknown_template", "not_aligned")


@dataclass(frozen=True)
class PageReading:
    outcome: str  # one of OUTCOMES
    qr: QrSearch
    payload: QrPayload | None
    alignment: Alignment | None
    boxes: dict[str, dict[str, BoxScore]]
    signature_ink: float | None
    signature_crop: np.ndarray | None
    page_mm: np.ndarray | None  # the straightened page, CANONICAL_PX_PER_MM px per mm
    ink: float  # dark share of the page as given
    seconds: dict[str, float] = field(default_factory=dict)  # per step
    px_per_mm: float = CANONICAL_PX_PER_MM  # of page_mm and signature_crop

    def scores_json(self) -> dict:
        """Every raw number, JSON-serialisable (no images)."""
        found = self.qr.found
        return {
            "outcome": self.outcome,
            "ink": round(self.ink, 5),
            "qr": {
                "text": found.text if found else None,
                "step": found.step if found else None,
                "corners": found.corners.round(2).tolist() if found else None,
                "attempts": self.qr.attempts,
                "rejected": list(self.qr.rejected),
                "several": self.qr.several,
                "others": list(self.qr.others),
            },
            "alignment": self.alignment.to_json() if self.alignment else None,
            "boxes": {
                code: {answer: score.to_json() for answer, score in answers.items()}
                for code, answers in self.boxes.items()
            },
            "signature": (
                {"ink": round(self.signature_ink, 5)} if self.signature_ink is not None else None
            ),
            "px_per_mm": self.px_per_mm,
            "seconds": {step: round(value, 5) for step, value in self.seconds.items()},
        }


def read_page(page: ScanPage | np.ndarray, template_for: TemplateFor) -> PageReading:
    """Read one page; never raises for what is on the page, only reports."""
    gray = page.gray if isinstance(page, ScanPage) else page
    if gray.ndim == 3:  # a colour array from a caller: BGR as OpenCV reads it
        gray = cv2.cvtColor(gray, cv2.COLOR_BGR2GRAY)
    dpi = page.dpi if isinstance(page, ScanPage) else None
    photo = isinstance(page, ScanPage) and page.kind == "photo"
    seconds: dict[str, float] = {}
    clock = _Clock(seconds)

    ink = page_ink(gray, photo=photo)
    clock.lap("ink")
    # A page that looks blank gets only the quick corner search: a very light scan of a
    # form is still read, and a code showing through from the front of a duplex sheet
    # (it cannot be aligned: its markers are too faint) leaves the page blank.
    looks_blank = ink < BLANK_INK
    qr = find_form_qr(gray, dpi=dpi, whole_page=photo, quick=looks_blank)
    clock.lap("qr")
    if looks_blank and (qr.found is None or qr.several):
        return _reading("blank", qr, ink, seconds, clock)
    if qr.several:
        return _reading("several_codes", qr, ink, seconds, clock)
    if qr.found is None:
        return _reading("no_code", qr, ink, seconds, clock)
    payload = qr.found.payload

    template = template_for(payload.kind, payload.template_version, payload.page)
    clock.lap("template")
    if template is None:
        outcome = "blank" if looks_blank else "unknown_template"
        return _reading(outcome, qr, ink, seconds, clock, None if looks_blank else payload)

    alignment = align_page(gray, template, qr.found, flat=not photo)
    clock.lap("align")
    if alignment is None:
        outcome = "blank" if looks_blank else "not_aligned"
        return _reading(outcome, qr, ink, seconds, clock, None if looks_blank else payload)

    page_mm = to_template_space(gray, alignment, template)
    clock.lap("warp")
    boxes = measure_boxes(page_mm, template, error_mm=alignment.error_mm)
    clock.lap("boxes")
    signature_ink, signature_crop = None, None
    if template.signature is not None:
        signature_ink, signature_crop = measure_signature(
            page_mm, template, error_mm=alignment.error_mm
        )
        clock.lap("signature")
    seconds["total"] = clock.total()
    return PageReading(
        "read",
        qr,
        payload,
        alignment,
        boxes,
        signature_ink,
        signature_crop,
        page_mm,
        ink,
        seconds,
    )


def _reading(
    outcome: str,
    qr: QrSearch,
    ink: float,
    seconds: dict[str, float],
    clock: _Clock,
    payload: QrPayload | None = None,
) -> PageReading:
    seconds["total"] = clock.total()
    return PageReading(outcome, qr, payload, None, {}, None, None, None, ink, seconds)


class _Clock:
    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds
        self.start = self.last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = now - self.last
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.start
