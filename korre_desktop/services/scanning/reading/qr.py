"""Finding the form's QR code on a page: corner crops first, then the page, then retries.

zxing-cpp reads a QR code in a corner crop in well under a millisecond and the whole
page in a few; the retries (full resolution, contrast stretched, blurred, other
binarizers) only run when the quick passes found nothing, so a clean scan costs one crop.
Only payloads that ``decode_payload`` accepts count; any other text read is reported.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp

from korre_desktop.domain.form_codes import FormCodeError, QrPayload, decode_payload

_QR = zxingcpp.BarcodeFormat.QRCode
A4_LONG_INCH = 297 / 25.4
# Corner crops and the first whole-page pass work at about this resolution: the symbol
# (24 mm, 37 modules with the quiet zone) then has ~4 px per module, plenty for zxing.
WORK_DPI = 160.0
# A corner crop: this share of the page's width x height (the page's own axes).
_CROP_ACROSS, _CROP_ALONG = 0.36, 0.26
# zxing-cpp's corner points count pixel edges (pixel i spans i..i+1); measured on clean
# renders at 100-300 dpi and every quarter turn they sit 0.5-0.7 px towards +x/+y from
# the true corner in OpenCV's pixel-centre coordinates.
_ZXING_OFFSET_PX = 0.5


@dataclass(frozen=True)
class QrFind:
    text: str
    payload: QrPayload
    # 4 x 2 float pixels in the searched image: the symbol's own top-left, top-right,
    # bottom-right and bottom-left corners, so they follow the page's orientation.
    corners: np.ndarray
    step: str = ""  # which pass found it, e.g. "corner:top_right"


@dataclass(frozen=True)
class QrSearch:
    found: QrFind | None
    attempts: int  # zxing calls made
    rejected: tuple[str, ...]  # texts read that are not valid Korre payloads
    several: bool  # two different valid Korre payloads on one page
    others: tuple[str, ...] = field(default=())  # the other valid payload texts, if several


@dataclass
class _Search:
    """Collects what every pass read; not shared between threads (one per call)."""

    attempts: int = 0
    valid: dict[str, QrFind] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)

    def decode(self, image: np.ndarray, step: str, origin=(0.0, 0.0), scale=1.0, **opts) -> bool:
        """Run zxing on ``image``; return whether a new valid payload turned up.

        ``origin`` and ``scale`` map the image's pixels back to the page's:
        page = origin + (pixel + 0.5) / scale - 0.5.
        """
        self.attempts += 1
        found_new = False
        for barcode in zxingcpp.read_barcodes(np.ascontiguousarray(image), formats=_QR, **opts):
            text = barcode.text
            try:
                payload = decode_payload(text)
            except FormCodeError:
                if text not in self.rejected:
                    self.rejected.append(text)
                continue
            if text in self.valid:
                continue
            where = barcode.position
            points = np.array(
                [
                    (point.x, point.y)
                    for point in (
                        where.top_left,
                        where.top_right,
                        where.bottom_right,
                        where.bottom_left,
                    )
                ],
                dtype=np.float64,
            )
            points = points - _ZXING_OFFSET_PX
            corners = np.asarray(origin, dtype=np.float64) + (points + 0.5) / scale - 0.5
            self.valid[text] = QrFind(text, payload, corners, step)
            found_new = True
        return found_new

    def result(self) -> QrSearch:
        finds = list(self.valid.values())
        return QrSearch(
            found=finds[0] if finds else None,
            attempts=self.attempts,
            rejected=tuple(self.rejected),
            several=len(finds) > 1,
            others=tuple(find.text for find in finds[1:]),
        )


def estimated_dpi(gray: np.ndarray) -> float:
    """Assume the page fills the image (true for scans, generous for photos)."""
    return max(gray.shape[:2]) / A4_LONG_INCH


def find_form_qr(
    gray: np.ndarray, dpi: float | None = None, whole_page: bool = False, quick: bool = False
) -> QrSearch:
    """Search ``gray`` (uint8, one channel) for the form's QR code.

    ``dpi`` of the image when known (else estimated from its size); ``whole_page`` also
    reads the whole page after a corner found a code, to notice a second form in the
    picture (worth it for photos; on a scan the other corners are checked, which is cheap).
    ``quick`` stops after the corner crops (~1 ms): for pages that look blank.
    """
    if gray.ndim != 2 or gray.dtype != np.uint8:
        raise ValueError("find_form_qr needs a 2-D uint8 greyscale image")
    search = _Search()
    scale = min(1.0, WORK_DPI / (dpi or estimated_dpi(gray)))
    if scale > 0.8:
        scale = 1.0  # resizing would cost more than it saves
    work = _resized(gray, scale)

    # 1. Corner crops, most likely first; fast options: the page is a scan or a photo of
    #    about upright orientation, and a QR code is read in any rotation anyway.
    crops = list(_corner_crops(work))
    fast = {"try_rotate": False, "try_downscale": False, "try_invert": False}
    for position, (name, crop, origin) in enumerate(crops):
        if search.decode(crop, f"corner:{name}", _to_page(origin, scale), scale, **fast):
            # A second form on the page would most likely show in another corner.
            for other_name, other, other_origin in crops[position + 1 :]:
                origin = _to_page(other_origin, scale)
                search.decode(other, f"corner:{other_name}", origin, scale, **fast)
            if whole_page:
                search.decode(work, "page", (0.0, 0.0), scale)
            return search.result()

    if quick:
        return search.result()

    # 2. The whole page with zxing's own rotations, downscaling and inversion; it returns
    #    every code it sees.
    if search.decode(work, "page", (0.0, 0.0), scale):
        return search.result()

    # 3. Retries for poor pages, cheapest first.
    for step, image, image_scale, opts in _retries(gray, work, scale):
        if search.decode(image, step, (0.0, 0.0), image_scale, **opts):
            break
    return search.result()


def _retries(
    gray: np.ndarray, work: np.ndarray, scale: float
) -> Iterator[tuple[str, np.ndarray, float, dict]]:
    yield "page:global_histogram", work, scale, {"binarizer": zxingcpp.Binarizer.GlobalHistogram}
    if scale < 1.0:
        yield "page:full_resolution", gray, 1.0, {}
    stretched = _stretched(work)
    yield "page:stretched", stretched, scale, {}
    _, binary = cv2.threshold(stretched, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    yield "page:otsu", binary, scale, {}
    # JPEG noise and halftone dots break modules apart; a slight blur joins them again.
    yield "page:blurred", cv2.GaussianBlur(work, (0, 0), 1.0), scale, {}
    yield "page:median", cv2.medianBlur(work, 3), scale, {}
    # Small or distant symbols on a photo: more pixels per module.
    if scale >= 1.0 and max(gray.shape) < 2600:
        bigger = cv2.resize(gray, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
        yield "page:enlarged", bigger, 1.5, {}
    yield "page:fixed_threshold", stretched, scale, {"binarizer": zxingcpp.Binarizer.FixedThreshold}


def _resized(gray: np.ndarray, scale: float) -> np.ndarray:
    if scale >= 1.0:
        return gray
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _to_page(origin: tuple[int, int], scale: float) -> tuple[float, float]:
    """A crop's top-left in the working image, as a page coordinate offset (pixel edges)."""
    return (origin[0] / scale, origin[1] / scale)


