"""A consent form version's channels, items and validity (domain.consent_form)."""

from __future__ import annotations

from datetime import date

import pytest

from korre_desktop.domain.consent_form import (
    Channel,
    ConsentForm,
    Validity,
    ValidityKind,
    check_definition,
    current_form,
    default_items,
    items_in_force,
)

SCHOOL_YEAR = Validity(ValidityKind.SCHOOL_YEAR)
KLASSENFOTO = Channel("klassenfoto", "Klassenfoto en schoolfotograaf")
PERS = Channel("pers", "Krant en lokale media")


@pytest.mark.parametrize(
    ("signed", "cutoff", "ends"),
    [
        (date(2026, 3, 1), (8, 1), date(2026, 8, 1)),
        (date(2026, 7, 31), (8, 1), date(2026, 8, 1)),
        (date(2026, 8, 1), (8, 1), date(2027, 8, 1)),  # signed on the first day: all year
        (date(2026, 8, 20), (9, 1), date(2026, 9, 1)),  # another cut-off date
    ],
)
def test_a_school_year_validity_ends_on_the_next_cut_off(signed, cutoff, ends) -> None:
    assert SCHOOL_YEAR.expires_on(signed, cutoff) == ends


def test_years_and_until_withdrawn() -> None:
    assert Validity(ValidityKind.YEARS, 2).expires_on(date(2024, 2, 29)) == date(2026, 3, 1)
    assert Validity().expires_on(date(2000, 1, 1)) is None


@pytest.mark.parametrize(
    "value", ["until_withdrawn", "school_year", {"years": 3}]
)  # fmt: skip
def test_validity_json_round_trip(value) -> None:
    assert Validity.from_json(value).to_json() == value


@pytest.mark.parametrize(
    "value", ["years", "forever", {"years": 0}, {"years": "3"}, {"jaar": 1}, 5]
)
def test_bad_validity_is_refused(value) -> None:
    with pytest.raises(ValueError):
        Validity.from_json(value)


def test_a_definition_with_every_mistake_lists_them_all() -> None:
    channels = [Channel("pers", "Pers"), Channel("pers", "Pers 2"), Channel("Pers-2", "")]
    codes = {p.code for p in check_definition(" ", channels, ["foto", "video"], ["film_pers"])}
    assert codes == {
        "label_required", "unknown_medium", "duplicate_channel", "channel_code_format",
        "channel_label_required", "item_not_defined",
    }  # fmt: skip
    assert check_definition("2027", [KLASSENFOTO, PERS], ["foto", "film"], None) == []


def test_default_items_are_every_medium_on_every_channel_photo_first() -> None:
    assert default_items([KLASSENFOTO, PERS], ["film", "foto"]) == (
        "foto_klassenfoto", "foto_pers", "film_klassenfoto", "film_pers"
    )  # fmt: skip


def form(form_id: int, effective: date, items: tuple[str, ...]) -> ConsentForm:
    return ConsentForm(form_id, str(form_id), effective, (KLASSENFOTO, PERS), items)


def test_items_in_force_are_the_current_versions_then_older_ones() -> None:
    old = form(1, date(2020, 8, 1), ("foto_website", "film_website"))
    new = form(2, date(2027, 8, 1), ("foto_klassenfoto", "foto_pers", "film_pers"))
    assert current_form([old, new], date(2027, 7, 31)) is old
    assert items_in_force([old, new], date(2027, 7, 31)) == ("foto_website", "film_website")
    assert items_in_force([old, new], date(2027, 8, 1)) == (
        "foto_klassenfoto", "foto_pers", "film_pers", "foto_website", "film_website"
    )  # fmt: skip
    assert new.media == ("foto", "film") and new.asks("film", "pers")
    assert not new.asks("film", "klassenfoto") and new.channel_label("pers") == PERS.label


def test_before_every_version_the_first_one_counts() -> None:
    first = form(1, date(2026, 8, 1), ("foto_website",))
    second = form(2, date(2027, 8, 1), ("foto_pers",))
    assert current_form([second, first], date(2025, 1, 1)) is first
    assert items_in_force([first, second], date(2025, 1, 1)) == ("foto_website",)
