"""Text that goes into a spreadsheet cell stays text: never a formula, never invalid XML.

Names, schools and classes come from imports and typing. A value such as
``=HYPERLINK("http://…")`` must reach Excel as the literal text, not as a formula, and a
stray control character must not make the file unreadable. Every text cell of the
overview is written as an inline string (data type ``s``), and text that starts like a
formula also gets Excel's quote prefix, so that editing the cell keeps it text.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# What spreadsheet programs may read as the start of a formula (OWASP: CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: object) -> str:
    """``value`` as text without the control characters XML cannot hold."""
    text = value if isinstance(value, str) else str(value)
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def text_cell(ws: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A write-only cell that holds ``value`` as text, whatever it starts with."""
    text = clean_text(value)
    cell = WriteOnlyCell(ws, text)  # openpyxl makes "=…" a formula here ...
    cell.data_type = "s"  # ... and this makes it text again
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell
