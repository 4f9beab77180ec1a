"""Quarter turns and crop boxes."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from korre_desktop.services.evidence import crop_fraction, rotate_quarter_turns
from tests.services.evidence import samples


def mark_position(image: Image.Image) -> tuple[float, float]:
    """Centre of the dark mark, as fractions of width and height."""
    ys, xs = np.nonzero(np.asarray(image.convert("L")) < 100)
    return float(xs.mean() / image.width), float(ys.mean() / image.height)


@pytest.mark.parametrize(
    ("turns", "size", "position"),
    [
        (0, (300, 200), (0.2, 0.2)),
        (1, (200, 300), (0.8, 0.2)),  # clockwise: top-left goes to top-right
        (2, (300, 200), (0.8, 0.8)),
        (3, (200, 300), (0.2, 0.8)),
        (-1, (200, 300), (0.2, 0.8)),  # counter-clockwise: top-left goes to bottom-left
        (5, (200, 300), (0.8, 0.2)),
        (-4, (300, 200), (0.2, 0.2)),
    ],
)
def test_quarter_turns(turns: int, size: tuple[int, int], position: tuple[float, float]) -> None:
    turned = rotate_quarter_turns(samples.marked_image((300, 200)), turns)
    assert turned.size == size
    assert mark_position(turned) == pytest.approx(position, abs=0.01)


def test_quarter_turns_want_a_whole_number() -> None:
    with pytest.raises(TypeError):
        rotate_quarter_turns(samples.marked_image(), 1.5)  # type: ignore[arg-type]


def test_crop_keeps_the_boxed_part() -> None:
    image = samples.marked_image((300, 200))
    cropped = crop_fraction(image, (0.0, 0.0, 0.5, 0.5))
    assert cropped.size == (150, 100)
    assert mark_position(cropped) == pytest.approx((0.4, 0.4), abs=0.01)


fractions = st.floats(min_value=0, max_value=1, allow_nan=False)


@given(
    st.tuples(fractions, fractions, fractions, fractions),
    st.integers(1, 50),
    st.integers(1, 50),
)
def test_a_valid_box_always_gives_a_piece_of_about_its_size(
    box: tuple[float, float, float, float], width: int, height: int
) -> None:
    left, right = sorted(box[0::2])
    top, bottom = sorted(box[1::2])
    if left == right or top == bottom:
        with pytest.raises(ValueError):
            crop_fraction(Image.new("L", (width, height)), (left, top, right, bottom))
        return
    cropped = crop_fraction(Image.new("L", (width, height)), (left, top, right, bottom))
    assert 1 <= cropped.width <= width and 1 <= cropped.height <= height
    assert cropped.width <= math.ceil((right - left) * width) + 1
    assert cropped.height <= math.ceil((bottom - top) * height) + 1


@pytest.mark.parametrize(
    "box",
    [
        (0.5, 0.0, 0.5, 1.0),
        (0.6, 0.0, 0.4, 1.0),
        (0.0, 0.0, 1.0, 1.1),
        (-0.1, 0.0, 1.0, 1.0),
        (0.0, 0.0, math.nan, 1.0),
        (0.0, 0.0, math.inf, 1.0),
        (0.0, 0.0, 1.0),
        (0.0, 0.0, 1.0, 1.0, 1.0),
        ("a", 0.0, 1.0, 1.0),
        (False, 0.0, True, 1.0),
        None,
    ],
)
def test_an_invalid_box_is_a_value_error(box: object) -> None:
    with pytest.raises(ValueError):
        crop_fraction(samples.marked_image(), box)  # type: ignore[arg-type]
