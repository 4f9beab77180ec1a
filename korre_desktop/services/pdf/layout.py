"""Page furniture shared by the printed lists: A4 pages with a header, a table header,
a legend box, and a footer with the generated-at time and "pagina 2 van 5".

A report is sections of rows. Every section starts on a new page; a row never splits
over two pages; the table header and the section title repeat on every page. The whole
document is laid out first (cheap: only text widths), so the page count is known before
anything is drawn and no second pass over the canvas is needed.

The printed text is Dutch for Dutch teachers and office staff. These PDFs are made
without Qt, so they are not Qt-translated: the Dutch words are kept in small ``WORDS``
mappings (here and in each report module).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Protocol

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from korre_desktop.services.pdf.fonts import (
    BOLD,
    CONDENSED,
    CONDENSED_BOLD,
    REGULAR,
    register_fonts,
)
from korre_desktop.services.progress import NO_PROGRESS, Progress

__all__ = [
    "BOLD",
    "CONDENSED",
    "CONDENSED_BOLD",
    "REGULAR",
    "Column",
    "DocumentInfo",
    "Legend",
    "NoteRow",
    "Row",
    "Section",
    "TableReport",
    "TextRow",
    "draw_label",
    "dutch_long_date",
    "dutch_short_date",
    "dutch_timestamp",
    "label_width",
    "wrap",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 14 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 9 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FOOTER_HEIGHT = 7 * mm
TABLE_HEADER_HEIGHT = 6.5 * mm
CELL_PAD = 1.15 * mm

GREY_LINE = Color(0.62, 0.62, 0.62)
GREY_TEXT = Color(0.3, 0.3, 0.3)
GREY_FILL = Color(0.87, 0.87, 0.87)

# Dutch: printed as is (not Qt-translated, see the module docstring).
WORDS = {
    "foundation": "Stichting de Korre",
    "page": "pagina {page} van {pages}",
    "generated": "Gemaakt op {when}",
    "valid_on": "Geldig op {day}",
    "continued": "(vervolg)",
    "confidential": "Vertrouwelijk: bevat persoonsgegevens. "
    "Niet laten liggen; na gebruik vernietigen.",
}
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def dutch_long_date(day: date) -> str:
    """ "dinsdag 24 november 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def dutch_short_date(day: date) -> str:
    """ "24-11-2026"."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def dutch_timestamp(moment: datetime) -> str:
    """ "24-11-2026 om 14:03"."""
    return f"{dutch_short_date(moment.date())} om {moment.hour:02d}:{moment.minute:02d}"


@lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of ``text`` that fit ``width`` points, broken at spaces (not at no-break
    spaces); a word too long on its own is cut."""
    register_fonts()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):  # not at no-break spaces
            if not word:
                continue
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return tuple(lines) or ("",)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points


class Row(Protocol):
    """One table row: knows its height and draws itself below ``top``."""

    height: float

    def draw(
        self, canvas: Canvas, lefts: Sequence[float], widths: Sequence[float], top: float
    ) -> None:
        """Draw the row; ``lefts``/``widths`` are the columns' x positions and widths."""


