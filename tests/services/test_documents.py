"""Documents kept with the protocol records: PDF, image, .eml, and .msg where allowed; the
kind read from the content; files that are not files refused before reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from korre_desktop.errors import InputError
from korre_desktop.services.documents import (
    DocumentError,
    document_from_bytes,
    document_name,
    read_document,
    store_document,
)
from korre_desktop.services.documents_sniff import EMAIL, OUTLOOK, sniff_document
from korre_desktop.services.evidence import EvidenceError, PreparedEvidence, SourceFile, limits
from korre_desktop.services.files import NotARegularFileError
from korre_desktop.services.mail import MessageError
from korre_desktop.store import Store
from tests.fifo import make_fifo, needs_fifo, outcome
from tests.services.evidence.samples import encode, marked_image, reportlab_pdf
from tests.services.protocol_people import damaged_msg_bytes, eml_bytes, msg_bytes


def test_an_eml_is_an_email() -> None:
    assert sniff_document(eml_bytes()).mime_type == EMAIL


def test_an_mbox_envelope_line_and_a_bom_are_allowed() -> None:
    mbox = b"From directie@example.nl Mon Nov  2 09:15:00 2026\n" + eml_bytes()
    assert sniff_document(mbox).mime_type == EMAIL
    assert sniff_document(b"\xef\xbb\xbf" + eml_bytes()).mime_type == EMAIL


def test_headers_without_from_subject_or_date_are_no_email() -> None:
    data = b"X-Mailer: test\nContent-Type: text/plain\n\nhallo\n"
    assert sniff_document(data, "brief.eml").reason == "not_an_email"
    assert sniff_document(b"Beste Tom,\nSubject: hallo\n", "brief.eml").reason == "not_an_email"


def test_an_outlook_message_is_told_from_an_old_word_file() -> None:
    assert sniff_document(msg_bytes()).mime_type == OUTLOOK
    word = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1000) + "WordDocument".encode("utf-16-le")
    assert sniff_document(word, "brief.msg").reason == "not_outlook"
    assert sniff_document(word, "brief.doc").reason == "unsupported_document"


def test_pdf_and_images_are_sniffed_as_the_evidence_pipeline_does() -> None:
    assert sniff_document(reportlab_pdf(1)).mime_type == "application/pdf"
    assert sniff_document(encode(marked_image(), "PNG")).mime_type == "image/png"
    assert sniff_document(b"just text", "scan.png").reason == "wrong_type"
    assert sniff_document(b"just text", "notes.txt").reason == "unsupported_document"


def test_a_pdf_is_kept_whole() -> None:
    data = reportlab_pdf(3)
    document = document_from_bytes(data, "brief.pdf")
    assert isinstance(document, SourceFile) and document.data == data
    with Store.in_memory() as store:
        sha = store_document(store, document)
        assert store.blob(sha) == data and store.blob_mime(sha) == "application/pdf"


def test_an_image_is_straightened_and_its_original_kept() -> None:
    data = encode(marked_image(), "PNG")
    document = document_from_bytes(data, "foto.png")
    assert isinstance(document, PreparedEvidence)
    assert document_name(document) == "foto.png"
    with Store.in_memory() as store:
        sha = store_document(store, document)
        assert store.blob_mime(sha) == "image/jpeg"
        assert store.blob(store.original_of(sha)) == data


def test_an_email_is_kept_as_its_bytes() -> None:
    with Store.in_memory() as store:
        sha = store_document(store, document_from_bytes(eml_bytes(), "mail.eml"))
        assert store.blob(sha) == eml_bytes() and store.blob_mime(sha) == EMAIL


def test_outlook_only_where_allowed() -> None:
    with pytest.raises(DocumentError) as refused:
        document_from_bytes(msg_bytes(), "mail.msg")
    assert refused.value.reason == "outlook_not_accepted"
    document = document_from_bytes(msg_bytes(), "mail.msg", outlook=True)
    assert isinstance(document, SourceFile) and document.mime_type == OUTLOOK


def test_an_outlook_message_the_viewer_cannot_read_is_refused_when_stored() -> None:
    """Kept only what can be shown later: a damaged .msg (the signature and the stream's
    name, nothing readable) is refused at once."""
    with pytest.raises(MessageError) as refused:
        document_from_bytes(damaged_msg_bytes(), "kapot.msg", outlook=True)
    assert refused.value.reason == "damaged_message"


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "leeg.eml", "unsupported_document"),
        (b"plain words", "brief.eml", "not_an_email"),
        (b"plain words", "brief.msg", "not_outlook"),
        (b"plain words", "brief.docx", "unsupported_document"),
    ],
)
def test_refusals_have_a_reason(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentError) as refused:
        document_from_bytes(data, name, outlook=True)
    assert refused.value.reason == reason
    assert isinstance(refused.value, InputError) and name in str(refused.value)


def test_damaged_and_protected_pdfs_are_refused() -> None:
    with pytest.raises(EvidenceError) as refused:
        document_from_bytes(b"%PDF-1.4 broken", "brief.pdf")
    assert refused.value.reason == "corrupt_pdf"
    with pytest.raises(EvidenceError) as refused:
        document_from_bytes(reportlab_pdf(1, encrypt="geheim"), "brief.pdf")
    assert refused.value.reason == "encrypted_pdf"


def test_a_file_over_the_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "groot.eml"
    path.write_bytes(eml_bytes())
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    with pytest.raises(EvidenceError) as refused:
        read_document(path)
    assert refused.value.reason == "too_big_file"


def test_a_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "toestemming.eml"
    path.write_bytes(eml_bytes())
    document = read_document(path)
    assert isinstance(document, SourceFile) and document.name == "toestemming.eml"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFileError) as refused:
        read_document(tmp_path)
    assert refused.value.reason == "folder"


@needs_fifo
def test_a_fifo_is_refused_without_reading(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "mail.eml")
    result = outcome(lambda: read_document(fifo), fifo)
    assert isinstance(result, NotARegularFileError) and result.reason == "special"
