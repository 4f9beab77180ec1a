"""The no-photo list: for a class, a school or a trip group, who may not be photographed,
filmed or recorded on a given date, and on which channels the others may be shown.

Per student and medium (photo, film, audio) the verdict comes from the effective consent
statuses of ``services.status.student_statuses_on``: only ``granted`` allows use.
Allowed on every channel, on some channels (named), or on none: then the row gets a
heavy black bar and an inverted label (GEEN FOTO / GEEN FILM / GEEN GELUID) that cannot
be missed in black-and-white print, with the reason in small print.

The items, media and channels are those of the consent form versions in force on the
list's date (older versions' items too: statements on them still count); the channels
are named as the versions word them, in a short form in the table (``channel_names``).

The PDF is Dutch, for Dutch teachers. It is made without Qt and so not Qt-translated:
every printed word is in ``WORDS`` below; the channels' names come from the versions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import MEDIA, split_item_code
from korre_desktop.services import access_log
from korre_desktop.services.atomic_file import atomic_binary_file_write
from korre_desktop.services.pdf.channel_names import ChannelNames, channel_names
from korre_desktop.services.pdf.layout import (
    BOLD,
    CELL_PAD,
    CONDENSED,
    CONDENSED_BOLD,
    CONTENT_WIDTH,
    REGULAR,
    Column,
    DocumentInfo,
    Legend,
    NoteRow,
    Section,
    TableReport,
    draw_label,
    label_width,
    wrap,
)
from korre_desktop.services.pdf.selection import (
    Part,
    SchoolSelection,
    Selection,
    resolve,
    student_ids,
)
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import PersonStatus, load_settings, student_statuses_on
from korre_desktop.store import Store

# Everything printed, in Dutch (not Qt-translated: see the module docstring).
WORDS = {
    "title": "Lijst ‘geen foto’",
    "name": "Naam",
    "class": "Klas",
    "foto": "Foto",
    "film": "Film",
    "geluid": "Geluid",
    "none_foto": "GEEN FOTO",
    "none_film": "GEEN FILM",
    "none_geluid": "GEEN GELUID",
    "everywhere": "✓ alle kanalen",
    "only": "alleen:",
    "students": "{count} leerlingen",
    "one_student": "1 leerling",
    "count_none": "{count} × {label}",
    "nobody": "Geen leerlingen op de lijst op deze datum.",
    "not_on_list": "Niet op de lijst op {day} (uitgeschreven of niet ingeschreven), "
    "dus niet op deze lijst: {names}.",
    "refused": "geweigerd",
    "conflict": "ouders oneens",
    "expired": "verlopen",
    "no_form": "geen formulier",
    "no_answer": "geen antwoord",
    "legend_none": "= op geen enkel kanaal toestemming: niet fotograferen, filmen of "
    "opnemen. Een zwarte balk links markeert de leerling.",
    "legend_some": "✓ alle kanalen = toestemming voor alle kanalen · alleen: … = alleen op "
    "de genoemde kanalen gebruiken, nergens anders.",
    "legend_reasons": "Waarom niet: geweigerd = nee gezegd of ingetrokken · ouders oneens = "
    "ouders/verzorgers zijn het niet eens · geen formulier = nooit een formulier ontvangen · "
    "geen antwoord = deze vraag is niet beantwoord · verlopen = toestemming geldt niet "
    "meer (het schooljaar of de termijn van het formulier is voorbij).",
    "legend_rule": "Alleen een geldig ‘ja’ telt als toestemming. Bij twijfel: niet gebruiken. "
    "Kanalen: {channels}.",
}
REASON_ORDER = ("refused", "conflict", "expired", "no_form", "no_answer")

# Column widths (points); the name column keeps room for the black bar.
BAR_WIDTH = 2.6 * mm
NAME_WIDTH = 45 * mm
CLASS_WIDTH = 15 * mm


def medium_width(media: Sequence[str]) -> float:
    """The width of each medium's column: the room left by the name and class columns."""
    return (CONTENT_WIDTH - NAME_WIDTH - CLASS_WIDTH) / max(1, len(media))


MEDIUM_WIDTH = medium_width(MEDIA)
NAME_SIZE = 9.0
SMALL_SIZE = 7.4
REASON_SIZE = 6.8
LABEL_SIZE = 8.5


@dataclass(frozen=True)
class MediumVerdict:
    """What one student may for one medium on the date."""

    medium: str
    channels: tuple[str, ...]  # the channels asked for this medium
    allowed: tuple[str, ...]  # the channels with status granted
    reasons: tuple[str, ...]  # why the others are not allowed (keys of WORDS)

    @property
    def everywhere(self) -> bool:
        return bool(self.channels) and len(self.allowed) == len(self.channels)

    @property
    def nowhere(self) -> bool:
        return not self.allowed


