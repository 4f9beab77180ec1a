"""Scores of new ink in the tick boxes and the signature box of a straightened page.

The page is warped into template space (``CANONICAL_PX_PER_MM`` pixels per template mm)
and its paper evened out. Each box's printed outline is then matched locally (the fit
of the whole page is good to a fraction of a mm, a box's outline pins it down exactly),
and only the interior inside the printed line, less a margin, is measured against the
paper level just outside the box. A tick crossing the line counts only inside it.
Nothing here decides yes or no: every number is returned for the caller to weigh.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import cv2
import numpy as np

from korre_desktop.services.pdf.form_layout import Rect
from korre_desktop.services.scanning.reading.align import Alignment
from korre_desktop.services.scanning.reading.template import ReadingTemplate

# ~152 dpi: what a 300 dpi copier page gives when libjpeg decodes it at half size, so the
# warp neither throws detail away nor invents pixels (8 px/mm cost 80 % more time).
# Handwriting stays legible in the review queue; a tick box is 36 px wide.
CANONICAL_PX_PER_MM: float = 6.0
# A pixel this much darker than the paper (share of the paper's grey) is ink. A blurred
# or washed-out photo shows its printed 0.4 mm box lines at half the darkness a copier
# gives, and pen strokes alike: the threshold follows the page's own line contrast
# (INK_SHARE_OF_LINE of it), between these bounds. "Faint" also counts light pencil.
INK_CONTRAST = 0.30
MIN_INK_CONTRAST = 0.15
INK_SHARE_OF_LINE = 0.4
FAINT_CONTRAST = 0.12
OUTLINE_SEARCH_MM = 1.5  # the printed outline is looked for this far around its place
BAND_MM = 1.0  # paper band just outside a box, for its outline match and paper level
MIN_MARGIN_MM = 0.5  # kept clear inside the printed line: its blur and a tick's overlap
MAX_EXTRA_MARGIN_MM = 0.7
SIGNATURE_MARGIN_MM = 1.0
SIGNATURE_CROP_MM = 3.0
# Shifts farther from the expected place must match this much better (per mm) to win, so
# a blank, smudged or filled box keeps its expected place.
_SHIFT_PENALTY = 0.01
# Paper evening: shadows change over centimetres; ink, markers and filled boxes are
# narrower than this closing, so they do not count as "paper".
_PAPER_CLOSE_MM = 21
_PAPER_BLUR_MM = 5
# Paper brightness varying less than this share over the page counts as evenly lit.
_EVEN_SHARE = 0.04
# A page whose brightest tenth is darker than this shows no paper at all.
_NO_PAPER = 48


@dataclass(frozen=True)
class BoxScore:
    ink: float  # share (0..1) of the interior darker than the paper by ``ink_contrast``
    darkness: float  # mean darkness of the interior relative to paper: 0 white .. 1 black
    shift_mm: tuple[float, float]  # where the printed outline was found, from its place
    outline: float  # the outline's contrast against the paper just outside (0..1)
    faint: float = 0.0  # share darker than the paper by FAINT_CONTRAST (light pencil too)
    paper: float = 255.0  # paper grey just outside the box, 0..255
    margin_mm: float = MIN_MARGIN_MM  # kept clear inside the printed line
    ink_contrast: float = INK_CONTRAST  # the threshold used for ``ink`` on this page

    def to_json(self) -> dict:
        return {
            "ink": round(self.ink, 4),
            "darkness": round(self.darkness, 4),
            "faint": round(self.faint, 4),
            "shift_mm": [round(self.shift_mm[0], 3), round(self.shift_mm[1], 3)],
            "outline": round(self.outline, 4),
            "paper": round(self.paper, 1),
            "margin_mm": round(self.margin_mm, 3),
            "ink_contrast": round(self.ink_contrast, 3),
        }


def to_template_space(
    gray: np.ndarray,
    alignment: Alignment,
    template: ReadingTemplate,
    px_per_mm: float = CANONICAL_PX_PER_MM,
) -> np.ndarray:
    """The page warped into template space, paper evened to ~255, white outside the image."""
    s = px_per_mm
    size = (round(template.page_w * s), round(template.page_h * s))
    # Output pixel centre (i, j) is template point ((i + 0.5) / s, (j + 0.5) / s).
    to_mm = np.array([[1 / s, 0, 0.5 / s], [0, 1 / s, 0.5 / s], [0, 0, 1]], dtype=np.float64)
    transform = alignment.homography @ to_mm
    source = gray
    if alignment.px_per_mm > 1.6 * s:
        # Much finer than needed (a phone photo): area-average first, since a warp only
        # samples and would alias the strokes.
        factor = 1.25 * s / alignment.px_per_mm
        source = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        fx, fy = source.shape[1] / gray.shape[1], source.shape[0] / gray.shape[0]
        shrink = np.array([[fx, 0, 0.5 * fx - 0.5], [0, fy, 0.5 * fy - 0.5], [0, 0, 1]])
        transform = shrink @ transform
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    affine = _affine_if_flat(transform, size)
    if affine is not None:
        # A flat scan: the same picture for less work than a perspective warp.
        warped = cv2.warpAffine(
            source, affine, size, flags=flags, borderMode=cv2.BORDER_CONSTANT, borderValue=255
        )
    else:
        warped = cv2.warpPerspective(
            source, transform, size, flags=flags, borderMode=cv2.BORDER_CONSTANT, borderValue=255
        )
    return even_paper(warped, s)


def _affine_if_flat(transform: np.ndarray, size: tuple[int, int]) -> np.ndarray | None:
    """The affine map closest to ``transform`` over the page, if it is everywhere within
    0.2 source pixels (a scan: its "perspective" is the markers' measuring noise)."""
    width, height = size
    xs, ys = np.meshgrid([0.0, width / 2, width], [0.0, height / 2, height])
    grid = np.stack([xs.ravel(), ys.ravel()], axis=1)
    exact = cv2.perspectiveTransform(grid.reshape(-1, 1, 2), transform).reshape(-1, 2)
    design = np.hstack([grid, np.ones((len(grid), 1))])
    solution, *_ = np.linalg.lstsq(design, exact, rcond=None)
    affine = solution.T
    if float(np.abs(design @ solution - exact).max()) >= 0.2:
        return None
    return affine


def even_paper(page: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Divide by the paper's brightness (estimated at ~1 px per mm), so paper is ~255.

    Evenly lit paper (scans) gets one gain for the whole page, through a lookup table:
    a quarter of the cost of dividing pixel by pixel, which only photos need.
    """
    height, width = page.shape
    # At a whole number of pixels per mm the sizes divide exactly: INTER_AREA's fast path.
    small_size = (max(8, round(width / px_per_mm)), max(8, round(height / px_per_mm)))
    small = cv2.resize(page, small_size, interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (_PAPER_CLOSE_MM, _PAPER_CLOSE_MM))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel, borderType=cv2.BORDER_REPLICATE)
    paper = cv2.blur(paper, (_PAPER_BLUR_MM, _PAPER_BLUR_MM))
    low, high = np.percentile(paper, (2, 98))
    if high > 0 and (high - low) / high < _EVEN_SHARE:
        gain = 255.0 / max(16.0, float(np.median(paper)))
        lut = np.clip(np.arange(256) * gain + 0.5, 0, 255).astype(np.uint8)
        return cv2.LUT(page, lut)
    paper = np.maximum(paper, 16)  # a black frame edge must not blow up to white noise
    background = cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(page, background, scale=255)


def measure_boxes(
    page_mm: np.ndarray,
    template: ReadingTemplate,
    px_per_mm: float = CANONICAL_PX_PER_MM,
    error_mm: float = 0.0,
) -> dict[str, dict[str, BoxScore]]:
    """Item code -> "yes"/"no" -> score; ``error_mm`` of the alignment widens the margin."""
    margin = MIN_MARGIN_MM + min(MAX_EXTRA_MARGIN_MM, max(0.0, error_mm))
    outlines = {
        (code, answer): _match_outline(page_mm, rect, template.box_stroke, px_per_mm)
        for code, boxes in template.items.items()
        for answer, rect in boxes.items()
    }
    found = [outline.contrast for outline in outlines.values() if outline is not None]
    # The median box line: robust against a few filled, smudged or missing boxes.
    threshold = ink_contrast(float(np.median(found)) if found else 1.0)
    return {
        code: {
            answer: _score_box(
                page_mm,
                rect,
                outlines[code, answer],
                template.box_stroke,
                px_per_mm,
                margin,
                threshold,
            )
            for answer, rect in boxes.items()
        }
        for code, boxes in template.items.items()
    }


def ink_contrast(line_contrast: float) -> float:
    """The ink threshold for a page whose printed box lines show ``line_contrast``."""
    return float(np.clip(INK_SHARE_OF_LINE * line_contrast, MIN_INK_CONTRAST, INK_CONTRAST))


def measure_signature(
    page_mm: np.ndarray,
    template: ReadingTemplate,
    px_per_mm: float = CANONICAL_PX_PER_MM,
    error_mm: float = 0.0,
) -> tuple[float, np.ndarray]:
    """Share of new ink inside the signature box, and the box (plus 3 mm) as a grey crop."""
    rect = template.signature
    if rect is None:
        raise ValueError("the template has no signature box")
    s = px_per_mm
    height, width = page_mm.shape
    outline = _match_outline(page_mm, rect, template.box_stroke, s)
    if outline is not None:  # where the printed box really is, and how dark its line
        rect = Rect(rect.x + outline.shift_x / s, rect.y + outline.shift_y / s, rect.w, rect.h)
    threshold = ink_contrast(outline.contrast if outline is not None else 1.0)
    inset = template.box_stroke + SIGNATURE_MARGIN_MM + min(1.0, max(0.0, error_mm))
    top, bottom, left, right = _span(rect, s, inset, height, width)
    interior = page_mm[top:bottom, left:right]
    keep = np.ones(interior.shape, dtype=bool)
    # Anything printed in the box on the blank form (a name, a hint) is not new ink.
    for printed in template.printed:
        p_top, p_bottom, p_left, p_right = _span(printed, s, -0.5, height, width)
        rows = slice(max(p_top, top) - top, max(0, min(p_bottom, bottom) - top))
        cols = slice(max(p_left, left) - left, max(0, min(p_right, right) - left))
        keep[rows, cols] = False
    paper = outline.paper if outline is not None else _paper_level(page_mm, rect, s)
    values = interior[keep]
    ink = float(np.count_nonzero(values < paper * (1 - threshold))) / max(1, values.size)
    c_top, c_bottom, c_left, c_right = _span(rect, s, -SIGNATURE_CROP_MM, height, width)
    crop = np.array(page_mm[c_top:c_bottom, c_left:c_right], copy=True)
    return ink, crop


def page_ink(gray: np.ndarray, photo: bool = False) -> float:
    """Share of clearly dark pixels on a page (its outer 4 % left out: scanner edges).

    A blank duplex back scores ~0 (show-through is light grey); a printed form, with its
    markers and QR code alone, about 1 %. On a ``photo`` only the sheet counts (the
    biggest bright area), not the desk around it.
    """
    height, width = gray.shape[:2]
    step = max(1, round(max(height, width) / 1400))  # ~120 dpi is plenty for a share
    edge_y, edge_x = int(height * 0.04), int(width * 0.04)
    sample = gray[edge_y : height - edge_y : step, edge_x : width - edge_x : step]
    if sample.size == 0:
        return 0.0
    sheet = _sheet_mask(sample) if photo else None
    paper_pixels = sample[::4, ::4] if sheet is None else sample[sheet]
    paper = float(np.percentile(paper_pixels, 90)) if paper_pixels.size else 0.0
    if paper < _NO_PAPER:
        return 1.0  # dark all over (a closed lid, a black frame): no paper to see
    limit = math.ceil(0.6 * paper) - 1  # dark: below 60 % of the paper's grey
    if sheet is not None:
        return float(np.count_nonzero(sample[sheet] <= limit)) / max(1, int(sheet.sum()))
    if step > 1:
        return float(np.count_nonzero(sample <= limit)) / sample.size
    # cv2 reads the strided view directly: ~0.2 ms on a 150 dpi page.
    _, dark = cv2.threshold(sample, limit, 255, cv2.THRESH_BINARY_INV)
    return cv2.countNonZero(dark) / sample.size


def _sheet_mask(sample: np.ndarray) -> np.ndarray | None:
    """The sheet on a photo: the biggest bright area (filled, its edge left out)."""
    height, width = sample.shape
    scale = min(1.0, 300 / max(height, width))
    small = cv2.resize(sample, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), 2.0)
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=8)
    if count < 2:
        return None
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    if stats[biggest, cv2.CC_STAT_AREA] < 0.1 * small.size:
        return None
    contours, _ = cv2.findContours(
        (labels == biggest).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    mask = np.zeros(small.shape, np.uint8)
    cv2.drawContours(mask, [cv2.convexHull(max(contours, key=cv2.contourArea))], -1, 255, -1)
    mask = cv2.erode(mask, np.ones((5, 5), np.uint8))  # the sheet's edge and its shadow
    return cv2.resize(mask, (width, height), interpolation=cv2.INTER_NEAREST) > 0


# -- boxes ----------------------------------------------------------------------------------


def _span(rect: Rect, s: float, inset_mm: float, height: int, width: int) -> tuple[int, ...]:
    """Pixel rows top:bottom and columns left:right of ``rect`` shrunk by ``inset_mm``."""
    top = max(0, round((rect.y + inset_mm) * s))
    bottom = min(height, round((rect.bottom - inset_mm) * s))
    left = max(0, round((rect.x + inset_mm) * s))
    right = min(width, round((rect.right - inset_mm) * s))
    return top, max(top, bottom), left, max(left, right)


def _paper_level(page_mm: np.ndarray, rect: Rect, s: float) -> float:
    """Median grey of a band just outside ``rect``: the paper there."""
    height, width = page_mm.shape
    g_top, g_bottom, g_left, g_right = _span(rect, s, -(BAND_MM + 0.3), height, width)
    o_top, o_bottom, o_left, o_right = _span(rect, s, -0.3, height, width)
    region = page_mm[g_top:g_bottom, g_left:g_right]
    mask = np.ones(region.shape, dtype=bool)
    mask[o_top - g_top : o_bottom - g_top, o_left - g_left : o_right - g_left] = False
    values = region[mask]
    return float(np.median(values)) if values.size else 255.0


@functools.lru_cache(maxsize=8)
def _penalty(reach: int, s: float) -> np.ndarray:
    """Per shift (rows, columns from -reach): how much better a farther match must be."""
    offsets = np.arange(-reach, reach + 1)
    penalty = _SHIFT_PENALTY * np.hypot(offsets[:, None], offsets[None, :]) / s
    penalty.setflags(write=False)  # shared between threads: read only
    return penalty


@dataclass(frozen=True)
class _Outline:
    shift_x: int  # px from the expected place
    shift_y: int
    contrast: float  # (line darkness - band darkness) / 255
    paper: float  # median grey of the band just outside the found line


def _match_outline(page_mm: np.ndarray, rect: Rect, stroke_mm: float, s: float) -> _Outline | None:
    """Where the printed outline of ``rect`` is, within OUTLINE_SEARCH_MM; None too close
    to the page's edge to look."""
    height, width = page_mm.shape
    box_h, box_w = round(rect.h * s), round(rect.w * s)
    stroke = max(1, round(stroke_mm * s))
    band = max(2, round(BAND_MM * s))
    reach = max(1, round(OUTLINE_SEARCH_MM * s))
    pad = reach + band
    top, left = round(rect.y * s), round(rect.x * s)
    if top - pad < 0 or left - pad < 0 or top + box_h + pad > height or left + box_w + pad > width:
        return None
    roi = page_mm[top - pad : top + box_h + pad, left - pad : left + box_w + pad]
    darkness = cv2.integral(255 - roi, sdepth=cv2.CV_32S)

    # Every shift within the reach at once: sums over the outline, its inside and a
    # band outside, from the integral image (each corner term is one 2-D slice).
    span = 2 * reach + 1

    def total(inset: int) -> np.ndarray:
        top_rows = slice(pad - reach + inset, pad - reach + inset + span)
        bottom_rows = slice(pad - reach + box_h - inset, pad - reach + box_h - inset + span)
        left_cols = slice(pad - reach + inset, pad - reach + inset + span)
        right_cols = slice(pad - reach + box_w - inset, pad - reach + box_w - inset + span)
        return (
            darkness[bottom_rows, right_cols]
            - darkness[top_rows, right_cols]
            - darkness[bottom_rows, left_cols]
            + darkness[top_rows, left_cols]
        ).astype(np.float64)

    def area(inset: int) -> int:
        return (box_h - 2 * inset) * (box_w - 2 * inset)

    outer, inner, grown = total(0), total(stroke), total(-band)
    ring = (outer - inner) / (area(0) - area(stroke))
    outside = (grown - outer) / (area(-band) - area(0))
    contrast = (ring - outside) / 255.0
    best = np.unravel_index(int(np.argmax(contrast - _penalty(reach, s))), contrast.shape)
    shift_y, shift_x = int(best[0]) - reach, int(best[1]) - reach

    # Paper: the band just outside the found outline.
    by, bx = pad + shift_y, pad + shift_x
    grown_region = roi[by - band : by + box_h + band, bx - band : bx + box_w + band]
    mask = np.ones(grown_region.shape, dtype=bool)
    mask[band : band + box_h, band : band + box_w] = False
    paper = max(1.0, float(np.median(grown_region[mask])))
    return _Outline(shift_x, shift_y, float(contrast[best]), paper)


def _score_box(
    page_mm: np.ndarray,
    rect: Rect,
    outline: _Outline | None,
    stroke_mm: float,
    s: float,
    margin_mm: float,
    threshold: float,
) -> BoxScore:
    if outline is None:
        return BoxScore(0.0, 0.0, (0.0, 0.0), 0.0, 0.0, 255.0, margin_mm, threshold)
    # Inside the found line, less the margin.
    top = round(rect.y * s) + outline.shift_y
    left = round(rect.x * s) + outline.shift_x
    inset = max(1, round(stroke_mm * s)) + max(1, round(margin_mm * s))
    box_h, box_w = round(rect.h * s), round(rect.w * s)
    interior = page_mm[top + inset : top + box_h - inset, left + inset : left + box_w - inset]
    values = interior.astype(np.float32)
    count = max(1, values.size)
    paper = outline.paper
    return BoxScore(
        ink=float(np.count_nonzero(values < paper * (1 - threshold))) / count,
        darkness=float(np.clip(1.0 - values / paper, 0.0, 1.0).mean()) if values.size else 0.0,
        shift_mm=(outline.shift_x / s, outline.shift_y / s),
        outline=outline.contrast,
        faint=float(np.count_nonzero(values < paper * (1 - FAINT_CONTRAST))) / count,
        paper=paper,
        margin_mm=margin_mm,
        ink_contrast=threshold,
    )
