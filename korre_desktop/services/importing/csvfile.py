"""Reading a CSV file: encoding, column separator, and its rows as text.

Dutch Excel saves CSV with semicolons in cp1252; other tools write UTF-8 (with or without
a byte-order mark) and commas; Excel's "Unicode text" is UTF-16 with tabs. The encoding
follows the byte-order mark when there is one, else UTF-8 when the bytes are valid UTF-8,
else it is found line by line: a line that is valid UTF-8 is read as UTF-8, any other as
cp1252 (the Windows code page, which has ë, é, ï and the euro sign), so one row pasted in
from another program does not garble the rest. The file's encoding is the one most of its
lines with accents are in; a line in the other one is a warning with its row. Bytes that
are not text in either give an error with the row they are on.

Quotes: a value that begins with a double quote which does not close (a name written
``"t Hooft`` by a program that does not quote its values) would make the csv module read
the following lines as part of that value. A record is read again from its first line with
every quote taken as written when that line alone has the header's width and the csv
reading does not (it fails, or is not as wide as the header), or when the record runs over
several lines that each have the header's width. Quoted values with separators and line
breaks in them, as Excel writes them, are read as before. Each row read this way is a
warning.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from typing import NamedTuple

from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.report import WARNING, Problem

DELIMITERS = ";,\t|"
SAMPLE_CHARS = 64 * 1024
_DELIMITER_NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}
_ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252 (cp1252)"}
_ENDS_IN_QUOTES = "the file ends inside a quoted value"


def delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


class Decoded(NamedTuple):
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16" or "cp1252": most of the file
    warnings: list[Problem]  # the rows in the other encoding


def decode(data: bytes) -> Decoded:
    """The text of a CSV file's bytes, its encoding, and the rows read otherwise."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", [])
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, "utf-16") from None
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    try:
        return Decoded(data.decode("utf-8"), encoding, [])
    except UnicodeDecodeError:
        pass
    return _decode_lines(data, encoding)


def _decode_lines(data: bytes, utf8_name: str) -> Decoded:
    """UTF-8 where a line is valid UTF-8, else cp1252 (bytes.splitlines breaks lines
    where the csv reader does: \\r\\n, \\n and \\r)."""
    lines = data.splitlines(keepends=True)
    utf8_rows: list[int] = []
    cp1252_rows: list[int] = []
    for row, line in enumerate(lines, 1):
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                cp1252_rows.append(row)
            else:
                utf8_rows.append(row)
    if not utf8_rows:  # a cp1252 file, as Dutch Excel writes it
        try:
            return Decoded(data.decode("cp1252"), "cp1252", [])
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, "cp1252") from None
    parts = [line.decode("ascii") if line.isascii() else "" for line in lines]
    for row in utf8_rows:
        parts[row - 1] = lines[row - 1].decode("utf-8")
    for row in cp1252_rows:
        try:
            parts[row - 1] = lines[row - 1].decode("cp1252")
        except UnicodeDecodeError as exc:
            raise _undecodable(lines[row - 1], exc, "cp1252", row) from None
    text = "".join(parts)
    if len(utf8_rows) >= len(cp1252_rows):
        return Decoded(text, utf8_name, _encoding_warnings(cp1252_rows, "cp1252", "utf-8"))
    return Decoded(text, "cp1252", _encoding_warnings(utf8_rows, "utf-8", "cp1252"))


def _encoding_warnings(rows: list[int], read_as: str, file_is: str) -> list[Problem]:
    message = (
        f"this row is in {_ENCODING_NAMES[read_as]} while the rest of the file is in"
        f" {_ENCODING_NAMES[file_is]}; it was read as {_ENCODING_NAMES[read_as]}:"
        " check its accented letters"
    )
    params = {"encoding": read_as, "file_encoding": file_is}
    return [Problem(row, "row_encoding", message, WARNING, params=params) for row in rows]


