"""Limits on what the pipeline accepts; read at call time so tests can lower them."""

from __future__ import annotations

# A scanned multi-page PDF or a 48-MP phone photo stays well below this.
MAX_FILE_BYTES = 80 * 1024 * 1024

# Checked from the file header before decoding: 60 MP is above any phone camera in use
# (48-50 MP) and below Pillow's own bomb warning (89 MP), so it fires first.
MAX_PIXELS = 60_000_000

# Resolution at which PDF pages are rendered; enough for handwriting on A4.
PDF_DPI = 200


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
