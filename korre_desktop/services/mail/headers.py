"""Header values of an e-mail, read so that no value can hang the app or lose its letters.

The standard library's header parsers (``email.policy.default``) take quadratic time on
some crafted values (a line of quotes: 7 ms for 1 KB, 47 s for 64 KB) and give U+FFFD for
raw 8-bit text, which Windows mail programs still write. So every value handed to them is
first repaired (8-bit bytes as UTF-8, else Windows-1252) and cut to a size that stays fast
(``limits``); address lists go to the linear parser of ``email.utils``. The MIME headers
(Content-Type and the like) are read as text by the Message's own methods: the parser asks
for them several times per part, and 2,000 crafted parts took 67 s as header objects.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.headerregistry import HeaderRegistry
from email.message import Message
from email.policy import EmailPolicy
from email.utils import getaddresses

from korre_desktop.services.mail import limits
from korre_desktop.services.mail.message import format_address
from korre_desktop.services.mail.text import clean_line, decode_bytes

_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")  # how the parser keeps 8-bit bytes
_FOLDS = re.compile(r"\r?\n")


def repaired(value: str) -> str:
    """A raw header value with its 8-bit bytes decoded and its folds undone."""
    value = _FOLDS.sub("", value)
    if _ESCAPED_BYTES.search(value) is None:
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"))


def _cap(name: str) -> int:
    name = name.lower()
    if name in ("subject", "comments"):
        return limits.MAX_SUBJECT_CHARS
    if name.startswith("content-") or name == "mime-version":
        return limits.MAX_MIME_HEADER_CHARS
    return limits.MAX_HEADER_CHARS


class _SafeHeaders(HeaderRegistry):
    def __call__(self, name: str, value: str):
        return super().__call__(name, repaired(value)[: _cap(name)])


class _SafePolicy(EmailPolicy):
    """email.policy.default, with every header value repaired and cut before it is parsed,
    and the MIME headers given as plain (repaired, cut) text."""

    def header_fetch_parse(self, name: str, value: str):
        if name.lower().startswith("content-"):
            cap = _cap(name)
            return repaired(value[: cap * 4])[:cap]  # 8-bit bytes may take 4 characters
        return super().header_fetch_parse(name, value)


POLICY = _SafePolicy(header_factory=_SafeHeaders())


def raw_values(message: Message, name: str) -> list[str]:
    """Every value of header ``name`` (any case), repaired, unparsed."""
    wanted = name.lower()
    return [repaired(str(value)) for key, value in message.raw_items() if key.lower() == wanted]


def first(values: list[str]) -> str:
    return values[0] if values else ""


def unstructured(value: str) -> str:
    """A subject or a name: encoded words (``=?utf-8?q?...?=``) decoded, one clean line."""
    if not value:
        return ""
    try:
        return clean_line(str(POLICY.header_factory("subject", value)))
    except Exception:  # a value the parser cannot take is shown as it is
        return clean_line(value[: limits.MAX_SUBJECT_CHARS])


def sent_on(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = POLICY.header_factory("date", value).datetime
    except Exception:  # a date out of range or not a date at all: unknown
        return None
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def addresses(values: list[str]) -> list[str]:
    """``Name <address>`` for each address of the header values (groups flattened)."""
    text = ", ".join(value for value in values if value.strip())[: limits.MAX_ADDRESS_CHARS]
    if not text:
        return []
    try:
        pairs = getaddresses([text])
    except Exception:  # RecursionError on deeply nested comments, ...: show it as it is
        return [clean_line(text)]
    found = []
    for name, address in pairs[: limits.MAX_LISTED]:
        shown = format_address(unstructured(name), address)
        if shown:
            found.append(shown)
    return found or [clean_line(text)]