def _reason(status: ConsentStatus, has_statements: bool) -> str:
    if status is ConsentStatus.MISSING:
        return "no_answer" if has_statements else "no_form"
    return status.value


def medium_verdicts(
    person: PersonStatus, media: Sequence[str] = MEDIA, names: ChannelNames | None = None
) -> dict[str, MediumVerdict]:
    """The verdict per medium of ``media`` for one student; channels in the order of
    ``names`` (the forms' order), else in the order of the student's items."""
    by_medium: dict[str, list[tuple[str, ConsentStatus]]] = {medium: [] for medium in media}
    for code, status in person.consent.items():
        medium, channel = split_item_code(code)
        if medium in by_medium:
            by_medium[medium].append((channel, status))
    result = {}
    for medium, items in by_medium.items():
        if names is not None:
            items.sort(key=lambda pair: names.sort_key(pair[0]))
        allowed = tuple(c for c, s in items if s is ConsentStatus.GRANTED)
        reasons = {_reason(s, person.has_statements) for _, s in items if not s.allows_use}
        if not items:  # the forms never asked about this medium
            reasons = {"no_answer" if person.has_statements else "no_form"}
        result[medium] = MediumVerdict(
            medium=medium,
            channels=tuple(c for c, _ in items),
            allowed=allowed,
            reasons=tuple(r for r in REASON_ORDER if r in reasons),
        )
    return result


@dataclass
class _Cell:
    verdict: MediumVerdict
    lines: tuple[str, ...] = ()
    height: float = 0.0
    beside: float = 0.0  # > 0: the reason stands right of the label, from this x offset


@dataclass
class StudentRow:
    """One student: name, class and a verdict per medium (a column each)."""

    person: PersonStatus
    verdicts: dict[str, MediumVerdict]
    names: dict[str, str] = field(default_factory=dict)  # channel code -> short name
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.marked = any(v.nowhere for v in self.verdicts.values())
        self._width = medium_width(list(self.verdicts))
        self._name_font = BOLD if self.marked else REGULAR
        self._name_lines = wrap(
            self.person.name, self._name_font, NAME_SIZE, NAME_WIDTH - BAR_WIDTH - 2 * CELL_PAD
        )
        self._class_lines = wrap(
            self.person.class_name, REGULAR, SMALL_SIZE + 0.6, CLASS_WIDTH - 2 * CELL_PAD
        )
        self._cells = [self._cell(verdict) for verdict in self.verdicts.values()]
        heights = [
            len(self._name_lines) * NAME_SIZE * 1.2,
            len(self._class_lines) * (SMALL_SIZE + 0.6) * 1.2,
            *(cell.height for cell in self._cells),
        ]
        self.height = max(heights) + 2 * CELL_PAD + 0.6 * mm

    def _cell(self, verdict: MediumVerdict) -> _Cell:
        inner = self._width - 2 * CELL_PAD
        if verdict.nowhere:
            reasons = ", ".join(WORDS[r] for r in verdict.reasons)
            label_height = LABEL_SIZE + 2.2 * mm
            offset = label_width(WORDS[f"none_{verdict.medium}"], LABEL_SIZE) + 1.2 * mm
            room = inner - offset
            lines = wrap(reasons, CONDENSED, REASON_SIZE, room) if reasons else ()
            words_fit = all(
                stringWidth(word, CONDENSED, REASON_SIZE) <= room for word in reasons.split()
            )
            if len(lines) <= 2 and words_fit:  # beside the label: the row stays low
                return _Cell(verdict, lines, label_height, beside=offset)
            lines = wrap(reasons, CONDENSED, REASON_SIZE, inner)
            height = label_height + 0.8 * mm + len(lines) * REASON_SIZE * 1.15
            return _Cell(verdict, lines, height)
        if verdict.everywhere:
            return _Cell(verdict, (WORDS["everywhere"],), SMALL_SIZE * 1.2)
        channels = ", ".join(self.names.get(c, c) for c in verdict.allowed)
        lines = wrap(f"{WORDS['only']} {channels}", CONDENSED_BOLD, SMALL_SIZE, inner)
        return _Cell(verdict, lines, len(lines) * SMALL_SIZE * 1.2)

    def draw(
        self, canvas: Canvas, lefts: Sequence[float], widths: Sequence[float], top: float
    ) -> None:
        bottom = top - self.height
        if self.marked:
            canvas.setFillColor(black)
            canvas.rect(lefts[0], bottom + 0.4, BAR_WIDTH, self.height - 0.8, stroke=0, fill=1)
        text_top = top - CELL_PAD
        canvas.setFont(self._name_font, NAME_SIZE)
        y = text_top - NAME_SIZE
        for line in self._name_lines:
            canvas.drawString(lefts[0] + BAR_WIDTH + CELL_PAD, y, line)
            y -= NAME_SIZE * 1.2
        size = SMALL_SIZE + 0.6
        canvas.setFont(REGULAR, size)
        y = text_top - NAME_SIZE  # on the name's baseline
        for line in self._class_lines:
            canvas.drawString(lefts[1] + CELL_PAD, y, line)
            y -= size * 1.2
        for cell, left in zip(self._cells, lefts[2:], strict=True):
            self._draw_cell(canvas, cell, left + CELL_PAD, text_top)

    @staticmethod
    def _draw_cell(canvas: Canvas, cell: _Cell, left: float, top: float) -> None:
        verdict = cell.verdict
        if verdict.nowhere:
            _, height = draw_label(canvas, WORDS[f"none_{verdict.medium}"], left, top, LABEL_SIZE)
            canvas.setFont(CONDENSED, REASON_SIZE)
            leading = REASON_SIZE * 1.15
            if cell.beside:
                x = left + cell.beside
                # Centred on the label: one line or two.
                y = top - height / 2 + (len(cell.lines) - 1) * leading / 2 - REASON_SIZE * 0.35
            else:
                x = left
                y = top - height - 0.8 * mm - REASON_SIZE * 0.85
            for line in cell.lines:
                canvas.drawString(x, y, line)
                y -= leading
            return
        y = top - NAME_SIZE  # on the name's baseline
        if verdict.everywhere:
            canvas.setFont(REGULAR, SMALL_SIZE + 0.3)
            canvas.drawString(left, y, cell.lines[0])
            return
        prefix = WORDS["only"]
        for index, line in enumerate(cell.lines):
            if index == 0 and line.startswith(prefix):
                canvas.setFont(CONDENSED_BOLD, SMALL_SIZE)
                canvas.drawString(left, y, prefix)
                canvas.setFont(CONDENSED, SMALL_SIZE)
                canvas.drawString(
                    left + stringWidth(prefix + " ", CONDENSED_BOLD, SMALL_SIZE),
                    y,
                    line[len(prefix) :].lstrip(),
                )
            else:
                canvas.setFont(CONDENSED, SMALL_SIZE)
                canvas.drawString(left, y, line)
            y -= SMALL_SIZE * 1.2


