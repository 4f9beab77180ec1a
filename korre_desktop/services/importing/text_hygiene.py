"""Clean text from import cells, and say what was cleaned.

Every cell read through ``RowReader.text`` passes here once (CSV, XLSX and EDEXML alike):

- Invisible characters are taken out of names and other text: control characters, bidi
  overrides and isolates (U+202A-U+202E, U+2066-U+2069), zero-width characters
  (U+200B-U+200D, U+2060, U+FEFF), soft hyphens and every other format (Cf) character,
  private-use, surrogate and unassigned code points. Each removal is a warning. Other
  spaces (no-break space, line breaks, tabs) become one plain space, as before.
- Text is put in Unicode NFC, silently: "é" typed as one character or as "e" plus an
  accent is then one value. NFC changes how a text is stored, never how it looks.
- Numbers (student and staff numbers) are never cleaned: one with an invisible
  character, or one that is not in its plain form (NFKC: full-width digits, ligatures,
  an accent typed apart), is an error on its row, so two records can never differ only by
  something nobody can see.
- Mojibake, UTF-8 that was read as Windows-1252 somewhere before this file was made
  ("Ã«" for "ë", "â€™" for "’"), is a warning. It is repaired only when reading the text
  back as UTF-8 works for the whole value (then the warning says what it became).
- In names: a "?" next to a letter ("Ay?e" for "Ayşe": Excel writes ? for what a code
  page cannot hold) and the replacement character U+FFFD are warnings (the letter is
  lost; the value is kept as written). A double quote written for the Dutch apostrophe
  in 't and 's (``"t Hooft``, ``"s-Gravenhage``) becomes the apostrophe, with a warning:
  ``'t Hooft`` is how the name is written.

``tidy`` is fast for the usual cell (printable ASCII): two string checks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from korre_desktop.services.importing.report import ERROR, WARNING
from korre_desktop.services.importing.values import clean

NAME, TEXT, NUMBER = "name", "text", "number"

# The fields holding names of people (a guardian's fields are "guardian<N>_<part>").
_NAME_FIELDS = frozenset(
    {"roepnaam", "voornamen", "tussenvoegsel", "achternaam", "name", "partner_achternaam",
     "partner_tussenvoegsel", "signer"}
)  # fmt: skip
_GUARDIAN_NAME_PARTS = frozenset({"name", "roepnaam", "voorletters", "tussenvoegsel", "achternaam"})

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
_SPACE_CONTROLS = frozenset("\t\n\r")  # line breaks and tabs are spaces, as always

# UTF-8 bytes read as Windows-1252 (or Latin-1): the lead byte of a two-byte sequence
# (0xC2-0xDF, as cp1252 the letters Â-ß) followed by a continuation byte (0x80-0xBF), or
# of a three-byte one (0xE0-0xEF: à-ï) followed by two; a continuation byte shows as the
# character it is in cp1252, or as a C1 control where it was read as Latin-1.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_CONTINUATION = f"[\u0080-\u00bf{re.escape(_CP1252_HIGH)}]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}")
# A " typed for the apostrophe of 't or 's: at the start of a word, before t or s and a
# space, a hyphen or the end ("t Hooft, "s-Gravenhage, van "t Hek).
_QUOTE_APOSTROPHE = re.compile(r'(?<![^\s(-])"(?=[tsTS](?:[\s-]|$))')
_LOST_LETTER = re.compile(r"[^\W\d_]\?|\?[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Note:
    """Something ``tidy`` did or found in a value; ``describe`` words it."""

    code: str
    severity: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)


def field_kind(name: str) -> str:
    """NAME, TEXT or NUMBER for a mapping's field."""
    if name == "number":
        return NUMBER
    if name in _NAME_FIELDS:
        return NAME
    if name.startswith("guardian") and name.partition("_")[2] in _GUARDIAN_NAME_PARTS:
        return NAME
    return TEXT


def code_points(chars: str) -> str:
    """ "U+200B, U+202E" for the characters, each once, in order."""
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(chars))


def _hidden(value: str) -> str:
    return "".join(
        c
        for c in value
        if not c.isprintable()
        and c not in _SPACE_CONTROLS
        and unicodedata.category(c) in _HIDDEN_CATEGORIES
    )


