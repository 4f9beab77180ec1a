"""The bad-input corpus, generated: each maker writes one broken file into a folder."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

from tests.services.importing.conftest import STUDENT_HEADERS, STUDENT_ROWS, csv_bytes, write_xlsx

GOOD_ROWS = [STUDENT_HEADERS, *STUDENT_ROWS]


def rewrite_sheet(source: Path, target: Path, change) -> Path:
    """Copy an XLSX, passing its first worksheet's XML through ``change``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            zout.writestr(info, data)
    return target


def good_xlsx(folder: Path, rows=GOOD_ROWS, name: str = "good.xlsx") -> Path:
    return write_xlsx(folder / name, rows)


def claims_million_rows(folder: Path) -> Path:
    """A sheet whose <dimension> tag says A1:XFD1048576 while it holds four rows."""
    source = good_xlsx(folder, name="source.xlsx")
    return rewrite_sheet(
        source,
        folder / "dimension.xlsx",
        lambda xml: re.sub(
            rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', xml
        ),
    )


def value_in_last_row(folder: Path) -> Path:
    """One stray value in row 1,048,576: the used range really is a million rows."""
    source = good_xlsx(folder, name="source.xlsx")
    stray = b'<row r="1048576"><c r="K1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return rewrite_sheet(
        source,
        folder / "stray.xlsx",
        lambda xml: xml.replace(b"</sheetData>", stray + b"</sheetData>"),
    )


def formula_without_result(folder: Path) -> Path:
    """openpyxl writes formulas without a saved result (it does not calculate)."""
    rows = [list(row) for row in GOOD_ROWS]
    rows[2][5] = '="Groep "&"4"'
    return good_xlsx(folder, rows, "formula.xlsx")


def formula_with_result(folder: Path) -> Path:
    """A formula with the result Excel saved beside it."""
    source = formula_without_result(folder)

    def add_result(xml: bytes) -> bytes:
        return re.sub(
            rb'<c r="F3"([^>]*)><f>(.*?)</f>\s*<v\s*/>\s*</c>',
            rb'<c r="F3" t="str"><f>\2</f><v>Groep 4</v></c>',
            xml,
        )

    return rewrite_sheet(source, folder / "formula-result.xlsx", add_result)


def error_value(folder: Path) -> Path:
    source = good_xlsx(folder, name="source.xlsx")

    def add_error(xml: bytes) -> bytes:
        return re.sub(
            rb'<c r="E3"[^>]*>.*?</c>',
            b'<c r="E3" t="e"><f>VLOOKUP(A3,X:Y,2,0)</f><v>#N/A</v></c>',
            xml,
        )

    return rewrite_sheet(source, folder / "error.xlsx", add_error)


def zip_bomb_declared(folder: Path) -> Path:
    """A small zip whose directory declares an entry of almost 4 GB, renamed .xlsx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>" * 100)
        archive.writestr("xl/workbook.xml", b"<workbook/>")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 0xFFFF_FFF0)  # uncompressed size
    path = folder / "bomb.xlsx"
    path.write_bytes(bytes(data))
    return path


def zip_bomb_ratio(folder: Path) -> Path:
    """A real bomb: 8 MB of zeros packed into a few kilobytes, renamed .xlsx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", bytes(8 * 1024 * 1024))
    path = folder / "zeros.xlsx"
    path.write_bytes(buffer.getvalue())
    return path


def undecodable(folder: Path) -> Path:
    data = csv_bytes(GOOD_ROWS)
    lines = data.split(b"\r\n")
    lines[2] = lines[2].replace(b"Daan", b"D\x81an")  # 0x81 is no character in cp1252
    path = folder / "bytes.csv"
    path.write_bytes(b"\r\n".join(lines))
    return path


def mixed_delimiters(folder: Path) -> Path:
    data = (
        csv_bytes(GOOD_ROWS[:2])
        + csv_bytes(GOOD_ROWS[2:3], delimiter=",")
        + csv_bytes(GOOD_ROWS[3:])
    )
    path = folder / "mixed.csv"
    path.write_bytes(data)
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def header_only(folder: Path) -> Path:
    path = folder / "header.csv"
    path.write_bytes(csv_bytes(GOOD_ROWS[:1]))
    return path


def empty_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "empty.xlsx", [])
