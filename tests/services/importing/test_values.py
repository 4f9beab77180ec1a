"""Dates, names and single values as exports write them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from korre_desktop.domain.dates import DateFormatError, ImpossibleDateError, format_dutch_date
from korre_desktop.services.importing.dates import full_year, parse_import_date
from korre_desktop.services.importing.names import split_full_name, split_surname
from korre_desktop.services.importing.values import (
    blank,
    join_name,
    parse_employment,
    parse_yes_no,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14-03-2019", date(2019, 3, 14)),
        ("4-3-2019", date(2019, 3, 4)),
        ("14/03/2019", date(2019, 3, 14)),
        ("14.03.2019", date(2019, 3, 14)),
        ("2019-03-14", date(2019, 3, 14)),
        ("2019-03-14 00:00:00", date(2019, 3, 14)),
        ("2019-03-14T08:30", date(2019, 3, 14)),
        ("20190314", date(2019, 3, 14)),
        ("43538", date(2019, 3, 14)),  # Excel serial number
        ("43538.0", date(2019, 3, 14)),
        ("14 maart 2019", date(2019, 3, 14)),
        ("14-mrt-19", date(2019, 3, 14)),
        ("2-5-18", date(2018, 5, 2)),
        ("1-8-36", date(2036, 8, 1)),  # ten years ahead of 2026 is still this century
        ("1-8-37", date(1937, 8, 1)),
        ("05-09-85", date(1985, 9, 5)),
    ],
)
def test_import_dates(text, expected):
    assert parse_import_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "29-02-2027", "2026-13-01", "30-feb-2026"])
def test_impossible_dates(text):
    with pytest.raises(ImpossibleDateError):
        parse_import_date(text, TODAY)


@pytest.mark.parametrize("text", ["gisteren", "2019", "14-03", "1", "99999", "14-03-2019x"])
def test_not_dates(text):
    with pytest.raises(DateFormatError):
        parse_import_date(text, TODAY)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_dutch_and_iso_and_serial_agree(day):
    assert parse_import_date(format_dutch_date(day), TODAY) == day
    assert parse_import_date(day.isoformat(), TODAY) == day
    serial = (day - date(1899, 12, 30)).days
    if day.year >= 1920:
        assert parse_import_date(str(serial), TODAY) == day


@given(st.integers(0, 99), st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)))
def test_two_digit_years_fall_in_the_hundred_years_ending_ten_years_ahead(two, today):
    year = full_year(two, today)
    assert year % 100 == two
    assert today.year + 10 - 99 <= year <= today.year + 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marieke de Vries", ("Marieke", "de", "Vries")),
        ("Vries, Marieke de", ("Marieke", "de", "Vries")),
        ("Jan van der Berg", ("Jan", "van der", "Berg")),
        ("Anne Marie Jansen", ("Anne Marie", "", "Jansen")),
        ("Sanne Jansen-de Vries", ("Sanne", "", "Jansen-de Vries")),
        ("Dhr. P. Bakker", ("P.", "", "Bakker")),
        ("Mevrouw Y. el Amrani", ("Y.", "el", "Amrani")),
        ("M. van 't Hof", ("M.", "van 't", "Hof")),
        ("Jansen", ("", "", "Jansen")),
    ],
)
def test_full_names(text, expected):
    assert split_full_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("van der Laan", ("van der", "Laan")),
        ("Laan, van der", ("van der", "Laan")),
        ("Jansen", ("", "Jansen")),
        ("Van", ("", "Van")),
        ("Berg, Jan", ("", "Berg, Jan")),
    ],
)
def test_surnames_with_their_infix(text, expected):
    assert split_surname(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ja", True), ("J", True), ("x", True), ("TRUE", True), ("1", True), ("nee", False),
     ("N", False), ("0", False), ("onwaar", False), ("", None), ("  ", None)],
)  # fmt: skip
def test_yes_no(text, expected):
    assert parse_yes_no(text) is expected


def test_yes_no_refuses_anything_else():
    with pytest.raises(ValueError):
        parse_yes_no("misschien")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Vast", "permanent"), ("onbepaalde tijd", "permanent"), ("Tijdelijk, 0,6 fte", "temporary"),
     ("Stagiaire", "intern"), ("LIO", "intern"), ("Invalkracht", "substitute"),
     ("vrijwilliger", "volunteer")],
)  # fmt: skip
def test_employment_words(text, expected):
    assert parse_employment(text) == expected


def test_unknown_employment_word():
    with pytest.raises(ValueError):
        parse_employment("zzp")


def test_placeholders_count_as_empty():
    assert [blank(t) for t in ("-", "n.v.t.", "Onbekend", " x ")] == ["", "", "", "x"]


@given(
    st.text(alphabet="abc ", max_size=6),
    st.text(alphabet="de ", max_size=4),
    st.text(alphabet="xyz ", max_size=6),
)
def test_join_name_is_display_name_for_clean_parts(roepnaam, infix, surname):
    from korre_desktop.domain.people import display_name

    parts = [" ".join(p.split()) for p in (roepnaam, infix, surname)]
    assert join_name(*parts) == display_name(*parts)


def test_serial_numbers_are_only_read_as_recent_dates():
    assert parse_import_date("7306", TODAY) == date(1920, 1, 1)
    assert parse_import_date("73050", TODAY) == date(2099, 12, 31)
    assert date(2099, 12, 31) - date(1920, 1, 1) == timedelta(days=73050 - 7306)


def test_the_garbage_collector_is_paused_and_restored():
    import gc

    from korre_desktop.services.importing.gc_pause import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
