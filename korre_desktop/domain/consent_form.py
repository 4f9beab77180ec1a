"""A consent form version as the school defines it: its channels, the media it asks per
channel (the items), how long a statement on it stays valid, and the texts a parent reads.

Item codes stay ``<medium>_<channel>`` (``foto_klassenfoto``). Channels are the school's
data (a code, a Dutch label, an explanation for parents), defined per version; every place
that shows a channel's name takes it from here. A version that a statement or a printed
form refers to is never changed: a new version follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from korre_desktop.domain.consent_items import MEDIA

CHANNEL_CODE = re.compile(r"[a-z0-9_]+")
MAX_VALIDITY_YEARS = 20
DEFAULT_CUTOFF = (8, 1)  # the school year starts on 1 August (a setting)
TEXT_KEYS = ("intro", "scope", "no_consent_needed", "withdraw", "contact")


@dataclass(frozen=True)
class Channel:
    code: str
    label: str
    explanation: str = ""


class ValidityKind(StrEnum):
    UNTIL_WITHDRAWN = "until_withdrawn"
    SCHOOL_YEAR = "school_year"  # the school year it was signed in
    YEARS = "years"  # N years from the day it was signed


@dataclass(frozen=True)
class Validity:
    kind: ValidityKind = ValidityKind.UNTIL_WITHDRAWN
    years: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ValidityKind(self.kind))
        if self.kind is ValidityKind.YEARS:
            if (
                not isinstance(self.years, int)
                or isinstance(self.years, bool)
                or not 1 <= self.years <= MAX_VALIDITY_YEARS
            ):
                raise ValueError(
                    f"validity in years must be 1-{MAX_VALIDITY_YEARS}: {self.years!r}"
                )
        elif self.years is not None:
            raise ValueError("only a validity in years has a number of years")

    def expires_on(self, signed: date, cutoff: tuple[int, int] = DEFAULT_CUTOFF) -> date | None:
        """The first day a statement signed on ``signed`` no longer counts (None: never).

        "The school year it was signed in" ends on the day before the next cut-off date
        (1 August by default); N years end on the same day N years later (29 February
        moves to 1 March)."""
        if self.kind is ValidityKind.UNTIL_WITHDRAWN:
            return None
        if self.kind is ValidityKind.SCHOOL_YEAR:
            month, day = cutoff
            this_year = _day_in(signed.year, month, day)
            return this_year if signed < this_year else _day_in(signed.year + 1, month, day)
        assert self.years is not None
        return _day_in(signed.year + self.years, signed.month, signed.day)

    def to_json(self) -> Any:
        """ "until_withdrawn", "school_year" or {"years": N}, as stored and in form files."""
        if self.kind is ValidityKind.YEARS:
            return {"years": self.years}
        return self.kind.value

    @classmethod
    def from_json(cls, value: Any) -> Validity:
        """The inverse of ``to_json``; ``ValueError`` for anything else."""
        if isinstance(value, str):
            kind = ValidityKind(value)  # ValueError for an unknown word
            if kind is ValidityKind.YEARS:
                raise ValueError('a validity in years is written {"years": N}')
            return cls(kind)
        if isinstance(value, Mapping) and set(value) == {"years"}:
            return cls(ValidityKind.YEARS, value["years"])
        raise ValueError(f"not a validity: {value!r}")


UNTIL_WITHDRAWN = Validity()


def _day_in(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February in a year without one
        return date(year, 3, 1)


@dataclass(frozen=True)
class FormTexts:
    """What the printed form tells a parent, per version (plain Dutch text)."""

    intro: str = ""  # what the consent is for and who makes the recordings
    scope: str = ""  # where recordings are used
    no_consent_needed: str = ""  # use in class, the school pass, the administration
    withdraw: str = ""  # consent may be given later, changed or withdrawn at any time
    contact: str = ""  # whom to contact: name, e-mail, phone

    def to_json(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in TEXT_KEYS}

    @classmethod
    def from_json(cls, value: Mapping[str, Any] | None) -> FormTexts:
        value = value or {}
        return cls(**{key: str(value.get(key) or "") for key in TEXT_KEYS})


def texts_to_json(texts: FormTexts, student_texts: FormTexts) -> dict[str, Any]:
    """As stored: the texts for parents, and under "student" the same addressed to a
    student of 16 or older ("je")."""
    return {**texts.to_json(), "student": student_texts.to_json()}


def texts_from_json(value: Mapping[str, Any] | None) -> tuple[FormTexts, FormTexts]:
    value = value or {}
    student = value.get("student")
    return FormTexts.from_json(value), FormTexts.from_json(
        student if isinstance(student, Mapping) else None
    )


@dataclass(frozen=True)
class ConsentForm:
    """One version of the consent form. ``items`` are in the form's order."""

    id: int
    label: str
    effective_date: date
    channels: tuple[Channel, ...]
    items: tuple[str, ...]
    validity: Validity = UNTIL_WITHDRAWN
    texts: FormTexts = field(default_factory=FormTexts)  # to parents ("u")
    student_texts: FormTexts = field(default_factory=FormTexts)  # to a student of 16+ ("je")

    @property
    def item_codes(self) -> tuple[str, ...]:
        return self.items

    @property
    def media(self) -> tuple[str, ...]:
        """The media this version asks about, in the fixed order foto, film, geluid."""
        asked = {code.split("_", 1)[0] for code in self.items}
        return tuple(medium for medium in MEDIA if medium in asked)

    def asks(self, medium: str, channel: str) -> bool:
        return f"{medium}_{channel}" in self.items

    def channel(self, code: str) -> Channel | None:
        return next((c for c in self.channels if c.code == code), None)

    def channel_label(self, code: str) -> str:
        found = self.channel(code)
        return found.label if found else code


