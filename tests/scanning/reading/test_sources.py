"""Pages out of files: embedded JPEGs at half size, renders, TIFF frames, photos, refusals."""

from __future__ import annotations

import io
import struct
import zlib

import cv2
import numpy as np
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from korre_desktop.services.evidence import limits
from korre_desktop.services.evidence.sniff import JPEG, sniff_mime
from korre_desktop.services.scanning.reading import sources
from korre_desktop.services.scanning.reading.qr import find_form_qr
from korre_desktop.services.scanning.reading.sources import (
    PageProblem,
    ScanPage,
    ScanSourceError,
    iter_pages,
    page_count,
)
from tests.scanning.reading.drawing import (
    build_pdf,
    flate_grey,
    jpeg,
    jpeg_pdf,
    pdf_of_image_pages,
    photo,
)


def test_a_copier_pdf_gives_its_jpeg_pages_at_half_size_with_the_stream_as_proof(consent, tmp_path):
    streams = [jpeg(consent.page(index), 70) for index in range(3)]
    height, width = consent.page().shape  # 300 dpi
    path = jpeg_pdf(tmp_path / "scan.pdf", streams)
    assert page_count(path) == 3
    pages = list(iter_pages(path))
    assert [page.index for page in pages] == [0, 1, 2]
    for page, stream in zip(pages, streams, strict=True):
        assert isinstance(page, ScanPage)
        assert (page.count, page.kind, page.source) == (3, "scan", path)
        # decoded by libjpeg at half size
        assert page.gray.dtype == np.uint8
        assert page.gray.shape == ((height + 1) // 2, (width + 1) // 2)
        assert page.dpi == pytest.approx(150, abs=0.5)
        assert page.evidence() == (stream, JPEG)  # the embedded stream itself


def test_a_jpeg_page_below_250_dpi_is_decoded_at_full_size(consent, tmp_path):
    small = cv2.resize(consent.page(), (1654, 2339), interpolation=cv2.INTER_AREA)  # 200 dpi
    path = jpeg_pdf(tmp_path / "scan200.pdf", [jpeg(small)])
    (page,) = iter_pages(path)
    assert page.gray.shape == (2339, 1654) and page.dpi == pytest.approx(200, abs=0.5)


def test_pages_that_are_not_one_image_are_rendered_at_200_dpi(consent):
    pages = list(iter_pages(consent.pdf))
    assert len(pages) == 3
    page = pages[0]
    assert page.gray.shape == (2339, 1654) and page.dpi == pytest.approx(200)
    data, mime = page.evidence()
    assert mime == JPEG and sniff_mime(data) == JPEG
    assert page.evidence()[0] is data  # encoded once


def test_a_page_claiming_a_huge_image_is_a_problem_and_the_next_page_is_still_read(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(
        pdf_of_image_pages(
            [
                (100_000, 100_000, flate_grey(16, 16), b"FlateDecode"),
                (200, 283, flate_grey(200, 283), b"FlateDecode"),
            ]
        )
    )
    first, second = iter_pages(path)
    assert isinstance(first, PageProblem)
    assert (first.index, first.reason) == (0, "too_large")
    assert "100000 x 100000" in first.message
    assert isinstance(second, ScanPage) and second.index == 1


def test_a_jpeg_stream_whose_own_header_claims_too_many_pixels_is_not_decoded(
    tmp_path, monkeypatch
):
    stream = jpeg(np.full((300, 200), 255, np.uint8))
    path = tmp_path / "header.pdf"
    path.write_bytes(pdf_of_image_pages([(20, 30, stream, b"DCTDecode")]))  # dict: 20 x 30
    monkeypatch.setattr(limits, "MAX_PIXELS", 10_000)  # read at call time
    (problem,) = iter_pages(path)
    assert isinstance(problem, PageProblem) and problem.reason == "too_large"


def test_one_failing_page_does_not_stop_the_file(consent, tmp_path, monkeypatch):
    path = jpeg_pdf(tmp_path / "scan.pdf", [jpeg(consent.page(0)), jpeg(consent.page(1))])
    real = sources._extract

    def failing(document, index, render):
        if index == 0:
            raise sources.pdfium.PdfiumError("simulated damage")
        return real(document, index, render)

    monkeypatch.setattr(sources, "_extract", failing)
    first, second = iter_pages(path)
    assert isinstance(first, PageProblem) and first.reason == "corrupt_page"
    assert isinstance(second, ScanPage)


def _reportlab_pdf(encrypt: object = None) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    pdf.drawString(72, 780, "Pagina 1")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (lambda: _reportlab_pdf(encrypt="geheim"), "encrypted"),
        (lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "corrupt"),
        (lambda: _reportlab_pdf()[:400], "corrupt"),
        (
            lambda: build_pdf(
                [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
            ),
            "empty",
        ),
        (lambda: b"", "empty"),
        (lambda: b"naam;nummer\nSem;004514\n", "not_supported"),
        (lambda: b"\xff\xd8\xff\xe0" + b"\x00" * 64, "corrupt"),  # a JPEG cut off
    ],
    ids=["encrypted", "garbage", "truncated", "no-pages", "zero-bytes", "csv", "bad-jpeg"],
)
def test_files_that_cannot_be_read_at_all_raise_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "input.pdf"
    path.write_bytes(content())
    with pytest.raises(ScanSourceError) as caught:
        iter_pages(path)  # raised at once, not at the first page
    assert caught.value.reason == reason
    with pytest.raises(ScanSourceError):
        page_count(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(ScanSourceError) as caught:
        iter_pages(tmp_path / "weg.pdf")
    assert caught.value.reason == "missing"


def test_a_pdf_over_2_gb_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    path.write_bytes(_reportlab_pdf())
    monkeypatch.setattr(sources, "MAX_STREAMED_BYTES", 100)
    with pytest.raises(ScanSourceError) as caught:
        iter_pages(path)
    assert caught.value.reason == "too_large"


def test_tiff_frames_are_pages_scaled_to_about_150_dpi(consent, tmp_path):
    frames = [Image.fromarray(consent.page(index)) for index in range(2)]
    path = tmp_path / "scan.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(300, 300))
    assert page_count(path) == 2
    pages = list(iter_pages(path))
    assert [(page.index, page.count, page.kind) for page in pages] == [
        (0, 2, "scan"),
        (1, 2, "scan"),
    ]
    height, width = consent.page().shape
    assert pages[1].gray.shape == (height // 2, width // 2)
    assert pages[1].dpi == pytest.approx(150)
    assert pages[1].evidence()[1] == JPEG


def test_a_phone_photo_is_a_photo_and_its_file_is_the_proof(consent, tmp_path):
    sheet = consent.page()
    shot, _ = photo(sheet, [(420, 380), (2650, 300), (2780, 3700), (300, 3620)])
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(jpeg(shot, 85))
    assert page_count(path) == 1
    (page,) = iter_pages(path)
    assert page.kind == "photo" and page.dpi is None
    assert max(page.gray.shape) == sources.PHOTO_LONG_SIDE  # 4000 px scaled down
    assert page.evidence() == (path.read_bytes(), JPEG)


def test_an_a4_image_with_white_edges_is_a_scan(consent, tmp_path):
    path = tmp_path / "scan.png"
    Image.fromarray(consent.page()).save(path)
    (page,) = iter_pages(path)
    assert page.kind == "scan"
    assert max(page.gray.shape) == sources.SCAN_LONG_SIDE
    assert page.evidence()[1] == "image/png"


def test_a_black_and_white_copier_scan_is_rendered_at_about_150_dpi(consent, tmp_path):
    sheet = Image.fromarray(consent.page()).point(lambda v: 255 if v > 160 else 0).convert("1")
    path = tmp_path / "bw.pdf"
    sheet.save(path, resolution=300)  # one CCITT G4 image per page, as copiers write
    (page,) = iter_pages(path)
    assert page.dpi == pytest.approx(150, abs=1)
    assert page.gray.shape == pytest.approx((1754, 1240), abs=1)
    assert page.gray.min() < 50 and np.median(page.gray) > 200


def test_a_turned_jpeg_page_is_turned_as_shown(consent, tmp_path):
    stream = jpeg(consent.page())
    path = jpeg_pdf(tmp_path / "turned.pdf", [stream])
    document = sources.pdfium.PdfDocument(path)
    document[0].set_rotation(90)
    document.save(tmp_path / "rotated.pdf")
    document.close()
    (page,) = iter_pages(tmp_path / "rotated.pdf")
    height, width = consent.page().shape
    assert page.gray.shape == ((width + 1) // 2, (height + 1) // 2)  # landscape, as shown
    # Turned a quarter clockwise: the code at the page's top right is now bottom right.
    assert find_form_qr(page.gray).found.step == "corner:bottom_right"
    assert page.evidence()[0] == stream  # untouched


def _png_claiming(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + struct.pack(">I", 0)
        + b"IEND"
        + struct.pack(">I", zlib.crc32(b"IEND"))
    )


@pytest.mark.parametrize("size", [(10_000, 7_000), (100_000, 100_000)])
def test_an_image_claiming_too_many_pixels_is_refused_before_decoding(tmp_path, size):
    path = tmp_path / "bom.png"
    path.write_bytes(_png_claiming(*size))
    with pytest.raises(ScanSourceError) as caught:
        iter_pages(path)
    assert caught.value.reason == "too_large"
    with pytest.raises(ScanSourceError):
        page_count(path)
