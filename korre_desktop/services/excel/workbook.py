"""Writing planned sheets to an .xlsx file, atomically, with progress over all rows."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from korre_desktop.services.excel.print_setup import print_setup
from korre_desktop.services.excel.rows_xml import RowRenderer, write_package
from korre_desktop.services.excel.safe_text import text_cell
from korre_desktop.services.excel.sheet_plan import SheetPlan
from korre_desktop.services.excel.styles import Look, StyleBook
from korre_desktop.services.excel.target import atomic_target
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.progress import NO_PROGRESS, Progress

PROGRESS_ROWS = 2000


def _top_cell(ws: WriteOnlyWorksheet, value: object, look: Look) -> WriteOnlyCell | None:
    if value is None:
        return None
    cell = text_cell(ws, value) if isinstance(value, str) else WriteOnlyCell(ws, value)
    return StyleBook.apply(cell, look)


def _prepare_sheet(ws: WriteOnlyWorksheet, plan: SheetPlan) -> None:
    """Everything openpyxl writes before the rows: widths, panes, filter, print, top rows."""
    for index, width in enumerate(plan.widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
    ws.freeze_panes = plan.freeze
    columns = len(plan.blocks[0].columns)
    last = get_column_letter(columns)
    ws.auto_filter.ref = f"A{plan.header_row}:{last}{plan.header_row + plan.filter_rows}"
    if plan.header_height:
        ws.row_dimensions[plan.header_row].height = plan.header_height
    print_setup(ws, plan)
    for row in plan.top:
        ws.append([_top_cell(ws, value, look) for value, look in row])


def _rows(
    plan: SheetPlan,
    renderers: list[tuple[RowRenderer, RowRenderer]],
    progress: Progress,
    counter: list[int],
    total: int,
) -> Iterator[str]:
    """The rendered data rows of one sheet, reporting progress over all sheets."""
    row_number = len(plan.top)
    for block, (plain, emphasised) in zip(plan.blocks, renderers, strict=True):
        row_number += block.gap_before
        totals = block.totals
        for index, values in enumerate(block.rows):
            row_number += 1
            renderer = emphasised if index in totals else plain
            yield renderer.render(row_number, values)
            counter[0] += 1
            if counter[0] % PROGRESS_ROWS == 0:
                progress.step(counter[0], total)


def write_workbook(
    target: Path, plans: Sequence[SheetPlan], progress: Progress = NO_PROGRESS
) -> int:
    """Write the sheets to ``target`` atomically; return the number of data rows."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Korre Desktop"
    workbook.properties.title = WORDS["title"]
    sheets = [workbook.create_sheet(plan.title) for plan in plans]
    book = StyleBook(workbook)
    for ws, plan in zip(sheets, plans, strict=True):
        _prepare_sheet(ws, plan)
    # Every style the rows use is registered before openpyxl writes styles.xml.
    renderers = {
        plan.title: [
            (
                RowRenderer(book, block.columns),
                RowRenderer(book, block.columns, emphasised=True),
            )
            for block in plan.blocks
        ]
        for plan in plans
    }
    skeleton = io.BytesIO()
    workbook.save(skeleton)
    total = sum(plan.data_rows for plan in plans)
    counter = [0]
    streams = {
        plan.title: _rows(plan, renderers[plan.title], progress, counter, total) for plan in plans
    }
    with atomic_target(target) as handle:
        write_package(skeleton.getvalue(), streams, handle)
        progress.step(total, total)  # the last chance to cancel before the file is in place
    return total
