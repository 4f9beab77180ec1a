"""Who is management, an authorisation's status and scope, an account in use."""

from datetime import date

import pytest

from korre_desktop.domain.authorisation import (
    PLATFORMS,
    AuthorisationStatus,
    Platform,
    Scope,
    account_active_on,
    authorisation_status,
    is_management,
    scope_of,
)
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE


@pytest.mark.parametrize(
    "function",
    [
        "Directeur",
        "directeur",
        "DIRECTEUR BASISONDERWIJS",
        "Adjunct-directeur",
        "adjunct directeur",
        "Clusterdirecteur",
        "Locatiedirecteur",
        "Directeur-bestuurder",
        "Bestuurder",
        "Lid college van bestuur",
        "Directie",
        "Lid directie",
        "Locatieleider",
        "Bovenschools ICT-coördinator",
        "Interim-directeur",
    ],
)
def test_management(function: str) -> None:
    assert is_management(function)


@pytest.mark.parametrize(
    "function",
    [
        "",
        "Leerkracht",
        "Intern begeleider",
        "Teamleider onderbouw",
        "Directiesecretaresse",
        "Bestuurssecretaris",
        "Administratief medewerker",
        "Conciërge",
        "Stagiair PABO",
    ],
)
def test_not_management(function: str) -> None:
    assert not is_management(function)


def test_platform_codes_are_the_schemas() -> None:
    """One list of platform codes: the schema's CHECK takes exactly these."""
    with Store.in_memory() as store:
        for code in (*PLATFORMS, "myspace"):
            row = {"platform": code, "name": code, "created_at": "2026-11-24T10:00:00"}
            if code == "myspace":
                with pytest.raises(REFUSED_BY_DATABASE, match=r"(?i)check"):
                    store.insert("accounts", row)
            else:
                store.insert("accounts", row)
    assert Platform("whatsapp_group") is Platform.WHATSAPP_GROUP


FROM, UNTIL = date(2026, 9, 1), date(2026, 12, 31)


@pytest.mark.parametrize(
    ("on", "withdrawn", "expected"),
    [
        (date(2026, 8, 31), None, AuthorisationStatus.NOT_YET),
        (FROM, None, AuthorisationStatus.ACTIVE),
        (UNTIL, None, AuthorisationStatus.ACTIVE),  # the last day counts
        (date(2027, 1, 1), None, AuthorisationStatus.EXPIRED),
        (date(2026, 10, 9), date(2026, 10, 10), AuthorisationStatus.ACTIVE),
        (date(2026, 10, 10), date(2026, 10, 10), AuthorisationStatus.WITHDRAWN),
        (date(2027, 3, 1), date(2026, 10, 10), AuthorisationStatus.WITHDRAWN),  # not expired
    ],
)
def test_status_on_a_date(on, withdrawn, expected) -> None:
    assert authorisation_status(FROM, UNTIL, withdrawn, on) is expected


def test_without_an_end_it_stays_active() -> None:
    assert authorisation_status(FROM, None, None, date(2040, 1, 1)) is AuthorisationStatus.ACTIVE


def test_scope_of_a_stored_authorisation() -> None:
    assert scope_of(3, None) is Scope.ACCOUNT
    assert scope_of(None, 2) is Scope.SCHOOL
    assert scope_of(None, None) is Scope.FOUNDATION


def test_an_account_is_in_use_up_to_the_day_before_it_ends() -> None:
    assert account_active_on(None, None, date(2000, 1, 1))
    assert not account_active_on(date(2026, 9, 1), None, date(2026, 8, 31))
    assert account_active_on(date(2026, 9, 1), date(2026, 11, 1), date(2026, 10, 31))
    assert not account_active_on(date(2026, 9, 1), date(2026, 11, 1), date(2026, 11, 1))
