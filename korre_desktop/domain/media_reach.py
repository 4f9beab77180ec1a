"""How far a student may be recorded in one medium on a date: on every channel the forms
ask, on some, or on none (only ``granted`` permits use)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import MEDIA, split_item_code


class Reach(IntEnum):
    ALL = 0  # "foto: alles"
    SOME = 1  # "foto: deels"
    NONE = 2  # "foto: geen"


def media_of(item_codes: Sequence[str]) -> list[str]:
    """The media the items ask about, in the fixed order (foto, film, geluid)."""
    asked = {split_item_code(code)[0] for code in item_codes}
    return [medium for medium in MEDIA if medium in asked]


def reach(consent: Mapping[str, ConsentStatus], medium: str) -> Reach:
    """How much of ``medium`` the statuses allow; a medium no item asks is ``NONE``."""
    statuses = [s for code, s in consent.items() if split_item_code(code)[0] == medium]
    granted = sum(s is ConsentStatus.GRANTED for s in statuses)
    if statuses and granted == len(statuses):
        return Reach.ALL
    return Reach.SOME if granted else Reach.NONE