def item_code(medium: str, channel: str) -> str:
    return f"{medium}_{channel}"


def channel_labels(forms: Iterable[ConsentForm]) -> dict[str, str]:
    """Each channel code's label, the newest version's wording first (the forms newest first)."""
    labels: dict[str, str] = {}
    for form in forms:
        for channel in form.channels:
            labels.setdefault(channel.code, channel.label)
    return labels


def current_form(forms: Sequence[ConsentForm], on: date) -> ConsentForm | None:
    """The version in effect on ``on`` (latest effective date, then the highest id); the
    first one when ``on`` lies before every version (the form there was then)."""
    if not forms:
        return None
    in_effect = [f for f in forms if f.effective_date <= on]
    if not in_effect:
        return min(forms, key=lambda f: (f.effective_date, f.id))
    return max(in_effect, key=lambda f: (f.effective_date, f.id))


def items_in_force(forms: Sequence[ConsentForm], on: date) -> tuple[str, ...]:
    """The items of every version in effect on ``on``: the current version's in its
    order, then items only older versions ask (statements on them still count)."""
    current = current_form(forms, on)
    if current is None:
        return ()
    found = list(current.items)
    older = sorted(
        (f for f in forms if f.effective_date <= on and f.id != current.id),
        key=lambda f: (f.effective_date, f.id),
        reverse=True,
    )
    for form in older:
        found += [code for code in form.items if code not in found]
    return tuple(found)


# -- checking a definition -----------------------------------------------------------------


@dataclass(frozen=True)
class DefinitionProblem:
    """What is wrong with a form definition: a stable code and its values (the GUI words
    it; ``message`` is for the command line)."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


def check_definition(
    label: str,
    channels: Sequence[Channel],
    media: Sequence[str],
    items: Sequence[str] | None,
) -> list[DefinitionProblem]:
    """Problems with a new version's label, channels, media and items (all at once)."""
    problems: list[DefinitionProblem] = []
    if not label.strip():
        problems.append(DefinitionProblem("label_required", "the label is empty"))
    for medium in media:
        if medium not in MEDIA:
            problems.append(
                DefinitionProblem(
                    "unknown_medium",
                    f"unknown medium {medium!r} (one of {', '.join(MEDIA)})",
                    {"medium": medium},
                )
            )
    if not channels:
        problems.append(DefinitionProblem("no_channels", "the form has no channels"))
    seen: set[str] = set()
    for channel in channels:
        if not CHANNEL_CODE.fullmatch(channel.code):
            problems.append(
                DefinitionProblem(
                    "channel_code_format",
                    f"channel code {channel.code!r} may hold only a-z, 0-9 and _",
                    {"code": channel.code},
                )
            )
        elif channel.code in seen:
            problems.append(
                DefinitionProblem(
                    "duplicate_channel",
                    f"channel code {channel.code!r} is there more than once",
                    {"code": channel.code},
                )
            )
        seen.add(channel.code)
        if not channel.label.strip():
            problems.append(
                DefinitionProblem(
                    "channel_label_required",
                    f"channel {channel.code!r} has no label",
                    {"code": channel.code},
                )
            )
    if items is not None:
        allowed = {item_code(m, c.code) for m in media for c in channels}
        for code in items:
            if code not in allowed:
                problems.append(
                    DefinitionProblem(
                        "item_not_defined",
                        f"item {code!r} is not a medium of the form on one of its channels",
                        {"code": code},
                    )
                )
        if len(set(items)) != len(items):
            problems.append(DefinitionProblem("duplicate_item", "an item is there twice"))
        if not items:
            problems.append(DefinitionProblem("no_items", "the form asks nothing"))
    elif not media:
        problems.append(DefinitionProblem("no_items", "the form asks nothing"))
    return problems


def default_items(channels: Sequence[Channel], media: Sequence[str]) -> tuple[str, ...]:
    """Every medium on every channel: all photo items first, then film, then audio (the
    order of the exports' columns)."""
    return tuple(item_code(m, c.code) for m in MEDIA if m in media for c in channels)
