from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.consent_items import (
    ALL_ITEM_CODES,
    CHANNELS,
    MEDIA,
    is_item_code,
    item_code,
    sort_item_codes,
    split_item_code,
)


def test_media_and_channels_are_the_form_columns() -> None:
    assert MEDIA == ("foto", "film", "geluid")
    assert CHANNELS == (
        "schoolgids",
        "website",
        "nieuwsbrief",
        "socialmedia_school",
        "ouderportaal",
        "socialmedia_persoonlijk",
    )


def test_all_item_codes_are_media_times_channels_in_order() -> None:
    assert len(ALL_ITEM_CODES) == 18
    assert len(set(ALL_ITEM_CODES)) == 18
    assert ALL_ITEM_CODES[0] == "foto_schoolgids"
    assert ALL_ITEM_CODES[5] == "foto_socialmedia_persoonlijk"
    assert ALL_ITEM_CODES[6] == "film_schoolgids"
    assert ALL_ITEM_CODES[-1] == "geluid_socialmedia_persoonlijk"
    assert list(ALL_ITEM_CODES) == [f"{m}_{c}" for m in MEDIA for c in CHANNELS]


def test_item_code_joins_medium_and_channel() -> None:
    assert item_code("foto", "website") == "foto_website"
    assert item_code("geluid", "socialmedia_school") == "geluid_socialmedia_school"


@pytest.mark.parametrize(
    ("medium", "channel"),
    [("video", "website"), ("foto", "Krant"), ("foto", "pers-lokaal"), ("", "")],
)
def test_item_code_rejects_unknown_parts(medium: str, channel: str) -> None:
    with pytest.raises(ValueError):
        item_code(medium, channel)


def test_split_item_code_splits_on_first_underscore() -> None:
    assert split_item_code("foto_socialmedia_school") == ("foto", "socialmedia_school")
    assert split_item_code("film_socialmedia_persoonlijk") == ("film", "socialmedia_persoonlijk")
    assert split_item_code("geluid_website") == ("geluid", "website")


@pytest.mark.parametrize("code", ALL_ITEM_CODES)
def test_split_and_join_round_trip(code: str) -> None:
    assert item_code(*split_item_code(code)) == code


@pytest.mark.parametrize(
    "code", ["", "foto", "foto_", "_website", "video_website", "foto_Pers", "FOTO_website"]
)
def test_split_item_code_rejects_unknown_codes(code: str) -> None:
    assert not is_item_code(code)
    with pytest.raises(ValueError):
        split_item_code(code)


def test_is_item_code_accepts_every_known_code() -> None:
    assert all(is_item_code(code) for code in ALL_ITEM_CODES)


def test_sort_item_codes_uses_form_order_and_removes_duplicates() -> None:
    assert sort_item_codes(reversed(ALL_ITEM_CODES)) == list(ALL_ITEM_CODES)
    assert sort_item_codes(["geluid_website", "foto_website", "geluid_website"]) == [
        "foto_website",
        "geluid_website",
    ]
    # Canonical order is the form order, not alphabetical ("film" < "foto").
    assert sort_item_codes(["film_schoolgids", "foto_website"]) == [
        "foto_website",
        "film_schoolgids",
    ]
    assert sort_item_codes([]) == []


def test_sort_item_codes_rejects_unknown_codes() -> None:
    with pytest.raises(ValueError, match="video_website"):
        sort_item_codes(["foto_website", "video_website"])


@settings(max_examples=100)
@given(st.lists(st.sampled_from(ALL_ITEM_CODES)))
def test_sort_item_codes_is_the_ordered_set(codes: list[str]) -> None:
    result = sort_item_codes(codes)
    assert set(result) == set(codes)
    assert len(result) == len(set(result))
    positions = [ALL_ITEM_CODES.index(code) for code in result]
    assert positions == sorted(positions)


def test_a_schools_own_channel_makes_item_codes_that_sort_after_the_defaults() -> None:
    assert is_item_code("foto_klassenfoto") and item_code("film", "pers") == "film_pers"
    assert split_item_code("foto_klassenfoto") == ("foto", "klassenfoto")
    assert sort_item_codes(["film_pers", "foto_pers", "foto_website", "foto_klassenfoto"]) == [
        "foto_website", "foto_klassenfoto", "foto_pers", "film_pers"
    ]  # fmt: skip
