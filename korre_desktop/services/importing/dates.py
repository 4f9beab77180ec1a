"""Dates as administration systems and Excel write them, for imports only.

Accepted: dd-mm-jjjj (also with / or .), d-m-jj, jjjj-mm-dd (optionally with a time),
jjjjmmdd, "14 maart 2019" / "14-mrt-19", and Excel serial numbers (45123).

Day-month-year dates (with a two-digit year too) are read by ``domain.dates``, the parser
of dates typed by hand, so a date means the same day in an import and in a window. The
pivot of two-digit years slides with today (see ``domain.dates.full_year``); a date read
wrongly still has to pass the plausibility checks (a student's age, an end date after the
start date).

HR systems write "no date" as zeros (Visma|Raet: "00000000"): ``NO_DATES``, read as an
empty cell in any date column. An end date far in the future ("99991231", "99999999")
means "open-ended": ``is_open_end``, read as no end date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from korre_desktop.domain.dates import (
    DateFormatError,
    ImpossibleDateError,
    full_year,
    parse_dutch_date,
)

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 after Excel's leap-year bug
# Excel serial numbers are read only in 1920-2099, so a bare year ("2019") or a small
# number in a date column is refused instead of turning into a date in 1905.
EXCEL_MIN_SERIAL = 7_306  # 1920-01-01
EXCEL_MAX_SERIAL = 73_050  # 2099-12-31

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"(\d{1,7})(?:[.,]0+)?")
_NAMED = re.compile(r"(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})")

NO_DATES = frozenset({"00000000", "0000-00-00", "00-00-0000", "00-00-00"})
OPEN_ENDS = frozenset({"99991231", "99999999", "9999-12-31", "31-12-9999"})

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mrt": 3, "maa": 3, "maart": 3,
    "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7,
    "aug": 8, "augustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10,
    "oktober": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # English month names and the short ones Excel writes in an English locale.
    "mar": 3, "march": 3, "may": 5, "oct": 10, "october": 10, "january": 1,
    "february": 2, "june": 6, "july": 7, "august": 8,
}  # fmt: skip


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ImpossibleDateError(f"no such date: {text!r}") from None


def parse_import_date(text: str, today: date) -> date:
    """Parse ``text``; raise ``DateFormatError`` or ``ImpossibleDateError`` (both
    ``ValueError``) from ``domain.dates`` when it is not a date."""
    cleaned = text.strip().casefold()
    try:
        return parse_dutch_date(cleaned, today)
    except ImpossibleDateError:
        raise ImpossibleDateError(f"no such date: {text!r}") from None
    except DateFormatError:
        pass  # another way of writing a date
    if match := _ISO.fullmatch(cleaned):
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _COMPACT.fullmatch(cleaned):
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _SERIAL.fullmatch(cleaned):
        serial = int(match[1])
        if EXCEL_MIN_SERIAL <= serial <= EXCEL_MAX_SERIAL:
            return EXCEL_EPOCH + timedelta(days=serial)
        raise DateFormatError(f"not a date: {text!r}")
    if (match := _NAMED.fullmatch(cleaned)) and match[2] in MONTHS:
        year = int(match[3])
        if len(match[3]) == 2:
            year = full_year(year, today)
        return _make(year, MONTHS[match[2]], int(match[1]), text)
    raise DateFormatError(f"not a date: {text!r}")


def is_open_end(text: str) -> bool:
    """True for what HR systems write as the end date of an open-ended contract."""
    return text.strip() in OPEN_ENDS