@dataclass
class TextRow:
    """Plain text cells, wrapped to the column width."""

    cells: Sequence[str]
    widths: Sequence[float]
    font: str = REGULAR
    size: float = 8.5
    bold_first: bool = False
    height: float = field(init=False)
    _lines: list[tuple[str, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lines = [
            wrap(text, self._font(index), self.size, width - 2 * CELL_PAD)
            for index, (text, width) in enumerate(zip(self.cells, self.widths, strict=True))
        ]
        self.height = max(len(lines) for lines in self._lines) * self.size * 1.2 + 2.2 * CELL_PAD

    def _font(self, index: int) -> str:
        return BOLD if self.bold_first and index == 0 else self.font

    def draw(
        self, canvas: Canvas, lefts: Sequence[float], widths: Sequence[float], top: float
    ) -> None:
        leading = self.size * 1.2
        for index, lines in enumerate(self._lines):
            canvas.setFont(self._font(index), self.size)
            y = top - CELL_PAD - self.size
            for line in lines:
                canvas.drawString(lefts[index] + CELL_PAD, y, line)
                y -= leading


@dataclass
class NoteRow:
    """A line of text over the table's whole width (an empty section, a remark)."""

    text: str
    size: float = 8.5
    font: str = REGULAR
    height: float = field(init=False)
    _lines: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lines = wrap(self.text, self.font, self.size, CONTENT_WIDTH - 2 * CELL_PAD)
        self.height = len(self._lines) * self.size * 1.25 + 2.5 * CELL_PAD

    def draw(
        self, canvas: Canvas, lefts: Sequence[float], widths: Sequence[float], top: float
    ) -> None:
        canvas.setFont(self.font, self.size)
        y = top - CELL_PAD - self.size
        for line in self._lines:
            canvas.drawString(MARGIN_LEFT + CELL_PAD, y, line)
            y -= self.size * 1.25


@dataclass
class Section:
    """A part that starts on a new page: one class, one trip group, one worklist."""

    title: str
    school: str = ""
    summary: str = ""  # one line under the title, e.g. counts
    rows: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)  # after the rows


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    generated_at: datetime
    valid_on: date | None = None
    date_text: str = WORDS["valid_on"]  # with {day}
    author: str = WORDS["foundation"]


@dataclass
class _Page:
    section: Section
    continued: bool
    rows: list[tuple[Row, float]]  # row and its top


Legend = tuple[float, Callable[[Canvas, float, float, float], None]]
"""(height, draw(canvas, left, bottom, width)) of the box above the footer."""


class TableReport:
    """Lays out sections of rows on A4 pages and draws them with their furniture."""

    def __init__(
        self, info: DocumentInfo, columns: Sequence[Column], legend: Legend | None = None
    ) -> None:
        register_fonts()
        self.info = info
        self.columns = list(columns)
        self.widths = [column.width for column in self.columns]
        self.lefts = [MARGIN_LEFT + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.legend = legend
        self.header_height = 23 * mm
        legend_height = legend[0] + 2.5 * mm if legend else 0
        self.table_top = PAGE_HEIGHT - MARGIN_TOP - self.header_height - TABLE_HEADER_HEIGHT
        self.table_bottom = MARGIN_BOTTOM + FOOTER_HEIGHT + legend_height + 1.5 * mm
        self.page_total = 0  # set by render()

    # -- layout ------------------------------------------------------------------------------

    def paginate(self, sections: Sequence[Section]) -> list[_Page]:
        pages: list[_Page] = []
        for section in sections:
            page = _Page(section, False, [])
            pages.append(page)
            top = self.table_top
            for row in [*section.rows, *section.notes]:
                if top - row.height < self.table_bottom and page.rows:
                    page = _Page(section, True, [])
                    pages.append(page)
                    top = self.table_top
                page.rows.append((row, top))
                top -= row.height
        return pages

    # -- drawing -----------------------------------------------------------------------------

    def render(self, sections: Sequence[Section], progress: Progress = NO_PROGRESS) -> bytes:
        """The PDF as bytes; ``page_total`` then holds its number of pages."""
        pages = self.paginate(sections)
        self.page_total = len(pages)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
        canvas.setTitle(self.info.title)
        canvas.setAuthor(self.info.author)
        canvas.setCreator("Korre Desktop")
        for number, page in enumerate(pages, start=1):
            if number % 5 == 1:
                progress.step(number - 1, len(pages), "pages")
            self._draw_page(canvas, page, number, len(pages))
            canvas.showPage()
        canvas.save()
        progress.step(len(pages), len(pages), "pages")
        return buffer.getvalue()

    def _draw_page(self, canvas: Canvas, page: _Page, number: int, total: int) -> None:
        self._draw_header(canvas, page)
        self._draw_table_header(canvas)
        canvas.setLineWidth(0.4)
        for row, top in page.rows:
            row.draw(canvas, self.lefts, self.widths, top)
            canvas.setStrokeColor(GREY_LINE)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN_LEFT, top - row.height, PAGE_WIDTH - MARGIN_RIGHT, top - row.height)
            canvas.setFillColor(black)
            canvas.setStrokeColor(black)
        if self.legend:
            _height, draw = self.legend
            draw(canvas, MARGIN_LEFT, MARGIN_BOTTOM + FOOTER_HEIGHT + 1 * mm, CONTENT_WIDTH)
            canvas.setFillColor(black)
            canvas.setStrokeColor(black)
        self._draw_footer(canvas, number, total)

    def _draw_header(self, canvas: Canvas, page: _Page) -> None:
        right = PAGE_WIDTH - MARGIN_RIGHT
        top = PAGE_HEIGHT - MARGIN_TOP
        canvas.setFillColor(black)
        canvas.setFont(BOLD, 15)
        canvas.drawString(MARGIN_LEFT, top - 15, self.info.title)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY_TEXT)
        canvas.drawRightString(right, top - 8, self.info.author)
        canvas.setFillColor(black)
        if page.section.school:
            school = page.section.school
            size = 10.5
            while size > 7 and stringWidth(school, BOLD, size) > CONTENT_WIDTH * 0.45:
                size -= 0.5
            canvas.setFont(BOLD, size)
            canvas.drawRightString(right, top - 20, school)
        title = page.section.title + (f" {WORDS['continued']}" if page.continued else "")
        room = CONTENT_WIDTH
        if self.info.valid_on is not None:
            text = self.info.date_text.format(day=dutch_long_date(self.info.valid_on))
            width = stringWidth(text, BOLD, 10) + 4 * mm
            room -= width + 4 * mm
            canvas.setLineWidth(1.2)
            canvas.rect(right - width, top - 46, width, 6.5 * mm, stroke=1, fill=0)
            canvas.setFont(BOLD, 10)
            canvas.drawRightString(right - 2 * mm, top - 41.5, text)
        size = 12.5
        while size > 8 and stringWidth(title, BOLD, size) > room:
            size -= 0.5
        canvas.setFont(BOLD, size)
        canvas.drawString(MARGIN_LEFT, top - 37, title)
        if page.section.summary:
            canvas.setFont(REGULAR, 8.5)
            canvas.drawString(MARGIN_LEFT, top - 54, page.section.summary)

    def _draw_table_header(self, canvas: Canvas) -> None:
        bottom = self.table_top
        canvas.setFillColor(GREY_FILL)
        canvas.rect(MARGIN_LEFT, bottom, CONTENT_WIDTH, TABLE_HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.setFont(BOLD, 8.5)
        for column, left in zip(self.columns, self.lefts, strict=True):
            canvas.drawString(left + CELL_PAD, bottom + 2.1 * mm, column.title)
        canvas.setLineWidth(0.9)
        canvas.line(MARGIN_LEFT, bottom, PAGE_WIDTH - MARGIN_RIGHT, bottom)

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        y = MARGIN_BOTTOM
        canvas.setStrokeColor(GREY_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, y + 4.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, y + 4.5 * mm)
        canvas.setStrokeColor(black)
        canvas.setFillColor(GREY_TEXT)
        canvas.setFont(REGULAR, 7)
        generated = WORDS["generated"].format(when=dutch_timestamp(self.info.generated_at))
        canvas.drawString(MARGIN_LEFT, y + 1.5 * mm, f"{generated} · {WORDS['confidential']}")
        canvas.setFillColor(black)
        canvas.setFont(BOLD, 8.5)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT, y + 1.5 * mm, WORDS["page"].format(page=number, pages=total)
        )


def label_width(text: str, size: float = 8.5) -> float:
    return stringWidth(text, BOLD, size) + 2 * 1.3 * mm


def draw_label(
    canvas: Canvas, text: str, left: float, top: float, size: float = 8.5
) -> tuple[float, float]:
    """An inverted (white on black) label; returns its width and height."""
    width = label_width(text, size)
    height = size + 2.2 * mm
    canvas.setFillColor(black)
    canvas.rect(left, top - height, width, height, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, size)
    canvas.drawString(left + 1.3 * mm, top - height + 1.25 * mm + size * 0.12, text)
    canvas.setFillColor(black)
    return width, height
