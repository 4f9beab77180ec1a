"""Helpers for the import tests: files written in the shapes exports have, and a dump of
every table to prove that a refused import left the database exactly as it was."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.store import Store
from korre_desktop.store.table_copy import GENERATED_KEYS, TABLE_ORDER

TODAY = date(2026, 11, 24)  # plans and applies in these tests run on this day
YEAR = "2026-2027"
SAMPLE_EDEXML = Path(__file__).with_name("EDEX-voorbeeld.xml")

STUDENT_HEADERS = [
    "Leerlingnummer",
    "Roepnaam",
    "Tussenv.",
    "Achternaam",
    "Geb.datum",
    "Groep",
    "Naam ouder 1",
    "E-mailadres ouder 1",
    "Telefoon ouder 1",
    "Naam ouder 2",
    "E-mailadres verzorger 2",
]
STUDENT_ROWS = [
    ["004512", "Zoë", "", "Meer", "14-03-2019", "Groep 3",
     "Ilse van der Meer", "ilse@example.org", "0612345678", "Joost Meer", "joost@example.org"],
    ["004513", "Daan", "van", "Dijk", "2-5-18", "Groep 4",
     "Eva van Dijk", "eva@example.org", "", "", ""],
    ["004514", "Sem", "", "Meer", "01-09-2017", "Groep 5",
     "Ilse van der Meer", "ilse@example.org", "0612345678", "", ""],
]  # fmt: skip


def csv_bytes(
    rows: Sequence[Sequence[str]], delimiter: str = ";", encoding: str = "cp1252"
) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(path: Path, rows, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    path.write_bytes(csv_bytes(rows, delimiter, encoding))
    return path


def write_xlsx(path: Path, rows, title: str = "Blad1") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def dump(store: Store) -> dict[str, list[dict]]:
    """Every row of every table (the audit log too)."""
    return {
        table: store.rows(f"SELECT * FROM {table} ORDER BY {GENERATED_KEYS.get(table, '1')}")
        for table in TABLE_ORDER
    }


@pytest.fixture
def school(records) -> int:
    return records.school("OBS De Linde")


@pytest.fixture
def students_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "leerlingen.csv", [STUDENT_HEADERS, *STUDENT_ROWS])
