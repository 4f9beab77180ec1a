"""Retention and erasure (issue 17, the AVG's storage limitation and art. 17): who and what
a purge removes on a given day (``plan``: the dry run, changes nothing) and removing it
(``apply``); the same path for one person on request (``plan_erasure`` / ``erase``).

The rules (``domain.retention``): a student goes, with every row about them, when the
longest of the student-record and consent periods after their leaving day has passed (their
statements cannot outlive them); when the consent period is the shorter one, their consent
statements, consent forms and the scans of those go at its end and the student stays. An
employee goes after the staff period, or the breach-correspondence period when their
personnel file has entries and that is longer. Guardians go with the last student they are
linked to, unless a statement or form of someone who stays names them. An employee that
other people's records name (an authorisation they granted, a press report made to them)
stays as an anonymous row. Logins stay (the logs name them as actors), unlinked from the
employee. Stored files go when no remaining row refers to them. The access log's expired
entries go by its own period (``services.access_log``).

One transaction removes everything, with the audit rows holding copies of it; the audit
keeps one summary row per rule ("N records purged on D under rule R": counts, the day,
the actor, for an erasure the reason). Then the freed space is wiped, a fresh backup is
made and the older automatic backups, which still hold what was removed, are deleted.
Only the beheerder may purge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from korre_desktop.domain import retention
from korre_desktop.domain.people import display_name
from korre_desktop.domain.retention import ON_REQUEST, Fate, Periods, RetentionCategory
from korre_desktop.domain.roles import Permission
from korre_desktop.errors import InputError, NotAllowedError
from korre_desktop.services import access_log
from korre_desktop.store import Store, backup
from korre_desktop.store.purge_queries import Footprint, Targets

RULE_STUDENTS = RetentionCategory.STUDENT_RECORDS.value
RULE_CONSENT = RetentionCategory.CONSENT.value
RULE_STAFF = RetentionCategory.STAFF_RECORDS.value
RULE_ACCESS_LOG = RetentionCategory.ACCESS_LOG.value
RULE_ON_REQUEST = ON_REQUEST
STUDENT = "student"
EMPLOYEE = "employee"
MAX_REASON_LENGTH = 500


class ErasureError(InputError):
    """An erasure that cannot be done: ``code`` says why (``still_enrolled``,
    ``still_employed``, ``unknown_person``, ``several_people``, ``reason_required``)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class PersonGoing:
    kind: str  # STUDENT or EMPLOYEE
    id: int
    number: str
    name: str
    left: date
    fate: Fate  # GOES, or CONSENT_GOES: only their consent statements and forms
    school: str = ""


@dataclass(frozen=True)
class RulePlan:
    """What one rule removes: its people and the rows per table (its own share)."""

    rule: str
    people: tuple[PersonGoing, ...]
    counts: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass
class PurgePlan:
    day: date
    rules: tuple[RulePlan, ...]
    targets: Targets
    footprint: Footprint
    access_log_expired: int  # entries past the access log's period
    backups: tuple[Path, ...]  # the automatic backups the purge removes (after a new one)
    reason: str = ""  # an erasure's
    unlinked_users: tuple[str, ...] = ()
    erasure: bool = False  # one person on request (``plan_erasure``)

    @property
    def is_empty(self) -> bool:
        return not any(rule.rows for rule in self.rules) and not self.access_log_expired

    @property
    def blobs(self) -> int:
        return len(self.footprint.keys("blobs"))


@dataclass
class PurgeResult:
    plan: PurgePlan
    backup: Path | None = None
    removed_backups: list[Path] = field(default_factory=list)
    wiped: bool = True  # False: the server's tables wait for their owner's VACUUM


def may_purge(store: Store) -> bool:
    return store.signed_in().may(Permission.PURGE)


def _require(store: Store) -> None:
    if not may_purge(store):
        role = store.signed_in().role.value
        raise NotAllowedError(f"purging is not allowed as {role}", role=role)


