"""How a sheet of the overview prints: landscape A4, fitted to the page or scaled."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from korre_desktop.services.excel.sheet_plan import SheetPlan
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS

# The width of landscape A4 inside Excel's default margins (0.7" each side), in pixels at
# 96 dpi; a sheet is fitted to one page wide only when that keeps at least MIN_FIT_SCALE;
# wider sheets print at WIDE_SCALE % over pages side by side.
PAGE_PIXELS = round((297 - 2 * 0.7 * 25.4) / 25.4 * 96)
MIN_FIT_SCALE = 0.7
WIDE_SCALE = 80


def column_pixels(width: float) -> int:
    """How wide a column of ``width`` characters prints (Excel's default font, 96 dpi)."""
    return int(width * 7 + 5)


def fits_one_page_wide(widths: Sequence[float]) -> bool:
    """Whether the columns fit a landscape A4 page at a readable scale."""
    return sum(column_pixels(w) for w in widths) <= PAGE_PIXELS / MIN_FIT_SCALE


def print_setup(ws: WriteOnlyWorksheet, plan: SheetPlan) -> None:
    """Landscape A4, the header row on every page. A narrow sheet is fitted to one page
    wide; a wide one (a column per consent item) prints at a readable scale over pages
    side by side, each with the columns that say whose row it is (the frozen ones)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.print_title_rows = f"{plan.header_row}:{plan.header_row}"
    # Only the sheet's own columns: long text spilling over the last one must not make
    # the page print smaller.
    rows = len(plan.top) + sum(b.gap_before + len(b.rows) for b in plan.blocks)
    ws.print_area = f"A1:{get_column_letter(len(plan.widths))}{max(rows, 1)}"
    if fits_one_page_wide(plan.widths):
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = WIDE_SCALE
        frozen = "".join(c for c in plan.freeze if c.isalpha())  # "C2": columns A and B
        last_title = get_column_letter(max(1, column_index_from_string(frozen) - 1))
        ws.print_title_cols = f"A:{last_title}"
    ws.oddFooter.center.text = WORDS["footer"]
    ws.oddFooter.center.size = 8
