"""Dates as Dutch users type them: dd-mm-jjjj, or d-m-jj."""

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

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "05-09-2026",
        "5-9-2026",
        "05/09/2026",
        "5/9/2026",
        "05.09.2026",
        " 05-09-2026 ",
        "5 - 9 - 2026",
        "5-9-26",
        "05-09-26",
        "5.9.26",
    ],
)
def test_accepted_spellings(text: str) -> None:
    assert parse_dutch_date(text, TODAY) == date(2026, 9, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-8-36", date(2036, 8, 1)),  # at most ten years ahead: this century
        ("1-8-37", date(1937, 8, 1)),  # further: the last one
        ("14-3-85", date(1985, 3, 14)),  # a birth date
        ("1-8-00", date(2000, 8, 1)),
    ],
)
def test_a_two_digit_year_pivots_around_today(text: str, expected: date) -> None:
    assert parse_dutch_date(text, TODAY) == expected


def test_the_pivot_follows_today() -> None:
    assert parse_dutch_date("1-8-37", date(2027, 1, 1)) == date(2037, 8, 1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
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


@pytest.mark.parametrize(
    "text", ["31-02-2026", "29-02-2027", "00-01-2026", "01-13-2026", "31-02-26", "31-4-26"]
)
def test_impossible_date_is_refused(text: str) -> None:
    with pytest.raises(ImpossibleDateError):
        parse_dutch_date(text, TODAY)


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
