"""``export overview``: the Excel workbook for management, read back with openpyxl."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree
from zipfile import ZipFile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.domain.people import natural_key
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.excel import overview, target
from korre_desktop.services.excel.missing_sheet import items_in_words
from korre_desktop.services.excel.overview import SHEET_NAMES, export_overview
from korre_desktop.services.excel.rows_xml import Column, Kind, RowRenderer, write_package
from korre_desktop.services.excel.safe_text import text_cell
from korre_desktop.services.excel.sheet_plan import header_lines
from korre_desktop.services.excel.styles import (
    BOLD,
    CONSENT_FILLS,
    DATE,
    HEADER_FILL,
    PERCENT,
    PROTOCOL_FILLS,
    StyleBook,
    consent_look,
)
from korre_desktop.services.excel.target import (
    ExportFileError,
    Problem,
    lock_file,
)
from korre_desktop.services.excel.words import CONSENT_WORDS, PROTOCOL_WORDS, item_header
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.services.status import (
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store
from tests.example_form import add_example_form

ON = date(2026, 11, 2)
DEMO_DAY = date(2026, 11, 24)
FORMULA_NAMES = {
    "hyperlink": '=HYPERLINK("http://evil.example","klik")',
    "phone": "+31 6 12345678",
    "minus": "-x",
    "at": "@x",
}
FORMULA_SCHOOL = "=SUM(1,2)"
REACH_HEADERS = [
    f"{medium}:\n{word}"
    for medium in ("Foto", "Film", "Geluid")
    for word in ("alles", "deels", "geen")
]


def _all(value: bool | None) -> dict[str, bool | None]:
    return dict.fromkeys(ALL_ITEM_CODES, value)


@pytest.fixture
def foundation(store: Store, records) -> dict[str, int]:
    """Two schools, every status once, names that look like formulas."""
    store.update("consent_form_versions", 1, {"validity": '"school_year"'})
    eendracht = records.school("OBS De Eendracht")
    risky = records.school(FORMULA_SCHOOL)
    groep7 = records.klass(eendracht, 2026, "Groep 7")
    groep3 = records.klass(risky, 2026, "Groep 3")
    ids: dict[str, int] = {}

    def student(key: str, klass: int, school: int, **kwargs) -> int:
        ids[key] = records.student(school, **kwargs)
        records.enrol(ids[key], klass)
        return ids[key]

    def guardian_form(student_id: int, answers, signed=date(2026, 9, 1), name="Ouder") -> None:
        guardian = records.guardian(student_id, name=name)
        records.statement("student", student_id, signed, answers, guardian_id=guardian)

    guardian_form(
        student("granted", groep7, eendracht, number="000101", roepnaam="Noor"), _all(True)
    )
    guardian_form(
        student("refused", groep7, eendracht, number="000102", roepnaam="Daan"),
        _all(True) | {"foto_website": False},
    )
    conflict = student("conflict", groep7, eendracht, number="000103", roepnaam="Eva")
    guardian_form(conflict, _all(True), name="Moeder")
    guardian_form(conflict, _all(True) | {"foto_website": False}, name="Vader")
    student("none", groep7, eendracht, number="000104", roepnaam="Liam")
    guardian_form(
        student(
            "sixteen",
            groep7,
            eendracht,
            number="000105",
            roepnaam="Sara",
            birth_date=date(2010, 1, 1),
        ),
        _all(True),
    )
    guardian_form(
        student("expired", groep7, eendracht, number="000106", roepnaam="Finn"),
        _all(True),
        signed=date(2025, 9, 1),
    )
    student(
        "hyperlink",
        groep7,
        eendracht,
        number="000107",
        roepnaam=FORMULA_NAMES["hyperlink"],
        achternaam="",
    )
    for index, key in enumerate(("phone", "minus", "at")):
        student(
            key,
            groep3,
            risky,
            number=f"00020{index}",
            roepnaam=FORMULA_NAMES[key],
            achternaam="",
        )
    student("left", groep7, eendracht, number="000199", left_date=date(2026, 10, 1))

    old = records.protocol_version("employees", "2025", date(2025, 8, 1))
    new = records.protocol_version("employees", "2026", date(2026, 8, 1))
    ids["signed"] = records.employee(
        number="9001", roepnaam="Anne", achternaam="Bakker", school_ids=(eendracht,)
    )
    records.sign("employee", ids["signed"], new, date(2026, 8, 20))
    records.statement("employee", ids["signed"], date(2026, 8, 20), _all(True))
    ids["resign"] = records.employee(
        number="9002", roepnaam="Bram", achternaam="Claes", school_ids=(eendracht, risky)
    )
    records.sign("employee", ids["resign"], old, date(2025, 8, 20))
    ids["unsigned"] = records.employee(
        number="9003",
        roepnaam="Carla",
        achternaam="Dekker",
        start_date=date(2026, 10, 25),
        employment_type="intern",
        school_ids=(eendracht,),
    )
    ids["overdue"] = records.employee(number="9004", roepnaam="Dirk", achternaam="Evers")
    records.employee(number="9005", roepnaam="Later", start_date=date(2027, 1, 1))
    return ids


@pytest.fixture
def labels(store: Store) -> dict[str, str]:
    """The default version's channel labels, as the workbook words the channels."""
    return load_settings(store).channel_labels


