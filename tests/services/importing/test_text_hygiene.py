"""Cleaning one cell: invisible characters, Unicode forms, mojibake, lost letters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from korre_desktop.services.importing.text_hygiene import (
    NAME,
    NUMBER,
    TEXT,
    describe,
    field_kind,
    tidy,
)


def codes(notes) -> list[str]:
    return [note.code for note in notes]


INVISIBLE = {
    "bidi embedding": "\u202a",
    "bidi override rtl": "\u202e",
    "bidi isolate": "\u2067",
    "pop isolate": "\u2069",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "left-to-right mark": "\u200e",
    "bell": "\x07",
    "escape": "\x1b",
    "unit separator": "\x1f",
    "delete": "\x7f",
    "C1 control": "\x9b",
    "private use": "\ue000",
    "tag character": "\U000e0041",
}


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize("kind", [NAME, TEXT])
def test_invisible_characters_are_removed_from_text_with_a_warning(char, kind):
    value, notes = tidy(f"Ja{char}n de{char} Vries{char}", kind)
    assert value == "Jan de Vries"
    assert codes(notes) == ["hidden_characters"]
    assert notes[0].severity == "warning"
    assert notes[0].params["chars"] == f"U+{ord(char):04X}"


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_a_number_with_an_invisible_character_is_an_error(char):
    value, notes = tidy(f"0045{char}12", NUMBER)
    assert codes(notes) == ["number_hidden_characters"]
    assert notes[0].severity == "error"
    assert value == "004512"  # so that it is seen as the same number as a plain 004512
    assert f"U+{ord(char):04X}" in describe(notes[0], "Leerlingnummer")


@pytest.mark.parametrize(
    "value", ["０４５１２", "0045１2", "4\u00b2", "A\u030a12", "\ufb01012"], ids=repr
)
def test_a_number_that_is_not_in_its_plain_form_is_an_error(value):
    assert codes(tidy(value, NUMBER)[1]) == ["number_not_plain"]


@pytest.mark.parametrize("value", ["004512", "LK001", "Ö12", "12 34", "A-0012"])
def test_plain_numbers_pass(value):
    assert tidy(value, NUMBER) == (value, ())


def test_names_are_put_in_nfc_silently():
    composed, decomposed = "Ren\u00e9 Zo\u00eb", "Rene\u0301 Zoe\u0308"
    assert tidy(decomposed, NAME) == (composed, ())
    assert tidy(composed, NAME) == (composed, ())
    assert tidy(decomposed, TEXT) == (composed, ())


def test_other_spaces_become_one_space_silently():
    assert tidy("Jan\u00a0de\u2007 Vries", NAME) == ("Jan de Vries", ())
    assert tidy("Jan  \t de\nVries", NAME) == ("Jan de Vries", ())
    assert tidy("0045\u00a012", NUMBER) == ("0045 12", ())


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("Ã‰mma", "Émma"),
        ("ZoÃ«", "Zoë"),
        ("OÃ¢â‚¬â„¢Brien", "Oâ€™Brien"),  # twice garbled: one step back is shown
        ("Oâ€™Brien", "O’Brien"),
        ("Ã–ztÃ¼rk", "Öztürk"),
        ("Ã\x89mma", "Émma"),  # read as Latin-1: a C1 control stands for the byte
        ("AyÅŸe", "Ayşe"),
    ],
)
def test_mojibake_is_repaired_when_reading_it_back_works_and_says_so(garbled, meant):
    value, notes = tidy(garbled, NAME)
    assert value == meant
    assert codes(notes) == ["mojibake_repaired"]
    assert repr(meant) in describe(notes[0], "Roepnaam")


def test_mojibake_mixed_with_real_accents_is_only_reported():
    value, notes = tidy("Zoë ChloÃ«", NAME)
    assert value == "Zoë ChloÃ«"
    assert codes(notes) == ["mojibake"]
    assert "kept as written" in describe(notes[0], "Roepnaam")


@pytest.mark.parametrize(
    "name",
    ["João", "Çağla", "Đorđe", "Öztürk", "Ÿvonne", "Ådne", "Øyvind", "François", "Chloë",
     "Brandsmā", "Séverine", "Ángel", "Íñigo", "Þóra", "Weiß", "Ærø", "Œdipe", "Ñuñez",
     "Zoë-Ève", "ÉÈ", "Ðaði"],
)  # fmt: skip
def test_real_names_with_accents_are_left_alone(name):
    assert tidy(name, NAME) == (name, ())


@given(st.text(st.characters(whitelist_categories=("Lu", "Ll"), max_codepoint=0x24F), max_size=12))
def test_latin_letters_are_never_reported_except_as_mojibake(text):
    value, notes = tidy(text, NAME)
    assert value == unicodedata.normalize("NFC", text)
    assert set(codes(notes)) <= {"mojibake", "mojibake_repaired"}


@pytest.mark.parametrize("name", ["Ay?e", "?zt?rk", "Bj?rn", "Jan? de Vries", "Ay\ufffde"])
def test_a_lost_letter_in_a_name_is_reported(name):
    value, notes = tidy(name, NAME)
    assert value == name  # kept: the letter cannot be known
    assert codes(notes) == ["lost_character"]


@pytest.mark.parametrize("name", ["Jan (?)", "?", "Piet - ?"])
def test_a_question_mark_apart_from_letters_is_not_a_lost_letter(name):
    assert tidy(name, NAME) == (name, ())


def test_a_question_mark_in_other_text_is_not_reported():
    assert tidy("wat?nu", TEXT) == ("wat?nu", ())


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ('"t Hooft', "'t Hooft"),
        ('"s-Gravenhage', "'s-Gravenhage"),
        ('van "t Hek', "van 't Hek"),
        ('"T Hart', "'T Hart"),
        ('"t', "'t"),
    ],
)
def test_a_double_quote_for_the_dutch_apostrophe_becomes_the_apostrophe(written, meant):
    value, notes = tidy(written, NAME)
    assert value == meant
    assert codes(notes) == ["name_apostrophe"]


@pytest.mark.parametrize(
    "name", ['Jan "Jantje" Jansen', 'Piet "stoere" Bos', '"Tom"', "d'Ancona", "'t Hooft"]
)
def test_other_quotes_in_names_are_kept(name):
    assert tidy(name, NAME) == (name, ())


def test_the_apostrophe_rule_is_only_for_names():
    assert tidy('"t is goed', TEXT) == ('"t is goed', ())


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        ("number", NUMBER),
        ("roepnaam", NAME),
        ("achternaam", NAME),
        ("name", NAME),
        ("partner_achternaam", NAME),
        ("signer", NAME),
        ("guardian2_name", NAME),
        ("guardian1_tussenvoegsel", NAME),
        ("guardian1_email", TEXT),
        ("class", TEXT),
        ("note", TEXT),
        ("birth_date", TEXT),
    ],
)
def test_field_kinds(field, kind):
    assert field_kind(field) == kind


@pytest.mark.parametrize("text", ["Zoë’s boek", "André’s", "café “De Zon”"])
def test_accents_next_to_typographic_quotes_are_not_mojibake(text):
    assert tidy(text, TEXT) == (text, ())
