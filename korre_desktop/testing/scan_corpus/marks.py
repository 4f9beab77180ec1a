"""Pen marks drawn onto a rendered page: ticks, crosses, scribbles, signatures, writing.

Shapes are made in millimetres on the page (the layout's units), then drawn with OpenCV
at four times the resolution and scaled down, which gives anti-aliased strokes of any
width, also below a pixel at 150 dpi. Ink is laid on by multiplying (ballpoint ink is a
little transparent: a stroke over a printed line stays black, two strokes get darker).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from korre_desktop.testing.scan_corpus.truth import CROSS, DOT, LIGHT_TICK, NONE, SCRIBBLE, TICK

SUPERSAMPLE = 4
Rect = dict[str, float]  # {"x", "y", "w", "h"} in mm, as in the layout JSON
Stroke = np.ndarray  # (n, 2) float points in mm


@dataclass(frozen=True)
class Pen:
    width: float  # mm
    level: int  # grey of the ink where it fully covers white paper (0 black, 255 white)


def ballpoint(rng: random.Random) -> Pen:
    """A ballpoint or fineliner as a greyscale scan sees it."""
    return Pen(rng.uniform(0.3, 0.7), rng.randint(20, 110))


def light_pen(rng: random.Random) -> Pen:
    """A thin, pale stroke: a pencil or an almost dry pen."""
    return Pen(rng.uniform(0.2, 0.3), rng.randint(150, 190))


# -- laying ink ----------------------------------------------------------------------------


def ink(
    image: np.ndarray, strokes: Sequence[Stroke], pen: Pen, dpi: float, rng: random.Random
) -> None:
    """Draw ``strokes`` (mm) onto the greyscale ``image`` in place."""
    strokes = [s for s in strokes if len(s) >= 2]
    if not strokes:
        return
    scale = dpi / 25.4
    width = pen.width * scale
    points = np.concatenate(strokes) * scale
    pad = width + 2.0
    x0, y0 = np.floor(points.min(axis=0) - pad).astype(int)
    x1, y1 = np.ceil(points.max(axis=0) + pad).astype(int)
    height, width_px = image.shape[:2]
    cx0, cy0, cx1, cy1 = max(x0, 0), max(y0, 0), min(x1, width_px), min(y1, height)
    if cx0 >= cx1 or cy0 >= cy1:
        return
    canvas = np.zeros(((y1 - y0) * SUPERSAMPLE, (x1 - x0) * SUPERSAMPLE), np.uint8)
    thickness = max(1, round(width * SUPERSAMPLE))
    for stroke in strokes:
        # 4 fractional bits (shift=4): sub-pixel positions even on the supersampled canvas
        fixed = np.round((stroke * scale - (x0, y0)) * SUPERSAMPLE * 16).astype(np.int32)
        pressure = round(255 * rng.uniform(0.85, 1.0))
        cv2.polylines(canvas, [fixed], False, pressure, thickness, cv2.LINE_AA, shift=4)
    cover = cv2.resize(canvas, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    cover = cover.astype(np.float32) / 255.0
    # Ballpoint ink is not even: a faint grain of thinner and fuller spots.
    grain = np.random.default_rng(rng.getrandbits(32)).random(cover.shape, np.float32)
    cover *= 0.8 + 0.2 * cv2.GaussianBlur(grain, (0, 0), max(0.6, width / 3))
    cover = cover[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0]
    region = image[cy0:cy1, cx0:cx1].astype(np.float32)
    region *= 1.0 - cover * (1.0 - pen.level / 255.0)
    image[cy0:cy1, cx0:cx1] = np.clip(region + 0.5, 0, 255).astype(np.uint8)


# -- shapes --------------------------------------------------------------------------------


def smooth(points: Sequence[tuple[float, float]], steps: int = 8) -> Stroke:
    """A Catmull-Rom curve through ``points``: a hand's path, not a ruler's."""
    p = np.asarray(points, dtype=np.float64)
    if len(p) < 3:
        return p
    padded = np.vstack([p[0], p, p[-1]])
    t = np.linspace(0.0, 1.0, steps, endpoint=False)[:, None]
    pieces = []
    for i in range(len(p) - 1):
        a, b, c, d = padded[i : i + 4]
        pieces.append(
            0.5
            * (
                2 * b
                + (-a + c) * t
                + (2 * a - 5 * b + 4 * c - d) * t**2
                + (-a + 3 * b - 3 * c + d) * t**3
            )
        )
    pieces.append(p[-1:])
    return np.vstack(pieces)


def _in_box(
    rect: Rect, unit_points: Sequence[tuple[float, float]], rng: random.Random, *, size: float = 1.0
) -> list[tuple[float, float]]:
    """Unit-box points (0..1) to mm in ``rect``, with the hand's scale, turn and shift."""
    scale = size * rng.uniform(0.85, 1.1)
    turn = math.radians(rng.uniform(-10, 10))
    shift_x, shift_y = rng.uniform(-0.07, 0.07), rng.uniform(-0.07, 0.07)
    cos, sin = math.cos(turn), math.sin(turn)
    out = []
    for u, v in unit_points:
        du, dv = (u - 0.5) * scale, (v - 0.5) * scale
        ru, rv = du * cos - dv * sin, du * sin + dv * cos
        out.append(
            (
                rect["x"] + (0.5 + ru + shift_x) * rect["w"],
                rect["y"] + (0.5 + rv + shift_y) * rect["h"],
            )
        )
    return out


