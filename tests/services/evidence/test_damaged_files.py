"""Damaged files of every type either load or fail with an EvidenceError, never otherwise."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfgen import canvas

from korre_desktop.services.evidence import (
    REASONS,
    EvidenceError,
    load_page,
    page_count,
    source_from_bytes,
)
from tests.services.evidence import samples


def small_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(144, 144))
    pdf.drawString(10, 100, "Handtekening")
    pdf.rect(10, 10, 50, 50, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def noisy(mode: str = "RGB") -> Image.Image:
    return Image.effect_noise((64, 48), 40).convert(mode)


ORIGINALS = {
    "png": samples.encode(noisy(), "PNG"),
    "jpeg": samples.jpeg_with_orientation(noisy(), 6),
    "gif": samples.encode(noisy("P"), "GIF"),
    "webp": samples.encode(noisy(), "WEBP"),
    "bmp": samples.encode(noisy(), "BMP"),
    "tiff": samples.multi_frame_tiff(2),
    "heic": samples.heic(noisy()),
    "pdf": small_pdf(),
    "pdf-scan": samples.encode(noisy(), "PDF"),
}


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow's notes on corrupt tags
@pytest.mark.parametrize("kind", sorted(ORIGINALS))
@settings(
    max_examples=100,
    derandomize=True,  # the same damage every run: a failure here is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_damage_gives_an_image_or_an_evidence_error(kind: str, data: st.DataObject) -> None:
    original = bytearray(ORIGINALS[kind])
    # Keep the first bytes: damage to the signature only tests sniffing, covered elsewhere.
    positions = st.integers(min_value=8, max_value=len(original) - 1)
    for position in data.draw(st.lists(positions, min_size=1, max_size=6)):
        original[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(min_value=len(original) // 3, max_value=len(original)))
    damaged = bytes(original[:cut])
    try:
        source = source_from_bytes(damaged, f"kapot.{kind}")
        for page in range(page_count(source)):
            image = load_page(source, page)
            assert image.mode in ("RGB", "L")
            assert image.width >= 1 and image.height >= 1
    except EvidenceError as error:
        assert error.reason in REASONS
