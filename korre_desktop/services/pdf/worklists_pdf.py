"""The office's worklists on paper: per worklist a section with name, number, school,
class and the reason, optionally for one school or one class.

The PDF is Dutch, for the office. It is made without Qt and so not Qt-translated: every
printed word is in ``WORDS`` below; the channels are named as the consent form versions in
force on the date word them (short forms of long labels: ``channel_names``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import MEDIA, split_item_code
from korre_desktop.domain.people import fold, natural_key, sixteenth_birthday
from korre_desktop.services import access_log
from korre_desktop.services import selection as lookup
from korre_desktop.services.atomic_file import atomic_binary_file_write
from korre_desktop.services.pdf.channel_names import ChannelNames, channel_names
from korre_desktop.services.pdf.layout import (
    CONTENT_WIDTH,
    Column,
    DocumentInfo,
    NoteRow,
    Section,
    TableReport,
    TextRow,
    dutch_short_date,
)
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import (
    PersonStatus,
    StatusSettings,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.services.worklists import Owed, Reason, Worklist, owed
from korre_desktop.store import Store

# Everything printed, in Dutch (not Qt-translated: see the module docstring).
WORDS = {
    "title": "Werklijsten",
    "date": "Stand op {day}",
    "all_schools": "Alle scholen",
    "name": "Naam",
    "number": "Nummer",
    "school": "School",
    "class": "Klas",
    "reason": "Reden",
    "staff": "personeel",
    "overdue": "te laat: protocol {version} niet getekend (in dienst sinds {start})",
    "unsigned": "protocol {version} niet getekend",
    "ask": "16 geworden op {day}; toestemming rust nog op de ouders",
    "conflict": "oneens over {items}",
    "expired": "verlopen: {items}",
    "missing_items": "geen antwoord op {items}",
    "resign": "nieuwe protocolversie {version} tekenen",
    "all_channels": "alle kanalen",
    "no_statement": "nog nooit een formulier ontvangen",
    "birth_date_missing": "telt als jonger dan 16 tot de geboortedatum bekend is",
    "people": "{count} personen",
    "one_person": "1 persoon",
    "filter_class": "klas {name}",
    "nobody": "Niemand op deze lijst.",
    "foto": "foto",
    "film": "film",
    "geluid": "geluid",
}
TITLES = {
    Worklist.PROTOCOL: "Personeel: protocol niet of te laat getekend",
    Worklist.ASK_STUDENT: "16 geworden: de leerling zelf om toestemming vragen",
    Worklist.CONFLICT: "Ouders/verzorgers zijn het oneens (conflict)",
    Worklist.NO_STATEMENT: "Geen enkel toestemmingsformulier",
    Worklist.NEW_FORM: "Nieuw formulier nodig: onderdelen zonder antwoord of verlopen",
    Worklist.BIRTH_DATE_MISSING: "Geboortedatum ontbreekt",
}

NAME_WIDTH = 42 * mm
NUMBER_WIDTH = 16 * mm
SCHOOL_WIDTH = 38 * mm
CLASS_WIDTH = 19 * mm
REASON_WIDTH = CONTENT_WIDTH - NAME_WIDTH - NUMBER_WIDTH - SCHOOL_WIDTH - CLASS_WIDTH
WIDTHS = (NAME_WIDTH, NUMBER_WIDTH, SCHOOL_WIDTH, CLASS_WIDTH, REASON_WIDTH)


@dataclass(frozen=True)
class WorklistSummary:
    pages: int
    people: int  # distinct people on any of the lists
    counts: dict[Worklist, int] = field(default_factory=dict)
    target: Path | None = None


def items_text(items: Sequence[str], person: PersonStatus, names: ChannelNames) -> str:
    """ "foto (Website van de school, Nieuwsbrief); film (alle kanalen)": ``items`` among
    the items ``person``'s statuses are for."""
    by_medium: dict[str, list[str]] = {m: [] for m in MEDIA}
    asked: dict[str, int] = dict.fromkeys(MEDIA, 0)
    wanted = set(items)
    for code in person.consent:
        medium, channel = split_item_code(code)
        asked[medium] += 1
        if code in wanted:
            by_medium[medium].append(channel)
    grouped: dict[str, list[str]] = {}  # the same channels for several media: said once
    for medium, channels in by_medium.items():
        if not channels:
            continue
        if len(channels) == asked[medium]:
            listed = WORDS["all_channels"]
        else:
            listed = ", ".join(names.short.get(c, c) for c in sorted(channels, key=names.sort_key))
        grouped.setdefault(listed, []).append(WORDS[medium])
    return "; ".join(f"{', '.join(media)} ({listed})" for listed, media in grouped.items())


def conflict_text(person: PersonStatus, names: ChannelNames) -> str:
    """ "oneens over foto (Website van de school, Nieuwsbrief); film (alle kanalen)"."""
    conflicts = [
        code for code, status in person.consent.items() if status is ConsentStatus.CONFLICT
    ]
    return WORDS["conflict"].format(items=items_text(conflicts, person, names))


_ITEM_WORDS = {
    Reason.CONFLICT: "conflict",
    Reason.EXPIRED: "expired",
    Reason.MISSING_ITEMS: "missing_items",
}


