"""Pages out of returned-form files, one at a time, as greyscale pixels.

A copier batch can be a PDF of hundreds of pages and hundreds of megabytes: it is opened
from disk (PDFium reads what it needs), and each page is decoded only when asked for.
A page that is one JPEG (what copiers write) is decoded straight from its embedded stream,
at half or quarter size by libjpeg when it has far more pixels than reading needs; other
pages are rendered. Images (TIFF frames, phone photos) go through the evidence readers,
which apply EXIF orientation and refuse pixel bombs before decoding.
"""

from __future__ import annotations

import io
import math
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.internal as pdfium_i
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps, UnidentifiedImageError

from korre_desktop.errors import InputError
from korre_desktop.services.evidence import limits, load_page, read_source
from korre_desktop.services.evidence import page_count as evidence_page_count
from korre_desktop.services.evidence.errors import EvidenceError
from korre_desktop.services.evidence.modes import to_rgb_or_l
from korre_desktop.services.evidence.pdf import _PDFIUM_LOCK
from korre_desktop.services.evidence.raster import DECODE_ERRORS
from korre_desktop.services.evidence.sniff import JPEG, PDF, TIFF, sniff_mime
from korre_desktop.services.files import NotARegularFileError, open_regular_file

SourceReason = Literal[
    "missing", "unreadable", "not_supported", "corrupt", "encrypted", "too_large", "empty"
]

MAX_STREAMED_BYTES = 2 * 1024**3  # PDF and TIFF are read from disk, not into memory
RENDER_DPI = 200.0  # pages that are not one scanned image
# Reading needs ~150 dpi: an embedded JPEG of at least this many dpi is decoded at half
# size by libjpeg itself (and at a quarter from twice this), which is also faster.
REDUCE_FROM_DPI = 250.0
# A page counts as "one scanned image" when that image covers nearly all of it.
_SCAN_COVERAGE = 0.9
# Photos are scaled down to this long side: still ~150 dpi on a sheet filling half the
# frame, and every later step gets faster.
PHOTO_LONG_SIDE = 3200
# An image scanned at more than ~200 dpi is scaled down to this long side (A4 at 200 dpi).
SCAN_LONG_SIDE = 2400
EVIDENCE_JPEG_QUALITY = 80
A4_RATIO = 297 / 210
_A4_TOLERANCE = 0.04
# A scan's edges are paper (or the copier lid); a photo usually shows the desk.
_BRIGHT_BORDER = 170


class ScanSourceError(InputError):
    """A whole file that cannot be read as pages; ``reason`` is a machine-readable code."""

    def __init__(self, reason: SourceReason, message: str, **details: object) -> None:
        super().__init__(message, **details)
        self.reason: SourceReason = reason


@dataclass(frozen=True)
class PageProblem:
    """One page that could not be read; the rest of the file goes on."""

    source: Path
    index: int
    reason: str  # "corrupt_page", "too_large"
    message: str


@dataclass
class ScanPage:
    source: Path
    index: int  # 0-based
    count: int  # pages in the file
    gray: np.ndarray  # uint8, one channel
    kind: str  # "scan" or "photo"
    dpi: float | None  # of ``gray`` itself, when known (PDF pages, TIFF with a resolution)
    # The proof to keep, when it is not a re-encoding of ``gray``: the embedded JPEG
    # stream or the original photo file. Filled lazily otherwise.
    _evidence: tuple[bytes, str] | None = field(default=None, repr=False, compare=False)

    def evidence(self) -> tuple[bytes, str]:
        """Bytes and MIME type to keep as this page's proof."""
        if self._evidence is None:
            ok, data = cv2.imencode(
                ".jpg", self.gray, [cv2.IMWRITE_JPEG_QUALITY, EVIDENCE_JPEG_QUALITY]
            )
            if not ok:
                raise ValueError("could not encode the page as JPEG")
            self._evidence = (data.tobytes(), JPEG)
        return self._evidence


# -- public ---------------------------------------------------------------------------------