def periods(store: Store) -> Periods:
    """The retention periods as set (the defaults when not)."""
    values = {
        rule.category: store.setting(rule.setting, rule.default)
        for rule in retention.RULES
        if rule.unit is retention.PeriodUnit.YEARS_AFTER_LEAVING
    }
    return Periods(
        student_years=int(values[RetentionCategory.STUDENT_RECORDS]),
        consent_years=int(values[RetentionCategory.CONSENT]),
        staff_years=int(values[RetentionCategory.STAFF_RECORDS]),
        breach_years=int(values[RetentionCategory.BREACH_CORRESPONDENCE]),
    )


def _person(kind: str, row: dict, fate: Fate) -> PersonGoing:
    return PersonGoing(
        kind,
        int(row["id"]),
        str(row["number"]),
        display_name(row["roepnaam"], row["tussenvoegsel"], row["achternaam"]),
        date.fromisoformat(row["left_date"]),
        fate,
        str(row.get("school") or ""),
    )


def _left(row: dict) -> date | None:
    return date.fromisoformat(row["left_date"]) if row["left_date"] else None


def _backups_to_remove(store: Store) -> tuple[Path, ...]:
    if store.path is None:  # the server's backups are its administrator's; memory has none
        return ()
    return tuple(backup.list_backups(store.path, store.backup_settings().folder))


def plan(store: Store, day: date) -> PurgePlan:
    """Who and what the retention periods remove on ``day`` (nothing changes)."""
    _require(store)
    set_periods = periods(store)
    going: dict[str, list[PersonGoing]] = {RULE_STAFF: [], RULE_STUDENTS: [], RULE_CONSENT: []}
    for row in store.purge.students_who_left():
        fate = retention.student_fate(_left(row), set_periods, bool(row["has_consent"]), day)
        if fate is Fate.GOES:
            going[RULE_STUDENTS].append(_person(STUDENT, row, fate))
        elif fate is Fate.CONSENT_GOES:
            going[RULE_CONSENT].append(_person(STUDENT, row, fate))
    for row in store.purge.employees_who_left():
        fate = retention.employee_fate(
            _left(row), set_periods, bool(row["has_dossier"]), bool(row["has_consent"]), day
        )
        if fate is Fate.GOES:
            going[RULE_STAFF].append(_person(EMPLOYEE, row, fate))
        elif fate is Fate.CONSENT_GOES:
            going[RULE_CONSENT].append(_person(EMPLOYEE, row, fate))
    return _plan(store, day, going, "", store.purge.expired_access_log_count())


def _targets(rule: str, people: list[PersonGoing]) -> Targets:
    ids = {kind: frozenset(p.id for p in people if p.kind == kind) for kind in (STUDENT, EMPLOYEE)}
    if rule == RULE_CONSENT:
        return Targets(consent_students=ids[STUDENT], consent_employees=ids[EMPLOYEE])
    return Targets(students=ids[STUDENT], employees=ids[EMPLOYEE])


def _plan(
    store: Store,
    day: date,
    going: dict[str, list[PersonGoing]],
    reason: str,
    access_log_expired: int,
    erasure: bool = False,
) -> PurgePlan:
    """The rules' shares: each rule's footprint on top of the rules before it."""
    targets = Targets()
    footprint = Footprint()
    rules = []
    for rule, people in going.items():
        if not people:
            continue
        targets = targets | _targets(rule, people)
        whole = store.purge.footprint(targets)
        rules.append(RulePlan(rule, tuple(people), whole.minus(footprint).counts()))
        footprint = whole
    empty = not rules and not access_log_expired
    return PurgePlan(
        day,
        tuple(rules),
        targets,
        footprint,
        access_log_expired,
        () if empty else _backups_to_remove(store),
        reason,
        tuple(sorted(footprint.unlinked_users)),
        erasure,
    )


def summary(rule: RulePlan, day: date, reason: str = "") -> dict:
    """The audit's record of one rule's share: no personal data."""
    found = {
        "rule": rule.rule,
        "day": day.isoformat(),
        "people": len(rule.people),
        "records": rule.rows,
        "rows": dict(sorted(rule.counts.items())),
    }
    if reason:
        found["reason"] = reason
    return found


