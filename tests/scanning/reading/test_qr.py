"""Finding the form's QR code: in its corner, upside down, sideways, and what is not ours."""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest
import zxingcpp

from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.services.scanning.reading.qr import find_form_qr
from tests.scanning.reading.drawing import noisy, px, turn


def _half(image: np.ndarray) -> np.ndarray:
    """A 300 dpi page as the copier path decodes it: 150 dpi."""
    return cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _symbol_corners_px(template, dpi: float) -> np.ndarray:
    return np.array(template.qr_corners) * dpi / 25.4 - 0.5  # pixel-centre coordinates


def test_an_upright_scan_is_read_in_its_top_right_corner(consent):
    page = _half(consent.page())
    search = find_form_qr(page, dpi=150)
    assert search.found is not None and not search.several and search.rejected == ()
    assert search.found.step == "corner:top_right"
    payload = search.found.payload
    assert payload == decode_payload(search.found.text)
    assert (payload.code, payload.page, payload.kind) == (consent.codes[0], 1, "consent")
    assert payload.template_version == consent.template_version
    # zxing's corner points, corrected for its pixel-edge convention, are the symbol's.
    expected = _symbol_corners_px(consent.template, 150)
    assert np.abs(search.found.corners - expected).max() < 1.5  # px at 150 dpi: 0.25 mm


@pytest.mark.parametrize(
    ("turning", "step"),
    [
        (cv2.ROTATE_180, "corner:bottom_left"),
        (cv2.ROTATE_90_CLOCKWISE, "corner:bottom_right"),
        (cv2.ROTATE_90_COUNTERCLOCKWISE, "corner:top_left"),
    ],
    ids=["upside-down", "clockwise", "anticlockwise"],
)
def test_a_turned_page_is_read_in_the_corner_where_its_code_went(consent, turning, step):
    page = _half(consent.page())
    height, width = page.shape
    search = find_form_qr(cv2.rotate(page, turning), dpi=150)
    assert search.found is not None and search.found.step == step
    assert search.found.payload.code == consent.codes[0]
    # The corners follow the symbol: its own top-left is where the page's went.
    upright = _symbol_corners_px(consent.template, 150)
    x, y = upright[0]
    moved = {
        cv2.ROTATE_180: (width - 1 - x, height - 1 - y),
        cv2.ROTATE_90_CLOCKWISE: (height - 1 - y, x),
        cv2.ROTATE_90_COUNTERCLOCKWISE: (y, width - 1 - x),
    }[turning]
    assert np.abs(search.found.corners[0] - moved).max() < 1.5


def test_a_noisy_slightly_turned_low_quality_scan(consent):
    page, _ = turn(consent.page(), 3.0, 0.97)
    page = noisy(_half(page), 12)
    _, data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 35])
    page = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    search = find_form_qr(page, dpi=150)
    assert search.found is not None and search.found.payload.code == consent.codes[0]


def test_a_corner_crop_read_takes_a_few_milliseconds(consent):
    page = _half(consent.page())
    find_form_qr(page, dpi=150)
    start = time.perf_counter()
    for _ in range(10):
        search = find_form_qr(page, dpi=150)
    seconds = (time.perf_counter() - start) / 10
    assert search.attempts == 4  # the hit, then the three other corners for a second code
    assert seconds < 0.02  # ~1 ms here; generous for a busy test machine


def test_a_blank_page_has_no_code_after_every_retry(consent):
    search = find_form_qr(np.full((1754, 1240), 245, np.uint8), dpi=150)
    assert search.found is None and not search.several
    assert search.attempts > 5


def _paste_qr(page: np.ndarray, text: str, left_mm: float, top_mm: float, dpi: int) -> None:
    symbol = np.asarray(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image())
    size = px(24, dpi)
    symbol = cv2.resize(symbol, (size, size), interpolation=cv2.INTER_NEAREST)
    top, left = px(top_mm, dpi), px(left_mm, dpi)
    page[top : top + size, left : left + size] = symbol


def test_foreign_qr_codes_are_reported_and_never_taken_for_a_form(consent):
    page = np.full((3508, 2480), 250, np.uint8)
    _paste_qr(page, "https://example.org/menu", 160, 16, 300)
    damaged = consent.codes[0]
    _paste_qr(page, f"K1:{damaged}:1:C1:0000", 20, 250, 300)  # wrong checksum
    search = find_form_qr(_half(page), dpi=150)
    assert search.found is None
    assert set(search.rejected) == {"https://example.org/menu", f"K1:{damaged}:1:C1:0000"}


def test_two_different_form_codes_on_one_page_are_noticed(consent):
    page = consent.page(0)
    second = consent.page(1)
    # The second form's code block pasted in the bottom-left corner (someone stacked sheets).
    block = second[px(14) : px(42), px(158) : px(186)]
    page[px(250) : px(250) + block.shape[0], px(14) : px(14) + block.shape[1]] = block
    search = find_form_qr(_half(page), dpi=150)
    assert search.several
    texts = {search.found.text, *search.others}
    assert {decode_payload(text).code for text in texts} == set(consent.codes[:2])
