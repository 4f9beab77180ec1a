"""Text that goes into a spreadsheet stays text: never a formula, never invalid XML.

Names, schools and classes come from imports and typing. A value such as
``=HYPERLINK("http://…")`` must reach Excel as the literal text, not as a formula, and a
stray control character must not make the file unreadable. The one rule for "starts like
a formula" is ``looks_like_formula`` (OWASP, CSV injection: ``=``, ``+``, ``-``, ``@``,
tab, carriage return); both outputs follow it:

* the Excel overview writes every text cell as an inline string (data type ``s``), and
  text that starts like a formula also gets Excel's quote prefix (a cell style, not a
  character), so that editing the cell keeps it text (``text_cell``, ``rows_xml``);
* a CSV file has no cell types, so such text gets a leading apostrophe
  (``csv_text``), as OWASP advises. Excel and LibreOffice show that apostrophe, and
  keep the cell as text. The text stays as typed in the database.

For the CSV that people open in Excel, ``csv_text(..., keep_as_text=True)`` also marks
text that a spreadsheet would turn into a number or a date and so change ("004512"
becomes 4512, "3-4" the 3rd of April, "1.234" 1234) with the same apostrophe: the
number then reaches the reader exactly as written. Measured with LibreOffice 7.4 (Dutch,
CSV import with the defaults): "004512", also quoted, became 4512; "'004512" stayed the
text "'004512"; "=1+1" became a formula and "'=1+1" the text "'=1+1". Excel behaves
alike when it opens a CSV file (it drops leading zeros whether or not the field is
quoted, and shows the apostrophe); the alternatives are worse: ``="004512"`` is itself a
formula, and a tab or zero-width character in front is invisible text.

No openpyxl here: the status CSV is written without it (the window imports that at
start-up).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# What spreadsheet programs may read as the start of a formula (OWASP: CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The control characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010\013\014\016-\037]")
QUOTE = "'"  # a spreadsheet's "this is text" mark

# Text a spreadsheet reads as a number, date, time or percentage: digits with number and
# date punctuation ("004512", "3-4", "1/2", "1.234", "12:30", "5%"), or "1E5".
_NUMBER_OR_DATE = re.compile(r"[\d\s.,:/%+-]*\d[\d\s.,:/%+-]*|\d+(?:[.,]\d+)?[eE][+-]?\d+")
# A whole number a spreadsheet shows exactly as written (15 digits is Excel's precision).
_SAME_AS_NUMBER = re.compile(r"[1-9]\d{0,14}")


def clean_text(value: object) -> str:
    """``value`` as text without the control characters XML cannot hold."""
    text = value if isinstance(value, str) else str(value)
    if ILLEGAL_CHARACTERS.search(text):
        text = ILLEGAL_CHARACTERS.sub("", text)
    return text


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def read_otherwise(text: str) -> bool:
    """Whether a spreadsheet opening ``text`` in a CSV file would show something else:
    a number without its leading zeros, a date, a rounded number."""
    stripped = text.strip()
    return bool(_NUMBER_OR_DATE.fullmatch(stripped)) and not _SAME_AS_NUMBER.fullmatch(text)


def csv_text(value: object, *, keep_as_text: bool = False) -> str:
    """``value`` for a CSV cell: text that starts like a formula gets a leading
    apostrophe; with ``keep_as_text`` also text a spreadsheet would read as a number or
    date. Everything else is written as it is."""
    text = value if isinstance(value, str) else str(value)
    if looks_like_formula(text) or (keep_as_text and read_otherwise(text)):
        return QUOTE + text
    return text


def text_cell(ws: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A write-only cell that holds ``value`` as text, whatever it starts with."""
    from openpyxl.cell import WriteOnlyCell

    text = clean_text(value)
    cell = WriteOnlyCell(ws, text)  # openpyxl makes "=…" a formula here ...
    cell.data_type = "s"  # ... and this makes it text again
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell
