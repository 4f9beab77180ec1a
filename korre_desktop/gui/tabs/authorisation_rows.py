"""The rows of the Bevoegdheden tab: every authorisation with its status on a date and its
worklist items, and a row for each account nobody may post for (no person).

Plain data (no Qt), shaped for ``PersonTableModel``: ``kind`` and ``id`` name the row
itself ("authorisation" or "account"), not a person, so the window's person actions
(edit, leaving date, entering a form) leave these rows alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.authorisation import AuthorisationStatus, WorklistKind
from korre_desktop.domain.people import fold
from korre_desktop.services.accounts import AccountRow
from korre_desktop.services.authorisations import (
    AuthorisationRow,
    WorklistItem,
    authorisation_worklist,
    list_authorisations,
)
from korre_desktop.store import Store

AUTHORISATION, ACCOUNT = "authorisation", "account"
# The "Lijst:" choices besides the worklists.
VALID, EVERYTHING = "valid", "everything"


@dataclass(frozen=True)
class AuthorisationListRow:
    kind: str  # AUTHORISATION or ACCOUNT
    id: int  # of the authorisation or the account
    owner: str  # the school's name, or the word for the foundation
    authorisation: AuthorisationRow | None = None
    account: AccountRow | None = None  # an account nobody may post for
    status: AuthorisationStatus | None = None  # of the authorisation on the tab's date
    worklist: tuple[WorklistItem, ...] = ()
    active = False  # not a person on the lists: no person is chosen from this row

    @property
    def number(self) -> str:
        return self.authorisation.person_number if self.authorisation else ""

    @property
    def name(self) -> str:
        return self.authorisation.person_name if self.authorisation else ""

    @property
    def sort_key(self) -> tuple[str, str, int]:
        if self.authorisation is None:
            assert self.account is not None
            return ("", fold(self.account.name), self.id)
        return (fold(self.name), self.authorisation.valid_from.isoformat(), self.id)

    @property
    def search_text(self) -> str:
        """Found by the person's number and name, the account and who granted it."""
        row, account = self.authorisation, self.account
        if row is not None:
            return f"{row.person_number} {row.person_name} {row.account_name} {row.granted_by_name}"
        return account.name if account is not None else ""

    @property
    def schools(self) -> tuple[str, ...]:
        return (self.owner,)

    def at_school(self, name: str) -> bool:
        return name == self.owner

    def on_list(self, wanted: Any) -> bool:
        """Whether the row belongs on the list chosen: VALID, EVERYTHING or a worklist."""
        if wanted == VALID:
            return self.status is AuthorisationStatus.ACTIVE
        if wanted == EVERYTHING:
            return self.kind == AUTHORISATION
        return any(item.kind == wanted for item in self.worklist)

    def worklists(self) -> list[WorklistKind]:
        return [item.kind for item in self.worklist]


def authorisation_rows(store: Store, on: date, foundation: str) -> list[AuthorisationListRow]:
    """Every authorisation (withdrawn and expired too) and every account on the worklist
    "nobody may post for it", for ``on``; ``foundation`` names the foundation as owner."""
    items = authorisation_worklist(store, on)
    by_authorisation: dict[int, list[WorklistItem]] = defaultdict(list)
    for item in items:
        if item.authorisation is not None:
            by_authorisation[item.authorisation.id].append(item)
    rows = [
        AuthorisationListRow(
            AUTHORISATION,
            row.id,
            row.school_name or foundation,
            authorisation=row,
            status=row.status_on(on),
            worklist=tuple(by_authorisation[row.id]),
        )
        for row in list_authorisations(store, on, include_inactive=True)
    ]
    rows += [
        AuthorisationListRow(
            ACCOUNT,
            item.account.id,
            item.account.school_name or foundation,
            account=item.account,
            worklist=(item,),
        )
        for item in items
        if item.account is not None
    ]
    return rows
