"""Reading an .eml file (RFC 5322, as saved by Outlook, Thunderbird or a web mail)."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value
from pathlib import PureWindowsPath

from korre_desktop.services.mail import limits
from korre_desktop.services.mail.headers import (
    POLICY,
    addresses,
    first,
    raw_values,
    sent_on,
    unstructured,
)
from korre_desktop.services.mail.html_text import html_to_text
from korre_desktop.services.mail.message import MessageAttachment, MessageDocument
from korre_desktop.services.mail.text import clean_line, decode_bytes, fitted_body

_BODY_TYPES = ("text/plain", "text/html")


def parse(data: bytes) -> Message:
    """The message structure (may raise on hostile input: RecursionError, MemoryError)."""
    return BytesParser(policy=POLICY).parsebytes(data)


def document(message: Message) -> MessageDocument:
    body, truncated, attachments = _contents(message)
    return MessageDocument(
        kind="eml",
        subject=unstructured(first(raw_values(message, "subject"))),
        sent_on=sent_on(first(raw_values(message, "date"))),
        sender="; ".join(addresses(raw_values(message, "from"))),
        recipients=addresses(raw_values(message, "to")),
        cc=addresses(raw_values(message, "cc")),
        body_text=body,
        attachments=attachments,
        body_truncated=truncated,
    )


def _contents(message: Message) -> tuple[str, bool, list[MessageAttachment]]:
    """The body text (the first plain text part, else the first HTML part) and the other
    parts as attachments, in the order of the message."""
    bodies: dict[str, tuple[Message, dict[str, str]]] = {}
    attachments: list[MessageAttachment] = []
    stack, visited = [message], 0
    while stack and visited < limits.MAX_PARTS:
        part = stack.pop()
        visited += 1
        content_type, params = _content_type(part)
        if content_type.startswith("multipart/") and part.is_multipart():
            stack.extend(reversed(part.get_payload()))
            continue
        if content_type.startswith("multipart/"):  # no boundary: its text is the body
            content_type = "text/plain"
        disposition, filename = _disposition(part, params)
        if content_type in _BODY_TYPES and disposition != "attachment" and not filename:
            bodies.setdefault(content_type, (part, params))  # later ones: alternatives
        elif len(attachments) < limits.MAX_LISTED:
            attachments.append(_attachment(part, content_type, filename))
    body, truncated = _body_text(bodies)
    return body, truncated, attachments


def _content_type(part: Message) -> tuple[str, dict[str, str]]:
    params = {key.lower(): _param(value) for key, value in part.get_params([])[1:]}
    return part.get_content_type(), params


def _disposition(part: Message, type_params: dict[str, str]) -> tuple[str, str]:
    disposition = part.get_content_disposition() or ""
    filename = part.get_filename("") or type_params.get("name", "")
    return disposition, _file_name(str(filename))


def _param(value: object) -> str:
    """A parameter's text; RFC 2231 values (a tuple with their character set) decoded."""
    return str(collapse_rfc2231_value(value)) if value is not None else ""


def _file_name(value: str) -> str:
    if "=?" in value:  # encoded words in a file name: not the standard, but common
        value = unstructured(value)
    return clean_line(PureWindowsPath(value).name if value else "")


def _attachment(part: Message, content_type: str, filename: str) -> MessageAttachment:
    if content_type.startswith("message/") and part.is_multipart():
        inner = part.get_payload(0)
        subject = unstructured(first(raw_values(inner, "subject")))
        name = filename or (f"{subject}.eml" if subject else "")
        return MessageAttachment(name, content_type, _estimated_size(inner))
    return MessageAttachment(filename, content_type, len(_payload(part)))


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a transfer encoding that cannot be undone: nothing to show
        return b""
    return payload if isinstance(payload, bytes) else b""


def _estimated_size(message: Message) -> int:
    """About the size of an attached e-mail (its headers and the parts' contents)."""
    size, stack, visited = 0, [message], 0
    while stack and visited < limits.MAX_PARTS:
        part = stack.pop()
        visited += 1
        size += sum(len(key) + len(str(value)) + 4 for key, value in part.raw_items())
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(payload)
        elif isinstance(payload, str):
            size += len(payload)
    return size


def _body_text(bodies: dict[str, tuple[Message, dict[str, str]]]) -> tuple[str, bool]:
    if "text/plain" in bodies:
        part, params = bodies["text/plain"]
        text, truncated = decode_bytes(_payload(part), params.get("charset")), False
    elif "text/html" in bodies:
        part, params = bodies["text/html"]
        markup = decode_bytes(_payload(part), params.get("charset"))
        truncated = len(markup) > limits.MAX_HTML_CHARS
        text = html_to_text(markup[: limits.MAX_HTML_CHARS])
    else:
        return "", False
    return fitted_body(text, truncated)
