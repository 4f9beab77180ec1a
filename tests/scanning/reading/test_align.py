"""Alignment by the corner markers, checked against the distortion that made the page."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from korre_desktop.services.scanning.reading.align import align_page
from korre_desktop.services.scanning.reading.qr import find_form_qr
from tests.scanning.reading.drawing import PX_PER_MM, photo, px, turn


def _half(image: np.ndarray) -> np.ndarray:
    return cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


def _template_points(template) -> np.ndarray:
    """Every tick box's corners and the signature box's: what the reader must hit."""
    rects = [rect for boxes in template.items.values() for rect in boxes.values()]
    if template.signature is not None:
        rects.append(template.signature)
    return np.array(
        [corner for r in rects for corner in ((r.x, r.y), (r.right, r.bottom))], dtype=np.float64
    )


def _sheet_px(points_mm: np.ndarray) -> np.ndarray:
    """Template mm -> pixel centres of the 300 dpi render."""
    return points_mm * PX_PER_MM - 0.5


def _misses_mm(alignment, points_mm: np.ndarray, truth_px: np.ndarray) -> np.ndarray:
    found = cv2.perspectiveTransform(points_mm.reshape(-1, 1, 2), alignment.homography)
    return np.linalg.norm(found.reshape(-1, 2) - truth_px, axis=1) / alignment.px_per_mm


def _read(image: np.ndarray, template):
    search = find_form_qr(image)
    assert search.found is not None
    return align_page(image, template, search.found)


@pytest.mark.parametrize(
    ("degrees", "scale", "shift"),
    [(3.0, 0.97, (25, -40)), (-1.2, 1.0, (0, 0)), (180.0, 0.99, (-30, 10))],
    ids=["turned-3-scaled", "slightly-turned", "upside-down"],
)
def test_a_scan_is_aligned_to_a_fraction_of_a_millimetre(consent, degrees, scale, shift):
    sheet, matrix = turn(consent.page(), degrees, scale, shift)
    image = _half(sheet)
    alignment = _read(image, consent.template)
    assert alignment is not None
    assert (alignment.markers_found, alignment.model) == (4, "homography")
    assert alignment.error_mm < 0.5 and alignment.max_error_mm < 0.8
    assert alignment.px_per_mm == pytest.approx(scale * PX_PER_MM / 2, rel=0.01)
    points = _template_points(consent.template)
    truth = cv2.transform(_sheet_px(points).reshape(-1, 1, 2), matrix).reshape(-1, 2)
    truth = (truth + 0.5) / 2 - 0.5  # the half-size decode
    assert _misses_mm(alignment, points, truth).max() < 0.3


def test_three_markers_give_an_affine_fit(consent):
    sheet, matrix = turn(consent.page(), 2.0, 1.0, (10, 10))
    marker = consent.template.markers["bottom_left"]
    # The bottom-left marker torn off (a white patch where it would be).
    corner = cv2.transform(np.array([[[px(marker.x), px(marker.y)]]], np.float64), matrix)[0, 0]
    cv2.rectangle(
        sheet, tuple(int(v) - 20 for v in corner), tuple(int(v) + 140 for v in corner), 250, -1
    )
    image = _half(sheet)
    alignment = _read(image, consent.template)
    assert alignment is not None
    assert (alignment.markers_found, alignment.model) == (3, "affine")
    assert "bottom_left" not in alignment.markers
    points = _template_points(consent.template)
    truth = cv2.transform(_sheet_px(points).reshape(-1, 1, 2), matrix).reshape(-1, 2)
    assert _misses_mm(alignment, points, (truth + 0.5) / 2 - 0.5).max() < 0.4


def test_two_markers_are_not_enough(consent):
    sheet = consent.page()
    for name in ("bottom_left", "bottom_right"):
        marker = consent.template.markers[name]
        cv2.rectangle(
            sheet,
            (px(marker.x - 1), px(marker.y - 1)),
            (px(marker.right + 1), px(marker.bottom + 1)),
            255,
            -1,
        )
    assert _read(_half(sheet), consent.template) is None


@pytest.mark.parametrize(
    "corners",
    [
        [(420, 380), (2650, 300), (2780, 3700), (300, 3620)],
        [(600, 500), (2500, 620), (2700, 3500), (380, 3400)],  # taken from below at an angle
        [(244, 710), (2257, 201), (2494, 3251), (243, 3351)],  # steep: skewed markers
    ],
    ids=["mild", "strong-perspective", "steep"],
)
def test_a_photo_in_perspective_is_aligned(consent, corners):
    sheet = consent.page()
    shot, homography = photo(sheet, corners)
    alignment = _read(shot, consent.template)
    assert alignment is not None and alignment.model == "homography"
    assert alignment.error_mm < 0.5
    points = _template_points(consent.template)
    truth = cv2.perspectiveTransform(_sheet_px(points).reshape(-1, 1, 2), homography)
    assert _misses_mm(alignment, points, truth.reshape(-1, 2)).max() < 0.4