# -- the legend --------------------------------------------------------------------------------

_LEGEND_SIZE = 7.0
_LEGEND_PAD = 1.6 * mm


def _legend_lines(width: float, media: Sequence[str], names: ChannelNames) -> list[tuple[str, ...]]:
    labels_width = sum(
        stringWidth(WORDS[f"none_{m}"], BOLD, _LEGEND_SIZE) + 2 * 1.3 * mm + 1.2 * mm for m in media
    )
    channels = names.legend()
    return [
        wrap(WORDS["legend_none"], REGULAR, _LEGEND_SIZE, width - labels_width),
        wrap(WORDS["legend_some"], REGULAR, _LEGEND_SIZE, width),
        wrap(WORDS["legend_reasons"], REGULAR, _LEGEND_SIZE, width),
        wrap(WORDS["legend_rule"].format(channels=channels), BOLD, _LEGEND_SIZE, width),
    ]


def legend(media: Sequence[str], names: ChannelNames) -> Legend:
    inner = CONTENT_WIDTH - 2 * _LEGEND_PAD
    blocks = _legend_lines(inner, media, names)
    leading = _LEGEND_SIZE * 1.22
    first = max(len(blocks[0]) * leading, _LEGEND_SIZE + 2.2 * mm)
    height = first + sum(len(b) for b in blocks[1:]) * leading + 2 * _LEGEND_PAD + 1.2 * mm

    def draw(canvas: Canvas, left: float, bottom: float, width: float) -> None:
        canvas.setLineWidth(0.6)
        canvas.rect(left, bottom, width, height, stroke=1, fill=0)
        top = bottom + height - _LEGEND_PAD
        x = left + _LEGEND_PAD
        for medium in media:
            label_width, _ = draw_label(canvas, WORDS[f"none_{medium}"], x, top, _LEGEND_SIZE)
            x += label_width + 1.2 * mm
        y = top - _LEGEND_SIZE - 0.2 * mm
        canvas.setFont(REGULAR, _LEGEND_SIZE)
        for line in blocks[0]:
            canvas.drawString(x, y, line)
            y -= leading
        y = top - first - 1.2 * mm - _LEGEND_SIZE + 0.5
        for index, block in enumerate(blocks[1:], start=1):
            canvas.setFont(BOLD if index == 3 else REGULAR, _LEGEND_SIZE)
            for line in block:
                canvas.drawString(left + _LEGEND_PAD, y, line)
                y -= leading

    return height, draw


