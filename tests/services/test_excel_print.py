"""The Excel overview prints readably: landscape A4, the header row on every page; narrow
sheets fitted to one page wide, wide ones (a column per consent item) at a readable scale
over pages side by side with the name columns repeated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from korre_desktop.services.demo import generate_demo
from korre_desktop.services.excel.overview import export_overview
from korre_desktop.services.excel.print_setup import (
    MIN_FIT_SCALE,
    PAGE_PIXELS,
    WIDE_SCALE,
    column_pixels,
    fits_one_page_wide,
)
from korre_desktop.store import Store

DAY = date(2026, 11, 24)


def test_page_setup_per_sheet(store: Store, tmp_path: Path) -> None:
    generate_demo(store, students=60, employees=8, seed=3, today=DAY)
    path = export_overview(store, tmp_path / "overzicht.xlsx", DAY).path
    wb = load_workbook(path)
    for title in ("Samenvatting", "Leerlingen", "Medewerkers"):
        ws = wb[title]
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        assert len(widths) >= 24 and not fits_one_page_wide(widths)
        assert ws.page_setup.scale == WIDE_SCALE  # not 27 columns squeezed onto one page
        assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        assert ws.print_title_cols == "$A:$B"  # whose row it is, on every page
    missing = wb["Ontbrekend"]
    assert missing.sheet_properties.pageSetUpPr.fitToPage
    assert (missing.page_setup.fitToWidth, missing.page_setup.fitToHeight) == (1, 0)
    assert missing.print_title_cols is None
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.print_title_rows in ("$1:$1", "$7:$7")
        last = ws.cell(1, ws.max_column).column_letter
        assert ws.print_area == f"'{ws.title}'!$A$1:${last}${ws.max_row}"
        assert ws.oddFooter.center.text == "&A · pagina &P van &N"


def test_what_counts_as_narrow() -> None:
    assert column_pixels(10) == 75
    # A landscape A4 page holds about 140 characters of columns at 100 %.
    assert 980 <= PAGE_PIXELS <= 1000
    assert fits_one_page_wide([10] * 18)  # 1350 px: fitted at about 73 %
    assert not fits_one_page_wide([10] * 20)  # would print below MIN_FIT_SCALE
    assert MIN_FIT_SCALE == 0.7
