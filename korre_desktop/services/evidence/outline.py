"""Finding the outline of a sheet of paper in a photo.

Works on a small greyscale copy with the ink closed away, so only the paper remains as a
bright shape. Candidate quadrilaterals come from edges, from thresholded bright regions and
from a minimum-area rectangle; each is refitted to straight sides and scored by whether the
inside of every side is brighter than its outside. The best one wins, if it is good enough.
"""

from __future__ import annotations

import cv2
import numpy as np

# Long side of the working copy: enough for corners within ~0.3 % of the image size.
WORK_SIDE = 720
# The sheet must cover at least this share of the photo, and less than the maximum
# (a quad that is the whole frame is the frame, not a sheet on a desk).
MIN_AREA_SHARE = 0.12
MAX_AREA_SHARE = 0.97
# Every side must show paper inside and desk outside at this share of its samples.
MIN_SIDE_SUPPORT = 0.6
# Grey levels the inside of a side must be brighter than its outside.
MIN_CONTRAST = 8.0
# Outlines at least this share of the largest one's area are taken as the same sheet.
SAME_SHEET_SHARE = 0.85

Quad = np.ndarray  # shape (4, 2), float64, clockwise from top-left


def find_page_corners(grey: np.ndarray) -> Quad | None:
    """Corners (top-left, top-right, bottom-right, bottom-left) of the sheet, or None."""
    height, width = grey.shape[:2]
    scale = min(1.0, WORK_SIDE / max(height, width))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    paper = _without_ink(small)
    passing: list[tuple[float, float, float, Quad]] = []
    for candidate in _candidates(paper):
        quad = _refit_sides(candidate, paper)
        if quad is None or not _plausible(quad, paper.shape):
            continue
        support, contrast = _side_support(quad, paper)
        if support >= MIN_SIDE_SUPPORT:
            area = abs(cv2.contourArea(quad.astype(np.float32)))
            passing.append((area, support, contrast, quad))
    if not passing:
        return None
    # The largest sheet wins (a note beside the form is not the form); among outlines of
    # about that size, which are the same sheet found twice, the best fitting one.
    largest = max(area for area, *_ in passing)
    same_sheet = [entry for entry in passing if entry[0] >= SAME_SHEET_SHARE * largest]
    best = max(same_sheet, key=lambda entry: (round(entry[1], 2), entry[2]))
    # Pixel centres: x in the small copy covers (x + 0.5) / scale - 0.5 in the input.
    return (best[3] + 0.5) / scale - 0.5


def order_corners(points: np.ndarray) -> Quad:
    """Clockwise (in image coordinates) starting with the corner whose top side is
    the most horizontal, so a page photographed at an angle keeps its upright side."""
    points = np.asarray(points, dtype=np.float64).reshape(4, 2)
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    clockwise = points[np.argsort(angles)]  # y points down, so ascending angle is clockwise
    best_start, best_angle = 0, np.inf
    for start in range(4):
        edge = clockwise[(start + 1) % 4] - clockwise[start]
        angle = abs(np.arctan2(edge[1], edge[0]))
        if angle < best_angle:
            best_start, best_angle = start, angle
    return np.roll(clockwise, -best_start, axis=0)