# -- the document ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfSummary:
    """What was printed: for messages in the GUI and the CLI."""

    pages: int
    students: int
    sections: int
    no_photo: int
    no_film: int
    no_audio: int
    not_on_list: int = 0
    target: Path | None = None


def _summary_line(
    students: Sequence[PersonStatus], rows: Sequence[StudentRow], media: Sequence[str]
) -> str:
    count = len(students)
    parts = [WORDS["one_student"] if count == 1 else WORDS["students"].format(count=count)]
    for medium in media:
        marked = sum(1 for row in rows if row.verdicts[medium].nowhere)
        if marked:
            parts.append(WORDS["count_none"].format(count=marked, label=WORDS[f"none_{medium}"]))
    return " · ".join(parts)


def _scope(selection: Selection, parts: Sequence[Part]) -> str:
    """What the list was for, for the access log: the school, or its parts."""
    if isinstance(selection, SchoolSelection):
        return selection.school
    return "; ".join(f"{p.title} ({p.school})" if p.school else p.title for p in parts)


def no_photo_pdf_bytes(
    store: Store,
    selection: Selection,
    on: date,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> tuple[bytes, PdfSummary]:
    """The no-photo list for ``selection`` on ``on`` as PDF bytes, and what it holds."""
    # Only the students the selection can print are read (a class, not the whole
    # foundation): their rows, signatures, statements and guardians.
    settings = load_settings(store, on)
    wanted = student_ids(store, selection, on)
    statuses = student_statuses_on(store, on, progress=progress, only=wanted, settings=settings)
    parts = resolve(store, selection, on, statuses)
    names = channel_names(settings.forms, settings.item_codes, on)
    media = tuple(
        m for m in MEDIA if any(split_item_code(code)[0] == m for code in settings.item_codes)
    )
    sections: list[Section] = []
    totals = dict.fromkeys(MEDIA, 0)
    cache: dict[tuple[int, bool], dict[str, MediumVerdict]] = {}
    printed = not_on_list = 0
    for part in parts:
        rows = []
        for person in part.students:
            key = (id(person.consent), person.has_statements)
            verdicts = cache.get(key)
            if verdicts is None:
                verdicts = cache[key] = medium_verdicts(person, media, names)
            rows.append(StudentRow(person, verdicts, names.short))
        for medium in media:
            totals[medium] += sum(1 for row in rows if row.verdicts[medium].nowhere)
        notes: list = []
        if not rows:
            notes.append(NoteRow(WORDS["nobody"]))
        if part.not_on_list:
            notes.append(
                NoteRow(
                    WORDS["not_on_list"].format(
                        day=f"{on:%d-%m-%Y}", names=", ".join(part.not_on_list)
                    ),
                    size=7.5,
                )
            )
        printed += len(rows)
        not_on_list += len(part.not_on_list)
        sections.append(
            Section(
                title=part.title,
                school=part.school,
                summary=_summary_line(part.students, rows, media),
                rows=rows,
                notes=notes,
            )
        )
    columns = [
        Column(WORDS["name"], NAME_WIDTH),
        Column(WORDS["class"], CLASS_WIDTH),
        *(Column(WORDS[m], medium_width(media)) for m in media),
    ]
    info = DocumentInfo(WORDS["title"], now or store.clock(), valid_on=on)
    report = TableReport(info, columns, legend(media, names))
    data = report.render(sections, progress)
    shown = [(person.kind, person.id) for part in parts for person in part.students]
    access_log.record(
        store, access_log.PRINT, access_log.NO_PHOTO_LIST, shown, _scope(selection, parts)
    )
    return data, PdfSummary(
        pages=report.page_total,
        students=printed,
        sections=len(sections),
        no_photo=totals["foto"],
        no_film=totals["film"],
        no_audio=totals["geluid"],
        not_on_list=not_on_list,
    )


def no_photo_pdf(
    store: Store,
    selection: Selection,
    on: date,
    target: Path,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> PdfSummary:
    """Write the no-photo list to ``target`` (a temporary file renamed on success)."""
    data, summary = no_photo_pdf_bytes(store, selection, on, progress, now)
    written = atomic_binary_file_write(Path(target), data)
    return replace(summary, target=written)
