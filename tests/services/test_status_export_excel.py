"""The status CSV for Excel users (Bestand → Status exporteren, ``export status --excel``)
and CSV formula injection in both flavours."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.excel.safe_text import FORMULA_PREFIXES, csv_text, read_otherwise
from korre_desktop.services.status_export import export_status_csv
from korre_desktop.store import Store

ON = date(2026, 11, 2)
HOSTILE = ("=1+1", "@SUM(A1)", "-2", "+31 6 1234", '=HYPERLINK("http://x.example")')


@pytest.fixture
def people(store: Store, records, answers_all) -> dict[str, int]:
    school = records.school("OBS De Eendracht")
    risky_school = records.school("=SUM(1,2)")
    klass = records.klass(school, 2026, "Groep 7")
    risky_class = records.klass(risky_school, 2026, "3-4")
    version = records.protocol_version("employees", "2026", date(2026, 8, 1))
    ids = {
        "noël": records.student(
            school, number="000417", roepnaam="Noël", tussenvoegsel="van 't", achternaam="Hoff"
        ),
        "plain": records.student(school, number="7001", roepnaam="Ab", achternaam="Zwart"),
        "teacher": records.employee(
            number="012345", roepnaam="Anouk", achternaam="Brouwer", school_ids=(school,)
        ),
    }
    for index, name in enumerate(HOSTILE):
        ids[name] = records.student(risky_school, number=f"90{index}", roepnaam=name, achternaam="")
        records.enrol(ids[name], risky_class)
    records.enrol(ids["noël"], klass)
    records.enrol(ids["plain"], klass)
    guardian = records.guardian(ids["noël"])
    answers = answers_all(True) | {"foto_website": False}
    records.statement("student", ids["noël"], date(2026, 9, 1), answers, guardian_id=guardian)
    records.sign("employee", ids["teacher"], version, date(2026, 8, 20))
    return ids


def _read(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_excel_flavour_is_what_dutch_excel_opens_in_columns(
    store: Store, people, tmp_path: Path
) -> None:
    target = tmp_path / "status.csv"
    assert export_status_csv(store, target, ON, excel=True) == 3 + len(HOSTILE)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel keeps the "e" of Noël
    assert "Noël".encode() in data
    header, *rows = _read(target, "utf-8-sig", ";")
    assert header[:6] == ["Soort", "Nummer", "Naam", "School", "Klas", "Protocol"]
    assert header[6:9] == [
        "Foto – Schoolgids en brochures",
        "Foto – Website van de school",
        "Foto – Nieuwsbrief",
    ]
    assert len(header) == 6 + len(ALL_ITEM_CODES)
    by_name = {row[2]: dict(zip(header, row, strict=True)) for row in rows}
    noel = by_name["Noël van 't Hoff"]
    assert noel["Soort"] == "leerling"
    assert noel["Nummer"] == "'000417"  # the leading zeros survive Excel (see safe_text)
    assert noel["Protocol"] == "niet getekend"
    assert noel["Foto – Website van de school"] == "geweigerd"
    assert noel["Film – Website van de school"] == "toegestaan"
    assert by_name["Ab Zwart"]["Nummer"] == "7001"  # Excel shows it as written
    assert by_name["Ab Zwart"]["Foto – Nieuwsbrief"] == "ontbreekt"
    teacher = by_name["Anouk Brouwer"]
    assert (teacher["Soort"], teacher["Nummer"], teacher["Protocol"]) == (
        "medewerker",
        "'012345",
        "getekend",
    )
    assert by_name["'=1+1"]["Klas"] == "'3-4"  # not the 3rd of April


def test_machine_flavour_keeps_todays_format(store: Store, people, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    export_status_csv(store, target, ON)
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    header, *rows = _read(target, "utf-8", ",")
    assert header[:7] == [
        "kind",
        "number",
        "name",
        "school",
        "class",
        "protocol",
        ALL_ITEM_CODES[0],
    ]
    numbers = {row[1] for row in rows}
    assert {"000417", "7001", "012345"} <= numbers  # numbers as they are, for scripts
    classes = {row[4] for row in rows}
    assert "3-4" in classes


@pytest.mark.parametrize("excel", [False, True])
def test_no_cell_starts_like_a_formula(store: Store, people, tmp_path: Path, excel) -> None:
    """OWASP: a leading apostrophe in front of =, +, -, @, tab and carriage return."""
    target = tmp_path / "status.csv"
    export_status_csv(store, target, ON, excel=excel)
    rows = _read(target, "utf-8-sig", ";" if excel else ",")
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]
    names = {row[2] for row in rows[1:]}
    assert {f"'{name}" for name in HOSTILE} <= names
    assert "'=SUM(1,2)" in {row[3] for row in rows[1:]}
    # Stored as typed: only the file marks them.
    stored = {row["roepnaam"] for row in store.rows("SELECT roepnaam FROM students")}
    assert set(HOSTILE) <= stored


def test_csv_text_rules() -> None:
    assert csv_text("=1+1") == "'=1+1"
    assert csv_text("@SUM(A1)") == "'@SUM(A1)"
    assert csv_text("-2") == "'-2"
    assert csv_text("\r=1") == "'\r=1"
    assert csv_text("\t=1") == "'\t=1"
    assert csv_text("Jansen") == "Jansen"
    assert csv_text("004512") == "004512"  # the machine format leaves numbers alone
    assert csv_text("004512", keep_as_text=True) == "'004512"
    assert csv_text("4512", keep_as_text=True) == "4512"
    assert csv_text("1234567890123456", keep_as_text=True) == "'1234567890123456"
    for changed in ("3-4", "1/2", "1.234", "12:30", "5%", "1E5", "1,5", " 12"):
        assert read_otherwise(changed), changed
    for kept in ("Groep 7", "INT-0001", "#001", "Noël", "12", "7/8b"):
        assert not read_otherwise(kept), kept
