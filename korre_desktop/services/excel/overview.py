"""``export overview``: the Excel overview for management, for one date.

Six sheets; the first four from the one status snapshot of ``services.status`` (the
tabs and the CSV export read the same):

* **Samenvatting**: per school and class the number of students, forms returned (at
  least one consent statement), the response rate, one consent-rate column per item
  (share of the class with status ``granted``: only that permits use), and how many
  students have a conflict, a missing or an expired item, or should be asked themselves
  (16+); a bold total row per school and one for all schools. Below it, staff per school:
  total and each protocol status (signed, re-sign, unsigned, overdue) with the share
  signed; an employee at two schools counts at both, once in the total.
* **Leerlingen** and **Medewerkers**: a row per person with the protocol status and the
  status word of every item on a coloured fill.
* **Ontbrekend**: a row per person per thing still owed, in words.
* **Accounts** and **Bevoegdheden**: the social-media accounts and who may post where on
  the date, with the authorisation worklists' follow-ups (``account_sheets``).

Nothing of the personnel file or the press reports: they are confidential.

The workbook is read by Dutch management and made without Qt, so it is not
Qt-translated: every word in it is in ``WORDS`` and the mappings of ``words``. The
channels are named as the consent form versions name them (``StatusSettings.channel_labels``).
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import MEDIA, split_item_code
from korre_desktop.domain.media_reach import Reach, media_of, reach
from korre_desktop.domain.people import fold, natural_key
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.excel import styles
from korre_desktop.services.excel.account_sheets import ACCOUNTS, AUTHORISATIONS, account_sheets
from korre_desktop.services.excel.rows_xml import Column, Kind, RowRenderer, write_package
from korre_desktop.services.excel.safe_text import text_cell
from korre_desktop.services.excel.sheet_plan import (
    BOLD_TEXT,
    COUNT,
    DAY,
    HEADER_TEXT,
    PERCENT,
    TEXT,
    Block,
    SheetPlan,
    column_widths,
    header_cells,
    header_height,
)
from korre_desktop.services.excel.styles import Look, StyleBook
from korre_desktop.services.excel.target import atomic_target, check_target
from korre_desktop.services.excel.words import (
    CONSENT_WORDS,
    EMPLOYMENT_WORDS,
    KIND_WORDS,
    MEDIUM_WORDS,
    PROTOCOL_WORDS,
)
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.services.worklists import Owed, Reason, owed
from korre_desktop.store import Store

SUMMARY, STUDENTS, EMPLOYEES, MISSING = "Samenvatting", "Leerlingen", "Medewerkers", "Ontbrekend"
SHEET_NAMES = (SUMMARY, STUDENTS, EMPLOYEES, MISSING, ACCOUNTS, AUTHORISATIONS)

# Everything the workbook says, in Dutch (not Qt-translated: see the module docstring).
WORDS = {
    "title": "Overzicht mediatoestemming en protocol sociale media",
    "date": "Peildatum",
    "made": "Gemaakt op",
    "note_rates": "Respons = leerlingen met minstens één ingeleverd toestemmingsformulier. "
    "Percentage per onderdeel = aandeel van alle leerlingen met ‘toegestaan’: "
    "alleen dat geeft toestemming.",
    "note_counts": "Conflict, Ontbreekt en Verlopen tellen leerlingen met minstens één "
    "onderdeel met die status. Zelf vragen = 16 jaar of ouder met alleen toestemming "
    "van ouders/verzorgers.",
    "footer": "&A · pagina &P van &N",
    "note_reach": "Foto: alles / deels / geen = leerlingen die op alle kanalen, op sommige of "
    "op geen enkel kanaal op de foto mogen; zo ook film en geluid.",
    "reach_all": "alles",
    "reach_some": "deels",
    "reach_none": "geen",
    "school": "School",
    "schools": "Scholen",
    "class": "Klas",
    "students": "Leerlingen",
    "returned": "Formulier\nretour",
    "response": "Respons",
    "conflict_count": "Conflict",
    "missing_count": "Ontbreekt",
    "expired_count": "Verlopen",
    "ask_count": "Zelf vragen\n(16+)",
    "school_total": "Totaal school",
    "all_schools": "Alle scholen",
    "total": "Totaal",
    "no_class": "(geen klas)",
    "no_school": "(geen school)",
    "staff_title": "Personeel per school (protocol sociale media)",
    "employees": "Medewerkers",
    "signed_share": "Getekend (%)",
    "student_number": "Leerlingnummer",
    "staff_number": "Personeelsnummer",
    "name": "Naam",
    "age": "Leeftijd",
    "protocol": "Protocol",
    "function": "Functie",
    "employment": "Dienstverband",
    "start_date": "Startdatum",
    "kind": "Soort",
    "number": "Nummer",
    "what": "Wat ontbreekt",
    "items": "Onderdelen",
    "all_items": "alle onderdelen",
    "all_channels": "alle kanalen",
    "and": "en",
    "no_statement": "Geen toestemmingsformulier ingeleverd",
    "ask_student": "16 jaar of ouder: leerling zelf om toestemming vragen",
    "birth_date_missing": "Geboortedatum ontbreekt: telt als jonger dan 16",
    "conflict": "Ouders/verzorgers zijn het oneens: conflict oplossen",
    "expired": "Toestemming verlopen: nieuw formulier nodig",
    "missing_items": "Onderdelen zonder antwoord: nieuw formulier nodig",
    "unsigned": "Protocol{version} niet getekend",
    "overdue": "Protocol{version} niet getekend, termijn verstreken",
    "resign": "Nieuwe protocolversie{version} tekenen",
}
PROGRESS_ROWS = 2000
# Printing: the width of landscape A4 inside Excel's default margins (0.7" each side), in
# pixels at 96 dpi; a sheet is fitted to one page wide only when that keeps at least
# MIN_FIT_SCALE; wider sheets print at WIDE_SCALE % over pages side by side.
PAGE_PIXELS = round((297 - 2 * 0.7 * 25.4) / 25.4 * 96)
MIN_FIT_SCALE = 0.7
WIDE_SCALE = 80


@dataclass(frozen=True)
class OverviewResult:
    path: Path
    on: date
    students: int
    employees: int
    missing: int  # rows on Ontbrekend
    rows: int  # data rows on all sheets
    accounts: int = 0  # rows on Accounts
    authorisations: int = 0  # rows on Bevoegdheden


# -- the data -------------------------------------------------------------------------------------


Labels = Mapping[str, str]  # channel code -> label, from the consent form versions


def item_header(code: str, labels: Labels) -> str:
    """ "Foto" over the channel's label: the medium word, then the form's wording."""
    medium, channel = split_item_code(code)
    return f"{MEDIUM_WORDS[medium]}\n{labels.get(channel, channel)}"


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {WORDS['and']} {words[-1]}"


def items_in_words(codes: Sequence[str], item_codes: Sequence[str], labels: Labels) -> str:
    """What ``codes`` cover, in words, the channels by their labels: ``alle onderdelen``;
    ``geluid (alle kanalen)``; ``Website, Nieuwsbrief (foto, film en geluid)``;
    ``foto: Website; film: Schoolgids``."""
    chosen = set(codes)
    if chosen >= set(item_codes):
        return WORDS["all_items"]
    asked: dict[str, list[str]] = defaultdict(list)
    picked: dict[str, list[str]] = defaultdict(list)
    for code in item_codes:
        medium, channel = split_item_code(code)
        asked[medium].append(channel)
        if code in chosen:
            picked[medium].append(channel)
    media = [medium for medium in MEDIA if picked[medium]]
    if len(media) > 1 and len(media) == len(asked):
        channel_sets = {tuple(picked[medium]) for medium in media}
        if len(channel_sets) == 1:  # the same channels for every medium
            channels = ", ".join(labels.get(channel, channel) for channel in picked[media[0]])
            return f"{channels} ({_and([MEDIUM_WORDS[m].lower() for m in media])})"
    parts = []
    for medium in media:
        word = MEDIUM_WORDS[medium].lower()
        if len(picked[medium]) == len(asked[medium]):
            parts.append(f"{word} ({WORDS['all_channels']})")
        else:
            channels = ", ".join(labels.get(channel, channel) for channel in picked[medium])
            parts.append(f"{word}: {channels}")
    return "; ".join(parts)


def sort_students(students: list[PersonStatus]) -> None:
    """By school, class (natural order), then surname; in place."""
    schools: dict[str, str] = {}
    classes: dict[str, tuple[tuple[int, int | str], ...]] = {}

    def key(person: PersonStatus) -> tuple[object, ...]:
        school = schools.get(person.school)
        if school is None:
            school = schools[person.school] = fold(person.school)
        klass = classes.get(person.class_name)
        if klass is None:
            klass = classes[person.class_name] = natural_key(person.class_name)
        return (school, klass, person.sort_key)

    students.sort(key=key)


@dataclass
class GroupCounts:
    """Counts behind one summary row."""

    items: int
    students: int = 0
    returned: int = 0
    conflict: int = 0
    missing: int = 0
    expired: int = 0
    ask: int = 0
    granted: list[int] = field(default_factory=list)
    media: int = 0  # how many media the items ask about
    reach: list[int] = field(default_factory=list)  # per medium: all, some, none

    def __post_init__(self) -> None:
        self.granted = self.granted or [0] * self.items
        self.reach = self.reach or [0] * (len(Reach) * self.media)

    def add(self, person: PersonStatus, profile: _ConsentProfile) -> None:
        self.students += 1
        self.returned += person.has_statements
        self.ask += person.ask_student
        self.conflict += profile.conflict
        self.missing += profile.missing
        self.expired += profile.expired
        granted = self.granted
        for index in profile.granted:
            granted[index] += 1
        reached = self.reach
        for index in profile.reach:
            reached[index] += 1

    def row(self, school: str, label: str) -> list[object]:
        n = self.students
        return [
            school,
            label,
            n,
            self.returned,
            self.returned / n if n else None,
            *self.reach,
            *(g / n if n else None for g in self.granted),
            self.conflict,
            self.missing,
            self.expired,
            self.ask,
        ]


@dataclass(frozen=True)
class _ConsentProfile:
    """What one combination of statuses counts for (shared by everyone who has it)."""

    granted: tuple[int, ...]  # indexes of granted items
    reach: tuple[int, ...]  # per medium the index of its all/some/none count
    conflict: bool
    missing: bool
    expired: bool


class _Profiles:
    def __init__(self, item_codes: Sequence[str]) -> None:
        self._codes = tuple(item_codes)
        self.media = media_of(item_codes)
        self._seen: dict[int, tuple[dict[str, ConsentStatus], _ConsentProfile]] = {}

    def of(self, consent: dict[str, ConsentStatus]) -> _ConsentProfile:
        # status.py shares one dict per combination, so id() is a cheap, exact key
        # (the dict is kept alive in the cache).
        found = self._seen.get(id(consent))
        if found is not None and found[0] is consent:
            return found[1]
        by_status: dict[ConsentStatus, list[str]] = defaultdict(list)
        for code in self._codes:
            by_status[consent[code]].append(code)
        profile = _ConsentProfile(
            granted=tuple(
                i for i, code in enumerate(self._codes) if consent[code] is ConsentStatus.GRANTED
            ),
            reach=tuple(
                len(Reach) * index + reach(consent, medium)
                for index, medium in enumerate(self.media)
            ),
            conflict=bool(by_status[ConsentStatus.CONFLICT]),
            missing=bool(by_status[ConsentStatus.MISSING]),
            expired=bool(by_status[ConsentStatus.EXPIRED]),
        )
        self._seen[id(consent)] = (consent, profile)
        return profile


def class_summary(
    students: Sequence[PersonStatus], item_codes: Sequence[str], profiles: _Profiles
) -> tuple[list[list[object]], set[int]]:
    """Rows per school and class, a total per school and one for all; and which rows
    are totals (indexes into the rows)."""
    classes: dict[tuple[str, str], GroupCounts] = {}
    schools: dict[str, GroupCounts] = {}
    media = len(profiles.media)
    everyone = GroupCounts(len(item_codes), media=media)
    for person in students:
        profile = profiles.of(person.consent)
        key = (person.school, person.class_name)
        group = classes.get(key)
        if group is None:
            group = classes[key] = GroupCounts(len(item_codes), media=media)
        group.add(person, profile)
        school = schools.get(person.school)
        if school is None:
            school = schools[person.school] = GroupCounts(len(item_codes), media=media)
        school.add(person, profile)
        everyone.add(person, profile)
    rows: list[list[object]] = []
    totals: set[int] = set()
    by_school: dict[str, list[str]] = defaultdict(list)
    for school_name, class_name in classes:
        by_school[school_name].append(class_name)
    for school_name in sorted(by_school, key=fold):
        for class_name in sorted(by_school[school_name], key=natural_key):
            label = class_name or WORDS["no_class"]
            rows.append(classes[(school_name, class_name)].row(school_name, label))
        totals.add(len(rows))
        rows.append(schools[school_name].row(school_name, WORDS["school_total"]))
    totals.add(len(rows))
    rows.append(everyone.row(WORDS["all_schools"], WORDS["total"]))
    return rows, totals


STAFF_STATUSES = (
    ProtocolStatus.SIGNED,
    ProtocolStatus.RESIGN,
    ProtocolStatus.UNSIGNED,
    ProtocolStatus.OVERDUE,
)


def staff_summary(employees: Sequence[PersonStatus]) -> tuple[list[list[object]], set[int]]:
    per_school: dict[str, Counter[ProtocolStatus]] = defaultdict(Counter)
    everyone: Counter[ProtocolStatus] = Counter()
    for person in employees:
        everyone[person.protocol] += 1
        for school in person.schools or [WORDS["no_school"]]:
            per_school[school][person.protocol] += 1

    def row(label: str, counts: Counter[ProtocolStatus]) -> list[object]:
        total = sum(counts.values())
        signed = counts[ProtocolStatus.SIGNED]
        return [
            label,
            total,
            *(counts[status] for status in STAFF_STATUSES),
            signed / total if total else None,
        ]

    rows = [row(school, per_school[school]) for school in sorted(per_school, key=fold)]
    rows.append(row(WORDS["all_schools"], everyone))
    return rows, {len(rows) - 1}


def student_rows(
    students: Sequence[PersonStatus], item_codes: Sequence[str], on: date
) -> list[list[object]]:
    return [
        [
            person.number,
            person.name,
            person.school,
            person.class_name,
            person.age_on(on),
            person.protocol,
            *(person.consent[code] for code in item_codes),
        ]
        for person in students
    ]


def employee_rows(
    employees: Sequence[PersonStatus], item_codes: Sequence[str]
) -> list[list[object]]:
    return [
        [
            person.number,
            person.name,
            person.function,
            EMPLOYMENT_WORDS.get(person.employment_type, person.employment_type),
            person.school,
            person.start_date,
            person.protocol,
            *(person.consent[code] for code in item_codes),
        ]
        for person in employees
    ]


class _OwedWords:
    """Each reason of ``services.worklists.owed`` in words, with its items (remembered:
    many people owe the same items)."""

    def __init__(self, item_codes: Sequence[str], labels: Labels) -> None:
        self._codes = tuple(item_codes)
        self._labels = labels
        self._items: dict[tuple[str, ...], str] = {}

    def items(self, codes: tuple[str, ...]) -> str:
        found = self._items.get(codes)
        if found is None:
            found = self._items[codes] = items_in_words(codes, self._codes, self._labels)
        return found

    def row_end(self, person: PersonStatus, entry: Owed) -> list[object]:
        """The columns "Wat ontbreekt" and "Onderdelen" for one thing owed."""
        reason = entry.reason
        if reason in _PROTOCOL_WORDS:
            version = f" {person.protocol_version}" if person.protocol_version else ""
            return [WORDS[_PROTOCOL_WORDS[reason]].format(version=version), ""]
        return [WORDS[reason.value], self.items(entry.items) if entry.items else ""]


_PROTOCOL_WORDS = {
    Reason.PROTOCOL_UNSIGNED: "unsigned",
    Reason.PROTOCOL_OVERDUE: "overdue",
    Reason.PROTOCOL_RESIGN: "resign",
}


def owed_rows(
    students: Sequence[PersonStatus],
    employees: Sequence[PersonStatus],
    item_codes: Sequence[str],
    labels: Labels,
) -> list[list[object]]:
    """One row per person per thing still owed (students first, in list order): what
    ``services.worklists.owed`` says, the rule the worklists follow too."""
    words = _OwedWords(item_codes, labels)
    rows: list[list[object]] = []
    for person in [*students, *employees]:
        if person.kind == "student":
            start = [KIND_WORDS["student"], person.number, person.name, person.school]
            start.append(person.class_name)
        else:
            start = [KIND_WORDS["employee"], person.number, person.name, person.school, ""]
        rows.extend([*start, *words.row_end(person, entry)] for entry in owed(person))
    return rows


# -- the sheets -----------------------------------------------------------------------------------


def _consent_column() -> Column:
    return Column(
        Kind.WORD,
        words={
            status: (word, styles.consent_look(status)) for status, word in CONSENT_WORDS.items()
        },
    )


def _protocol_column() -> Column:
    return Column(
        Kind.WORD,
        words={
            status: (word, styles.protocol_look(status)) for status, word in PROTOCOL_WORDS.items()
        },
    )


def _item_headers(item_codes: Sequence[str], labels: Labels) -> list[str]:
    return [item_header(code, labels) for code in item_codes]


def summary_plan(
    class_rows: list[list[object]],
    class_totals: set[int],
    staff_rows: list[list[object]],
    staff_totals: set[int],
    item_headers: Sequence[str],
    on: date,
    made: datetime,
    media: Sequence[str] = (),
) -> SheetPlan:
    reach_headers = reach_header_words(media)
    headers = [
        WORDS["school"],
        WORDS["class"],
        WORDS["students"],
        WORDS["returned"],
        WORDS["response"],
        *reach_headers,
        *item_headers,
        WORDS["conflict_count"],
        WORDS["missing_count"],
        WORDS["expired_count"],
        WORDS["ask_count"],
    ]
    staff_headers = [
        WORDS["school"],
        WORDS["employees"],
        *(PROTOCOL_WORDS[status].capitalize() for status in STAFF_STATUSES),
        WORDS["signed_share"],
    ]
    top = [
        [(WORDS["title"], styles.TITLE)],
        [(WORDS["date"], styles.BOLD), (on, styles.DATE)],
        [(WORDS["made"], styles.BOLD), (made, styles.DATETIME)],
        [(WORDS["note_rates"], styles.NOTE)],
        [(f"{WORDS['note_reach']} {WORDS['note_counts']}", styles.NOTE)],
        [],
        header_cells(headers),
    ]
    header_row = len(top)
    items = len(item_headers)
    reached = len(reach_headers)
    class_block = Block(
        [
            TEXT,
            TEXT,
            COUNT,
            COUNT,
            PERCENT,
            *([COUNT] * reached),
            *([PERCENT] * items),
            COUNT,
            COUNT,
            COUNT,
            COUNT,
        ],
        class_rows,
        class_totals,
    )
    staff_title = Block([BOLD_TEXT], [[WORDS["staff_title"]]], gap_before=2, measured=False)
    staff_header = Block([HEADER_TEXT] * len(staff_headers), [staff_headers])
    staff_block = Block(
        [TEXT, COUNT, COUNT, COUNT, COUNT, COUNT, PERCENT], staff_rows, staff_totals
    )
    plan = SheetPlan(
        SUMMARY,
        top,
        [class_block, staff_title, staff_header, staff_block],
        freeze=f"C{header_row + 1}",
        header_row=header_row,
        filter_rows=len(class_rows),
    )
    plan.widths = column_widths(plan, headers, set(range(5 + reached, 5 + reached + items)))
    plan.header_height = header_height(headers, plan.widths)
    return plan


def reach_header_words(media: Sequence[str]) -> list[str]:
    """ "Foto:\nalles", "Foto:\ndeels", "Foto:\ngeen", then film and audio."""
    words = (WORDS["reach_all"], WORDS["reach_some"], WORDS["reach_none"])
    return [f"{MEDIUM_WORDS[medium]}:\n{word}" for medium in media for word in words]


def students_plan(rows: list[list[object]], item_headers: Sequence[str]) -> SheetPlan:
    headers = [
        WORDS["student_number"],
        WORDS["name"],
        WORDS["school"],
        WORDS["class"],
        WORDS["age"],
        WORDS["protocol"],
        *item_headers,
    ]
    consent = _consent_column()
    plan = SheetPlan(
        STUDENTS,
        [header_cells(headers)],
        [
            Block(
                [
                    TEXT,
                    TEXT,
                    TEXT,
                    TEXT,
                    COUNT,
                    _protocol_column(),
                    *([consent] * len(item_headers)),
                ],
                rows,
            )
        ],
        freeze="C2",
        header_row=1,
        filter_rows=len(rows),
    )
    plan.widths = column_widths(plan, headers, set(range(6, len(headers))))
    plan.header_height = header_height(headers, plan.widths)
    return plan


def employees_plan(rows: list[list[object]], item_headers: Sequence[str]) -> SheetPlan:
    headers = [
        WORDS["staff_number"],
        WORDS["name"],
        WORDS["function"],
        WORDS["employment"],
        WORDS["schools"],
        WORDS["start_date"],
        WORDS["protocol"],
        *item_headers,
    ]
    consent = _consent_column()
    plan = SheetPlan(
        EMPLOYEES,
        [header_cells(headers)],
        [
            Block(
                [
                    TEXT,
                    TEXT,
                    TEXT,
                    TEXT,
                    TEXT,
                    DAY,
                    _protocol_column(),
                    *([consent] * len(item_headers)),
                ],
                rows,
            )
        ],
        freeze="C2",
        header_row=1,
        filter_rows=len(rows),
    )
    plan.widths = column_widths(plan, headers, set(range(7, len(headers))))
    plan.header_height = header_height(headers, plan.widths)
    return plan


def missing_plan(rows: list[list[object]]) -> SheetPlan:
    headers = [
        WORDS["kind"],
        WORDS["number"],
        WORDS["name"],
        WORDS["school"],
        WORDS["class"],
        WORDS["what"],
        WORDS["items"],
    ]
    plan = SheetPlan(
        MISSING,
        [header_cells(headers)],
        [Block([TEXT] * len(headers), rows)],
        freeze="D2",
        header_row=1,
        filter_rows=len(rows),
    )
    plan.widths = column_widths(plan, headers, set())
    return plan


# -- writing --------------------------------------------------------------------------------------


class _Share(Progress):
    """Reports a part of the work as its share of the whole (0-1000)."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__()
        self._parent = parent
        self._start = start
        self._end = end

    def step(self, done: int, total: int, label: str = "") -> None:
        fraction = min(done / total, 1.0) if total else 1.0
        self._parent.step(round(1000 * (self._start + (self._end - self._start) * fraction)), 1000)


