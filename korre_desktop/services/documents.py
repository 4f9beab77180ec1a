"""Documents kept with the protocol records: a signed letter, an e-mail, a scan.

Kinds, by content (``documents_sniff``): PDF, image, ``.eml`` e-mail, and where a caller
allows it an Outlook ``.msg``. Reading goes through the evidence pipeline's checks (a
regular file, not too big, a PDF that opens and is not password-protected, an image that
decodes), and is done before the database is touched:

- an image (a phone photo of a letter) is straightened like every proof file
  (``evidence.prepare_evidence``) and stored beside its untouched original;
- a PDF is kept whole, every page (a letter or a printed e-mail);
- an e-mail or Outlook message is kept as its raw bytes (a viewer reads them).

``Document`` is what the services take: a ``PreparedEvidence`` (an image, possibly turned
and cropped in the window's evidence panel) or a ``SourceFile`` kept as it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from korre_desktop.errors import InputError
from korre_desktop.services.documents_sniff import OUTLOOK, DocumentReason, sniff_document
from korre_desktop.services.evidence import (
    PreparedEvidence,
    SourceFile,
    limits,
    page_count,
    prepare_evidence,
    save_evidence,
)
from korre_desktop.services.evidence.sniff import PDF
from korre_desktop.services.evidence.source import check_size
from korre_desktop.services.files import open_regular_file
from korre_desktop.services.mail import read_message
from korre_desktop.store import Store

Document = PreparedEvidence | SourceFile


class DocumentError(InputError):
    """A file that cannot be kept as a document; ``reason`` picks the GUI's words (images
    and PDFs that cannot be read raise the pipeline's ``EvidenceError`` instead)."""

    def __init__(self, reason: DocumentReason, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason: DocumentReason = reason


_REASON_WORDS = {
    "unsupported_document": "is not a PDF, an image or an e-mail (.eml)",
    "not_an_email": "is named .eml, but it is not an e-mail",
    "not_outlook": "is named .msg, but it is not an Outlook message",
    "outlook_not_accepted": "is an Outlook message (.msg): save it as .eml or PDF",
    "wrong_type": "is not what its name says: not an image or PDF",
}


def read_document(path: Path, *, outlook: bool = False) -> Document:
    """The file at ``path`` read and made ready to store (see the module). ``outlook``:
    accept an Outlook ``.msg`` too. Refused before reading: a folder, FIFO or device, and
    a file over the evidence size limit."""
    path = Path(path).expanduser()
    try:
        with open_regular_file(path) as handle:
            check_size(os.fstat(handle.fileno()).st_size, path.name)
            # One byte over the limit is enough to notice a file that grew meanwhile.
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return document_from_bytes(data, path.name, outlook=outlook)


def document_from_bytes(data: bytes, name: str, *, outlook: bool = False) -> Document:
    """Bytes dropped or pasted in the window, with the same checks as a file."""
    data = bytes(data)  # a bytearray or memoryview from Qt becomes immutable bytes
    check_size(len(data), name)
    if not data:
        raise DocumentError("unsupported_document", f"{name} is empty", name=name)
    sniffed = sniff_document(data, name)
    if sniffed.mime_type is None:
        assert sniffed.reason is not None
        raise _refused(sniffed.reason, name)
    if sniffed.mime_type == OUTLOOK and not outlook:
        raise _refused("outlook_not_accepted", name)
    source = SourceFile(data=data, mime_type=sniffed.mime_type, name=name)
    if source.mime_type == PDF:
        page_count(source)  # a damaged or password-protected PDF is refused now
        return source
    if source.mime_type.startswith("image/"):
        return prepare_evidence(source, read_codes=False)
    # An e-mail is kept only when the viewer can read it: a damaged or cut-off message is
    # refused now (MessageError), not found unreadable when someone needs it.
    read_message(data, name)
    return source


def _refused(reason: DocumentReason, name: str) -> DocumentError:
    return DocumentError(reason, f"{name} {_REASON_WORDS[reason]}", name=name)


def document_name(document: Document) -> str:
    """The file name to show with the stored document."""
    source = document.source if isinstance(document, PreparedEvidence) else document
    return source.name


def store_document(store: Store, document: Document) -> str:
    """Store the document (inside the caller's transaction); return the SHA-256 its record
    refers to: of the straightened image, or of the file kept as it is."""
    if isinstance(document, PreparedEvidence):
        return save_evidence(store, document)
    return store.put_blob(document.data, document.mime_type)


@dataclass(frozen=True)
class StoredDocument:
    """A stored file (evidence, a letter, a protocol PDF) as it was kept."""

    data: bytes
    mime_type: str


def stored_document(store: Store, sha256: str) -> StoredDocument | None:
    """The stored file with this SHA-256, or None when the database has none."""
    data, mime_type = store.blob(sha256), store.blob_mime(sha256)
    if data is None or mime_type is None:
        return None
    return StoredDocument(data, mime_type)
