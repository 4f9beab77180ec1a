"""PDF pages as images via pypdfium2: a page's own scan when it is one, else a render."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from korre_desktop.services.evidence import limits
from korre_desktop.services.evidence.errors import EvidenceError
from korre_desktop.services.evidence.modes import to_rgb_or_l
from korre_desktop.services.evidence.raster import check_pixels, page_out_of_range
from korre_desktop.services.evidence.source import SourceFile

# PDFium is not thread-safe; the GUI may load pages from a worker thread.
_PDFIUM_LOCK = threading.RLock()

# A page counts as "one scanned image" when that image covers nearly all of it.
_SCAN_COVERAGE = 0.9
# The extracted scan must match a small render of the page to within this mean grey difference.
_CHECK_SIDE = 400
_CHECK_TOLERANCE = 24.0


def pdf_page_count(source: SourceFile) -> int:
    with _document(source) as document:
        return len(document)


def load_pdf_page(source: SourceFile, page: int) -> Image.Image:
    with _document(source) as document:
        count = len(document)
        if not 0 <= page < count:
            raise page_out_of_range(source, page, count)
        try:
            pdf_page = document[page]
        except pdfium.PdfiumError as exc:
            raise _corrupt(source, exc) from exc
        try:
            images = list(pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
            # An embedded image is decoded at full size even when rendered small.
            for image_object in images:
                check_pixels(source, *image_object.get_px_size())
            scan = _embedded_scan(pdf_page)
            return scan if scan is not None else _render(source, pdf_page)
        except pdfium.PdfiumError as exc:
            raise _corrupt(source, exc) from exc
        finally:
            pdf_page.close()


def _embedded_scan(pdf_page: pdfium.PdfPage) -> Image.Image | None:
    """The page's single image at its own resolution, when that is all the page shows."""
    try:
        return _single_image(pdf_page)
    except pdfium.PdfiumError:
        return None  # anything unusual about the image: the renderer copes with it


def _single_image(pdf_page: pdfium.PdfPage) -> Image.Image | None:
    top_level = list(pdf_page.get_objects(max_depth=1))
    if len(top_level) != 1 or top_level[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None  # text or drawings beside the scan: render to keep them
    if pdf_page.get_rotation() != 0:
        return None
    image = top_level[0]
    matrix = image.get_matrix()
    if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
        return None  # rotated, skewed or mirrored on the page
    left, bottom, right, top = image.get_bounds()
    width, height = pdf_page.get_size()
    if (right - left) * (top - bottom) < _SCAN_COVERAGE * width * height:
        return None
    bitmap = image.get_bitmap(render=False)
    try:
        # copy(): an L image shares the buffer PDFium frees on close.
        scan = to_rgb_or_l(bitmap.to_pil().copy())
    finally:
        bitmap.warn_on_close = False  # safe: nothing refers to its buffer any more
        bitmap.close()
    return scan if _looks_like_page(scan, pdf_page) else None


def _looks_like_page(scan: Image.Image, pdf_page: pdfium.PdfPage) -> bool:
    """Compare with a small render: raw image data ignores masks and some decode rules."""
    width, height = pdf_page.get_size()
    scale = _CHECK_SIDE / max(width, height)
    bitmap = pdf_page.render(scale=scale, grayscale=True)
    try:
        rendered = np.asarray(bitmap.to_pil().convert("L"), dtype=np.float32)
    finally:
        bitmap.close()
    size = (rendered.shape[1], rendered.shape[0])
    small = scan.convert("L").resize(size, Image.Resampling.BILINEAR)
    difference = np.abs(np.asarray(small, dtype=np.float32) - rendered)
    return float(difference.mean()) < _CHECK_TOLERANCE


def _render(source: SourceFile, pdf_page: pdfium.PdfPage) -> Image.Image:
    width, height = pdf_page.get_size()
    if not (width > 0 and height > 0 and math.isfinite(width * height)):
        raise _corrupt(source, ValueError("page has no size"))
    scale = limits.PDF_DPI / 72
    # A poster-sized page is rendered at a lower resolution instead of refused.
    scale = min(scale, math.sqrt(limits.MAX_PIXELS / (width * height)) * 0.999)
    bitmap = pdf_page.render(scale=scale, rev_byteorder=True)
    try:
        return to_rgb_or_l(bitmap.to_pil()).copy()
    finally:
        bitmap.close()


@contextmanager
def _document(source: SourceFile) -> Iterator[pdfium.PdfDocument]:
    data = source.data  # PDFium reads from this buffer until the document is closed
    with _PDFIUM_LOCK:
        # Opened by hand: pypdfium2 reports a page-less document with PDFium's last error,
        # which is stale after a successful load (an earlier file's "wrong password").
        raw = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
        if not raw:
            raise _open_error(source, pdfium_c.FPDF_GetLastError())
        document = pdfium.PdfDocument(raw)
        try:
            if len(document) < 1:
                raise EvidenceError("empty_pdf", f"{source.name} has no pages", name=source.name)
            # Filled-in form fields are drawn only with the form environment in place.
            document.init_forms()
            yield document
        finally:
            document.close()


def _open_error(source: SourceFile, code: int) -> EvidenceError:
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return EvidenceError(
            "encrypted_pdf",
            f"{source.name} is protected with a password; save it without one first",
            name=source.name,
        )
    reason = "file structure" if code == pdfium_c.FPDF_ERR_FORMAT else f"PDFium error {code}"
    return _corrupt(source, reason)


def _corrupt(source: SourceFile, problem: object) -> EvidenceError:
    return EvidenceError(
        "corrupt_pdf", f"{source.name} is a damaged PDF ({problem})", name=source.name
    )
