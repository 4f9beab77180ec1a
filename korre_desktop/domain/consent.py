"""Media-consent rules: which statements count on a date and what they mean per item.

Statements are never overwritten; every change is a new statement. For each signer and
item the answer is taken from that signer's latest statement that covers the item
(ordered by signed date, then entry time, then id). A blank answer is never a yes.

Decisions where the rules leave room:

* All EMPLOYEE statements given to ``employee_status`` are the employee's own, and all
  STUDENT statements given to ``student_status`` are the student's own, whatever their
  ``signer_id``; guardians are told apart by ``signer_id``.
* Items are not checked against ``ALL_ITEM_CODES``: an unknown item is simply not covered
  by any statement and comes out MISSING.
* Validity belongs to the form version a statement was signed on (``Statement.validity``:
  until withdrawn, the school year it was signed in, or N years); outside it the
  statement's answers are EXPIRED. The school year's cut-off date is part of the policy.
* EXPIRED means: nothing valid decides the item and some signer's latest covering answer
  has expired. For a 16+ student under the STRICT policy guardians cannot decide, so the
  result is EXPIRED exactly when the guardian-based result would be EXPIRED, else MISSING.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType

from korre_desktop.domain.consent_form import DEFAULT_CUTOFF, UNTIL_WITHDRAWN, Validity
from korre_desktop.domain.people import age_on

ADULT_AGE = 16


class ConsentStatus(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    CONFLICT = "conflict"
    MISSING = "missing"
    EXPIRED = "expired"

    @property
    def allows_use(self) -> bool:
        return self is ConsentStatus.GRANTED


class SignerRole(StrEnum):
    EMPLOYEE = "employee"
    GUARDIAN = "guardian"
    STUDENT = "student"


class SixteenPlusPolicy(StrEnum):
    GUARDIAN_CONSENT_STAYS_VALID = "guardian_consent_stays_valid"
    STRICT = "strict"


@dataclass(frozen=True)
class ConsentPolicy:
    sixteen_plus: SixteenPlusPolicy = SixteenPlusPolicy.GUARDIAN_CONSENT_STAYS_VALID
    # (month, day) a school year starts: "valid for the school year it was signed in"
    school_year_cutoff: tuple[int, int] = DEFAULT_CUTOFF

    def __post_init__(self) -> None:
        # Settings may hand over plain strings; the rules compare enum members by identity.
        object.__setattr__(self, "sixteen_plus", SixteenPlusPolicy(self.sixteen_plus))
        object.__setattr__(self, "school_year_cutoff", tuple(self.school_year_cutoff))


DEFAULT_POLICY = ConsentPolicy()


@dataclass(frozen=True)
class Statement:
    """One signed consent form as entered.

    ``answers`` maps item code to True (yes), False (no) or None (blank or unreadable).
    An item absent from ``answers`` is not covered by this statement.
    """

    id: int
    signer_role: SignerRole
    signer_id: int
    signed_date: date
    entered_at: datetime
    # Left out of the hash because mappings are unhashable; equality still compares it.
    answers: Mapping[str, bool | None] = field(hash=False)
    # How long it counts: the validity of the form version it was signed on.
    validity: Validity = UNTIL_WITHDRAWN
    # Plain-dict copy of answers for the hot path (dict.update runs in C).
    _answers: dict[str, bool | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        answers = dict(self.answers)
        for code, value in answers.items():
            # Only real booleans count: 1/"ja" must not slip through as a yes.
            if value is not None and value is not True and value is not False:
                raise TypeError(f"answer for {code!r} must be True, False or None: {value!r}")
        object.__setattr__(self, "signer_role", SignerRole(self.signer_role))
        object.__setattr__(self, "answers", MappingProxyType(answers))
        object.__setattr__(self, "_answers", answers)

    def __reduce__(self) -> tuple[type[Statement], tuple[object, ...]]:
        # A mappingproxy cannot be pickled or deep-copied; rebuild from a plain dict instead.
        fields = (self.signer_role, self.signer_id, self.signed_date, self.entered_at)
        return Statement, (self.id, *fields, dict(self._answers), self.validity)


@dataclass(frozen=True)
class StudentItemStatus:
    status: ConsentStatus
    # 16+, no valid own answer and the status rests on guardians' consent: ask the student.
    ask_student: bool = False


# Marks an answer whose statement was signed before the current validity period.
_EXPIRED = object()
_Answers = dict[str, object]

_ORDER = attrgetter("signed_date", "entered_at", "id")
_STUDENT_RESULTS = {status: StudentItemStatus(status) for status in ConsentStatus}
_ASK_STUDENT = StudentItemStatus(ConsentStatus.GRANTED, ask_student=True)


def answers_expired(validity: Validity, signed: date, on: date, policy: ConsentPolicy) -> bool:
    """Whether the answers of a statement signed on ``signed`` no longer count on ``on``."""
    if validity is UNTIL_WITHDRAWN:  # the usual case, decided without dates
        return False
    ends = validity.expires_on(signed, policy.school_year_cutoff)
    return ends is not None and on >= ends


def _expired(statement: Statement, on: date, policy: ConsentPolicy) -> bool:
    return answers_expired(statement.validity, statement.signed_date, on, policy)


def is_adult(birth_date: date | None, on: date) -> bool:
    """16 or older on ``on``; an unknown birth date counts as younger (the safe side)."""
    return birth_date is not None and age_on(birth_date, on) >= ADULT_AGE


def _latest_answers(
    statements: Iterable[Statement], on: date, policy: ConsentPolicy, own_role: SignerRole
) -> tuple[_Answers, list[_Answers]]:
    """Each signer's latest covering answer per item: the subject's own and each guardian's."""
    with_guardians = own_role is SignerRole.STUDENT
    own: _Answers = {}
    guardians: dict[int, _Answers] = {}
    # Applying statements oldest first lets later ones overwrite per item.
    for statement in sorted((s for s in statements if s.signed_date <= on), key=_ORDER):
        role = statement.signer_role
        if role is own_role:
            target = own
        elif with_guardians and role is SignerRole.GUARDIAN:
            target = guardians.setdefault(statement.signer_id, {})
        else:
            continue
        if _expired(statement, on, policy):
            target.update(dict.fromkeys(statement._answers, _EXPIRED))
        else:
            target.update(statement._answers)
    return own, list(guardians.values())


