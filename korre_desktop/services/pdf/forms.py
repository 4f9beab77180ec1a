"""Pre-filled paper forms: the media-consent form and the protocol signature sheet.

Every page carries four corner markers, a QR code (level H) with the form instance's
opaque payload (with the page number), and the human-readable code beside it; every box
is drawn from the ``FormLayout`` that is stored with the form, so a returned page can be
read back. The consent form is drawn from its version's design (``consent_design``,
``consent_page``): its channels, media, texts and validity.

The printed text is Dutch and made without Qt, so it is not Qt-translated: the Dutch
words are in ``form_page.WORDS``, ``form_page.MEDIA_WORDS`` and ``consent_wording``; the
channels' names and explanations come from the form version.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.services.pdf.consent_page import ConsentPage
from korre_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts
from korre_desktop.services.pdf.form_layout import CONTENT_W, MARGIN_LEFT, MARGIN_RIGHT
from korre_desktop.services.pdf.form_page import (
    GREY,
    MEDIA_WORDS,
    WORDS,
    FormPage,
    Sheet,
    consent_title,
)
from korre_desktop.services.pdf.text_fit import fit_text, wrap_lines
from korre_desktop.services.progress import NO_PROGRESS, Progress

__all__ = [
    "MEDIA_WORDS",
    "WORDS",
    "Sheet",
    "consent_title",
    "fit_text",
    "wrap_lines",
    "write_forms_pdf",
]


def write_forms_pdf(
    target: BinaryIO, sheets: Sequence[Sheet], progress: Progress = NO_PROGRESS
) -> int:
    """Draw ``sheets`` into ``target`` (a binary file); return the number of pages."""
    register_fonts()
    canvas = Canvas(target, pagesize=A4, pageCompression=1)
    kinds = {sheet.kind for sheet in sheets}
    canvas.setTitle(
        {"consent": "Toestemmingsformulieren", "protocol": "Protocol ondertekenen"}.get(
            next(iter(kinds)) if len(kinds) == 1 else "", "Formulieren"
        )
    )
    canvas.setAuthor(sheets[0].foundation if sheets else "")
    canvas.setCreator("Korre Desktop")
    pages = 0
    total = len(sheets)
    statics: dict[tuple, str] = {}
    for index, sheet in enumerate(sheets):
        if index % 10 == 0:
            progress.step(index, total, "forms")
        page_class = ConsentPage if sheet.kind == "consent" else ProtocolPage
        for page in sheet.layout.pages:
            page_class(canvas, sheet, page).draw(statics)
            canvas.showPage()
            pages += 1
    canvas.save()
    progress.step(total, total, "forms")
    return pages


class ProtocolPage(FormPage):
    """The protocol signature sheet: the version, the statement, and the signing fields."""

    title = WORDS["protocol_title"]

    def static_key(self) -> tuple:
        sheet = self.sheet
        return (
            *super().static_key(),
            sheet.protocol_title,
            sheet.protocol_label,
            sheet.protocol_effective,
        )

    def static_parts(self) -> None:
        sheet = self.sheet
        value_left = self.page.fields["signer_name"].rect.x
        title = sheet.protocol_title or WORDS["protocol_default_title"]
        self.text(MARGIN_LEFT, 58.0, WORDS["protocol"], BOLD, 10)
        lines, size = wrap_lines(title, BOLD, 12, MARGIN_RIGHT - value_left, 2)
        baseline = 58.0
        for line in lines:
            self.text(value_left, baseline, line, BOLD, size)
            baseline += 5.5
        self.text(MARGIN_LEFT, baseline + 1, WORDS["version"], BOLD, 10)
        effective = format_dutch_date(sheet.protocol_effective) if sheet.protocol_effective else "—"
        self.text(
            value_left,
            baseline + 1,
            WORDS["version_text"].format(label=sheet.protocol_label, day=effective),
            REGULAR,
            10,
        )
        baseline = self.paragraph(
            MARGIN_LEFT,
            baseline + 11,
            WORDS["protocol_statement"].format(
                foundation=sheet.foundation, label=sheet.protocol_label
            ),
            CONTENT_W,
            10,
        )
        self.text(MARGIN_LEFT, baseline + 3.0, WORDS["protocol_instruction"], BOLD, 10)
        self.signer_label()
        self.line_field("place", WORDS["place"])
        self.line_field("date", WORDS["date"])
        self.signature()

    def variable_parts(self) -> None:
        sheet = self.sheet
        role = WORDS["role_student" if sheet.person_kind == "student" else "role_employee"]
        lowest = self.signer_name(sheet.person_name, role)
        rect = self.page.fields["signer_name"].rect
        detail = ""
        if sheet.person_kind == "student" and sheet.class_name:
            detail = f"{WORDS['class']} {sheet.class_name}   {WORDS['school']} {sheet.school}"
        elif sheet.school:
            detail = f"{WORDS['school']} {sheet.school}"
        if detail:
            self.fitted(rect.x, max(lowest, rect.bottom) + 4.5, detail, rect.w, REGULAR, 9, GREY)
