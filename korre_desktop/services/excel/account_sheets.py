"""The overview's sheets Accounts and Bevoegdheden: the foundation's and schools'
social-media accounts, and who may post where on the overview's date (the protocol's 2.1
and 2.4), with what the worklists ask (``services.authorisations.authorisation_worklist``).

* **Accounts**: every account made on or before the date (ended ones too, with their end
  date), with how many people may post for it on the date (while it is in use) and
  "niemand bevoegd" for an account in use that the worklist names.
* **Bevoegdheden**: the authorisations that are valid on the date or start later, and any
  other the worklist names (withdrawn and expired ones only then), with their status on
  the date and the worklist's follow-ups.

Both sheets are always there; without rows they say so in one line. Nothing of the
personnel file or the press reports is read here: they are confidential (issue 14).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.authorisation import AuthorisationStatus, Scope, WorklistKind
from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.accounts import AccountRow, list_accounts
from korre_desktop.services.authorisations import (
    AuthorisationRow,
    AuthorisedCount,
    WorklistItem,
    authorisation_worklist,
    list_authorisations,
)
from korre_desktop.services.excel import styles
from korre_desktop.services.excel.rows_xml import Column, Kind
from korre_desktop.services.excel.sheet_plan import (
    COUNT,
    DAY,
    TEXT,
    Block,
    SheetPlan,
    list_plan,
)
from korre_desktop.services.excel.words import ACCOUNT_WORDS as WORDS
from korre_desktop.services.excel.words import (
    AUTHORISATION_WORDS,
    KIND_WORDS,
    PLATFORM_WORDS,
    PROTOCOL_FOLLOW_UP_WORDS,
)
from korre_desktop.store import Store

ACCOUNTS, AUTHORISATIONS = "Accounts", "Bevoegdheden"
# Authorisations shown whether or not the worklist names them: who may post now or later.
SHOWN_STATUSES = frozenset({AuthorisationStatus.ACTIVE, AuthorisationStatus.NOT_YET})
NONE_LOOK = Column(Kind.TEXT, styles.NOTE)  # the one line of a sheet without rows


@dataclass(frozen=True)
class AccountSheets:
    accounts: SheetPlan
    authorisations: SheetPlan
    account_rows: int
    authorisation_rows: int


# -- the data -------------------------------------------------------------------------------------


def platform_word(code: str) -> str:
    return PLATFORM_WORDS.get(code, code)


def owner_word(school_name: str) -> str:
    """The school's name, or "Stichting" for the foundation's own."""
    return school_name or WORDS["foundation"]


def scope_words(row: AuthorisationRow) -> str:
    """What the authorisation is for: "Instagram · @obsdelinde", "OBS De Linde, algemeen"
    or "Stichting, algemeen"."""
    if row.scope is Scope.ACCOUNT:
        platform = platform_word(row.account_platform)
        return WORDS["account_for"].format(platform=platform, name=row.account_name)
    return WORDS["in_general"].format(owner=owner_word(row.school_name))


def follow_up_words(item: WorklistItem) -> str:
    """One worklist item about an authorisation, as its "Aandachtspunt"."""
    if item.kind is WorklistKind.AUTHORISED_LEFT:
        return WORDS["left"].format(day=_day(item.day))
    if item.kind is WorklistKind.ENDING_SOON:
        return WORDS["ending_soon"].format(day=_day(item.day))
    if item.kind is WorklistKind.AUTHORISED_WITHOUT_PROTOCOL:
        return PROTOCOL_FOLLOW_UP_WORDS[ProtocolStatus(item.protocol_status)]
    raise ValueError(f"not about an authorisation: {item.kind}")


def _day(day: date | None) -> str:
    return "" if day is None else format_dutch_date(day)


def follow_ups(items: Iterable[WorklistItem]) -> dict[int, str]:
    """Authorisation id -> what the worklist asks about it ("; " between two asks)."""
    found: dict[int, list[str]] = defaultdict(list)
    for item in items:
        if item.authorisation is not None:
            found[item.authorisation.id].append(follow_up_words(item))
    return {key: "; ".join(words) for key, words in found.items()}


def account_rows(
    accounts: Sequence[AccountRow], on: date, count: AuthorisedCount, nobody: set[int]
) -> list[list[object]]:
    """A row per account; the number of people who may post for it only while it is in
    use on ``on`` (an ended account's cell stays empty)."""
    return [
        [
            platform_word(account.platform),
            account.name,
            account.link,
            owner_word(account.school_name),
            account.created_on,
            account.permission_by_name,
            account.ended_on,
            count.of(account) if account.active_on(on) else None,
            WORDS["nobody"] if account.id in nobody else "",
        ]
        for account in accounts
    ]


def authorisation_rows(
    rows: Sequence[AuthorisationRow], on: date, asks: dict[int, str]
) -> list[list[object]]:
    """The authorisations valid on ``on`` or later, and those the worklist names."""
    shown = []
    for row in rows:
        status = row.status_on(on)
        if status not in SHOWN_STATUSES and row.id not in asks:
            continue
        shown.append(
            [
                row.person_name,
                KIND_WORDS[row.person.kind],
                row.person_number,
                owner_word(row.school_name),
                scope_words(row),
                row.valid_from,
                row.valid_until,
                row.granted_by_name,
                status,
                asks.get(row.id, ""),
            ]
        )
    return shown


# -- the sheets -----------------------------------------------------------------------------------


def _status_column() -> Column:
    return Column(
        Kind.WORD,
        words={
            status: (word, styles.authorisation_look(status))
            for status, word in AUTHORISATION_WORDS.items()
        },
    )


def _plan(
    title: str,
    headers: Sequence[str],
    columns: list[Column],
    rows: list[list[object]],
    freeze: str,
    none: str,
) -> SheetPlan:
    """A sheet with one header row; without rows, one line saying there are none."""
    blocks = [Block(columns, rows)]
    if not rows:
        blocks.append(Block([NONE_LOOK], [[none]], measured=False))
    return list_plan(title, headers, blocks, freeze)


def accounts_plan(rows: list[list[object]]) -> SheetPlan:
    headers = [
        WORDS["platform"],
        WORDS["account"],
        WORDS["link"],
        WORDS["school"],
        WORDS["created_on"],
        WORDS["permission_by"],
        WORDS["ended_on"],
        WORDS["authorised"],
        WORDS["attention"],
    ]
    columns = [TEXT, TEXT, TEXT, TEXT, DAY, TEXT, DAY, COUNT, TEXT]
    return _plan(ACCOUNTS, headers, columns, rows, "C2", WORDS["no_accounts"])


def authorisations_plan(rows: list[list[object]]) -> SheetPlan:
    headers = [
        WORDS["person"],
        WORDS["kind"],
        WORDS["number"],
        WORDS["school"],
        WORDS["for"],
        WORDS["from"],
        WORDS["until"],
        WORDS["granted_by"],
        WORDS["status"],
        WORDS["attention"],
    ]
    columns = [TEXT, TEXT, TEXT, TEXT, TEXT, DAY, DAY, TEXT, _status_column(), TEXT]
    return _plan(AUTHORISATIONS, headers, columns, rows, "B2", WORDS["no_authorisations"])


def account_sheets(store: Store, on: date) -> AccountSheets:
    """Both sheets for the overview on ``on``."""
    accounts = [
        account
        for account in list_accounts(store, include_ended=True, on=on)
        if account.created_on is None or account.created_on <= on
    ]
    every = list_authorisations(store, on, include_inactive=True)
    worklist = authorisation_worklist(store, on)
    nobody = {
        item.account.id
        for item in worklist
        if item.kind is WorklistKind.ACCOUNT_WITHOUT_AUTHORISED and item.account is not None
    }
    accounts_rows = account_rows(accounts, on, AuthorisedCount(every, on), nobody)
    authorised = authorisation_rows(every, on, follow_ups(worklist))
    return AccountSheets(
        accounts=accounts_plan(accounts_rows),
        authorisations=authorisations_plan(authorised),
        account_rows=len(accounts_rows),
        authorisation_rows=len(authorised),
    )
