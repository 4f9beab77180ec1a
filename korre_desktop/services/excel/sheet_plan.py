"""The layout of one sheet of the overview, before it is written: its top rows (title,
header), blocks of data rows with their columns, frozen panes, filter, column widths and
header height. Each sheet's module plans its sheet with these (``summary_sheet``,
``people_sheets``, ``missing_sheet``, ``account_sheets``); ``workbook`` writes every plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from korre_desktop.services.excel import styles
from korre_desktop.services.excel.rows_xml import Column, Kind
from korre_desktop.services.excel.styles import Look

MAX_TEXT_WIDTH = 45
STATUS_WIDTH = 12.5
HEADER_HEIGHT = 48.0  # at least three lines of wrapped header text
LINE_HEIGHT = 15.0  # points per line of header text


@dataclass
class Block:
    """Rows below each other that share their columns; ``totals`` are shown bold."""

    columns: list[Column]
    rows: list[list[object]]
    totals: set[int] = field(default_factory=set)
    gap_before: int = 0  # empty rows above the block
    measured: bool = True  # whether its text sets column widths


@dataclass
class SheetPlan:
    title: str
    top: list[list[tuple[object, Look]]]  # title and header rows, written by openpyxl
    blocks: list[Block]
    freeze: str
    header_row: int  # the (first) header row, the autofilter's top
    filter_rows: int  # how many data rows the autofilter covers
    widths: list[float] = field(default_factory=list)
    header_height: float | None = None

    @property
    def data_rows(self) -> int:
        return sum(len(block.rows) for block in self.blocks)


def header_cells(words: Sequence[str]) -> list[tuple[object, Look]]:
    return [(word, styles.HEADER) for word in words]


def list_plan(
    title: str,
    headers: Sequence[str],
    blocks: list[Block],
    freeze: str,
    wrapped: set[int] | None = None,
    *,
    fit_header: bool = True,
) -> SheetPlan:
    """A sheet with one header row above its blocks, the filter over the first block's rows;
    the columns as wide as their text (``wrapped``: see ``column_widths``) and, with
    ``fit_header``, the header row as tall as its wrapped text."""
    plan = SheetPlan(
        title,
        [header_cells(headers)],
        blocks,
        freeze=freeze,
        header_row=1,
        filter_rows=len(blocks[0].rows),
    )
    plan.widths = column_widths(plan, headers, wrapped or set())
    if fit_header:
        plan.header_height = header_height(headers, plan.widths)
    return plan


TEXT = Column(Kind.TEXT)
BOLD_TEXT = Column(Kind.TEXT, styles.BOLD)
COUNT = Column(Kind.NUMBER)
PERCENT = Column(Kind.NUMBER, styles.PERCENT)
DAY = Column(Kind.DATE, styles.DATE)
HEADER_TEXT = Column(Kind.TEXT, styles.HEADER)


def column_widths(plan: SheetPlan, headers: Sequence[str], wrapped: set[int]) -> list[float]:
    """Column widths in characters: room for the longest value and header line, within
    limits. A ``wrapped`` column's header may wrap, so there only its longest word counts."""
    widths = [6.0] * max(len(block.columns) for block in plan.blocks)
    for index, header in enumerate(headers):
        widths[index] = max(widths[index], *(len(line) + 2 for line in header.split("\n")))
    # The item columns wrap their headers; one width for all of them looks calm.
    words = [len(word) + 2 for index in wrapped for word in headers[index].split()]
    for index in wrapped:
        widths[index] = max(words)
    for block in plan.blocks:
        if not block.measured:
            continue
        for index, column in enumerate(block.columns):
            if column.kind is Kind.TEXT:
                longest = max(
                    (len(row[index]) for row in block.rows if isinstance(row[index], str)),
                    default=0,
                )
                width = min(longest + 2, MAX_TEXT_WIDTH)
            elif column.kind is Kind.WORD and column.words:
                longest = max(len(word) for word, _look in column.words.values())
                width = max(STATUS_WIDTH, longest + 2)
            elif column.kind is Kind.DATE:
                width = 12.0
            else:
                width = 8.0
            widths[index] = max(widths[index], width)
    return widths


def header_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide, wrapped at
    spaces (a little narrower than the width, as Excel's bold header text is)."""
    room = width - 2
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split():
            if used and used + 1 + len(word) > room:
                lines += 1
                used = len(word)
            else:
                used += len(word) + (1 if used else 0)
    return lines


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    """Tall enough for the longest wrapped header (channel labels can be long)."""
    lines = max(header_lines(h, w) for h, w in zip(headers, widths, strict=False))
    return max(HEADER_HEIGHT, lines * LINE_HEIGHT)