def _bowed(a: tuple[float, float], b: tuple[float, float], bow: float) -> tuple[float, float]:
    """The midpoint of a-b pushed sideways by ``bow`` (unit box lengths)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    return (a[0] + b[0]) / 2 - dy / length * bow, (a[1] + b[1]) / 2 + dx / length * bow


def tick_strokes(rect: Rect, rng: random.Random, size: float = 1.0) -> list[Stroke]:
    """A check mark: a short stroke down, a long one up that may leave the box top-right."""
    a = (rng.uniform(0.05, 0.3), rng.uniform(0.4, 0.65))
    b = (rng.uniform(0.35, 0.55), rng.uniform(0.78, 0.97))
    c = (rng.uniform(0.85, 1.3), rng.uniform(-0.35, 0.15))
    unit = [a, _bowed(a, b, rng.uniform(-0.05, 0.05)), b, _bowed(b, c, rng.uniform(-0.08, 0.04)), c]
    return [smooth(_in_box(rect, unit, rng, size=size), 6)]


def cross_strokes(rect: Rect, rng: random.Random) -> list[Stroke]:
    """An X: two strokes corner to corner, now and then a little past the box."""
    first = [
        (rng.uniform(0.0, 0.3), rng.uniform(0.0, 0.3)),
        (rng.uniform(0.7, 1.08), rng.uniform(0.7, 1.08)),
    ]
    second = [
        (rng.uniform(0.7, 1.05), rng.uniform(-0.05, 0.3)),
        (rng.uniform(-0.05, 0.3), rng.uniform(0.7, 1.05)),
    ]
    strokes = []
    for a, b in (first, second):
        unit = [a, _bowed(a, b, rng.uniform(-0.05, 0.05)), b]
        strokes.append(smooth(_in_box(rect, unit, rng), 6))
    return strokes


def scribble_strokes(rect: Rect, rng: random.Random) -> list[Stroke]:
    """A box blacked out: dense zigzags one way, then the other (a changed mind)."""
    strokes = []
    for direction in (0, 1):
        passes = rng.randint(9, 14)
        unit = []
        for i in range(passes + 1):
            along = -0.05 + 1.1 * i / passes + rng.uniform(-0.02, 0.02)
            across = rng.uniform(-0.1, 0.05) if i % 2 == 0 else rng.uniform(0.95, 1.1)
            unit.append((across, along) if direction == 0 else (along, across))
        strokes.append(np.asarray(_in_box(rect, unit, rng, size=1.0)))
    return strokes


def dot_strokes(rect: Rect, rng: random.Random) -> list[Stroke]:
    """A tiny stray point somewhere in the box (pen rested on the paper)."""
    x = rect["x"] + rect["w"] * rng.uniform(0.2, 0.8)
    y = rect["y"] + rect["h"] * rng.uniform(0.2, 0.8)
    return [np.array([(x, y), (x + rng.uniform(0.0, 0.15), y + rng.uniform(0.0, 0.15))])]


def draw_mark(
    image: np.ndarray, kind: str, rect: Rect, dpi: float, pen: Pen, rng: random.Random
) -> None:
    """One mark of ``kind`` (see ``truth.MARK_KINDS``) in the tick box ``rect``."""
    if kind == NONE:
        return
    if kind == TICK:
        ink(image, tick_strokes(rect, rng), pen, dpi, rng)
    elif kind == CROSS:
        ink(image, cross_strokes(rect, rng), pen, dpi, rng)
    elif kind == LIGHT_TICK:
        ink(image, tick_strokes(rect, rng, size=0.85), light_pen(rng), dpi, rng)
    elif kind == SCRIBBLE:
        heavy = Pen(max(pen.width, rng.uniform(0.55, 0.8)), pen.level)
        ink(image, scribble_strokes(rect, rng), heavy, dpi, rng)
    elif kind == DOT:
        ink(image, dot_strokes(rect, rng), Pen(rng.uniform(0.25, 0.5), pen.level), dpi, rng)
    else:
        raise ValueError(f"unknown mark kind: {kind}")


# -- handwriting ---------------------------------------------------------------------------


def cursive(
    rng: random.Random, length: float, x_height: float, *, words: int = 1, messy: float = 0.0
) -> list[Stroke]:
    """Handwriting-like strokes from (0, 0) along a baseline at y = 0, about ``length`` mm.

    Each "letter" goes up (sometimes as an ascender), comes back down (sometimes below the
    line), and joins the next; a word is one stroke, words are separated by a pen lift.
    ``messy`` (0..1) makes letters wider and looser, as in a signature.
    """
    gaps = (words - 1) * x_height * 1.2
    per_word = max(x_height, (length - gaps) / words)
    slant = rng.uniform(0.1, 0.45)
    drift = math.tan(math.radians(rng.uniform(-3, 3)))
    strokes = []
    x = 0.0
    for _word in range(words):
        end = x + per_word * rng.uniform(0.8, 1.15)
        points = [(x, rng.uniform(-0.3, 0.0) * x_height)]
        while x < end:
            width = x_height * rng.uniform(0.7, 1.25) * (1 + messy * rng.uniform(0, 0.8))
            roll = rng.random()
            top = -x_height * (rng.uniform(1.8, 2.6) if roll < 0.18 else rng.uniform(0.8, 1.15))
            bottom = x_height * rng.uniform(0.7, 1.3) if roll > 0.9 else rng.uniform(-0.1, 0.1)
            back = rng.uniform(0.15, 0.5) if roll < 0.18 or roll > 0.9 else rng.uniform(0.35, 0.65)
            points += [
                (x + width * 0.55, top),
                (x + width * back, bottom),
                (x + width, -x_height * rng.uniform(0.05, 0.35)),
            ]
            x += width
        stroke = smooth(points, 7)
        stroke[:, 0] -= stroke[:, 1] * slant  # right-leaning: up is further right
        stroke[:, 1] += stroke[:, 0] * drift
        strokes.append(stroke)
        x += x_height * rng.uniform(0.9, 1.6)
    return strokes


def _placed(strokes: list[Stroke], x: float, y: float, turn_degrees: float = 0.0) -> list[Stroke]:
    turn = math.radians(turn_degrees)
    matrix = np.array([[math.cos(turn), math.sin(turn)], [-math.sin(turn), math.cos(turn)]])
    return [stroke @ matrix + (x, y) for stroke in strokes]


def draw_signature(
    image: np.ndarray,
    box: Rect,
    dpi: float,
    pen: Pen,
    rng: random.Random,
    *,
    overflow: bool = False,
) -> None:
    """A signature in the signature box; with ``overflow`` it runs over the box's edge."""
    x_height = rng.uniform(3.0, 6.0)
    length = rng.uniform(0.35, 0.8) * box["w"]
    strokes = cursive(rng, length, x_height, words=rng.choice((1, 2, 2)), messy=0.8)
    # A capital: one large loop in front.
    cap_h = x_height * rng.uniform(2.0, 3.2)
    capital = smooth(
        [
            (0.0, 0.0),
            (-x_height * 0.3, -cap_h * 0.6),
            (x_height * 0.4, -cap_h),
            (x_height * 0.6, -cap_h * 0.3),
            (-x_height * 0.1, 0.0),
        ],
        8,
    )
    strokes = [capital - (x_height * 0.8, 0.0), *strokes]
    if rng.random() < 0.5:  # a flourish back under the name
        left, _top, right, bottom = extent(strokes)
        strokes.append(
            smooth(
                [
                    (right, bottom - 1.0),
                    (right - (right - left) * 0.3, bottom + 2.5),
                    (left + (right - left) * 0.2, bottom + rng.uniform(1.5, 3.5)),
                    (left, bottom + rng.uniform(0.5, 2.0)),
                ],
                8,
            )
        )
    left, top, right, bottom = extent(strokes)
    width, height = right - left, bottom - top
    room_x = max(0.0, box["w"] - width - 4.0)
    room_y = max(0.0, box["h"] - height - 4.0)
    x = box["x"] + 2.0 + rng.uniform(0.0, room_x) - left
    y = box["y"] + 2.0 + rng.uniform(0.0, room_y) - top
    if overflow:  # over the right or the bottom edge: a box is small for a big hand
        if rng.random() < 0.5:
            x = box["x"] + box["w"] - width + rng.uniform(2.0, 8.0) - left
        else:
            y = box["y"] + box["h"] - height + rng.uniform(2.0, 5.0) - top
    ink(image, _placed(strokes, x, y, rng.uniform(-4.0, 8.0)), pen, dpi, rng)


