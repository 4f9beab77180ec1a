"""Ink in the boxes against the blank template: ticks, crosses, fills, a shifted print."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from korre_desktop.services.scanning.reading.align import align_page
from korre_desktop.services.scanning.reading.measure import (
    CANONICAL_PX_PER_MM,
    measure_boxes,
    measure_signature,
    page_ink,
    to_template_space,
)
from korre_desktop.services.scanning.reading.qr import find_form_qr
from korre_desktop.services.scanning.reading.read_page import BLANK_INK
from tests.scanning.reading.drawing import check, cross, fill, jpeg, noisy, photo, scribble, turn

MARKS = {
    "foto_schoolgids": ("yes", cross),
    "foto_website": ("no", check),  # its tail runs out over the line
    "film_nieuwsbrief": ("yes", fill),
    "geluid_ouderportaal": ("no", lambda image, box: cross(image, box, overshoot_mm=2.0)),
}


def _half(image: np.ndarray) -> np.ndarray:
    return cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _marked(printed) -> np.ndarray:
    sheet = printed.page()
    for code, (answer, draw) in MARKS.items():
        draw(sheet, printed.template.items[code][answer])
    return sheet


def _straightened(image: np.ndarray, template) -> tuple[np.ndarray, float]:
    search = find_form_qr(image)
    assert search.found is not None
    alignment = align_page(image, template, search.found)
    assert alignment is not None
    return to_template_space(image, alignment, template), alignment.error_mm


def _assert_marks_read(scores, template, min_outline: float = 0.3) -> None:
    for code in template.items:
        for answer in ("yes", "no"):
            score = scores[code][answer]
            assert score.outline > min_outline, (code, answer, score)
            if MARKS.get(code, (None,))[0] == answer:
                assert score.ink > 0.1, (code, answer, score)
            else:
                assert score.ink < 0.02 and score.darkness < 0.05, (code, answer, score)


def test_marks_on_a_turned_jpeg_scan_stand_out_from_blank_boxes(consent):
    sheet, _ = turn(_marked(consent), 3.0, 0.97, (20, -15))
    scan = cv2.imdecode(np.frombuffer(jpeg(_half(noisy(sheet, 6)), 60), np.uint8), 0)
    page_mm, error_mm = _straightened(scan, consent.template)
    assert page_mm.shape == (round(297 * CANONICAL_PX_PER_MM), round(210 * CANONICAL_PX_PER_MM))
    scores = measure_boxes(page_mm, consent.template, error_mm=error_mm)
    assert set(scores) == set(consent.template.items)
    _assert_marks_read(scores, consent.template)
    filled = scores["film_nieuwsbrief"]["yes"]
    assert filled.ink > 0.9 and filled.darkness > 0.5
    assert all(
        abs(score.shift_mm[0]) <= 0.34 and abs(score.shift_mm[1]) <= 0.34
        for answers in scores.values()
        for score in answers.values()
    )


def test_marks_on_a_photo_with_a_shadow(consent):
    shot, _ = photo(_marked(consent), [(420, 380), (2650, 300), (2780, 3700), (300, 3620)])
    page_mm, error_mm = _straightened(shot, consent.template)
    _assert_marks_read(
        measure_boxes(page_mm, consent.template, error_mm=error_mm), consent.template
    )
    # The shadow is gone: paper is near white on the dark and on the light side alike.
    s = CANONICAL_PX_PER_MM
    for x_mm, y_mm in ((25, 75), (180, 75), (25, 270), (180, 270)):
        patch = page_mm[
            round(y_mm * s) : round((y_mm + 5) * s), round(x_mm * s) : round((x_mm + 5) * s)
        ]
        assert np.median(patch) > 235, (x_mm, y_mm)


def test_marks_on_a_blurred_washed_out_photo_still_count(consent):
    sheet = _marked(consent)
    sheet = (90 + sheet.astype(np.float32) * (110 / 255)).astype(np.uint8)  # grey 90..200
    shot, _ = photo(sheet, [(420, 380), (2650, 300), (2780, 3700), (300, 3620)])
    shot = cv2.GaussianBlur(shot, (0, 0), 2.5)  # out of focus
    page_mm, error_mm = _straightened(shot, consent.template)
    scores = measure_boxes(page_mm, consent.template, error_mm=error_mm)
    _assert_marks_read(scores, consent.template, min_outline=0.15)
    # The threshold followed the page's faint printed lines down.
    assert scores["foto_schoolgids"]["no"].ink_contrast < 0.3


def test_a_box_printed_a_little_off_is_found_by_its_outline(consent):
    page_mm, _ = _straightened(_half(_marked(consent)), consent.template)
    s = CANONICAL_PX_PER_MM
    # The whole print 1 mm to the right and 0.5 mm down of where the fit says.
    moved = np.full_like(page_mm, 255)
    right, down = round(1.0 * s), round(0.5 * s)
    moved[down:, right:] = page_mm[:-down, :-right]
    scores = measure_boxes(moved, consent.template)
    _assert_marks_read(scores, consent.template)
    for answers in scores.values():
        for score in answers.values():
            assert score.shift_mm == pytest.approx((1.0, 0.5), abs=0.2)


def test_a_box_that_is_not_there_has_no_outline(consent):
    page_mm, _ = _straightened(_half(consent.page()), consent.template)
    box = consent.template.items["foto_schoolgids"]["yes"]
    s = CANONICAL_PX_PER_MM
    page_mm[
        round((box.y - 2) * s) : round((box.bottom + 2) * s),
        round((box.x - 2) * s) : round((box.right + 2) * s),
    ] = 255
    score = measure_boxes(page_mm, consent.template)["foto_schoolgids"]["yes"]
    assert score.outline < 0.05 and score.ink == 0.0 and score.shift_mm == (0.0, 0.0)


def test_signature_ink_with_and_without_a_signature(protocol):
    template = protocol.template
    assert template.items == {} and template.signature is not None
    blank_mm, _ = _straightened(_half(protocol.page()), template)
    signed = protocol.page()
    scribble(signed, template.signature)
    signed_mm, _ = _straightened(_half(signed), template)
    blank_ink, blank_crop = measure_signature(blank_mm, template)
    signed_ink, signed_crop = measure_signature(signed_mm, template)
    assert blank_ink < 0.001 < 0.01 < signed_ink
    s = CANONICAL_PX_PER_MM
    assert signed_crop.shape == (round(38 * s), round(106 * s)) and signed_crop.dtype == np.uint8
    assert signed_crop.min() < 100 and blank_crop.min() < 100  # the printed box itself


def test_page_ink_tells_a_blank_back_from_a_form(consent):
    form = _half(consent.page())
    back = np.full_like(form, 246)
    # Show-through of the front: light grey, mirrored.
    back[form < 128] = 225
    back = noisy(back, 3)
    assert page_ink(back) < BLANK_INK < 0.005 < page_ink(form)
