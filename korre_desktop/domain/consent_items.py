"""The consent items on the form: one code per medium and channel, e.g. "foto_website".

The media are fixed (foto, film, geluid); channels are defined per form version
(``domain.consent_form``), so any ``<medium>_<channel code>`` is an item code. The six
channels below are the defaults and the order the defaults keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MEDIA: tuple[str, ...] = ("foto", "film", "geluid")
CHANNELS: tuple[str, ...] = (
    "schoolgids",
    "website",
    "nieuwsbrief",
    "socialmedia_school",
    "ouderportaal",
    "socialmedia_persoonlijk",
)
ALL_ITEM_CODES: tuple[str, ...] = tuple(
    f"{medium}_{channel}" for medium in MEDIA for channel in CHANNELS
)

_POSITION: dict[str, int] = {code: index for index, code in enumerate(ALL_ITEM_CODES)}


_ITEM = re.compile(rf"({'|'.join(MEDIA)})_([a-z0-9_]+)")


def item_code(medium: str, channel: str) -> str:
    """Return the item code for a medium and channel."""
    code = f"{medium}_{channel}"
    if medium not in MEDIA:
        raise ValueError(f"unknown medium: {medium!r}")
    if not is_item_code(code):
        raise ValueError(f"not a channel code: {channel!r}")
    return code


def is_item_code(code: str) -> bool:
    """Tell whether ``code`` has the shape of an item code (a medium, "_", a channel)."""
    return _ITEM.fullmatch(code) is not None


def split_item_code(code: str) -> tuple[str, str]:
    """Return ``(medium, channel)`` for an item code."""
    if not is_item_code(code):
        raise ValueError(f"unknown consent item: {code!r}")
    # Media never contain '_' but channels do, so only the first one separates them.
    medium, channel = code.split("_", 1)
    return medium, channel


def sort_item_codes(codes: Iterable[str]) -> list[str]:
    """Return the distinct codes in canonical order: the default items in form order,
    then other channels' items by medium and channel code."""
    unique = set(codes)
    bad = sorted(code for code in unique if not is_item_code(code))
    if bad:
        raise ValueError(f"unknown consent items: {', '.join(map(repr, bad))}")

    def key(code: str) -> tuple[int, int, str]:
        if code in _POSITION:
            return (0, _POSITION[code], "")
        medium, channel = split_item_code(code)
        return (1, MEDIA.index(medium), channel)

    return sorted(unique, key=key)
