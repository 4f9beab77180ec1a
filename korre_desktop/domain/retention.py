"""How long the foundation keeps what, per category (the AVG's storage limitation).

The defaults follow Kennisnet's retention overview for primary schools. Each period is a
setting the office may change; the access request export names them, ``purge`` applies them.

A period counts from the day a person left (a student's ``left_date``, an employee's
``end_date``); a person without that day is still enrolled or employed and is never purged.
A person's row goes when the longest period that applies to them has passed, since their
statements, signatures and dossier entries cannot outlive the person they are about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RetentionCategory(StrEnum):
    STUDENT_RECORDS = "student_records"  # the student, guardians, classes, protocol signatures
    CONSENT = "consent"  # consent statements and their evidence (scans, forms)
    STAFF_RECORDS = "staff_records"  # the employee, schools, signatures, authorisations
    BREACH_CORRESPONDENCE = "breach_correspondence"  # the personnel file's dossier entries
    ACCESS_LOG = "access_log"  # who saw or printed what


class PeriodUnit(StrEnum):
    YEARS_AFTER_LEAVING = "years_after_leaving"
    DAYS = "days"  # days after the entry was made


@dataclass(frozen=True)
class RetentionRule:
    category: RetentionCategory
    setting: str  # the settings key holding the period
    default: int
    unit: PeriodUnit
    minimum: int
    maximum: int


RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        RetentionCategory.STUDENT_RECORDS,
        "retention_student_years",
        2,
        PeriodUnit.YEARS_AFTER_LEAVING,
        1,
        20,
    ),
    # As long as recordings made under the consent may still be published; the default is the
    # student file's period.
    RetentionRule(
        RetentionCategory.CONSENT,
        "retention_consent_years",
        2,
        PeriodUnit.YEARS_AFTER_LEAVING,
        1,
        20,
    ),
    RetentionRule(
        RetentionCategory.STAFF_RECORDS,
        "retention_staff_years",
        2,
        PeriodUnit.YEARS_AFTER_LEAVING,
        1,
        20,
    ),
    RetentionRule(
        RetentionCategory.BREACH_CORRESPONDENCE,
        "retention_breach_years",
        2,
        PeriodUnit.YEARS_AFTER_LEAVING,
        1,
        20,
    ),
    # The access log's own setting (issue 16) keeps its key and limits.
    RetentionRule(
        RetentionCategory.ACCESS_LOG, "access_log_retention_days", 365, PeriodUnit.DAYS, 30, 3650
    ),
)
RULE_BY_CATEGORY = {rule.category: rule for rule in RULES}


def years_later(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for 29 February in a year without it)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def kept_until(left: date | None, years: int) -> date | None:
    """The last day data of someone who left on ``left`` is kept; None while still there."""
    return None if left is None else years_later(left, years)


def expired(left: date | None, years: int, today: date) -> bool:
    """True when a person who left on ``left`` is past a period of ``years`` on ``today``."""
    until = kept_until(left, years)
    return until is not None and today > until


# -- what a purge does with one person ---------------------------------------------------------

ON_REQUEST = "on_request"  # the rule of an erasure on request (AVG art. 17)


class Fate(StrEnum):
    STAYS = "stays"
    CONSENT_GOES = "consent_goes"  # only the consent statements and consent forms go
    GOES = "goes"  # the person and every row about them


@dataclass(frozen=True)
class Periods:
    """The retention periods in years (the settings' values)."""

    student_years: int = RULE_BY_CATEGORY[RetentionCategory.STUDENT_RECORDS].default
    consent_years: int = RULE_BY_CATEGORY[RetentionCategory.CONSENT].default
    staff_years: int = RULE_BY_CATEGORY[RetentionCategory.STAFF_RECORDS].default
    breach_years: int = RULE_BY_CATEGORY[RetentionCategory.BREACH_CORRESPONDENCE].default


def student_fate(left: date | None, periods: Periods, has_consent: bool, today: date) -> Fate:
    """A student goes when the longest period that applies has passed (their statements
    cannot outlive them); with a shorter consent period their statements go earlier."""
    whole = max(periods.student_years, periods.consent_years if has_consent else 0)
    return _fate(left, whole, periods.consent_years, has_consent, today)


def employee_fate(
    left: date | None, periods: Periods, has_dossier: bool, has_consent: bool, today: date
) -> Fate:
    """An employee goes after the staff period, or the breach-correspondence period when
    their personnel file has entries and that is longer (the consent period likewise)."""
    whole = max(
        periods.staff_years,
        periods.breach_years if has_dossier else 0,
        periods.consent_years if has_consent else 0,
    )
    return _fate(left, whole, periods.consent_years, has_consent, today)


def _fate(left: date | None, whole: int, consent: int, has_consent: bool, today: date) -> Fate:
    if expired(left, whole, today):
        return Fate.GOES
    if has_consent and expired(left, consent, today):
        return Fate.CONSENT_GOES
    return Fate.STAYS


def still_there(left: date | None, today: date) -> bool:
    """Still enrolled or employed on ``today``: no leaving day, or one after today."""
    return left is None or left > today
