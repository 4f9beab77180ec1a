"""Authorisations: who may post for which account, for a school in general or for the
foundation in general (the protocol's 2.1 and 2.4), granted by management.

An authorisation is never changed: it is withdrawn as one action (a withdrawal row of its
own, with date and note), and a new authorisation follows when the terms change. The
worklists (``authorisation_worklist``) name what the office must follow up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import (
    ACCOUNT_ENDED,
    ALREADY_WITHDRAWN,
    ENDING_SOON_DAYS,
    GRANTED_BY_SELF,
    PERSON_LEFT,
    AuthorisationStatus,
    Scope,
    WorklistKind,
    authorisation_status,
    is_management,
    scope_of,
)
from korre_desktop.domain.people import person_name, person_sort_key
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.accounts import AccountRow, list_accounts
from korre_desktop.services.record_rules import (
    DateValue,
    Row,
    management,
    optional_date,
    past_date,
    raise_if,
    store_optional_document,
    today_of,
)
from korre_desktop.services.records import RecordValidationError
from korre_desktop.services.status import employee_statuses_on, student_statuses_on
from korre_desktop.store import Store
from korre_desktop.store.authorisation_queries import unprefixed

if TYPE_CHECKING:  # reading documents pulls in the image libraries: only when storing one
    from korre_desktop.services.documents import Document

PERSON_KINDS = ("employee", "student")


@dataclass(frozen=True)
class PersonRef:
    kind: str  # "employee" or "student"
    id: int


@dataclass(kw_only=True)
class AuthorisationInput:
    person: PersonRef | None
    scope: Scope | str
    # The scope decides which is used: account_id with ACCOUNT, school_id with SCHOOL;
    # the other is ignored (a window may keep both choices filled in).
    account_id: int | None = None
    school_id: int | None = None
    valid_from: DateValue
    valid_until: DateValue = None  # its last day; None: until withdrawn
    granted_by_employee_id: int | None
    note: str = ""
    evidence: Document | None = None  # the signed letter or e-mail (services.documents)


@dataclass(frozen=True)
class AuthorisationRow:
    """An authorisation with the names the lists show (and its withdrawal, if any)."""

    id: int
    person: PersonRef
    person_number: str
    person_name: str
    person_sort_key: tuple[str, str, str]  # the list order (``domain.people.sort_key``)
    person_left_on: date | None  # their leaving date (end date / left date), if any
    scope: Scope
    account_id: int | None
    account_platform: str  # "" unless scope ACCOUNT
    account_name: str
    account_ended_on: date | None
    school_id: int | None  # the school (of the account, or in general); None: foundation
    school_name: str
    valid_from: date
    valid_until: date | None
    granted_by_employee_id: int
    granted_by_name: str
    granted_by_function: str
    note: str
    evidence_sha256: str | None
    evidence_name: str
    withdrawn_on: date | None
    withdrawal_note: str
    entered_by: str
    entered_at: str

    def status_on(self, day: date) -> AuthorisationStatus:
        return authorisation_status(self.valid_from, self.valid_until, self.withdrawn_on, day)

    def person_left_by(self, day: date) -> bool:
        """The person has left on or before ``day`` (on the lists up to the day before)."""
        return self.person_left_on is not None and self.person_left_on <= day


@dataclass(frozen=True)
class ManagementChoice:
    """An employee who may grant authorisations and receive press reports."""

    id: int
    number: str
    name: str
    function: str


@dataclass(frozen=True)
class WorklistItem:
    """One follow-up. ``account`` is set for ACCOUNT_WITHOUT_AUTHORISED, ``authorisation``
    for the others; ``day`` is the leaving date (AUTHORISED_LEFT) or the last valid day
    (ENDING_SOON); ``protocol_status`` a ``ProtocolStatus`` value for
    AUTHORISED_WITHOUT_PROTOCOL."""

    kind: WorklistKind
    account: AccountRow | None = None
    authorisation: AuthorisationRow | None = None
    day: date | None = None
    protocol_status: str = ""


# -- reading ---------------------------------------------------------------------------------


def authorisation_row(row: Row) -> AuthorisationRow:
    kind = row["person_kind"]
    granted = unprefixed(row, "g_")
    return AuthorisationRow(
        id=row["id"],
        person=PersonRef(kind, row[f"{kind}_id"]),
        person_number=row["person_number"],
        person_name=person_name(unprefixed(row, "p_")),
        person_sort_key=person_sort_key(unprefixed(row, "p_")),
        person_left_on=optional_date(row["person_left_on"]),
        scope=scope_of(row["account_id"], row["school_id"]),
        account_id=row["account_id"],
        account_platform=row["account_platform"],
        account_name=row["account_name"],
        account_ended_on=optional_date(row["account_ended_on"]),
        school_id=row["school_id"],
        school_name=row["school_name"],
        valid_from=date.fromisoformat(row["valid_from"]),
        valid_until=optional_date(row["valid_until"]),
        granted_by_employee_id=row["granted_by_employee_id"],
        granted_by_name=person_name(granted),
        granted_by_function=row["granted_by_function"],
        note=row["note"],
        evidence_sha256=row["evidence_sha256"],
        evidence_name=row["evidence_name"],
        withdrawn_on=optional_date(row["withdrawn_on"]),
        withdrawal_note=row["withdrawal_note"],
        entered_by=row["entered_by"],
        entered_at=row["entered_at"],
    )


def get_authorisation(store: Store, authorisation_id: int) -> AuthorisationRow | None:
    row = store.authorisations.authorisation(authorisation_id)
    return None if row is None else authorisation_row(row)


def authorisations_of_person(store: Store, kind: str, person_id: int) -> list[AuthorisationRow]:
    """Every authorisation of the person (withdrawn and expired ones too), newest first:
    for the detail pane."""
    rows = store.authorisations.authorisations((kind, person_id))
    return [authorisation_row(row) for row in reversed(rows)]


def list_authorisations(
    store: Store,
    on: date,
    *,
    person: PersonRef | None = None,
    account_id: int | None = None,
    school_id: int | None = None,
    foundation: bool = False,
    include_inactive: bool = False,
) -> list[AuthorisationRow]:
    """The authorisations active on ``on`` (with ``include_inactive`` every one, with its
    ``status_on(on)`` to show), by person name: of one person; for one account; of one
    school (for its accounts, or the school in general); with ``foundation`` those of the
    foundation (its own accounts, or the foundation in general)."""
    rows = store.authorisations.authorisations(None if person is None else (person.kind, person.id))
    found = [
        row
        for row in map(authorisation_row, rows)
        if (account_id is None or row.account_id == account_id)
        and (school_id is None or row.school_id == school_id)
        and (not foundation or row.school_id is None)
        and (include_inactive or row.status_on(on) is AuthorisationStatus.ACTIVE)
    ]
    found.sort(key=lambda row: (row.person_sort_key, row.valid_from, row.id))
    return found


def management_choices(store: Store, on: date) -> list[ManagementChoice]:
    """The employees on the lists for ``on`` who are management (``is_management``), by
    name: who may grant an authorisation or receive a press report."""
    choices = [
        (
            person_sort_key(row),
            ManagementChoice(row["id"], row["staff_number"], person_name(row), row["function"]),
        )
        for row in store.people.employees_on(on)
        if is_management(row["function"])
    ]
    return [choice for _key, choice in sorted(choices, key=lambda pair: pair[0])]


# -- writing ---------------------------------------------------------------------------------


def _person(store: Store, person: PersonRef | None, day: date | None) -> FieldProblem | None:
    """A problem with the authorised person: none chosen, unknown, or left by ``day``."""
    if person is None:
        return FieldProblem("person", v.REQUIRED)
    if person.kind not in PERSON_KINDS:
        return FieldProblem("person", v.UNKNOWN_CHOICE, {"value": person.kind})
    if person.kind == "employee":
        row, column = store.records.employee_row(person.id), "end_date"
    else:
        row, column = store.records.student_row(person.id), "left_date"
    if row is None:
        return FieldProblem("person", v.NOT_FOUND)
    return _left_problem("person", row, row[column], day)


def _left_problem(field: str, row: Row, left: str | None, day: date | None) -> FieldProblem | None:
    if left and day is not None and left <= day.isoformat():
        params = {"name": person_name(row), "left_on": left, "before": day.isoformat()}
        return FieldProblem(field, PERSON_LEFT, params)
    return None


def _scope_problems(
    store: Store, data: AuthorisationInput, start: date | None
) -> list[FieldProblem]:
    """Problems with what the authorisation is for (the scope decides which id counts)."""
    try:
        scope = Scope(data.scope)
    except ValueError:
        return [FieldProblem("scope", v.UNKNOWN_CHOICE, {"value": str(data.scope)})]
    if scope is Scope.ACCOUNT:
        if data.account_id is None:
            return [FieldProblem("account_id", v.REQUIRED)]
        account = store.authorisations.account(data.account_id)
        if account is None:
            return [FieldProblem("account_id", v.NOT_FOUND)]
        ended = account["ended_on"]
        if ended and start is not None and ended <= start.isoformat():
            return [
                FieldProblem(
                    "account_id", ACCOUNT_ENDED, {"name": account["name"], "ended_on": ended}
                )
            ]
    if scope is Scope.SCHOOL:
        if data.school_id is None:
            return [FieldProblem("school_id", v.REQUIRED)]
        if store.records.school(data.school_id) is None:
            return [FieldProblem("school_id", v.NOT_FOUND)]
    return []


def _granter_problems(
    store: Store, data: AuthorisationInput, start: date | None
) -> list[FieldProblem | None]:
    field = "granted_by_employee_id"
    row, problem = management(store, field, data.granted_by_employee_id)
    if row is None or problem is not None:
        return [problem]
    person = data.person
    if person is not None and person.kind == "employee" and person.id == row["id"]:
        return [FieldProblem(field, GRANTED_BY_SELF, {"name": person_name(row)})]
    return [_left_problem(field, row, row["end_date"], start)]


def add_authorisation(store: Store, data: AuthorisationInput) -> int:
    """Record an authorisation (and its evidence) in one transaction; returns its id.

    Refused with every problem at once (``RecordValidationError``), nothing stored:
    - ``person``: REQUIRED, NOT_FOUND, PERSON_LEFT (left on or before ``valid_from``);
    - ``scope``/``account_id``/``school_id``: UNKNOWN_CHOICE, REQUIRED, NOT_FOUND,
      ACCOUNT_ENDED (the account ended on or before ``valid_from``);
    - ``valid_from``: REQUIRED, DATE_FORMAT, DATE_INVALID (both dates may lie ahead);
    - ``valid_until``: DATE_FORMAT, DATE_INVALID, DATE_ORDER (before ``valid_from``);
    - ``granted_by_employee_id``: REQUIRED, NOT_FOUND, NOT_MANAGEMENT, GRANTED_BY_SELF,
      PERSON_LEFT (management who left on or before ``valid_from`` grants nothing).
    """
    start, start_problem = v.parse_date_field("valid_from", data.valid_from, required=True)
    until, until_problem = v.parse_date_field("valid_until", data.valid_until, required=False)
    with store.transaction():
        raise_if(
            [
                _person(store, data.person, start),
                *_scope_problems(store, data, start),
                start_problem,
                until_problem or v.check_date_order("valid_until", until, start),
                *_granter_problems(store, data, start),
            ]
        )
        assert data.person is not None and start is not None
        scope = Scope(data.scope)
        evidence, evidence_name = store_optional_document(store, data.evidence)
        return store.authorisations.add_authorisation(
            person_kind=data.person.kind,
            person_id=data.person.id,
            account_id=data.account_id if scope is Scope.ACCOUNT else None,
            school_id=data.school_id if scope is Scope.SCHOOL else None,
            valid_from=start,
            valid_until=until,
            granted_by_employee_id=data.granted_by_employee_id,
            note=data.note.strip(),
            evidence_sha256=evidence,
            evidence_name=evidence_name,
        )


def withdraw_authorisation(
    store: Store,
    authorisation_id: int,
    on: DateValue,
    note: str = "",
    today: date | None = None,
) -> int:
    """Withdraw an authorisation from ``on`` (one action: a withdrawal row); returns its
    id. Refused: an unknown authorisation (``authorisation_id``: NOT_FOUND), one withdrawn
    already (ALREADY_WITHDRAWN), and a date (``withdrawn_on``) that is missing, lies ahead
    of ``today`` or before the authorisation's ``valid_from`` (DATE_ORDER)."""
    day = today_of(store, today)
    with store.transaction():
        row = store.authorisations.authorisation(authorisation_id)
        if row is None:
            raise RecordValidationError([FieldProblem("authorisation_id", v.NOT_FOUND)])
        if row["withdrawn_on"] is not None:
            params = {"withdrawn_on": row["withdrawn_on"]}
            raise RecordValidationError(
                [FieldProblem("authorisation_id", ALREADY_WITHDRAWN, params)]
            )
        withdrawn, problem = past_date("withdrawn_on", on, day, required=True)
        start = date.fromisoformat(row["valid_from"])
        raise_if([problem or v.check_date_order("withdrawn_on", withdrawn, start)])
        assert withdrawn is not None
        return store.authorisations.withdraw_authorisation(
            authorisation_id, on=withdrawn, note=note.strip()
        )


