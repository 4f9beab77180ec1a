"""Synthetic proof material: a rendered paper form, and phone photos of it on a desk.

The photos know where the sheet's corners are, so tests can check what straighten() found.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

A4_MM = (210, 297)
WORDS = ("de", "het", "een", "leerling", "ouder", "school", "foto", "video", "brief", "jaar")


def render_form_page(dpi: int = 110, seed: int = 1) -> Image.Image:
    """A consent form at ``dpi``: title, text lines, a grid of tick boxes, a signature."""
    rng = np.random.default_rng(seed)
    width, height = (round(mm / 25.4 * dpi) for mm in A4_MM)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    mm = dpi / 25.4
    margin = round(18 * mm)
    title = ImageFont.load_default(size=max(10, round(6 * mm)))
    body = ImageFont.load_default(size=max(8, round(3.2 * mm)))
    draw.text((margin, margin), "Toestemming beeldmateriaal", fill=0, font=title)
    y = margin + round(12 * mm)
    for _ in range(9):
        line = " ".join(rng.choice(WORDS, size=int(rng.integers(8, 13))))
        draw.text((margin, y), line, fill=20, font=body)
        y += round(5.5 * mm)
    # The grid of tick boxes, some ticked.
    y += round(4 * mm)
    box = round(5 * mm)
    columns = [margin + round(95 * mm), margin + round(120 * mm)]
    for row in range(8):
        top = y + row * round(9 * mm)
        draw.text((margin, top), f"Onderdeel {row + 1}", fill=0, font=body)
        for index, left in enumerate(columns):
            draw.rectangle((left, top, left + box, top + box), outline=0, width=max(1, dpi // 80))
            if (row + index) % 3 == 0:
                draw.line((left, top, left + box, top + box), fill=0, width=2)
                draw.line((left, top + box, left + box, top), fill=0, width=2)
    # A table frame around the grid, as printed forms have.
    bottom = y + 8 * round(9 * mm)
    draw.rectangle((margin - 4, y - 6, width - margin, bottom), outline=0, width=2)
    # Signature line and a scribble on it.
    base = height - margin - round(20 * mm)
    draw.text((margin, base - round(6 * mm)), "Handtekening ouder/verzorger:", fill=0, font=body)
    draw.line((margin, base + round(10 * mm), margin + round(80 * mm), base + round(10 * mm)), 0)
    t = np.linspace(0, 1, 200)
    xs = margin + round(5 * mm) + t * 65 * mm
    ys = (
        base
        + round(4 * mm)
        + np.sin(t * 19) * 3.5 * mm * np.cos(t * 5)
        + rng.normal(0, 0.3, t.size)
    )
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=10, width=max(2, dpi // 50))
    return page


# What similarity() must exceed for "the same page, registered"; see test_straighten.py.
SIMILAR = 0.85


def similarity(result: Image.Image, page: Image.Image) -> float:
    """NCC of the two images shrunk to 300 x 424 and blurred (sigma 2 px)."""

    def prepared(image: Image.Image) -> np.ndarray:
        small = image.convert("L").resize((300, 424), Image.Resampling.BILINEAR)
        blurred = cv2.GaussianBlur(np.asarray(small, np.float32), (0, 0), 2.0)
        return blurred - blurred.mean()

    a, b = prepared(result), prepared(page)
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


@dataclass(frozen=True)
class Distortion:
    name: str
    rotation: float = 0.0  # degrees, positive = clockwise
    tilt: float = 0.0  # keystone: share by which the far (top) edge is narrower
    turn: float = 0.0  # perspective from the side: share by which the left edge is shorter
    shadow: float = 0.0  # darkening (0..1) of a soft shadow over the top-right corner
    gradient: float = 0.3  # light falloff from one side of the photo to the other
    desk: tuple[int, int, int] = (112, 82, 58)  # wood
    canvas: tuple[int, int] = (1200, 1600)  # phone held upright
    fill: float = 0.72  # page height as a share of the canvas height
    shift: tuple[float, float] = (0.0, 0.0)  # page centre offset, share of canvas
    note: tuple[int, int, int, int] | None = None  # a blank sheet beside the form (box)
    seed: int = 0


def make_photo(page: Image.Image, distortion: Distortion) -> tuple[Image.Image, np.ndarray]:
    """The page on a desk as a phone sees it, and the true corners (TL, TR, BR, BL)."""
    d = distortion
    rng = np.random.default_rng(d.seed)
    corners = _page_quad(page.size, d)
    source = np.array(
        [[0, 0], [page.width, 0], [page.width, page.height], [0, page.height]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    paper = np.asarray(page, np.float32) * (242 / 255)  # paper is never quite white
    warped = cv2.warpPerspective(paper, matrix, d.canvas, flags=cv2.INTER_AREA)
    coverage = cv2.warpPerspective(np.ones_like(paper), matrix, d.canvas, flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    desk = _desk(d, rng)
    if d.note is not None:
        left, top, right, bottom = d.note
        desk[top:bottom, left:right] = 242
    photo = desk * (1 - coverage) + warped[..., None] * coverage
    photo *= _light(d)[..., None]
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7)  # lens softness
    photo += rng.normal(0, 2.5, photo.shape)  # sensor noise
    image = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), "RGB")
    # Through JPEG, as a phone would deliver it.
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB"), corners


def _page_quad(size: tuple[int, int], d: Distortion) -> np.ndarray:
    canvas_w, canvas_h = d.canvas
    height = d.fill * canvas_h
    width = height * size[0] / size[1]
    half_w, half_h = width / 2, height / 2
    quad = np.array([[-half_w, -half_h], [half_w, -half_h], [half_w, half_h], [-half_w, half_h]])
    # Keystone: the far edge narrower and a bit shorter; side turn: the left edge shorter.
    quad[0:2, 0] *= 1 - d.tilt
    quad[0:2, 1] *= 1 - d.tilt * 0.4
    quad[[0, 3], 1] *= 1 - d.turn
    quad[[0, 3], 0] *= 1 - d.turn * 0.4
    angle = math.radians(d.rotation)
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    quad = quad @ rotation.T
    centre = np.array([canvas_w * (0.5 + d.shift[0]), canvas_h * (0.5 + d.shift[1])])
    return quad + centre


def _desk(d: Distortion, rng: np.random.Generator) -> np.ndarray:
    """Wood-like texture: grain stripes bent by low-frequency noise, blotches, grit."""
    canvas_w, canvas_h = d.canvas
    ys, xs = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    bend = cv2.resize(rng.normal(0, 1, (6, 8)).astype(np.float32), d.canvas, cv2.INTER_CUBIC)
    grain = np.sin((xs + 40 * bend) / 7.0 + 0.002 * ys) * 0.5 + 0.5
    blotch = cv2.resize(rng.normal(0, 1, (10, 12)).astype(np.float32), d.canvas, cv2.INTER_CUBIC)
    grit = rng.normal(0, 1, (canvas_h, canvas_w)).astype(np.float32)
    shade = 1 + 0.12 * (grain - 0.5) + 0.06 * blotch + 0.04 * grit
    return np.array(d.desk, np.float32)[None, None, :] * shade[..., None]


def _light(d: Distortion) -> np.ndarray:
    canvas_w, canvas_h = d.canvas
    ys, xs = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    # Brightest at the top left, falling off towards the bottom right.
    t = (xs / canvas_w + ys / canvas_h) / 2
    light = 1 - d.gradient * t
    if d.shadow:
        # A soft-edged shadow (a hand, the phone) over the top-right corner region.
        inside = (canvas_w - xs) / canvas_w + ys / canvas_h < 0.42
        mask = cv2.GaussianBlur(inside.astype(np.float32), (0, 0), canvas_w / 80)
        light *= 1 - d.shadow * mask
    return light


DISTORTIONS = [
    Distortion("mild", rotation=2, tilt=0.05, seed=1),
    Distortion("strong_perspective", rotation=-3, tilt=0.25, turn=0.1, seed=2),
    Distortion("rotated_clockwise", rotation=15, tilt=0.08, seed=3),
    Distortion("rotated_anticlockwise", rotation=-12, tilt=0.1, turn=-0.08, seed=4),
    Distortion("shadow_over_corner", rotation=4, tilt=0.1, shadow=0.55, seed=5),
    Distortion(
        "landscape_frame_dark_desk",
        rotation=-6,
        tilt=0.12,
        canvas=(1600, 1200),
        fill=0.85,
        desk=(60, 62, 66),
        gradient=0.45,
        seed=6,
    ),
    Distortion(
        "light_table_off_centre",
        rotation=8,
        tilt=0.15,
        desk=(186, 168, 140),
        shift=(0.06, -0.04),
        fill=0.65,
        seed=7,
    ),
]
