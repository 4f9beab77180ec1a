"""How a consent form version goes on paper: one page when its texts fit, else two.

The design is made once per version (and school-year cut-off) for every reader at once,
parents, a student of 16+ and employees, taking the most room any of them needs, so all
forms of a print share one stored layout (``form_templates``) and a returned page is
read against exactly the geometry it was printed with.

Tried in turn:
1. one page: the texts, then the grid (each channel's explanation in its row), the note
   that a blank box counts as no, and the signing block;
2. two pages: page 1 the texts, page 2 the grid with the explanations in its rows and the
   signing block;
3. two pages with the channels explained in a list on page 1 and only their labels in
   the grid (many channels or long explanations).
Every tick box and the signature are on one page, so one page holds the whole answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from korre_desktop.domain.consent_form import DEFAULT_CUTOFF, Channel, ConsentForm
from korre_desktop.services.pdf.consent_wording import (
    AUDIENCES,
    Wording,
    form_channels,
    wording,
)
from korre_desktop.services.pdf.fonts import (
    BOLD,
    CONDENSED,
    CONDENSED_BOLD,
    REGULAR,
    register_fonts,
)
from korre_desktop.services.pdf.form_layout import (
    CONSENT_SIGNING_H,
    CONTENT_BOTTOM,
    CONTENT_W,
    GRID_HEAD_ANSWER,
    GRID_HEAD_MEDIA,
    GRID_ROW,
    GROUP_W,
    INFO_TOP,
    MIN_GRID_ROW,
    FormLayout,
    consent_layout,
)
from korre_desktop.services.pdf.text_fit import wrap_lines

LEADING = 1.28  # line height / type size, explanatory texts
PARAGRAPH_GAP = 1.4  # mm between paragraphs
ONE_PAGE_SIZES = (10.0, 9.5, 9.0, 8.5)  # pt: the texts on a one-page form, largest that fits
INFO_PAGE_SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # pt: on a page of their own

LABEL_SIZE = 9.0  # channel labels in the grid (condensed bold, at most two lines)
LABEL_LINES = 2
EXPLANATION_SIZE = 7.0  # a channel's explanation in its row (condensed)
ROW_PAD = 1.1  # mm above the label and below the explanation

# Vertical spacing around the grid (mm)
INSTRUCTION_ABOVE_GRID = 3.5  # the instruction's baseline above the grid
TEXT_TO_INSTRUCTION = 6.0  # from the last text line's bottom to the instruction's baseline
NOTE_BELOW_GRID = 4.8  # the note's baseline under the grid
GRID_TO_SIGNING = 15.0  # grid bottom to the signer's name line (note, heading between)
LEAD_BASELINE = 4.0  # two pages: "read page 1 first" under the person block

# The channel list on an information page (mm)
LIST_LABEL_W = 50.0
LIST_GAP = 1.0


class FormTooLarge(ValueError):
    """The answer page cannot hold every channel's row and the signature."""


def _mm(points: float) -> float:
    return points / mm


def line_height(size: float) -> float:
    """mm from one baseline to the next, explanatory texts."""
    return _mm(size * LEADING)


def lines_of(text: str, font: str, size: float, width_mm: float) -> list[str]:
    return simpleSplit(text, font, size, width_mm * mm) if text else []


def paragraphs_height(paragraphs: tuple[str, ...], size: float) -> float:
    lines = sum(len(lines_of(p, REGULAR, size, CONTENT_W)) for p in paragraphs)
    return lines * line_height(size) + PARAGRAPH_GAP * max(0, len(paragraphs) - 1)


def list_row_height(channel: Channel, size: float) -> float:
    label = lines_of(channel.label, BOLD, size, LIST_LABEL_W - 2)
    text = lines_of(channel.explanation, REGULAR, size, CONTENT_W - LIST_LABEL_W)
    return max(len(label), len(text), 1) * line_height(size) + LIST_GAP


def channel_list_height(channels: tuple[Channel, ...], size: float) -> float:
    """The heading and a row per channel: label | explanation."""
    heading = line_height(size + 0.5) + 1.0
    return PARAGRAPH_GAP * 2 + heading + sum(list_row_height(c, size) for c in channels)


def label_lines(label: str, width_mm: float) -> tuple[list[str], float]:
    """A channel's label in the grid: wrapped in at most two lines, smaller if needed."""
    return wrap_lines(label, CONDENSED_BOLD, LABEL_SIZE, width_mm, LABEL_LINES)


