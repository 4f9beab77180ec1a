"""Straightening a photographed sheet: outline, perspective to A4, even light."""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from korre_desktop.services.evidence.lighting import even_lighting, is_uneven
from korre_desktop.services.evidence.outline import find_page_corners

A4_ASPECT = 297 / 210  # long side over short side
# Smaller than this, an image is an icon rather than a photo of a sheet.
MIN_SIDE = 64
# Share of the long side trimmed off each edge of a straightened sheet (~1.5 mm on A4).
EDGE_TRIM = 0.005


@dataclass(frozen=True)
class Straightened:
    image: Image.Image
    # The sheet's outline in the input (top-left, top-right, bottom-right, bottom-left, in
    # input pixels), or None when no outline was found and the geometry is unchanged.
    corners: tuple[tuple[float, float], ...] | None
    lighting_evened: bool = False

    def found_outline(self) -> bool:
        return self.corners is not None


def straighten(image: Image.Image) -> Straightened:
    """Find the sheet in a photo, flatten it to A4 and even out the light.

    Without an outline the geometry is left alone; the light is only evened out when it
    is visibly uneven, so a clean scan comes back unchanged (the same object).
    """
    if min(image.size) < MIN_SIDE:
        return Straightened(image=image, corners=None)
    grey = _grey_array(image)
    corners = find_page_corners(grey)
    if corners is None:
        if not is_uneven(grey):
            return Straightened(image=image, corners=None)  # a clean scan stays as it was
        return Straightened(Image.fromarray(even_lighting(grey)), None, lighting_evened=True)
    flat = _warp_to_a4(grey, corners)
    return Straightened(
        image=Image.fromarray(even_lighting(flat)),
        corners=tuple((float(x), float(y)) for x, y in corners),
        lighting_evened=True,
    )


def _grey_array(image: Image.Image) -> np.ndarray:
    if image.mode == "L":
        return np.asarray(image)
    return cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2GRAY)


def _warp_to_a4(grey: np.ndarray, corners: np.ndarray) -> np.ndarray:
    top_left, top_right, bottom_right, bottom_left = corners
    across = max(_distance(top_left, top_right), _distance(bottom_left, bottom_right))
    down = max(_distance(top_left, bottom_left), _distance(top_right, bottom_right))
    # Perspective shortens one direction, so pick whichever A4 orientation is closer.
    portrait = abs(math.log(down / across) - math.log(A4_ASPECT)) <= abs(
        math.log(down / across) + math.log(A4_ASPECT)
    )
    # Keep the resolution of the longer measured side; never enlarge past the input.
    if portrait:
        height = min(max(down, across * A4_ASPECT), max(grey.shape))
        width = height / A4_ASPECT
    else:
        width = min(max(across, down * A4_ASPECT), max(grey.shape))
        height = width / A4_ASPECT
    width, height = round(width), round(height)
    # Map the outline slightly outside the output, so the blurred sheet edge (and the sliver
    # of desk a corner off by a few pixels brings) does not end up as a dark frame.
    inset = EDGE_TRIM * max(width, height)
    target = np.array(
        [
            [-inset, -inset],
            [width + inset, -inset],
            [width + inset, height + inset],
            [-inset, height + inset],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(
        grey, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def _distance(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.hypot(*(first - second)))
