"""The opaque ids printed on forms: a short code per form instance and the QR payload.

No personal data: a code is random and says nothing about the person; the database
leads from the code to the form instance and from there to the person.

**Form code.** Eight characters of Crockford's base 32 (``0-9 A-Z`` without ``I L O U``):
six random characters (30 bits) and two check characters (CRC-10, polynomial
x^10+x^9+x^5+x^4+x+1, over the 30 bits of the six). The database stores the eight
characters (``form_instances.code``); people see them as ``KF-7Q3M-4X2B``. Because the
CRC detects every error burst of up to 10 bits, any single changed character and any
two swapped neighbours are caught. Typed codes may be lower case, with or without
``KF`` and dashes or spaces; ``O`` reads as ``0`` and ``I``/``L`` as ``1``.

**QR payload** (format 1), only characters of the QR alphanumeric mode::

    K1:<code>:<page>:<kind><template version>:<crc>
    K1:7Q3M4X2B:1:C3:5E0A

- ``K1``: payload format 1.
- ``<code>``: the form instance's eight-character code (with its own check characters).
- ``<page>``: page number within the instance, 1-99.
- ``<kind>``: ``C`` consent form, ``P`` protocol sheet; followed by the template version
  (``form_templates.version`` of that kind), which names the exact page layout.
- ``<crc>``: CRC-16/CCITT-FALSE (``binascii.crc_hqx`` with start value 0xFFFF) of the
  ASCII text before the last colon, as four upper-case hex digits.
"""

from __future__ import annotations

import binascii
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
# Characters people (and OCR) confuse with base-32 digits read as those digits.
_ALIASES = {"O": "0", "I": "1", "L": "1"}
BODY_LENGTH = 6
CHECK_LENGTH = 2
CODE_LENGTH = BODY_LENGTH + CHECK_LENGTH
DISPLAY_PREFIX = "KF"
PAYLOAD_FORMAT = "K1"
KIND_LETTERS = {"consent": "C", "protocol": "P"}
_KINDS = {letter: kind for kind, letter in KIND_LETTERS.items()}
MAX_PAGE = 99

_CRC10_POLY = 0x233  # x^10+x^9+x^5+x^4+x+1 without its top term
_PAYLOAD = re.compile(
    r"K1:(?P<code>[0-9A-Z]{8}):(?P<page>[1-9][0-9]?):(?P<kind>[CP])"
    r"(?P<version>[1-9][0-9]{0,5}):(?P<crc>[0-9A-F]{4})"
)


class FormCodeError(ValueError):
    """The text is not a valid form code or QR payload (mistyped, damaged or foreign)."""


def _crc10(values: list[int]) -> int:
    """CRC-10 over 5-bit symbols, most significant bit first."""
    register = 0
    for value in values:
        for shift in range(4, -1, -1):
            top = (register >> 9) & 1
            register = (register << 1) & 0x3FF
            if top ^ ((value >> shift) & 1):
                register ^= _CRC10_POLY
    return register


def check_characters(body: str) -> str:
    """The two check characters for a six-character body."""
    if len(body) != BODY_LENGTH or any(char not in _VALUE for char in body):
        raise FormCodeError(f"not a code body: {body!r}")
    crc = _crc10([_VALUE[char] for char in body])
    return ALPHABET[crc >> 5] + ALPHABET[crc & 0x1F]


def new_code(random_index: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh random code (eight characters, check included)."""
    body = "".join(ALPHABET[random_index(len(ALPHABET))] for _ in range(BODY_LENGTH))
    return body + check_characters(body)


def is_valid_code(code: str) -> bool:
    """Whether ``code`` is eight canonical characters whose check characters fit."""
    return (
        len(code) == CODE_LENGTH
        and all(char in _VALUE for char in code)
        and check_characters(code[:BODY_LENGTH]) == code[BODY_LENGTH:]
    )


def normalize_code(text: str) -> str:
    """The canonical eight characters of a code as typed: ``kf-7q3m-4x2b`` -> ``7Q3M4X2B``.

    Raises FormCodeError when the text is not a code or its check characters do not fit.
    """
    cleaned = "".join(text.split()).replace("-", "").upper()
    if len(cleaned) == CODE_LENGTH + len(DISPLAY_PREFIX) and cleaned.startswith(DISPLAY_PREFIX):
        cleaned = cleaned[len(DISPLAY_PREFIX) :]
    cleaned = "".join(_ALIASES.get(char, char) for char in cleaned)
    if len(cleaned) != CODE_LENGTH:
        raise FormCodeError(f"a form code has {CODE_LENGTH} characters: {text!r}")
    if any(char not in _VALUE for char in cleaned):
        raise FormCodeError(f"not a form code: {text!r}")
    if not is_valid_code(cleaned):
        raise FormCodeError(f"the check characters do not fit (mistyped?): {text!r}")
    return cleaned


def display_code(code: str) -> str:
    """The code as printed for people: ``7Q3M4X2B`` -> ``KF-7Q3M-4X2B``."""
    if not is_valid_code(code):
        raise FormCodeError(f"not a form code: {code!r}")
    return f"{DISPLAY_PREFIX}-{code[:4]}-{code[4:]}"


@dataclass(frozen=True)
class QrPayload:
    code: str  # canonical eight characters
    page: int  # 1-based
    kind: str  # "consent" or "protocol"
    template_version: int

    def encode(self) -> str:
        if not is_valid_code(self.code):
            raise FormCodeError(f"not a form code: {self.code!r}")
        if not 1 <= self.page <= MAX_PAGE:
            raise FormCodeError(f"page out of range: {self.page}")
        if self.kind not in KIND_LETTERS:
            raise FormCodeError(f"unknown form kind: {self.kind!r}")
        if not 1 <= self.template_version <= 999_999:
            raise FormCodeError(f"template version out of range: {self.template_version}")
        head = (
            f"{PAYLOAD_FORMAT}:{self.code}:{self.page}:"
            f"{KIND_LETTERS[self.kind]}{self.template_version}"
        )
        return f"{head}:{_payload_crc(head)}"


def _payload_crc(head: str) -> str:
    return f"{binascii.crc_hqx(head.encode('ascii'), 0xFFFF):04X}"


def decode_payload(text: str) -> QrPayload:
    """Parse and verify a QR payload; raise FormCodeError for anything else."""
    match = _PAYLOAD.fullmatch(text.strip())
    if match is None:
        raise FormCodeError(f"not a Korre form QR code: {text[:40]!r}")
    head = text.strip().rsplit(":", 1)[0]
    if _payload_crc(head) != match["crc"]:
        raise FormCodeError("the QR code's checksum does not fit")
    if not is_valid_code(match["code"]):
        raise FormCodeError("the form code's check characters do not fit")
    return QrPayload(
        code=match["code"],
        page=int(match["page"]),
        kind=_KINDS[match["kind"]],
        template_version=int(match["version"]),
    )