def _top_cell(ws: WriteOnlyWorksheet, value: object, look: Look) -> WriteOnlyCell | None:
    if value is None:
        return None
    cell = text_cell(ws, value) if isinstance(value, str) else WriteOnlyCell(ws, value)
    return StyleBook.apply(cell, look)


def column_pixels(width: float) -> int:
    """How wide a column of ``width`` characters prints (Excel's default font, 96 dpi)."""
    return int(width * 7 + 5)


def fits_one_page_wide(widths: Sequence[float]) -> bool:
    """Whether the columns fit a landscape A4 page at a readable scale."""
    return sum(column_pixels(w) for w in widths) <= PAGE_PIXELS / MIN_FIT_SCALE


def _print_setup(ws: WriteOnlyWorksheet, plan: SheetPlan) -> None:
    """Landscape A4, the header row on every page. A narrow sheet is fitted to one page
    wide; a wide one (a column per consent item) prints at a readable scale over pages
    side by side, each with the columns that say whose row it is (the frozen ones)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.print_title_rows = f"{plan.header_row}:{plan.header_row}"
    # Only the sheet's own columns: long text spilling over the last one must not make
    # the page print smaller.
    rows = len(plan.top) + sum(b.gap_before + len(b.rows) for b in plan.blocks)
    ws.print_area = f"A1:{get_column_letter(len(plan.widths))}{max(rows, 1)}"
    if fits_one_page_wide(plan.widths):
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = WIDE_SCALE
        frozen = "".join(c for c in plan.freeze if c.isalpha())  # "C2": columns A and B
        last_title = get_column_letter(max(1, column_index_from_string(frozen) - 1))
        ws.print_title_cols = f"A:{last_title}"
    ws.oddFooter.center.text = WORDS["footer"]
    ws.oddFooter.center.size = 8


def _prepare_sheet(ws: WriteOnlyWorksheet, plan: SheetPlan) -> None:
    """Everything openpyxl writes before the rows: widths, panes, filter, print, top rows."""
    for index, width in enumerate(plan.widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
    ws.freeze_panes = plan.freeze
    columns = len(plan.blocks[0].columns)
    last = get_column_letter(columns)
    ws.auto_filter.ref = f"A{plan.header_row}:{last}{plan.header_row + plan.filter_rows}"
    if plan.header_height:
        ws.row_dimensions[plan.header_row].height = plan.header_height
    _print_setup(ws, plan)
    for row in plan.top:
        ws.append([_top_cell(ws, value, look) for value, look in row])


def _rows(
    plan: SheetPlan,
    renderers: list[tuple[RowRenderer, RowRenderer]],
    progress: Progress,
    counter: list[int],
    total: int,
) -> Iterator[str]:
    """The rendered data rows of one sheet, reporting progress over all sheets."""
    row_number = len(plan.top)
    for block, (plain, emphasised) in zip(plan.blocks, renderers, strict=True):
        row_number += block.gap_before
        totals = block.totals
        for index, values in enumerate(block.rows):
            row_number += 1
            renderer = emphasised if index in totals else plain
            yield renderer.render(row_number, values)
            counter[0] += 1
            if counter[0] % PROGRESS_ROWS == 0:
                progress.step(counter[0], total)


def write_workbook(
    target: Path, plans: Sequence[SheetPlan], progress: Progress = NO_PROGRESS
) -> int:
    """Write the sheets to ``target`` atomically; return the number of data rows."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Korre Desktop"
    workbook.properties.title = WORDS["title"]
    sheets = [workbook.create_sheet(plan.title) for plan in plans]
    book = StyleBook(workbook)
    for ws, plan in zip(sheets, plans, strict=True):
        _prepare_sheet(ws, plan)
    # Every style the rows use is registered before openpyxl writes styles.xml.
    renderers = {
        plan.title: [
            (
                RowRenderer(book, block.columns),
                RowRenderer(book, block.columns, emphasised=True),
            )
            for block in plan.blocks
        ]
        for plan in plans
    }
    skeleton = io.BytesIO()
    workbook.save(skeleton)
    total = sum(plan.data_rows for plan in plans)
    counter = [0]
    streams = {
        plan.title: _rows(plan, renderers[plan.title], progress, counter, total) for plan in plans
    }
    with atomic_target(target) as handle:
        write_package(skeleton.getvalue(), streams, handle)
        progress.step(total, total)  # the last chance to cancel before the file is in place
    return total


