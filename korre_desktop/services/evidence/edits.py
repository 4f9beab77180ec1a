"""The user's own corrections: quarter turns and a crop box."""

from __future__ import annotations

import math

from PIL import Image

# PIL's ROTATE_* turn counter-clockwise; index = clockwise quarter turns.
_CLOCKWISE = (
    None,
    Image.Transpose.ROTATE_270,
    Image.Transpose.ROTATE_180,
    Image.Transpose.ROTATE_90,
)


def rotate_quarter_turns(image: Image.Image, turns: int) -> Image.Image:
    """Rotate by ``turns`` x 90 degrees; +1 is clockwise, negative is counter-clockwise."""
    if isinstance(turns, bool) or not isinstance(turns, int):
        raise TypeError(f"turns must be an int, not {type(turns).__name__}")
    method = _CLOCKWISE[turns % 4]
    return image.copy() if method is None else image.transpose(method)


def crop_fraction(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    """Crop to (left, top, right, bottom) given as fractions 0..1 of the width and height."""
    left, top, right, bottom = check_crop_box(box)
    width, height = image.size
    # Outward rounding, and at least one pixel (left < 1 keeps that inside the image).
    pixels = (
        math.floor(left * width),
        math.floor(top * height),
        max(math.floor(left * width) + 1, math.ceil(right * width)),
        max(math.floor(top * height) + 1, math.ceil(bottom * height)),
    )
    return image.crop(pixels)


def check_crop_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The box as four floats, or ValueError when it is not a box inside the image."""
    try:
        values = tuple(float(value) for value in box)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"crop box must be four numbers, not {box!r}") from exc
    if len(values) != 4 or any(isinstance(value, bool) for value in box):
        raise ValueError(f"crop box must be four numbers, not {box!r}")
    left, top, right, bottom = values
    if not all(math.isfinite(value) for value in values):
        raise ValueError(f"crop box must be finite: {box!r}")
    if not (0 <= left < right <= 1 and 0 <= top < bottom <= 1):
        raise ValueError(
            f"crop box needs 0 <= left < right <= 1 and 0 <= top < bottom <= 1: {box!r}"
        )
    return left, top, right, bottom
