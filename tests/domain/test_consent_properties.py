"""Property tests for the consent rules, including a naive per-item reference model."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.consent import (
    ConsentPolicy,
    ConsentStatus,
    SignerRole,
    SixteenPlusPolicy,
    Statement,
    StudentItemStatus,
    employee_status,
    employee_statuses,
    student_status,
    student_statuses,
)
from korre_desktop.domain.consent_form import UNTIL_WITHDRAWN, Validity, ValidityKind
from korre_desktop.domain.people import age_on, sixteenth_birthday

ITEMS = ("foto_website", "film_ouderportaal", "geluid_socialmedia_persoonlijk")
ROLES = tuple(SignerRole)
POLICIES = [ConsentPolicy(s, cutoff) for s in SixteenPlusPolicy for cutoff in ((8, 1), (9, 1))]
# Each statement keeps the validity of the form version it was signed on.
VALIDITIES = [UNTIL_WITHDRAWN, Validity(ValidityKind.SCHOOL_YEAR), Validity(ValidityKind.YEARS, 1)]
validities = st.sampled_from(VALIDITIES)

# A narrow window around 1 August so that expiry and same-day ties happen often.
FIRST_DAY = date(2025, 6, 1)
LAST_DAY = date(2026, 10, 31)
days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
entry_times = st.sampled_from([datetime(2026, 11, 1, hour) for hour in (8, 9, 10)])
answer_values = st.sampled_from([True, False, None])
answer_maps = st.dictionaries(st.sampled_from(ITEMS), answer_values, max_size=len(ITEMS))
policies = st.sampled_from(POLICIES)


@st.composite
def statement_lists(
    draw: st.DrawFn,
    roles: tuple[SignerRole, ...] = ROLES,
    dates: st.SearchStrategy[date] = days,
    values: st.SearchStrategy[bool | None] = answer_values,
    max_size: int = 7,
) -> list[Statement]:
    count = draw(st.integers(min_value=0, max_value=max_size))
    ids = draw(st.lists(st.integers(1, 1000), min_size=count, max_size=count, unique=True))
    return [
        Statement(
            id=statement_id,
            signer_role=draw(st.sampled_from(roles)),
            signer_id=draw(st.integers(1, 3)),
            signed_date=draw(dates),
            entered_at=draw(entry_times),
            answers=draw(st.dictionaries(st.sampled_from(ITEMS), values, max_size=len(ITEMS))),
            validity=draw(validities),
        )
        for statement_id in ids
    ]


@st.composite
def student_cases(draw: st.DrawFn) -> tuple[date, list[Statement], date, ConsentPolicy]:
    on = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY + timedelta(days=30)))
    if draw(st.booleans()):
        # Within a few days of the 16th birthday (the window holds no 29 February).
        born = on.replace(year=on.year - 16) + timedelta(days=draw(st.integers(-3, 3)))
        assert abs((sixteenth_birthday(born) - on).days) <= 3
    else:
        born = draw(st.dates(min_value=date(2006, 1, 1), max_value=date(2016, 12, 31)))
    return born, draw(statement_lists()), on, draw(policies)


# The reference model: the rules read literally, one item and one signer at a time.


def reference_answer(
    statements: list[Statement],
    role: SignerRole,
    signer_id: int | None,
    item: str,
    on: date,
    policy: ConsentPolicy,
) -> str:
    covering = [
        s
        for s in statements
        if s.signer_role is role
        and (signer_id is None or s.signer_id == signer_id)
        and s.signed_date <= on
        and item in s.answers
    ]
    if not covering:
        return "absent"
    latest = max(covering, key=lambda s: (s.signed_date, s.entered_at, s.id))
    ends = latest.validity.expires_on(latest.signed_date, policy.school_year_cutoff)
    if ends is not None and on >= ends:
        return "expired"
    return {True: "yes", False: "no", None: "blank"}[latest.answers[item]]


def reference_employee(
    statements: list[Statement], item: str, on: date, policy: ConsentPolicy
) -> ConsentStatus:
    answer = reference_answer(statements, SignerRole.EMPLOYEE, None, item, on, policy)
    return {
        "yes": ConsentStatus.GRANTED,
        "no": ConsentStatus.REFUSED,
        "expired": ConsentStatus.EXPIRED,
    }.get(answer, ConsentStatus.MISSING)


def reference_student(
    born: date, statements: list[Statement], item: str, on: date, policy: ConsentPolicy
) -> StudentItemStatus:
    mine = reference_answer(statements, SignerRole.STUDENT, None, item, on, policy)
    sixteen = age_on(born, on) >= 16
    if mine == "no":
        return StudentItemStatus(ConsentStatus.REFUSED)
    if sixteen and mine == "yes":
        return StudentItemStatus(ConsentStatus.GRANTED)
    guardian_ids = {s.signer_id for s in statements if s.signer_role is SignerRole.GUARDIAN}
    answers = [
        reference_answer(statements, SignerRole.GUARDIAN, g, item, on, policy) for g in guardian_ids
    ]
    if "yes" in answers and "no" in answers:
        result = ConsentStatus.CONFLICT
    elif "yes" in answers:
        result = ConsentStatus.GRANTED
    elif "no" in answers:
        result = ConsentStatus.REFUSED
    elif "expired" in answers or mine == "expired":
        result = ConsentStatus.EXPIRED
    else:
        result = ConsentStatus.MISSING
    if not sixteen:
        return StudentItemStatus(result)
    if policy.sixteen_plus is SixteenPlusPolicy.STRICT:
        strict = ConsentStatus.EXPIRED if result is ConsentStatus.EXPIRED else ConsentStatus.MISSING
        return StudentItemStatus(strict)
    return StudentItemStatus(result, ask_student=result is ConsentStatus.GRANTED)


@settings(max_examples=250)
@given(student_cases())
def test_student_statuses_match_the_reference_model(
    case: tuple[date, list[Statement], date, ConsentPolicy],
) -> None:
    born, statements, on, policy = case
    expected = {item: reference_student(born, statements, item, on, policy) for item in ITEMS}
    assert student_statuses(born, statements, ITEMS, on, policy) == expected


@settings(max_examples=150)
@given(statement_lists(), days, policies)
def test_employee_statuses_match_the_reference_model(
    statements: list[Statement], on: date, policy: ConsentPolicy
) -> None:
    expected = {item: reference_employee(statements, item, on, policy) for item in ITEMS}
    assert employee_statuses(statements, ITEMS, on, policy) == expected


@settings(max_examples=100)
@given(student_cases(), st.randoms(use_true_random=False))
def test_input_order_never_matters(
    case: tuple[date, list[Statement], date, ConsentPolicy], rng: random.Random
) -> None:
    born, statements, on, policy = case
    shuffled = list(statements)
    rng.shuffle(shuffled)
    assert student_statuses(born, shuffled, ITEMS, on, policy) == student_statuses(
        born, statements, ITEMS, on, policy
    )
    assert employee_statuses(shuffled, ITEMS, on, policy) == employee_statuses(
        statements, ITEMS, on, policy
    )


@settings(max_examples=80)
@given(student_cases())
def test_batch_functions_agree_with_per_item_functions(
    case: tuple[date, list[Statement], date, ConsentPolicy],
) -> None:
    born, statements, on, policy = case
    batch = student_statuses(born, statements, ITEMS, on, policy)
    assert batch == {item: student_status(born, statements, item, on, policy) for item in ITEMS}
    employee_batch = employee_statuses(statements, ITEMS, on, policy)
    assert employee_batch == {item: employee_status(statements, item, on, policy) for item in ITEMS}
    # Generators are consumed once; the functions must not iterate their input twice.
    assert student_statuses(born, iter(statements), ITEMS, on, policy) == batch
    assert employee_statuses(iter(statements), ITEMS, on, policy) == employee_batch


@settings(max_examples=80)
@given(student_cases())
def test_only_granted_allows_use_and_asking_needs_granted(
    case: tuple[date, list[Statement], date, ConsentPolicy],
) -> None:
    born, statements, on, policy = case
    for result in student_statuses(born, statements, ITEMS, on, policy).values():
        assert result.status.allows_use == (result.status is ConsentStatus.GRANTED)
        if result.ask_student:
            assert result.status is ConsentStatus.GRANTED
            assert age_on(born, on) >= 16
            assert policy.sixteen_plus is SixteenPlusPolicy.GUARDIAN_CONSENT_STAYS_VALID
    for status in employee_statuses(statements, ITEMS, on, policy).values():
        assert status.allows_use == (status is ConsentStatus.GRANTED)


@st.composite
def refusals(draw: st.DrawFn, taken_ids: set[int], dates: st.SearchStrategy[date]) -> Statement:
    refused = draw(st.sets(st.sampled_from(ITEMS), min_size=1))
    return Statement(
        id=draw(st.integers(1, 2000).filter(lambda i: i not in taken_ids)),
        signer_role=draw(st.sampled_from(ROLES)),
        signer_id=draw(st.integers(1, 3)),
        signed_date=draw(dates),
        entered_at=draw(entry_times),
        answers=dict.fromkeys(refused, False),
        validity=draw(validities),
    )


@settings(max_examples=200)
@given(student_cases(), st.data())
def test_adding_a_refusal_never_grants_and_never_lifts_a_refusal(
    case: tuple[date, list[Statement], date, ConsentPolicy], data: st.DataObject
) -> None:
    born, statements, on, policy = case
    refusal = data.draw(refusals({s.id for s in statements}, days))
    with_refusal = [*statements, refusal]

    before = student_statuses(born, statements, ITEMS, on, policy)
    after = student_statuses(born, with_refusal, ITEMS, on, policy)
    for item in ITEMS:
        if after[item].status is ConsentStatus.GRANTED:
            assert before[item].status is ConsentStatus.GRANTED
        if before[item].status is ConsentStatus.REFUSED:
            assert after[item].status is ConsentStatus.REFUSED

    before_employee = employee_statuses(statements, ITEMS, on, policy)
    after_employee = employee_statuses(with_refusal, ITEMS, on, policy)
    for item in ITEMS:
        if after_employee[item] is ConsentStatus.GRANTED:
            assert before_employee[item] is ConsentStatus.GRANTED
        if before_employee[item] is ConsentStatus.REFUSED:
            assert after_employee[item] is ConsentStatus.REFUSED


EARLIER = st.dates(min_value=FIRST_DAY, max_value=date(2026, 5, 31))
LATER = st.dates(min_value=date(2026, 6, 1), max_value=LAST_DAY)


@settings(max_examples=200)
@given(statement_lists(dates=EARLIER), st.data())
def test_a_later_refusal_is_never_undone_by_earlier_consent(
    statements: list[Statement], data: st.DataObject
) -> None:
    refusal = data.draw(refusals({s.id for s in statements}, LATER))
    on = data.draw(st.dates(min_value=refusal.signed_date, max_value=LAST_DAY + timedelta(30)))
    born = data.draw(st.dates(min_value=date(2006, 1, 1), max_value=date(2016, 12, 31)))
    policy = data.draw(policies)
    # Earlier statements in any order, with any entry time or id, come before the refusal.
    history = [*statements, refusal]
    students = student_statuses(born, history, ITEMS, on, policy)
    employees = employee_statuses(history, ITEMS, on, policy)
    own_consent_counts = age_on(born, on) >= 16 and any(
        s.signer_role is SignerRole.STUDENT for s in statements
    )
    ends = refusal.validity.expires_on(refusal.signed_date, policy.school_year_cutoff)
    if ends is not None and on >= ends:
        return  # an expired refusal no longer counts (nor does it lift anything)
    for item in refusal.answers:
        if refusal.signer_role is SignerRole.EMPLOYEE:
            assert employees[item] is not ConsentStatus.GRANTED
            if refusal.validity is UNTIL_WITHDRAWN:
                assert employees[item] is ConsentStatus.REFUSED
        elif refusal.signer_role is SignerRole.STUDENT:
            assert students[item].status is not ConsentStatus.GRANTED
            if refusal.validity is UNTIL_WITHDRAWN:
                assert students[item].status is ConsentStatus.REFUSED
        elif not own_consent_counts:
            # A guardian's refusal can only be outweighed by a 16+ student's own consent.
            assert students[item].status is not ConsentStatus.GRANTED


@settings(max_examples=80)
@given(statement_lists(values=st.sampled_from([False, None])), student_cases())
def test_blank_or_refusal_answers_never_grant(
    statements: list[Statement], case: tuple[date, list[Statement], date, ConsentPolicy]
) -> None:
    born, _, on, policy = case
    for result in student_statuses(born, statements, ITEMS, on, policy).values():
        assert result.status is not ConsentStatus.GRANTED
    for status in employee_statuses(statements, ITEMS, on, policy).values():
        assert status is not ConsentStatus.GRANTED


@settings(max_examples=80)
@given(student_cases(), statement_lists(max_size=4))
def test_statements_signed_after_the_date_are_ignored(
    case: tuple[date, list[Statement], date, ConsentPolicy], extra: list[Statement]
) -> None:
    born, statements, on, policy = case
    taken = max((s.id for s in statements), default=0)
    future = [
        replace(s, id=taken + 1 + index, signed_date=on + timedelta(days=1 + index))
        for index, s in enumerate(extra)
    ]
    assert student_statuses(born, [*statements, *future], ITEMS, on, policy) == (
        student_statuses(born, statements, ITEMS, on, policy)
    )
    assert employee_statuses([*statements, *future], ITEMS, on, policy) == (
        employee_statuses(statements, ITEMS, on, policy)
    )


@settings(max_examples=80)
@given(
    statement_lists(roles=(SignerRole.EMPLOYEE,)),
    statement_lists(roles=(SignerRole.GUARDIAN, SignerRole.STUDENT)),
    days,
    policies,
)
def test_employee_status_depends_only_on_own_statements(
    own: list[Statement], others: list[Statement], on: date, policy: ConsentPolicy
) -> None:
    offset = max((s.id for s in own), default=0)
    others = [replace(s, id=s.id + offset) for s in others]
    assert employee_statuses([*own, *others], ITEMS, on, policy) == (
        employee_statuses(own, ITEMS, on, policy)
    )
