from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.school_year import SchoolYear


def test_start_end_and_label() -> None:
    year = SchoolYear(2026)
    assert year.start == date(2026, 8, 1)
    assert year.end == date(2027, 7, 31)
    assert year.label == "2026-2027"
    assert str(year) == "2026-2027"


def test_contains_is_inclusive_at_both_ends() -> None:
    year = SchoolYear(2026)
    assert not year.contains(date(2026, 7, 31))
    assert year.contains(date(2026, 8, 1))
    assert year.contains(date(2027, 7, 31))
    assert not year.contains(date(2027, 8, 1))


@pytest.mark.parametrize(
    ("day", "start_year"),
    [
        (date(2026, 7, 31), 2025),
        (date(2026, 8, 1), 2026),
        (date(2026, 12, 31), 2026),
        (date(2027, 1, 1), 2026),
        (date(2027, 7, 31), 2026),
        (date(2027, 8, 1), 2027),
    ],
)
def test_containing(day: date, start_year: int) -> None:
    assert SchoolYear.containing(day) == SchoolYear(start_year)


@pytest.mark.parametrize("label", ["2026-2027", "2026/2027", " 2026 - 2027 ", "2026–2027"])
def test_parse_accepts_common_spellings(label: str) -> None:
    assert SchoolYear.parse(label) == SchoolYear(2026)


@pytest.mark.parametrize(
    "label", ["2026-2028", "2026-2026", "2027-2026", "2026", "", "abc", "2026-27", "2026--2027"]
)
def test_parse_rejects_garbage_and_non_consecutive_years(label: str) -> None:
    with pytest.raises(ValueError):
        SchoolYear.parse(label)


def test_next_and_previous() -> None:
    assert SchoolYear(2026).next() == SchoolYear(2027)
    assert SchoolYear(2026).previous() == SchoolYear(2025)


def test_years_order_chronologically() -> None:
    assert sorted([SchoolYear(2027), SchoolYear(2025), SchoolYear(2026)]) == [
        SchoolYear(2025),
        SchoolYear(2026),
        SchoolYear(2027),
    ]
    assert SchoolYear(2025) < SchoolYear(2026)


@pytest.mark.parametrize("start_year", [0, 9999, True, "2026"])
def test_rejects_impossible_start_years(start_year: object) -> None:
    with pytest.raises(ValueError):
        SchoolYear(start_year)  # type: ignore[arg-type]


@settings(max_examples=200)
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9997, 12, 31)))
def test_every_day_lies_in_exactly_its_containing_year(day: date) -> None:
    year = SchoolYear.containing(day)
    assert year.contains(day)
    assert not year.previous().contains(day)
    assert not year.next().contains(day)
    assert year.previous().end + timedelta(days=1) == year.start


@settings(max_examples=100)
@given(st.integers(min_value=1, max_value=9998))
def test_label_round_trips(start_year: int) -> None:
    year = SchoolYear(start_year)
    if start_year >= 1000:
        assert SchoolYear.parse(year.label) == year
    assert (year.end - year.start).days in (364, 365)
