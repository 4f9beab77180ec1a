"""The foundation's and its schools' social-media accounts, groups and networks.

An account is never deleted: it ends on a date (an audited update), and its history and
the authorisations for it stay. Its name, link and note may be edited (audited too).
Creating one needs management's permission (the protocol's 2.4): who gave it is recorded
when known, and must be management.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from korre_desktop.domain import validation as v
from korre_desktop.domain.authorisation import (
    ACCOUNT_EXISTS,
    ALREADY_ENDED,
    PLATFORMS,
    Scope,
    account_active_on,
)
from korre_desktop.domain.people import person_name
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.services.record_rules import (
    DateValue,
    Row,
    clean,
    management,
    optional_date,
    past_date,
    raise_if,
    today_of,
)
from korre_desktop.services.records import RecordValidationError
from korre_desktop.store import Store
from korre_desktop.store.authorisation_queries import unprefixed


@dataclass(kw_only=True)
class AccountInput:
    platform: str  # a code of domain.authorisation.Platform
    name: str  # the account's name or handle ("@obsdelinde", "Ouders groep 5")
    link: str = ""
    school_id: int | None = None  # None: the foundation's own account
    created_on: DateValue = None  # None: not known
    permission_by_employee_id: int | None = None  # management; None: not known
    note: str = ""


@dataclass(frozen=True)
class AccountRow:
    """An account as the lists show it."""

    id: int
    platform: str
    name: str
    link: str
    school_id: int | None
    school_name: str  # "" for the foundation's accounts
    created_on: date | None
    permission_by_employee_id: int | None
    permission_by_name: str  # "" when not known
    ended_on: date | None
    note: str

    @property
    def scope(self) -> Scope:
        """SCHOOL or FOUNDATION: whose account it is."""
        return Scope.FOUNDATION if self.school_id is None else Scope.SCHOOL

    def active_on(self, day: date) -> bool:
        return account_active_on(self.created_on, self.ended_on, day)


def account_row(row: Row) -> AccountRow:
    granted = unprefixed(row, "g_")
    return AccountRow(
        id=row["id"],
        platform=row["platform"],
        name=row["name"],
        link=row["link"],
        school_id=row["school_id"],
        school_name=row["school_name"],
        created_on=optional_date(row["created_on"]),
        permission_by_employee_id=row["permission_by_employee_id"],
        permission_by_name=person_name(granted) if granted["roepnaam"] is not None else "",
        ended_on=optional_date(row["ended_on"]),
        note=row["note"],
    )


def _account_values(store: Store, data: AccountInput, today: date) -> Row:
    platform = data.platform.strip()
    name = clean(data.name)
    created, created_problem = past_date("created_on", data.created_on, today, required=False)
    problems: list[FieldProblem | None] = [
        v.check_choice("platform", platform, PLATFORMS),
        v.check_required("name", name),
        created_problem,
        management(
            store, "permission_by_employee_id", data.permission_by_employee_id, required=False
        )[1],
    ]
    if data.school_id is not None and store.records.school(data.school_id) is None:
        problems.append(FieldProblem("school_id", v.NOT_FOUND))
    elif name and store.authorisations.account_named(platform, name, data.school_id):
        problems.append(FieldProblem("name", ACCOUNT_EXISTS, {"name": name, "platform": platform}))
    raise_if(problems)
    return {
        "platform": platform,
        "name": name,
        "link": data.link.strip(),
        "school_id": data.school_id,
        "created_on": created,
        "permission_by_employee_id": data.permission_by_employee_id,
        "note": data.note.strip(),
    }


def add_account(store: Store, data: AccountInput, today: date | None = None) -> int:
    """A new account; returns its id. Refused (``RecordValidationError``): an unknown
    platform, no name, a creation date ahead of ``today``, permission by someone who is
    not management, an unknown school, or the same account (platform, name and school)
    already on record and not ended."""
    day = today_of(store, today)
    with store.transaction():
        values = _account_values(store, data, day)
        return store.authorisations.add_account(**values)


def update_account(store: Store, account_id: int, *, name: str, link: str, note: str) -> bool:
    """Change an account's name, link and note (audited). Returns False when nothing
    changed. Its platform and school stay: another one is another account."""
    with store.transaction():
        current = store.authorisations.account(account_id)
        if current is None:
            raise RecordValidationError([FieldProblem("account_id", v.NOT_FOUND)])
        cleaned = clean(name)
        problems = [v.check_required("name", cleaned)]
        if cleaned and store.authorisations.account_named(
            current["platform"], cleaned, current["school_id"], except_id=account_id
        ):
            params = {"name": cleaned, "platform": current["platform"]}
            problems.append(FieldProblem("name", ACCOUNT_EXISTS, params))
        raise_if(problems)
        wanted = {"name": cleaned, "link": link.strip(), "note": note.strip()}
        changes = {key: value for key, value in wanted.items() if current[key] != value}
        return store.authorisations.update_account(account_id, changes)


def end_account(store: Store, account_id: int, on: DateValue, today: date | None = None) -> bool:
    """The account ends on ``on`` (in use up to the day before; audited). Refused: a date
    ahead of ``today`` or before its creation, and an account that has ended already."""
    day = today_of(store, today)
    with store.transaction():
        current = store.authorisations.account(account_id)
        if current is None:
            raise RecordValidationError([FieldProblem("account_id", v.NOT_FOUND)])
        ended, problem = past_date("ended_on", on, day, required=True)
        problems = [
            problem,
            v.check_date_order("ended_on", ended, optional_date(current["created_on"])),
        ]
        if current["ended_on"] is not None:
            problems = [FieldProblem("ended_on", ALREADY_ENDED, {"ended_on": current["ended_on"]})]
        raise_if(problems)
        assert ended is not None
        return store.authorisations.end_account(account_id, ended)


def get_account(store: Store, account_id: int) -> AccountRow | None:
    row = store.authorisations.account(account_id)
    return None if row is None else account_row(row)


def list_accounts(
    store: Store,
    school_id: int | None = None,
    *,
    foundation: bool = False,
    include_ended: bool = False,
    on: date | None = None,
) -> list[AccountRow]:
    """The accounts (the foundation's first, then per school, platform and name): of one
    school, or with ``foundation`` the foundation's own only; without ``include_ended``
    only those not ended on ``on`` (default today)."""
    day = today_of(store, on)
    rows = [account_row(row) for row in store.authorisations.accounts()]
    return [
        account
        for account in rows
        if (school_id is None or account.school_id == school_id)
        and (not foundation or account.school_id is None)
        and (include_ended or account.ended_on is None or account.ended_on > day)
    ]
