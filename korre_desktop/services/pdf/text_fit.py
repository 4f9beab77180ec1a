"""Fitting text into a width on the printed forms: smaller type, condensed type, wrapping."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from korre_desktop.services.pdf.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR

_CONDENSED = {REGULAR: CONDENSED, BOLD: CONDENSED_BOLD}


def fit_text(
    text: str, font: str, size: float, width_mm: float, smallest: float = 7.0
) -> tuple[str, str, float]:
    """(text, font, size) so ``text`` fits ``width_mm``: slightly smaller type first, then
    the condensed face down to ``smallest``, and only then cut with "…"."""
    width = width_mm * mm
    condensed = _CONDENSED.get(font, font)
    tries = [(font, size - 0.25 * step) for step in range(int(size * 0.15 / 0.25) + 1)]
    tries += [(condensed, size - 0.25 * step) for step in range(int((size - smallest) / 0.25) + 1)]
    for face, face_size in tries:
        if stringWidth(text, face, face_size) <= width:
            return text, face, face_size
    while text and stringWidth(text + "…", condensed, smallest) > width:
        text = text[:-1]
    return text.rstrip() + "…", condensed, smallest


def wrap_lines(
    text: str, font: str, size: float, width_mm: float, most: int
) -> tuple[list[str], float]:
    """(lines, size): ``text`` wrapped in at most ``most`` lines, in smaller type if needed
    (down to three quarters), and the last line cut with "…" as a last resort."""
    width = width_mm * mm
    face_size = size
    while True:
        lines = simpleSplit(text, font, face_size, width)
        if len(lines) <= most or face_size <= size * 0.75:
            break
        face_size -= 0.5
    if len(lines) > most:
        last = " ".join(lines[most - 1 :])
        while last and stringWidth(last + "…", font, face_size) > width:
            last = last[:-1]
        lines = [*lines[: most - 1], last.rstrip() + "…"]
    return lines, face_size