# -- worklists -------------------------------------------------------------------------------


def authorisation_worklist(store: Store, on: date) -> list[WorklistItem]:
    """What needs a follow-up on ``on``, in the order of ``WorklistKind``:

    - ACCOUNT_WITHOUT_AUTHORISED: an account in use with nobody who may post for it. An
      authorisation counts for an account when it is active on ``on``, its person has not
      left, and it is for that account or for the account's owner in general: the school
      (for a school's account) or the foundation (for the foundation's own). A foundation
      authorisation does not cover the schools' accounts: each school names its own.
    - AUTHORISED_LEFT: an active authorisation of someone who has left (revoke their
      access to the accounts); ``day`` is the leaving date.
    - ENDING_SOON: an active authorisation of someone still there whose last day is
      within ENDING_SOON_DAYS of ``on``; ``day`` is that last day.
    - AUTHORISED_WITHOUT_PROTOCOL: an active authorisation of someone still there whose
      protocol status on ``on`` is not signed (the rule of ``services.status``); one
      item per person, with their first active authorisation.
    """
    active = [
        row
        for row in map(authorisation_row, store.authorisations.authorisations())
        if row.status_on(on) is AuthorisationStatus.ACTIVE
    ]
    present = [row for row in active if not row.person_left_by(on)]
    items = _accounts_without(store, on, present)
    items += [
        WorklistItem(WorklistKind.AUTHORISED_LEFT, authorisation=row, day=row.person_left_on)
        for row in active
        if row.person_left_by(on)
    ]
    last_day = on + timedelta(days=ENDING_SOON_DAYS)
    items += [
        WorklistItem(WorklistKind.ENDING_SOON, authorisation=row, day=row.valid_until)
        for row in present
        if row.valid_until is not None and row.valid_until <= last_day
    ]
    items += _without_protocol(store, on, present)
    return items


