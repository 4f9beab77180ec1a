"""The foundation's protocol documents: loaded as PDFs with a version label, date and audience."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.protocol import Audience
from korre_desktop.errors import InputError
from korre_desktop.services.evidence import SourceFile, page_count
from korre_desktop.store import Store


class ProtocolVersionError(InputError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code=code)
        self.code = code


@dataclass(frozen=True)
class ProtocolDocument:
    id: int
    audience: Audience
    label: str
    title: str
    effective_date: date
    document_sha256: str | None


def list_versions(store: Store) -> list[ProtocolDocument]:
    return [
        ProtocolDocument(
            id=row["id"],
            audience=Audience(row["audience"]),
            label=row["label"],
            title=row["title"],
            effective_date=date.fromisoformat(row["effective_date"]),
            document_sha256=row["document_sha256"],
        )
        for row in store.consent.protocol_versions()
    ]


def add_version(
    store: Store,
    document: SourceFile,
    label: str,
    effective_date: date,
    audience: Audience,
    title: str = "",
) -> int:
    """Store the PDF (checked: readable, not encrypted) and a new protocol version."""
    audience = Audience(audience)  # Qt hands enum values back as plain strings
    label = label.strip()
    if not label:
        raise ProtocolVersionError("no_label", "the version needs a label, e.g. 2026")
    if document.mime_type != "application/pdf":
        raise ProtocolVersionError("not_pdf", "the protocol document must be a PDF")
    page_count(document)  # raises EvidenceError for a damaged or protected PDF
    if any(v.audience == audience and v.label == label for v in list_versions(store)):
        raise ProtocolVersionError("duplicate", f"version {label} already exists for {audience}")
    with store.transaction():
        sha = store.put_blob(document.data, document.mime_type)
        return store.consent.add_protocol_version(
            audience=audience.value,
            label=label,
            title=title.strip(),
            effective_date=effective_date,
            document_sha256=sha,
        )
