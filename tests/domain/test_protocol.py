from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from korre_desktop.domain.protocol import (
    DEFAULT_SIGNING_DEADLINE_DAYS,
    Audience,
    ProtocolSignature,
    ProtocolStatus,
    ProtocolVersion,
    current_version,
    protocol_status,
)

EMPLOYEES = Audience.EMPLOYEES
STUDENTS = Audience.STUDENTS
V2024 = ProtocolVersion(1, EMPLOYEES, "2024", date(2024, 1, 1))
V2026 = ProtocolVersion(2, EMPLOYEES, "2026", date(2026, 1, 1))
V2027 = ProtocolVersion(5, EMPLOYEES, "2027", date(2027, 1, 1))
S2025 = ProtocolVersion(3, STUDENTS, "leerlingen 2025", date(2025, 8, 1))
VERSIONS = [V2024, V2026, V2027, S2025]
ON = date(2026, 6, 1)


def signed(version: ProtocolVersion, day: date) -> ProtocolSignature:
    return ProtocolSignature(version.id, day)


def test_default_deadline_is_two_weeks() -> None:
    assert DEFAULT_SIGNING_DEADLINE_DAYS == 14


def test_current_version_is_latest_in_effect_for_the_audience() -> None:
    assert current_version(VERSIONS, EMPLOYEES, ON) == V2026
    assert current_version(VERSIONS, STUDENTS, ON) == S2025
    assert current_version(VERSIONS, EMPLOYEES, date(2025, 12, 31)) == V2024
    assert current_version(VERSIONS, EMPLOYEES, date(2026, 1, 1)) == V2026
    assert current_version(VERSIONS, EMPLOYEES, date(2023, 12, 31)) is None
    assert current_version([], EMPLOYEES, ON) is None
    assert current_version(VERSIONS, STUDENTS, date(2025, 7, 31)) is None


def test_current_version_same_effective_date_prefers_higher_id() -> None:
    fix = ProtocolVersion(9, EMPLOYEES, "2026 rev", date(2026, 1, 1))
    assert current_version([fix, V2026], EMPLOYEES, ON) == fix
    assert current_version([V2026, fix], EMPLOYEES, ON) == fix


def test_signed_current_version() -> None:
    assert protocol_status([signed(V2026, date(2026, 1, 5))], VERSIONS, EMPLOYEES, ON) is (
        ProtocolStatus.SIGNED
    )
    both = [signed(V2024, date(2024, 2, 1)), signed(V2026, date(2026, 1, 5))]
    assert protocol_status(both, VERSIONS, EMPLOYEES, ON) is ProtocolStatus.SIGNED


def test_signed_only_an_older_version_must_re_sign() -> None:
    signatures = [signed(V2024, date(2024, 2, 1))]
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, ON) is ProtocolStatus.RESIGN
    # Re-signing is never "overdue", however long ago the new version took effect.
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, date(2026, 12, 1)) is (
        ProtocolStatus.RESIGN
    )


def test_signature_after_the_date_does_not_count_yet() -> None:
    signatures = [signed(V2024, date(2024, 2, 1)), signed(V2026, date(2026, 1, 10))]
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, date(2026, 1, 9)) is (
        ProtocolStatus.RESIGN
    )
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, date(2026, 1, 10)) is (
        ProtocolStatus.SIGNED
    )


def test_no_signature_is_unsigned() -> None:
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 1, 2)) is ProtocolStatus.UNSIGNED
    assert protocol_status([], VERSIONS, STUDENTS, ON) is ProtocolStatus.UNSIGNED


def test_no_version_in_effect_is_unsigned() -> None:
    signatures = [signed(V2024, date(2023, 12, 1))]
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, date(2023, 12, 31)) is (
        ProtocolStatus.UNSIGNED
    )
    assert protocol_status([], [], EMPLOYEES, ON) is ProtocolStatus.UNSIGNED


def test_signatures_of_other_audience_or_unknown_versions_are_ignored() -> None:
    signatures = [signed(S2025, date(2025, 9, 1)), ProtocolSignature(404, date(2026, 1, 5))]
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, date(2026, 1, 2)) is (
        ProtocolStatus.UNSIGNED
    )


