"""Reading an XLSX workbook safely: the zip is checked from its directory before anything
is unpacked, the sheet's XML is scanned as a stream (row count, how far the values
reach, formulas without a saved result, error values), and only then python-calamine
reads the cells.

Why the scan: calamine builds the sheet's used range in memory, and one stray value in
row 1,048,576 makes that a million rows (hundreds of MB); a formula written by a tool
that does not calculate has no saved result, and calamine would give an empty cell
without saying so. A ``<dimension>`` tag claiming 1,048,576 rows costs nothing: neither
the scan nor calamine trusts it.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from posixpath import dirname, join, normpath

import python_calamine
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.limits import MB, Limits
from korre_desktop.services.importing.report import Notice

CHUNK = 1 * MB
# What unpacking a damaged part raises: a bad CRC, a truncated stream, or bytes that zlib
# cannot inflate (``zlib.error`` is none of the others).
DAMAGED_PART = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error)
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (ord(char) - 64)
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- the zip ------------------------------------------------------------------------------


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The workbook's zip, refused from its declared sizes when it would unpack too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise ImportFileError("damaged", f"the workbook is damaged ({exc})") from None
    entries = archive.infolist()
    if len(entries) > limits.max_zip_entries:
        raise ImportFileError(
            "zip_bomb",
            f"the workbook holds {len(entries):,} parts: too many for a table",
            parts=len(entries),
        )
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_unpacked_bytes:
        raise ImportFileError(
            "zip_bomb",
            f"the workbook would unpack to {declared // MB:,} MB"
            f" (at most {limits.max_unpacked_bytes // MB:,} MB): refused",
            megabytes=declared // MB,
            max_megabytes=limits.max_unpacked_bytes // MB,
        )
    for entry in entries:
        if entry.file_size >= limits.ratio_checked_from:
            ratio = entry.file_size / max(entry.compress_size, 1)
            if ratio > limits.max_entry_ratio:
                raise ImportFileError(
                    "zip_bomb",
                    f"part {entry.filename} of the workbook would unpack {ratio:,.0f} times"
                    " its size: refused",
                    part=entry.filename,
                )
        if entry.flag_bits & 0x1:
            raise ImportFileError(
                "encrypted", "the workbook is password-protected: save it without a password"
            )
    return archive


def _read_part(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except KeyError:
        raise ImportFileError("not_xlsx", f"the workbook has no part {name}", part=name) from None
    except DAMAGED_PART as exc:
        raise ImportFileError("damaged", f"the workbook is damaged ({exc})") from None
    if len(data) > limit:
        raise ImportFileError("zip_bomb", f"part {name} of the workbook is too large", part=name)
    return data


def _parse_xml(archive: zipfile.ZipFile, name: str, limit: int = 16 * MB):
    data = _read_part(archive, name, limit)
    try:
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ImportFileError("damaged", f"the workbook's {name} cannot be read ({exc})") from None


def _check_stream(archive: zipfile.ZipFile, name: str) -> None:
    """Unpack a part and throw it away: a part that expands beyond what it declares, or
    whose checksum is wrong, is refused here before calamine reads it."""
    if name not in archive.namelist():
        return
    try:
        with archive.open(name) as handle:
            while handle.read(CHUNK):
                pass
    except DAMAGED_PART as exc:
        raise ImportFileError("damaged", f"the workbook is damaged ({exc})") from None


@dataclass(frozen=True)
class SheetRef:
    name: str
    part: str  # e.g. "xl/worksheets/sheet1.xml"


def first_sheet(archive: zipfile.ZipFile) -> SheetRef:
    """The first visible worksheet of the workbook."""
    names = set(archive.namelist())
    workbook_part = "xl/workbook.xml"
    if "_rels/.rels" in names:
        for rel in _parse_xml(archive, "_rels/.rels"):
            if rel.get("Type", "").endswith("/officeDocument"):
                workbook_part = normpath(rel.get("Target", workbook_part).lstrip("/"))
    if workbook_part not in names:
        raise ImportFileError("not_xlsx", "this zip file is not an Excel workbook (.xlsx)")
    rels_part = join(dirname(workbook_part), "_rels", workbook_part.rsplit("/", 1)[-1] + ".rels")
    targets = {}
    if rels_part in names:
        for rel in _parse_xml(archive, rels_part):
            target = rel.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else join(dirname(workbook_part), target)
            )
            targets[rel.get("Id")] = normpath(path)
    workbook = _parse_xml(archive, workbook_part)
    for element in workbook.iter():
        if _local(element.tag) != "sheet" or element.get("state") in ("hidden", "veryHidden"):
            continue
        part = targets.get(element.get(f"{{{_REL_NS}}}id"))
        if part in names:
            return SheetRef(element.get("name", ""), part)
    raise ImportFileError("no_sheet", "the workbook has no visible worksheet with data")


# -- the scan -------------------------------------------------------------------------------


@dataclass
class SheetScan:
    value_rows: int = 0  # rows that hold at least one value
    last_value_row: int = 0
    last_value_column: int = 0
    formulas: int = 0  # formula cells with a saved result
    unsaved_formula: tuple[str, int] | None = None  # (cell, row) of the first without one
    error_value: tuple[str, int, str] | None = None  # (cell, row, "#N/A")
    over_rows_at: int | None = None  # the row where the row limit was passed
    unpacked: int = 0


_ROW_R = re.compile(rb'\br="(\d+)"')
_CELL_R = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


class _Scanner:
    """Scans ``<row>`` elements of the sheet XML, chunk by chunk."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.scan = SheetScan()
        self.prefix: bytes | None = None
        self.row = 0

    def tags(self, prefix: bytes) -> None:
        p = prefix
        self.prefix = p
        self.row_open = re.compile(rb"<" + p + rb"row[\s>/]")
        self.row_close = b"</" + p + b"row>"
        self.value = re.compile(rb"<" + p + rb"v>[^<]|<" + p + rb"is[\s>]")
        self.formula = re.compile(rb"<" + p + rb"f[\s>/]")
        self.cell_open = re.compile(rb"<" + p + rb"c[\s>/]")
        self.cell_close = re.compile(rb"</" + p + rb"c>|/>")
        self.saved = re.compile(rb"<" + p + rb"v>([^<]+)</")
        self.error = re.compile(rb"<" + p + rb'c\b[^>]*\bt="e"[^>]*>')

    def feed(self, data: bytes) -> None:
        for part in data.split(self.row_close):
            self._row(part)

    def _row(self, part: bytes) -> None:
        opens = list(self.row_open.finditer(part))
        if not opens:
            return
        opened = opens[-1]
        tag_end = part.find(b">", opened.start())
        number = _ROW_R.search(part, opened.start(), tag_end + 1)
        self.row = int(number.group(1)) if number else self.row + 1
        body = part[tag_end + 1 :]
        scan = self.scan
        if self.formula.search(body):
            self._formulas(body)
        if self.value.search(body) is None:
            return
        scan.value_rows += 1
        scan.last_value_row = max(scan.last_value_row, self.row)
        if scan.over_rows_at is None and scan.value_rows > self.limits.max_rows + 1:
            scan.over_rows_at = self.row
        cells = _CELL_R.findall(body[body.rfind(b' r="') - 1 :]) if b' r="' in body else []
        last = column_number(cells[-1][0].decode()) if cells else len(self.cell_open.findall(body))
        scan.last_value_column = max(scan.last_value_column, last)
        if b't="e"' in body and scan.error_value is None:
            self._error_cell(body)

    def _cell_at(self, body: bytes, position: int) -> tuple[bytes, str]:
        start = max((m.start() for m in self.cell_open.finditer(body, 0, position)), default=0)
        end_match = re.compile(rb"</" + self.prefix + rb"c>").search(body, position)
        end = end_match.end() if end_match else len(body)
        cell = body[start:end]
        ref = _CELL_R.search(cell)
        return cell, (ref.group(1) + ref.group(2)).decode() if ref else f"row {self.row}"

    def _formulas(self, body: bytes) -> None:
        for match in self.formula.finditer(body):
            cell, ref = self._cell_at(body, match.start())
            if self.saved.search(cell):
                self.scan.formulas += 1
            elif self.scan.unsaved_formula is None:
                self.scan.unsaved_formula = (ref, self.row)

    def _error_cell(self, body: bytes) -> None:
        match = self.error.search(body)
        if match is None:
            return
        cell, ref = self._cell_at(body, match.end())
        value = self.saved.search(cell)
        self.scan.error_value = (ref, self.row, value.group(1).decode() if value else "#?")


