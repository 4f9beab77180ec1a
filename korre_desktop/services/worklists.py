"""The office's worklists: who still owes a form or needs a follow-up."""

from __future__ import annotations

from enum import StrEnum

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.status import PersonStatus


class Worklist(StrEnum):
    PROTOCOL = "protocol"  # employees overdue or unsigned
    ASK_STUDENT = "ask_student"  # turned 16 after their guardians' consent
    CONFLICT = "conflict"  # guardians disagree on an item
    NO_STATEMENT = "no_statement"  # no consent statement at all
    BIRTH_DATE_MISSING = "birth_date_missing"  # counts as under 16 until it is known


def worklists_of(person: PersonStatus) -> list[Worklist]:
    """The worklists ``person`` is on (with consent statuses loaded)."""
    found = []
    if person.kind == "employee" and person.protocol in (
        ProtocolStatus.OVERDUE,
        ProtocolStatus.UNSIGNED,
    ):
        found.append(Worklist.PROTOCOL)
    if person.ask_student:
        found.append(Worklist.ASK_STUDENT)
    if ConsentStatus.CONFLICT in person.consent.values():
        found.append(Worklist.CONFLICT)
    if not person.has_statements:
        found.append(Worklist.NO_STATEMENT)
    if person.birth_date_missing:
        found.append(Worklist.BIRTH_DATE_MISSING)
    return found
