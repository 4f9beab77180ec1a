"""A copier's PDF: every page one greyscale JPEG covering the whole A4 page.

Copiers write the JPEG their scanner made straight into the PDF (a DCTDecode stream), so
a reader that extracts the embedded image gets those bytes back. PDFium's ``load_jpeg``
embeds a JPEG as it is, without decoding it again; ``copier_pdf_filters`` checks that.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from korre_desktop.services.evidence.pdf import _PDFIUM_LOCK  # PDFium is not thread-safe

DEFAULT_QUALITY = 85


def encode_jpeg(image: np.ndarray, quality: int = DEFAULT_QUALITY) -> bytes:
    """Baseline JPEG bytes of a greyscale or BGR image."""
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("the image could not be encoded as JPEG")
    return data.tobytes()


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a JPEG's frame header, without decoding the image."""
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            raise ValueError("not a JPEG stream")
        marker = data[position + 1]
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):  # baseline, extended, progressive
            height = int.from_bytes(data[position + 5 : position + 7], "big")
            width = int.from_bytes(data[position + 7 : position + 9], "big")
            return width, height
        position += 2 + length
    raise ValueError("no frame header in the JPEG stream")


def write_copier_pdf(
    pages: Sequence[bytes | np.ndarray],
    path: Path | str,
    dpi: float = 300,
    *,
    created: datetime | None = None,
) -> Path:
    """Write ``pages`` (JPEG bytes, or greyscale arrays encoded here) as a PDF.

    Each page is as large as its image at ``dpi`` (an A4 scan gives an A4 page), and the
    image covers it entirely. With ``created`` the file is byte-for-byte reproducible:
    PDFium's creation date becomes ``created`` and its random file id a content hash.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument.new()
        try:
            for data in pages:
                jpeg = data if isinstance(data, bytes) else encode_jpeg(data)
                width, height = (size * 72 / dpi for size in jpeg_size(jpeg))
                page = pdf.new_page(width, height)
                image = pdfium.PdfImage.new(pdf)
                image.load_jpeg(io.BytesIO(jpeg), inline=True)
                image.set_matrix(pdfium.PdfMatrix().scale(width, height))
                page.insert_obj(image)
                page.gen_content()
                page.close()
            buffer = io.BytesIO()
            pdf.save(buffer)
        finally:
            pdf.close()
    data = buffer.getvalue() if created is None else _reproducible(buffer.getvalue(), created)
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


_CREATED = re.compile(rb"/CreationDate\(D:\d{14}[^)]*\)")
_FILE_ID = re.compile(rb"/ID\[<([0-9A-F]{32})><([0-9A-F]{32})>\]")


def _reproducible(data: bytes, created: datetime) -> bytes:
    """Fix the two things PDFium makes up at save time, keeping every byte offset."""

    def date(match: re.Match[bytes]) -> bytes:
        fixed = b"/CreationDate(D:" + created.strftime("%Y%m%d%H%M%S").encode() + b"+00'00')"
        return fixed if len(fixed) == len(match[0]) else match[0]

    data = _CREATED.sub(date, data, count=1)
    digest = hashlib.md5(_FILE_ID.sub(b"", data), usedforsecurity=False).hexdigest().upper()
    return _FILE_ID.sub(b"/ID[<" + digest.encode() + b"><" + digest.encode() + b">]", data, count=1)


def copier_pdf_filters(path: Path | str) -> list[list[list[str]]]:
    """Per page, per image object, its stream filters (a copier page: ``[["DCTDecode"]]``)."""
    out = []
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            for page in pdf:
                images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                out.append([list(image.get_filters()) for image in images])
                page.close()
        finally:
            pdf.close()
    return out


def embedded_jpegs(path: Path | str) -> list[bytes]:
    """The JPEG stream of each page's one image, as stored (to compare with what went in)."""
    out = []
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            for page in pdf:
                (image,) = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                out.append(bytes(image.get_data(decode_simple=False)))
                page.close()
        finally:
            pdf.close()
    return out
