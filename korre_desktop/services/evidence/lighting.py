"""Evening out light on a photographed sheet: shadows and gradients become white paper."""

from __future__ import annotations

import cv2
import numpy as np

# Long side of the copy on which the paper brightness is estimated; light changes slowly.
_ESTIMATE_SIDE = 256
# Paper brightness differing more than this share across the sheet counts as uneven.
UNEVEN_SHARE = 0.12


def paper_brightness(grey: np.ndarray) -> np.ndarray:
    """A small map of how bright the paper is at each place, with the ink closed away."""
    height, width = grey.shape[:2]
    scale = min(1.0, _ESTIMATE_SIDE / max(height, width))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # Wider than strokes and filled tick boxes (~17 mm on A4), so closing removes all ink;
    # a shadow's tip narrower than this is taken for ink too (a faint grey patch remains).
    size = max(5, round(max(small.shape) / 17)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    return cv2.GaussianBlur(closed, (0, 0), size / 6)


def is_uneven(grey: np.ndarray) -> bool:
    """Whether paper brightness differs noticeably between parts of the sheet.

    Uses the brightest pixels of each cell of a 3 x 3 grid: that is the paper there, even
    in a cell with a dark logo or a photo, which a clean scan must not be "corrected" for.
    """
    brightness = paper_brightness(grey)
    rows = np.array_split(brightness, 3, axis=0)
    levels = [np.percentile(cell, 95) for row in rows for cell in np.array_split(row, 3, axis=1)]
    top = max(levels)
    return top > 0 and (top - min(levels)) / top > UNEVEN_SHARE


def even_lighting(grey: np.ndarray) -> np.ndarray:
    """Divide by the paper brightness, then stretch so paper is white and ink is black."""
    height, width = grey.shape[:2]
    background = cv2.resize(
        paper_brightness(grey), (width, height), interpolation=cv2.INTER_LINEAR
    ).astype(np.float32)
    ratio = grey.astype(np.float32) / np.maximum(background, 8.0)
    # Percentiles of a sparse sample: the full image would cost a sort of millions of values.
    step = max(1, round(max(height, width) / 600))
    sample = ratio[::step, ::step]
    white, black = np.percentile(sample, (75, 1))
    white = max(float(white), 0.05)
    # A page with little ink has no dark 1st percentile; do not stretch paper noise then.
    black = min(float(black), 0.5 * white)
    stretched = (ratio - black) * (255.0 / max(white * 0.9 - black, 1e-3))
    return np.clip(stretched, 0, 255).astype(np.uint8)