def explanation_lines(text: str, width_mm: float) -> list[str]:
    return lines_of(text, CONDENSED, EXPLANATION_SIZE, width_mm)


def row_height(channel: Channel, label_w: float, explained: bool) -> float:
    """What a channel's row needs: its label, and its explanation when it is in the row."""
    width = label_w - 3.0
    labels, size = label_lines(channel.label, width)
    need = 2 * ROW_PAD + len(labels) * _mm(size * 1.15)
    if explained and channel.explanation:
        need += len(explanation_lines(channel.explanation, width)) * _mm(EXPLANATION_SIZE * 1.2)
    return max(GRID_ROW, need)


@dataclass(frozen=True)
class ConsentDesign:
    """A version on paper: its layout and where and how large its texts are printed."""

    form: ConsentForm
    layout: FormLayout
    channels: tuple[Channel, ...]  # the rows of the grid, in order
    wordings: dict[str, Wording]  # per reader (guardian, student, employee)
    text_size: float  # pt, the explanatory paragraphs
    explained_in_grid: bool  # False: the channels are explained in a list on page 1

    @property
    def pages(self) -> int:
        return len(self.layout.pages)

    @property
    def answer_page(self) -> int:
        return self.layout.answer_page.number

    @property
    def media(self) -> tuple[str, ...]:
        grid = self.layout.answer_page.grid
        return grid.media if grid is not None else ()


def _grid_bottom(top: float, rows: list[float]) -> float:
    return top + GRID_HEAD_MEDIA + GRID_HEAD_ANSWER + sum(rows)


def _fits_answer_page(grid_bottom: float) -> bool:
    return grid_bottom + GRID_TO_SIGNING + CONSENT_SIGNING_H <= CONTENT_BOTTOM


def design_consent(
    form: ConsentForm,
    cutoff: tuple[int, int] = DEFAULT_CUTOFF,
    labels: dict[str, str] | None = None,
) -> ConsentDesign:
    """Lay out ``form``; ``labels`` name channels the version itself does not define.

    Raises FormTooLarge when the answer page cannot hold the grid and the signature."""
    register_fonts()
    channels = form_channels(form, labels)
    media = form.media
    codes = tuple(c.code for c in channels)
    label_w = CONTENT_W - GROUP_W * len(media)
    wordings = {audience: wording(form, audience, cutoff) for audience in AUDIENCES}

    def text_height(size: float) -> float:
        return max(paragraphs_height(w.paragraphs, size) for w in wordings.values())

    def make(rows: list[float], grid_top: float, info_pages: int, size: float, explained: bool):
        layout = consent_layout(
            media,
            codes,
            form.items,
            grid_top=grid_top,
            row_heights=rows,
            signing_top=_grid_bottom(grid_top, rows) + GRID_TO_SIGNING,
            info_pages=info_pages,
        )
        return ConsentDesign(form, layout, channels, wordings, size, explained)

    explained_rows = [row_height(c, label_w, True) for c in channels]
    for size in ONE_PAGE_SIZES:
        grid_top = INFO_TOP + text_height(size) + TEXT_TO_INSTRUCTION + INSTRUCTION_ABOVE_GRID
        if _fits_answer_page(_grid_bottom(grid_top, explained_rows)):
            return make(explained_rows, grid_top, 0, size, True)

    grid_top = INFO_TOP + LEAD_BASELINE + TEXT_TO_INSTRUCTION + INSTRUCTION_ABOVE_GRID
    room = CONTENT_BOTTOM - INFO_TOP
    if _fits_answer_page(_grid_bottom(grid_top, explained_rows)):
        size = next((s for s in INFO_PAGE_SIZES if text_height(s) <= room), INFO_PAGE_SIZES[-1])
        return make(explained_rows, grid_top, 1, size, True)

    rows = [row_height(c, label_w, False) for c in channels]
    while not _fits_answer_page(_grid_bottom(grid_top, rows)) and max(rows) > MIN_GRID_ROW:
        rows = [max(MIN_GRID_ROW, h - 0.5) for h in rows]
    if not _fits_answer_page(_grid_bottom(grid_top, rows)):
        raise FormTooLarge(
            f"form {form.label!r} asks about {len(channels)} channels:"
            " more than fit on one answer page"
        )
    size = next(
        (s for s in INFO_PAGE_SIZES if text_height(s) + channel_list_height(channels, s) <= room),
        INFO_PAGE_SIZES[-1],
    )
    return make(rows, grid_top, 1, size, False)
