"""Internal staff numbers: an intern or volunteer without a number from HR gets one from
the app ("INT-0001"), shown as such, so every employee still has a unique number."""

from __future__ import annotations

import re
from collections.abc import Iterable

INTERNAL_PREFIX = "INT-"
# Who may be recorded without a staff number from HR.
WITHOUT_HR_NUMBER = frozenset({"intern", "volunteer"})
_INTERNAL = re.compile(r"INT-(\d{4,})")


def is_internal(number: str) -> bool:
    return bool(_INTERNAL.fullmatch(number))


def next_internal(taken: Iterable[str]) -> str:
    """The next internal number after the highest one in ``taken``: "INT-0001" first."""
    highest = max(
        (int(found.group(1)) for number in taken if (found := _INTERNAL.fullmatch(number))),
        default=0,
    )
    return f"{INTERNAL_PREFIX}{highest + 1:04d}"
