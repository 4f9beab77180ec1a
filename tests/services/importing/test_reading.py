"""Reading CSV, XLSX and EDEXML files into tables."""

from __future__ import annotations

import codecs
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services.importing import xlsxfile
from korre_desktop.services.importing.limits import Limits
from tests.services.importing import bad_files
from tests.services.importing.conftest import (
    SAMPLE_EDEXML,
    STUDENT_HEADERS,
    STUDENT_ROWS,
    csv_bytes,
    write_csv,
    write_xlsx,
)

ROWS = [STUDENT_HEADERS, *STUDENT_ROWS]


def test_dutch_excel_csv_semicolons_in_cp1252(tmp_path):
    table = imp.read_table(write_csv(tmp_path / "a.csv", ROWS))
    assert table.source.encoding == "cp1252"
    assert table.source.delimiter == ";"
    assert table.headers == tuple(STUDENT_HEADERS)
    assert table.rows[0][1] == "Zoë"
    assert table.rows[0][0] == "004512"  # leading zeros stay
    assert table.row_numbers == [2, 3, 4]


def test_utf8_with_bom_and_commas(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_bytes(ROWS, ",", "utf-8"))
    table = imp.read_table(path)
    assert (table.source.encoding, table.source.delimiter) == ("utf-8-sig", ",")
    assert table.headers[0] == "Leerlingnummer"  # no BOM left on the first header
    assert table.rows[0][1] == "Zoë"


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + csv_bytes(ROWS, "\t", "utf-16-le"))
    table = imp.read_table(path)
    assert (table.source.encoding, table.source.delimiter) == ("utf-16", "\t")
    assert table.rows[2][3] == "Meer"


def test_quoted_values_keep_their_separators_and_line_breaks(tmp_path):
    rows = [
        ["Leerlingnummer", "Achternaam", "Opmerking"],
        ["1", "Vries", "a;b\nc"],
        ["2", "Bos", ""],
    ]
    table = imp.read_table(write_csv(tmp_path / "q.csv", rows))
    assert table.rows[0][2] == "a;b\nc"
    assert table.row_numbers == [2, 4]  # the second record starts on line 4


