"""What a copier, a flatbed scanner or a phone camera does to a filled-in page.

Every function takes the clean page (greyscale, white 255) at a known dpi and a seeded
``random.Random``, and returns a ``Capture``: the image as the device delivers it, and
where the paper ended up (its corners in output pixels), for the ground truth.
Everything is done with OpenCV on uint8 images (lookup tables instead of float maths):
a 300 dpi page is 8.7 million pixels and a phone photo 12 million, hundreds of times.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from statistics import NormalDist

import cv2
import numpy as np

PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
PHOTO_LONG, PHOTO_SHORT = 4000, 3000
Corners = tuple[tuple[float, float], ...]  # paper top-left, top-right, bottom-right, bottom-left


@dataclass(frozen=True)
class Capture:
    image: np.ndarray  # uint8: greyscale (H, W) or BGR (H, W, 3)
    jpeg_quality: int | None  # the quality to save it with; None: lossless
    upside_down: bool
    rotation: float  # degrees counter-clockwise as seen, without the 180 of upside_down
    corners: Corners
    dpi: float  # pixels per inch of the paper in the image (mean, for a photo)


def a4_pixels(dpi: float) -> tuple[int, int]:
    """(width, height) of an A4 page at ``dpi``."""
    return round(PAGE_W_MM * dpi / 25.4), round(PAGE_H_MM * dpi / 25.4)


def _numpy_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.getrandbits(64))


def _tone_table(paper: float, toner: float, gamma: float = 1.0) -> np.ndarray:
    """A lookup table from rendered grey (0 black, 255 white) to the device's grey."""
    x = np.linspace(0.0, 1.0, 256) ** gamma
    return np.clip(toner + (paper - toner) * x + 0.5, 0, 255).astype(np.uint8)


def add_noise(image: np.ndarray, sigma: float, gen: np.random.Generator) -> np.ndarray:
    """Gaussian noise: random bytes through a table of normal quantiles (fast, exact enough)."""
    table = np.array(
        [128 + round(sigma * NormalDist().inv_cdf((i + 0.5) / 256)) for i in range(256)],
        dtype=np.int16,
    )
    table = np.clip(table, 0, 255).astype(np.uint8)
    noise = cv2.LUT(np.frombuffer(gen.bytes(image.size), np.uint8).reshape(image.shape), table)
    return add_centred(image, noise)


def add_centred(image: np.ndarray, noise: np.ndarray) -> np.ndarray:
    """``image + noise - 128`` with saturation; ``noise`` is uint8 centred on 128."""
    summed = cv2.add(image, noise, dtype=cv2.CV_16S)
    return cv2.subtract(summed, (128.0, 128.0, 128.0, 128.0), dtype=cv2.CV_8U)


def _transform(points: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    if matrix.shape[0] == 2:
        return points @ matrix[:, :2].T + matrix[:, 2]
    moved = np.hstack([points, np.ones((len(points), 1))]) @ matrix.T
    return moved[:, :2] / moved[:, 2:]


def _paper_corners(page_dpi: float) -> np.ndarray:
    w, h = PAGE_W_MM * page_dpi / 25.4, PAGE_H_MM * page_dpi / 25.4
    return np.array([(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)])


def _corners(points: np.ndarray) -> Corners:
    return tuple((round(float(x), 2), round(float(y), 2)) for x, y in points)


# -- copier and flatbed --------------------------------------------------------------------


def copier_rotation(rng: random.Random, *, gentle: bool = False) -> float:
    """Most pages feed nearly straight; some skew up to 5 degrees (1.5 on a flatbed)."""
    if gentle:
        return rng.uniform(-1.5, 1.5)
    if rng.random() < 0.85:
        return rng.uniform(-1.5, 1.5)
    return rng.choice((-1, 1)) * rng.uniform(1.5, 5.0)


def copier(
    page: np.ndarray,
    page_dpi: float,
    rng: random.Random,
    *,
    dpi: float = 300,
    upside_down: bool = False,
    gentle: bool = False,
) -> Capture:
    """A page through a copier's document feeder (or, ``gentle``, on a flatbed's glass)."""
    gen = _numpy_rng(rng)
    out_w, out_h = a4_pixels(dpi)
    paper = rng.uniform(225, 250)
    toner = rng.uniform(10, 35)
    toned = cv2.LUT(page, _tone_table(paper, toner, rng.uniform(0.85, 1.15)))
    angle = copier_rotation(rng, gentle=gentle)
    scale = rng.uniform(0.95, 1.02) if not gentle else rng.uniform(0.99, 1.01)
    shift = np.array([rng.uniform(-3, 3), rng.uniform(-3, 3)]) * dpi / 25.4
    centre = (PAGE_W_MM / 2 * page_dpi / 25.4, PAGE_H_MM / 2 * page_dpi / 25.4)
    matrix = cv2.getRotationMatrix2D(
        centre, angle + (180 if upside_down else 0), scale * dpi / page_dpi
    )
    matrix[:, 2] += np.array([out_w / 2, out_h / 2]) - centre + shift
    lid = rng.uniform(max(paper, 238), 255)  # what shows where the paper is not
    image = cv2.warpAffine(
        toned, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=round(lid)
    )
    corners = _transform(_paper_corners(page_dpi), matrix)
    if rng.random() < 0.5:  # the paper's edge casts a faint line
        fixed = np.round(corners * 16).astype(np.int32)
        cv2.polylines(image, [fixed], True, round(paper - rng.uniform(20, 60)), 1, cv2.LINE_AA, 4)
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.3, 0.8))
    image = add_noise(image, rng.uniform(1.5, 4.0), gen)
    return Capture(
        image,
        None if gentle else rng.randint(60, 90),
        upside_down,
        round(angle, 3),
        _corners(corners),
        dpi * scale,
    )