class AuthorisedCount:
    """How many people may post for an account on a date: an active authorisation of
    someone who has not left, for the account or for its owner in general (its school, or
    the foundation for the foundation's own accounts). A foundation authorisation does not
    cover the schools' accounts: each school names its own."""

    def __init__(self, rows: Iterable[AuthorisationRow], on: date) -> None:
        self._by_account: dict[int | None, set[PersonRef]] = defaultdict(set)
        self._by_owner: dict[int | None, set[PersonRef]] = defaultdict(set)
        for row in rows:
            if row.status_on(on) is not AuthorisationStatus.ACTIVE or row.person_left_by(on):
                continue
            if row.scope is Scope.ACCOUNT:
                self._by_account[row.account_id].add(row.person)
            else:
                self._by_owner[row.school_id].add(row.person)

    def of(self, account: AccountRow) -> int:
        return len(
            self._by_account.get(account.id, set()) | self._by_owner.get(account.school_id, set())
        )


def authorised_counts(store: Store, on: date) -> dict[int, int]:
    """Per account (every account, ended ones too): how many people may post for it on
    ``on`` (``AuthorisedCount``, as the ACCOUNT_WITHOUT_AUTHORISED worklist counts them)."""
    count = AuthorisedCount(map(authorisation_row, store.authorisations.authorisations()), on)
    return {
        account.id: count.of(account) for account in list_accounts(store, include_ended=True, on=on)
    }


