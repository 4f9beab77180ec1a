"""Reading a stored e-mail (.eml or Outlook .msg) for the viewer: who, when, what, which
attachments. (Storing documents is ``services.documents``; this only reads them.)

No Qt here: the GUI gets a MessageDocument. Every refusal is a MessageError with a reason
("not_a_message", "damaged_message", "too_large").
"""

from korre_desktop.services.mail.errors import REASONS, MessageError, MessageReason
from korre_desktop.services.mail.message import (
    EML_MIME,
    MESSAGE_MIME_TYPES,
    MSG_MIME,
    MessageAttachment,
    MessageDocument,
)
from korre_desktop.services.mail.reading import read_message, sniff_message

__all__ = [
    "EML_MIME",
    "MESSAGE_MIME_TYPES",
    "MSG_MIME",
    "REASONS",
    "MessageAttachment",
    "MessageDocument",
    "MessageError",
    "MessageReason",
    "read_message",
    "sniff_message",
]
