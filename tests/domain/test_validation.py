"""Field checks for record input: every check says which field and which problem."""

from __future__ import annotations

from datetime import date

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.domain.validation import FieldProblem

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize("value", [None, "", "   ", [], ()])
def test_required_missing(value: object) -> None:
    assert v.check_required("roepnaam", value) == FieldProblem("roepnaam", v.REQUIRED)


@pytest.mark.parametrize("value", ["Sem", "0", [1], 0])
def test_required_present(value: object) -> None:
    assert v.check_required("roepnaam", value) is None


def test_parse_date_field() -> None:
    assert v.parse_date_field("d", "05-09-2026", required=True) == (date(2026, 9, 5), None)
    assert v.parse_date_field("d", date(2026, 9, 5), required=True) == (date(2026, 9, 5), None)
    assert v.parse_date_field("d", "", required=False) == (None, None)
    assert v.parse_date_field("d", None, required=False) == (None, None)
    assert v.parse_date_field("d", " ", required=True) == (None, FieldProblem("d", v.REQUIRED))
    assert v.parse_date_field("d", "31-02-2026", required=False) == (
        None,
        FieldProblem("d", v.DATE_INVALID, {"text": "31-02-2026"}),
    )
    assert v.parse_date_field("d", "2026-02-01", required=False) == (
        None,
        FieldProblem("d", v.DATE_FORMAT, {"text": "2026-02-01"}),
    )


def test_date_order_allows_the_same_day_and_missing_dates() -> None:
    start = date(2026, 8, 1)
    assert v.check_date_order("end_date", start, start) is None
    assert v.check_date_order("end_date", date(2026, 8, 2), start) is None
    assert v.check_date_order("end_date", None, start) is None
    assert v.check_date_order("end_date", start, None) is None
    assert v.check_date_order("end_date", date(2026, 7, 31), start) == FieldProblem(
        "end_date", v.DATE_ORDER, {"earliest": "2026-08-01"}
    )


def test_birth_date_in_the_future() -> None:
    assert v.check_birth_date("birth_date", date(2026, 11, 25), TODAY) == FieldProblem(
        "birth_date", v.DATE_IN_FUTURE
    )


@pytest.mark.parametrize(
    ("birth", "age"),
    [
        (date(2024, 11, 25), 1),  # turns 2 tomorrow
        (date(1995, 11, 24), 31),
        (date(2026, 11, 24), 0),  # born today
    ],
)
def test_birth_date_implausible_age(birth: date, age: int) -> None:
    assert v.check_birth_date("birth_date", birth, TODAY) == FieldProblem(
        "birth_date", v.AGE_OUT_OF_RANGE, {"age": age, "min": 2, "max": 30}
    )


@pytest.mark.parametrize(
    "birth",
    [
        date(2024, 11, 24),  # 2 today
        date(1995, 11, 25),  # 30, turns 31 tomorrow
        date(1996, 11, 24),  # 30 today
        date(2016, 3, 1),
    ],
)
def test_birth_date_plausible_ages_at_the_edges(birth: date) -> None:
    assert v.check_birth_date("birth_date", birth, TODAY) is None
    assert v.check_birth_date("birth_date", None, TODAY) is None


def test_choice() -> None:
    assert v.check_choice("employment_type", "intern", ("permanent", "intern")) is None
    assert v.check_choice("employment_type", "", ("intern",)) == FieldProblem(
        "employment_type", v.REQUIRED
    )
    assert v.check_choice("employment_type", "boss", ("intern",)) == FieldProblem(
        "employment_type", v.UNKNOWN_CHOICE, {"value": "boss"}
    )


@pytest.mark.parametrize("value", ["", "a@b.nl", " ouder.jansen@example.com "])
def test_email_accepted(value: str) -> None:
    assert v.check_email("email", value) is None


@pytest.mark.parametrize("value", ["jansen", "a@b", "a b@c.nl", "@example.com"])
def test_email_refused(value: str) -> None:
    assert v.check_email("email", value) == FieldProblem("email", v.EMAIL_FORMAT)


@pytest.mark.parametrize("value", ["", "06-12345678", "+31 6 1234 5678", "(010) 123 45 67"])
def test_phone_accepted(value: str) -> None:
    assert v.check_phone("phone", value) is None


@pytest.mark.parametrize("value", ["bel mij", "12345", "06-1234567x"])
def test_phone_refused(value: str) -> None:
    assert v.check_phone("phone", value) == FieldProblem("phone", v.PHONE_FORMAT)


@pytest.mark.parametrize(
    ("value", "ok"), [("", True), ("12AB", True), ("12ab", True), ("1AB2", False), ("12ABC", False)]
)
def test_brin(value: str, ok: bool) -> None:
    assert (v.check_brin("brin", value) is None) is ok


def test_first_problems_keeps_one_per_field_in_order() -> None:
    first = FieldProblem("a", v.REQUIRED)
    found = v.first_problems(
        [None, first, FieldProblem("a", v.DATE_FORMAT), FieldProblem("b", v.REQUIRED)]
    )
    assert found == [first, FieldProblem("b", v.REQUIRED)]


def test_field_problem_is_hashable_and_compares_params() -> None:
    assert FieldProblem("a", "x", {"n": 1}) == FieldProblem("a", "x", {"n": 1})
    assert FieldProblem("a", "x", {"n": 1}) != FieldProblem("a", "x", {"n": 2})
    assert len({FieldProblem("a", "x", {"n": 1}), FieldProblem("a", "x", {"n": 1})}) == 1
