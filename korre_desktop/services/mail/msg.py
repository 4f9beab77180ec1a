"""Reading an Outlook .msg file ([MS-OXMSG]): a compound file ("OLE2") whose streams hold
the message's properties, read with olefile.

Layout: a property with id ``IIII`` and type ``TTTT`` of variable length is the stream
``__substg1.0_IIIITTTT``; fixed-size values (times, numbers) sit in the 16-byte entries of
``__properties_version1.0``. Recipients and attachments are storages of their own with the
same layout (``__recip_version1.0_#0000000N``, ``__attach_version1.0_#0000000N``).
Strings are UTF-16 (type 001F) or 8-bit in the message's code page (001E).

A body that exists only as compressed RTF (old Outlook versions, rarely) is not shown.
"""

from __future__ import annotations

import io
import mimetypes
import struct
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.parser import HeaderParser

import olefile

from korre_desktop.services.mail import limits
from korre_desktop.services.mail.headers import (
    POLICY,
    addresses,
    first,
    raw_values,
)
from korre_desktop.services.mail.headers import sent_on as header_date
from korre_desktop.services.mail.html_text import html_to_text
from korre_desktop.services.mail.message import (
    MSG_MIME,
    MessageAttachment,
    MessageDocument,
    format_address,
)
from korre_desktop.services.mail.text import (
    clean_line,
    code_page_codec,
    decode_bytes,
    fitted_body,
)

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
PROPERTIES = "__properties_version1.0"
# Bytes before the property entries: the message itself, a recipient or attachment.
_MESSAGE_HEADER, _PART_HEADER = 32, 8

UNICODE, STRING8, BINARY, LONG, SYSTIME = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040
MESSAGE_CLASS, SUBJECT = 0x001A, 0x0037
SUBMIT_TIME, DELIVERY_TIME = 0x0039, 0x0E06
SENDER_NAME, SENDER_ADDRESS, SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
REPRESENTING_NAME, REPRESENTING_ADDRESS = 0x0042, 0x0065
DISPLAY_TO, DISPLAY_CC = 0x0E04, 0x0E03
BODY, HTML_BODY, TRANSPORT_HEADERS = 0x1000, 0x1013, 0x007D
MESSAGE_CODE_PAGE, INTERNET_CODE_PAGE = 0x3FFD, 0x3FDE
DISPLAY_NAME, EMAIL_ADDRESS, SMTP_ADDRESS, RECIPIENT_TYPE = 0x3001, 0x3003, 0x39FE, 0x0C15
LONG_FILENAME, FILENAME, MIME_TAG = 0x3707, 0x3704, 0x370E
ATTACH_DATA, ATTACH_METHOD, ATTACH_SIZE = 0x3701, 0x3705, 0x0E20
EMBEDDED_MESSAGE = 5
TO, CC = 1, 2

_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def is_compound_file(data: bytes) -> bool:
    return data[:8] == OLE_SIGNATURE


def open_compound_file(data: bytes) -> olefile.OleFileIO:
    """The compound file (raises on a damaged one). Always given a file object: olefile
    takes a short ``bytes`` for a file name."""
    return olefile.OleFileIO(io.BytesIO(data))


# What olefile notes (and reads on past) when sectors are missing or chains are broken: a
# truncated or damaged file, whose e-mail would show with parts left out.
_BROKEN = (
    "out of range",
    "incomplete",
    "less than declared",
    "too large",
    "larger than MiniFAT",
    "more than once",
    "referenced twice",
    "double reference",
)


def is_intact(ole: olefile.OleFileIO) -> bool:
    """No broken structure noted so far (header oddities of other writers are fine)."""
    return not any(
        any(sign in str(message) for sign in _BROKEN) for _kind, message in ole.parsing_issues
    )


def streams_intact(ole: olefile.OleFileIO, file_size: int) -> bool:
    """Every stream reads in full (a file cut short misses the end of one). Their sizes
    cannot add up to more than the file: more means chains that loop or overlap."""
    budget = file_size
    for path in ole.listdir(streams=True, storages=False):
        budget -= ole.get_size(path)
        if budget < 0:
            return False
        ole.openstream(path).read()  # a short read is noted in parsing_issues
    return is_intact(ole)


def is_message(ole: olefile.OleFileIO) -> bool:
    """A .doc, .xls or Thumbs.db is a compound file too, without a message's properties."""
    return ole.exists(PROPERTIES) and (
        ole.exists(_stream_name(MESSAGE_CLASS, UNICODE))
        or ole.exists(_stream_name(MESSAGE_CLASS, STRING8))
    )


def document(ole: olefile.OleFileIO) -> MessageDocument:
    message = _Object(ole, "", _MESSAGE_HEADER, None)
    message.code_page = message.long(MESSAGE_CODE_PAGE)
    headers = _transport_headers(message)
    recipients = _recipients(ole, message.code_page)
    to = [shown for kind, shown in recipients if kind == TO]
    cc = [shown for kind, shown in recipients if kind == CC]
    if not recipients:  # no recipient storages: the display lists ("Jan; Piet")
        to = _split_names(message.string(DISPLAY_TO))
        cc = _split_names(message.string(DISPLAY_CC))
    body, truncated = _body(message)
    return MessageDocument(
        kind="msg",
        subject=clean_line(message.string(SUBJECT) or ""),
        sent_on=(
            message.time(SUBMIT_TIME)
            or message.time(DELIVERY_TIME)
            or header_date(first(raw_values(headers, "date")))
        ),
        sender=_sender(message) or "; ".join(addresses(raw_values(headers, "from"))),
        recipients=to,
        cc=cc,
        body_text=body,
        attachments=_attachments(ole, message.code_page),
        body_truncated=truncated,
    )


