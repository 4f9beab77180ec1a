"""Dates as Dutch users type and read them: dd-mm-jjjj."""

from __future__ import annotations

import re
from datetime import date

# Day and month of one or two digits, the same separator twice, a four-digit year.
_DUTCH_DATE = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*")


class DateFormatError(ValueError):
    """The text is not written as dd-mm-jjjj."""


class ImpossibleDateError(ValueError):
    """The text has the right shape but names a day that does not exist (31-02-2026)."""


def parse_dutch_date(text: str) -> date:
    """Parse "05-09-2026", "5-9-2026", "05/09/2026" or "05.09.2026" as 5 September 2026.

    Two-digit years are refused: "05-09-26" could be 1926 or 2026, and a birth date
    must not be guessed.
    """
    match = _DUTCH_DATE.fullmatch(text)
    if match is None:
        raise DateFormatError(f"not a date as dd-mm-yyyy: {text!r}")
    day, month, year = int(match[1]), int(match[3]), int(match[4])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDateError(f"no such date: {text.strip()!r}") from exc


def format_dutch_date(day: date) -> str:
    """5 September 2026 as "05-09-2026"."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
