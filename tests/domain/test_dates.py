"""Dates as Dutch users type them: dd-mm-jjjj."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from korre_desktop.domain.dates import (
    DateFormatError,
    ImpossibleDateError,
    format_dutch_date,
    parse_dutch_date,
)


@pytest.mark.parametrize(
    "text",
    ["05-09-2026", "5-9-2026", "05/09/2026", "5/9/2026", "05.09.2026", " 05-09-2026 "],
)
def test_accepted_spellings(text: str) -> None:
    assert parse_dutch_date(text) == date(2026, 9, 5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "05-09-26",  # two-digit year: 1926 or 2026?
        "2026-09-05",  # ISO order is not how the office types dates
        "05-09/2026",  # mixed separators
        "05 09 2026",
        "5 september 2026",
        "005-09-2026",
        "05-09-20266",
        "dd-mm-jjjj",
    ],
)
def test_wrong_format_is_refused(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_dutch_date(text)


@pytest.mark.parametrize("text", ["31-02-2026", "29-02-2027", "00-01-2026", "01-13-2026"])
def test_impossible_date_is_refused(text: str) -> None:
    with pytest.raises(ImpossibleDateError):
        parse_dutch_date(text)


def test_both_errors_are_value_errors() -> None:
    for text in ("x", "31-02-2026"):
        with pytest.raises(ValueError):
            parse_dutch_date(text)


def test_leap_day_exists_in_leap_years() -> None:
    assert parse_dutch_date("29-02-2028") == date(2028, 2, 29)


def test_format_pads_day_month_and_year() -> None:
    assert format_dutch_date(date(2026, 9, 5)) == "05-09-2026"
    assert format_dutch_date(date(987, 12, 31)) == "31-12-0987"


@given(st.dates(min_value=date(1000, 1, 1)))
def test_format_then_parse_round_trips(day: date) -> None:
    assert parse_dutch_date(format_dutch_date(day)) == day
