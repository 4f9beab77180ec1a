from __future__ import annotations

import dataclasses
import itertools
from datetime import date, datetime, time

import pytest

from korre_desktop.domain.consent import (
    ConsentPolicy,
    ConsentStatus,
    SignerRole,
    SixteenPlusPolicy,
    Statement,
    StudentItemStatus,
    student_status,
    student_statuses,
)
from korre_desktop.domain.consent_form import Validity, ValidityKind
from korre_desktop.domain.consent_items import ALL_ITEM_CODES

_IDS = itertools.count(1)
ITEM = "foto_socialmedia_school"
OTHER = "geluid_website"
GRANTED = ConsentStatus.GRANTED
REFUSED = ConsentStatus.REFUSED
CONFLICT = ConsentStatus.CONFLICT
MISSING = ConsentStatus.MISSING
EXPIRED = ConsentStatus.EXPIRED

CHILD = date(2015, 5, 1)  # 10 on ON
TEEN = date(2008, 5, 1)  # 17 on ON
ON = date(2026, 3, 1)
SIGNED = date(2025, 9, 1)
DEFAULT = ConsentPolicy()
STRICT = ConsentPolicy(sixteen_plus=SixteenPlusPolicy.STRICT)


def per_year(statements):
    """The statements as signed on a form valid for the school year it was signed in."""
    return [dataclasses.replace(s, validity=Validity(ValidityKind.SCHOOL_YEAR)) for s in statements]


def guardian(
    signer: int,
    answer: bool | None,
    signed: date = SIGNED,
    *,
    item: str = ITEM,
    entered: datetime | None = None,
    sid: int | None = None,
) -> Statement:
    return Statement(
        id=next(_IDS) if sid is None else sid,
        signer_role=SignerRole.GUARDIAN,
        signer_id=signer,
        signed_date=signed,
        entered_at=entered or datetime.combine(signed, time(12)),
        answers={item: answer},
    )


def own(answer: bool | None, signed: date = SIGNED, *, item: str = ITEM) -> Statement:
    return Statement(
        id=next(_IDS),
        signer_role=SignerRole.STUDENT,
        signer_id=1,
        signed_date=signed,
        entered_at=datetime.combine(signed, time(12)),
        answers={item: answer},
    )


def status(
    born: date, statements: list[Statement], on: date = ON, policy: ConsentPolicy = DEFAULT
) -> StudentItemStatus:
    return student_status(born, statements, ITEM, on, policy)


# Rule 4: under 16 the guardians decide, but the student's own refusal counts.


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([True], GRANTED),
        ([False], REFUSED),
        ([None], MISSING),
        ([True, True], GRANTED),
        ([False, False], REFUSED),
        ([True, False], CONFLICT),
        ([False, True], CONFLICT),
        ([True, None], GRANTED),
        ([False, None], REFUSED),
        ([None, None], MISSING),
        ([True, False, None], CONFLICT),
    ],
)
def test_guardians_combine(answers: list[bool | None], expected: ConsentStatus) -> None:
    statements = [guardian(signer, answer) for signer, answer in enumerate(answers, start=1)]
    assert status(CHILD, statements) == StudentItemStatus(expected)


def test_no_statements_is_missing() -> None:
    assert status(CHILD, []) == StudentItemStatus(MISSING)
    assert status(TEEN, []) == StudentItemStatus(MISSING)


def test_one_answer_per_guardian_the_latest() -> None:
    statements = [guardian(1, True, date(2025, 9, 1)), guardian(1, False, date(2026, 1, 5))]
    assert status(CHILD, statements).status is REFUSED
    statements = [guardian(1, False, date(2025, 9, 1)), guardian(1, True, date(2026, 1, 5))]
    assert status(CHILD, statements).status is GRANTED


def test_guardian_blank_later_supersedes_their_yes() -> None:
    statements = [guardian(1, True, date(2025, 9, 1)), guardian(1, None, date(2026, 1, 5))]
    assert status(CHILD, statements).status is MISSING


