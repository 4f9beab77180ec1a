"""Reading an import file into a ``Table``: the format is found from the content (never
from the file name), then limits and structure are checked. Every problem is an
``ImportFileError`` with the row it is on, and nothing has touched the database yet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from korre_desktop.services.files import (
    NotARegularFileError,
    open_regular_file,
    regular_file_or_error,
)
from korre_desktop.services.importing.csvfile import CsvRows, decode, delimiter_name
from korre_desktop.services.importing.edexml import EdexFile, parse_edexml
from korre_desktop.services.importing.edexml_xml import looks_like_edexml, looks_like_xml
from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.gc_pause import gc_paused
from korre_desktop.services.importing.headers import header_score
from korre_desktop.services.importing.limits import DEFAULT_LIMITS, MB, Limits
from korre_desktop.services.importing.report import Notice
from korre_desktop.services.importing.table import SourceInfo, Table
from korre_desktop.services.importing.xlsxfile import column_letters, read_xlsx

HEADER_SEARCH_ROWS = 10  # the header may sit below a few title lines


def read_file_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes; a missing, locked, unreadable or too large file is refused, and
    so is anything that is not a regular file (a folder, a FIFO, a device), before reading."""
    path = Path(path).expanduser()
    try:
        size = regular_file_or_error(path).st_size
        if size > limits.max_file_bytes:
            raise ImportFileError(
                "too_large",
                f"the file is {size / MB:,.1f} MB (at most {limits.max_file_bytes // MB} MB)",
                megabytes=round(size / MB, 1),
                max_megabytes=limits.max_file_bytes // MB,
            )
        with open_regular_file(path) as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except NotARegularFileError as exc:
        raise _not_a_file(exc) from None
    except FileNotFoundError:
        raise ImportFileError("not_found", f"file not found: {path}", path=str(path)) from None
    except PermissionError:
        raise ImportFileError(
            "locked",
            f"cannot open {path.name}: it is open in another program (close it in Excel)"
            " or you may not read it",
            name=path.name,
        ) from None
    except OSError as exc:
        raise ImportFileError(
            "unreadable", f"cannot read {path.name}: {exc.strerror}", name=path.name
        ) from None
    if len(data) > limits.max_file_bytes:
        raise ImportFileError(
            "too_large",
            f"the file is larger than {limits.max_file_bytes // MB} MB",
            max_megabytes=limits.max_file_bytes // MB,
        )
    return data


def _not_a_file(error: NotARegularFileError) -> ImportFileError:
    path = error.path
    if error.reason == "missing":
        return ImportFileError("not_found", str(error), path=str(path))
    if error.reason == "folder":
        return ImportFileError("not_a_file", str(error), path=str(path))
    # A FIFO, device or socket (or no access to it at all): nothing that can be read.
    return ImportFileError("unreadable", str(error), name=path.name)


