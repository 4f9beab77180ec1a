"""Fitting a page image to its printed template by the four corner markers.

The QR code's corners give a first estimate (affine: a 24 mm symbol is too small to say
much about perspective), good enough to predict where each 8 mm marker is. Markers are
looked for nearest first, and every one found improves the prediction of the next. Four
markers give a homography, three an affine fit; the QR corners and the markers' sizes
are then independent checks of the fit, reported as an error in mm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from korre_desktop.services.scanning.reading.qr import QrFind
from korre_desktop.services.scanning.reading.template import CORNERS, ReadingTemplate

# Search radius around a marker's predicted centre: first the near one (scans, mild
# photos), then a wide one (perspective on photos, a QR estimate that was off).
SEARCH_MM = (12.0, 32.0, 75.0)
# A marker's measured side may differ this much from the predicted one (toner, blur,
# perspective on photos) and still count; more in the wide searches, where the prediction
# is poor (a photo taken at an angle: markers nearer the camera look bigger).
_SIZE_TOLERANCE = 0.35
_WIDE_SIZE_TOLERANCE = 0.55
_WIDE_FROM_MM = 20.0
# A solid square, also in perspective, fills nearly all of its convex hull.
_MIN_FILL = 0.9
# How much darker than the paper around it a marker must be (share of the paper level).
_MIN_CONTRAST = 0.35


@dataclass(frozen=True)
class MarkerFind:
    centre: tuple[float, float]  # px in the image
    side_px: float  # sqrt of the area: the side of a square of that area
    fill: float  # area / its convex hull (a four-cornered one)
    contrast: float  # 1 - marker grey / paper grey


@dataclass(frozen=True)
class Alignment:
    homography: np.ndarray  # 3 x 3, template mm -> image px
    markers_found: int
    error_mm: float  # RMS of the independent checks (QR corners, marker sizes)
    max_error_mm: float
    px_per_mm: float  # image pixels per template mm at the page's centre
    model: str = "homography"  # or "affine" (three markers)
    markers: dict[str, MarkerFind] = field(default_factory=dict)
    qr_errors_mm: tuple[float, ...] = ()  # per QR corner: found vs where the fit puts it
    size_errors_mm: dict[str, float] = field(default_factory=dict)  # per marker: edge shift

    def to_json(self) -> dict:
        return {
            "model": self.model,
            "markers_found": self.markers_found,
            "error_mm": round(self.error_mm, 4),
            "max_error_mm": round(self.max_error_mm, 4),
            "px_per_mm": round(self.px_per_mm, 4),
            "homography": [[float(v) for v in row] for row in self.homography],
            "markers": {
                name: {
                    "centre": [round(marker.centre[0], 2), round(marker.centre[1], 2)],
                    "side_px": round(marker.side_px, 2),
                    "fill": round(marker.fill, 3),
                    "contrast": round(marker.contrast, 3),
                }
                for name, marker in self.markers.items()
            },
            "qr_errors_mm": [round(value, 4) for value in self.qr_errors_mm],
            "size_errors_mm": {k: round(v, 4) for k, v in self.size_errors_mm.items()},
        }


def align_page(
    gray: np.ndarray,
    template: ReadingTemplate,
    qr: QrFind,
    search_mm: tuple[float, ...] = SEARCH_MM,
    flat: bool = False,
) -> Alignment | None:
    """Fit ``template`` onto ``gray`` from the QR code found there, or None.

    Four markers give a homography, three an affine fit. On a ``flat`` page (a scan, not
    a photo: no perspective) fewer will do, as a page fed skewed into a copier loses
    corners off the glass: two markers spanning the page with the QR code fix an affine
    fit, one far from the QR code a similarity (turn, scale, shift).
    """
    qr_mm = np.array(template.qr_corners, dtype=np.float64)
    qr_px = np.asarray(qr.corners, dtype=np.float64)
    model = _fit_affine(qr_mm, qr_px)
    centres_mm = {name: rect.centre for name, rect in template.markers.items()}
    qr_centre = qr_mm.mean(axis=0)
    order = sorted(CORNERS, key=lambda name: math.dist(centres_mm[name], qr_centre))
    found: dict[str, MarkerFind] = {}
    for name in order:
        side_mm = template.markers[name].w
        for radius in search_mm:
            marker = _find_marker(gray, model, centres_mm[name], side_mm, radius)
            if marker is not None:
                found[name] = marker
                break
        if name in found:
            # Refit on everything found so far: the next prediction is better.
            src = np.vstack([qr_mm, [centres_mm[n] for n in found]])
            dst = np.vstack([qr_px, [found[n].centre for n in found]])
            model = _fit_affine(src, dst)
    if len(found) < (1 if flat else 3):
        return None
    names = [name for name in CORNERS if name in found]
    src = np.array([centres_mm[n] for n in names], dtype=np.float64)
    dst = np.array([found[n].centre for n in names], dtype=np.float64)
    if len(found) < 3:
        fitted = _fit_with_qr(qr_mm, qr_px, src, dst, template)
        if fitted is None:
            return None
        homography, kind = fitted
    elif len(found) == 4:
        homography = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
        kind = "homography"
    else:
        affine = cv2.getAffineTransform(src.astype(np.float32), dst.astype(np.float32))
        homography = np.vstack([affine, [0.0, 0.0, 1.0]])
        kind = "affine"
    homography = homography.astype(np.float64)
    if not np.all(np.isfinite(homography)) or abs(np.linalg.det(homography[:2, :2])) < 1e-9:
        return None

    # Independent checks: the QR corners (not used in the fit) and the markers' sizes.
    predicted = _apply(homography, qr_mm)
    qr_errors = [
        float(np.linalg.norm(p - q)) / _scale_at(homography, m)
        for p, q, m in zip(predicted, qr_px, qr_mm, strict=True)
    ]
    # A marker's edges lie (measured side - printed side) / 2 from where they should.
    size_errors = {}
    for name in names:
        side_mm = found[name].side_px / _scale_at(homography, centres_mm[name])
        size_errors[name] = (side_mm - template.markers[name].w) / 2
    checks = np.array(qr_errors + list(size_errors.values()), dtype=np.float64)
    centre = (template.page_w / 2, template.page_h / 2)
    return Alignment(
        homography=homography,
        markers_found=len(found),
        error_mm=float(np.sqrt(np.mean(checks**2))),
        max_error_mm=float(np.max(np.abs(checks))),
        px_per_mm=_scale_at(homography, centre),
        model=kind,
        markers=found,
        qr_errors_mm=tuple(qr_errors),
        size_errors_mm=size_errors,
    )


def _fit_with_qr(
    qr_mm: np.ndarray,
    qr_px: np.ndarray,
    markers_mm: np.ndarray,
    markers_px: np.ndarray,
    template: ReadingTemplate,
) -> tuple[np.ndarray, str] | None:
    """A flat page's fit from the QR corners and one or two markers (least squares), when
    they lie far enough apart to fix it; the QR corners' residuals then show the fit."""
    src, dst = np.vstack([qr_mm, markers_mm]), np.vstack([qr_px, markers_px])
    hull = cv2.convexHull(src.astype(np.float32))
    if len(markers_mm) == 2 and cv2.contourArea(hull) >= 0.25 * template.page_w * template.page_h:
        return np.vstack([_fit_affine(src, dst), [0.0, 0.0, 1.0]]), "affine_qr"
    far = max(math.dist(point, qr_mm.mean(axis=0)) for point in markers_mm)
    if far < 0.5 * template.page_h:
        return None  # too near the QR code to fix the turn and scale
    similarity, _ = cv2.estimateAffinePartial2D(
        src.astype(np.float32), dst.astype(np.float32), method=cv2.LMEDS
    )
    if similarity is None:
        return None
    return np.vstack([similarity.astype(np.float64), [0.0, 0.0, 1.0]]), "similarity_qr"


