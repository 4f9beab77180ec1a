"""Drawing a page of the media-consent form from its version's design.

The page is either the answer page (the grid of tick boxes and the signing block, with
the texts above the grid when the form fits on one page) or, on a two-page form, the
information page before it (the texts, and the channels explained when the grid has no
room for that). Whom the texts address follows the signer: parents "u", a student of
16+ "je" (``consent_wording``).
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.services.pdf.consent_design import (
    EXPLANATION_SIZE,
    INSTRUCTION_ABOVE_GRID,
    LEAD_BASELINE,
    LIST_GAP,
    LIST_LABEL_W,
    NOTE_BELOW_GRID,
    PARAGRAPH_GAP,
    ConsentDesign,
    explanation_lines,
    label_lines,
    line_height,
    lines_of,
)
from korre_desktop.services.pdf.consent_wording import EMPLOYEE, FIXED, Wording
from korre_desktop.services.pdf.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR
from korre_desktop.services.pdf.form_layout import (
    CONTENT_BOTTOM,
    CONTENT_W,
    GRID_HEAD_ANSWER,
    GRID_HEAD_MEDIA,
    GROUP_W,
    INFO_TOP,
    MARGIN_LEFT,
)
from korre_desktop.services.pdf.form_page import (
    MEDIA_WORDS,
    ROLE_WORDS,
    WORDS,
    FormPage,
    consent_title,
    y_of,
)

LIGHT_LINE = Color(0.6, 0.6, 0.6)
HEAD_FILL = Color(0.9, 0.9, 0.9)
NOT_ASKED_FILL = Color(0.93, 0.93, 0.93)
EXPLANATION_COLOUR = Color(0.25, 0.25, 0.25)


class ConsentPage(FormPage):
    @property
    def design(self) -> ConsentDesign:
        assert self.sheet.design is not None
        return self.sheet.design

    @property
    def title(self) -> str:  # type: ignore[override]
        return consent_title(self.design.media)

    @property
    def wording(self) -> Wording:
        return self.design.wordings.get(self.sheet.signer_role, self.design.wordings[EMPLOYEE])

    def subtitle(self) -> str:
        sheet = self.sheet
        when = (
            WORDS["sample_note"]
            if sheet.sample
            else WORDS["printed_on"].format(day=format_dutch_date(sheet.printed_on))
        )
        label = WORDS["form_version"].format(label=sheet.form_label) if sheet.form_label else ""
        return f"{label} · {when}" if label else when

    def footer(self) -> str:
        if self.page.grid is None:
            return WORDS["return_page"].format(page=self.design.answer_page)
        return WORDS["return"]

    def static_parts(self) -> None:
        name_rect = self.page.fields["person_name"].rect
        self.person_labels(name_rect.bottom - 1.5, name_rect.x)
        if self.page.grid is None:
            self.information_page()
        else:
            self.answer_page()

    def variable_parts(self) -> None:
        sheet = self.sheet
        name_rect = self.page.fields["person_name"].rect
        self.person_values(name_rect.bottom - 1.5, name_rect.x)
        if sheet.signer_name and "signer_name" in self.page.fields:
            self.signer_name(sheet.signer_name, ROLE_WORDS.get(sheet.signer_role, ""))

    # -- texts ---------------------------------------------------------------------------

    def paragraphs(self, top: float, size: float, limit: float) -> float:
        """The version's texts for this reader from ``top``; returns where they end (mm).
        Lines that would run past ``limit`` are left out and the last one shown ends in
        "…" (the design makes them fit; this guards against a text too long for a page)."""
        step = line_height(size)
        placed: list[tuple[float, str]] = []
        baseline = top + size * 0.8 / mm
        for paragraph in self.wording.paragraphs:
            for line in lines_of(paragraph, REGULAR, size, CONTENT_W):
                placed.append((baseline, line))
                baseline += step
            baseline += PARAGRAPH_GAP
        shown = [(at, line) for at, line in placed if at <= limit]
        if len(shown) < len(placed) and shown:
            shown[-1] = (shown[-1][0], shown[-1][1] + " …")
        for at, line in shown:
            self.text(MARGIN_LEFT, at, line, REGULAR, size)
        return (shown[-1][0] if shown else top) + size * 0.25 / mm

    def channel_list(self, top: float, size: float) -> None:
        """The channels explained, label beside explanation (a two-page form whose grid
        has no room for the explanations)."""
        step = line_height(size)
        baseline = top + (size + 0.5) * 0.8 / mm
        self.text(MARGIN_LEFT, baseline, FIXED["channels_heading"], BOLD, size + 0.5)
        baseline += line_height(size + 0.5) + 1.0
        for channel in self.design.channels:
            labels = lines_of(channel.label, BOLD, size, LIST_LABEL_W - 2)
            texts = lines_of(channel.explanation, REGULAR, size, CONTENT_W - LIST_LABEL_W)
            if baseline > CONTENT_BOTTOM:
                return
            for number, line in enumerate(labels):
                self.text(MARGIN_LEFT, baseline + number * step, line, BOLD, size)
            for number, line in enumerate(texts):
                self.text(MARGIN_LEFT + LIST_LABEL_W, baseline + number * step, line, REGULAR, size)
            baseline += max(len(labels), len(texts), 1) * step + LIST_GAP

    def information_page(self) -> None:
        design = self.design
        bottom = self.paragraphs(INFO_TOP, design.text_size, CONTENT_BOTTOM)
        if not design.explained_in_grid:
            self.channel_list(bottom + 2 * PARAGRAPH_GAP, design.text_size)

    # -- the answer page -----------------------------------------------------------------

    def answer_page(self) -> None:
        sheet = self.sheet
        design = self.design
        grid = self.page.grid
        assert grid is not None
        if design.pages == 1:
            self.paragraphs(INFO_TOP, design.text_size, grid.top)
        else:
            read_first = FIXED["read_first"].format(page=1)
            self.text(MARGIN_LEFT, INFO_TOP + LEAD_BASELINE, read_first, REGULAR, 9.5)
        instruction = FIXED["instruction"]
        self.text(MARGIN_LEFT, grid.top - INSTRUCTION_ABOVE_GRID, instruction, BOLD, 10.5)
        self.grid()
        self.text(MARGIN_LEFT, grid.bottom + NOTE_BELOW_GRID, FIXED["blank_is_no"], REGULAR, 8.5)
        signing_top = self.page.fields["signer_name"].rect.y
        self.text(MARGIN_LEFT, signing_top - 3.5, WORDS["signing"], BOLD, 11)
        self.signer_label("" if sheet.signer_name else WORDS["role_guardian_blank"])
        self.line_field("place", WORDS["place"])
        self.line_field("date", WORDS["date"])
        self.signature(label_above=True)

    def grid(self) -> None:
        c = self.c
        grid = self.page.grid
        assert grid is not None
        left, right = grid.left, grid.left + grid.width
        head_bottom = grid.rows_top
        # header background and words
        c.setFillColor(HEAD_FILL)
        c.rect(
            left * mm,
            y_of(head_bottom),
            grid.width * mm,
            (GRID_HEAD_MEDIA + GRID_HEAD_ANSWER) * mm,
            stroke=0,
            fill=1,
        )
        c.setFillColor(black)
        self.text(left + 1.5, grid.top + GRID_HEAD_MEDIA + 3.6, WORDS["used_for"], BOLD, 9.5)
        for medium in grid.media:
            group = grid.group_left(medium)
            c.setFont(BOLD, 10.5)
            c.drawCentredString(
                (group + GROUP_W / 2) * mm, y_of(grid.top + 5.0), MEDIA_WORDS[medium]
            )
            c.setFont(REGULAR, 9)
            for answer, word in (("yes", WORDS["yes"]), ("no", WORDS["no"])):
                box = grid.box(medium, grid.channels[0], answer)
                c.drawCentredString(
                    box.centre[0] * mm, y_of(grid.top + GRID_HEAD_MEDIA + 4.3), word
                )
        # a medium not asked on a channel: a grey cell with a dash, no boxes
        for medium in grid.media:
            for channel in grid.channels:
                if f"{medium}_{channel}" in self.page.items:
                    continue
                top, height = grid.row_top(channel), grid.row_height(channel)
                c.setFillColor(NOT_ASKED_FILL)
                c.rect(
                    grid.group_left(medium) * mm,
                    y_of(top + height),
                    GROUP_W * mm,
                    height * mm,
                    stroke=0,
                    fill=1,
                )
                c.setFillColor(black)
                c.setFont(REGULAR, 10)
                c.drawCentredString(
                    (grid.group_left(medium) + GROUP_W / 2) * mm,
                    y_of(top + height / 2 + 1.2),
                    WORDS["not_asked"],
                )
        # row lines
        c.setStrokeColor(LIGHT_LINE)
        c.setLineWidth(0.25 * mm)
        for channel in grid.channels[:-1]:
            bottom = grid.row_top(channel) + grid.row_height(channel)
            c.line(left * mm, y_of(bottom), right * mm, y_of(bottom))
        c.setStrokeColor(black)
        for channel in self.design.channels:
            self.row_words(channel.code, channel.label, channel.explanation)
        for boxes in self.page.items.values():
            for rect in boxes.values():
                self.box(rect)
        # the frame: vertical lines between the groups, a heavier outline
        c.setLineWidth(0.3 * mm)
        for medium in grid.media:
            x = grid.group_left(medium)
            c.line(x * mm, y_of(grid.top), x * mm, y_of(grid.bottom))
        c.line(left * mm, y_of(head_bottom), right * mm, y_of(head_bottom))
        c.setLineWidth(0.5 * mm)
        c.rect(
            left * mm,
            y_of(grid.bottom),
            grid.width * mm,
            (grid.bottom - grid.top) * mm,
            stroke=1,
            fill=0,
        )
        c.setFillColor(black)

    def row_words(self, code: str, label: str, explanation: str) -> None:
        """A channel's label, and its explanation under it when the design puts it there;
        centred in the row."""
        grid = self.page.grid
        assert grid is not None
        width = grid.label_w - 3.0
        top, height = grid.row_top(code), grid.row_height(code)
        labels, size = label_lines(label, width)
        notes = explanation_lines(explanation, width) if self.design.explained_in_grid else []
        label_step, note_step = size * 1.15 / mm, EXPLANATION_SIZE * 1.2 / mm
        while len(labels) * label_step + len(notes) * note_step > height - 1.0 and size > 6.5:
            size -= 0.5  # a row made lower to fit many channels
            label_step = size * 1.15 / mm
        content = len(labels) * label_step + len(notes) * note_step
        baseline = top + (height - content) / 2 + size * 0.82 / mm
        for line in labels:
            self.text(grid.left + 1.5, baseline, line, CONDENSED_BOLD, size)
            baseline += label_step
        baseline += (EXPLANATION_SIZE - size) * 0.2 / mm
        for line in notes:
            self.text(
                grid.left + 1.5, baseline, line, CONDENSED, EXPLANATION_SIZE, EXPLANATION_COLOUR
            )
            baseline += note_step