def test_title_lines_above_the_header_are_skipped(tmp_path):
    rows = [
        ["Leerlingenlijst OBS De Linde", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        *[r[:6] for r in ROWS],
    ]
    table = imp.read_table(write_csv(tmp_path / "t.csv", rows))
    assert table.header_row == 3
    assert table.headers[0] == "Leerlingnummer"
    assert table.row_numbers[0] == 4
    assert any("above the header" in notice for notice in table.notices)


def test_excel_trailing_separators_are_tolerated(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"Leerlingnummer;Achternaam;;\r\n1;Vries;;\r\n;;;\r\n2;Bos;;\r\n")
    table = imp.read_table(path)
    assert table.headers == ("Leerlingnummer", "Achternaam")
    assert table.rows == [("1", "Vries"), ("2", "Bos")]


@pytest.mark.parametrize(
    ("content", "code", "row"),
    [
        (b"Leerlingnummer\r\n1\r\n", "one_column", 1),
        (b"Nr;Naam\r\n1;Jan;Extra\r\n", "row_width", 2),
        (b"Nr;Naam\r\n1;J\x00n\r\n", "binary", 2),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old_excel", None),
        (b"%PDF-1.7\n", "pdf", None),
        (b"<?xml version='1.0'?><Workbook/>", "not_edexml", None),
        (b"PK\x03\x04garbage", "damaged", None),
        (codecs.BOM_UTF8 + b"\r\n \r\n", "empty", None),
    ],
    ids=["one-column", "extra-value", "nul", "xls", "pdf", "other-xml", "broken-zip", "bom-only"],
)
def test_files_that_are_not_tables(tmp_path, content, code, row):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert (caught.value.code, caught.value.row) == (code, row)


def test_limits_on_rows_cells_and_size(tmp_path):
    path = write_csv(tmp_path / "l.csv", ROWS)
    with pytest.raises(imp.ImportFileError) as rows:
        imp.read_table(path, limits=Limits(max_rows=2))
    assert (rows.value.code, rows.value.row) == ("too_many_rows", 4)
    long = write_csv(tmp_path / "long.csv", [["Nr", "Opmerking"], ["1", "kort"], ["2", "x" * 3000]])
    with pytest.raises(imp.ImportFileError) as cell:
        imp.read_table(long)
    assert (cell.value.code, cell.value.row) == ("cell_too_long", 3)
    assert 'column "Opmerking" holds 3,000 characters' in str(cell.value)
    with pytest.raises(imp.ImportFileError) as size:
        imp.read_table(path, limits=Limits(max_file_bytes=100))
    assert size.value.code == "too_large"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(imp.ImportFileError) as missing:
        imp.read_table(tmp_path / "nope.csv")
    assert missing.value.code == "not_found"
    with pytest.raises(imp.ImportFileError) as folder:
        imp.read_table(tmp_path)
    assert folder.value.code == "not_a_file"


# -- stray quotes and mixed encodings ---------------------------------------------------------


def _lines_file(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _warned(table) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for problem in table.warnings:
        found.setdefault(problem.row, set()).add(problem.code)
    return found


def test_a_raet_export_with_an_opening_quote_in_a_name(tmp_path):
    """Visma|Raet writes "|" between values and quotes nothing: a name "t Hooft opens a
    quote that never closes, which made the csv module swallow the rest of the file."""
    path = _lines_file(
        tmp_path / "raet.csv",
        [
            "Personeelsnummer|Voorvoegsels|Achternaam|Roepnaam|Datum in dienst",
            "100234|van|Dijk|Anna|01-08-2019",
            '100235||"t Hooft|Bram|01-08-2020',
            "100236|de|Wit|Carla|01-02-2021",
            '100237|van|"t Hek|Daan|01-08-2022',
            "100238||Bos|Eva|01-08-2023",
        ],
    )
    table = imp.read_table(path, "employees")
    assert table.source.delimiter == "|"
    assert [row[0] for row in table.rows] == ["100234", "100235", "100236", "100237", "100238"]
    assert table.rows[1][2:4] == ('"t Hooft', "Bram")  # as written; the name is tidied later
    assert table.rows[3][1:4] == ("van", '"t Hek', "Daan")
    assert table.rows[2] == ("100236", "de", "Wit", "Carla", "01-02-2021")
    assert _warned(table) == {3: {"stray_quote"}, 5: {"stray_quote"}}


def test_an_opening_quote_on_the_last_line_and_in_the_last_column(tmp_path):
    path = _lines_file(
        tmp_path / "last.csv",
        ["Leerlingnummer;Roepnaam;Achternaam", "1;Jan;Bos", '2;Piet;"s Jacob'],
    )
    table = imp.read_table(path)
    assert table.rows == [("1", "Jan", "Bos"), ("2", "Piet", '"s Jacob')]
    assert _warned(table) == {3: {"stray_quote"}}


def test_an_opening_quote_whose_row_would_swallow_more_than_the_field_limit(tmp_path):
    """Python's csv module raises when a quoted value grows past its field limit."""
    lines = ["Leerlingnummer;Roepnaam;Achternaam", '1;Jan;"t Hooft']
    lines += [f"{n};Kind{n};Jansen{n}" for n in range(2, 8_000)]
    table = imp.read_table(_lines_file(tmp_path / "long.csv", lines))
    assert len(table.rows) == 7_999
    assert table.rows[0] == ("1", "Jan", '"t Hooft')
    assert table.rows[-1] == ("7999", "Kind7999", "Jansen7999")
    assert _warned(table) == {2: {"stray_quote"}}


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_apostrophes_in_dutch_names_are_not_quotes(tmp_path, delimiter):
    """The sniffer takes ' for the quote character when a value is in apostrophes."""
    rows = [
        ["Leerlingnummer", "Achternaam", "Opmerking", "Plaats"],
        ["1", "'t Hooft", "'t is goed'", "'s-Gravenhage"],
        ["2", "d'Ancona", "'nvt'", "'s-Hertogenbosch"],
        ["3", "van 't Hof", "", "Utrecht"],
    ]
    path = tmp_path / "a.csv"
    path.write_bytes("\r\n".join(delimiter.join(row) for row in rows).encode("cp1252") + b"\r\n")
    table = imp.read_table(path)
    assert table.rows == [tuple(row) for row in rows[1:]]
    assert table.warnings == []


def test_quoted_values_over_many_lines_are_still_one_value(tmp_path):
    """A note with line breaks, and one with a line that looks like a row of its own."""
    rows = [
        ["Leerlingnummer", "Achternaam", "Opmerking"],
        ["1", "Vries", 'eerste regel\ntweede; met "aanhalingstekens"\nderde'],
        ["2", '"t Hooft', "x"],  # Excel quotes a value that holds a quote: this is fine
        ["3", "Bos", "4;Smit"],
    ]
    table = imp.read_table(write_csv(tmp_path / "q.csv", rows))
    assert [list(row) for row in table.rows] == rows[1:]
    assert table.row_numbers == [2, 5, 6]
    assert table.warnings == []


def test_an_opening_quote_that_happens_to_close_rows_later(tmp_path):
    """The quote of "t Hooft closes at the quote of "s Jacob three lines further, so the
    csv module gives a row of the right width holding four lines: each of those lines
    is a row of its own."""
    path = _lines_file(
        tmp_path / "two.csv",
        [
            "Nr;Achternaam;Roepnaam",
            '1;"t Hooft;Jan',
            "2;Bos;Piet",
            "3;Vries;An",
            '4;"s Jacob;Kees',
            "5;Smit;Lies",
        ],
    )
    table = imp.read_table(path)
    assert [row[1] for row in table.rows] == ['"t Hooft', "Bos", "Vries", '"s Jacob', "Smit"]
    assert table.row_numbers == [2, 3, 4, 5, 6]
    assert _warned(table) == {2: {"stray_quote"}, 5: {"stray_quote"}}


@pytest.mark.parametrize(
    ("lines", "fragment"),
    [
        (["Nr;Naam", '1;"t Hooft;extra', "2;Bos"], "ends inside a quoted value"),
        (
            ["Nr;Naam", '1;"t Hooft;extra', "2;Bos", '3;"s Jacob', "4;Smit"],
            "does not close: the next 2 row(s) were read as part of its value",
        ),
    ],
    ids=["to-the-end", "closed-later"],
)
def test_a_stray_quote_on_a_row_too_wide_to_read_literally_is_refused(tmp_path, lines, fragment):
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(_lines_file(tmp_path / "w.csv", lines))
    assert (caught.value.code, caught.value.row) == ("csv_structure", 2)
    assert fragment in str(caught.value)


def test_a_utf8_file_with_one_row_in_cp1252(tmp_path):
    """Pasted in from another file: one row in cp1252 no longer garbles every ë of the
    others (the whole file used to be read as cp1252: "ZoÃ«")."""
    lines = [
        b"Leerlingnummer;Roepnaam;Achternaam",
        "1;Zoë;Meer".encode(),
        "2;Chloë;Brandsmā".encode(),
        "3;Noël;Peeters".encode("cp1252"),
        "4;Anaïs;Dijk".encode(),
    ]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    table = imp.read_table(path)
    assert table.source.encoding == "utf-8"
    assert [row[1] for row in table.rows] == ["Zoë", "Chloë", "Noël", "Anaïs"]
    assert table.rows[1][2] == "Brandsmā"
    assert _warned(table) == {4: {"row_encoding"}}
    assert "Windows-1252" in table.warnings[0].message


def test_a_cp1252_file_with_one_row_in_utf8(tmp_path):
    lines = [
        b"Leerlingnummer;Roepnaam;Achternaam",
        "1;Zoë;Meer".encode("cp1252"),
        "2;Anaïs;Dijk".encode("cp1252"),
        "3;Noël;Peeters".encode(),
    ]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    table = imp.read_table(path)
    assert table.source.encoding == "cp1252"
    assert [row[1] for row in table.rows] == ["Zoë", "Anaïs", "Noël"]
    assert _warned(table) == {4: {"row_encoding"}}


def test_a_cp1252_file_has_no_encoding_warnings(tmp_path):
    table = imp.read_table(write_csv(tmp_path / "a.csv", ROWS))
    assert table.source.encoding == "cp1252"
    assert table.warnings == []


# -- XLSX ----------------------------------------------------------------------------------


def test_xlsx_cells_become_text(tmp_path):
    rows = [
        ["Leerlingnummer", "Achternaam", "Geboortedatum", "Aantal", "Gezag", "Tijd"],
        ["004512", "Meer", date(2019, 3, 14), 3, True, datetime(2019, 3, 14, 0, 0)],
        [4513, " Dijk ", datetime(2018, 5, 2, 10, 30), 2.5, False, None],
    ]
    table = imp.read_table(write_xlsx(tmp_path / "x.xlsx", rows))
    assert table.rows[0] == ("004512", "Meer", "2019-03-14", "3", "ja", "2019-03-14")
    assert table.rows[1] == ("4513", "Dijk", "2018-05-02", "2.5", "nee", "")
    assert 0 in table.numeric_columns  # 4513 was a number: the plan warns about zeros
    assert table.source.format == "xlsx" and table.source.sheet == "Blad1"


def test_xlsx_formula_results_are_used(tmp_path):
    table = imp.read_table(bad_files.formula_with_result(tmp_path))
    assert table.rows[1][5] == "Groep 4"
    assert any("formulas" in notice for notice in table.notices)


def test_a_dimension_claiming_a_million_rows_is_read_quickly(tmp_path):
    path = bad_files.claims_million_rows(tmp_path)
    started = time.perf_counter()
    table = imp.read_table(path)
    assert time.perf_counter() - started < 2
    assert len(table.rows) == 3


def test_a_dimension_claiming_a_million_rows_uses_little_memory(tmp_path):
    """In a fresh process, so calamine's own (non-Python) memory counts too."""
    path = bad_files.claims_million_rows(tmp_path)
    # The child's own high-water mark: VmHWM where /proc exists (ru_maxrss would carry the
    # parent's size over the fork), else ru_maxrss (KiB on Linux, bytes on macOS).
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from korre_desktop.services.importing import read_table\n"
        "table = read_table(sys.argv[1])\n"
        "status = Path('/proc/self/status')\n"
        "if status.exists():\n"
        "    line = next(l for l in status.read_text().splitlines() if l.startswith('VmHWM'))\n"
        "    peak = int(line.split()[1]) // 1024\n"
        "else:\n"
        "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "    peak = rss // 2**20 if sys.platform == 'darwin' else rss // 1024\n"
        "print(len(table.rows), peak)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    rows, peak_mb = map(int, done.stdout.split())
    assert rows == 3
    assert peak_mb < 150


def test_a_value_far_below_is_refused_before_calamine_reads(tmp_path, monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("calamine was asked to build a million-row range")

    monkeypatch.setattr(xlsxfile.python_calamine.CalamineWorkbook, "from_filelike", must_not_run)
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(bad_files.value_in_last_row(tmp_path))
    assert caught.value.code == "far_value"


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path, monkeypatch):
    def must_not_unpack(*args, **kwargs):
        raise AssertionError("an entry was unpacked")

    bombs = [bad_files.zip_bomb_declared(tmp_path), bad_files.zip_bomb_ratio(tmp_path)]
    monkeypatch.setattr(xlsxfile.zipfile.ZipFile, "open", must_not_unpack)
    for bomb in bombs:
        with pytest.raises(imp.ImportFileError) as caught:
            imp.read_table(bomb)
        assert caught.value.code == "zip_bomb"


def test_an_entry_larger_than_declared_is_refused(tmp_path):
    """A zip whose directory understates an entry: unpacking stops at the declared size
    and the checksum fails, before calamine reads anything."""
    import struct

    path = bad_files.good_xlsx(tmp_path)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, start + size_at, 100)
            start += 4
    path.write_bytes(bytes(data))
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert caught.value.code == "damaged"


def test_hidden_sheets_are_passed_over(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    hidden = workbook.active
    hidden.title = "Oud"
    hidden.append(["niets"])
    hidden.sheet_state = "hidden"
    sheet = workbook.create_sheet("Leerlingen")
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "h.xlsx"
    workbook.save(path)
    table = imp.read_table(path)
    assert table.source.sheet == "Leerlingen"
    assert len(table.rows) == 3


# -- EDEXML ----------------------------------------------------------------------------------


def test_edexml_sample(tmp_path):
    found = imp.read_any(SAMPLE_EDEXML)
    assert isinstance(found, imp.EdexFile)
    assert (found.brin, found.school_year, found.schoolkey) == ("00AA", "2026-2027", "00AA01")
    students = found.table_for("students")
    assert [row[0] for row in students.rows] == ["5120", "5121", "05122"]
    assert students.rows[1][2:4] == ("van der", "Laan")
    assert students.rows[2][5] == "Groep 5"  # the composite group Plusklas is no class
    assert students.row_noun == "leerling"
    teachers = found.table_for("employees")
    assert teachers.rows[1][5] == "Leerkracht"
    assert teachers.meta["teacher_classes"]["LK002"] == ["Groep 3/4", "Groep 5"]
    assert found.composite_groups == {"Plusklas": 1}


def test_edexml_is_recognised_by_content_not_name(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(SAMPLE_EDEXML.read_bytes())
    assert imp.read_table(path).source.format == "edexml"


def test_edexml_with_a_namespace_and_a_missing_group(tmp_path):
    xml = SAMPLE_EDEXML.read_text(encoding="utf-8")
    xml = xml.replace("<EDEX>", '<EDEX xmlns="http://www.edustandaard.nl/edexml/2.1">')
    xml = xml.replace('<leerling key="5120">', '<leerling key="5120">', 1).replace(
        '<groep key="1001"/>\n    </leerling>\n    <leerling key="5121">',
        '<groep key="9999"/>\n    </leerling>\n    <leerling key="5121">',
    )
    path = tmp_path / "ns.xml"
    path.write_text(xml, encoding="utf-8")
    table = imp.read_table(path)
    # Not in group 9999: placed in the class of its year group, with a warning.
    assert table.rows[0][5] == "Groep 3"
    [(code, _, message, _)] = table.meta["row_problems"][1]
    assert code == "year_group_class" and "9999" in message


def test_xml_entities_are_refused(tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE EDEX [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><EDEX><school>&b;</school></EDEX>',
        encoding="utf-8",
    )
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert caught.value.code == "unsafe_xml"


def test_broken_edexml_names_its_line(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<EDEX>\n<school>\n</EDEX>\n", encoding="utf-8")
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert (caught.value.code, caught.value.row) == ("damaged", 3)


def test_path_argument_may_be_text(tmp_path):
    path = write_csv(tmp_path / "s.csv", ROWS)
    assert len(imp.read_table(str(path)).rows) == 3
    assert isinstance(Path(str(path)), Path)
