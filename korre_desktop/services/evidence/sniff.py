"""Recognising a file's type from its first bytes, never from its name."""

from __future__ import annotations

from pathlib import PurePath

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"
BMP = "image/bmp"
TIFF = "image/tiff"
HEIC = "image/heic"
HEIF = "image/heif"

SUPPORTED_MIME_TYPES = frozenset({PDF, PNG, JPEG, GIF, WEBP, BMP, TIFF, HEIC, HEIF})

# Extensions that promise a supported type: content that is none of them is "wrong_type".
EVIDENCE_EXTENSIONS = frozenset(
    {
        ".pdf",
        ".png",
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".gif",
        ".webp",
        ".bmp",
        ".dib",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".hif",
    }
)

_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1"})
# Sizes of the BMP info headers Pillow reads; "BM" alone is too weak a signature.
_BMP_INFO_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def sniff_mime(data: bytes) -> str | None:
    """The MIME type of a supported format, or None when the content is none of them."""
    head = data[:32]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return TIFF
    if (
        head[:2] == b"BM"
        and len(head) >= 18
        and int.from_bytes(head[14:18], "little") in (_BMP_INFO_SIZES)
    ):
        return BMP
    if head[4:8] == b"ftyp":
        return _heif_mime(head[8:12])
    # Readers accept junk before the header within the first KiB; so do we.
    if b"%PDF-" in data[:1024]:
        return PDF
    return None


def _heif_mime(major_brand: bytes) -> str | None:
    if major_brand in _HEIC_BRANDS:
        return HEIC
    if major_brand in _HEIF_BRANDS:
        return HEIF
    return None  # AVIF, MP4, QuickTime ... share the container but not the codec


def extension(name: str) -> str:
    return PurePath(name).suffix.lower()
