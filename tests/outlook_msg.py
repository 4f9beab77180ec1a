"""Outlook .msg files of our own for tests ([MS-OXMSG]): a compound file with the message's
properties as ``__substg1.0_<id><type>`` streams, fixed-size values (the sent time) in
``__properties_version1.0``, recipients and attachments as storages, and the (empty) named
property map ``__nameid_version1.0`` that readers expect.

``unicode=False`` writes the 8-bit string type (``001E``) in ``codepage``, as old Outlook
versions did.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tests.compound_file import Tree, compound_file

UNICODE, STRING8, BINARY, LONG, SYSTIME = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040
READABLE_WRITABLE = 0x6
FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)

TO, CC = 1, 2


@dataclass
class Recipient:
    name: str
    address: str
    kind: int = TO


@dataclass
class Attachment:
    name: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass
class OutlookMessage:
    subject: str = "Gesprek over het bericht op Instagram"
    sender_name: str = "Zoë Ëlsinga"
    sender_address: str = "zoe.elsinga@dekorre.example"
    body: str = "Beste collega,\r\n\r\nHierbij het verslag.\r\n"
    sent: datetime | None = datetime(2026, 3, 9, 13, 45, tzinfo=UTC)
    html: bytes | None = None
    recipients: list[Recipient] = field(
        default_factory=lambda: [
            Recipient("Joëlle de Wit", "joelle.dewit@dekorre.example"),
            Recipient("Anaïs Brouwer", "anais.brouwer@dekorre.example", CC),
        ]
    )
    attachments: list[Attachment] = field(default_factory=list)
    message_class: str = "IPM.Note"
    unicode: bool = True
    codepage: int = 1252
    recipient_storages: bool = True  # False: only the "Display To/Cc" lists, as some tools


class _Properties:
    """Streams of one object (message, recipient, attachment) and its property table."""

    def __init__(self, unicode: bool, codepage: int) -> None:
        self.unicode, self.codepage = unicode, codepage
        self.streams: Tree = {}
        self.entries: list[bytes] = []

    def text(self, prop: int, value: str) -> None:
        if self.unicode:
            self._variable(prop, UNICODE, value.encode("utf-16-le"), 2)
        else:
            self._variable(prop, STRING8, value.encode(f"cp{self.codepage}"), 1)

    def binary(self, prop: int, value: bytes) -> None:
        self._variable(prop, BINARY, value, 0)

    def _variable(self, prop: int, kind: int, data: bytes, terminator: int) -> None:
        self.streams[f"__substg1.0_{prop:04X}{kind:04X}"] = data
        tag = (prop << 16) | kind
        size = len(data) + terminator
        self.entries.append(struct.pack("<IIII", tag, READABLE_WRITABLE, size, 0))

    def long(self, prop: int, value: int) -> None:
        tag = (prop << 16) | LONG
        self.entries.append(struct.pack("<IIiI", tag, READABLE_WRITABLE, value, 0))

    def time(self, prop: int, value: datetime) -> None:
        ticks = int((value - FILETIME_EPOCH).total_seconds() * 10_000_000)
        tag = (prop << 16) | SYSTIME
        self.entries.append(struct.pack("<IIQ", tag, READABLE_WRITABLE, ticks))

    def storage(self, header: bytes) -> Tree:
        return {**self.streams, "__properties_version1.0": header + b"".join(self.entries)}


def outlook_msg(message: OutlookMessage | None = None) -> bytes:
    """The bytes of a .msg file that Outlook (and extract-msg) would open."""
    m = message or OutlookMessage()
    props = _Properties(m.unicode, m.codepage)
    props.text(0x001A, m.message_class)
    props.text(0x0037, m.subject)
    props.text(0x0C1A, m.sender_name)
    props.text(0x0C1F, m.sender_address)
    props.text(0x0042, m.sender_name)  # sent representing
    props.text(0x0E04, "; ".join(r.name for r in m.recipients if r.kind == TO))
    props.text(0x0E03, "; ".join(r.name for r in m.recipients if r.kind == CC))
    props.text(0x1000, m.body)
    if m.html is not None:
        props.binary(0x1013, m.html)
    if m.sent is not None:
        props.time(0x0039, m.sent)  # client submit time
        props.time(0x0E06, m.sent)  # delivery time
    props.long(0x3FFD, m.codepage)  # message code page
    props.long(0x3FDE, 65001 if m.html is not None else m.codepage)  # internet code page
    tree: Tree = {}
    for number, recipient in enumerate(m.recipients if m.recipient_storages else []):
        r = _Properties(m.unicode, m.codepage)
        r.text(0x3001, recipient.name)
        r.text(0x3003, recipient.address)
        r.text(0x39FE, recipient.address)
        r.text(0x3002, "SMTP")
        r.long(0x0C15, recipient.kind)
        r.long(0x3000, number)
        tree[f"__recip_version1.0_#{number:08X}"] = r.storage(b"\0" * 8)
    for number, attachment in enumerate(m.attachments):
        a = _Properties(m.unicode, m.codepage)
        a.text(0x3707, attachment.name)
        a.text(0x3704, attachment.name[:12])
        a.text(0x3001, attachment.name)
        a.text(0x370E, attachment.mime)
        a.binary(0x3701, attachment.data)
        a.long(0x3705, 1)  # attached by value
        a.long(0x0E20, len(attachment.data))
        a.long(0x0E21, number)
        tree[f"__attach_version1.0_#{number:08X}"] = a.storage(b"\0" * 8)
    counts = struct.pack(
        "<8sIIII8s",
        b"\0" * 8,
        len(m.recipients),
        len(m.attachments),
        len(m.recipients),
        len(m.attachments),
        b"\0" * 8,
    )
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",  # GUIDs
        "__substg1.0_00030102": b"",  # entries
        "__substg1.0_00040102": b"",  # names
    }
    tree.update(props.storage(counts))
    return compound_file(tree)
