"""Reading a CSV file: encoding, column separator, and its rows as text.

Dutch Excel saves CSV with semicolons in cp1252; other tools write UTF-8 (with or without
a byte-order mark) and commas; Excel's "Unicode text" is UTF-16 with tabs. The encoding
follows the byte-order mark when there is one, else UTF-8 when the bytes are valid UTF-8,
else cp1252 (the Windows code page, which has ë, é, ï and the euro sign). Bytes that are
not text in any of these give an error with the row they are on.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator

from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.limits import Limits

DELIMITERS = ";,\t|"
SAMPLE_CHARS = 64 * 1024
_DELIMITER_NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}


def delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for the bytes of a CSV file."""
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _undecodable(data, exc, encoding) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc, "cp1252") from None


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str) -> ImportFileError:
    row = data[: exc.start].count(b"\n") + 1
    byte = data[exc.start : exc.start + 1].hex()
    return ImportFileError(
        "encoding",
        f"byte 0x{byte} is not text in UTF-8 or Windows-1252 (cp1252); save the file as"
        " CSV UTF-8 and try again",
        row=row,
        encoding=encoding,
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
    first non-empty line (a sniffer can be fooled by a comma inside a name)."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in DELIMITERS}
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        if counts.get(dialect.delimiter, 0) > 0:
            dialect.doublequote = True  # Excel's way; the sniffer cannot always tell
            return dialect
    except csv.Error:
        pass
    best = max(DELIMITERS, key=lambda d: counts[d])

    class Found(csv.excel):
        delimiter = best if counts[best] > 0 else ";"

    return Found


def iter_csv_rows(text: str, limits: Limits) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    """(delimiter, iterator of (row number, fields)) for the decoded text.

    The row number is the line a record starts on, which is the row a spreadsheet shows
    unless a value holds a line break.
    """
    if "\x00" in text:
        row = text[: text.index("\x00")].count("\n") + 1
        raise ImportFileError(
            "binary", "the file holds a NUL byte: it is not a CSV text file", row=row
        )
    dialect = sniff(text)

    def rows() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        start = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(
                    "csv_structure", f"cannot read this line as CSV ({exc})", row=start
                ) from None
            yield start, fields
            start = reader.line_num + 1

    return dialect.delimiter, rows()
