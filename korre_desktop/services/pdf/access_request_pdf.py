"""The access request's readable document (``inzage.pdf``): everything kept about one
person, in Dutch, for the parents or the employee who asked (AVG art. 15).

Unlike the lists (``layout.TableReport``: one table per page) this is a flowing document
of short sections, tables and the evidence images, laid out with reportlab's platypus.
The furniture is the lists' own: the same fonts, the footer with the generated-at time,
"Vertrouwelijk" and "pagina 2 van 5" (``layout.WORDS``). Every printed word is
in ``access_request_words`` (not Qt-translated, like the other PDFs); the channels' names
come from the consent form versions (``access_request``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from korre_desktop.domain.consent_items import MEDIA
from korre_desktop.services.access_request import (
    OMITTED_ACCESS_LOG,
    OMITTED_AUTHORISATIONS,
    OMITTED_CHANGES,
    OMITTED_DOSSIER,
    AccessReport,
    Change,
    Statement,
)
from korre_desktop.services.pdf.access_request_words import (
    ACCESS_ACTIONS,
    ACCESS_WHAT,
    AUDIENCES,
    CHANGE_ACTIONS,
    EMPLOYMENT,
    FIELD_WORDS,
    PLATFORMS,
    PURPOSE_WORDS,
    RECIPIENT_WORDS,
    RETENTION_WORDS,
    SCOPES,
    SIGNER_ROLES,
    SOURCE_LIST_WORDS,
    SOURCE_WORDS,
    TABLE_WORDS,
    WORDS,
)
from korre_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts
from korre_desktop.services.pdf.layout import (
    GREY_FILL,
    GREY_LINE,
    GREY_TEXT,
    dutch_long_date,
    dutch_short_date,
    dutch_timestamp,
)
from korre_desktop.services.pdf.layout import WORDS as LIST_WORDS

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
IMAGE_WIDTH = 95 * mm
IMAGE_HEIGHT = 95 * mm
# Fields the PDF leaves out of the personal data (the database's own numbers).
_INTERNAL = frozenset({"id", "school_id"})


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=BOLD, fontSize=11.5, leading=15),
        "heading": ParagraphStyle(
            "heading", fontName=BOLD, fontSize=12, leading=15, spaceBefore=9, spaceAfter=4
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8, leading=10
        ),
        "grey": ParagraphStyle("grey", parent=body, fontSize=8, leading=10, textColor=GREY_TEXT),
    }


class _Numbered(Canvas):
    """Draws the footer once the page count is known ("pagina 2 van 5")."""

    generated_at: datetime = datetime(2000, 1, 1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        y = 9 * mm
        self.setStrokeColor(GREY_LINE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 4.5 * mm, A4[0] - MARGIN, y + 4.5 * mm)
        self.setFillColor(GREY_TEXT)
        self.setFont(REGULAR, 7)
        made = LIST_WORDS["generated"].format(when=dutch_timestamp(self.generated_at))
        self.drawString(MARGIN, y + 1.5 * mm, f"{made} · {LIST_WORDS['confidential']}")
        self.setFont(BOLD, 8.5)
        self.drawRightString(
            A4[0] - MARGIN,
            y + 1.5 * mm,
            LIST_WORDS["page"].format(page=self._pageNumber, pages=total),
        )


def _day(text: str | None) -> str:
    """ "2026-11-24" (or a moment "2026-11-24T10:00:00") as "24-11-2026"; "" for none."""
    if not text:
        return ""
    try:
        return dutch_short_date(date.fromisoformat(str(text)[:10]))
    except ValueError:
        return str(text)


def _moment(text: str) -> str:
    """A stored moment as "24-11-2026 om 14:03" in this PC's time (UTC when it ends in Z)."""
    try:
        if text.endswith("Z"):
            moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            return dutch_timestamp(moment.astimezone().replace(tzinfo=None))
        return dutch_timestamp(datetime.fromisoformat(text))
    except ValueError:
        return text


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if key.endswith("_date") or key in ("valid_from", "valid_until", "withdrawn_on"):
        return _day(str(value))
    if key == "created_at":
        return _moment(str(value))
    if key == "employment_type":
        return EMPLOYMENT.get(str(value), str(value))
    if isinstance(value, bool) or key == "parental_authority":
        return WORDS["yes"] if value else WORDS["no"]
    return str(value)


