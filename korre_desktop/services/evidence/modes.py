"""Bringing any decoded image to the two modes the pipeline works in: RGB or L."""

from __future__ import annotations

import numpy as np
from PIL import Image

_GREY_MODES = frozenset({"1", "L", "LA", "La", "I", "I;16", "I;16L", "I;16B", "I;16N", "F"})


def to_rgb_or_l(image: Image.Image) -> Image.Image:
    """RGB for colour, L for greyscale; transparency is laid on white paper."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I") or mode == "F":
        return _deep_grey_to_l(image)
    if mode == "P":
        has_alpha = "transparency" in image.info or image.palette.mode == "RGBA"
        image = image.convert("RGBA" if has_alpha else "RGB")
        mode = image.mode
    if mode in ("LA", "La", "RGBA", "RGBa", "PA"):
        return _flatten_on_white(image, grey=mode in ("LA", "La"))
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV, RGBX


def _flatten_on_white(image: Image.Image, grey: bool) -> Image.Image:
    # Without this a transparent scan would turn black where it is see-through.
    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(paper, rgba)
    return flat.convert("L" if grey else "RGB")


def _deep_grey_to_l(image: Image.Image) -> Image.Image:
    # Pillow clips 16-bit values to 255 instead of scaling them down.
    values = np.asarray(image)
    if values.dtype == np.uint16 or image.mode.startswith("I;16"):
        scaled = values.astype(np.float32) / 257.0
    else:
        top = float(values.max()) if values.size else 0.0
        scaled = values.astype(np.float32) * (255.0 / top if top > 255 else 1.0)
    return Image.fromarray(np.clip(scaled + 0.5, 0, 255).astype(np.uint8))