@pytest.fixture
def item_headers(labels) -> list[str]:
    return [item_header(code, labels) for code in ALL_ITEM_CODES]


@pytest.fixture
def workbook_path(store: Store, foundation, tmp_path: Path) -> Path:
    path = tmp_path / "overzicht.xlsx"
    export_overview(store, path, ON)
    return path


def _rows(ws, first: int = 1) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(min_row=first, values_only=True)]


def _by_number(ws) -> dict[str, tuple]:
    return {row[0].value: row for row in ws.iter_rows(min_row=2)}


def _by_person(ws, students: bool) -> dict[tuple[str, str], tuple]:
    """Rows by number (and school: a student number may be used at two schools)."""
    return {
        (row[0].value, row[2].value if students else ""): row for row in ws.iter_rows(min_row=2)
    }


# -- layout ---------------------------------------------------------------------------------------


def test_sheets_headers_panes_and_filters(workbook_path: Path, item_headers) -> None:
    assert item_headers[1] == "Foto\nWebsite van de school"  # the version's label
    wb = load_workbook(workbook_path)
    assert (
        wb.sheetnames
        == list(SHEET_NAMES)
        == [
            "Samenvatting",
            "Leerlingen",
            "Medewerkers",
            "Ontbrekend",
            "Accounts",
            "Bevoegdheden",
        ]
    )
    students = wb["Leerlingen"]
    assert [c.value for c in students[1]] == [
        "Leerlingnummer",
        "Naam",
        "School",
        "Klas",
        "Leeftijd",
        "Protocol",
        *item_headers,
    ]
    assert students.freeze_panes == "C2"
    assert students.auto_filter.ref == "A1:X11"  # 6 + 18 columns, header + 10 students
    staff = wb["Medewerkers"]
    assert [c.value for c in staff[1]] == [
        "Personeelsnummer",
        "Naam",
        "Functie",
        "Dienstverband",
        "Scholen",
        "Startdatum",
        "Protocol",
        *item_headers,
    ]
    assert staff.freeze_panes == "C2"
    assert staff.auto_filter.ref == "A1:Y5"
    missing = wb["Ontbrekend"]
    assert [c.value for c in missing[1]] == [
        "Soort",
        "Nummer",
        "Naam",
        "School",
        "Klas",
        "Wat ontbreekt",
        "Onderdelen",
    ]
    assert missing.freeze_panes == "D2"
    assert missing.auto_filter.ref == f"A1:G{missing.max_row}"
    summary = wb["Samenvatting"]
    assert [c.value for c in summary[7]] == [
        "School",
        "Klas",
        "Leerlingen",
        "Formulier\nretour",
        "Respons",
        *REACH_HEADERS,
        *item_headers,
        "Conflict",
        "Ontbreekt",
        "Verlopen",
        "Zelf vragen\n(16+)",
    ]
    assert summary.freeze_panes == "C8"
    # School A: 1 class + total, school B: 1 class + total, all schools.
    assert summary.auto_filter.ref == "A7:AJ12"  # 5 + 9 + 18 + 4 columns
    for ws in wb.worksheets:
        header_row = 7 if ws.title == "Samenvatting" else 1
        for cell in ws[header_row]:
            assert cell.font.b, cell.coordinate
            assert cell.fill.fgColor.rgb == f"00{HEADER_FILL}", cell.coordinate
            assert cell.alignment.wrap_text
        assert ws.print_title_rows == f"${header_row}:${header_row}"
        assert ws.page_setup.orientation == "landscape"