def _without_ink(small: np.ndarray) -> np.ndarray:
    # Closing removes dark strokes thinner than the kernel: text, grid lines, signatures
    # and desk grain, leaving the paper as one bright shape with its own outline intact.
    size = max(5, round(max(small.shape) / 60)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    return cv2.GaussianBlur(closed, (5, 5), 0)


def _candidates(paper: np.ndarray) -> list[np.ndarray]:
    """Point sets (contours) that may trace the sheet."""
    found: list[np.ndarray] = []
    min_area = MIN_AREA_SHARE * paper.shape[0] * paper.shape[1]
    for mask in _bright_masks(paper):
        contour = _largest_contour(mask, min_area)
        if contour is not None:
            found.append(contour)
            box = cv2.boxPoints(cv2.minAreaRect(contour))
            found.append(box.reshape(-1, 1, 2).astype(np.float32))
    for low, high in ((20, 60), (40, 120)):
        edges = cv2.Canny(paper, low, high)
        edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
        contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
        found.extend(c for c in contours if cv2.contourArea(cv2.convexHull(c)) >= min_area)
    return found


def _bright_masks(paper: np.ndarray) -> list[np.ndarray]:
    otsu, mask = cv2.threshold(paper, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    masks = [mask]
    # Uneven light: also threshold against the local surroundings, which keeps a shadowed
    # part of the sheet that a single global threshold loses.
    size = max(31, round(max(paper.shape) / 6)) | 1
    local = cv2.adaptiveThreshold(
        paper, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, size, -4
    )
    masks.append(cv2.bitwise_and(local, cv2.threshold(paper, otsu * 0.5, 255, 0)[1]))
    opened = []
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    for each in masks:
        # Opening cuts thin bridges between the sheet and bright things beside it.
        opened.append(cv2.morphologyEx(each, cv2.MORPH_OPEN, kernel))
    return opened


def _largest_contour(mask: np.ndarray, min_area: float) -> np.ndarray | None:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    return largest if cv2.contourArea(largest) >= min_area else None


def _refit_sides(contour: np.ndarray, paper: np.ndarray) -> Quad | None:
    """Four corners from a contour: a rough 4-gon, then each side refitted as a line
    through the contour points near it, so a corner lost in shadow is rebuilt from the
    straight parts of its two sides."""
    hull = cv2.convexHull(contour.astype(np.float32))
    perimeter = cv2.arcLength(hull, True)
    rough = None
    for share in (0.02, 0.03, 0.05, 0.08, 0.12):
        approx = cv2.approxPolyDP(hull, share * perimeter, True)
        if len(approx) == 4:
            rough = approx.reshape(4, 2).astype(np.float64)
            break
        if len(approx) < 4:
            break
    if rough is None:
        return None
    quad = order_corners(rough)
    points = contour.reshape(-1, 2).astype(np.float64)
    band = 0.02 * max(paper.shape)
    for _ in range(2):
        lines = []
        for index in range(4):
            start, end = quad[index], quad[(index + 1) % 4]
            near = _points_near_side(points, start, end, band)
            if len(near) < 8:
                lines.append(_line_through(start, end))
                continue
            vx, vy, x0, y0 = cv2.fitLine(near.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01)
            lines.append((np.array([x0[0], y0[0]]), np.array([vx[0], vy[0]])))
        corners = [_intersect(lines[(i - 1) % 4], lines[i]) for i in range(4)]
        if any(c is None for c in corners):
            return None
        quad = order_corners(np.array(corners))
    return quad


def _points_near_side(
    points: np.ndarray, start: np.ndarray, end: np.ndarray, band: float
) -> np.ndarray:
    direction = end - start
    length = float(np.hypot(*direction))
    if length < 1:
        return points[:0]
    unit = direction / length
    relative = points - start
    along = relative @ unit
    across = np.abs(relative @ np.array([-unit[1], unit[0]]))
    # Leave out the ends: near a corner the points belong to both sides (or to neither).
    keep = (across < band) & (along > 0.1 * length) & (along < 0.9 * length)
    return points[keep]


def _line_through(start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    direction = end - start
    return start, direction / max(float(np.hypot(*direction)), 1e-9)


def _intersect(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]
) -> np.ndarray | None:
    (p, r), (q, s) = first, second
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None  # parallel sides
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
    return p + t * r


def _plausible(quad: Quad, shape: tuple[int, ...]) -> bool:
    height, width = shape[:2]
    area = abs(cv2.contourArea(quad.astype(np.float32)))
    if not MIN_AREA_SHARE * width * height <= area <= MAX_AREA_SHARE * width * height:
        return False
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    margin = 0.03 * max(width, height)  # a corner may be a little outside the frame
    if np.any(quad < -margin) or np.any(quad[:, 0] > width + margin):
        return False
    if np.any(quad[:, 1] > height + margin):
        return False
    for index in range(4):
        before = quad[index - 1] - quad[index]
        after = quad[(index + 1) % 4] - quad[index]
        cosine = before @ after / max(np.hypot(*before) * np.hypot(*after), 1e-9)
        if abs(cosine) > 0.6:  # corner angle outside ~53-127 degrees: not a photographed sheet
            return False
    return True


def _side_support(quad: Quad, paper: np.ndarray) -> tuple[float, float]:
    """(worst side's share of samples with paper inside, mean contrast over all samples)."""
    height, width = paper.shape[:2]
    offset = max(3.0, 0.008 * max(height, width))
    centre = quad.mean(axis=0)
    supports, contrasts = [], []
    steps = np.linspace(0.06, 0.94, 48)
    for index in range(4):
        start, end = quad[index], quad[(index + 1) % 4]
        direction = (end - start) / max(float(np.hypot(*(end - start))), 1e-9)
        normal = np.array([direction[1], -direction[0]])
        if normal @ (centre - start) > 0:
            normal = -normal  # make it point out of the quad
        on_side = start + np.outer(steps, end - start)
        inside = _sample(paper, on_side - offset * normal)
        outside = _sample(paper, on_side + offset * normal)
        valid = ~np.isnan(inside) & ~np.isnan(outside)
        difference = np.where(valid, inside - outside, -np.inf)
        supports.append(float(np.mean(difference > MIN_CONTRAST)))
        contrasts.append(float(np.mean(np.where(valid, inside - outside, 0.0))))
    return min(supports), float(np.mean(contrasts))


def _sample(image: np.ndarray, points: np.ndarray) -> np.ndarray:
    height, width = image.shape[:2]
    xs = np.rint(points[:, 0]).astype(int)
    ys = np.rint(points[:, 1]).astype(int)
    inside = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
    values = np.full(len(points), np.nan)
    values[inside] = image[ys[inside], xs[inside]]
    return values
