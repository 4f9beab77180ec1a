"""The access log: every print, export, opened person detail and search that shows personal
data leaves an entry (who, when, what, how many people, and which people for a detail view
or a small selection). Normenkader IBP asks for it: access to personal data is logged and
reviewed. The beheerder and the privacy officer read it (Beheer -> Toegangslog, and
``korre-desktop access-log``); it is kept for ``access_log_retention_days`` (default one
year), then removed by :func:`purge_expired`, the only way an entry goes (the database
refuses to remove a younger one).

Where a service makes the document (the lists, the forms, the exports), that service
records it, so the window and the command line log alike; the window itself records only
what only it does (a person's detail pane, a settled search).

An entry holds no more personal data than needed: codes for what was shown, the scope
(a class, a school, a trip group), a count, and references ("student:12") only for a
detail view or a selection of at most ``REFS_LIMIT`` people. A search's typed text is not
kept (it is often a name): the tab and the number of rows shown are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from korre_desktop.domain.roles import Permission
from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.excel.safe_text import csv_text
from korre_desktop.store import Store
from korre_desktop.store.schema import (
    ACCESS_LOG_DEFAULT_DAYS,
    ACCESS_LOG_MINIMUM_DAYS,
    ACCESS_LOG_RETENTION_SETTING,
)

# The actions.
PRINT = "print"  # a list or forms made (previewed, printed or saved as PDF)
EXPORT = "export"  # a file handed out (Excel overview, status CSV)
PERSON_DETAIL = "person_detail"  # one person's detail pane
SEARCH = "search"  # a search in a tab that shows people
ACTIONS = (PRINT, EXPORT, PERSON_DETAIL, SEARCH)

# What was shown (the ``what`` codes).
NO_PHOTO_LIST = "no_photo_list"
WORKLISTS = "worklists"
CONSENT_FORMS = "consent_forms"
PROTOCOL_FORMS = "protocol_forms"
OVERVIEW_XLSX = "overview_xlsx"
STATUS_CSV = "status_csv"
EVIDENCE = "evidence"  # a stored scan, photo or document opened from a person's detail
ACCESS_REQUEST = "access_request"  # everything about one person handed out (AVG art. 15)

REFS_LIMIT = 10  # more people than this: the count and the scope only
SCOPE_LIMIT = 200  # characters
RETENTION_SETTING = ACCESS_LOG_RETENTION_SETTING
DEFAULT_RETENTION_DAYS = ACCESS_LOG_DEFAULT_DAYS
MINIMUM_RETENTION_DAYS = ACCESS_LOG_MINIMUM_DAYS
MAXIMUM_RETENTION_DAYS = 3650

PersonRef = tuple[str, int]  # ("student", 12)


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime  # aware, UTC
    actor: str
    action: str
    what: str
    scope: str
    people_count: int
    person_refs: tuple[str, ...]

    @property
    def local_time(self) -> datetime:
        """The moment in this PC's time zone, without the zone (for showing)."""
        return self.at.astimezone().replace(tzinfo=None)


def ref_text(ref: PersonRef) -> str:
    kind, person_id = ref
    return f"{kind}:{person_id}"


def record(
    store: Store,
    action: str,
    what: str,
    people: Iterable[PersonRef] | int,
    scope: str = "",
) -> int:
    """Log one access: ``people`` are the people shown (their references are kept when
    they are few) or only how many. Returns the entry's id."""
    if isinstance(people, int):
        count, refs = people, []
    else:
        unique = list(dict.fromkeys(people))
        count = len(unique)
        refs = [ref_text(ref) for ref in unique] if count <= REFS_LIMIT else []
    return store.access_log.add(action, what, scope[:SCOPE_LIMIT], count, refs)


def record_detail(store: Store, kind: str, person_id: int) -> int:
    """One person's detail was shown."""
    return record(store, PERSON_DETAIL, PERSON_DETAIL, [(kind, person_id)])


def record_evidence(store: Store, kind: str, person_id: int, sha256: str) -> int:
    """A stored file about one person was opened (its hash as the scope: which file)."""
    return record(store, PERSON_DETAIL, EVIDENCE, [(kind, person_id)], scope=sha256)


def record_search(store: Store, where: str, people: Iterable[PersonRef] | int) -> int:
    """A search settled showing ``people`` (or how many) in the tab ``where``; the typed
    text is not kept."""
    return record(store, SEARCH, where, people)


def may_read(store: Store) -> bool:
    """Whether the one signed in may read the access log (beheerder, privacy)."""
    return store.signed_in().may(Permission.READ_ACCESS_LOG)


def _entry(row: dict) -> Entry:
    at = datetime.strptime(row["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return Entry(
        id=int(row["id"]),
        at=at,
        actor=row["actor"],
        action=row["action"],
        what=row["what"],
        scope=row["scope"],
        people_count=int(row["people_count"]),
        person_refs=tuple(json.loads(row["person_refs"])),
    )


def entries(
    store: Store,
    since: date | None = None,
    user: str | None = None,
    action: str | None = None,
) -> list[Entry]:
    """The entries from ``since`` (a day, in UTC), of one login and one action when given;
    the newest first."""
    rows = store.access_log.entries(since.isoformat() if since else None, user or None, action)
    return [_entry(row) for row in rows]


def users(store: Store) -> list[str]:
    """Every login that has an entry (for a filter)."""
    return store.access_log.actors()


def retention_days(store: Store) -> int:
    days = store.setting(RETENTION_SETTING, DEFAULT_RETENTION_DAYS)
    return max(MINIMUM_RETENTION_DAYS, int(days))


def purge_expired(store: Store) -> int:
    """Remove the entries older than the retention period; return how many. The database
    decides by its own clock (the server's on a server), so a PC with a wrong date
    removes nothing too early."""
    return store.access_log.purge_expired()


CSV_COLUMNS = ("at", "user", "action", "what", "scope", "people", "person_refs")


def entry_fields(entry: Entry) -> tuple[str, ...]:
    """An entry's values as text, in ``CSV_COLUMNS``' order (times in UTC)."""
    return (
        entry.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        entry.actor,
        entry.action,
        entry.what,
        entry.scope,
        str(entry.people_count),
        " ".join(entry.person_refs),
    )


def write_csv_to(handle: TextIO, found: Sequence[Entry]) -> int:
    """The entries as CSV (commas, a header row, UTC times); returns how many rows. A
    cell that starts like a formula gets an apostrophe (``safe_text.csv_text``)."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for entry in found:
        writer.writerow(csv_text(value) for value in entry_fields(entry))
    return len(found)


def write_csv(target: Path, found: Sequence[Entry]) -> int:
    """The entries as a CSV file (UTF-8), written whole or not at all."""
    with atomic_text_file(target) as handle:
        return write_csv_to(handle, found)