def test_column_widths_fit_their_content(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    students = wb["Leerlingen"]
    widths = {key: dim.width for key, dim in students.column_dimensions.items()}
    assert widths["A"] >= len("Leerlingnummer")
    assert widths["B"] >= len(FORMULA_NAMES["hyperlink"])  # the longest name
    assert widths["F"] >= len("opnieuw tekenen")  # the longest protocol word
    for cell in students[1][6:]:  # status columns: no header word is broken
        width = widths[cell.column_letter]
        assert len("toegestaan") < width <= 15
        assert all(len(word) < width for word in cell.value.split())
    assert max(widths.values()) <= 45
    # Tall enough for the longest label wrapped in its column: "Foto / Eigen / sociale /
    # media van / medewerkers" (the default version's "Eigen sociale media van medewerkers").
    longest = max(header_lines(cell.value, widths[cell.column_letter]) for cell in students[1][6:])
    assert longest == 5
    assert students.row_dimensions[1].height == 5 * 15
    missing = wb["Ontbrekend"]
    assert missing.column_dimensions["F"].width == 45  # long reasons: capped
    assert missing.column_dimensions["A"].width >= len("Medewerker")


def test_dates_are_real_dates(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    summary = wb["Samenvatting"]
    assert summary["A2"].value == "Peildatum"
    assert summary["B2"].value == datetime(2026, 11, 2)
    assert summary["B2"].number_format == "dd-mm-yyyy"
    assert isinstance(summary["B3"].value, datetime)  # made at
    staff = _by_number(wb["Medewerkers"])
    start = staff["9003"][5]
    assert start.value == datetime(2026, 10, 25)
    assert start.is_date
    assert start.number_format == "dd-mm-yyyy"


# -- statuses -------------------------------------------------------------------------------------


def _assert_people_match(ws, people, item_offset: int, protocol_column: int) -> None:
    students = item_offset == 6
    rows = _by_person(ws, students)
    assert len(rows) == len(people) == ws.max_row - 1
    for person in people:
        row = rows[(person.number, person.school if students else "")]
        assert row[1].value == person.name
        protocol = row[protocol_column]
        assert protocol.value == PROTOCOL_WORDS[person.protocol]
        assert protocol.fill.fgColor.rgb == f"00{PROTOCOL_FILLS[person.protocol]}"
        for index, code in enumerate(ALL_ITEM_CODES):
            cell = row[item_offset + index]
            status = person.consent[code]
            assert cell.value == CONSENT_WORDS[status], (person.number, code)
            assert cell.fill.fill_type == "solid"
            assert cell.fill.fgColor.rgb == f"00{CONSENT_FILLS[status]}"


def test_statuses_match_the_status_service(store: Store, workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    students = student_statuses_on(store, ON)
    employees = employee_statuses_on(store, ON)
    _assert_people_match(wb["Leerlingen"], students, 6, 5)
    _assert_people_match(wb["Medewerkers"], employees, 7, 6)
    # Every status and every protocol status occurs, so every fill was checked.
    seen = {s for p in students + employees for s in p.consent.values()}
    assert seen == set(ConsentStatus)
    assert {p.protocol for p in employees} == set(ProtocolStatus)


def test_student_rows_are_sorted_and_complete(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    rows = _rows(wb["Leerlingen"], 2)
    # "=" sorts before "O"; within a class by surname (none first), then first name.
    assert [row[2] for row in rows] == [FORMULA_SCHOOL] * 3 + ["OBS De Eendracht"] * 7
    assert [row[0] for row in rows] == [
        "000200",
        "000201",
        "000202",
        "000107",
        "000102",
        "000103",
        "000106",
        "000104",
        "000101",
        "000105",
    ]
    assert "000199" not in [row[0] for row in rows]  # left before ON
    sara = next(row for row in rows if row[0] == "000105")
    assert sara[1:5] == ["Sara Jansen", "OBS De Eendracht", "Groep 7", 16]
    staff = {row[0]: row for row in _rows(wb["Medewerkers"], 2)}
    assert "9005" not in staff  # starts after ON
    assert staff["9003"][2:5] == ["Leerkracht", "stagiair", "OBS De Eendracht"]
    assert staff["9002"][4] == f"{FORMULA_SCHOOL}; OBS De Eendracht"


def test_demo_data_matches_the_status_service(store: Store, tmp_path: Path) -> None:
    generate_demo(store, students=150, employees=25, seed=7, today=DEMO_DAY)
    path = tmp_path / "demo.xlsx"
    result = export_overview(store, path, DEMO_DAY)
    students = student_statuses_on(store, DEMO_DAY)
    employees = employee_statuses_on(store, DEMO_DAY)
    assert (result.students, result.employees) == (len(students), len(employees))
    wb = load_workbook(path)
    _assert_people_match(wb["Leerlingen"], students, 6, 5)
    _assert_people_match(wb["Medewerkers"], employees, 7, 6)
    # Per class, the sheet's rates are the share of granted students.
    summary = _rows(wb["Samenvatting"], 8)
    summary = summary[: summary.index([None] * len(summary[0]))]  # the class block
    by_class = {(row[0], row[1]): row for row in summary}
    for (school, class_name), row in by_class.items():
        if class_name in (WORDS["school_total"], WORDS["total"]):
            continue
        members = [p for p in students if p.school == school and p.class_name == class_name]
        assert row[2] == len(members)
        assert row[3] == sum(p.has_statements for p in members)
        for index, code in enumerate(ALL_ITEM_CODES):
            granted = sum(p.consent[code] is ConsentStatus.GRANTED for p in members)
            assert row[14 + index] == pytest.approx(granted / len(members))
    total = next(row for row in summary if row[0] == WORDS["all_schools"])
    assert total[2] == len(students)
    for row in summary:  # every student once per medium: all, some or none
        assert sum(row[5:8]) == sum(row[8:11]) == sum(row[11:14]) == row[2]
    missing = _rows(wb["Ontbrekend"], 2)
    assert result.missing == len(missing)
    without_form = {row[1] for row in missing if row[5] == WORDS["no_statement"]}
    assert without_form == {p.number for p in students + employees if not p.has_statements}


# -- the summary ----------------------------------------------------------------------------------


def test_class_rates_computed_by_hand(workbook_path: Path, labels) -> None:
    wb = load_workbook(workbook_path)
    ws = wb["Samenvatting"]
    row = ws[10]
    assert [c.value for c in row[:5]] == ["OBS De Eendracht", "Groep 7", 7, 5, 5 / 7]
    by_header = {ws.cell(7, c.column).value: c for c in row}
    # foto_website: granted for Noor and Sara (16+, guardians' consent stays valid); Daan
    # refused, Eva's guardians disagree, Finn's form expired, Liam and "=HYPERLINK" none.
    rate = by_header[item_header("foto_website", labels)]
    assert rate.value == pytest.approx(2 / 7)
    assert isinstance(rate.value, float)
    assert rate.number_format == "0%"
    # foto_schoolgids: Daan and Eva are granted there too.
    assert by_header[item_header("foto_schoolgids", labels)].value == pytest.approx(4 / 7)
    assert by_header["Respons"].number_format == "0%"
    assert [by_header[h].value for h in ("Conflict", "Ontbreekt", "Verlopen")] == [1, 2, 1]
    assert by_header["Zelf vragen\n(16+)"].value == 1
    # The director's plain view: may Noor and Sara be photographed everywhere, Daan and
    # Eva only on some channels (website refused / in conflict), the other three nowhere.
    reach = [by_header[header].value for header in REACH_HEADERS]
    assert reach == [2, 2, 3, 4, 0, 3, 4, 0, 3]
    assert all(isinstance(value, int) for value in reach)
    for cell in [row[4], *row[14:32]]:
        assert isinstance(cell.value, float) and 0 <= cell.value <= 1
        assert cell.number_format == "0%"


def test_school_totals_and_staff_block(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    ws = wb["Samenvatting"]
    rows = _rows(ws, 8)
    assert [row[:4] for row in rows[:5]] == [
        [FORMULA_SCHOOL, "Groep 3", 3, 0],
        [FORMULA_SCHOOL, "Totaal school", 3, 0],
        ["OBS De Eendracht", "Groep 7", 7, 5],
        ["OBS De Eendracht", "Totaal school", 7, 5],
        ["Alle scholen", "Totaal", 10, 5],
    ]
    assert ws["A9"].font.b and ws["C9"].font.b  # total rows are bold
    assert not ws["A8"].font.b
    assert rows[5] == [None] * len(rows[5]) and rows[6] == [None] * len(rows[6])
    assert rows[7][0] == WORDS["staff_title"]
    assert rows[8][:7] == [
        "School",
        "Medewerkers",
        "Getekend",
        "Opnieuw tekenen",
        "Niet getekend",
        "Te laat",
        "Getekend (%)",
    ]
    # Bram works at both schools: counted at each, once in the total.
    assert [row[:7] for row in rows[9:13]] == [
        ["(geen school)", 1, 0, 0, 0, 1, 0],
        [FORMULA_SCHOOL, 1, 0, 1, 0, 0, 0],
        ["OBS De Eendracht", 3, 1, 1, 1, 0, 1 / 3],
        ["Alle scholen", 4, 1, 1, 1, 1, 0.25],
    ]
    assert ws.cell(18, 7).number_format == "0%"


def test_missing_sheet_names_what_is_owed(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    rows = [tuple(row[1:]) for row in _rows(wb["Ontbrekend"], 2)]
    eendracht, both = "OBS De Eendracht", f"{FORMULA_SCHOOL}; OBS De Eendracht"
    no_form, everything = WORDS["no_statement"], "alle onderdelen"
    assert rows == [
        ("000200", FORMULA_NAMES["phone"], FORMULA_SCHOOL, "Groep 3", no_form, everything),
        ("000201", FORMULA_NAMES["minus"], FORMULA_SCHOOL, "Groep 3", no_form, everything),
        ("000202", FORMULA_NAMES["at"], FORMULA_SCHOOL, "Groep 3", no_form, everything),
        ("000107", FORMULA_NAMES["hyperlink"], eendracht, "Groep 7", no_form, everything),
        (
            "000103",
            "Eva Jansen",
            eendracht,
            "Groep 7",
            WORDS["conflict"],
            "foto: Website van de school",
        ),
        ("000106", "Finn Jansen", eendracht, "Groep 7", WORDS["expired"], everything),
        ("000104", "Liam Jansen", eendracht, "Groep 7", no_form, everything),
        ("000105", "Sara Jansen", eendracht, "Groep 7", WORDS["ask_student"], None),
        ("9002", "Bram Claes", both, None, "Nieuwe protocolversie 2026 tekenen", None),
        ("9002", "Bram Claes", both, None, no_form, everything),
        ("9003", "Carla Dekker", eendracht, None, "Protocol 2026 niet getekend", None),
        ("9003", "Carla Dekker", eendracht, None, no_form, everything),
        ("9004", "Dirk Evers", None, None, "Protocol 2026 niet getekend, termijn verstreken", None),
        ("9004", "Dirk Evers", None, None, no_form, everything),
    ]
    assert {row[0] for row in _rows(wb["Ontbrekend"], 2)} == {"Leerling", "Medewerker"}


def test_a_new_version_in_force_gets_its_columns_and_labels(
    store: Store, records, item_headers, tmp_path: Path
) -> None:
    """The items of the versions in force on the date, headed by the medium and the
    version's channel label; an item a statement was not asked is "ontbreekt"."""
    new_form = add_example_form(store)  # in force from 1 August 2027
    school = records.school("OBS De Eendracht")
    klass = records.klass(school, 2027, "Groep 4")
    old = records.student(school, number="000301", roepnaam="Oud")
    new = records.student(school, number="000302", roepnaam="Nieuw")
    for student in (old, new):
        records.enrol(student, klass)
    records.statement(
        "student", old, date(2026, 9, 1), _all(True), guardian_id=records.guardian(old)
    )
    records.statement(
        "student", new, date(2027, 9, 1), {"foto_klassenfoto": True, "foto_pers": False},
        guardian_id=records.guardian(new), form_id=new_form.id,
    )  # fmt: skip
    path = tmp_path / "overzicht.xlsx"
    export_overview(store, path, date(2027, 10, 1))
    wb = load_workbook(path)
    students = wb["Leerlingen"]
    assert [c.value for c in students[1]][6:] == [
        "Foto\nKlassenfoto en schoolfotograaf",
        "Foto\nKrant en lokale media",
        "Film\nKrant en lokale media",
        *item_headers,
    ]
    rows = _by_number(students)
    words = [c.value for c in rows["000302"][6:10]]
    assert words == ["toegestaan", "geweigerd", "ontbreekt", "ontbreekt"]  # then foto_schoolgids
    assert [c.value for c in rows["000301"][6:10]] == ["ontbreekt"] * 3 + ["toegestaan"]
    summary = wb["Samenvatting"]
    assert [c.value for c in summary[7]][14:17] == [c.value for c in students[1]][6:9]
    owed = {(row[1], row[6]) for row in _rows(wb["Ontbrekend"], 2)}
    assert (
        "000301",
        "foto: Klassenfoto en schoolfotograaf, Krant en lokale media; film: Krant en lokale media",
    ) in owed


# -- text stays text ------------------------------------------------------------------------------


def test_formula_like_text_is_stored_as_text(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    cells = [row[1] for row in wb["Leerlingen"].iter_rows(min_row=2)]
    cells += [row[2] for row in wb["Ontbrekend"].iter_rows(min_row=2)]
    cells += [row[2] for row in wb["Leerlingen"].iter_rows(min_row=2)]  # the school
    cells += [row[0] for row in wb["Samenvatting"].iter_rows(min_row=8)]
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    values = {c.value for c in risky}
    assert values == {*FORMULA_NAMES.values(), FORMULA_SCHOOL}
    for cell in risky:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, cell.coordinate  # editing the cell keeps it text
    with ZipFile(workbook_path) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in package.read(name)


def test_control_characters_are_dropped(store: Store, records, tmp_path: Path) -> None:
    school = records.school("OBS\x01 De Eendracht")
    klass = records.klass(school, 2026, "Groep\x0b 7")
    records.enrol(records.student(school, roepnaam="Jan\x02", achternaam="Smit & <Zn>"), klass)
    path = tmp_path / "x.xlsx"
    export_overview(store, path, ON)
    row = _rows(load_workbook(path)["Leerlingen"], 2)[0]
    assert row[1:4] == ["Jan Smit & <Zn>", "OBS De Eendracht", "Groep 7"]


def test_text_cell_keeps_the_exact_text() -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    for text in (*FORMULA_NAMES.values(), "gewoon"):
        cell = text_cell(ws, text)
        assert cell.data_type == "s"
        assert cell.value == text
        assert cell.quotePrefix == (text != "gewoon")


def test_rendered_rows_are_what_openpyxl_writes() -> None:
    """The fast row renderer writes the same cells as openpyxl's own write-only cells."""
    wb = Workbook(write_only=True)
    theirs = wb.create_sheet("openpyxl")
    wb.create_sheet("fast")
    book = StyleBook(wb)
    words = {status: (word, consent_look(status)) for status, word in CONSENT_WORDS.items()}
    columns = [
        Column(Kind.TEXT),
        Column(Kind.NUMBER),
        Column(Kind.NUMBER, PERCENT),
        Column(Kind.DATE, DATE),
        Column(Kind.WORD, words=words),
        Column(Kind.TEXT, BOLD),
    ]
    rows = [
        ["a & b <c> > d", 3, 0.25, date(2026, 11, 2), ConsentStatus.GRANTED, " spaced "],
        ['=HYPERLINK("x")', 2.5, 1 / 3, date(1999, 1, 1), ConsentStatus.CONFLICT, "+31"],
        ["Zoë 't Hoën", -1, 1.0, date(1900, 3, 1), ConsentStatus.EXPIRED, "@x"],
    ]
    for values in rows:
        cells = []
        for value, column in zip(values, columns, strict=True):
            if column.kind is Kind.WORD:
                word, look = words[value]
                cells.append(book.apply(text_cell(theirs, word), look))
            elif isinstance(value, str):
                cells.append(book.apply(text_cell(theirs, value), column.look))
            else:
                cells.append(book.apply(WriteOnlyCell(theirs, value), column.look))
        theirs.append(cells)
    renderer = RowRenderer(book, columns)
    skeleton = io.BytesIO()
    wb.save(skeleton)
    out = io.BytesIO()
    write_package(
        skeleton.getvalue(),
        {"fast": (renderer.render(i, values) for i, values in enumerate(rows, 1))},
        out,
    )
    with ZipFile(out) as package:
        mine, reference = (_cells(package.read(f"xl/worksheets/sheet{n}.xml")) for n in (2, 1))
    assert mine == reference
    assert len(mine) == 18
    back = load_workbook(out)
    assert [[c.value for c in row] for row in back["fast"].iter_rows()] == [
        [c.value for c in row] for row in back["openpyxl"].iter_rows()
    ]


def _cells(xml: bytes) -> list[tuple[str, dict[str, str], list[tuple[str, dict, str | None]]]]:
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    root = ElementTree.fromstring(xml)
    return [
        (cell.tag, dict(cell.attrib), [(e.tag, dict(e.attrib), e.text) for e in cell.iter()][1:])
        for cell in root.iter(f"{ns}c")
    ]


# -- writing safely -------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "partial" in p.name)


def test_a_failing_export_leaves_the_old_file(
    store: Store, foundation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "overzicht.xlsx"
    path.write_bytes(b"the old overview")
    real = RowRenderer.render
    calls = []

    def failing(self, row, values):
        calls.append(row)
        if len(calls) > 3:
            raise RuntimeError("disk on fire")
        return real(self, row, values)

    monkeypatch.setattr(RowRenderer, "render", failing)
    with pytest.raises(RuntimeError):
        export_overview(store, path, ON)
    assert path.read_bytes() == b"the old overview"
    assert _leftovers(tmp_path) == []


def test_cancelling_leaves_no_file(store: Store, foundation, tmp_path: Path) -> None:
    path = tmp_path / "overzicht.xlsx"
    reports: list[tuple[int, int]] = []
    progress = Progress(
        report=lambda done, total, _label: reports.append((done, total)),
        is_cancelled=lambda: len(reports) >= 4,
    )
    with pytest.raises(Cancelled):
        export_overview(store, path, ON, progress)
    assert not path.exists()
    assert _leftovers(tmp_path) == []


def test_cancelling_at_the_last_moment_keeps_the_old_file(
    store: Store, foundation, tmp_path: Path
) -> None:
    path = tmp_path / "overzicht.xlsx"
    path.write_bytes(b"old")
    # Cancelled while the new file is being written, right before it would replace the old.
    progress = Progress(is_cancelled=lambda: bool(_leftovers(tmp_path)))
    with pytest.raises(Cancelled):
        export_overview(store, path, ON, progress)
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_progress_runs_up_to_the_end(store: Store, foundation, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total, _label: reports.append((done, total)))
    result = export_overview(store, tmp_path / "x.xlsx", ON, progress)
    assert reports[-1] == (1000, 1000)
    assert {total for _, total in reports} == {1000}
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    summary_rows = 5 + 1 + 1 + 4  # classes and totals; staff title, header and 4 rows
    none_lines = 2  # "no accounts", "no authorisations"
    assert (result.accounts, result.authorisations) == (0, 0)
    assert result.rows == 10 + 4 + result.missing + summary_rows + none_lines


def test_a_locked_target_gives_a_clear_error(
    store: Store, foundation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "overzicht.xlsx"
    path.write_bytes(b"open in Excel")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(target.os, "replace", refuse)
    with pytest.raises(ExportFileError) as caught:
        export_overview(store, path, ON)
    assert caught.value.code is Problem.LOCKED
    assert "open in Excel" in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"open in Excel"
    assert _leftovers(tmp_path) == []


def test_an_excel_lock_file_is_refused_before_any_work(
    store: Store, foundation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "overzicht.xlsx"
    lock_file(path).write_bytes(b"")
    assert lock_file(path).name == "~$overzicht.xlsx"
    monkeypatch.setattr(overview, "load_settings", lambda _store: pytest.fail("work started"))
    with pytest.raises(ExportFileError) as caught:
        export_overview(store, path, ON)
    assert caught.value.code is Problem.LOCKED
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("overzicht.csv", Problem.NOT_XLSX),
        ("missing/overzicht.xlsx", Problem.FOLDER_MISSING),
        ("folder.xlsx", Problem.IS_FOLDER),
    ],
)
def test_unusable_targets(store: Store, tmp_path: Path, name: str, code: Problem) -> None:
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ExportFileError) as caught:
        export_overview(store, tmp_path / name, ON)
    assert caught.value.code is code
    assert caught.value.details["code"] is code


def test_an_unwritable_folder(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(target, "open", refuse, raising=False)
    with pytest.raises(ExportFileError) as caught:
        export_overview(store, tmp_path / "x.xlsx", ON)
    assert caught.value.code is Problem.NOT_WRITABLE


def test_an_empty_database(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    result = export_overview(store, path, ON)
    assert (result.students, result.employees, result.missing) == (0, 0, 0)
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEET_NAMES)
    assert _rows(wb["Leerlingen"], 2) == []
    total = wb["Samenvatting"][8]
    assert [c.value for c in total[:5]] == ["Alle scholen", "Totaal", 0, 0, None]


def test_the_file_is_replaced_not_appended(store: Store, foundation, tmp_path: Path) -> None:
    path = tmp_path / "overzicht.xlsx"
    export_overview(store, path, ON)
    first = os.stat(path).st_ino
    export_overview(store, path, date(2026, 11, 3))
    assert load_workbook(path)["Samenvatting"]["B2"].value == datetime(2026, 11, 3)
    assert os.stat(path).st_ino != first  # a new file took its place


# -- words ----------------------------------------------------------------------------------------


def test_items_in_words(labels) -> None:
    codes = ALL_ITEM_CODES
    assert items_in_words(codes, codes, labels) == "alle onderdelen"
    assert items_in_words(["foto_website"], codes, labels) == "foto: Website van de school"
    assert items_in_words([c for c in codes if c.startswith("geluid")], codes, labels) == (
        "geluid (alle kanalen)"
    )
    social = [c for c in codes if c.endswith("_socialmedia_school")]
    assert items_in_words(social, codes, labels) == (
        "Sociale media van de school (foto, film en geluid)"
    )
    assert items_in_words(["foto_website", "film_schoolgids"], codes, labels) == (
        "foto: Website van de school; film: Schoolgids en brochures"
    )


def test_items_in_words_names_a_new_versions_channels() -> None:
    codes = ("foto_klassenfoto", "foto_pers", "film_pers")
    labels = {"klassenfoto": "Klassenfoto", "pers": "Krant en lokale media"}
    assert items_in_words(["foto_pers", "film_pers"], codes, labels) == (
        "Krant en lokale media (foto en film)"
    )
    assert items_in_words(["film_pers"], codes, labels) == "film (alle kanalen)"
    assert items_in_words(["foto_klassenfoto"], codes, labels) == "foto: Klassenfoto"


def test_classes_in_natural_order() -> None:
    names = ["Groep 10", "groep 2", "Groep 1/2", "Groep 3"]
    assert sorted(names, key=natural_key) == ["Groep 1/2", "groep 2", "Groep 3", "Groep 10"]
