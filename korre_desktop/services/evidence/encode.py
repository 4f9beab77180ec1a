"""Encoding images: a compact JPEG for storage, a PNG for the screen."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from korre_desktop.services.evidence.modes import to_rgb_or_l

# Long side of the stored page: ~190 dpi on A4, enough for handwriting and small print.
STORED_LONG_SIDE = 2200
JPEG_QUALITY = 80
# Colour channels this close together everywhere are a grey page saved as RGB.
_GREY_TOLERANCE = 10


def encode_jpeg(image: Image.Image) -> bytes:
    """JPEG of at most STORED_LONG_SIDE pixels; greyscale when the page has no colour."""
    image = to_rgb_or_l(image)
    if image.mode == "RGB" and _looks_grey(image):
        image = image.convert("L")
    image = _fit(image, STORED_LONG_SIDE)
    buffer = io.BytesIO()
    # No EXIF: the pixels are already upright, and metadata has no place in evidence.
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def preview_png(image: Image.Image, max_side: int = 1600) -> bytes:
    """A PNG for the GUI to show, at most ``max_side`` pixels on its long side."""
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1, not {max_side}")
    image = _fit(to_rgb_or_l(image), max_side)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)  # speed over size: it never leaves memory
    return buffer.getvalue()


def _fit(image: Image.Image, long_side: int) -> Image.Image:
    if max(image.size) <= long_side:
        return image
    scale = long_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    # reducing_gap: a box pre-shrink before Lanczos, much faster on phone photos.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _looks_grey(image: Image.Image) -> bool:
    sample = image.copy()
    sample.thumbnail((400, 400))
    pixels = np.asarray(sample, dtype=np.int16)
    spread = pixels.max(axis=2) - pixels.min(axis=2)
    return float(np.percentile(spread, 99.5)) <= _GREY_TOLERANCE