def _accounts_without(
    store: Store, on: date, present: list[AuthorisationRow]
) -> list[WorklistItem]:
    count = AuthorisedCount(present, on)
    return [
        WorklistItem(WorklistKind.ACCOUNT_WITHOUT_AUTHORISED, account=account)
        for account in list_accounts(store, on=on)
        if account.active_on(on) and count.of(account) == 0
    ]


def _without_protocol(
    store: Store, on: date, present: list[AuthorisationRow]
) -> list[WorklistItem]:
    wanted = {(row.person.kind, row.person.id) for row in present}
    student_ids = {person_id for kind, person_id in wanted if kind == "student"}
    statuses = {}
    if any(kind == "employee" for kind, _ in wanted):
        for person in employee_statuses_on(store, on, with_consent=False, include_inactive=True):
            statuses[("employee", person.id)] = person.protocol
    if student_ids:
        found = student_statuses_on(
            store, on, with_consent=False, include_inactive=True, only=student_ids
        )
        statuses.update((("student", person.id), person.protocol) for person in found)
    items = []
    seen: set[tuple[str, int]] = set()
    for row in present:
        key = (row.person.kind, row.person.id)
        status = statuses.get(key, ProtocolStatus.UNSIGNED)
        if status is not ProtocolStatus.SIGNED and key not in seen:
            seen.add(key)  # one item per person, on their first active authorisation
            items.append(
                WorklistItem(
                    WorklistKind.AUTHORISED_WITHOUT_PROTOCOL,
                    authorisation=row,
                    protocol_status=status.value,
                )
            )
    return items
