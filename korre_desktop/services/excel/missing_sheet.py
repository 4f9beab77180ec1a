"""The sheet Ontbrekend: a row per person per thing still owed, in words."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from korre_desktop.domain.consent_items import MEDIA, split_item_code
from korre_desktop.services.excel.sheet_plan import TEXT, Block, SheetPlan, list_plan
from korre_desktop.services.excel.words import KIND_WORDS, MEDIUM_WORDS, Labels
from korre_desktop.services.excel.words import OVERVIEW_WORDS as WORDS
from korre_desktop.services.status import PersonStatus
from korre_desktop.services.worklists import Owed, Reason, owed

MISSING = "Ontbrekend"


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {WORDS['and']} {words[-1]}"


def items_in_words(codes: Sequence[str], item_codes: Sequence[str], labels: Labels) -> str:
    """What ``codes`` cover, in words, the channels by their labels: ``alle onderdelen``;
    ``geluid (alle kanalen)``; ``Website, Nieuwsbrief (foto, film en geluid)``;
    ``foto: Website; film: Schoolgids``."""
    chosen = set(codes)
    if chosen >= set(item_codes):
        return WORDS["all_items"]
    asked: dict[str, list[str]] = defaultdict(list)
    picked: dict[str, list[str]] = defaultdict(list)
    for code in item_codes:
        medium, channel = split_item_code(code)
        asked[medium].append(channel)
        if code in chosen:
            picked[medium].append(channel)
    media = [medium for medium in MEDIA if picked[medium]]
    if len(media) > 1 and len(media) == len(asked):
        channel_sets = {tuple(picked[medium]) for medium in media}
        if len(channel_sets) == 1:  # the same channels for every medium
            channels = ", ".join(labels.get(channel, channel) for channel in picked[media[0]])
            return f"{channels} ({_and([MEDIUM_WORDS[m].lower() for m in media])})"
    parts = []
    for medium in media:
        word = MEDIUM_WORDS[medium].lower()
        if len(picked[medium]) == len(asked[medium]):
            parts.append(f"{word} ({WORDS['all_channels']})")
        else:
            channels = ", ".join(labels.get(channel, channel) for channel in picked[medium])
            parts.append(f"{word}: {channels}")
    return "; ".join(parts)


class _OwedWords:
    """Each reason of ``services.worklists.owed`` in words, with its items (remembered:
    many people owe the same items)."""

    def __init__(self, item_codes: Sequence[str], labels: Labels) -> None:
        self._codes = tuple(item_codes)
        self._labels = labels
        self._items: dict[tuple[str, ...], str] = {}

    def items(self, codes: tuple[str, ...]) -> str:
        found = self._items.get(codes)
        if found is None:
            found = self._items[codes] = items_in_words(codes, self._codes, self._labels)
        return found

    def row_end(self, person: PersonStatus, entry: Owed) -> list[object]:
        """The columns "Wat ontbreekt" and "Onderdelen" for one thing owed."""
        reason = entry.reason
        if reason in _PROTOCOL_WORDS:
            version = f" {person.protocol_version}" if person.protocol_version else ""
            return [WORDS[_PROTOCOL_WORDS[reason]].format(version=version), ""]
        return [WORDS[reason.value], self.items(entry.items) if entry.items else ""]


_PROTOCOL_WORDS = {
    Reason.PROTOCOL_UNSIGNED: "unsigned",
    Reason.PROTOCOL_OVERDUE: "overdue",
    Reason.PROTOCOL_RESIGN: "resign",
}


def owed_rows(
    students: Sequence[PersonStatus],
    employees: Sequence[PersonStatus],
    item_codes: Sequence[str],
    labels: Labels,
) -> list[list[object]]:
    """One row per person per thing still owed (students first, in list order): what
    ``services.worklists.owed`` says, the rule the worklists follow too."""
    words = _OwedWords(item_codes, labels)
    rows: list[list[object]] = []
    for person in [*students, *employees]:
        if person.kind == "student":
            start = [KIND_WORDS["student"], person.number, person.name, person.school]
            start.append(person.class_name)
        else:
            start = [KIND_WORDS["employee"], person.number, person.name, person.school, ""]
        rows.extend([*start, *words.row_end(person, entry)] for entry in owed(person))
    return rows


def missing_plan(rows: list[list[object]]) -> SheetPlan:
    headers = [
        WORDS["kind"],
        WORDS["number"],
        WORDS["name"],
        WORDS["school"],
        WORDS["class"],
        WORDS["what"],
        WORDS["items"],
    ]
    block = Block([TEXT] * len(headers), rows)
    return list_plan(MISSING, headers, [block], "D2", fit_header=False)