def test_guardian_withdrawal_turns_consent_into_conflict() -> None:
    statements = [guardian(1, True), guardian(2, True), guardian(2, False, date(2026, 2, 1))]
    assert status(CHILD, statements).status is CONFLICT


def test_guardian_same_day_correction_wins_in_any_order() -> None:
    day = date(2026, 1, 5)
    first = guardian(1, False, day, entered=datetime(2026, 1, 5, 9), sid=99)
    fix = guardian(1, True, day, entered=datetime(2026, 1, 5, 11), sid=98)
    assert status(CHILD, [first, fix]).status is GRANTED
    assert status(CHILD, [fix, first]).status is GRANTED


def test_child_refusal_counts_at_any_age() -> None:
    statements = [guardian(1, True), guardian(2, True), own(False)]
    assert status(CHILD, statements) == StudentItemStatus(REFUSED)


def test_child_yes_does_not_count_under_16() -> None:
    assert status(CHILD, [own(True)]).status is MISSING
    assert status(CHILD, [own(True), guardian(1, False)]).status is REFUSED
    assert status(CHILD, [own(True), guardian(1, True), guardian(2, False)]).status is CONFLICT


def test_child_blank_leaves_it_to_the_guardians() -> None:
    assert status(CHILD, [own(None), guardian(1, True)]) == StudentItemStatus(GRANTED)


def test_later_child_yes_does_not_lift_their_own_refusal_under_16() -> None:
    # The later yes supersedes the refusal but does not count itself, so guardians decide.
    statements = [own(False, date(2025, 9, 1)), own(True, date(2026, 1, 5))]
    assert status(CHILD, statements).status is MISSING
    assert status(CHILD, [*statements, guardian(1, True)]).status is GRANTED


def test_guardian_statement_signed_after_the_date_does_not_count() -> None:
    statements = [guardian(1, True), guardian(2, False, date(2026, 3, 2))]
    assert status(CHILD, statements, date(2026, 3, 1)).status is GRANTED
    assert status(CHILD, statements, date(2026, 3, 2)).status is CONFLICT


def test_item_absent_from_older_form_version_is_missing() -> None:
    old_form = {code: True for code in ALL_ITEM_CODES if not code.endswith("_ouderportaal")}
    statement = Statement(
        1, SignerRole.GUARDIAN, 3, SIGNED, datetime.combine(SIGNED, time(9)), old_form
    )
    statuses = student_statuses(CHILD, [statement], ALL_ITEM_CODES, ON)
    assert statuses["foto_ouderportaal"] == StudentItemStatus(MISSING)
    assert statuses["foto_website"] == StudentItemStatus(GRANTED)
    assert sum(s.status is MISSING for s in statuses.values()) == 3


def test_partial_withdrawal_by_one_guardian() -> None:
    everything = dict.fromkeys(ALL_ITEM_CODES, True)
    statements = [
        Statement(1, SignerRole.GUARDIAN, 3, SIGNED, datetime(2025, 9, 1), everything),
        Statement(2, SignerRole.GUARDIAN, 3, date(2026, 1, 5), datetime(2026, 1, 5), {ITEM: False}),
    ]
    statuses = student_statuses(CHILD, statements, ALL_ITEM_CODES, ON)
    assert statuses[ITEM].status is REFUSED
    assert all(s.status is GRANTED for code, s in statuses.items() if code != ITEM)


# Age boundary: 16 on the birthday itself.


def test_own_yes_counts_from_the_sixteenth_birthday() -> None:
    born = date(2010, 3, 15)
    assert status(born, [own(True)], date(2026, 3, 14)).status is MISSING
    assert status(born, [own(True)], date(2026, 3, 15)) == StudentItemStatus(GRANTED)


def test_ask_student_from_the_sixteenth_birthday() -> None:
    born = date(2010, 3, 15)
    statements = [guardian(1, True)]
    assert status(born, statements, date(2026, 3, 14)) == StudentItemStatus(GRANTED, False)
    assert status(born, statements, date(2026, 3, 15)) == StudentItemStatus(GRANTED, True)


