"""Work done per page off the writing thread: read it, and encode what will be kept."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from korre_desktop.services.scanning.reading.read_page import PageReading, read_page
from korre_desktop.services.scanning.reading.sources import PageProblem, ScanPage
from korre_desktop.services.scanning.reading.template import ReadingTemplate

log = logging.getLogger(__name__)

JPEG_QUALITY = 80
# A scan turned by less than this is kept as scanned; otherwise the upright page is kept too.
UPRIGHT_DEGREES = 20.0

TemplateFor = Callable[[str, int, int], ReadingTemplate | None]


@dataclass
class PreparedPage:
    source: Path
    index: int
    reading: PageReading | None = None
    problem: PageProblem | None = None
    # What a statement will point to as its proof, and the untouched page it came from
    # (None when the proof is the untouched page itself).
    evidence: tuple[bytes, str] | None = None
    original: tuple[bytes, str] | None = None
    signature_jpeg: bytes | None = None


def encode_jpeg(grey: np.ndarray, quality: int = JPEG_QUALITY) -> bytes:
    ok, data = cv2.imencode(".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("could not encode the page image")
    return data.tobytes()


def page_angle(homography: np.ndarray) -> float:
    """The page's rotation in the image, degrees: where the template's x axis points."""
    points = np.array([[[0.0, 0.0]], [[100.0, 0.0]]], dtype=np.float64)
    (x0, y0), (x1, y1) = cv2.perspectiveTransform(points, homography)[:, 0]
    return math.degrees(math.atan2(y1 - y0, x1 - x0))


def prepare_page(item: ScanPage | PageProblem, template_for: TemplateFor) -> PreparedPage:
    """Read one page and encode its evidence; never raises for a bad page."""
    if isinstance(item, PageProblem):
        return PreparedPage(item.source, item.index, problem=item)
    try:
        return _prepare(item, template_for)
    except (cv2.error, ValueError, MemoryError, OverflowError) as exc:
        # A page the image code chokes on is reported, and the batch goes on.
        log.exception("reading page %s of %s failed", item.index + 1, item.source)
        problem = PageProblem(item.source, item.index, "read_failed", str(exc)[:200])
        return PreparedPage(item.source, item.index, problem=problem)


def _prepare(item: ScanPage, template_for: TemplateFor) -> PreparedPage:
    reading = read_page(item, template_for)
    prepared = PreparedPage(item.source, item.index, reading=reading)
    if reading.outcome == "blank":
        return prepared
    original = item.evidence()
    straight = (
        reading.alignment is not None
        and reading.page_mm is not None
        and (
            item.kind == "photo" or abs(page_angle(reading.alignment.homography)) > UPRIGHT_DEGREES
        )
    )
    if straight:
        assert reading.page_mm is not None
        prepared.evidence = (encode_jpeg(reading.page_mm), "image/jpeg")
        prepared.original = original
    else:
        prepared.evidence = original
    if reading.signature_crop is not None:
        prepared.signature_jpeg = encode_jpeg(reading.signature_crop)
    return prepared