def test_signature_of_a_newer_version_not_yet_in_effect_counts_as_signed() -> None:
    signatures = [signed(V2027, date(2026, 5, 1))]
    assert protocol_status(signatures, VERSIONS, EMPLOYEES, ON) is ProtocolStatus.SIGNED


def test_employee_becomes_overdue_the_day_after_the_deadline() -> None:
    # V2026 took effect on 1 January; 14 days later is 15 January.
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 1, 15)) is ProtocolStatus.UNSIGNED
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 1, 16)) is ProtocolStatus.OVERDUE


def test_deadline_counts_from_a_later_start_date() -> None:
    start = date(2026, 3, 1)
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 3, 15), start) is (
        ProtocolStatus.UNSIGNED
    )
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 3, 16), start) is (
        ProtocolStatus.OVERDUE
    )


def test_deadline_counts_from_the_version_when_employed_earlier() -> None:
    start = date(2020, 9, 1)
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 1, 15), start) is (
        ProtocolStatus.UNSIGNED
    )
    assert protocol_status([], VERSIONS, EMPLOYEES, date(2026, 1, 16), start) is (
        ProtocolStatus.OVERDUE
    )


def test_custom_deadline() -> None:
    status = protocol_status
    assert status([], VERSIONS, EMPLOYEES, date(2026, 1, 1), deadline_days=0) is (
        ProtocolStatus.UNSIGNED
    )
    assert status([], VERSIONS, EMPLOYEES, date(2026, 1, 2), deadline_days=0) is (
        ProtocolStatus.OVERDUE
    )
    assert status([], VERSIONS, EMPLOYEES, date(2026, 1, 31), deadline_days=30) is (
        ProtocolStatus.UNSIGNED
    )
    assert status([], VERSIONS, EMPLOYEES, date(2026, 2, 1), deadline_days=30) is (
        ProtocolStatus.OVERDUE
    )
    with pytest.raises(ValueError):
        status([], VERSIONS, EMPLOYEES, ON, deadline_days=-1)


def test_students_are_never_overdue() -> None:
    assert protocol_status([], VERSIONS, STUDENTS, date(2030, 1, 1)) is ProtocolStatus.UNSIGNED


def test_status_values() -> None:
    assert [s.value for s in ProtocolStatus] == ["signed", "re-sign", "unsigned", "overdue"]
    assert [a.value for a in Audience] == ["employees", "students"]


signature_lists = st.lists(
    st.builds(
        ProtocolSignature,
        st.sampled_from([1, 2, 3, 5, 404]),
        st.dates(min_value=date(2023, 6, 1), max_value=date(2027, 6, 1)),
    ),
    max_size=5,
)


@settings(max_examples=150)
@given(
    signature_lists,
    st.permutations(VERSIONS),
    st.sampled_from(list(Audience)),
    st.dates(min_value=date(2023, 6, 1), max_value=date(2027, 6, 1)),
    st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 6, 1)),
)
def test_status_is_order_independent_and_overdue_only_for_unsigned_employees(
    signatures: list[ProtocolSignature],
    versions: list[ProtocolVersion],
    audience: Audience,
    on: date,
    start: date | None,
) -> None:
    result = protocol_status(signatures, versions, audience, on, start)
    assert protocol_status(signatures[::-1], VERSIONS, audience, on, start) is result
    counted = [s for s in signatures if s.signed_date <= on]
    own_ids = {v.id for v in VERSIONS if v.audience == audience}
    if result is ProtocolStatus.OVERDUE:
        assert audience is EMPLOYEES
        assert not any(s.version_id in own_ids for s in counted)
    if result in (ProtocolStatus.SIGNED, ProtocolStatus.RESIGN):
        assert any(s.version_id in own_ids for s in counted)
    else:
        assert protocol_status([], versions, audience, on, start) is result


def test_an_unknown_start_date_is_never_overdue() -> None:
    late = date(2027, 6, 1)
    assert protocol_status([], VERSIONS, EMPLOYEES, late) is ProtocolStatus.OVERDUE
    assert protocol_status([], VERSIONS, EMPLOYEES, late, start_unknown=True) is (
        ProtocolStatus.UNSIGNED
    )