class _Writer:
    def __init__(self, report: AccessReport, images: Mapping[str, bytes]) -> None:
        self.report = report
        self.images = images
        self.styles = _styles()
        self.story: list[Any] = []
        self.section = 0
        self._heading: Paragraph | None = None

    # -- building blocks -------------------------------------------------------------------

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def add(self, flowable: Any) -> None:
        """Append to the story; a heading stays on the page of what follows it."""
        if self._heading is not None:
            flowable = KeepTogether([self._heading, flowable])
            self._heading = None
        self.story.append(flowable)

    def heading(self, title: str) -> None:
        self.section += 1
        self._heading = self.p(f"{self.section}. {title}", "heading")

    def text(self, text: str, style: str = "body") -> None:
        self.add(self.p(text, style))

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        if not rows:
            self.text(WORDS["none"])
            return
        cells = [[self.p(h, "cell_bold") for h in header]]
        cells += [[self.p(str(value), "cell") for value in row] for row in rows]
        total = sum(widths)
        table = Table(cells, colWidths=[WIDTH * w / total for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), GREY_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY_LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.add(table)

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        cells = [[self.p(key, "cell_bold"), self.p(value, "cell")] for key, value in rows]
        table = Table(cells, colWidths=[WIDTH * 0.3, WIDTH * 0.7])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY_LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.add(table)

    def omitted(self) -> None:
        self.text(WORDS["omitted"], "grey")

    def image(self, name: str | None) -> list[Any]:
        """The evidence: the picture itself, or where the file is."""
        if not name:
            return [self.p(WORDS["no_evidence"], "grey")]
        data = self.images.get(name)
        if data:
            try:
                with PILImage.open(io.BytesIO(data)) as picture:
                    width, height = picture.size
                scale = min(IMAGE_WIDTH / width, IMAGE_HEIGHT / height)
                shown = Image(io.BytesIO(data), width * scale, height * scale)
                framed = Table([[shown]], hAlign="LEFT")  # a white page shows its edge
                framed.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GREY_LINE)]))
                caption = self.p(WORDS["evidence"].format(file=name), "grey")
                return [KeepTogether([caption, framed])]
            except (OSError, ValueError, ZeroDivisionError):
                pass  # not a picture PIL reads: named below, as a file
        return [self.p(WORDS["evidence_file"].format(file=name), "grey")]

    # -- sections --------------------------------------------------------------------------

    def build(self) -> list[Any]:
        report = self.report
        subtitle = WORDS[f"subtitle_{report.kind}"].format(name=report.name, number=report.number)
        who = WORDS[f"who_{report.kind}"].format(name=report.name)
        self.text(WORDS["title"], "title")
        self.text(subtitle, "subtitle")
        self.story.append(Spacer(1, 3 * mm))
        self.text(WORDS["intro"].format(who=who))
        made = date.fromisoformat(report.made_on)
        self.text(WORDS["made"].format(day=dutch_long_date(made), login=report.made_by), "grey")
        self.personal()
        if report.kind == "student":
            self.student_links()
        else:
            self.employee_links()
        self.statements()
        self.signatures()
        self.authorisations()
        if report.kind == "employee":
            self.press_reports()
            self.dossier()
        self.changes()
        self.access_log()
        self.purposes()
        return self.story

    def personal(self) -> None:
        self.heading(WORDS["personal"])
        rows = [
            (FIELD_WORDS.get(key, key), _value(key, value))
            for key, value in self.report.person.items()
            if key not in _INTERNAL
        ]
        schools = ", ".join(self.report.schools)
        after_names = [key for key in self.report.person if key not in _INTERNAL].index(
            "achternaam"
        )
        rows.insert(
            after_names + 1,
            (WORDS["schools" if len(self.report.schools) > 1 else "school"], schools or "–"),
        )
        self.pairs(rows)

    def student_links(self) -> None:
        report = self.report
        self.heading(WORDS["guardians"])
        self.table(
            [WORDS["name"], WORDS["relation"], WORDS["authority"], WORDS["email"], WORDS["phone"]],
            [
                [
                    g["name"],
                    g["relation"] or "–",
                    WORDS["yes"] if g["parental_authority"] else WORDS["no"],
                    g["email"] or "–",
                    g["phone"] or "–",
                ]
                for g in report.guardians
            ],
            [30, 14, 12, 30, 16],
        )
        self.heading(WORDS["classes"])
        self.table(
            [WORDS["school_year"], WORDS["class"], WORDS["school"], WORDS["from"], WORDS["until"]],
            [
                [
                    e["school_year"],
                    e["class_name"],
                    e["school"],
                    _day(e["start_date"]) or "–",
                    _day(e["end_date"]) or "–",
                ]
                for e in report.enrolments
            ],
            [16, 16, 36, 14, 14],
        )
        self.heading(WORDS["trip_groups"])
        self.table(
            [WORDS["name"], WORDS["date"], WORDS["school"]],
            [
                [g["name"], _day(g["trip_date"]), g["school"] or WORDS["foundation"]]
                for g in report.trip_groups
            ],
            [40, 16, 40],
        )

    def employee_links(self) -> None:
        report = self.report
        self.heading(WORDS["classes_taught"])
        self.table(
            [WORDS["school_year"], WORDS["class"], WORDS["school"]],
            [[c["school_year"], c["class"], c["school"]] for c in report.classes_taught],
            [20, 30, 50],
        )

    def statements(self) -> None:
        self.heading(WORDS["statements"])
        if not self.report.statements:
            self.text(WORDS["none"])
        for statement in self.report.statements:
            parts = self.statement(statement)
            self.add(KeepTogether(parts[:-1]))  # the lines with their answers
            self.add(parts[-1])  # the evidence (a picture may go to the next page)
            self.add(Spacer(1, 4 * mm))

    def statement(self, statement: Statement) -> list[Any]:
        role = SIGNER_ROLES.get(statement.signer_role, statement.signer_role)
        if statement.signer_role == "student" and self.report.kind == "student":
            name = self.report.name
        else:
            name = statement.signer_name or self.report.name
        lines = [
            WORDS["signed_by"].format(
                day=_day(statement.signed_date),
                name=name,
                role=role,
                form=statement.form_version,
                source=SOURCE_WORDS.get(statement.source, statement.source),
            )
        ]
        if not statement.counts:
            lines.append(WORDS["not_counting"])
        if statement.note:
            lines.append(WORDS["note"].format(note=statement.note))
        lines.append(
            WORDS["entered"].format(by=statement.entered_by, at=_moment(statement.entered_at))
        )
        head = self.p(lines[0], "cell_bold")
        rest = [self.p(line, "grey") for line in lines[1:]]
        evidence = self.image(statement.evidence)
        return [head, *rest, self.answers(statement), *evidence]

    def answers(self, statement: Statement) -> Table:
        channels: dict[str, str] = {}
        answers: dict[tuple[str, str], bool | None] = {}
        for answer in statement.answers:
            channels.setdefault(answer.channel, answer.channel_label)
            answers[(answer.medium, answer.channel)] = answer.answer
        media = [m for m in MEDIA if any(a.medium == m for a in statement.answers)]

        def word(medium: str, channel: str) -> str:
            if (medium, channel) not in answers:
                return WORDS["not_asked"]
            value = answers[(medium, channel)]
            return (
                WORDS["yes"] if value is True else WORDS["no"] if value is False else WORDS["blank"]
            )

        cells = [
            [self.p(WORDS["channel"], "cell_bold")] + [self.p(WORDS[m], "cell_bold") for m in media]
        ]
        cells += [
            [self.p(label, "cell")] + [self.p(word(m, code), "cell") for m in media]
            for code, label in channels.items()
        ]
        widths = [WIDTH * 0.46] + [WIDTH * 0.54 / max(len(media), 1)] * len(media)
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), GREY_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY_LINE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def signatures(self) -> None:
        self.heading(WORDS["signatures"])
        self.table(
            [
                WORDS["version"],
                WORDS["audience"],
                WORDS["signed_on"],
                WORDS["place"],
                WORDS["source"],
                WORDS["evidence_column"],
            ],
            [
                [
                    s.version,
                    AUDIENCES.get(s.audience, s.audience),
                    _day(s.signed_date),
                    s.place or "–",
                    SOURCE_WORDS.get(s.source, s.source),
                    s.evidence or "–",
                ]
                for s in self.report.signatures
            ],
            [12, 14, 14, 16, 24, 22],
        )
        for s in self.report.signatures:
            if s.evidence and s.evidence in self.images:
                for part in self.image(s.evidence):
                    self.add(part)

    def authorisations(self) -> None:
        self.heading(WORDS["authorisations"])
        if OMITTED_AUTHORISATIONS in self.report.omitted:
            self.omitted()
            return
        rows = []
        for a in self.report.authorisations:
            if a.account:
                what = f"{PLATFORMS.get(a.platform, a.platform)}: {a.account}"
            else:
                what = (a.school if a.scope == "school" else "") or SCOPES.get(a.scope, a.scope)
            valid = (
                f"{_day(a.valid_from)} – {_day(a.valid_until)}"
                if a.valid_until
                else _day(a.valid_from)
            )
            withdrawn = _day(a.withdrawn_on) if a.withdrawn_on else "–"
            if a.withdrawal_note:
                withdrawn += f" ({a.withdrawal_note})"
            rows.append(
                [
                    what,
                    valid,
                    f"{a.granted_by} ({a.granted_by_function})",
                    withdrawn,
                    a.evidence or "–",
                ]
            )
        self.table(
            [
                WORDS["what_for"],
                WORDS["valid"],
                WORDS["granted_by"],
                WORDS["withdrawn"],
                WORDS["evidence_column"],
            ],
            rows,
            [26, 18, 24, 16, 18],
        )

    def press_reports(self) -> None:
        self.heading(WORDS["press_reports"])
        self.table(
            [
                WORDS["date"],
                WORDS["medium"],
                WORDS["subject"],
                WORDS["what"],
                WORDS["evidence_column"],
            ],
            [
                [
                    _day(r.report_date),
                    r.medium,
                    r.subject + (f" ({r.note})" if r.note else ""),
                    WORDS[r.role]
                    + (
                        f": {r.employee}"
                        if r.role == "reported_to"
                        else f", gemeld aan {r.reported_to}"
                    ),
                    r.evidence or "–",
                ]
                for r in self.report.press_reports
            ],
            [12, 18, 30, 24, 16],
        )

    def dossier(self) -> None:
        self.heading(WORDS["dossier"])
        if OMITTED_DOSSIER in self.report.omitted:
            self.omitted()
            return
        rows = []
        for d in self.report.dossier:
            subject = d.subject + (f" ({d.note})" if d.note else "")
            marks = [WORDS["correction"]] if d.corrects_earlier else []
            marks += [WORDS["corrected"]] if d.corrected_later else []
            if marks:
                subject += f" [{', '.join(marks)}]"
            rows.append(
                [
                    _day(d.entry_date),
                    WORDS.get(d.direction, d.direction),
                    subject,
                    d.evidence or "–",
                ]
            )
        self.table(
            [WORDS["date"], WORDS["direction"], WORDS["subject"], WORDS["evidence_column"]],
            rows,
            [12, 12, 52, 22],
        )

    def changes(self) -> None:
        self.heading(WORDS["changes"])
        if OMITTED_CHANGES in self.report.omitted:
            self.omitted()
            return
        self.table(
            [WORDS["when"], WORDS["by"], WORDS["what"], WORDS["change"]],
            [
                [_moment(c.at), c.actor, _change_what(c), _change_text(c)]
                for c in self.report.changes
            ],
            [16, 14, 24, 46],
        )

    def access_log(self) -> None:
        self.heading(WORDS["access_log"])
        if OMITTED_ACCESS_LOG in self.report.omitted:
            self.omitted()
            return
        self.table(
            [WORDS["when"], WORDS["by"], WORDS["action"], WORDS["what"], WORDS["people"]],
            [
                [
                    _moment(e.at),
                    e.actor,
                    ACCESS_ACTIONS.get(e.action, e.action),
                    ACCESS_WHAT.get(e.what, e.what)
                    + (f" ({e.scope})" if e.scope and e.what != "evidence" else ""),
                    str(e.people_count),
                ]
                for e in self.report.access_log
            ],
            [18, 14, 18, 37, 13],
        )

    def purposes(self) -> None:
        report = self.report
        self.heading(WORDS["purposes"])
        for code in report.purposes:
            self.text(f"• {PURPOSE_WORDS.get(code, code)}")
        self.heading(WORDS["recipients"])
        for code in report.recipients:
            self.text(f"• {RECIPIENT_WORDS.get(code, code)}")
        self.heading(WORDS["sources"])
        for code in report.sources:
            self.text(f"• {SOURCE_LIST_WORDS.get(code, code)}")
        self.heading(WORDS["retention"])
        rows = []
        for rule in report.retention:
            unit = WORDS[rule.unit].format(n=rule.period)
            until = _day(rule.kept_until) if rule.kept_until else WORDS["while_there"]
            if rule.unit == "days":
                until = "–"
            rows.append([RETENTION_WORDS.get(rule.category, rule.category), unit, until])
        self.table([WORDS["data"], WORDS["period"], WORDS["kept_until"]], rows, [50, 22, 28])
        self.heading(WORDS["rights"])
        self.text(WORDS["rights_text"])