def apply(
    store: Store, found: PurgePlan, step: Callable[[int, int, str], None] | None = None
) -> PurgeResult:
    """Carry out ``found`` (a plan made just before, by ``plan`` or ``plan_erasure``): the
    removal in one transaction, the freed space wiped, a fresh backup, the older automatic
    backups removed. ``step(done, total, what)`` reports progress."""
    _require(store)
    if found.erasure:
        check_reason(found.reason)
    report = step or (lambda done, total, what: None)
    result = PurgeResult(found)
    if found.is_empty:
        return result
    report(0, 4, "remove")
    rule = RULE_ON_REQUEST if found.erasure else "retention"
    with store.purge.secure_delete(), store.transaction():
        if not found.erasure:
            access_log.purge_expired(store)
        store.purge.apply(
            found.footprint,
            rule,
            [summary(one, found.day, found.reason) for one in found.rules if one.rows],
        )
    report(1, 4, "wipe")
    result.wiped = store.purge.wipe(found.footprint)
    if store.path is not None:
        report(2, 4, "backup")
        result.backup = store.backup_now("purge")
        stale = [path for path in found.backups if path != result.backup]
        result.removed_backups = backup.remove_backups(stale)
    report(4, 4, "done")
    return result


# -- erasure on request -----------------------------------------------------------------------


def _one(store: Store, kind: str, number: str | None, person_id: int | None) -> dict:
    if person_id is not None:
        rows = store.purge.person_by_id(kind, person_id)
        shown = f"{kind} {person_id}"
    else:
        rows = (
            store.purge.student_by_number(str(number))
            if kind == STUDENT
            else store.purge.employee_by_number(str(number))
        )
        shown = f"{kind} with number {number}"
    if not rows:
        raise ErasureError("unknown_person", f"no {shown}")
    if len(rows) > 1:
        raise ErasureError(
            "several_people", f"several {kind}s have number {number} (at different schools)"
        )
    return rows[0]


def plan_erasure(
    store: Store,
    kind: str,
    number: str | None,
    reason: str,
    day: date,
    person_id: int | None = None,
) -> PurgePlan:
    """What erasing one person (by number, or by ``person_id``) on request removes
    (nothing changes; ``reason`` may be empty for a preview: ``apply`` needs one).
    Refused while the student is enrolled or the employee employed on ``day``: no
    leaving day, or one after ``day``."""
    _require(store)
    row = _one(store, kind, number, person_id)
    if retention.still_there(_left(row), day):
        code, what = (
            ("still_enrolled", "is still enrolled")
            if kind == STUDENT
            else ("still_employed", "is still employed")
        )
        raise ErasureError(
            code,
            f"{kind} {row['number']} {what} (no leaving day on or before {day.isoformat()}):"
            " record the leaving day first",
        )
    reason = " ".join(reason.split())
    if reason:
        check_reason(reason)
    person = _person(kind, row, Fate.GOES)
    return _plan(store, day, {RULE_ON_REQUEST: [person]}, reason, 0, erasure=True)


def check_reason(text: str) -> str:
    """The reason for an erasure as recorded (spaces tidied); ``ErasureError`` when there
    is none or it is too long."""
    reason = " ".join(text.split())
    if not reason:
        raise ErasureError("reason_required", "give the reason for the erasure (--reason)")
    if len(reason) > MAX_REASON_LENGTH:
        raise ErasureError(
            "reason_too_long", f"the reason has at most {MAX_REASON_LENGTH} characters"
        )
    return reason


def erase(
    store: Store,
    kind: str,
    number: str,
    reason: str,
    day: date,
    step: Callable[[int, int, str], None] | None = None,
) -> PurgeResult:
    """Erase one person on request (``plan_erasure``, then ``apply``)."""
    return apply(store, plan_erasure(store, kind, number, reason, day), step)
