"""Limits on what an import file may contain, checked before and while reading.

They keep a damaged or hostile file from taking the machine's memory or time: a real
school export (a few thousand rows, some dozens of columns) stays far below every one.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * MB  # the file on disk (CSV, XLSX or EDEXML)
    max_rows: int = 100_000  # data rows below the header
    max_columns: int = 250
    max_cell_chars: int = 2_000  # one value; a header cell is a value too
    # XLSX is a zip: refused from the sizes its directory declares, before anything is
    # unpacked, and again while unpacking if an entry turns out bigger than declared.
    max_unpacked_bytes: int = 512 * MB  # all entries together
    max_entry_ratio: int = 200  # unpacked size / packed size of one large entry
    ratio_checked_from: int = 4 * MB  # small entries may compress very well
    max_zip_entries: int = 10_000
    max_cells: int = 4_000_000  # rows x columns of the sheet's used range


DEFAULT_LIMITS = Limits()
