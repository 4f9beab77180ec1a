"""Image files: one JPEG per phone photo, and a flatbed scanner's multi-page TIFF."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from PIL import Image, TiffImagePlugin

from korre_desktop.testing.scan_corpus.pdf_out import encode_jpeg


def photo_name(number: int) -> str:
    """``photo_001.jpg`` for the first photo."""
    return f"photo_{number:03d}.jpg"


def write_jpeg(data: bytes | np.ndarray, path: Path | str, quality: int = 88) -> Path:
    """A JPEG file from encoded bytes or from an image (greyscale or BGR)."""
    path = Path(path)
    path.write_bytes(data if isinstance(data, bytes) else encode_jpeg(data, quality))
    return path


def write_tiff(pages: Iterable[np.ndarray], path: Path | str, dpi: float = 300) -> Path:
    """A multi-page greyscale TIFF (LZW, lossless), as flatbed scanning software writes.

    Pages are written as they come, so an iterator keeps only one page in memory.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    count = 0
    with TiffImagePlugin.AppendingTiffWriter(str(partial), new=True) as tiff:
        for page in pages:
            Image.fromarray(page).save(tiff, format="TIFF", compression="tiff_lzw", dpi=(dpi, dpi))
            tiff.newFrame()
            count += 1
    if count == 0:
        partial.unlink(missing_ok=True)
        raise ValueError("a TIFF needs at least one page")
    os.replace(partial, path)
    return path
