"""What every printed form page shares: the sheet it belongs to, the corner markers, the
header with the QR code, the person block, the footer, and small drawing helpers.

Pages draw their parts shared by many forms once (as a PDF form XObject, reused by every
page with the same key), then what is particular to one form (the QR code, the names).

The printed text is Dutch and made without Qt, so it is not Qt-translated: the Dutch
words are in ``WORDS`` and ``MEDIA_WORDS`` here and in ``consent_wording``; the channels'
names come from the form version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.form_codes import QrPayload, display_code
from korre_desktop.services.pdf.fonts import BOLD, REGULAR
from korre_desktop.services.pdf.form_layout import (
    BOX_STROKE,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_H,
    PAGE_W,
    TEXT_RIGHT_LIMIT,
    FormLayout,
    PageLayout,
    Rect,
)
from korre_desktop.services.pdf.qr import draw_qr
from korre_desktop.services.pdf.text_fit import fit_text

if TYPE_CHECKING:
    from korre_desktop.services.pdf.consent_design import ConsentDesign

# Dutch, printed as is.
WORDS = {
    "consent_title": "Toestemming voor {media}",
    "protocol_title": "Ondertekening protocol sociale media",
    "form_version": "Formulier {label}",
    "printed_on": "afgedrukt op {day}",
    "student": "Leerling:",
    "employee": "Medewerker:",
    "class": "Klas:",
    "school": "School:",
    "used_for": "Gebruik in of op",
    "yes": "ja",
    "no": "nee",
    "not_asked": "—",
    "signing": "Ondertekening",
    "name": "Naam:",
    "place": "Plaats:",
    "date": "Datum:",
    "signature": "Handtekening:",
    "role_guardian": "ouder/verzorger met ouderlijk gezag",
    "role_guardian_blank": "naam ouder/verzorger met ouderlijk gezag",
    "role_student": "leerling",
    "role_employee": "medewerker",
    "protocol": "Protocol:",
    "version": "Versie:",
    "version_text": "{label}, geldig vanaf {day}",
    "protocol_default_title": "Protocol sociale media",
    "protocol_statement": (
        "Met mijn handtekening verklaar ik dat ik het protocol sociale media van {foundation} "
        "(versie {label}) heb gelezen en dat ik mij eraan houd als ik sociale media gebruik."
    ),
    "protocol_instruction": "Vul plaats en datum in en zet de handtekening in het vak.",
    "return": "Graag ingevuld en ondertekend terug naar de administratie van de school.",
    "return_page": "Blad {page} graag ingevuld en ondertekend terug naar de administratie.",
    "page": "blad {page} van {pages}",
    "code_note": "Formuliercode {code}",
    "sample": "VOORBEELD",
    "sample_note": "voorbeeld, niet uitdelen",
}
MEDIA_WORDS = {"foto": "Foto", "film": "Film", "geluid": "Geluid"}
ROLE_WORDS = {
    "guardian": WORDS["role_guardian"],
    "student": WORDS["role_student"],
    "employee": WORDS["role_employee"],
}
GREY = Color(0.35, 0.35, 0.35)
FOOTER_BASELINE = 273.0  # mm, between the bottom corner markers
CLASS_W = 45.0  # mm for the class name before "School:"


@dataclass(frozen=True)
class Sheet:
    """One printed form (one or more pages): whom it is for and what it prints."""

    kind: str  # "consent" or "protocol"
    code: str  # the instance's eight-character code
    template_version: int
    layout: FormLayout
    person_kind: str  # "student" or "employee"
    person_name: str
    class_name: str
    school: str
    printed_on: date
    foundation: str = "Stichting de Korre"
    # consent forms
    signer_role: str = ""  # "guardian", "student" or "employee": also whom the texts address
    signer_name: str = ""  # empty: the guardian writes their name by hand
    form_label: str = ""
    design: ConsentDesign | None = None  # the version on paper (its texts, channels)
    sample: bool = False  # a preview: marked as such, never handed out
    # protocol sheets
    protocol_title: str = ""
    protocol_label: str = ""
    protocol_effective: date | None = None

    def payload(self, page: int = 1) -> str:
        return QrPayload(self.code, page, self.kind, self.template_version).encode()


def consent_title(media: tuple[str, ...] | list[str]) -> str:
    """ "Toestemming voor foto, film en geluid", naming only the media the form asks about."""
    words = [MEDIA_WORDS[m].lower() for m in media]
    if len(words) > 1:
        words = [", ".join(words[:-1]) + " en " + words[-1]]
    return WORDS["consent_title"].format(media=words[0] if words else "")


def y_of(top_mm: float) -> float:
    """A distance from the page's top in mm as reportlab's y (points from the bottom)."""
    return (PAGE_H - top_mm) * mm


class FormPage:
    """Draws one page of a sheet; subclasses add the parts of their kind of form."""

    title = ""

    def __init__(self, canvas: Canvas, sheet: Sheet, page: PageLayout) -> None:
        self.c = canvas
        self.sheet = sheet
        self.page = page
        self.pages = len(sheet.layout.pages)

    def static_key(self) -> tuple:
        sheet = self.sheet
        return (
            id(sheet.layout),
            self.page.number,
            sheet.kind,
            sheet.person_kind,
            bool(sheet.class_name) and sheet.person_kind == "student",
            bool(sheet.school),
            sheet.signer_role,
            bool(sheet.signer_name),
            sheet.foundation,
            sheet.printed_on,
            sheet.form_label,
            sheet.sample,
        )

    def draw(self, statics: dict[tuple, str]) -> None:
        key = self.static_key()
        name = statics.get(key)
        if name is None:
            name = f"FormStatic{len(statics)}"
            self.c.beginForm(name)
            self.reset()
            self.furniture()
            self.static_parts()
            self.c.endForm()
            statics[key] = name
        self.c.doForm(name)
        self.reset()
        self.codes()
        self.variable_parts()

    def reset(self) -> None:
        self.c.setFillColor(black)
        self.c.setStrokeColor(black)

    def static_parts(self) -> None:
        raise NotImplementedError

    def variable_parts(self) -> None:
        raise NotImplementedError

    def subtitle(self) -> str:
        return WORDS["printed_on"].format(day=format_dutch_date(self.sheet.printed_on))

    def footer(self) -> str:
        return WORDS["return"]

    def codes(self) -> None:
        """The QR code and the human-readable code: different on every form."""
        sheet = self.sheet
        qr = self.page.qr
        draw_qr(self.c, sheet.payload(self.page.number), qr.x * mm, y_of(qr.bottom), qr.w * mm)
        code = self.page.code_text
        self.c.setFont(BOLD, 10)
        self.c.drawCentredString(
            code.centre[0] * mm, y_of(code.bottom - 1.2), display_code(sheet.code)
        )
        footer_left = MARGIN_LEFT + stringWidth(self.footer(), REGULAR, 8) / mm + 2.5
        note = WORDS["code_note"].format(code=display_code(sheet.code))
        self.text(footer_left, FOOTER_BASELINE, note, REGULAR, 8, GREY)
        if sheet.sample:
            self.sample_mark()

    def sample_mark(self) -> None:
        """A preview: a large pale word across the page."""
        c = self.c
        c.saveState()
        c.setFillColor(Color(0.5, 0.5, 0.5))
        c.setFillAlpha(0.18)
        c.translate(PAGE_W / 2 * mm, PAGE_H / 2 * mm)
        c.rotate(35)
        c.setFont(BOLD, 90)
        c.drawCentredString(0, -30, WORDS["sample"])
        c.restoreState()

    # -- shared --------------------------------------------------------------------------

    def text(self, x: float, baseline: float, text: str, font=REGULAR, size=9.5, colour=black):
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        self.c.drawString(x * mm, y_of(baseline), text)
        self.c.setFillColor(black)

    def fitted(
        self,
        x: float,
        baseline: float,
        text: str,
        width: float,
        font=REGULAR,
        size=9.5,
        colour=black,
    ) -> None:
        """Text in at most ``width`` mm: smaller type, or cut with "…" as a last resort."""
        shown, face, shown_size = fit_text(text, font, size, width)
        self.text(x, baseline, shown, face, shown_size, colour)

    def paragraph(
        self,
        x: float,
        baseline: float,
        text: str,
        width: float,
        size: float = 9.5,
        leading: float = 1.3,
        font: str = REGULAR,
        colour: Color = black,
    ) -> float:
        """Wrapped text from ``baseline``; returns the baseline after the last line (mm)."""
        step = size * leading / mm
        for line in simpleSplit(text, font, size, width * mm):
            self.text(x, baseline, line, font, size, colour)
            baseline += step
        return baseline

    def box(self, rect: Rect, stroke: float = BOX_STROKE) -> None:
        """A box whose outer edge is ``rect``; the line lies inside it."""
        inset = stroke / 2
        self.c.setLineWidth(stroke * mm)
        self.c.rect(
            (rect.x + inset) * mm,
            y_of(rect.bottom - inset),
            (rect.w - stroke) * mm,
            (rect.h - stroke) * mm,
            stroke=1,
            fill=0,
        )

    def furniture(self) -> None:
        """Corner markers, the header, the page number, the footer's fixed words."""
        c = self.c
        sheet = self.sheet
        for rect in self.page.markers.values():
            c.rect(rect.x * mm, y_of(rect.bottom), rect.w * mm, rect.h * mm, stroke=0, fill=1)
        code = self.page.code_text
        c.setFont(REGULAR, 7.5)
        c.drawCentredString(
            code.centre[0] * mm,
            y_of(code.bottom + 2.6),
            WORDS["page"].format(page=self.page.number, pages=self.pages),
        )
        width = TEXT_RIGHT_LIMIT - MARGIN_LEFT
        self.fitted(MARGIN_LEFT, 20.0, sheet.foundation, width, BOLD, 9.5)
        self.fitted(MARGIN_LEFT, 28.5, self.title, width, BOLD, 15)
        self.fitted(MARGIN_LEFT, 34.5, self.subtitle(), width, REGULAR, 8.5, GREY)
        self.text(MARGIN_LEFT, FOOTER_BASELINE, self.footer(), REGULAR, 8, GREY)

    def person_labels(self, top: float, value_left: float) -> None:
        sheet = self.sheet
        label = WORDS["student" if sheet.person_kind == "student" else "employee"]
        self.text(MARGIN_LEFT, top, label, BOLD, 10)
        baseline = top + 6.5
        if sheet.person_kind == "student" and sheet.class_name:
            self.text(MARGIN_LEFT, baseline, WORDS["class"], BOLD, 9.5)
            self.text(value_left + CLASS_W, baseline, WORDS["school"], BOLD, 9.5)
        elif sheet.school:
            self.text(MARGIN_LEFT, baseline, WORDS["school"], BOLD, 9.5)

    def person_values(self, top: float, value_left: float) -> None:
        sheet = self.sheet
        self.fitted(value_left, top, sheet.person_name, MARGIN_RIGHT - value_left, BOLD, 12)
        baseline = top + 6.5
        if sheet.person_kind == "student" and sheet.class_name:
            self.fitted(value_left, baseline, sheet.class_name, CLASS_W - 4)
            school_left = value_left + CLASS_W + 16
            width = MARGIN_RIGHT - school_left
            self.fitted(school_left, baseline, sheet.school, width)
        elif sheet.school:
            width = MARGIN_RIGHT - value_left
            self.fitted(value_left, baseline, sheet.school, width)

    def line_field(self, name: str, label: str, label_left: float = MARGIN_LEFT) -> None:
        rect = self.page.fields[name].rect
        self.text(label_left, rect.bottom - 1.5, label, BOLD, 10)
        self.c.setLineWidth(0.3 * mm)
        self.c.line(rect.x * mm, y_of(rect.bottom), rect.right * mm, y_of(rect.bottom))

    def signer_label(self, blank_hint: str = "") -> None:
        """ "Naam:", and for a signer who writes their own name a line with a hint."""
        rect = self.page.fields["signer_name"].rect
        self.text(MARGIN_LEFT, rect.bottom - 1.5, WORDS["name"], BOLD, 10)
        if blank_hint:
            self.c.setLineWidth(0.3 * mm)
            self.c.line(rect.x * mm, y_of(rect.bottom), rect.right * mm, y_of(rect.bottom))
            self.text(rect.x, rect.bottom + 3.2, f"({blank_hint})", REGULAR, 7.5, GREY)

    def signer_name(self, name: str, role_text: str) -> float:
        """The signer's name on the line; their role after it, or under it if it is long.

        Returns the lowest baseline used (mm)."""
        rect = self.page.fields["signer_name"].rect
        baseline = rect.bottom - 1.5
        role = f"({role_text})" if role_text else ""
        role_width = stringWidth(role, REGULAR, 9) / mm + 3 if role else 0
        text, face, size = fit_text(name, BOLD, 11, rect.w)
        name_width = stringWidth(text, face, size) / mm
        self.text(rect.x, baseline, text, face, size)
        if not role:
            return baseline
        if name_width + role_width <= rect.w:
            self.text(rect.x + name_width + 3, baseline, role, REGULAR, 9)
            return baseline
        self.text(rect.x, rect.bottom + 3.2, role, REGULAR, 7.5, GREY)
        return rect.bottom + 3.2

    def signature(self, label_above: bool = False) -> None:
        """The signature box, its label left of it or just above it."""
        rect = self.page.fields["signature"].rect
        if label_above:
            self.text(rect.x, rect.y - 1.8, WORDS["signature"], BOLD, 10)
        else:
            self.text(MARGIN_LEFT, rect.y + 5, WORDS["signature"], BOLD, 10)
        self.box(rect, 0.4)