def _change_what(change: Change) -> str:
    table = TABLE_WORDS.get(change.table, change.table)
    action = CHANGE_ACTIONS.get(change.action, change.action)
    about = f": {change.about}" if change.about else ""
    return f"{table} {action}{about}"


def _field_value(name: str, value: Any) -> str:
    if name == "answers" and isinstance(value, list) and len(value) == 3:
        yes, no, blank = value
        return f"{yes} ja, {no} nee, {blank} leeg"
    if name == "signer" and isinstance(value, list) and len(value) == 2:
        who, role = value
        return f"{who} ({SIGNER_ROLES.get(role, role)})" if who else SIGNER_ROLES.get(role, role)
    return _value(name, value)


def _change_text(change: Change) -> str:
    parts = []
    for item in change.fields:
        label = FIELD_WORDS.get(item.field, item.field)
        if change.action == "update":
            before = _field_value(item.field, item.before)
            parts.append(f"{label}: {before} → {_field_value(item.field, item.after)}")
        else:
            parts.append(f"{label}: {_field_value(item.field, item.after)}")
    if change.source:
        parts.append(SOURCE_WORDS.get(change.source, change.source))
    return "; ".join(parts) or "–"


def access_request_pdf(
    report: AccessReport, images: Mapping[str, bytes], generated_at: datetime
) -> tuple[bytes, int]:
    """The document as PDF bytes and its number of pages; ``images`` are the evidence
    pictures by their name in the ZIP (shown under their statement or signature)."""
    buffer = io.BytesIO()
    title = f"{WORDS['title']}: {report.name}"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=LIST_WORDS["foundation"],
        creator="Korre Desktop",
    )
    story = _Writer(report, images).build()

    class Numbered(_Numbered):
        pass

    Numbered.generated_at = generated_at
    document.build(story, canvasmaker=Numbered)
    data = buffer.getvalue()
    return data, _page_count(data)


def _page_count(data: bytes) -> int:
    from korre_desktop.services.pdf.raster import pdf_page_count

    return pdf_page_count(data)