def draw_line_text(
    image: np.ndarray,
    field: Rect,
    dpi: float,
    pen: Pen,
    rng: random.Random,
    *,
    groups: int = 1,
) -> None:
    """Writing on a line field (place, date): the field's bottom edge is the printed line."""
    x_height = rng.uniform(1.8, 2.8)
    length = min(field["w"] - 4.0, rng.uniform(14.0, 38.0))
    strokes = cursive(rng, length, x_height, words=groups)
    left, _top, _right, _bottom = extent(strokes)
    x = field["x"] + rng.uniform(1.0, 5.0) - left
    baseline = field["y"] + field["h"] - rng.uniform(0.8, 2.0)
    ink(image, _placed(strokes, x, baseline, rng.uniform(-2.0, 3.0)), pen, dpi, rng)


def stray_strokes(x: float, y: float, rng: random.Random) -> list[Stroke]:
    """A stray mark near (x, y) mm: a short line, a squiggle, a small note, a circle, an x."""
    roll = rng.random()
    if roll < 0.3:
        length, angle = rng.uniform(3.0, 15.0), rng.uniform(0, math.pi)
        end = (x + length * math.cos(angle), y + length * math.sin(angle))
        return [smooth([(x, y), _bowed((x, y), end, rng.uniform(-1, 1)), end], 6)]
    if roll < 0.6:
        return _placed(cursive(rng, rng.uniform(8.0, 25.0), rng.uniform(1.8, 3.0)), x, y)
    if roll < 0.8:
        radius = rng.uniform(2.0, 6.0)
        angles = np.linspace(0, 2 * math.pi * rng.uniform(0.9, 1.15), 40)
        wobble = 1 + 0.08 * np.sin(angles * rng.uniform(1.5, 3.0))
        circle = np.stack([np.cos(angles) * wobble, np.sin(angles) * wobble * 0.8], axis=1)
        return [circle * radius + (x, y)]
    size = rng.uniform(1.5, 3.5)
    return [np.array([(x, y), (x + size, y + size)]), np.array([(x + size, y), (x, y + size)])]


def extent(strokes: Sequence[Stroke]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the strokes' points, mm."""
    points = np.concatenate(strokes)
    (left, top), (right, bottom) = points.min(axis=0), points.max(axis=0)
    return float(left), float(top), float(right), float(bottom)
