"""The consent items on the form: one code per medium and channel, e.g. "foto_website"."""

from __future__ import annotations

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


def item_code(medium: str, channel: str) -> str:
    """Return the item code for a medium and channel."""
    if medium not in MEDIA:
        raise ValueError(f"unknown medium: {medium!r}")
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel: {channel!r}")
    return f"{medium}_{channel}"


def is_item_code(code: str) -> bool:
    """Tell whether ``code`` is one of the known item codes."""
    return code in _POSITION


def split_item_code(code: str) -> tuple[str, str]:
    """Return ``(medium, channel)`` for an item code."""
    if not is_item_code(code):
        raise ValueError(f"unknown consent item: {code!r}")
    # Media never contain '_' but channels do, so only the first one separates them.
    medium, channel = code.split("_", 1)
    return medium, channel


def sort_item_codes(codes: Iterable[str]) -> list[str]:
    """Return the distinct codes in canonical form order."""
    unique = set(codes)
    unknown = sorted(code for code in unique if code not in _POSITION)
    if unknown:
        raise ValueError(f"unknown consent items: {', '.join(map(repr, unknown))}")
    return sorted(unique, key=_POSITION.__getitem__)
