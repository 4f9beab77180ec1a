"""A table read from an import file: its header, its rows as text, and where it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from korre_desktop.services.importing.report import Notice, Problem


@dataclass(frozen=True)
class SourceInfo:
    """Where a table came from; ``sha256`` is of the whole file (recorded with the run)."""

    name: str  # the file name, without folders
    sha256: str
    format: str  # "csv", "xlsx" or "edexml"
    encoding: str = ""  # csv: "utf-8", "utf-8-sig", "utf-16" or "cp1252"
    delimiter: str = ""  # csv
    sheet: str = ""  # xlsx


@dataclass
class Table:
    """Headers and rows, every cell as stripped text (dates from XLSX as jjjj-mm-dd).

    ``row_numbers[i]`` is the file's row number of ``rows[i]`` as a spreadsheet shows it
    (the header is a row too), or for EDEXML the element's position in its list.
    """

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    row_numbers: list[int]
    source: SourceInfo
    header_row: int = 1
    row_noun: str = "row"  # how the report names a row: "row", "leerling", "leerkracht"
    notices: list[Notice] = field(default_factory=list)  # things the reader noticed
    # Row warnings of the reader (an encoding or a quote on one row): the plan lists them
    warnings: list[Problem] = field(default_factory=list)
    numeric_columns: frozenset[int] = frozenset()  # XLSX columns holding numbers
    meta: dict[str, Any] = field(default_factory=dict)  # EDEXML: brin, school_year, ...
    # Columns as ``rows.RowReader`` cleans them: (column, kind, limit) -> (values, notes)
    cleaned_columns: dict[tuple[int, str, int], tuple[list, dict]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def fingerprint(self) -> str:
        return header_fingerprint(self.headers)

    def preview(self, count: int = 10) -> list[tuple[str, ...]]:
        """The first rows, for the mapping dialog."""
        return self.rows[:count]


def normalize_header(text: str) -> str:
    """Lower case, no accents, only letters and digits: "E-mailadres verzorger 2" becomes
    "emailadresverzorger2"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]", "", plain)


def header_fingerprint(headers: tuple[str, ...] | list[str]) -> str:
    """The same header row (ignoring case, accents, spaces and punctuation) gives the same
    fingerprint; the saved mapping of a source is found by it."""
    joined = "\x1f".join(normalize_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()