def page_count(path: Path) -> int:
    """Pages in a PDF, frames in a TIFF, else 1; raises ScanSourceError like iter_pages."""
    path = Path(path)
    mime = _sniff(path)
    if mime == PDF:
        with _pdf_document(path) as (_, count):
            return count
    if mime == TIFF:
        with _tiff(path) as image:
            return _tiff_frames(path, image)
    with _evidence_errors(path):
        return evidence_page_count(read_source(path))  # the header only, pixels checked


def iter_pages(path: Path) -> Iterator[ScanPage | PageProblem]:
    """Each page of the file in order, decoded when asked for.

    The file is opened and checked here, so a file that cannot be used at all raises
    ScanSourceError at once (not at the first ``next``).
    """
    path = Path(path)
    mime = _sniff(path)
    if mime == PDF:
        with _pdf_document(path) as (_, count):
            pass
        return _pdf_pages(path, count)
    if mime == TIFF:
        with _tiff(path) as image:
            count = _tiff_frames(path, image)
        return _tiff_pages(path, count)
    return iter([_single_image(path)])


# -- files ----------------------------------------------------------------------------------


def _open(path: Path) -> BinaryIO:
    """The file opened for reading; anything but a regular file (a folder, a FIFO, a
    device) is refused before a byte is read, so a FIFO never hangs the batch."""
    try:
        return open_regular_file(path)
    except NotARegularFileError as exc:
        reason: SourceReason = (
            exc.reason if exc.reason in ("missing", "unreadable") else "not_supported"
        )
        raise ScanSourceError(reason, str(exc), path=str(path)) from exc
    except FileNotFoundError as exc:
        raise ScanSourceError("missing", f"{path} does not exist", path=str(path)) from exc
    except OSError as exc:
        raise ScanSourceError(
            "unreadable", f"cannot read {path}: {exc.strerror or exc}", path=str(path)
        ) from exc