def _corner_crops(work: np.ndarray) -> Iterator[tuple[str, np.ndarray, tuple[int, int]]]:
    """(name, crop, (x, y) of its top-left in ``work``), in order of likelihood.

    The QR code is at the page's top right: there on an upright page, bottom left when
    upside down, and on a sideways (landscape) image bottom right or top left.
    """
    height, width = work.shape
    portrait = height >= width
    across, along = (_CROP_ACROSS, _CROP_ALONG) if portrait else (_CROP_ALONG, _CROP_ACROSS)
    crop_w, crop_h = math.ceil(width * across), math.ceil(height * along)
    right, bottom = width - crop_w, height - crop_h
    places = {
        "top_right": (right, 0),
        "bottom_left": (0, bottom),
        "top_left": (0, 0),
        "bottom_right": (right, bottom),
    }
    order = (
        ("top_right", "bottom_left", "top_left", "bottom_right")
        if portrait
        else ("bottom_right", "top_left", "top_right", "bottom_left")
    )
    for name in order:
        x, y = places[name]
        yield name, work[y : y + crop_h, x : x + crop_w], (x, y)


def _stretched(gray: np.ndarray) -> np.ndarray:
    """Contrast stretched between the 1st and 99th percentile of a sparse sample."""
    sample = gray[::4, ::4]
    low, high = np.percentile(sample, (1, 99))
    if high - low < 8:
        return gray
    lut = np.clip((np.arange(256) - low) * (255.0 / (high - low)), 0, 255).astype(np.uint8)
    return cv2.LUT(gray, lut)
