"""Dates as Dutch users type and read them: dd-mm-jjjj, or d-m-jj in a hurry.

One parser for every date typed by hand (the window's date fields, the record services)
and for the day-month-year dates of imports: the same text means the same day everywhere.
"""

from __future__ import annotations

import re
from datetime import date

# Day and month of one or two digits, the same separator twice (spaces around it allowed),
# a year of four digits or two.
_DUTCH_DATE = re.compile(r"\s*(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\s*")

# A two-digit year is read as 20jj when that is at most this many years ahead of today,
# otherwise as 19jj (in 2026: 00-36 are 2000-2036, 37-99 are 1937-1999). That reads the
# birth dates of students and staff and the start and end dates of contracts as meant.
PIVOT_YEARS_AHEAD = 10


class DateFormatError(ValueError):
    """The text is not written as dd-mm-jjjj (or d-m-jj)."""


class ImpossibleDateError(ValueError):
    """The text has the right shape but names a day that does not exist (31-02-2026)."""


def full_year(two_digits: int, today: date) -> int:
    """The century of a two-digit year: the pivot above."""
    latest = today.year + PIVOT_YEARS_AHEAD
    return latest - (latest - two_digits) % 100


def parse_dutch_date(text: str, today: date | None = None) -> date:
    """Parse "05-09-2026", "5-9-2026", "05/09/2026", "05.09.2026" or "5-9-26" as
    5 September 2026.

    A two-digit year is completed with the pivot around ``today`` (default: the real
    today). The day is never adjusted: 31-02-2026 is refused, not moved to another day.
    """
    match = _DUTCH_DATE.fullmatch(text)
    if match is None:
        raise DateFormatError(f"not a date as dd-mm-yyyy: {text!r}")
    day, month, year = int(match[1]), int(match[3]), int(match[4])
    if len(match[4]) == 2:
        year = full_year(year, today or date.today())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDateError(f"no such date: {text.strip()!r}") from exc


def format_dutch_date(day: date) -> str:
    """5 September 2026 as "05-09-2026"."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