def _fit_affine(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """Least-squares affine (2 x 3) taking ``src`` points to ``dst``."""
    design = np.hstack([src, np.ones((len(src), 1))])
    solution, *_ = np.linalg.lstsq(design, dst, rcond=None)
    return solution.T


def _apply(transform: np.ndarray, points: np.ndarray) -> np.ndarray:
    points = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
    if transform.shape == (2, 3):
        return cv2.transform(points, transform).reshape(-1, 2)
    return cv2.perspectiveTransform(points, transform).reshape(-1, 2)


def _scale_at(transform: np.ndarray, point_mm) -> float:
    """Pixels per mm at a template point: the root of the local area scale."""
    x, y = point_mm
    points = np.array([[x, y], [x + 1.0, y], [x, y + 1.0]], dtype=np.float64)
    origin, right, down = _apply(transform, points)
    (ax, ay), (bx, by) = right - origin, down - origin
    return math.sqrt(abs(ax * by - ay * bx))


def _find_marker(
    gray: np.ndarray, model: np.ndarray, centre_mm, side_mm: float, radius_mm: float
) -> MarkerFind | None:
    """The solid dark square of about ``side_mm`` nearest to where ``model`` puts it."""
    ((cx, cy),) = _apply(model, np.array([centre_mm]))
    scale = _scale_at(model, centre_mm)
    radius = (radius_mm + 0.75 * side_mm) * scale  # a turned marker reaches 0.71 side out
    height, width = gray.shape
    left, top = max(0, int(cx - radius)), max(0, int(cy - radius))
    right, bottom = min(width, int(cx + radius) + 1), min(height, int(cy + radius) + 1)
    side = side_mm * scale
    if right - left < side or bottom - top < side:
        return None  # the prediction lies off the image
    window = gray[top:bottom, left:right]
    # A slight blur first: JPEG noise and toner specks would punch holes in the square.
    smooth = cv2.GaussianBlur(window, (0, 0), max(0.6, 0.08 * scale))
    _, binary = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(binary, connectivity=8)
    tolerance = _WIDE_SIZE_TOLERANCE if radius_mm > _WIDE_FROM_MM else _SIZE_TOLERANCE
    low, high = (1 - tolerance) * side, (1 + tolerance) * side
    best: MarkerFind | None = None
    best_distance = math.inf
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if not (low * low <= area <= high * high):
            continue
        if max(w, h) > 1.5 * high or min(w, h) < low:
            continue  # a square turned 45 degrees is at most 1.41 sides wide
        if x == 0 or y == 0 or x + w == window.shape[1] or y + h == window.shape[0]:
            continue  # cut by the window: part of something bigger (a desk, a shadow)
        component = (labels[y : y + h, x : x + w] == label).astype(np.uint8)
        contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        if not contours:
            continue
        fill = _quadrilateral_fill(max(contours, key=cv2.contourArea), area)
        if fill < _MIN_FILL:
            continue
        contrast = _contrast(window, x, y, w, h, component)
        if contrast < _MIN_CONTRAST:
            continue
        mx, my = centroids[label]
        centre = (float(mx) + left, float(my) + top)
        distance = math.dist(centre, (cx, cy))
        if distance < best_distance:
            best_distance = distance
            best = MarkerFind(centre, math.sqrt(area), float(fill), contrast)
    return best


def _quadrilateral_fill(contour: np.ndarray, area: int) -> float:
    """How solidly ``contour`` fills its convex hull, 0 unless that hull has four corners
    and is not long and thin. A square seen in perspective is a solid quadrilateral of
    any skew; a hollow box, a letter or a blot is not."""
    hull = cv2.convexHull(contour)
    hull_area = cv2.contourArea(hull)
    if hull_area <= 0:
        return 0.0
    corners = cv2.approxPolyDP(hull, 0.04 * cv2.arcLength(hull, True), True)
    _, (rect_w, rect_h), _ = cv2.minAreaRect(hull)
    if len(corners) != 4 or min(rect_w, rect_h) < 0.6 * max(rect_w, rect_h):
        return 0.0
    return min(1.0, area / hull_area)


def _contrast(window: np.ndarray, x: int, y: int, w: int, h: int, mask: np.ndarray) -> float:
    """1 - (the marker's median grey / the paper's around it)."""
    inside = window[y : y + h, x : x + w][mask.astype(bool)]
    pad = max(2, w // 3)
    ring = window[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad]
    paper = float(np.percentile(ring, 90))
    if paper <= 0:
        return 0.0
    return 1.0 - float(np.median(inside)) / paper
