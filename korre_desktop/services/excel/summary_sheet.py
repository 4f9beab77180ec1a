"""The sheet Samenvatting: the counts per class and school, and staff per school, laid out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from korre_desktop.services.excel import styles
from korre_desktop.services.excel.sheet_plan import (
    BOLD_TEXT,
    COUNT,
    HEADER_TEXT,
    PERCENT,
    TEXT,
    Block,
    SheetPlan,
    column_widths,
    header_cells,
    header_height,
)
from korre_desktop.services.excel.summary_counts import (
    STAFF_STATUSES,
    ConsentProfiles,
    class_summary,
    staff_summary,
)
from korre_desktop.services.excel.words import MEDIUM_WORDS, PROTOCOL_WORDS
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.status import PersonStatus

SUMMARY = "Samenvatting"


def summary_sheet(
    students: Sequence[PersonStatus],
    employees: Sequence[PersonStatus],
    item_codes: Sequence[str],
    item_headers: Sequence[str],
    on: date,
    made: datetime,
) -> SheetPlan:
    """The sheet for ``students`` and ``employees`` on ``on``, made at ``made``."""
    profiles = ConsentProfiles(item_codes)
    class_rows, class_totals = class_summary(students, item_codes, profiles)
    staff_rows, staff_totals = staff_summary(employees)
    return summary_plan(
        class_rows,
        class_totals,
        staff_rows,
        staff_totals,
        item_headers,
        on,
        made,
        profiles.media,
    )


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
