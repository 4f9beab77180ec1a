"""Test pages for the reader: printed forms rendered, filled in with cv2 and distorted."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from korre_desktop.services.pdf.form_layout import Rect
from tests.services.evidence.samples import build_pdf

DPI = 300
PX_PER_MM = DPI / 25.4
A4_PT = (595.2756, 841.8898)


def render(pdf: Path, dpi: int = DPI) -> list[np.ndarray]:
    """Every page of a PDF as greyscale pixels."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            pages.append(np.array(bitmap.to_numpy(), dtype=np.uint8))
            bitmap.close()
            page.close()
        return pages
    finally:
        document.close()


def px(value_mm: float, dpi: int = DPI) -> int:
    return round(value_mm * dpi / 25.4)


def cross(image: np.ndarray, box: Rect, overshoot_mm: float = -1.0, grey: int = 40) -> None:
    """An X from corner to corner (``overshoot_mm`` > 0 crosses the printed line)."""
    left, top = px(box.x - overshoot_mm), px(box.y - overshoot_mm)
    right, bottom = px(box.right + overshoot_mm), px(box.bottom + overshoot_mm)
    cv2.line(image, (left, top), (right, bottom), grey, px(0.5), cv2.LINE_AA)
    cv2.line(image, (left, bottom), (right, top), grey, px(0.5), cv2.LINE_AA)


def check(image: np.ndarray, box: Rect, grey: int = 60) -> None:
    """A tick (V) as people draw it, with a tail running out over the box's top right."""
    points = np.array(
        [
            (box.x + 1.2, box.y + 3.2),
            (box.x + 2.5, box.bottom - 1.2),
            (box.right + 1.5, box.y - 1.5),
        ]
    )
    cv2.polylines(image, [np.round(points * PX_PER_MM).astype(np.int32)], False, grey, px(0.45))


def fill(image: np.ndarray, box: Rect, grey: int = 70) -> None:
    """The box coloured in."""
    cv2.rectangle(image, (px(box.x), px(box.y)), (px(box.right), px(box.bottom)), grey, -1)


def scribble(image: np.ndarray, box: Rect, seed: int = 1) -> None:
    """A signature-like wavy line across the middle of ``box``."""
    rng = np.random.default_rng(seed)
    xs = np.linspace(box.x + 8, box.right - 15, 60)
    ys = box.y + box.h / 2 + 6 * np.sin(xs / 3.0) + rng.normal(0, 0.6, xs.size)
    points = np.round(np.stack([xs, ys], axis=1) * PX_PER_MM).astype(np.int32)
    cv2.polylines(image, [points], False, 30, px(0.5), cv2.LINE_AA)


def turn(
    image: np.ndarray, degrees: float, scale: float = 1.0, shift: tuple[float, float] = (0, 0)
) -> tuple[np.ndarray, np.ndarray]:
    """Rotated about the centre, scaled and shifted on a same-size white sheet; also the
    2 x 3 map from the input's pixels to the output's."""
    height, width = image.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, scale)
    matrix[:, 2] += shift
    out = cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=250)
    return out, matrix


def noisy(image: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = rng.normal(0, sigma, image.shape)
    return np.clip(image.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def photo(
    image: np.ndarray, corners: list[tuple[float, float]], size=(3000, 4000), seed: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """The sheet in perspective on a dark desk, lit unevenly, with sensor noise; also the
    3 x 3 map from the sheet's pixels to the photo's."""
    height, width = image.shape
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    homography = cv2.getPerspectiveTransform(source, np.float32(corners))
    desk = np.full((size[1], size[0]), 45, np.uint8)
    shot = cv2.warpPerspective(image, homography, size, dst=desk, borderMode=cv2.BORDER_TRANSPARENT)
    # A shadow across the sheet: the left is lit at 55 %, the bottom at 80 %.
    light = np.linspace(0.55, 1.0, size[0])[None, :] * np.linspace(1.0, 0.8, size[1])[:, None]
    shot = noisy((shot * light).astype(np.uint8), 5, seed)
    return shot, homography


def jpeg(image: np.ndarray, quality: int = 75) -> bytes:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def jpeg_pdf(path: Path, streams: list[bytes], size_pt: tuple[float, float] = A4_PT) -> Path:
    """A PDF like a copier's: each page is one JPEG covering the page."""
    document = pdfium.PdfDocument.new()
    for stream in streams:
        page = document.new_page(*size_pt)
        image = pdfium.PdfImage.new(document)
        image.load_jpeg(io.BytesIO(stream), inline=True)
        image.set_matrix(pdfium.PdfMatrix().scale(*size_pt))
        page.insert_obj(image)
        page.gen_content()
        page.close()
    document.save(path)
    document.close()
    return path


def image_page_objects(first: int, width: int, height: int, stream: bytes, filter_: bytes):
    """Page, image and content objects numbered from ``first``: one image on the page."""
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
        % (first + 1, first + 2),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Filter /%s /Length %d >>\nstream\n"
        % (width, height, filter_, len(stream))
        + stream
        + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]


def pdf_of_image_pages(pages: list[tuple[int, int, bytes, bytes]]) -> bytes:
    """One page per (width, height, stream, filter) image, built by hand."""
    objects: list[bytes] = []
    kids = []
    for index, (width, height, stream, filter_) in enumerate(pages):
        first = 3 + 3 * index
        kids.append(b"%d 0 R" % first)
        objects += image_page_objects(first, width, height, stream, filter_)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages)),
    ]
    return build_pdf(head + objects)


def flate_grey(width: int, height: int, value: int = 255) -> bytes:
    return zlib.compress(bytes([value]) * (width * height))