def scan_sheet(archive: zipfile.ZipFile, part: str, limits: Limits) -> SheetScan:
    """Scan the worksheet's XML as a stream, one megabyte at a time."""
    scanner = _Scanner(limits)
    scan = scanner.scan
    carry = b""
    try:
        with archive.open(part) as handle:
            while chunk := handle.read(CHUNK):
                scan.unpacked += len(chunk)
                if scan.unpacked > limits.max_unpacked_bytes:
                    raise ImportFileError("zip_bomb", "the worksheet unpacks too large: refused")
                data = carry + chunk
                if scanner.prefix is None:
                    found = re.search(rb"<(\w+:)?sheetData[\s>/]", data)
                    if found is None:
                        carry = data[-256:]
                        continue
                    scanner.tags(found.group(1) or b"")
                    data = data[found.end() :]
                cut = data.rfind(scanner.row_close)
                if cut < 0:
                    carry = data
                    if len(carry) > 8 * CHUNK:
                        raise ImportFileError("too_large", "a row of the worksheet is too large")
                    continue
                cut += len(scanner.row_close)
                scanner.feed(data[:cut])
                carry = data[cut:]
    except DAMAGED_PART as exc:
        raise ImportFileError("damaged", f"the workbook is damaged ({exc})") from None
    if scanner.prefix is not None:
        scanner.feed(carry)
    return scan


