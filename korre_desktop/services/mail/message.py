"""An e-mail as the app shows it: who, when, what, and which attachments (no bytes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from korre_desktop.services.mail.text import clean_line

# As services.documents_sniff stores them (EMAIL, OUTLOOK); not imported from there, as that
# loads the image libraries.
EML_MIME = "message/rfc822"
MSG_MIME = "application/vnd.ms-outlook"
MESSAGE_MIME_TYPES = frozenset({EML_MIME, MSG_MIME})

MessageKind = Literal["eml", "msg"]


@dataclass(frozen=True)
class MessageAttachment:
    name: str  # "" when the message gives none
    mime: str
    size: int  # bytes (an embedded e-mail's size is estimated)


@dataclass(frozen=True)
class MessageDocument:
    kind: MessageKind
    subject: str
    sent_on: datetime | None  # aware (the sender's offset, or UTC); None when unknown
    sender: str  # "Name <address>", or whichever of the two is known
    recipients: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    body_text: str = ""  # plain text; an HTML-only message rendered as text
    attachments: list[MessageAttachment] = field(default_factory=list)
    body_truncated: bool = False  # only the first MAX_BODY_CHARS are in body_text

    @property
    def mime(self) -> str:
        return EML_MIME if self.kind == "eml" else MSG_MIME


def format_address(name: str, address: str) -> str:
    """``Zoë de Vries <zoe@example.nl>``; just the one that is known; never quoted."""
    name, address = clean_line(name), clean_line(address)
    if name and address and name.casefold() != address.casefold():
        return f"{name} <{address}>"
    return name or address
