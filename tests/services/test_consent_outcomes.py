"""The statuses worked out once per pattern of statements equal the rules applied to each
person on their own, also when many people share one list (and so its remembered
patterns)."""

from __future__ import annotations

import json
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.consent import (
    ConsentPolicy,
    SignerRole,
    SixteenPlusPolicy,
    Statement,
    employee_statuses,
    student_statuses,
)
from korre_desktop.domain.consent_form import UNTIL_WITHDRAWN, ConsentForm, Validity, ValidityKind
from korre_desktop.services.consent_outcomes import ConsentOutcomes, rows_by_subject

ITEMS = ("foto_website", "film_ouderportaal", "geluid_socialmedia_persoonlijk")
FORMS = tuple(
    ConsentForm(id=number, label=f"v{number}", effective_date=date(2024, 1, 1), channels=(),
                items=ITEMS, validity=validity)
    for number, validity in enumerate(
        (UNTIL_WITHDRAWN, Validity(ValidityKind.SCHOOL_YEAR), Validity(ValidityKind.YEARS, 1)),
        start=1,
    )
)  # fmt: skip
VALIDITY = {form.id: form.validity for form in FORMS}
ON_DAYS = st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 11, 30))
# Few distinct values, so that people share patterns and same-day ties happen.
SIGNED = st.sampled_from([date(2025, 7, 31), date(2025, 8, 1), date(2026, 3, 1), date(2026, 9, 1)])
ENTERED = st.sampled_from(["2026-11-01T08:00:00", "2026-11-01T09:00:00", "2026-11-01T08:30:00"])
ANSWERS = st.sampled_from(
    [dict.fromkeys(ITEMS, True), dict.fromkeys(ITEMS, False), {"foto_website": True}, {}]
)
BIRTHS = st.sampled_from([None, date(2009, 9, 1), date(2010, 6, 15), date(2015, 3, 3)])
POLICIES = st.sampled_from(
    [ConsentPolicy(rule, cutoff) for rule in SixteenPlusPolicy for cutoff in ((8, 1), (9, 1))]
)


@st.composite
def people(draw: st.DrawFn, roles: tuple[SignerRole, ...]) -> list[tuple[date | None, list]]:
    """Several people, each with their stored statement rows (as the store returns them)."""
    result = []
    next_id = iter(range(1, 10_000))
    for subject in range(1, draw(st.integers(1, 25)) + 1):
        rows = []
        for _ in range(draw(st.integers(0, 3))):
            role = draw(st.sampled_from(roles))
            rows.append(
                {
                    "id": next(next_id),
                    "subject_id": subject,
                    "signer_role": role.value,
                    "guardian_id": draw(st.integers(1, 2)) if role is SignerRole.GUARDIAN else None,
                    "signed_date": draw(SIGNED).isoformat(),
                    "entered_at": draw(ENTERED),
                    "answers": json.dumps(draw(ANSWERS)),
                    "form_version_id": draw(st.sampled_from(FORMS)).id,
                }
            )
        draw(st.randoms()).shuffle(rows)
        result.append((draw(BIRTHS), rows))
    return result


def _statements(rows: list[dict]) -> list[Statement]:
    return [
        Statement(
            id=row["id"],
            signer_role=SignerRole(row["signer_role"]),
            signer_id=row["guardian_id"] or row["subject_id"],
            signed_date=date.fromisoformat(row["signed_date"]),
            entered_at=datetime.fromisoformat(row["entered_at"]),
            answers=json.loads(row["answers"]),
            validity=VALIDITY[row["form_version_id"]],
        )
        for row in rows
    ]


@settings(max_examples=150)
@given(people((SignerRole.STUDENT, SignerRole.GUARDIAN)), ON_DAYS, POLICIES)
def test_students_statuses_equal_the_rules_per_student(students, on, policy) -> None:
    outcomes = ConsentOutcomes("student", FORMS, ITEMS, on, policy)
    for born, rows in students:
        consent, ask = outcomes.of(rows, born)
        expected = student_statuses(born, _statements(rows), ITEMS, on, policy)
        assert consent == {code: status.status for code, status in expected.items()}
        assert ask == any(status.ask_student for status in expected.values())


@settings(max_examples=100)
@given(people((SignerRole.EMPLOYEE,)), ON_DAYS, POLICIES)
def test_employees_statuses_equal_the_rules_per_employee(employees, on, policy) -> None:
    outcomes = ConsentOutcomes("employee", FORMS, ITEMS, on, policy)
    for _, rows in employees:
        consent, ask = outcomes.of(rows)
        assert consent == employee_statuses(_statements(rows), ITEMS, on, policy)
        assert ask is False


def test_people_with_one_history_share_one_outcome() -> None:
    def yes_from(guardian: int, subject: int, day: str) -> dict:
        answers = json.dumps(dict.fromkeys(ITEMS, True))
        return {"id": subject * 10 + guardian, "subject_id": subject, "signer_role": "guardian",
                "guardian_id": guardian, "signed_date": day, "entered_at": "2026-09-01T08:00:00",
                "answers": answers, "form_version_id": 1}  # fmt: skip

    outcomes = ConsentOutcomes("student", FORMS, ITEMS, date(2026, 12, 7), ConsentPolicy())
    first = outcomes.of([yes_from(7, 1, "2026-09-01")], date(2015, 1, 1))
    # Another child, another guardian, another day: the same history as far as the rules go.
    second = outcomes.of([yes_from(8, 2, "2026-09-03")], date(2016, 1, 1))
    assert first is second
    # Signed after the day asked about: not the same history.
    later = outcomes.of([yes_from(8, 3, "2026-12-08")], date(2016, 1, 1))
    assert later is not first and set(later[0].values()) == {"missing"}


def test_a_guardian_without_parental_authority_is_left_out() -> None:
    rows = [
        {"subject_id": 1, "guardian_id": 5, "id": 1},
        {"subject_id": 1, "guardian_id": 6, "id": 2},
        {"subject_id": 2, "guardian_id": 5, "id": 3},
    ]
    grouped = rows_by_subject(rows, {(1, 5)})
    assert [row["id"] for row in grouped[1]] == [2]
    assert [row["id"] for row in grouped[2]] == [3]


def test_two_guardians_are_not_one_guardian_changing_their_mind() -> None:
    def answer(row_id: int, subject: int, guardian: int, yes: bool) -> dict:
        return {"id": row_id, "subject_id": subject, "signer_role": "guardian",
                "guardian_id": guardian, "signed_date": "2026-09-01",
                "entered_at": f"2026-09-01T08:0{row_id}:00",
                "answers": json.dumps(dict.fromkeys(ITEMS, yes)), "form_version_id": 1}  # fmt: skip

    outcomes = ConsentOutcomes("student", FORMS, ITEMS, date(2026, 12, 7), ConsentPolicy())
    both = outcomes.of([answer(1, 1, 7, True), answer(2, 1, 8, False)], None)
    changed = outcomes.of([answer(3, 2, 7, True), answer(4, 2, 7, False)], None)
    assert set(both[0].values()) == {"conflict"}
    assert set(changed[0].values()) == {"refused"}
