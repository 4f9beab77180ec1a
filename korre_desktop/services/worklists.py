"""The office's worklists: who still owes a form or needs a follow-up.

``owed`` is the one rule for what a person still owes; the Werklijsten tab, the worklists
PDF and the Excel sheet "Ontbrekend" all read it, so a person is on a worklist exactly
when the sheet has a row for them, with the same reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.status import PersonStatus


class Worklist(StrEnum):
    PROTOCOL = "protocol"  # employees who have not signed the current version
    ASK_STUDENT = "ask_student"  # turned 16 after their guardians' consent
    CONFLICT = "conflict"  # guardians disagree on an item
    NO_STATEMENT = "no_statement"  # no consent statement at all
    NEW_FORM = "new_form"  # items without an answer, or answers no longer valid
    BIRTH_DATE_MISSING = "birth_date_missing"  # counts as under 16 until it is known


class Reason(StrEnum):
    """Why a person is on a worklist; one row each on the sheet "Ontbrekend"."""

    PROTOCOL_UNSIGNED = "unsigned"
    PROTOCOL_OVERDUE = "overdue"
    PROTOCOL_RESIGN = "resign"  # signed an older version only
    BIRTH_DATE_MISSING = "birth_date_missing"
    NO_STATEMENT = "no_statement"
    ASK_STUDENT = "ask_student"
    CONFLICT = "conflict"
    EXPIRED = "expired"
    MISSING_ITEMS = "missing_items"  # a form came back, but these items have no answer


WORKLIST_OF: Mapping[Reason, Worklist] = {
    Reason.PROTOCOL_UNSIGNED: Worklist.PROTOCOL,
    Reason.PROTOCOL_OVERDUE: Worklist.PROTOCOL,
    Reason.PROTOCOL_RESIGN: Worklist.PROTOCOL,
    Reason.BIRTH_DATE_MISSING: Worklist.BIRTH_DATE_MISSING,
    Reason.NO_STATEMENT: Worklist.NO_STATEMENT,
    Reason.ASK_STUDENT: Worklist.ASK_STUDENT,
    Reason.CONFLICT: Worklist.CONFLICT,
    Reason.EXPIRED: Worklist.NEW_FORM,
    Reason.MISSING_ITEMS: Worklist.NEW_FORM,
}

_PROTOCOL_REASONS = {
    ProtocolStatus.UNSIGNED: Reason.PROTOCOL_UNSIGNED,
    ProtocolStatus.OVERDUE: Reason.PROTOCOL_OVERDUE,
    ProtocolStatus.RESIGN: Reason.PROTOCOL_RESIGN,
}
# Item statuses that ask for a follow-up, in the order the lists name them.
_ITEM_REASONS = (
    (ConsentStatus.CONFLICT, Reason.CONFLICT),
    (ConsentStatus.EXPIRED, Reason.EXPIRED),
    (ConsentStatus.MISSING, Reason.MISSING_ITEMS),
)


@dataclass(frozen=True)
class Owed:
    reason: Reason
    items: tuple[str, ...] = ()  # the item codes it is about (conflict, expired, missing)

    @property
    def worklist(self) -> Worklist:
        return WORKLIST_OF[self.reason]


def owed(person: PersonStatus) -> list[Owed]:
    """What ``person`` still owes on the date their statuses are for (with consent
    statuses loaded), in the order the lists show it."""
    found: list[Owed] = []
    if person.kind == "employee" and person.protocol in _PROTOCOL_REASONS:
        found.append(Owed(_PROTOCOL_REASONS[person.protocol]))
    if person.birth_date_missing:
        found.append(Owed(Reason.BIRTH_DATE_MISSING))
    if not person.has_statements:
        # Nothing came back: every item is missing, and one form answers it all.
        found.append(Owed(Reason.NO_STATEMENT, tuple(person.consent)))
        return found
    if person.ask_student:
        found.append(Owed(Reason.ASK_STUDENT))
    for status, reason in _ITEM_REASONS:
        items = tuple(code for code, value in person.consent.items() if value is status)
        if items:
            found.append(Owed(reason, items))
    return found


def worklists_of(person: PersonStatus) -> list[Worklist]:
    """The worklists ``person`` is on (with consent statuses loaded)."""
    return list(dict.fromkeys(entry.worklist for entry in owed(person)))