def reason(person: PersonStatus, entry: Owed, names: ChannelNames) -> str:
    """One thing ``person`` owes (``services.worklists.owed``), in words."""
    why = entry.reason
    if why in (Reason.PROTOCOL_OVERDUE, Reason.PROTOCOL_UNSIGNED, Reason.PROTOCOL_RESIGN):
        version = person.protocol_version or ""
        if why is Reason.PROTOCOL_OVERDUE and person.start_date is not None:
            return WORDS["overdue"].format(
                version=version, start=dutch_short_date(person.start_date)
            )
        key = "resign" if why is Reason.PROTOCOL_RESIGN else "unsigned"
        return " ".join(WORDS[key].format(version=version).split())
    if why is Reason.ASK_STUDENT:
        birthday = sixteenth_birthday(person.birth_date) if person.birth_date else None
        return WORDS["ask"].format(day=dutch_short_date(birthday) if birthday else "?")
    if why in _ITEM_WORDS:
        return WORDS[_ITEM_WORDS[why]].format(items=items_text(entry.items, person, names))
    if why is Reason.BIRTH_DATE_MISSING:
        return WORDS["birth_date_missing"]
    return WORDS["no_statement"]


def _people(
    store: Store,
    on: date,
    school: str | None,
    class_name: str | None,
    progress: Progress,
    settings: StatusSettings,
) -> list[PersonStatus]:
    if class_name is not None:
        where = lookup.find_school(store, school) if school else None
        klass = lookup.find_class(store, class_name, on, where)
        ids = lookup.student_ids_in_classes(store, [klass], on)
        return student_statuses_on(store, on, settings=settings, progress=progress, only=ids)
    students = student_statuses_on(store, on, settings=settings, progress=progress)
    employees = employee_statuses_on(store, on, settings=settings)
    people = [*employees, *students]
    if school is not None:
        people = [p for p in people if p.at_school(school)]
    return people


def _order(person: PersonStatus) -> tuple:
    return (
        fold(person.school),
        person.kind != "employee",
        natural_key(person.class_name),
        person.sort_key,
        person.number,
    )


def worklists_pdf_bytes(
    store: Store,
    on: date,
    school: str | None = None,
    class_name: str | None = None,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> tuple[bytes, WorklistSummary]:
    """The worklists on ``on`` as PDF bytes, for everyone or one school or class."""
    school = lookup.find_school(store, school).name if school else None
    settings = load_settings(store, on)
    names = channel_names(settings.forms, settings.item_codes, on)
    people = _people(store, on, school, class_name, progress, settings)
    lists: dict[Worklist, list[PersonStatus]] = {w: [] for w in Worklist}
    reasons: dict[tuple[Worklist, str, int], list[str]] = {}
    for person in people:
        for entry in owed(person):
            key = (entry.worklist, person.kind, person.id)
            if key not in reasons:
                reasons[key] = []
                lists[entry.worklist].append(person)
            reasons[key].append(reason(person, entry, names))
    heading = school or WORDS["all_schools"]
    filters = [WORDS["filter_class"].format(name=class_name)] if class_name else []
    sections = []
    for worklist, found in lists.items():
        found.sort(key=_order)
        rows = [
            TextRow(
                (
                    p.name,
                    p.number,
                    p.school,
                    p.class_name or (WORDS["staff"] if p.kind == "employee" else ""),
                    "; ".join(reasons[(worklist, p.kind, p.id)]),
                ),
                WIDTHS,
                size=8.2,
            )
            for p in found
        ]
        count = WORDS["one_person"] if len(found) == 1 else WORDS["people"].format(count=len(found))
        sections.append(
            Section(
                title=TITLES[worklist],
                school=heading,
                summary=" · ".join([count, *filters]),
                rows=rows,
                notes=[] if rows else [NoteRow(WORDS["nobody"])],
            )
        )
    columns = [
        Column(WORDS[key], width)
        for key, width in zip(("name", "number", "school", "class", "reason"), WIDTHS, strict=True)
    ]
    info = DocumentInfo(WORDS["title"], now or store.clock(), valid_on=on, date_text=WORDS["date"])
    report = TableReport(info, columns)
    data = report.render(sections, progress)
    on_any = {(p.kind, p.id) for found in lists.values() for p in found}
    scope = " · ".join(p for p in (heading, class_name) if p)
    access_log.record(store, access_log.PRINT, access_log.WORKLISTS, sorted(on_any), scope)
    return data, WorklistSummary(
        pages=report.page_total,
        people=len(on_any),
        counts={w: len(found) for w, found in lists.items()},
    )


def worklists_pdf(
    store: Store,
    on: date,
    target: Path,
    school: str | None = None,
    class_name: str | None = None,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> WorklistSummary:
    """Write the worklists to ``target`` (a temporary file renamed on success)."""
    data, summary = worklists_pdf_bytes(store, on, school, class_name, progress, now)
    written = atomic_binary_file_write(Path(target), data)
    return replace(summary, target=written)


__all__: Sequence[str] = (
    "WorklistSummary",
    "conflict_text",
    "items_text",
    "reason",
    "worklists_pdf",
    "worklists_pdf_bytes",
)
