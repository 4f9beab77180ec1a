"""The counts behind the sheet Samenvatting: students per class and school, staff per school."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.media_reach import Reach, media_of, reach
from korre_desktop.domain.people import fold, natural_key
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.status import PersonStatus


@dataclass
class GroupCounts:
    """Counts behind one summary row."""

    items: int
    students: int = 0
    returned: int = 0
    conflict: int = 0
    missing: int = 0
    expired: int = 0
    ask: int = 0
    granted: list[int] = field(default_factory=list)
    media: int = 0  # how many media the items ask about
    reach: list[int] = field(default_factory=list)  # per medium: all, some, none

    def __post_init__(self) -> None:
        self.granted = self.granted or [0] * self.items
        self.reach = self.reach or [0] * (len(Reach) * self.media)

    def add(self, person: PersonStatus, profile: ConsentProfile) -> None:
        self.students += 1
        self.returned += person.has_statements
        self.ask += person.ask_student
        self.conflict += profile.conflict
        self.missing += profile.missing
        self.expired += profile.expired
        granted = self.granted
        for index in profile.granted:
            granted[index] += 1
        reached = self.reach
        for index in profile.reach:
            reached[index] += 1

    def row(self, school: str, label: str) -> list[object]:
        n = self.students
        return [
            school,
            label,
            n,
            self.returned,
            self.returned / n if n else None,
            *self.reach,
            *(g / n if n else None for g in self.granted),
            self.conflict,
            self.missing,
            self.expired,
            self.ask,
        ]


@dataclass(frozen=True)
class ConsentProfile:
    """What one combination of statuses counts for (shared by everyone who has it)."""

    granted: tuple[int, ...]  # indexes of granted items
    reach: tuple[int, ...]  # per medium the index of its all/some/none count
    conflict: bool
    missing: bool
    expired: bool


class ConsentProfiles:
    """Each combination of statuses as the ``ConsentProfile`` it counts for."""

    def __init__(self, item_codes: Sequence[str]) -> None:
        self._codes = tuple(item_codes)
        self.media = media_of(item_codes)
        self._seen: dict[int, tuple[dict[str, ConsentStatus], ConsentProfile]] = {}

    def of(self, consent: dict[str, ConsentStatus]) -> ConsentProfile:
        # status.py shares one dict per combination, so id() is a cheap, exact key
        # (the dict is kept alive in the cache).
        found = self._seen.get(id(consent))
        if found is not None and found[0] is consent:
            return found[1]
        by_status: dict[ConsentStatus, list[str]] = defaultdict(list)
        for code in self._codes:
            by_status[consent[code]].append(code)
        profile = ConsentProfile(
            granted=tuple(
                i for i, code in enumerate(self._codes) if consent[code] is ConsentStatus.GRANTED
            ),
            reach=tuple(
                len(Reach) * index + reach(consent, medium)
                for index, medium in enumerate(self.media)
            ),
            conflict=bool(by_status[ConsentStatus.CONFLICT]),
            missing=bool(by_status[ConsentStatus.MISSING]),
            expired=bool(by_status[ConsentStatus.EXPIRED]),
        )
        self._seen[id(consent)] = (consent, profile)
        return profile


def class_summary(
    students: Sequence[PersonStatus], item_codes: Sequence[str], profiles: ConsentProfiles
) -> tuple[list[list[object]], set[int]]:
    """Rows per school and class, a total per school and one for all; and which rows
    are totals (indexes into the rows)."""
    classes: dict[tuple[str, str], GroupCounts] = {}
    schools: dict[str, GroupCounts] = {}
    media = len(profiles.media)
    everyone = GroupCounts(len(item_codes), media=media)
    for person in students:
        profile = profiles.of(person.consent)
        key = (person.school, person.class_name)
        group = classes.get(key)
        if group is None:
            group = classes[key] = GroupCounts(len(item_codes), media=media)
        group.add(person, profile)
        school = schools.get(person.school)
        if school is None:
            school = schools[person.school] = GroupCounts(len(item_codes), media=media)
        school.add(person, profile)
        everyone.add(person, profile)
    rows: list[list[object]] = []
    totals: set[int] = set()
    by_school: dict[str, list[str]] = defaultdict(list)
    for school_name, class_name in classes:
        by_school[school_name].append(class_name)
    for school_name in sorted(by_school, key=fold):
        for class_name in sorted(by_school[school_name], key=natural_key):
            label = class_name or WORDS["no_class"]
            rows.append(classes[(school_name, class_name)].row(school_name, label))
        totals.add(len(rows))
        rows.append(schools[school_name].row(school_name, WORDS["school_total"]))
    totals.add(len(rows))
    rows.append(everyone.row(WORDS["all_schools"], WORDS["total"]))
    return rows, totals


STAFF_STATUSES = (
    ProtocolStatus.SIGNED,
    ProtocolStatus.RESIGN,
    ProtocolStatus.UNSIGNED,
    ProtocolStatus.OVERDUE,
)


def staff_summary(employees: Sequence[PersonStatus]) -> tuple[list[list[object]], set[int]]:
    per_school: dict[str, Counter[ProtocolStatus]] = defaultdict(Counter)
    everyone: Counter[ProtocolStatus] = Counter()
    for person in employees:
        everyone[person.protocol] += 1
        for school in person.schools or [WORDS["no_school"]]:
            per_school[school][person.protocol] += 1

    def row(label: str, counts: Counter[ProtocolStatus]) -> list[object]:
        total = sum(counts.values())
        signed = counts[ProtocolStatus.SIGNED]
        return [
            label,
            total,
            *(counts[status] for status in STAFF_STATUSES),
            signed / total if total else None,
        ]

    rows = [row(school, per_school[school]) for school in sorted(per_school, key=fold)]
    rows.append(row(WORDS["all_schools"], everyone))
    return rows, {len(rows) - 1}