def _repaired(value: str) -> str | None:
    """The value read back as UTF-8, when that works for all of it."""
    for encoding in ("cp1252", "latin-1"):
        try:
            found = value.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        if found != value:
            return found
    return None


def tidy(value: str, kind: str) -> tuple[str, tuple[Note, ...]]:
    """(the cleaned value, what was done or found) for one stripped cell."""
    if value.isascii() and value.isprintable():  # the usual cell
        if "  " in value:
            value = clean(value)
        if kind == NAME and ('"' in value or "?" in value):
            return _name_marks(value, [])
        return value, ()
    if kind == NUMBER:
        return _number(value)
    notes: list[Note] = []
    if not value.isascii() and _MOJIBAKE.search(value):
        repaired = _repaired(value)
        if repaired is None:
            notes.append(Note("mojibake", WARNING, {"value": value}))
        else:
            notes.append(Note("mojibake_repaired", WARNING, {"value": value, "now": repaired}))
            value = repaired
    if not value.isprintable():
        hidden = _hidden(value)
        if hidden:
            value = clean("".join(c for c in value if c not in hidden))
            params = {"chars": code_points(hidden), "now": value}
            notes.append(Note("hidden_characters", WARNING, params))
        else:
            value = clean(value)  # other spaces: one plain space
    elif "  " in value:
        value = clean(value)
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if kind == NAME:
        return _name_marks(value, notes)
    if "\ufffd" in value:
        notes.append(Note("lost_character", WARNING, {"value": value}))
    return value, tuple(notes)


def _name_marks(value: str, notes: list[Note]) -> tuple[str, tuple[Note, ...]]:
    if '"' in value:
        now = _QUOTE_APOSTROPHE.sub("'", value)
        if now != value:
            notes.append(Note("name_apostrophe", WARNING, {"value": value, "now": now}))
            value = now
    if "\ufffd" in value or ("?" in value and _LOST_LETTER.search(value)):
        notes.append(Note("lost_character", WARNING, {"value": value}))
    return value, tuple(notes)


def _number(value: str) -> tuple[str, tuple[Note, ...]]:
    hidden = _hidden(value) if not value.isprintable() else ""
    if hidden:
        params = {"value": value, "chars": code_points(hidden)}
        # the number without them, so that it is seen as the same number as the plain one
        shown = clean("".join(c for c in value if c not in hidden))
        return shown, (Note("number_hidden_characters", ERROR, params),)
    value = clean(value)
    if unicodedata.normalize("NFKC", value) != value:
        return value, (Note("number_not_plain", ERROR, {"value": value}),)
    return value, ()


def describe(note: Note, column: str) -> str:
    """An English sentence for a note about a value of ``column``."""
    p = note.params
    code = note.code
    if code == "hidden_characters":
        return (
            f"{column}: invisible or control characters ({p['chars']}) were removed;"
            f" it reads {p['now']!r}"
        )
    if code == "number_hidden_characters":
        return (
            f"{column}: {p['value']!r} holds invisible or control characters ({p['chars']});"
            " a number must be plain: correct it in the source"
        )
    if code == "number_not_plain":
        return (
            f"{column}: {p['value']!r} is not a plain number (full-width digits, ligatures"
            " or accents typed apart): correct it in the source"
        )
    if code == "mojibake_repaired":
        return (
            f"{column}: {p['value']!r} was UTF-8 text read as Windows-1252 before this"
            f" file was made; read as {p['now']!r}: check it"
        )
    if code == "mojibake":
        return (
            f"{column}: {p['value']!r} looks garbled (UTF-8 read as Windows-1252, like"
            " 'Ã«' for 'ë'); it is kept as written: check it"
        )
    if code == "lost_character":
        return (
            f"{column}: {p['value']!r} seems to have lost a letter (a ? or \ufffd where a"
            " letter such as ş was: the file's encoding could not hold it); check it"
        )
    if code == "name_apostrophe":
        return f"{column}: {p['value']!r} read as {p['now']!r} (the Dutch apostrophe)"
    return f"{column}: {code}"