def test_born_29_february_in_a_leap_sixteenth_year() -> None:
    born = date(2008, 2, 29)
    statements = [own(True, date(2023, 9, 1))]
    assert status(born, statements, date(2024, 2, 28)).status is MISSING
    assert status(born, statements, date(2024, 2, 29)).status is GRANTED


def test_born_29_february_turns_16_on_1_march_in_a_non_leap_year() -> None:
    born = date(2084, 2, 29)
    statements = [own(True, date(2099, 1, 1)), guardian(1, False, date(2099, 1, 1))]
    assert status(born, statements, date(2100, 2, 28)).status is REFUSED
    assert status(born, statements, date(2100, 3, 1)).status is GRANTED


# Rule 5: from 16 the student's own valid answer wins.


def test_sixteen_plus_own_answer_beats_guardians() -> None:
    assert status(TEEN, [guardian(1, False), own(True)]) == StudentItemStatus(GRANTED)
    assert status(TEEN, [guardian(1, True), own(False)]) == StudentItemStatus(REFUSED)
    assert status(TEEN, [guardian(1, True), guardian(2, False), own(True)]) == (
        StudentItemStatus(GRANTED)
    )


def test_own_answer_wins_even_when_guardian_signed_later() -> None:
    statements = [own(True, date(2025, 9, 1)), guardian(1, False, date(2026, 2, 1))]
    assert status(TEEN, statements).status is GRANTED


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([True], StudentItemStatus(GRANTED, ask_student=True)),
        ([True, None], StudentItemStatus(GRANTED, ask_student=True)),
        ([False], StudentItemStatus(REFUSED)),
        ([True, False], StudentItemStatus(CONFLICT)),
        ([None], StudentItemStatus(MISSING)),
        ([], StudentItemStatus(MISSING)),
    ],
)
def test_sixteen_plus_without_own_answer_falls_back_to_guardians(
    answers: list[bool | None], expected: StudentItemStatus
) -> None:
    statements = [guardian(signer, answer) for signer, answer in enumerate(answers, start=1)]
    assert status(TEEN, statements) == expected
    # A blank own answer is no answer either.
    assert status(TEEN, [*statements, own(None)]) == expected


def test_sixteen_plus_blank_after_own_yes_falls_back_to_guardians() -> None:
    statements = [own(True, date(2025, 9, 1)), own(None, date(2026, 1, 5)), guardian(1, True)]
    assert status(TEEN, statements) == StudentItemStatus(GRANTED, ask_student=True)


def test_strict_policy_ignores_guardians_from_16() -> None:
    assert status(TEEN, [guardian(1, True)], policy=STRICT) == StudentItemStatus(MISSING)
    assert status(TEEN, [guardian(1, False)], policy=STRICT) == StudentItemStatus(MISSING)
    assert status(TEEN, [guardian(1, True), own(True)], policy=STRICT) == (
        StudentItemStatus(GRANTED)
    )
    assert status(TEEN, [guardian(1, True), own(False)], policy=STRICT) == (
        StudentItemStatus(REFUSED)
    )


def test_strict_policy_does_not_change_under_16() -> None:
    assert status(CHILD, [guardian(1, True)], policy=STRICT) == StudentItemStatus(GRANTED)
    assert status(CHILD, [guardian(1, True), guardian(2, False)], policy=STRICT) == (
        StudentItemStatus(CONFLICT)
    )


def test_strict_boundary_on_the_sixteenth_birthday() -> None:
    born = date(2010, 3, 15)
    statements = [guardian(1, True)]
    assert status(born, statements, date(2026, 3, 14), STRICT).status is GRANTED
    assert status(born, statements, date(2026, 3, 15), STRICT).status is MISSING


# Per-school-year validity for students.


def test_guardian_consent_expires_on_1_august() -> None:
    statements = [guardian(1, True, date(2026, 7, 31))]
    assert status(CHILD, per_year(statements), date(2026, 7, 31)).status is GRANTED
    assert status(CHILD, per_year(statements), date(2026, 8, 1)) == StudentItemStatus(EXPIRED)


