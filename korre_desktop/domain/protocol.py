"""Social-media protocol versions and whether someone has signed the one in effect."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DEFAULT_SIGNING_DEADLINE_DAYS = 14


class Audience(StrEnum):
    EMPLOYEES = "employees"
    STUDENTS = "students"


class ProtocolStatus(StrEnum):
    SIGNED = "signed"
    RESIGN = "re-sign"
    UNSIGNED = "unsigned"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ProtocolVersion:
    id: int
    audience: Audience
    label: str
    effective_date: date


@dataclass(frozen=True)
class ProtocolSignature:
    version_id: int
    signed_date: date


def _rank(version: ProtocolVersion) -> tuple[date, int]:
    return version.effective_date, version.id


def current_version(
    versions: Iterable[ProtocolVersion], audience: Audience, on: date
) -> ProtocolVersion | None:
    """The version of ``audience`` in effect on ``on``: latest effective date, then highest id."""
    in_effect = [v for v in versions if v.audience == audience and v.effective_date <= on]
    return max(in_effect, key=_rank, default=None)


# The versions of the last call: a list of a whole foundation asks with the same (immutable)
# tuple for every person. One tuple swapped as a whole, so threads never mix two answers.
_last_in_effect: list[tuple[object, ...]] = [()]


def _in_effect(
    versions: Iterable[ProtocolVersion], audience: Audience, on: date
) -> tuple[dict[int, ProtocolVersion], ProtocolVersion | None]:
    """The audience's versions by id, and the one in effect on ``on``."""
    last = _last_in_effect[0]
    if isinstance(versions, tuple) and last and last[0] is versions and last[1:3] == (audience, on):
        return last[3]  # type: ignore[return-value]
    own_versions = {v.id: v for v in versions if v.audience == audience}
    found = own_versions, current_version(own_versions.values(), audience, on)
    if isinstance(versions, tuple):
        _last_in_effect[0] = (versions, audience, on, found)
    return found


def protocol_status(
    signatures: Iterable[ProtocolSignature],
    versions: Iterable[ProtocolVersion],
    audience: Audience,
    on: date,
    start_date: date | None = None,
    deadline_days: int = DEFAULT_SIGNING_DEADLINE_DAYS,
    *,
    start_unknown: bool = False,
) -> ProtocolStatus:
    """Protocol status of one person on ``on``.

    An employee whose start date is not known (an export that does not say it) is never
    OVERDUE: the deadline runs from a start date, and none is invented.

    A signature on a newer version that is not yet in effect counts as SIGNED: that
    version supersedes the current one, so asking to re-sign the older text makes no sense.
    """
    if deadline_days < 0:
        raise ValueError(f"deadline_days must not be negative: {deadline_days}")
    own_versions, current = _in_effect(versions, audience, on)
    if current is None:
        return ProtocolStatus.UNSIGNED
    signed = [
        own_versions[s.version_id]
        for s in signatures
        if s.signed_date <= on and s.version_id in own_versions
    ]
    if any(_rank(version) >= _rank(current) for version in signed):
        return ProtocolStatus.SIGNED
    if signed:
        return ProtocolStatus.RESIGN
    if audience == Audience.EMPLOYEES and not start_unknown:
        begin = max(start_date, current.effective_date) if start_date else current.effective_date
        if on > begin + timedelta(days=deadline_days):
            return ProtocolStatus.OVERDUE
    return ProtocolStatus.UNSIGNED
