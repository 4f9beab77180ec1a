from __future__ import annotations

import copy
import dataclasses
import itertools
import pickle
from datetime import date, datetime, time

import pytest

from korre_desktop.domain.consent import (
    ConsentPolicy,
    ConsentStatus,
    SignerRole,
    SixteenPlusPolicy,
    Statement,
    employee_status,
    employee_statuses,
)
from korre_desktop.domain.consent_form import Validity, ValidityKind
from korre_desktop.domain.consent_items import ALL_ITEM_CODES

_IDS = itertools.count(1)
ITEM = "foto_website"
OTHER = "film_nieuwsbrief"


def per_year(statements):
    """The statements as signed on a form valid for the school year it was signed in."""
    return [dataclasses.replace(s, validity=Validity(ValidityKind.SCHOOL_YEAR)) for s in statements]


ON = date(2026, 3, 1)


def stmt(
    signed: date,
    answers: dict[str, bool | None],
    *,
    role: SignerRole = SignerRole.EMPLOYEE,
    signer: int = 7,
    entered: datetime | None = None,
    sid: int | None = None,
) -> Statement:
    return Statement(
        id=next(_IDS) if sid is None else sid,
        signer_role=role,
        signer_id=signer,
        signed_date=signed,
        entered_at=entered or datetime.combine(signed, time(12)),
        answers=answers,
    )


def every(value: bool | None) -> dict[str, bool | None]:
    return dict.fromkeys(ALL_ITEM_CODES, value)


# Rule 3: the employee's own answer decides.


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(True, ConsentStatus.GRANTED), (False, ConsentStatus.REFUSED), (None, ConsentStatus.MISSING)],
)
def test_own_answer_decides(answer: bool | None, expected: ConsentStatus) -> None:
    assert employee_status([stmt(date(2025, 9, 1), {ITEM: answer})], ITEM, ON) is expected


def test_nothing_at_all_is_missing() -> None:
    assert employee_status([], ITEM, ON) is ConsentStatus.MISSING
    assert employee_statuses([], ALL_ITEM_CODES, ON) == dict.fromkeys(
        ALL_ITEM_CODES, ConsentStatus.MISSING
    )


def test_statements_of_other_roles_are_ignored() -> None:
    statements = [
        stmt(date(2025, 9, 1), {ITEM: True}, role=SignerRole.GUARDIAN),
        stmt(date(2025, 9, 1), {ITEM: True}, role=SignerRole.STUDENT),
    ]
    assert employee_status(statements, ITEM, ON) is ConsentStatus.MISSING


# Rule 1: only statements signed on or before the date count.


def test_statement_signed_after_the_date_does_not_count_yet() -> None:
    statements = [stmt(date(2025, 9, 1), {ITEM: True}), stmt(date(2026, 3, 2), {ITEM: False})]
    assert employee_status(statements, ITEM, date(2026, 3, 1)) is ConsentStatus.GRANTED
    assert employee_status(statements, ITEM, date(2026, 3, 2)) is ConsentStatus.REFUSED


def test_statement_signed_on_the_date_counts() -> None:
    assert employee_status([stmt(ON, {ITEM: True})], ITEM, ON) is ConsentStatus.GRANTED


# Rule 2: the latest covering statement gives the answer.


def test_later_withdrawal_wins() -> None:
    statements = [stmt(date(2025, 9, 1), every(True)), stmt(date(2026, 1, 10), every(False))]
    assert employee_status(statements, ITEM, ON) is ConsentStatus.REFUSED


def test_later_consent_after_refusal_wins() -> None:
    statements = [stmt(date(2025, 9, 1), every(False)), stmt(date(2026, 1, 10), every(True))]
    assert employee_status(statements, ITEM, ON) is ConsentStatus.GRANTED


def test_later_blank_supersedes_an_earlier_yes() -> None:
    statements = [stmt(date(2025, 9, 1), {ITEM: True}), stmt(date(2026, 1, 10), {ITEM: None})]
    assert employee_status(statements, ITEM, ON) is ConsentStatus.MISSING


