"""Dutch school years, which run from 1 August to 31 July."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_FIRST_MONTH = 8
# "2026-2027", "2026/2027" and the en dash that word processors put in.
_LABEL = re.compile(r"\s*(\d{4})\s*[-/–]\s*(\d{4})\s*")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """The school year that starts on 1 August of ``start_year``."""

    start_year: int

    def __post_init__(self) -> None:
        # The end date lies in start_year + 1, which must still be a valid date year.
        if (
            isinstance(self.start_year, bool)
            or not isinstance(self.start_year, int)
            or not 1 <= self.start_year <= date.max.year - 1
        ):
            raise ValueError(f"invalid school start year: {self.start_year!r}")

    @property
    def start(self) -> date:
        return date(self.start_year, _FIRST_MONTH, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, _FIRST_MONTH - 1, 31)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    def __str__(self) -> str:
        return self.label

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= _FIRST_MONTH else day.year - 1)

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Parse "2026-2027" or "2026/2027"."""
        match = _LABEL.fullmatch(label)
        if match is None:
            raise ValueError(f"not a school year: {label!r}")
        first, second = int(match[1]), int(match[2])
        if second != first + 1:
            raise ValueError(f"school year must span consecutive years: {label!r}")
        return cls(first)

    def next(self) -> SchoolYear:
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)
