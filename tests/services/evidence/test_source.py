"""Reading proof files: size limit, and the type sniffed from the content."""

from pathlib import Path

import pytest

from korre_desktop.errors import InputError
from korre_desktop.services.evidence import (
    EvidenceError,
    limits,
    read_source,
    source_from_bytes,
)
from korre_desktop.services.evidence.sniff import sniff_mime
from tests.services.evidence import samples


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (samples.encode(samples.marked_image(), "PNG"), "image/png"),
        (samples.encode(samples.marked_image(), "JPEG"), "image/jpeg"),
        (samples.encode(samples.marked_image(), "GIF"), "image/gif"),
        (samples.encode(samples.marked_image(), "WEBP"), "image/webp"),
        (samples.encode(samples.marked_image(), "BMP"), "image/bmp"),
        (samples.encode(samples.marked_image(), "TIFF"), "image/tiff"),
        (samples.heic(samples.marked_image()), "image/heic"),
        (samples.reportlab_pdf(1), "application/pdf"),
        (b"\r\n\r\n%PDF-1.7\n" + samples.reportlab_pdf(1)[9:], "application/pdf"),
    ],
    ids=["png", "jpeg", "gif", "webp", "bmp", "tiff", "heic", "pdf", "pdf-after-junk"],
)
def test_type_comes_from_the_content(data: bytes, mime: str) -> None:
    assert sniff_mime(data) == mime
    assert source_from_bytes(data, "klembord").mime_type == mime


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"BM is not enough for a bitmap, it needs a real header",
        b"\x00\x00\x00\x20ftypavif\x00\x00\x00\x00",  # AVIF: same box format, no decoder
        b"PK\x03\x04 a Word document",
    ],
    ids=["empty", "bm-text", "avif", "zip"],
)
def test_unknown_content_is_not_sniffed(data: bytes) -> None:
    assert sniff_mime(data) is None


def test_a_jpeg_named_png_is_read_as_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "handtekening.png"
    path.write_bytes(samples.encode(samples.marked_image(), "JPEG"))
    source = read_source(path)
    assert source.mime_type == "image/jpeg"
    assert source.name == "handtekening.png"
    assert source.data == path.read_bytes()


def test_text_named_png_is_the_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_text("Dit is geen afbeelding.\n", encoding="utf-8")
    with pytest.raises(EvidenceError) as caught:
        read_source(path)
    assert caught.value.reason == "wrong_type"
    assert ".png" in caught.value.message


@pytest.mark.parametrize("name", ["ruis.bin", "klembord", "notities.txt"])
def test_random_bytes_are_unsupported(name: str) -> None:
    data = bytes(range(7, 256)) * 40
    with pytest.raises(EvidenceError) as caught:
        source_from_bytes(data, name)
    assert caught.value.reason == "unsupported_type"


def test_an_empty_file_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "leeg"
    path.write_bytes(b"")
    with pytest.raises(EvidenceError) as caught:
        read_source(path)
    assert caught.value.reason == "unsupported_type"
    assert "empty" in caught.value.message


def test_a_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "groot.jpg"
    path.write_bytes(samples.encode(samples.marked_image((400, 400)), "PNG") + b"\x00" * 1000)
    opened: list[object] = []
    real_open = open
    monkeypatch.setattr(
        "builtins.open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs)
    )
    with pytest.raises(EvidenceError) as caught:
        read_source(path)
    assert caught.value.reason == "too_big_file"
    assert opened == []


def test_clipboard_data_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = samples.encode(samples.marked_image(), "PNG")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(data) - 1)
    with pytest.raises(EvidenceError) as caught:
        source_from_bytes(data, "klembord")
    assert caught.value.reason == "too_big_file"
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", len(data))
    assert source_from_bytes(data, "klembord").mime_type == "image/png"


def test_a_missing_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"weg\.pdf"):
        read_source(tmp_path / "weg.pdf")


def test_evidence_error_is_an_input_error_with_a_known_reason() -> None:
    error = EvidenceError("empty_pdf", "no pages")
    assert isinstance(error, InputError)
    assert (error.reason, str(error)) == ("empty_pdf", "no pages")
    with pytest.raises(ValueError, match="unknown"):
        EvidenceError("no_such_reason", "?")  # type: ignore[arg-type]


def test_clipboard_buffers_become_bytes() -> None:
    data = samples.encode(samples.marked_image(), "PNG")
    for buffer in (bytearray(data), memoryview(data)):
        proof = source_from_bytes(buffer, "klembord")  # type: ignore[arg-type]
        assert type(proof.data) is bytes and proof.data == data
