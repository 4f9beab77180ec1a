"""Pages of proof files: every format decodes upright; bad files fail with their reason."""

import io
import time
import tracemalloc
import zlib

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFile
from reportlab.lib import pdfencrypt

from korre_desktop.services.evidence import (
    EvidenceError,
    limits,
    load_page,
    page_count,
    source_from_bytes,
)
from tests.services.evidence import samples


def source(data: bytes, name: str = "bewijs"):
    return source_from_bytes(data, name)


def dark_share(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels inside a box given as fractions of the image."""
    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    left, top, right, bottom = box
    inside = grey[
        round(top * height) : round(bottom * height), round(left * width) : round(right * width)
    ]
    return float(np.mean(inside < 100))


MARK_CENTRE = (0.15, 0.15, 0.25, 0.25)


def transparent_right_half() -> Image.Image:
    image = samples.marked_image(mode="RGBA")
    alpha = Image.new("L", image.size, 255)
    alpha.paste(0, (150, 0, 300, 200))
    image.putalpha(alpha)
    return image


@pytest.mark.parametrize(
    ("data", "mode"),
    [
        (samples.encode(samples.marked_image(), "PNG"), "RGB"),
        (samples.encode(samples.marked_image(mode="L"), "PNG"), "L"),
        (samples.encode(samples.marked_image(mode="1"), "PNG"), "L"),
        (samples.encode(samples.marked_image(mode="P"), "PNG"), "RGB"),
        (samples.encode(samples.marked_image(mode="I;16"), "PNG"), "L"),
        (samples.encode(transparent_right_half(), "PNG"), "RGB"),
        (samples.encode(samples.marked_image(), "JPEG"), "RGB"),
        (samples.encode(samples.marked_image(mode="CMYK"), "JPEG"), "RGB"),
        (samples.encode(samples.marked_image(), "WEBP", quality=90), "RGB"),
        (samples.encode(samples.marked_image(), "BMP"), "RGB"),
        (samples.encode(samples.marked_image(), "GIF"), "RGB"),
        (samples.encode(samples.marked_image(), "TIFF", compression="tiff_lzw"), "RGB"),
        (samples.heic(samples.marked_image()), "RGB"),
    ],
    ids=[
        "png",
        "png-grey",
        "png-1bit",
        "png-palette",
        "png-16bit",
        "png-transparent",
        "jpeg",
        "jpeg-cmyk",
        "webp",
        "bmp",
        "gif",
        "tiff",
        "heic",
    ],
)
def test_each_format_loads_as_rgb_or_l(data: bytes, mode: str) -> None:
    proof = source(data)
    assert page_count(proof) == 1
    image = load_page(proof)
    assert (image.mode, image.size) == (mode, (300, 200))
    assert dark_share(image, MARK_CENTRE) > 0.95  # the mark, where it was drawn
    assert dark_share(image, (0.5, 0.5, 1.0, 1.0)) < 0.01


def test_transparency_becomes_white_paper() -> None:
    image = load_page(source(samples.encode(transparent_right_half(), "PNG")))
    grey = np.asarray(image.convert("L"))
    assert grey[100, 100] == 230 and grey[100, 200] == 255


def test_grey_16_bit_keeps_its_levels() -> None:
    ramp = (np.arange(256, dtype=np.uint16)[None, :].repeat(4, axis=0) * 257).astype(np.uint16)
    image = load_page(source(samples.encode(Image.fromarray(ramp), "PNG")))
    assert np.array_equal(np.asarray(image)[0], np.arange(256))


def test_gif_gives_its_first_frame() -> None:
    first = samples.marked_image(mode="P")
    second = samples.marked_image().transpose(Image.Transpose.FLIP_LEFT_RIGHT).convert("P")
    data = samples.encode(first, "GIF", save_all=True, append_images=[second])
    proof = source(data)
    assert page_count(proof) == 1
    assert dark_share(load_page(proof), MARK_CENTRE) > 0.95


@pytest.mark.parametrize(
    ("orientation", "expected_mark"),
    [
        (1, (0.15, 0.15, 0.25, 0.25)),
        (3, (0.75, 0.75, 0.85, 0.85)),
        (6, (0.75, 0.15, 0.85, 0.25)),  # turned clockwise: top-left went to top-right
        (8, (0.15, 0.75, 0.25, 0.85)),  # turned counter-clockwise: to bottom-left
    ],
)
def test_exif_orientation_is_applied(
    orientation: int, expected_mark: tuple[float, float, float, float]
) -> None:
    data = samples.jpeg_with_orientation(samples.marked_image((300, 200)), orientation)
    image = load_page(source(data, "IMG_0001.jpg"))
    assert image.size == ((200, 300) if orientation in (6, 8) else (300, 200))
    assert dark_share(image, expected_mark) > 0.95


def test_tiff_frames_are_pages() -> None:
    proof = source(samples.multi_frame_tiff(3), "scan.tif")
    assert page_count(proof) == 3
    pages = [load_page(proof, index) for index in range(3)]
    assert [page.size for page in pages] == [(120, 160), (130, 160), (140, 160)]
    for index, page in enumerate(pages):
        grey = np.asarray(page)
        assert grey[25 + 40 * index, 30] == 0  # each frame's own square
        assert grey[25 + 40 * ((index + 1) % 3), 30] == 255
    with pytest.raises(EvidenceError) as caught:
        load_page(proof, 3)
    assert caught.value.reason == "page_out_of_range"


def test_pdf_pages_render_at_200_dpi() -> None:
    proof = source(samples.reportlab_pdf(2), "formulier.pdf")
    assert page_count(proof) == 2
    for index in range(2):
        page = load_page(proof, index)
        assert page.mode in ("RGB", "L")
        assert abs(page.width - 1654) <= 1 and abs(page.height - 2339) <= 1  # A4 at 200 dpi
        for square in range(2):
            x, y = samples.square_origin(square)
            # The square's middle, in fractions of the page (PDF y runs upwards).
            middle_x = (x + samples.SQUARE_PT / 2) / 595.28
            middle_y = 1 - (y + samples.SQUARE_PT / 2) / 841.89
            box = (middle_x - 0.02, middle_y - 0.02, middle_x + 0.02, middle_y + 0.02)
            assert dark_share(page, box) == (1.0 if square == index else 0.0)


def test_a_pdf_that_is_one_scan_gives_the_scan_itself() -> None:
    scan = samples.marked_image((800, 1131))
    data = samples.encode(scan, "PDF", resolution=100)  # 8 x 11.3 inch: 1600 px at 200 dpi
    page = load_page(source(data, "scan.pdf"))
    assert page.size == (800, 1131)
    difference = np.abs(np.asarray(page, np.int16) - np.asarray(scan, np.int16))
    assert difference.mean() < 3  # only JPEG loss


def test_a_turned_pdf_page_is_rendered_turned() -> None:
    document = pdfium.PdfDocument(samples.encode(samples.marked_image((800, 1131)), "PDF"))
    document[0].set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    page = load_page(source(buffer.getvalue(), "gedraaid.pdf"))
    assert page.width > page.height
    assert dark_share(page, (0.75, 0.15, 0.85, 0.25)) > 0.95  # clockwise, like EXIF 6


def test_an_owner_password_alone_does_not_block_reading() -> None:
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="school", canPrint=1)
    proof = source(samples.reportlab_pdf(2, encrypt=encryption))
    assert page_count(proof) == 2
    assert load_page(proof, 1).size[0] > 1600


def reason_of(data: bytes, page: int = 0, name: str = "bewijs") -> str:
    with pytest.raises(EvidenceError) as caught:
        load_page(source(data, name), page)
    return caught.value.reason


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"])
def test_truncated_images_are_unreadable(fmt: str) -> None:
    noisy = Image.effect_noise((300, 300), 60).convert("P" if fmt == "GIF" else "RGB")
    data = samples.encode(noisy, fmt)
    assert reason_of(data[: len(data) // 2]) == "unreadable_image"


def test_a_truncated_heic_is_unreadable() -> None:
    data = samples.heic(Image.effect_noise((300, 300), 60).convert("RGB"))
    assert reason_of(data[: len(data) // 2]) == "unreadable_image"


@pytest.mark.parametrize(("width", "height"), [(20000, 10000), (9000, 8000)])
def test_a_decompression_bomb_is_refused_from_its_header(
    width: int, height: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 20000 x 10000 trips Pillow's own guard, 9000 x 8000 only ours (60 MP < 72 MP < 89 MP).
    data = samples.png_claiming(width, height)
    assert len(data) < 200

    def no_decoding(self: ImageFile.ImageFile) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        for action in (page_count, load_page):
            with pytest.raises(EvidenceError) as caught:
                action(source(data, "bom.png"))
            assert caught.value.reason == "too_many_pixels"
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 0.5
    assert peak < 2_000_000


def test_the_pixel_limit_is_ours_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    data = samples.encode(samples.marked_image((300, 200)), "PNG")
    assert load_page(source(data)).size == (300, 200)
    monkeypatch.setattr(limits, "MAX_PIXELS", 300 * 200 - 1)
    assert reason_of(data) == "too_many_pixels"


def test_a_pdf_with_a_huge_embedded_image_is_refused_before_rendering() -> None:
    assert reason_of(samples.pdf_with_image_claiming(9000, 8000)) == "too_many_pixels"


def test_a_pdf_with_a_normal_embedded_image_claim_loads() -> None:
    # The same handmade PDF with a small image: proves the file itself is sound.
    page = load_page(source(samples.pdf_with_image_claiming(16, 16)))
    assert page.size[0] >= 16


@pytest.mark.parametrize(
    "data",
    [
        samples.reportlab_pdf(2)[: len(samples.reportlab_pdf(2)) // 2],
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        b"%PDF-",
    ],
    ids=["truncated", "garbage", "header-only"],
)
def test_a_corrupt_pdf(data: bytes) -> None:
    with pytest.raises(EvidenceError) as caught:
        page_count(source(data))
    assert caught.value.reason == "corrupt_pdf"
    assert reason_of(data) == "corrupt_pdf"


def test_an_encrypted_pdf() -> None:
    data = samples.reportlab_pdf(1, encrypt="geheim")
    with pytest.raises(EvidenceError) as caught:
        page_count(source(data))
    assert caught.value.reason == "encrypted_pdf"
    assert reason_of(data) == "encrypted_pdf"


def test_an_empty_pdf() -> None:
    with pytest.raises(EvidenceError) as caught:
        page_count(source(samples.empty_pdf()))
    assert caught.value.reason == "empty_pdf"
    assert reason_of(samples.empty_pdf()) == "empty_pdf"


@pytest.mark.parametrize(
    ("data", "page"),
    [
        (samples.reportlab_pdf(2), 2),
        (samples.reportlab_pdf(2), -1),
        (samples.encode(samples.marked_image(), "PNG"), 1),
        (samples.multi_frame_tiff(3), 7),
    ],
    ids=["pdf-past-end", "pdf-negative", "png-second-page", "tiff-past-end"],
)
def test_a_page_past_the_end(data: bytes, page: int) -> None:
    assert reason_of(data, page) == "page_out_of_range"


def gray_image_pdf(pixels: np.ndarray, extra: bytes = b"", smask: bytes | None = None) -> bytes:
    """A one-page PDF that shows one greyscale image, optionally with a soft mask."""
    height, width = pixels.shape

    def image(data: bytes, more: bytes) -> bytes:
        packed = zlib.compress(data)
        return (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode%s /Length %d >>\nstream\n"
            % (width, height, more, len(packed))
            + packed
            + b"\nendstream"
        )

    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        image(pixels.tobytes(), extra + (b" /SMask 6 0 R" if smask is not None else b"")),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    if smask is not None:
        objects.append(image(smask, b""))
    return samples.build_pdf(objects)


MARKED_SCAN = np.full((280, 200), 230, np.uint8)
MARKED_SCAN[20:60, 20:60] = 10


@pytest.mark.parametrize(
    ("decode", "mark", "paper"), [(b"", 10, 230), (b" /Decode [1 0]", 245, 25)]
)
def test_an_embedded_scan_comes_out_as_a_viewer_shows_it(
    decode: bytes, mark: int, paper: int
) -> None:
    page = load_page(source(gray_image_pdf(MARKED_SCAN, decode)))
    assert page.size == (200, 280)  # the scan's own pixels, not a 200 dpi render
    grey = np.asarray(page.convert("L"))
    assert abs(int(grey[40, 40]) - mark) <= 2
    assert abs(int(grey[200, 100]) - paper) <= 2


def test_a_masked_scan_is_rendered_as_shown() -> None:
    # Fully transparent through its soft mask: a viewer shows a blank page, while the raw
    # image data is the marked scan. The comparison with a small render must notice.
    hidden = bytes(MARKED_SCAN.size)
    page = load_page(source(gray_image_pdf(MARKED_SCAN, smask=hidden)))
    assert abs(page.width - 1654) <= 1  # rendered at 200 dpi
    assert np.asarray(page.convert("L")).min() > 250