# -- phone photo ---------------------------------------------------------------------------


def _table(size: tuple[int, int], rng: random.Random, gen: np.random.Generator) -> np.ndarray:
    """A table top (BGR): wood, grey laminate or a dark desk, with grain and blotches."""
    width, height = size
    small_w, small_h = max(8, width // 8), max(8, height // 8)
    kind = rng.choice(("wood", "wood", "laminate", "dark"))
    base = {
        "wood": (rng.uniform(50, 80), rng.uniform(85, 115), rng.uniform(120, 160)),
        "laminate": (rng.uniform(120, 150), rng.uniform(125, 150), rng.uniform(125, 150)),
        "dark": (rng.uniform(35, 60), rng.uniform(35, 55), rng.uniform(35, 55)),
    }[kind]
    blotches = cv2.resize(
        gen.standard_normal((small_h // 16 + 2, small_w // 16 + 2)).astype(np.float32),
        (small_w, small_h),
        interpolation=cv2.INTER_CUBIC,
    )
    across = rng.random() < 0.5  # grain running along x or along y
    grain = np.zeros((small_h, small_w), np.float32)
    for stretch, weight in ((24, 0.5), (6, 0.35), (2, 0.15)):  # long streaks and short ones
        shape = (
            (small_h, max(2, small_w // stretch))
            if across
            else (max(2, small_h // stretch), small_w)
        )
        noise = gen.standard_normal(shape).astype(np.float32)
        grain += weight * cv2.resize(noise, (small_w, small_h), interpolation=cv2.INTER_LINEAR)
    strength = 0.14 if kind == "wood" else 0.04
    texture = 1.0 + 0.06 * blotches + strength * grain
    small = np.stack([np.clip(texture * value, 0, 255) for value in base], axis=2)
    return cv2.resize(small.astype(np.uint8), (width, height), interpolation=cv2.INTER_LINEAR)


def _fit(quad: np.ndarray, size: tuple[int, int], margin: float) -> np.ndarray:
    """Shrink ``quad`` about its centre until it lies inside the frame."""
    width, height = size
    centre = quad.mean(axis=0)
    for _ in range(40):
        inside = (quad[:, 0].min() >= margin and quad[:, 1].min() >= margin) and (
            quad[:, 0].max() <= width - margin and quad[:, 1].max() <= height - margin
        )
        if inside:
            break
        quad = centre + (quad - centre) * 0.97
    return quad


def _lighting(size: tuple[int, int], rng: random.Random) -> np.ndarray:
    """Light per pixel and channel (BGR), 200 = as lit: a gradient, a soft shadow, warm."""
    width, height = size
    small_w, small_h = width // 8, height // 8
    ys, xs = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    along = (xs / small_w - 0.5) * math.cos(angle) + (ys / small_h - 0.5) * math.sin(angle)
    low, high = rng.uniform(0.72, 0.88), rng.uniform(0.98, 1.06)
    light = low + (high - low) * (along - along.min()) / max(1e-6, float(np.ptp(along)))
    # A soft shadow (the phone or a hand between the lamp and the page).
    cx, cy = rng.uniform(0, small_w), rng.uniform(0, small_h)
    sx, sy = rng.uniform(0.15, 0.35) * small_w, rng.uniform(0.15, 0.35) * small_h
    blob = np.exp(-(((xs - cx) / sx) ** 2 + ((ys - cy) / sy) ** 2) / 2)
    light *= 1.0 - rng.uniform(0.12, 0.35) * blob
    warm = (rng.uniform(0.86, 0.93), rng.uniform(0.95, 0.98), 1.0)  # less blue, a bit less green
    channels = [np.clip(light * tint * 200, 0, 255) for tint in warm]
    small = np.stack(channels, axis=2).astype(np.uint8)
    return cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)


def photo(
    page: np.ndarray, page_dpi: float, rng: random.Random, *, upside_down: bool = False
) -> Capture:
    """A phone photo of the page lying on a table: perspective, lighting, colour, blur."""
    gen = _numpy_rng(rng)
    portrait = rng.random() < 0.65
    size = (PHOTO_SHORT, PHOTO_LONG) if portrait else (PHOTO_LONG, PHOTO_SHORT)
    width, height = size
    fill = rng.uniform(0.6, 0.85)
    page_h = fill * min(height, width * PAGE_H_MM / PAGE_W_MM)
    page_w = page_h * PAGE_W_MM / PAGE_H_MM
    angle = rng.uniform(-10, 10)
    centre = np.array([width / 2, height / 2])
    centre += [
        rng.uniform(-1, 1) * (width - page_w) / 4,
        rng.uniform(-1, 1) * (height - page_h) / 4,
    ]
    half = (
        np.array([(-page_w, -page_h), (page_w, -page_h), (page_w, page_h), (-page_w, page_h)]) / 2
    )
    turn = math.radians(angle)  # counter-clockwise as seen (y points down)
    rotation = np.array([[math.cos(turn), math.sin(turn)], [-math.sin(turn), math.cos(turn)]])
    quad = half @ rotation.T + centre
    sides = np.array([page_w, page_h])
    quad += np.array([[rng.uniform(-0.08, 0.08) for _ in range(2)] for _ in range(4)]) * sides
    quad = _fit(quad, size, 0.02 * min(size))
    if upside_down:  # the paper's top-left lands where the quad's bottom-right is
        quad = np.roll(quad, 2, axis=0)
    source = _paper_corners(page_dpi).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(source, quad.astype(np.float32))

    paper = rng.uniform(215, 245)
    toned = cv2.LUT(page, _tone_table(paper, rng.uniform(15, 40), rng.uniform(0.9, 1.2)))
    shrink = page_h / (PAGE_H_MM * page_dpi / 25.4)
    if shrink < 0.8:  # no aliasing when the page gets smaller
        toned = cv2.GaussianBlur(toned, (0, 0), 0.4 / shrink)
    warped = cv2.warpPerspective(toned, matrix, size, flags=cv2.INTER_LINEAR, borderValue=0)
    mask = np.zeros((height, width), np.uint8)
    cv2.fillConvexPoly(mask, np.round(quad * 16).astype(np.int32), 255, cv2.LINE_8, 4)

    frame = _table(size, rng, gen)
    # The page's own soft shadow on the table, offset from the page.
    small = cv2.resize(mask, (width // 8, height // 8), interpolation=cv2.INTER_AREA)
    offset = np.float32([[1, 0, rng.uniform(-6, 6)], [0, 1, rng.uniform(2, 8)]])
    small = cv2.GaussianBlur(cv2.warpAffine(small, offset, small.shape[::-1]), (0, 0), 4)
    shade = cv2.resize(
        255 - (small.astype(np.float32) * rng.uniform(0.3, 0.5)).astype(np.uint8), size
    )
    frame = cv2.multiply(frame, cv2.merge([shade, shade, shade]), scale=1 / 255)
    cv2.copyTo(cv2.merge([warped, warped, warped]), mask, frame)

    frame = cv2.multiply(frame, _lighting(size, rng), scale=1 / 200)
    frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.8, 1.8))
    # Sensor noise, blotchy after the phone's demosaicing and denoising.
    half_size = (width // 2, height // 2)
    noise = add_noise(np.full((*half_size[::-1], 3), 128, np.uint8), rng.uniform(2.0, 5.0), gen)
    noise = cv2.resize(noise, size, interpolation=cv2.INTER_LINEAR)
    frame = add_centred(frame, noise)

    lengths = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    mean_dpi = float(lengths.sum()) / (2 * (PAGE_W_MM + PAGE_H_MM)) * 25.4
    return Capture(
        frame, rng.randint(80, 92), upside_down, round(angle, 3), _corners(quad), mean_dpi
    )