def test_expired_guardian_answer_counts_as_no_answer() -> None:
    last_year = date(2025, 6, 1)
    assert status(CHILD, per_year([guardian(1, False, last_year), guardian(2, True)])) == (
        StudentItemStatus(GRANTED)
    )
    assert status(CHILD, per_year([guardian(1, True, last_year), guardian(2, False)])) == (
        StudentItemStatus(REFUSED)
    )


def test_expired_beside_a_blank_is_expired() -> None:
    statements = [guardian(1, True, date(2025, 6, 1)), guardian(2, None)]
    assert status(CHILD, per_year(statements)).status is EXPIRED


def test_expired_own_refusal_no_longer_blocks() -> None:
    statements = [own(False, date(2025, 6, 1)), guardian(1, True)]
    assert status(CHILD, per_year(statements)).status is GRANTED
    assert status(CHILD, per_year([own(False, date(2025, 6, 1))])).status is EXPIRED


def test_sixteen_plus_expired_own_answer() -> None:
    last_year = date(2025, 6, 1)
    assert status(TEEN, per_year([own(True, last_year)])) == StudentItemStatus(EXPIRED)
    assert status(TEEN, per_year([own(True, last_year), guardian(1, True)])) == (
        StudentItemStatus(GRANTED, ask_student=True)
    )


def test_strict_with_expired_answers() -> None:
    last_year = date(2025, 6, 1)
    assert status(TEEN, per_year([own(True, last_year)]), policy=STRICT).status is EXPIRED
    assert status(TEEN, per_year([guardian(1, True, last_year)]), policy=STRICT).status is EXPIRED
    # A valid guardian answer exists, so nothing is merely expired: the student must answer.
    assert status(TEEN, per_year([own(True, last_year), guardian(1, True)]), policy=STRICT) == (
        StudentItemStatus(MISSING)
    )


def test_until_withdrawn_keeps_old_guardian_consent() -> None:
    assert status(CHILD, [guardian(1, True, date(2019, 9, 1))]).status is GRANTED


def test_partial_renewal_per_school_year() -> None:
    statements = [
        guardian(1, True, date(2025, 6, 1)),
        guardian(1, True, date(2025, 6, 1), item=OTHER),
        guardian(1, True, date(2025, 9, 1)),
    ]
    statuses = student_statuses(CHILD, per_year(statements), [ITEM, OTHER], ON)
    assert statuses == {ITEM: StudentItemStatus(GRANTED), OTHER: StudentItemStatus(EXPIRED)}


def test_ask_student_only_with_granted_status() -> None:
    statuses = student_statuses(
        TEEN,
        [guardian(1, True), guardian(1, False, item=OTHER)],
        [ITEM, OTHER, "film_website"],
        ON,
    )
    assert statuses == {
        ITEM: StudentItemStatus(GRANTED, ask_student=True),
        OTHER: StudentItemStatus(REFUSED),
        "film_website": StudentItemStatus(MISSING),
    }


def test_employee_statements_are_ignored_for_students() -> None:
    statement = Statement(1, SignerRole.EMPLOYEE, 1, SIGNED, datetime(2025, 9, 1), {ITEM: True})
    assert status(TEEN, [statement]).status is MISSING


def test_unknown_birth_date_counts_as_younger_than_16() -> None:
    from korre_desktop.domain.consent import ConsentStatus, Statement, student_statuses

    on = date(2026, 11, 24)
    own_yes = Statement(
        id=1, signer_role="student", signer_id=9, signed_date=date(2026, 10, 1),
        entered_at=datetime(2026, 10, 1, 9, 0), answers={"foto_website": True},
    )  # fmt: skip
    # A student's own consent counts only from 16: with no birth date it does not.
    unknown = student_statuses(None, [own_yes], ("foto_website",), on)
    assert unknown["foto_website"].status is ConsentStatus.MISSING
    adult = student_statuses(date(2008, 1, 1), [own_yes], ("foto_website",), on)
    assert adult["foto_website"].status is ConsentStatus.GRANTED