def _sniff(path: Path) -> str:
    with _open(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        try:
            head = handle.read(1024)
        except OSError as exc:
            raise ScanSourceError(
                "unreadable", f"cannot read {path}: {exc.strerror or exc}", path=str(path)
            ) from exc
    if size == 0:
        raise ScanSourceError("empty", f"{path.name} is empty", path=str(path))
    mime = sniff_mime(head)
    if mime is None:
        raise ScanSourceError(
            "not_supported", f"{path.name} is not a PDF or an image", path=str(path)
        )
    if mime in (PDF, TIFF) and size > MAX_STREAMED_BYTES:
        raise ScanSourceError(
            "too_large",
            f"{path.name} is {limits.megabytes(size)}; at most 2 GB can be read",
            path=str(path),
            size=size,
        )
    return mime


# -- PDF ------------------------------------------------------------------------------------


@contextmanager
def _pdf_document(path: Path) -> Iterator[tuple[pdfium.PdfDocument, int]]:
    """The document and its page count, read from disk through PDFium's file access
    (never all in memory)."""
    handle = _open(path)  # closed below, after PDFium lets go of it
    try:
        with _PDFIUM_LOCK:
            # ``reader`` and ``held`` (the read callback) must live as long as the document.
            reader, held = pdfium_i.get_bufreader(handle)
            # Opened by hand: pypdfium2 would report a page-less document with PDFium's
            # stale last error (see evidence/pdf.py).
            raw = pdfium_c.FPDF_LoadCustomDocument(reader, None)
            if not raw:
                raise _open_error(path, pdfium_c.FPDF_GetLastError())
            document = pdfium.PdfDocument(raw)
        try:
            with _PDFIUM_LOCK:
                count = len(document)
            if count < 1:
                raise ScanSourceError("empty", f"{path.name} has no pages", path=str(path))
            yield document, count
        finally:
            with _PDFIUM_LOCK:
                document.close()
            del reader, held
    finally:
        handle.close()


def _open_error(path: Path, code: int) -> ScanSourceError:
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return ScanSourceError(
            "encrypted",
            f"{path.name} is protected with a password; save it without one first",
            path=str(path),
        )
    what = "file structure" if code == pdfium_c.FPDF_ERR_FORMAT else f"PDFium error {code}"
    return ScanSourceError(
        "corrupt", f"{path.name} is a damaged PDF ({what})", path=str(path), code=code
    )


def _pdf_pages(path: Path, count: int) -> Iterator[ScanPage | PageProblem]:
    with _pdf_document(path) as (document, _):
        for index in range(count):
            yield _pdf_page(document, path, index, count)


class _TooLarge(Exception):
    pass


@dataclass
class _Extracted:
    """What was taken out of a page under the PDFium lock, decoded outside it."""

    jpeg: bytes | None = None
    gray: np.ndarray | None = None
    dpi: float | None = None  # of the JPEG's full size, or of ``gray``
    rotation: int = 0  # the page's /Rotate, clockwise degrees


def _pdf_page(
    document: pdfium.PdfDocument, path: Path, index: int, count: int
) -> ScanPage | PageProblem:
    try:
        extracted = _extract(document, index, render=False)
        if extracted.jpeg is not None:
            factor = _reduction(extracted.dpi)
            gray = _decode_jpeg(extracted.jpeg, factor)
            if gray is not None:
                gray = _turned(gray, extracted.rotation)
                dpi = extracted.dpi / factor if extracted.dpi else None
                return ScanPage(
                    path, index, count, gray, "scan", dpi, _evidence=(extracted.jpeg, JPEG)
                )
            extracted = _extract(document, index, render=True)  # a stream libjpeg refuses
        assert extracted.gray is not None
        return ScanPage(path, index, count, extracted.gray, "scan", extracted.dpi)
    except _TooLarge as exc:
        return PageProblem(path, index, "too_large", str(exc))
    except Exception as exc:  # one odd page must not end a 300-page batch
        return PageProblem(path, index, "corrupt_page", f"page {index + 1} cannot be read ({exc})")


def _extract(document: pdfium.PdfDocument, index: int, render: bool) -> _Extracted:
    """Under the lock: the page's embedded JPEG stream, or the page rendered."""
    with _PDFIUM_LOCK:
        page = document[index]
        try:
            width, height = page.get_size()
            if not (width > 0 and height > 0 and math.isfinite(width * height)):
                raise ValueError("the page has no size")
            # An embedded image is decoded at full size even when rendered small.
            for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
                _check_pixels(*image.get_px_size())
            dpi = RENDER_DPI
            scan = _single_scan(page, width, height)
            if scan is not None:
                if scan.jpeg is not None and not render:
                    return scan
                if scan.dpi:
                    # Another kind of scan (CCITT, JBIG2, Flate, a CMYK JPEG): rendered
                    # at about its own resolution, reduced like a JPEG would be.
                    dpi = scan.dpi / _reduction(scan.dpi)
            return _render(page, width, height, dpi)
        finally:
            page.close()


def _single_scan(page: pdfium.PdfPage, width: float, height: float) -> _Extracted | None:
    """The page's one image when that is all it shows: its JPEG stream if it is one (and
    libjpeg can take it), and its resolution. None for any other page."""
    top_level = list(page.get_objects(max_depth=1))
    if len(top_level) != 1 or top_level[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None  # text or drawings beside the scan: render to keep them
    image = top_level[0]
    left, bottom, right, top = image.get_bounds()
    if (right - left) * (top - bottom) < _SCAN_COVERAGE * width * height:
        return None
    px_w, _ = image.get_px_size()
    dpi = px_w / ((right - left) / 72.0) if px_w and right > left else None
    matrix = image.get_matrix()
    if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
        return _Extracted(dpi=dpi)  # turned, skewed or mirrored on the page: render it
    try:
        filters = image.get_filters()
        if filters and filters[-1] == "DCTDecode" and not image.get_filters(skip_simple=True)[:-1]:
            jpeg = bytes(image.get_data(decode_simple=len(filters) > 1))
            if _jpeg_is_grey_or_rgb(jpeg):
                return _Extracted(jpeg=jpeg, dpi=dpi, rotation=page.get_rotation())
    except pdfium.PdfiumError:
        pass  # anything unusual about the image: the renderer copes with it
    return _Extracted(dpi=dpi)


def _jpeg_is_grey_or_rgb(jpeg: bytes) -> bool:
    """Read the JPEG header only: its true size (checked) and colour model."""
    try:
        with Image.open(io.BytesIO(jpeg), formats=("JPEG",)) as header:
            _check_pixels(*header.size)
            return header.mode in ("L", "RGB")  # CMYK JPEGs are often stored inverted
    except _TooLarge:
        raise
    except (Image.DecompressionBombError, *DECODE_ERRORS):
        return False


def _render(page: pdfium.PdfPage, width: float, height: float, dpi: float) -> _Extracted:
    scale = dpi / 72.0
    # A poster-sized page is rendered at a lower resolution instead of refused.
    scale = min(scale, math.sqrt(limits.MAX_PIXELS / (width * height)) * 0.999)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        gray = _bitmap_gray(bitmap)
    finally:
        _close(bitmap)
    return _Extracted(gray=gray, dpi=scale * 72.0)


def _bitmap_gray(bitmap: pdfium.PdfBitmap) -> np.ndarray:
    """A copy (the buffer belongs to PDFium) as one grey channel."""
    pixels = bitmap.to_numpy()
    channels = bitmap.n_channels
    if channels == 1:
        return np.array(pixels, dtype=np.uint8, copy=True)
    code = cv2.COLOR_BGRA2GRAY if channels == 4 else cv2.COLOR_BGR2GRAY
    if bitmap.rev_byteorder:
        code = cv2.COLOR_RGBA2GRAY if channels == 4 else cv2.COLOR_RGB2GRAY
    return cv2.cvtColor(np.ascontiguousarray(pixels), code)


def _close(bitmap: pdfium.PdfBitmap) -> None:
    # Safe without the warning: _bitmap_gray copied the pixels, nothing refers to the buffer.
    bitmap.warn_on_close = False
    bitmap.close()


def _check_pixels(width: int, height: int) -> None:
    if width * height > limits.MAX_PIXELS:
        raise _TooLarge(
            f"an image of {width} x {height} pixels; at most"
            f" {limits.MAX_PIXELS // 1_000_000} megapixels can be read"
        )


def _reduction(dpi: float | None) -> int:
    """libjpeg's scale-down factor that keeps at least ~125 dpi."""
    factor = 1
    while dpi and dpi / factor >= REDUCE_FROM_DPI and factor < 8:
        factor *= 2
    return factor


_IMREAD = {
    1: cv2.IMREAD_GRAYSCALE,
    2: cv2.IMREAD_REDUCED_GRAYSCALE_2,
    4: cv2.IMREAD_REDUCED_GRAYSCALE_4,
    8: cv2.IMREAD_REDUCED_GRAYSCALE_8,
}


def _decode_jpeg(jpeg: bytes, factor: int) -> np.ndarray | None:
    # A PDF shows the stream as stored: any EXIF orientation inside it does not apply.
    flags = _IMREAD[factor] | cv2.IMREAD_IGNORE_ORIENTATION
    gray = cv2.imdecode(np.frombuffer(jpeg, dtype=np.uint8), flags)
    return gray if gray is not None and gray.ndim == 2 and gray.size else None


def _turned(gray: np.ndarray, rotation: int) -> np.ndarray:
    """The image as the page shows it (``/Rotate`` turns clockwise)."""
    if not rotation:
        return gray
    return np.ascontiguousarray(np.rot90(gray, k=-(rotation // 90)))


# -- TIFF -----------------------------------------------------------------------------------


@contextmanager
def _tiff(path: Path) -> Iterator[Image.Image]:
    """The TIFF opened from disk (frames are read when asked for)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path, formats=("TIFF",))
    except Image.DecompressionBombError as exc:
        raise ScanSourceError(
            "too_large", f"{path.name} has far too many pixels", path=str(path)
        ) from exc
    except (UnidentifiedImageError, *DECODE_ERRORS) as exc:
        raise ScanSourceError(
            "corrupt", f"{path.name} is a damaged TIFF ({exc})", path=str(path)
        ) from exc
    with image:
        yield image


def _tiff_frames(path: Path, image: Image.Image) -> int:
    try:
        return max(1, int(getattr(image, "n_frames", 1)))  # walks every frame's header
    except DECODE_ERRORS as exc:
        raise ScanSourceError(
            "corrupt", f"{path.name} is a damaged TIFF ({exc})", path=str(path)
        ) from exc


def _tiff_pages(path: Path, count: int) -> Iterator[ScanPage | PageProblem]:
    with _tiff(path) as image:
        for index in range(count):
            yield _tiff_page(path, image, index, count)


def _tiff_page(path: Path, image: Image.Image, index: int, count: int) -> ScanPage | PageProblem:
    try:
        image.seek(index)
        _check_pixels(*image.size)  # every frame has its own header
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image.load()
        dpi = _tiff_dpi(image)
        upright = ImageOps.exif_transpose(image)  # the Orientation tag of this frame
        gray = np.array(to_rgb_or_l(upright).convert("L"))
    except _TooLarge as exc:
        return PageProblem(path, index, "too_large", str(exc))
    except Exception as exc:  # one odd frame must not end the batch
        return PageProblem(path, index, "corrupt_page", f"page {index + 1} cannot be read ({exc})")
    # Without a resolution tag, assume the frame is an A4 page.
    factor = _reduction(dpi or max(gray.shape) / (297 / 25.4))
    if factor > 1:
        gray = cv2.resize(gray, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
    return ScanPage(path, index, count, gray, "scan", dpi / factor if dpi else None)


def _tiff_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    return value if 50.0 <= value <= 4800.0 else None


# -- single images --------------------------------------------------------------------------

_EVIDENCE_REASONS: dict[str, SourceReason] = {
    "too_big_file": "too_large",
    "too_many_pixels": "too_large",
    "unreadable_image": "corrupt",
    "wrong_type": "not_supported",
    "unsupported_type": "not_supported",
}


@contextmanager
def _evidence_errors(path: Path) -> Iterator[None]:
    """The evidence readers' refusals as ScanSourceError."""
    try:
        yield
    except EvidenceError as exc:
        reason = _EVIDENCE_REASONS.get(exc.reason, "corrupt")
        raise ScanSourceError(reason, exc.message, path=str(path)) from exc
    except InputError as exc:
        raise ScanSourceError("unreadable", exc.message, path=str(path)) from exc


def _single_image(path: Path) -> ScanPage:
    """A photo or a single scanned image: one page; the original file is its proof."""
    with _evidence_errors(path):
        source = read_source(path)
        image = load_page(source, 0)  # EXIF orientation applied; pixels checked first
    gray = np.array(image.convert("L"))
    kind = "scan" if looks_scanned(gray) else "photo"
    longest = PHOTO_LONG_SIDE if kind == "photo" else SCAN_LONG_SIDE
    if max(gray.shape) > longest:
        scale = longest / max(gray.shape)
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return ScanPage(path, 0, 1, gray, kind, None, _evidence=(source.data, source.mime_type))


def looks_scanned(gray: np.ndarray) -> bool:
    """A4-shaped with bright edges: a scanner's or a scanning app's page, not a photo."""
    height, width = gray.shape[:2]
    ratio = max(height, width) / max(1, min(height, width))
    if abs(ratio - A4_RATIO) > _A4_TOLERANCE * A4_RATIO:
        return False
    edge = max(2, round(min(height, width) * 0.015))
    strips = (gray[:edge], gray[-edge:], gray[:, :edge], gray[:, -edge:])
    return all(float(np.median(strip)) > _BRIGHT_BORDER for strip in strips)
