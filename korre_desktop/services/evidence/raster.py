"""Decoding image files (everything but PDF), with the pixel count checked first."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from korre_desktop.services.evidence import limits
from korre_desktop.services.evidence.errors import EvidenceError
from korre_desktop.services.evidence.modes import to_rgb_or_l
from korre_desktop.services.evidence.sniff import BMP, GIF, HEIC, HEIF, JPEG, PNG, TIFF, WEBP
from korre_desktop.services.evidence.source import SourceFile

pillow_heif.register_heif_opener()

# Pillow may only try the plugin for the sniffed type: never EPS (Ghostscript) and the like.
_PILLOW_FORMATS = {
    PNG: ("PNG",),
    JPEG: ("JPEG", "MPO"),
    GIF: ("GIF",),
    WEBP: ("WEBP",),
    BMP: ("BMP", "DIB"),
    TIFF: ("TIFF",),
    HEIC: ("HEIF",),
    HEIF: ("HEIF",),
}

# What Pillow and pillow-heif raise on damaged data (test_damaged_files.py fuzzes this).
DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    struct.error,
    zlib.error,
    RuntimeError,  # libheif failures that pillow-heif does not translate
)


def frame_count(source: SourceFile) -> int:
    """TIFF frames are pages; any other image is one page (a GIF's first frame)."""
    with _opened(source) as image:
        return _count(source, image)


def load_frame(source: SourceFile, page: int) -> Image.Image:
    """Decode one page to RGB or L with EXIF orientation applied."""
    with _opened(source) as image:
        count = _count(source, image)
        if not 0 <= page < count:
            raise page_out_of_range(source, page, count)
        try:
            if page:
                image.seek(page)
            check_pixels(source, *image.size)  # every TIFF frame has its own header
            image.load()
            upright = ImageOps.exif_transpose(image)
            return to_rgb_or_l(upright)
        except Image.DecompressionBombError as exc:
            raise _bomb(source) from exc
        except DECODE_ERRORS as exc:
            raise _unreadable(source, exc) from exc


def _count(source: SourceFile, image: Image.Image) -> int:
    if source.mime_type != TIFF:
        return 1
    try:
        return max(1, int(getattr(image, "n_frames", 1)))  # walks every frame's header
    except DECODE_ERRORS as exc:
        raise _unreadable(source, exc) from exc


def check_pixels(source: SourceFile, width: int, height: int) -> None:
    if width * height > limits.MAX_PIXELS:
        raise EvidenceError(
            "too_many_pixels",
            f"{source.name} is {width} x {height} pixels; at most"
            f" {limits.MAX_PIXELS // 1_000_000} megapixels can be used",
            name=source.name,
            width=width,
            height=height,
        )


def page_out_of_range(source: SourceFile, page: int, count: int) -> EvidenceError:
    return EvidenceError(
        "page_out_of_range",
        f"{source.name} has {count} page(s); page {page + 1} does not exist",
        name=source.name,
        page=page,
        count=count,
    )


@contextmanager
def _opened(source: SourceFile) -> Iterator[Image.Image]:
    """Open the header only (no pixels decoded yet) and check the pixel count."""
    try:
        with warnings.catch_warnings():
            # We check the size ourselves, below Pillow's warning threshold.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(source.data), formats=_PILLOW_FORMATS[source.mime_type])
    except Image.DecompressionBombError as exc:
        raise _bomb(source) from exc
    except (UnidentifiedImageError, *DECODE_ERRORS) as exc:
        raise _unreadable(source, exc) from exc
    with image:
        check_pixels(source, *image.size)
        yield image


def _bomb(source: SourceFile) -> EvidenceError:
    return EvidenceError(
        "too_many_pixels", f"{source.name} has far too many pixels", name=source.name
    )


def _unreadable(source: SourceFile, exc: BaseException) -> EvidenceError:
    return EvidenceError(
        "unreadable_image",
        f"{source.name} is damaged or incomplete and cannot be read ({exc})",
        name=source.name,
    )
