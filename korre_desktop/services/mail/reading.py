"""Which kind of e-mail a file is, read into a MessageDocument; every refusal a
MessageError with a reason, never a library's exception."""

from __future__ import annotations

import logging

from korre_desktop.services.mail import eml, limits, msg
from korre_desktop.services.mail.errors import MessageError
from korre_desktop.services.mail.message import MessageDocument

log = logging.getLogger(__name__)


def read_message(data: bytes, filename: str = "") -> MessageDocument:
    """The e-mail in ``data`` (.eml or .msg, told by the content, not by ``filename``,
    which only names the file in errors)."""
    data = bytes(data)
    if len(data) > limits.MAX_MESSAGE_BYTES:
        raise MessageError(
            "too_large",
            f"{filename or 'the e-mail'} is {len(data)} bytes; the limit is"
            f" {limits.MAX_MESSAGE_BYTES}",
            name=filename,
            size=len(data),
            limit=limits.MAX_MESSAGE_BYTES,
        )
    if msg.is_compound_file(data):
        return _read_msg(data, filename)
    return _read_eml(data, filename)


def sniff_message(data: bytes, filename: str = "") -> str | None:
    """``message/rfc822`` or ``application/vnd.ms-outlook`` when ``data`` is an e-mail the
    app can show; else None (``read_message`` says why: not one, damaged, too large)."""
    try:
        return read_message(data, filename).mime
    except MessageError:
        return None


def _read_msg(data: bytes, filename: str) -> MessageDocument:
    try:
        ole = msg.open_compound_file(data)
    except Exception as exc:  # olefile raises OSError, ValueError, IndexError, struct.error ...
        raise _damaged(filename, exc) from exc
    try:
        if not msg.is_message(ole):
            if not msg.is_intact(ole):
                raise _damaged(filename, "broken compound file structure")
            raise _not_a_message(filename, "a compound file without an e-mail (a .doc?)")
        if not msg.streams_intact(ole, len(data)):
            raise _damaged(filename, "streams cut short or looping")
        return msg.document(ole)
    except MessageError:
        raise
    except Exception as exc:
        raise _damaged(filename, exc) from exc
    finally:
        ole.close()


def _read_eml(data: bytes, filename: str) -> MessageDocument:
    # The same test as when the e-mail was stored: what was kept as one shows as one.
    from korre_desktop.services.documents_sniff import is_email

    if not is_email(data):
        raise _not_a_message(filename, "no message headers with From, Subject or Date")
    try:
        message = eml.parse(data)
    except Exception as exc:  # RecursionError on thousands of nested parts, ...
        raise _damaged(filename, exc) from exc
    try:
        return eml.document(message)
    except Exception as exc:
        raise _damaged(filename, exc) from exc


def _not_a_message(filename: str, why: str) -> MessageError:
    return MessageError(
        "not_a_message", f"{filename or 'the file'} is not an e-mail: {why}", name=filename
    )


def _damaged(filename: str, cause: object) -> MessageError:
    # The library's words go to the log for a developer, never to the window.
    log.warning("e-mail %r could not be read: %r", filename, cause)
    return MessageError(
        "damaged_message",
        f"{filename or 'the e-mail'} is damaged and cannot be read",
        name=filename,
    )