def export_overview(
    store: Store, target: Path, on: date, progress: Progress = NO_PROGRESS
) -> OverviewResult:
    """Write the overview for ``on`` to ``target`` (an .xlsx file, replaced atomically)."""
    target = check_target(target)
    settings = load_settings(store, on)  # one column per item of the versions in force
    students = student_statuses_on(
        store, on, settings=settings, progress=_Share(progress, 0.0, 0.4)
    )
    employees = employee_statuses_on(
        store, on, settings=settings, progress=_Share(progress, 0.4, 0.45)
    )
    item_codes = settings.item_codes
    sort_students(students)
    employees.sort(key=lambda p: p.sort_key)
    labels = settings.channel_labels
    item_headers = _item_headers(item_codes, labels)
    profiles = _Profiles(item_codes)
    class_rows, class_totals = class_summary(students, item_codes, profiles)
    staff_rows, staff_totals = staff_summary(employees)
    missing = owed_rows(students, employees, item_codes, labels)
    plans = [
        summary_plan(
            class_rows,
            class_totals,
            staff_rows,
            staff_totals,
            item_headers,
            on,
            datetime.now(),
            profiles.media,
        ),
        students_plan(student_rows(students, item_codes, on), item_headers),
        employees_plan(employee_rows(employees, item_codes), item_headers),
        missing_plan(missing),
    ]
    sheets = account_sheets(store, on)
    plans += [sheets.accounts, sheets.authorisations]
    progress.step(460, 1000)
    rows = write_workbook(target, plans, _Share(progress, 0.46, 1.0))
    return OverviewResult(
        path=target,
        on=on,
        students=len(students),
        employees=len(employees),
        missing=len(missing),
        rows=rows,
        accounts=sheets.account_rows,
        authorisations=sheets.authorisation_rows,
    )
