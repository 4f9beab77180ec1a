"""Bytes to text as mail programs do it: the declared character set when it fits, else
UTF-8, else Windows-1252 (what a Dutch PC writes), so ë, é and ï survive."""

from __future__ import annotations

import codecs
import re
import unicodedata

from korre_desktop.services.mail import limits

# Declared as Latin-1, Windows mail is often really Windows-1252 (as browsers
# assume too): 1252 is Latin-1 with printable characters where Latin-1 has controls.
_WINDOWS_FOR = {"latin-1": "cp1252", "iso8859-1": "cp1252"}
# Windows code pages (as .msg files give them) that Python names differently.
_CODE_PAGES = {
    65001: "utf-8",
    1200: "utf-16-le",
    1201: "utf-16-be",
    20127: "ascii",
    28591: "iso-8859-1",
    28592: "iso-8859-2",
    28605: "iso-8859-15",
    50220: "iso-2022-jp",
    51932: "euc-jp",
    52936: "hz",
    54936: "gb18030",
}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidirectional overrides turn "rekening‮fdp.exe" into "rekeningexe.pdf" on screen.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\r\n?")


def codec_name(charset: str | None) -> str | None:
    """Python's name for a MIME character set, or None when Python does not know it."""
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None
    return _WINDOWS_FOR.get(name, name)


def code_page_codec(code_page: int | None) -> str | None:
    if code_page is None:
        return None
    return _CODE_PAGES.get(code_page) or codec_name(f"cp{code_page}")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text of ``data``, never an exception: undecodable bytes become U+FFFD. A declared
    character set is trusted, except ASCII (8-bit text is often labelled so) and a UTF-8
    label on bytes that are not UTF-8."""
    declared = codec_name(charset)
    if declared and declared not in ("ascii", "utf-8"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            return data.decode(declared, errors="replace")
        except LookupError:  # a known codec that is no text encoding ("zlib", "rot13")
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_text(text: str) -> str:
    """Line breaks as ``\\n``, no control characters but tabs and line breaks."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def clean_line(text: str) -> str:
    """One line for a field or a file name: no breaks, no controls, no bidi tricks."""
    text = _BIDI.sub("", clean_text(text)).replace("\n", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def fitted_body(text: str, truncated: bool = False) -> tuple[str, bool]:
    """Clean text, cut to what the viewer shows; whether anything was left out."""
    text = clean_text(text).rstrip()
    if len(text) > limits.MAX_BODY_CHARS:
        return text[: limits.MAX_BODY_CHARS], True
    return text, truncated
