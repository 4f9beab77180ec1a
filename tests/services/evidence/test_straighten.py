"""straighten() on synthetic phone photos of a form, and on scans it must leave alone.

How a result is judged: both it and the rendered page are shrunk to 300 x 424, blurred
(sigma 2 px) and compared by normalised cross-correlation (NCC). The controls below pin
what the 0.85 threshold means: the page against itself moved by 2 % / 1 % scores ~0.5 and
turned by 2 degrees ~0.76, both failing; moved by 1 % scores ~0.94, turned by 1 degree
~0.92, both passing. So passing means registered within about 1 % and 1.5 degrees, with
the same content (a different page scores ~0.05).
"""

import numpy as np
import pytest
from PIL import Image

from korre_desktop.services.evidence import rotate_quarter_turns, straighten
from tests.services.evidence.photos import (
    DISTORTIONS,
    SIMILAR,
    Distortion,
    make_photo,
    render_form_page,
    similarity,
)

CORNER_TOLERANCE = 0.015  # of the photo's long side


def moved(page: Image.Image, dx: float, dy: float) -> Image.Image:
    matrix = (1, 0, page.width * dx, 0, 1, page.height * dy)
    return page.transform(page.size, Image.Transform.AFFINE, matrix, fillcolor=255)


def test_the_similarity_measure_can_tell_a_misplaced_page(form_page: Image.Image) -> None:
    assert similarity(form_page, form_page) > 0.999
    assert similarity(moved(form_page, 0.01, 0), form_page) > SIMILAR
    assert similarity(form_page.rotate(1, fillcolor=255), form_page) > SIMILAR
    assert similarity(moved(form_page, 0.02, 0.01), form_page) < SIMILAR
    assert similarity(form_page.rotate(2, fillcolor=255), form_page) < SIMILAR
    other = render_form_page(seed=9).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    assert similarity(other, form_page) < 0.3


@pytest.mark.parametrize("distortion", DISTORTIONS, ids=[d.name for d in DISTORTIONS])
def test_a_photographed_form_comes_out_flat(form_page: Image.Image, distortion: Distortion) -> None:
    photo, true_corners = make_photo(form_page, distortion)
    assert similarity(photo, form_page) < 0.3  # the photo itself is far from the page

    result = straighten(photo)

    assert result.found_outline()
    assert len(result.corners) == 4
    error = np.abs(np.array(result.corners) - true_corners).max() / max(photo.size)
    assert error < CORNER_TOLERANCE
    width, height = result.image.size
    assert height / width == pytest.approx(297 / 210, rel=0.01)  # A4 portrait
    assert similarity(result.image, form_page) > SIMILAR


def test_a_sheet_photographed_sideways_comes_out_landscape(form_page: Image.Image) -> None:
    distortion = Distortion("sideways", rotation=90, tilt=0.1, canvas=(1600, 1200), fill=0.9)
    photo, _ = make_photo(form_page, distortion)
    result = straighten(photo)
    assert result.found_outline()
    assert result.image.width > result.image.height  # A4 landscape
    # The page reads top to bottom along the right: one turn back makes it upright.
    upright = rotate_quarter_turns(result.image, -1)
    assert similarity(upright, form_page) > SIMILAR


def test_the_light_is_evened_out(form_page: Image.Image) -> None:
    distortion = Distortion("dim", gradient=0.55, shadow=0.5, seed=11)
    photo, corners = make_photo(form_page, distortion)
    result = straighten(photo)
    grey = np.asarray(result.image, np.float32)
    # Paper brightness in blank strips at the top (in the shadow) and bottom (lit) margins.
    top = np.percentile(grey[: grey.shape[0] // 30], 50)
    bottom = np.percentile(grey[-grey.shape[0] // 30 :], 50)
    assert min(top, bottom) > 235
    original = np.asarray(photo.convert("L"), np.float32)
    x, y = corners.mean(axis=0).astype(int)
    assert original[y, x] < 200  # the photo's paper was not white to begin with


@pytest.mark.parametrize("mode", ["L", "RGB"])
def test_a_clean_scan_is_left_as_it_is(form_page: Image.Image, mode: str) -> None:
    scan = form_page.convert(mode)
    result = straighten(scan)
    assert not result.found_outline()
    assert result.corners is None
    assert result.image is scan
    assert not result.lighting_evened


def test_an_unevenly_lit_scan_keeps_its_geometry(form_page: Image.Image) -> None:
    falloff = np.linspace(1.0, 0.6, form_page.width, dtype=np.float32)[None, :]
    dim = Image.fromarray((np.asarray(form_page, np.float32) * falloff).astype(np.uint8))
    result = straighten(dim)
    assert not result.found_outline()
    assert result.lighting_evened
    assert result.image.size == dim.size
    assert similarity(result.image, form_page) > 0.95
    right_margin = np.asarray(result.image)[:, -20:]
    assert np.median(right_margin) > 240  # was 0.6 x paper


@pytest.mark.parametrize(
    "image",
    [
        Image.new("L", (1200, 1600), 128),
        Image.fromarray(np.random.default_rng(0).integers(0, 256, (900, 700), dtype=np.uint8)),
        Image.new("RGB", (40, 30), "white"),
        Image.new("L", (3000, 64), 255),
    ],
    ids=["grey", "noise", "tiny", "strip"],
)
def test_no_outline_in_pictures_without_a_sheet(image: Image.Image) -> None:
    result = straighten(image)
    assert not result.found_outline()
    assert result.image.size == image.size


def test_a_sheet_cut_off_by_the_frame_has_no_outline(form_page: Image.Image) -> None:
    distortion = Distortion("cut", rotation=5, fill=0.9, shift=(0.2, 0.0))
    photo, corners = make_photo(form_page, distortion)
    assert corners[:, 0].max() > photo.width  # the truth: one side is off the photo
    result = straighten(photo)
    assert not result.found_outline()
    assert result.image.size == photo.size


def test_the_largest_sheet_is_the_form(form_page: Image.Image) -> None:
    # A blank note of 13 % of the photo beside the form (which covers ~35 %).
    distortion = Distortion(
        "note",
        rotation=3,
        canvas=(1600, 1200),
        fill=0.85,
        shift=(-0.15, 0),
        note=(1050, 300, 1500, 860),
    )
    photo, true_corners = make_photo(form_page, distortion)
    result = straighten(photo)
    assert result.found_outline()
    error = np.abs(np.array(result.corners) - true_corners).max() / max(photo.size)
    assert error < CORNER_TOLERANCE
    assert similarity(result.image, form_page) > SIMILAR