def test_signed_date_orders_before_entry_time() -> None:
    # An old paper form typed in late must not override a newer one.
    newer = stmt(date(2026, 1, 10), {ITEM: False}, entered=datetime(2026, 1, 10, 9))
    older_entered_later = stmt(date(2025, 9, 1), {ITEM: True}, entered=datetime(2026, 2, 1, 9))
    assert employee_status([newer, older_entered_later], ITEM, ON) is ConsentStatus.REFUSED


def test_same_day_correction_later_entry_wins_in_any_input_order() -> None:
    day = date(2026, 1, 10)
    first = stmt(day, {ITEM: True}, entered=datetime(2026, 1, 10, 9), sid=500)
    correction = stmt(day, {ITEM: False}, entered=datetime(2026, 1, 10, 10), sid=400)
    assert employee_status([first, correction], ITEM, ON) is ConsentStatus.REFUSED
    assert employee_status([correction, first], ITEM, ON) is ConsentStatus.REFUSED


def test_same_day_same_entry_time_higher_id_wins_in_any_input_order() -> None:
    day = date(2026, 1, 10)
    entered = datetime(2026, 1, 10, 9)
    low = stmt(day, {ITEM: False}, entered=entered, sid=10)
    high = stmt(day, {ITEM: True}, entered=entered, sid=11)
    assert employee_status([low, high], ITEM, ON) is ConsentStatus.GRANTED
    assert employee_status([high, low], ITEM, ON) is ConsentStatus.GRANTED


def test_item_absent_from_older_form_version_is_missing() -> None:
    old_form = {code: True for code in ALL_ITEM_CODES if code != "geluid_socialmedia_persoonlijk"}
    statuses = employee_statuses([stmt(date(2025, 9, 1), old_form)], ALL_ITEM_CODES, ON)
    assert statuses["geluid_socialmedia_persoonlijk"] is ConsentStatus.MISSING
    assert statuses["geluid_ouderportaal"] is ConsentStatus.GRANTED


def test_statement_not_covering_an_item_keeps_the_earlier_answer() -> None:
    statements = [stmt(date(2025, 9, 1), {ITEM: True}), stmt(date(2026, 1, 10), {OTHER: False})]
    assert employee_status(statements, ITEM, ON) is ConsentStatus.GRANTED
    assert employee_status(statements, OTHER, ON) is ConsentStatus.REFUSED


def test_partial_withdrawal_affects_only_the_withdrawn_items() -> None:
    statements = [
        stmt(date(2025, 9, 1), every(True)),
        stmt(date(2026, 1, 10), {"foto_website": False, "film_website": False}),
    ]
    statuses = employee_statuses(statements, ALL_ITEM_CODES, ON)
    assert statuses["foto_website"] is ConsentStatus.REFUSED
    assert statuses["film_website"] is ConsentStatus.REFUSED
    granted = [code for code, status in statuses.items() if status is ConsentStatus.GRANTED]
    assert len(granted) == 16


def test_unknown_item_is_missing() -> None:
    assert employee_status([stmt(date(2025, 9, 1), every(True))], "x_y", ON) is (
        ConsentStatus.MISSING
    )


def test_statuses_follow_the_requested_items() -> None:
    statuses = employee_statuses([stmt(date(2025, 9, 1), every(True))], [OTHER, ITEM], ON)
    assert list(statuses) == [OTHER, ITEM]


# Validity: per school year versus until withdrawn.


def test_until_withdrawn_never_expires() -> None:
    statements = [stmt(date(2015, 9, 1), {ITEM: True})]
    assert employee_status(statements, ITEM, date(2026, 3, 1)) is ConsentStatus.GRANTED


def test_per_school_year_expires_on_1_august() -> None:
    statements = [stmt(date(2026, 7, 31), {ITEM: True})]
    assert employee_status(per_year(statements), ITEM, date(2026, 7, 31)) is ConsentStatus.GRANTED
    assert employee_status(per_year(statements), ITEM, date(2026, 8, 1)) is ConsentStatus.EXPIRED