def _employee_item(own: _Answers, item: str) -> ConsentStatus:
    answer = own.get(item)
    if answer is True:
        return ConsentStatus.GRANTED
    if answer is False:
        return ConsentStatus.REFUSED
    if answer is _EXPIRED:
        return ConsentStatus.EXPIRED
    return ConsentStatus.MISSING


def _student_item(
    own: _Answers, guardians: list[_Answers], item: str, adult: bool, strict: bool
) -> StudentItemStatus:
    mine = own.get(item)
    if mine is False:
        return _STUDENT_RESULTS[ConsentStatus.REFUSED]
    if adult and mine is True:
        return _STUDENT_RESULTS[ConsentStatus.GRANTED]
    yes = no = False
    expired = mine is _EXPIRED
    for answers in guardians:
        answer = answers.get(item)
        if answer is True:
            yes = True
        elif answer is False:
            no = True
        elif answer is _EXPIRED:
            expired = True
    if yes:
        status = ConsentStatus.CONFLICT if no else ConsentStatus.GRANTED
    elif no:
        status = ConsentStatus.REFUSED
    else:
        status = ConsentStatus.EXPIRED if expired else ConsentStatus.MISSING
    if not adult:
        return _STUDENT_RESULTS[status]
    if strict:
        if status is not ConsentStatus.EXPIRED:
            status = ConsentStatus.MISSING
        return _STUDENT_RESULTS[status]
    return _ASK_STUDENT if status is ConsentStatus.GRANTED else _STUDENT_RESULTS[status]


def employee_statuses(
    statements: Iterable[Statement],
    items: Sequence[str],
    on: date,
    policy: ConsentPolicy = DEFAULT_POLICY,
) -> dict[str, ConsentStatus]:
    """Status of every item for one employee, from their own statements only."""
    own, _ = _latest_answers(statements, on, policy, SignerRole.EMPLOYEE)
    return {item: _employee_item(own, item) for item in items}


def employee_status(
    statements: Iterable[Statement],
    item: str,
    on: date,
    policy: ConsentPolicy = DEFAULT_POLICY,
) -> ConsentStatus:
    return employee_statuses(statements, (item,), on, policy)[item]


def student_statuses(
    birth_date: date | None,
    statements: Iterable[Statement],
    items: Sequence[str],
    on: date,
    policy: ConsentPolicy = DEFAULT_POLICY,
) -> dict[str, StudentItemStatus]:
    """Status of every item for one student, from their own and their guardians' statements.

    A student whose birth date is unknown counts as younger than 16: the safe side, where
    only the guardians' consent permits use.
    """
    own, guardians = _latest_answers(statements, on, policy, SignerRole.STUDENT)
    adult = is_adult(birth_date, on)
    strict = policy.sixteen_plus is SixteenPlusPolicy.STRICT
    # Most students' answers look alike (both guardians "all yes"): the outcome of one set
    # of answers is worked out once (a whole foundation is 50,000 students).
    key = (
        frozenset(own.items()),
        frozenset(frozenset(answers.items()) for answers in guardians),
        adult,
        strict,
        tuple(items),
    )
    return dict(_student_outcome(key, own, guardians))


_OUTCOMES: dict[tuple[object, ...], tuple[tuple[str, StudentItemStatus], ...]] = {}


def _student_outcome(
    key: tuple[object, ...], own: _Answers, guardians: list[_Answers]
) -> tuple[tuple[str, StudentItemStatus], ...]:
    found = _OUTCOMES.get(key)
    if found is None:
        _, _, adult, strict, items = key
        found = tuple((item, _student_item(own, guardians, item, adult, strict)) for item in items)
        if len(_OUTCOMES) > 20_000:  # a bound on memory; the common sets come back soon
            _OUTCOMES.clear()
        _OUTCOMES[key] = found
    return found


def student_status(
    birth_date: date | None,
    statements: Iterable[Statement],
    item: str,
    on: date,
    policy: ConsentPolicy = DEFAULT_POLICY,
) -> StudentItemStatus:
    return student_statuses(birth_date, statements, (item,), on, policy)[item]
