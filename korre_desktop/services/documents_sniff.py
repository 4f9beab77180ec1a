"""What kind of document a file is, from its content: an image or PDF (as the evidence
pipeline reads them), an e-mail saved as ``.eml``, or an Outlook message (``.msg``).

Never from the name alone: the name only says what was promised, so content that breaks
the promise gets its own reason ("named .eml, but not an e-mail"). A viewer can ask the
same question of a stored document (``sniff_document(data).mime_type``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser
from typing import Literal, get_args

from korre_desktop.services.evidence.sniff import EVIDENCE_EXTENSIONS, extension, sniff_mime

EMAIL = "message/rfc822"
OUTLOOK = "application/vnd.ms-outlook"

DocumentReason = Literal[
    "unsupported_document",  # none of the kinds kept (or empty)
    "not_an_email",  # named .eml, but no message headers with From, Subject or Date
    "not_outlook",  # named .msg, but not an Outlook message
    "outlook_not_accepted",  # an Outlook message where only PDF, image or .eml is kept
    "wrong_type",  # named as an image or PDF, but the content is not one
]
DOCUMENT_REASONS: frozenset[str] = frozenset(get_args(DocumentReason))

EMAIL_EXTENSIONS = frozenset({".eml"})
OUTLOOK_EXTENSIONS = frozenset({".msg"})

# Every OLE2 compound file (Outlook's .msg, but also old Word and Excel files) starts so.
_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# A stream every .msg holds (its directory stores names in UTF-16): tells a message from a
# .doc or .xls in the same container.
_MSG_STREAM = "__properties_version1.0".encode("utf-16-le")
# The first line of a message: a header ("From: ...") or mbox's envelope line ("From ...").
_FIRST_HEADER = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:From [^\r\n]*\r?\n)?[!-9;-~]+:")
_EMAIL_HEADERS = ("from", "subject", "date")
_HEADER_BYTES = 256 * 1024  # the header block of any real message is far smaller


@dataclass(frozen=True)
class Sniffed:
    """``mime_type`` of a document kept, else None and ``reason`` why not."""

    mime_type: str | None
    reason: DocumentReason | None = None


def sniff_document(data: bytes, name: str = "") -> Sniffed:
    """The MIME type of ``data``: PDF or an image type (``evidence.sniff``), ``EMAIL`` or
    ``OUTLOOK``; or the reason it is none of them. ``name`` words the reason only."""
    evidence = sniff_mime(data)
    if evidence is not None:
        return Sniffed(evidence)
    if is_outlook_message(data):
        return Sniffed(OUTLOOK)
    if is_email(data):
        return Sniffed(EMAIL)
    suffix = extension(name)
    if suffix in EMAIL_EXTENSIONS:
        return Sniffed(None, "not_an_email")
    if suffix in OUTLOOK_EXTENSIONS:
        return Sniffed(None, "not_outlook")
    if suffix in EVIDENCE_EXTENSIONS:
        return Sniffed(None, "wrong_type")
    return Sniffed(None, "unsupported_document")


def is_outlook_message(data: bytes) -> bool:
    """An OLE2 compound file holding an Outlook message's property stream."""
    return data.startswith(_OLE_SIGNATURE) and _MSG_STREAM in data


def is_email(data: bytes) -> bool:
    """An Internet message (RFC 5322, as a mail program saves an ``.eml``): it starts with
    a header and its headers parse with From, Subject or Date among them."""
    head = data[:_HEADER_BYTES]
    if not _FIRST_HEADER.match(head) or b"\x00" in head:
        return False
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    try:
        message = BytesHeaderParser(policy=policy.compat32).parsebytes(head)
    except Exception:  # the parser is lenient; anything it cannot take is no e-mail
        return False
    present = {key.casefold() for key in message}
    return any(header in present for header in _EMAIL_HEADERS)