def _stream_name(prop: int, kind: int) -> str:
    return f"__substg1.0_{prop:04X}{kind:04X}"


class _Object:
    """The properties of the message, a recipient or an attachment (under ``prefix``)."""

    def __init__(
        self, ole: olefile.OleFileIO, prefix: str, header_size: int, code_page: int | None
    ) -> None:
        self.ole, self.prefix, self.code_page = ole, prefix, code_page
        self._fixed = _fixed_values(self._read(PROPERTIES) or b"", header_size)

    def _path(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def _read(self, name: str) -> bytes | None:
        path = self._path(name)
        if not self.ole.exists(path):
            return None
        return self.ole.openstream(path).read()  # a damaged stream raises: a damaged file

    def size(self, prop: int, kind: int) -> int | None:
        path = self._path(_stream_name(prop, kind))
        return self.ole.get_size(path) if self.ole.exists(path) else None

    def string(self, prop: int) -> str | None:
        data = self._read(_stream_name(prop, UNICODE))
        if data is not None:
            return data.decode("utf-16-le", errors="replace").rstrip("\0")
        data = self._read(_stream_name(prop, STRING8))
        if data is not None:
            return decode_bytes(data.rstrip(b"\0"), code_page_codec(self.code_page))
        return None

    def binary(self, prop: int) -> bytes | None:
        return self._read(_stream_name(prop, BINARY))

    def long(self, prop: int) -> int | None:
        value = self._fixed.get((prop << 16) | LONG)
        return struct.unpack("<i", value[:4])[0] if value is not None else None

    def time(self, prop: int) -> datetime | None:
        value = self._fixed.get((prop << 16) | SYSTIME)
        if value is None:
            return None
        ticks = struct.unpack("<Q", value)[0]  # 100 ns since 1601 (a Windows FILETIME)
        try:
            moment = _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None
        return moment if ticks and moment.year > 1601 else None


def _fixed_values(table: bytes, header_size: int) -> dict[int, bytes]:
    """Property tag -> its 8-byte value, from a ``__properties_version1.0`` stream."""
    values = {}
    for offset in range(header_size, len(table) - 15, 16):
        tag = struct.unpack_from("<I", table, offset)[0]
        values[tag] = table[offset + 8 : offset + 16]
    return values


def _storages(ole: olefile.OleFileIO, prefix: str) -> list[str]:
    """The top-level storages whose names start with ``prefix``, in order."""
    names = sorted(
        entry[0]
        for entry in ole.listdir(streams=False, storages=True)
        if len(entry) == 1 and entry[0].lower().startswith(prefix)
    )
    return names[: limits.MAX_LISTED]


def _recipients(ole: olefile.OleFileIO, code_page: int | None) -> list[tuple[int, str]]:
    found = []
    for storage in _storages(ole, "__recip_version1.0_#"):
        recipient = _Object(ole, f"{storage}/", _PART_HEADER, code_page)
        address = recipient.string(SMTP_ADDRESS) or _mail_address(recipient.string(EMAIL_ADDRESS))
        shown = format_address(recipient.string(DISPLAY_NAME) or "", address)
        if shown:
            found.append((recipient.long(RECIPIENT_TYPE) or TO, shown))
    return found


def _mail_address(value: str | None) -> str:
    """An SMTP address; not an Exchange one ("/O=EXCHANGELABS/OU=...")."""
    return value if value and "@" in value and not value.startswith("/") else ""


def _split_names(value: str | None) -> list[str]:
    names = [clean_line(name) for name in (value or "").split(";")]
    return [name for name in names if name][: limits.MAX_LISTED]


def _sender(message: _Object) -> str:
    name = message.string(SENDER_NAME) or message.string(REPRESENTING_NAME) or ""
    address = (
        _mail_address(message.string(SENDER_SMTP))
        or _mail_address(message.string(SENDER_ADDRESS))
        or _mail_address(message.string(REPRESENTING_ADDRESS))
    )
    return format_address(name, address)


def _transport_headers(message: _Object) -> Message:
    """The internet headers a received message keeps: a fallback for sender and date."""
    text = (message.string(TRANSPORT_HEADERS) or "")[: limits.MAX_ADDRESS_CHARS]
    return HeaderParser(policy=POLICY).parsestr(text, headersonly=True)


def _body(message: _Object) -> tuple[str, bool]:
    text = message.string(BODY)
    if text:
        return fitted_body(text)
    html = message.binary(HTML_BODY)
    if html is not None:
        markup = decode_bytes(html, code_page_codec(message.long(INTERNET_CODE_PAGE)))
    else:
        markup = message.string(HTML_BODY) or ""
    truncated = len(markup) > limits.MAX_HTML_CHARS
    return fitted_body(html_to_text(markup[: limits.MAX_HTML_CHARS]), truncated)


def _attachments(ole: olefile.OleFileIO, code_page: int | None) -> list[MessageAttachment]:
    found = []
    for storage in _storages(ole, "__attach_version1.0_#"):
        attachment = _Object(ole, f"{storage}/", _PART_HEADER, code_page)
        name = clean_line(
            attachment.string(LONG_FILENAME)
            or attachment.string(FILENAME)
            or attachment.string(DISPLAY_NAME)
            or ""
        )
        if attachment.long(ATTACH_METHOD) == EMBEDDED_MESSAGE:
            mime = MSG_MIME
            name = name if name.lower().endswith(".msg") or not name else f"{name}.msg"
        else:
            mime = clean_line(attachment.string(MIME_TAG) or "").lower() or _guessed_mime(name)
        size = attachment.size(ATTACH_DATA, BINARY)
        if size is None:
            size = max(0, attachment.long(ATTACH_SIZE) or 0)
        found.append(MessageAttachment(name, mime, size))
    return found


def _guessed_mime(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"