def _undecodable(
    data: bytes, exc: UnicodeDecodeError, encoding: str, row: int | None = None
) -> ImportFileError:
    if row is None:
        row = data[: exc.start].count(b"\n") + 1
    byte = data[exc.start : exc.start + 1].hex()
    return ImportFileError(
        "encoding",
        f"byte 0x{byte} is not text in UTF-8 or Windows-1252 (cp1252); save the file as"
        " CSV UTF-8 and try again",
        row=row,
        encoding=encoding,
        byte=byte,
    )


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def sniff(text: str) -> csv.Dialect | type[csv.Dialect]:
    """The dialect of the file: ``csv.Sniffer`` on its first lines, checked against the
    first non-empty line (a sniffer can be fooled by a comma inside a name). The quote
    is always the double quote (the sniffer takes the apostrophes of 't Hooft and
    d'Ancona for quotes)."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in DELIMITERS}
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        if counts.get(dialect.delimiter, 0) > 0:
            dialect.doublequote = True  # Excel's way; the sniffer cannot always tell
            dialect.quotechar = '"'
            return dialect
    except csv.Error:
        pass
    best = max(DELIMITERS, key=lambda d: counts[d])

    class Found(csv.excel):
        delimiter = best if counts[best] > 0 else ";"

    return Found


def fits(fields: list[str], width: int) -> bool:
    """True when a row of ``fields`` fills a header of ``width`` columns (Excel may add
    empty values after the last column)."""
    return len(fields) >= width and not any(value.strip() for value in fields[width:])


def _ends_in_quotes(text: str, dialect: csv.Dialect | type[csv.Dialect]) -> bool:
    """True when ``text`` ends inside a quoted value, read as the csv module reads it
    (a quote opens a value only at its start; "" inside a quoted value is a quote)."""
    delimiter, spaces = dialect.delimiter, dialect.skipinitialspace
    quoted, at_start, index = False, True, 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"':
                if text.startswith('"', index + 1):
                    index += 1
                else:
                    quoted = at_start = False
        elif char == '"' and at_start:
            quoted = True
        elif char == delimiter or char in "\r\n":
            at_start = True
        elif not (spaces and char == " " and at_start):
            at_start = False
        index += 1
    return quoted


class CsvRows:
    """The records of a decoded CSV text, as (row number, fields).

    The row number is the line a record starts on, which is the row a spreadsheet shows
    unless a value holds a line break. ``records(width)`` knows the header's width and
    reads a line with a stray quote literally (see the module's description), adding a
    warning to ``warnings``.
    """

    def __init__(self, text: str) -> None:
        if "\x00" in text:
            row = text[: text.index("\x00")].count("\n") + 1
            raise ImportFileError(
                "binary", "the file holds a NUL byte: it is not a CSV text file", row=row
            )
        self.dialect = sniff(text)
        self.delimiter: str = self.dialect.delimiter
        # The lines as the csv module splits them, so that a record's lines can be read
        # again; the reader goes through them by index (``reader.line_num``).
        self.lines = io.StringIO(text, newline="").readlines()
        self.warnings: list[Problem] = []

    def records(self, width: int | None = None) -> Iterator[tuple[int, list[str]]]:
        lines = self.lines
        total = len(lines)
        reader = csv.reader(lines, self.dialect)
        base = start = 0  # the line the reader began on; the current record's first line
        while True:
            failed = ""  # why the csv module's reading is wrong
            try:
                fields: list[str] = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                fields, failed = [], str(exc)
            end = base + reader.line_num
            if end == total and not failed and self._ends_in_quotes(lines[start:end]):
                failed = _ENDS_IN_QUOTES
            if width is not None and (
                failed
                or end - start > 1
                or (len(fields) != width and '"' in lines[start] and not fits(fields, width))
            ):
                literal = self._literal(start + 1, lines[start:end], fields, failed, width)
                if literal is not None:
                    self.warnings.append(_stray_quote(start + 1))
                    yield start + 1, literal
                    base = start = start + 1  # a fresh start on the next line
                    reader = csv.reader(map(lines.__getitem__, range(base, total)), self.dialect)
                    continue
            if failed:
                raise ImportFileError(
                    "csv_structure",
                    f"cannot read this line as CSV ({failed})",
                    row=start + 1,
                    ends_in_quotes=failed == _ENDS_IN_QUOTES,
                )
            yield start + 1, fields
            start = end

    def _ends_in_quotes(self, taken: list[str]) -> bool:
        text = "".join(taken)
        return '"' in text and _ends_in_quotes(text, self.dialect)

    def _split(self, line: str) -> list[str]:
        return line.rstrip("\r\n").split(self.delimiter)

    def _literal(
        self, row: int, taken: list[str], fields: list[str], failed: str, width: int
    ) -> list[str] | None:
        """The first line's values with quotes as written, when the csv module's reading
        is wrong and that reads right; None to keep the csv module's reading."""
        if '"' not in taken[0]:
            return None
        others = [line for line in taken[1:] if line.strip()]
        swallowed = bool(others) and all(fits(self._split(line), width) for line in others)
        if not (failed or swallowed or not fits(fields, width)):
            return None
        literal = self._split(taken[0])
        if fits(literal, width):
            return literal
        if swallowed and not failed:
            raise ImportFileError(
                "csv_structure",
                f'a double quote (") on this row does not close: the next {len(others)}'
                " row(s) were read as part of its value",
                row=row,
                swallowed=len(others),
            )
        return None


def _stray_quote(row: int) -> Problem:
    return Problem(
        row,
        "stray_quote",
        'a double quote (") in this row does not close, so the row was read with its quotes'
        " as written: check its values",
        WARNING,
    )