def test_per_school_year_statement_signed_on_1_august_is_valid_all_year() -> None:
    statements = [stmt(date(2026, 8, 1), {ITEM: True})]
    assert employee_status(per_year(statements), ITEM, date(2026, 8, 1)) is ConsentStatus.GRANTED
    assert employee_status(per_year(statements), ITEM, date(2027, 7, 31)) is ConsentStatus.GRANTED
    assert employee_status(per_year(statements), ITEM, date(2027, 8, 1)) is ConsentStatus.EXPIRED


def test_expired_refusal_is_expired_not_refused() -> None:
    statements = [stmt(date(2025, 6, 1), {ITEM: False})]
    assert employee_status(per_year(statements), ITEM, ON) is ConsentStatus.EXPIRED


def test_expired_blank_is_expired() -> None:
    statements = [stmt(date(2025, 6, 1), {ITEM: None})]
    assert employee_status(per_year(statements), ITEM, ON) is ConsentStatus.EXPIRED


def test_blank_this_year_after_expired_yes_is_missing() -> None:
    statements = [stmt(date(2025, 6, 1), {ITEM: True}), stmt(date(2025, 9, 1), {ITEM: None})]
    assert employee_status(per_year(statements), ITEM, ON) is ConsentStatus.MISSING


def test_partial_renewal_this_school_year() -> None:
    statements = [stmt(date(2025, 6, 1), every(True)), stmt(date(2025, 9, 1), {ITEM: True})]
    statuses = employee_statuses(per_year(statements), [ITEM, OTHER], ON)
    assert statuses == {ITEM: ConsentStatus.GRANTED, OTHER: ConsentStatus.EXPIRED}


def test_sixteen_plus_policy_does_not_affect_employees() -> None:
    strict = ConsentPolicy(sixteen_plus=SixteenPlusPolicy.STRICT)
    assert employee_status([stmt(date(2025, 9, 1), {ITEM: True})], ITEM, ON, strict) is (
        ConsentStatus.GRANTED
    )


# Rule 6 and the value objects.


@pytest.mark.parametrize("status", list(ConsentStatus))
def test_only_granted_allows_use(status: ConsentStatus) -> None:
    assert status.allows_use is (status is ConsentStatus.GRANTED)


def test_statement_rejects_non_boolean_answers() -> None:
    with pytest.raises(TypeError):
        stmt(ON, {ITEM: 1})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        stmt(ON, {ITEM: "ja"})  # type: ignore[dict-item]


def test_statement_answers_are_a_frozen_copy() -> None:
    answers: dict[str, bool | None] = {ITEM: True}
    statement = stmt(ON, answers)
    answers[ITEM] = False
    assert statement.answers[ITEM] is True
    with pytest.raises(TypeError):
        statement.answers[ITEM] = False  # type: ignore[index]
    assert employee_status([statement], ITEM, ON) is ConsentStatus.GRANTED


def test_statement_equality_uses_its_fields() -> None:
    a = stmt(ON, {ITEM: True}, sid=1)
    assert a == stmt(ON, {ITEM: True}, sid=1)
    assert a != stmt(ON, {ITEM: False}, sid=1)


def test_roles_and_policies_given_as_strings_are_converted() -> None:
    statement = stmt(ON, {ITEM: True}, role="employee")  # type: ignore[arg-type]
    assert statement.signer_role is SignerRole.EMPLOYEE
    policy = ConsentPolicy(sixteen_plus="strict", school_year_cutoff=[8, 1])  # type: ignore[arg-type]
    assert policy == ConsentPolicy(SixteenPlusPolicy.STRICT, (8, 1))
    with pytest.raises(ValueError):
        stmt(ON, {ITEM: True}, role="parent")  # type: ignore[arg-type]


def test_statement_can_be_hashed_copied_and_pickled() -> None:
    statement = stmt(ON, {ITEM: True, OTHER: None}, sid=3)
    assert pickle.loads(pickle.dumps(statement)) == statement
    clone = copy.deepcopy(statement)
    assert clone == statement
    assert hash(clone) == hash(statement)
    assert len({statement, clone}) == 1
    assert employee_status([clone], ITEM, ON) is ConsentStatus.GRANTED
