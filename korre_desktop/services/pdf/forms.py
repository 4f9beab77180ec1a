"""Pre-filled paper forms: the media-consent form and the protocol signature sheet.

Every page carries four corner markers, a QR code (level H) with the form instance's
opaque payload, and the human-readable code beside it; every box is drawn from the
``FormLayout`` that is stored with the form, so a returned page can be read back.

The printed text is Dutch and made without Qt, so it is not Qt-translated: all Dutch
words of these forms are in ``WORDS``, ``MEDIA_WORDS`` and ``CHANNEL_WORDS`` below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.form_codes import QrPayload, display_code
from korre_desktop.services.pdf.fonts import (
    BOLD,
    CONDENSED,
    CONDENSED_BOLD,
    REGULAR,
    register_fonts,
)
from korre_desktop.services.pdf.form_layout import (
    BOX_STROKE,
    CONTENT_W,
    GRID_HEAD_ANSWER,
    GRID_HEAD_MEDIA,
    GRID_ROW,
    GROUP_W,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_H,
    TEXT_RIGHT_LIMIT,
    FormLayout,
    PageLayout,
    Rect,
)
from korre_desktop.services.pdf.qr import draw_qr
from korre_desktop.services.progress import NO_PROGRESS, Progress

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
    "intro_guardian": (
        "Op school maken we soms foto's, filmpjes en geluidsopnamen, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Wij vragen u als ouder of verzorger of wij opnamen "
        "waarop uw kind te zien of te horen is mogen gebruiken, en waarvoor. U kunt per "
        "soort opname en per plek apart ja of nee zeggen."
    ),
    "intro_student": (
        "Op school maken we soms foto's, filmpjes en geluidsopnamen, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Omdat je 16 jaar of ouder bent, vragen we jou zelf of "
        "we opnamen waarop je te zien of te horen bent mogen gebruiken, en waarvoor. Je kunt "
        "per soort opname en per plek apart ja of nee zeggen."
    ),
    "intro_employee": (
        "Op school worden foto's, filmpjes en geluidsopnamen gemaakt, bijvoorbeeld bij "
        "activiteiten en uitstapjes. Wij vragen u of opnamen waarop u te zien of te horen "
        "bent gebruikt mogen worden, en waarvoor. U kunt per soort opname en per plek apart "
        "ja of nee zeggen."
    ),
    "instruction": "Zet bij elke soort opname per regel een kruisje in ja of nee.",
    "blank_is_no": (
        "Een leeg of onduidelijk ingevuld vakje telt als nee. U kunt uw keuze altijd "
        "wijzigen of intrekken bij de administratie van de school."
    ),
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
    "page": "blad {page} van {pages}",
    "code_note": "Formuliercode {code}",
}
MEDIA_WORDS = {"foto": "Foto", "film": "Film", "geluid": "Geluid"}
CHANNEL_WORDS = {
    "schoolgids": "Schoolgids en brochures",
    "website": "Website van de school",
    "nieuwsbrief": "Nieuwsbrief",
    "socialmedia_school": "Sociale media van de school",
    "ouderportaal": "Besloten ouderportaal of schoolapp",
    "socialmedia_persoonlijk": "Eigen sociale media van medewerkers",
}
ROLE_WORDS = {
    "guardian": WORDS["role_guardian"],
    "student": WORDS["role_student"],
    "employee": WORDS["role_employee"],
}
GREY = Color(0.35, 0.35, 0.35)
FOOTER_BASELINE = 273.0  # mm, between the bottom corner markers
CLASS_W = 45.0  # mm for the class name before "School:"
LIGHT_LINE = Color(0.6, 0.6, 0.6)
HEAD_FILL = Color(0.9, 0.9, 0.9)


@dataclass(frozen=True)
class Sheet:
    """One printed form (one page): whom it is for and what it prints. No geometry."""

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
    signer_role: str = ""  # "guardian", "student" or "employee"
    signer_name: str = ""  # empty: the guardian writes their name by hand
    form_label: str = ""
    # protocol sheets
    protocol_title: str = ""
    protocol_label: str = ""
    protocol_effective: date | None = None

    def payload(self, page: int = 1) -> str:
        return QrPayload(self.code, page, self.kind, self.template_version).encode()


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
        for page in sheet.layout.pages:
            _Page(canvas, sheet, page).draw(statics)
            canvas.showPage()
            pages += 1
    canvas.save()
    progress.step(total, total, "forms")
    return pages


def consent_title(page: PageLayout) -> str:
    """ "Toestemming voor foto, film en geluid", naming only the media the form asks about."""
    media = [MEDIA_WORDS[m].lower() for m in (page.grid.media if page.grid else ())]
    if len(media) > 1:
        media = [", ".join(media[:-1]) + " en " + media[-1]]
    return WORDS["consent_title"].format(media=media[0] if media else "")


def _y(top_mm: float) -> float:
    """A distance from the page's top in mm as reportlab's y (points from the bottom)."""
    return (PAGE_H - top_mm) * mm


_CONDENSED = {REGULAR: CONDENSED, BOLD: CONDENSED_BOLD}


def fit_text(
    text: str, font: str, size: float, width_mm: float, smallest: float = 7.0
) -> tuple[str, str, float]:
    """(text, font, size) so ``text`` fits ``width_mm``: slightly smaller type first, then
    the condensed face down to ``smallest``, and only then cut with "…"."""
    width = width_mm * mm
    condensed = _CONDENSED.get(font, font)
    tries = [(font, size - 0.25 * step) for step in range(int(size * 0.15 / 0.25) + 1)]
    tries += [(condensed, size - 0.25 * step) for step in range(int((size - smallest) / 0.25) + 1)]
    for face, face_size in tries:
        if stringWidth(text, face, face_size) <= width:
            return text, face, face_size
    while text and stringWidth(text + "…", condensed, smallest) > width:
        text = text[:-1]
    return text.rstrip() + "…", condensed, smallest


def wrap_lines(
    text: str, font: str, size: float, width_mm: float, most: int
) -> tuple[list[str], float]:
    """(lines, size): ``text`` wrapped in at most ``most`` lines, in smaller type if needed
    (down to three quarters), and the last line cut with "…" as a last resort."""
    width = width_mm * mm
    face_size = size
    while True:
        lines = simpleSplit(text, font, face_size, width)
        if len(lines) <= most or face_size <= size * 0.75:
            break
        face_size -= 0.5
    if len(lines) > most:
        last = " ".join(lines[most - 1 :])
        while last and stringWidth(last + "…", font, face_size) > width:
            last = last[:-1]
        lines = [*lines[: most - 1], last.rstrip() + "…"]
    return lines, face_size


class _Page:
    """Draws one page: the parts shared by many forms once (as a PDF form XObject, reused
    by every page with the same key), then what is particular to this form."""

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
            sheet.protocol_title,
            sheet.protocol_label,
            sheet.protocol_effective,
        )

    def draw(self, statics: dict[tuple, str]) -> None:
        key = self.static_key()
        name = statics.get(key)
        if name is None:
            name = f"FormStatic{len(statics)}"
            self.c.beginForm(name)
            self.reset()
            self.static_parts()
            self.c.endForm()
            statics[key] = name
        self.c.doForm(name)
        self.reset()
        self.variable_parts()

    def reset(self) -> None:
        self.c.setFillColor(black)
        self.c.setStrokeColor(black)

    def static_parts(self) -> None:
        self.furniture()
        if self.sheet.kind == "consent":
            self.consent()
        else:
            self.protocol()

    def variable_parts(self) -> None:
        """The QR code, the codes and the names: different on every form."""
        sheet = self.sheet
        qr = self.page.qr
        draw_qr(self.c, sheet.payload(self.page.number), qr.x * mm, _y(qr.bottom), qr.w * mm)
        code = self.page.code_text
        self.c.setFont(BOLD, 10)
        self.c.drawCentredString(
            code.centre[0] * mm, _y(code.bottom - 1.2), display_code(sheet.code)
        )
        footer_left = MARGIN_LEFT + stringWidth(WORDS["return"], REGULAR, 8) / mm + 2.5
        note = WORDS["code_note"].format(code=display_code(sheet.code))
        self.text(footer_left, FOOTER_BASELINE, note, REGULAR, 8, GREY)
        if sheet.kind == "consent":
            name_rect = self.page.fields["person_name"].rect
            self.person_values(name_rect.bottom - 1.5, name_rect.x)
            if sheet.signer_name:
                self.signer_name(sheet.signer_name, ROLE_WORDS.get(sheet.signer_role, ""))
        else:
            role = WORDS["role_student" if sheet.person_kind == "student" else "role_employee"]
            lowest = self.signer_name(sheet.person_name, role)
            rect = self.page.fields["signer_name"].rect
            detail = ""
            if sheet.person_kind == "student" and sheet.class_name:
                detail = f"{WORDS['class']} {sheet.class_name}   {WORDS['school']} {sheet.school}"
            elif sheet.school:
                detail = f"{WORDS['school']} {sheet.school}"
            if detail:
                self.fitted(
                    rect.x, max(lowest, rect.bottom) + 4.5, detail, rect.w, REGULAR, 9, GREY
                )

    # -- shared --------------------------------------------------------------------------

    def text(self, x: float, baseline: float, text: str, font=REGULAR, size=9.5, colour=black):
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        self.c.drawString(x * mm, _y(baseline), text)
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

    def paragraph(self, x: float, baseline: float, text: str, width: float, size=9.5) -> float:
        """Wrapped text; returns the baseline after the last line (mm)."""
        leading = size * 1.3 / mm
        for line in simpleSplit(text, REGULAR, size, width * mm):
            self.text(x, baseline, line, REGULAR, size)
            baseline += leading
        return baseline

    def box(self, rect: Rect, stroke: float = BOX_STROKE) -> None:
        """A box whose outer edge is ``rect``; the line lies inside it."""
        inset = stroke / 2
        self.c.setLineWidth(stroke * mm)
        self.c.rect(
            (rect.x + inset) * mm,
            _y(rect.bottom - inset),
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
            c.rect(rect.x * mm, _y(rect.bottom), rect.w * mm, rect.h * mm, stroke=0, fill=1)
        code = self.page.code_text
        c.setFont(REGULAR, 7.5)
        c.drawCentredString(
            code.centre[0] * mm,
            _y(code.bottom + 2.6),
            WORDS["page"].format(page=self.page.number, pages=self.pages),
        )
        title = consent_title(self.page) if sheet.kind == "consent" else WORDS["protocol_title"]
        width = TEXT_RIGHT_LIMIT - MARGIN_LEFT
        self.fitted(MARGIN_LEFT, 20.0, sheet.foundation, width, BOLD, 9.5)
        self.fitted(MARGIN_LEFT, 28.5, title, width, BOLD, 15)
        sub = WORDS["printed_on"].format(day=format_dutch_date(sheet.printed_on))
        if sheet.kind == "consent" and sheet.form_label:
            sub = f"{WORDS['form_version'].format(label=sheet.form_label)} · {sub}"
        self.fitted(MARGIN_LEFT, 34.5, sub, width, REGULAR, 8.5, GREY)
        self.text(MARGIN_LEFT, FOOTER_BASELINE, WORDS["return"], REGULAR, 8, GREY)

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
        self.c.line(rect.x * mm, _y(rect.bottom), rect.right * mm, _y(rect.bottom))

    def signer_label(self, blank_hint: str = "") -> None:
        """ "Naam:", and for a signer who writes their own name a line with a hint."""
        rect = self.page.fields["signer_name"].rect
        self.text(MARGIN_LEFT, rect.bottom - 1.5, WORDS["name"], BOLD, 10)
        if blank_hint:
            self.c.setLineWidth(0.3 * mm)
            self.c.line(rect.x * mm, _y(rect.bottom), rect.right * mm, _y(rect.bottom))
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

    def signature(self) -> None:
        rect = self.page.fields["signature"].rect
        self.text(MARGIN_LEFT, rect.y + 5, WORDS["signature"], BOLD, 10)
        self.box(rect, 0.4)

    # -- the consent form ----------------------------------------------------------------

    def consent(self) -> None:
        sheet = self.sheet
        name_rect = self.page.fields["person_name"].rect
        self.person_labels(name_rect.bottom - 1.5, name_rect.x)
        intro = WORDS[
            {"guardian": "intro_guardian", "student": "intro_student"}.get(
                sheet.signer_role, "intro_employee"
            )
        ]
        grid = self.page.grid
        assert grid is not None
        self.paragraph(MARGIN_LEFT, name_rect.bottom - 1.5 + 15.0, intro, CONTENT_W, 9.5)
        self.text(MARGIN_LEFT, grid.top - 3.5, WORDS["instruction"], BOLD, 10.5)
        self.grid()
        self.paragraph(MARGIN_LEFT, grid.bottom + 5.5, WORDS["blank_is_no"], CONTENT_W, 8.5)
        signing_top = self.page.fields["signer_name"].rect.y
        self.text(MARGIN_LEFT, signing_top - 3.0, WORDS["signing"], BOLD, 11)
        self.signer_label("" if sheet.signer_name else WORDS["role_guardian_blank"])
        self.line_field("place", WORDS["place"])
        date_rect = self.page.fields["date"].rect
        self.line_field("date", WORDS["date"], date_rect.x - 17)
        self.signature()

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
            _y(head_bottom),
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
            c.drawCentredString((group + GROUP_W / 2) * mm, _y(grid.top + 5.0), MEDIA_WORDS[medium])
            c.setFont(REGULAR, 9)
            for answer, word in (("yes", WORDS["yes"]), ("no", WORDS["no"])):
                box = grid.box(medium, grid.channels[0], answer)
                c.drawCentredString(box.centre[0] * mm, _y(grid.top + GRID_HEAD_MEDIA + 4.3), word)
        # row lines and labels
        c.setStrokeColor(LIGHT_LINE)
        c.setLineWidth(0.25 * mm)
        for channel in grid.channels:
            top = grid.row_top(channel)
            c.line(left * mm, _y(top + GRID_ROW), right * mm, _y(top + GRID_ROW))
        c.setStrokeColor(black)
        for channel in grid.channels:
            top = grid.row_top(channel)
            size = 9.5
            lines = simpleSplit(
                CHANNEL_WORDS[channel], CONDENSED_BOLD, size, (grid.label_w - 3) * mm
            )[:2]
            first = top + GRID_ROW / 2 + 1.3 - (len(lines) - 1) * size * 0.6 / mm
            for number, line in enumerate(lines):
                self.text(left + 1.5, first + number * size * 1.2 / mm, line, CONDENSED_BOLD, size)
        # the tick boxes; a medium that this form does not ask about on a channel: a dash
        for medium in grid.media:
            for channel in grid.channels:
                code = f"{medium}_{channel}"
                boxes = self.page.items.get(code)
                if boxes is None:
                    centre_x = grid.group_left(medium) + GROUP_W / 2
                    self.c.setFont(REGULAR, 10)
                    self.c.drawCentredString(
                        centre_x * mm, _y(grid.row_top(channel) + 7), WORDS["not_asked"]
                    )
                    continue
                for rect in boxes.values():
                    self.box(rect)
        # the frame: vertical lines between the groups, a heavier outline
        c.setLineWidth(0.3 * mm)
        for medium in grid.media:
            x = grid.group_left(medium)
            c.line(x * mm, _y(grid.top), x * mm, _y(grid.bottom))
        c.line(left * mm, _y(head_bottom), right * mm, _y(head_bottom))
        c.setLineWidth(0.5 * mm)
        c.rect(
            left * mm,
            _y(grid.bottom),
            grid.width * mm,
            (grid.bottom - grid.top) * mm,
            stroke=1,
            fill=0,
        )
        c.setFillColor(black)

    # -- the protocol sheet --------------------------------------------------------------

    def protocol(self) -> None:
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