def detect_format(data: bytes) -> str:
    """ "xlsx", "edexml" (EDEXML or UWLR) or "csv", from the first bytes; other formats are
    refused."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise ImportFileError("empty", "the file is empty")
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(b"PK"):
        raise ImportFileError("damaged", "this zip file is empty or damaged")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            "old_excel",
            "this is an old Excel file (.xls) or a password-protected workbook:"
            " save it as .xlsx or CSV without a password",
        )
    if data.startswith(b"%PDF"):
        raise ImportFileError("pdf", "this is a PDF, not a table: export CSV or XLSX instead")
    if looks_like_edexml(data):
        return "edexml"  # EDEXML or a UWLR message, in any encoding
    if looks_like_xml(data):
        raise ImportFileError("not_edexml", "this XML file is not an EDEXML export")
    return "csv"


def read_any(path: Path, limits: Limits = DEFAULT_LIMITS) -> Table | EdexFile:
    """A CSV or XLSX file as a Table; an EDEXML file as an EdexFile (two tables)."""
    with gc_paused():
        return _read_any(Path(path), limits)


def _read_any(path: Path, limits: Limits) -> Table | EdexFile:
    data = read_file_bytes(path, limits)
    fmt = detect_format(data)
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "edexml":
        return parse_edexml(data, SourceInfo(path.name, digest, fmt, encoding="xml"))
    if fmt == "xlsx":
        found = read_xlsx(data, limits)
        source = SourceInfo(path.name, digest, fmt, sheet=found.sheet)
        table = build_table(found.rows, source, limits, strict_width=False, stripped=True)
        table.notices[:0] = found.notices
        table.numeric_columns = frozenset(found.numeric_columns)
        return table
    text, encoding, warnings = decode(data)
    rows = CsvRows(text)
    source = SourceInfo(path.name, digest, fmt, encoding=encoding, delimiter=rows.delimiter)
    table = build_table(rows.records(_header_width(rows)), source, limits, strict_width=True)
    table.warnings = sorted(warnings + rows.warnings, key=lambda problem: problem.row or 0)
    return table


def read_table(path: Path, kind: str = "students", limits: Limits = DEFAULT_LIMITS) -> Table:
    """The table to import from ``path``; of an EDEXML file the students, or the teachers
    when ``kind`` is "employees"."""
    found = read_any(path, limits)
    return found.table_for(kind) if isinstance(found, EdexFile) else found


# -- structure -------------------------------------------------------------------------------


def _column_ref(table_headers: list[str], index: int, is_csv: bool) -> tuple[str, str]:
    """(the column's header, else its number (CSV) or letter (XLSX); the English words)."""
    header = table_headers[index] if index < len(table_headers) else ""
    if header:
        return header, f'column "{header}"'
    ref = str(index + 1) if is_csv else column_letters(index + 1)
    return ref, f"column {ref}"


def _check_cells(
    row_number: int, fields: list[str], headers: list[str], limits: Limits, is_csv: bool
) -> None:
    if not fields or max(map(len, fields)) <= limits.max_cell_chars:
        return
    for index, value in enumerate(fields):
        if len(value) > limits.max_cell_chars:
            column, words = _column_ref(headers, index, is_csv)
            raise ImportFileError(
                "cell_too_long",
                f"{words} holds {len(value):,} characters (at most {limits.max_cell_chars:,})",
                row=row_number,
                column=column,
                chars=len(value),
                max_chars=limits.max_cell_chars,
            )


def _leading_rows(
    iterator: Iterator[tuple[int, list[str]]],
) -> list[tuple[int, list[str]]]:
    """The first non-empty rows (stripped), among which the header is."""
    first: list[tuple[int, list[str]]] = []
    for row_number, fields in iterator:
        if any(value.strip() for value in fields):
            first.append((row_number, [value.strip() for value in fields]))
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    return first


def _header_width(rows: CsvRows) -> int | None:
    """The width of a CSV file's header row, found as ``build_table`` finds it, from the
    rows as the csv module reads them (the header comes before any stray quote)."""
    first = _leading_rows(_until_error(rows.records()))
    if not first:
        return None
    cells = first[_find_header(first)][1]
    return len(_without_trailing_blanks(cells))


def _until_error(
    rows: Iterator[tuple[int, list[str]]],
) -> Iterator[tuple[int, list[str]]]:
    try:
        yield from rows
    except ImportFileError:
        return  # ``build_table`` meets it again, knowing the header's width


def _without_trailing_blanks(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _find_header(first: list[tuple[int, list[str]]]) -> int:
    """Index in ``first`` of the header row: the row with the most recognised headers,
    or the first row when none has two."""
    scores = [header_score(fields) for _, fields in first]
    best = max(range(len(first)), key=lambda i: (scores[i], -i))
    return best if scores[best] >= 2 else 0


def _width_problem(
    row_number: int, fields: list[str], width: int, delimiter: str
) -> ImportFileError:
    others = [d for d in ";,\t|" if d != delimiter and any(d in value for value in fields)]
    hint, params = "", {}
    if others and len(fields) < width:
        hint = (
            f"; this row seems separated by {delimiter_name(others[0])} while the header uses"
            f" {delimiter_name(delimiter)} (mixed separators)"
        )
        params = {"row_delimiter": others[0], "delimiter": delimiter}
    elif len(fields) > width:
        hint = f"; a value may contain {delimiter_name(delimiter)} without quotes around it"
        params = {"delimiter": delimiter, "unquoted": True}
    return ImportFileError(
        "row_width",
        f"the row has {len(fields)} value(s) where the header has {width}{hint}",
        row=row_number,
        values=len(fields),
        width=width,
        **params,
    )


def build_table(
    rows: Iterable[tuple[int, list[str]]],
    source: SourceInfo,
    limits: Limits,
    *,
    strict_width: bool,
    stripped: bool = False,
) -> Table:
    """Find the header, check widths, lengths and counts; keep non-empty rows."""
    is_csv = strict_width
    iterator: Iterator[tuple[int, list[str]]] = iter(rows)
    first = _leading_rows(iterator)
    if not first:
        raise ImportFileError("empty", "the file is empty: it has no header row and no data")
    header_index = _find_header(first)
    header_row, header_cells = first[header_index]
    for index, (row_number, fields) in enumerate(first):
        _check_cells(
            row_number, fields, header_cells if index > header_index else [], limits, is_csv
        )
    _without_trailing_blanks(header_cells)
    width = len(header_cells)
    if width > limits.max_columns:
        raise ImportFileError(
            "too_many_columns",
            f"the header has {width} columns (at most {limits.max_columns})",
            row=header_row,
            columns=width,
            max_columns=limits.max_columns,
        )
    if width < 2:
        hint = " (is the column separator ; , or tab?)" if is_csv else ""
        raise ImportFileError(
            "one_column", f"the header row has only one column{hint}", row=header_row, csv=is_csv
        )
    notices = []
    if header_index:
        notices.append(
            Notice(
                f"rows above the header (row {header_row}) were skipped",
                "header_below_title",
                row=header_row,
            )
        )
    data_rows: list[tuple[str, ...]] = []
    row_numbers: list[int] = []
    unnamed_values = False

    def take(row_number: int, fields: list[str]) -> None:
        nonlocal unnamed_values
        if not any(fields) or not any(value.strip() for value in fields):
            return
        if len(fields) != width:
            extra = fields[width:]
            if strict_width and (len(fields) < width or any(v.strip() for v in extra)):
                raise _width_problem(row_number, fields, width, source.delimiter)
            if any(v.strip() for v in extra):
                unnamed_values = True
            fields = (fields + [""] * width)[:width]
        if len(data_rows) >= limits.max_rows:
            raise ImportFileError(
                "too_many_rows",
                f"the file has more than {limits.max_rows:,} data rows",
                row=row_number,
                max_rows=limits.max_rows,
            )
        data_rows.append(tuple(fields) if stripped else tuple(value.strip() for value in fields))
        row_numbers.append(row_number)

    for row_number, fields in first[header_index + 1 :]:
        take(row_number, fields)
    for row_number, fields in iterator:
        _check_cells(row_number, fields, header_cells, limits, is_csv)
        take(row_number, fields)
    if not data_rows:
        raise ImportFileError(
            "header_only", "the file has a header row but no data rows", row=header_row
        )
    if unnamed_values:
        notices.append(Notice("values in columns without a header were ignored", "unnamed_values"))
    return Table(
        headers=tuple(header_cells),
        rows=data_rows,
        row_numbers=row_numbers,
        source=source,
        header_row=header_row,
        notices=notices,
    )
