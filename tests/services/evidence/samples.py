"""Proof files made in memory: images in every supported format, PDFs good and bad."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pillow_heif
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# Where marked_image() puts its dark square, as fractions of width and height.
MARK = (0.1, 0.1, 0.3, 0.3)


def marked_image(size: tuple[int, int] = (300, 200), mode: str = "RGB") -> Image.Image:
    """Light grey with a dark square near the top-left corner, to see which way is up."""
    image = Image.new("RGB", size, (230, 230, 230))
    width, height = size
    left, top, right, bottom = MARK
    box = (round(left * width), round(top * height), round(right * width), round(bottom * height))
    ImageDraw.Draw(image).rectangle(box, fill=(10, 10, 30))
    if mode == "1":
        return image.convert("L").convert("1", dither=Image.Dither.NONE)
    if mode == "I;16":  # full 16-bit range, as a 16-bit scanner writes it
        return Image.fromarray(np.asarray(image.convert("L")).astype(np.uint16) * 257)
    return image.convert(mode)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def jpeg_with_orientation(image: Image.Image, orientation: int) -> bytes:
    """JPEG whose pixels are ``image`` as stored, tagged to be shown turned."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encode(image, "JPEG", quality=90, exif=exif)


def multi_frame_tiff(count: int = 3) -> bytes:
    frames = []
    for index in range(count):
        frame = Image.new("L", (120 + 10 * index, 160), 255)
        ImageDraw.Draw(frame).rectangle((10, 10 + 40 * index, 60, 40 + 40 * index), fill=0)
        frames.append(frame)
    return encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])


def heic(image: Image.Image) -> bytes:
    pillow_heif.register_heif_opener()
    return encode(image, "HEIF", quality=90)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` greyscale pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


# Reportlab pages: a black square whose place tells the page apart (points from bottom-left).
SQUARE_PT = 100


def square_origin(page: int) -> tuple[int, int]:
    return (72 + 200 * page, 600)


def reportlab_pdf(pages: int = 2, encrypt: object = None) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for page in range(pages):
        pdf.drawString(72, 780, f"Pagina {page + 1}")
        x, y = square_origin(page)
        pdf.rect(x, y, SQUARE_PT, SQUARE_PT, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF from raw object bodies (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def empty_pdf() -> bytes:
    return build_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )


def pdf_with_image_claiming(width: int, height: int) -> bytes:
    """One page showing one image whose dictionary claims ``width`` x ``height`` pixels."""
    data = zlib.compress(b"\x00" * 256)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (width, height, len(data))
            + data
            + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    )
