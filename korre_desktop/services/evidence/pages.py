"""Pages of a proof file: how many there are, and one of them as an image."""

from __future__ import annotations

from PIL import Image

from korre_desktop.services.evidence.pdf import load_pdf_page, pdf_page_count
from korre_desktop.services.evidence.raster import frame_count, load_frame
from korre_desktop.services.evidence.sniff import PDF
from korre_desktop.services.evidence.source import SourceFile


def page_count(source: SourceFile) -> int:
    """PDF pages, TIFF frames, else 1; opens the file so damage shows up early."""
    if source.mime_type == PDF:
        return pdf_page_count(source)
    return frame_count(source)


def load_page(source: SourceFile, page: int = 0) -> Image.Image:
    """One page as an upright RGB or L image (PDF pages at 200 dpi)."""
    if isinstance(page, bool) or not isinstance(page, int):
        raise TypeError(f"page must be an int, not {type(page).__name__}")
    if source.mime_type == PDF:
        return load_pdf_page(source, page)
    return load_frame(source, page)