def _check_scan(scan: SheetScan, limits: Limits) -> None:
    if scan.over_rows_at is not None:
        raise ImportFileError(
            "too_many_rows",
            f"the sheet has more than {limits.max_rows:,} rows (at most {limits.max_rows:,})",
            row=scan.over_rows_at,
            max_rows=limits.max_rows,
        )
    if scan.last_value_row > limits.max_rows + 1_000:
        raise ImportFileError(
            "far_value",
            f"a value lies far below the table, in row {scan.last_value_row:,}: delete the"
            " empty rows above it, or that value, and save again",
            row=scan.last_value_row,
        )
    if scan.last_value_column > limits.max_columns:
        raise ImportFileError(
            "too_many_columns",
            f"values reach column {column_letters(scan.last_value_column)}"
            f" (at most {limits.max_columns} columns)",
            column=column_letters(scan.last_value_column),
            max_columns=limits.max_columns,
        )
    if scan.last_value_row * scan.last_value_column > limits.max_cells:
        raise ImportFileError(
            "too_many_cells",
            f"the sheet's used range has {scan.last_value_row * scan.last_value_column:,}"
            f" cells (at most {limits.max_cells:,})",
            cells=scan.last_value_row * scan.last_value_column,
            max_cells=limits.max_cells,
        )
    if scan.unsaved_formula is not None:
        cell, row = scan.unsaved_formula
        raise ImportFileError(
            "formula",
            f"cell {cell} holds a formula whose result is not saved in the file; open it in"
            " Excel and save it, or replace the formulas by their values",
            row=row,
            cell=cell,
        )
    if scan.error_value is not None:
        cell, row, value = scan.error_value
        raise ImportFileError(
            "error_value",
            f"cell {cell} holds the Excel error {value}",
            row=row,
            cell=cell,
            value=value,
        )


# -- the cells -----------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell as text: numbers without a needless ".0", dates as jjjj-mm-dd."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return "" if value is None else str(value).strip()


@dataclass
class XlsxRows:
    sheet: str
    rows: Iterator[tuple[int, list[str]]]
    numeric_columns: set[int]
    notices: list[Notice]


def read_xlsx(data: bytes, limits: Limits) -> XlsxRows:
    """The rows of the workbook's first visible sheet, as (row number, cell texts)."""
    archive = open_zip(data, limits)
    sheet = first_sheet(archive)
    for name in ("xl/sharedStrings.xml", "xl/styles.xml"):
        _check_stream(archive, name)
    scan = scan_sheet(archive, sheet.part, limits)
    _check_scan(scan, limits)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        values = workbook.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types and plain ones
        raise ImportFileError("damaged", f"the workbook cannot be read ({exc})") from None
    notices = []
    if scan.formulas:
        notices.append(
            Notice(
                f"{scan.formulas} cell(s) hold formulas; their saved results were used",
                "formulas",
                count=scan.formulas,
            )
        )
    numeric: set[int] = set()

    def rows() -> Iterator[tuple[int, list[str]]]:
        for index, row in enumerate(values):
            texts = [value.strip() if type(value) is str else value for value in row]
            if any(type(value) is not str for value in texts):
                for column, value in enumerate(texts):
                    if type(value) is not str:
                        if type(value) in (int, float):
                            numeric.add(column)
                        texts[column] = cell_text(value)
            yield index + 1, texts

    return XlsxRows(sheet.name, rows(), numeric, notices)
