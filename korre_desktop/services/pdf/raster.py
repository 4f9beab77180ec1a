"""Our own PDFs as page images, for printing: pypdfium2 behind the evidence module's lock."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PIL import Image

# PDFium is not thread-safe: every call goes through the lock the evidence viewer uses too.
from korre_desktop.services.evidence.pdf import _PDFIUM_LOCK
from korre_desktop.services.progress import NO_PROGRESS, Progress

MAX_DPI = 300  # a printer's 1200 dpi would be 140 megapixels per A4 page


def pdf_page_count(data: bytes) -> int:
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def render_pages(
    data: bytes, dpi: float, progress: Progress = NO_PROGRESS
) -> Iterator[Image.Image]:
    """Each page as a greyscale image at ``dpi`` (at most ``MAX_DPI``); progress per page."""
    scale = min(float(dpi), MAX_DPI) / 72
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        total = len(document)
    try:
        for index in range(total):
            progress.step(index, total, "pages")
            with _PDFIUM_LOCK:
                page = document[index]
                try:
                    image = page.render(scale=scale, grayscale=True).to_pil()
                finally:
                    page.close()
            yield image
        progress.step(total, total, "pages")
    finally:
        with _PDFIUM_LOCK:
            document.close()
