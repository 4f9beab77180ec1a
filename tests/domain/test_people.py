from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.people import (
    NameUse,
    age_on,
    display_name,
    name_in_use,
    natural_key,
    person_name,
    person_sort_key,
    sixteenth_birthday,
    sort_key,
    sort_name,
    surname_in_use,
)


def test_age_changes_on_the_birthday_itself() -> None:
    born = date(2010, 3, 15)
    assert age_on(born, date(2026, 3, 14)) == 15
    assert age_on(born, date(2026, 3, 15)) == 16
    assert age_on(born, date(2026, 12, 31)) == 16
    assert age_on(born, born) == 0


def test_born_29_february_ages_on_1_march_in_non_leap_years() -> None:
    born = date(2008, 2, 29)
    assert age_on(born, date(2025, 2, 28)) == 16
    assert age_on(born, date(2025, 3, 1)) == 17
    # In leap years the birthday is 29 February itself.
    assert age_on(born, date(2024, 2, 28)) == 15
    assert age_on(born, date(2024, 2, 29)) == 16


def test_sixteenth_birthday() -> None:
    assert sixteenth_birthday(date(2010, 3, 15)) == date(2026, 3, 15)
    assert sixteenth_birthday(date(2008, 2, 29)) == date(2024, 2, 29)
    # 2100 is not a leap year, so the 16th birthday moves to 1 March.
    assert sixteenth_birthday(date(2084, 2, 29)) == date(2100, 3, 1)
    assert age_on(date(2084, 2, 29), date(2100, 2, 28)) == 15
    assert age_on(date(2084, 2, 29), date(2100, 3, 1)) == 16


@settings(max_examples=200)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_sixteenth_birthday_agrees_with_age_on(born: date) -> None:
    birthday = sixteenth_birthday(born)
    assert age_on(born, birthday) == 16
    assert age_on(born, birthday - timedelta(days=1)) == 15


@settings(max_examples=200)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_age_never_decreases_over_time(born: date, on: date) -> None:
    later = on + timedelta(days=1)
    assert age_on(born, on) <= age_on(born, later) <= age_on(born, on) + 1


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Jan", "van der", "Berg"), "Jan van der Berg"),
        (("Jan", None, "Berg"), "Jan Berg"),
        (("Jan", "", "Berg"), "Jan Berg"),
        ((" Jan ", "  van   der ", " Berg  "), "Jan van der Berg"),
        (("Anne  Marie", "de", "Vries-Jansen"), "Anne Marie de Vries-Jansen"),
        (("", None, "Berg"), "Berg"),
        (("Jan", "   ", ""), "Jan"),
    ],
)
def test_display_name(parts: tuple[str, str | None, str], expected: str) -> None:
    assert display_name(*parts) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Jan", "van der", "Berg"), "Berg, Jan van der"),
        (("Jan", None, "Berg"), "Berg, Jan"),
        ((" Jan", " van  der ", "Berg "), "Berg, Jan van der"),
        (("", "van", "Dijk"), "Dijk, van"),
        (("Jan", None, ""), "Jan"),
        (("", None, "Berg"), "Berg"),
    ],
)
def test_sort_name(parts: tuple[str, str | None, str], expected: str) -> None:
    assert sort_name(*parts) == expected


def test_sort_key_orders_on_surname_ignoring_infix_and_case() -> None:
    people = [
        ("Piet", "de", "Vries"),
        ("jan", "van der", "Berg"),
        ("Anna", None, "berg"),
        ("Jan", None, "Aalders"),
    ]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert ordered == [
        ("Jan", None, "Aalders"),
        ("Anna", None, "berg"),
        ("jan", "van der", "Berg"),
        ("Piet", "de", "Vries"),
    ]


def test_sort_key_is_casefolded_and_normalised() -> None:
    assert sort_key(" Jan ", "Van  der", "BERG") == ("berg", "jan", "van der")
    assert sort_key("Jan", None, "Berg") == ("berg", "jan", "")
    assert sort_key("Jan", "van", "Straße") == sort_key("JAN", "VAN", "STRASSE")


def test_sort_key_ignores_accents_so_oe_sorts_under_o():
    from korre_desktop.domain.people import sort_key

    names = [("Anna", "de", "Vries"), ("Öykü", "", "Öztürk"), ("Sem", "", "Jansen")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [n[2] for n in ordered] == ["Jansen", "Öztürk", "Vries"]


def test_fold_removes_accents_and_case():
    from korre_desktop.domain.people import fold

    assert fold("Zoë Öztürk-Çelik") == "zoe ozturk-celik"


@pytest.mark.parametrize(
    ("use", "expected"),
    [
        (NameUse.OWN, "P. Jansen"),
        (NameUse.PARTNER, "P. de Boer"),
        (NameUse.PARTNER_OWN, "P. de Boer-Jansen"),
        (NameUse.OWN_PARTNER, "P. Jansen-de Boer"),
    ],
)
def test_name_in_use_puts_each_infix_with_its_surname(use, expected) -> None:
    assert name_in_use("P.", "", "Jansen", use, "de", "Boer") == expected


def test_name_in_use_without_a_partner_name_is_the_own_name() -> None:
    assert name_in_use("Petra", "van", "Dijk", NameUse.PARTNER, "", "") == "Petra van Dijk"
    assert surname_in_use("van", "Dijk", "eigen-partner", "", "") == "van Dijk"
    assert surname_in_use("", "", NameUse.PARTNER_OWN, "de", "Boer") == "de Boer"


def test_person_name_reads_the_name_use_columns_when_a_row_has_them() -> None:
    guardian = {"roepnaam": "Eva", "tussenvoegsel": "", "achternaam": "Bos"}
    employee = {**guardian, "naamgebruik": "partner-eigen", "partner_tussenvoegsel": "van",
                "partner_achternaam": "Dam"}  # fmt: skip
    assert (person_name(guardian), person_name(employee)) == ("Eva Bos", "Eva van Dam-Bos")


def test_the_person_key_ignores_the_infix_accents_case_and_the_name_in_use() -> None:
    rows = [
        {"roepnaam": "Jan", "tussenvoegsel": "van der", "achternaam": "Berg", "naamgebruik": ""},
        {"roepnaam": "anna", "tussenvoegsel": "", "achternaam": "BERG"},
        {"roepnaam": "Zoë", "tussenvoegsel": "", "achternaam": "Öztürk"},
        {"roepnaam": "Piet", "tussenvoegsel": "de", "achternaam": "Boer"},
        {"roepnaam": "Eva", "tussenvoegsel": "", "achternaam": "Oosten"},
        # Uses her partner's name "de Vries" in lists of names; still sorted under Aa.
        {
            "roepnaam": "Els",
            "tussenvoegsel": "",
            "achternaam": "Aalders",
            "naamgebruik": "partner",
            "partner_tussenvoegsel": "de",
            "partner_achternaam": "Vries",
        },
    ]
    ordered = [row["roepnaam"] for row in sorted(rows, key=person_sort_key)]
    assert ordered == ["Els", "anna", "Jan", "Piet", "Eva", "Zoë"]


def test_class_names_sort_naturally_without_case_or_accents() -> None:
    names = ["Groep 10", "groep 9", "Groep 1/2", "Groep 5b", "Groep 5A", "3B", "10A", "Één"]
    assert sorted(names, key=natural_key) == [
        "3B",
        "10A",
        "Één",
        "Groep 1/2",
        "Groep 5A",
        "Groep 5b",
        "groep 9",
        "Groep 10",
    ]
    assert natural_key("Groep 5a") == natural_key("GROEP 5A")
    assert natural_key("Groep 007") == natural_key("Groep 7")
