"""Finding and parsing the XML of an EDEXML file or a UWLR message.

Recognised by content, never by file name: the document's first element is ``EDEX``
(EDEXML 1.0.3, 2.0, 2.1 and their Flemish variants) or UWLR's ``leerlinggegevens``, bare,
in its ``leerlinggegevens_antwoord`` or in a SOAP envelope (any namespace prefix). Any
encoding the XML declaration names is read (UTF-8, ISO-8859-1, Windows-1252, UTF-16 with
or without a byte-order mark); a file that says UTF-8 but was saved as Windows-1252 is
read as Windows-1252 with a notice. Parsed with defusedxml: no DTDs, no entities.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.report import Notice

HEAD_BYTES = 64 * 1024
DATA_ROOTS = frozenset({"edex", "leerlinggegevens"})
MESSAGE_ROOTS = frozenset({"leerlinggegevens_antwoord", "envelope"})

_DECLARED = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PROLOG = re.compile(
    r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.DOTALL | re.IGNORECASE
)
_FIRST_TAG = re.compile(r"\s*<(?:[\w.-]+:)?([\w.-]+)")
_DATA_TAG = re.compile(r"<(?:[\w.-]+:)?(?:leerlinggegevens|Fault)[\s/>]")
_LATIN1 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1"})


def local(tag: object) -> str:
    """An element's name without its namespace."""
    return str(tag).rsplit("}", 1)[-1]


def _sniff_encoding(data: bytes) -> str:
    """The encoding of the bytes as far as the first bytes tell (XML 1.0 appendix F)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.startswith(b"<\x00"):
        return "utf-16-le"
    if data.startswith(b"\x00<"):
        return "utf-16-be"
    return ""


def head_text(data: bytes) -> str:
    """The first part of the file as text, for recognising it."""
    head = data[:HEAD_BYTES]
    encoding = _sniff_encoding(head)
    if not encoding:
        declared = _DECLARED.match(head[:200].decode("ascii", "replace"))
        encoding = declared.group(1) if declared else "utf-8"
    try:
        return head.decode(encoding, "replace")
    except LookupError:
        return head.decode("utf-8", "replace")


def root_name(head: str) -> str:
    """The (local, lower-case) name of the first element, after the prolog."""
    position = 1 if head.startswith("\ufeff") else 0
    while True:
        found = _PROLOG.match(head, position)
        if found is None or found.end() == position:
            break
        position = found.end()
    tag = _FIRST_TAG.match(head, position)
    return tag.group(1).lower() if tag else ""


def looks_like_edexml(data: bytes) -> bool:
    """An EDEXML file or a UWLR leerlinggegevens message (bare or in its envelope; an
    envelope with a SOAP fault too, so its reason can be shown)."""
    head = head_text(data)
    name = root_name(head)
    if name in DATA_ROOTS or name == "leerlinggegevens_antwoord":
        return True
    return name == "envelope" and _DATA_TAG.search(head) is not None


def looks_like_xml(data: bytes) -> bool:
    return head_text(data[:512]).lstrip("\ufeff \t\r\n").startswith("<")


@dataclass
class XmlDocument:
    data: Element  # ``EDEX`` or ``leerlinggegevens``
    standard: str  # "EDEXML" or "UWLR"
    notices: list[Notice] = field(default_factory=list)


def _declared_encoding(data: bytes) -> str:
    if _sniff_encoding(data):
        return ""
    found = _DECLARED.match(data[:200].decode("ascii", "replace"))
    return found.group(1).lower() if found else ""


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse(source: bytes | str) -> Element:
    try:
        return ElementTree.fromstring(source, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ImportFileError("unsafe_xml", f"the XML file is refused: {exc}") from None


def _damaged(exc: ElementTree.ParseError) -> ImportFileError:
    line = getattr(exc, "position", (None,))[0]
    return ImportFileError("damaged", f"the XML cannot be read ({exc})", row=line)


def parse_xml(data: bytes) -> XmlDocument:
    """The document's data element, or an ``ImportFileError``."""
    notices: list[Notice] = []
    declared = _declared_encoding(data)
    source: bytes | str = data
    if declared in _LATIN1 and re.search(rb"[\x80-\x9f]", data):
        # Windows programs write Windows-1252 and call it ISO-8859-1 (the euro sign, quotes).
        source = data.decode("cp1252", "replace")
    try:
        root = _parse(source)
    except ElementTree.ParseError as exc:
        mislabelled = (
            isinstance(source, bytes) and declared in ("", "utf-8", "utf8") and not _is_utf8(data)
        )
        if not mislabelled:
            raise _damaged(exc) from None
        try:
            root = _parse(data.decode("cp1252"))
        except (UnicodeDecodeError, ElementTree.ParseError):
            raise _damaged(exc) from None
        notices.append(
            Notice(
                "the file is not UTF-8 as it says: it was read as Windows-1252",
                "read_as_cp1252",
            )
        )
    return XmlDocument(_data_element(root), _standard(root), notices)


def _standard(root: Element) -> str:
    return "EDEXML" if local(root.tag).lower() == "edex" else "UWLR"


def _data_element(root: Element) -> Element:
    name = local(root.tag).lower()
    if name in DATA_ROOTS:
        return root
    if name not in MESSAGE_ROOTS:
        raise ImportFileError("not_edexml", "this XML file is not an EDEXML export")
    for element in root.iter():
        tag = local(element.tag).lower()
        if tag == "leerlinggegevens":
            return element
        if tag == "fault":
            reason = " ".join(
                " ".join((e.text or "").split())
                for e in element.iter()
                if local(e.tag).lower() in ("faultstring", "text")
            ).strip()
            raise ImportFileError(
                "uwlr_fault",
                f"this is a SOAP error message, not student data: {reason or 'no reason given'}",
                reason=reason,
            )
    raise ImportFileError("not_edexml", "this UWLR message holds no leerlinggegevens")
