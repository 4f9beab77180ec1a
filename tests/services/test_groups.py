"""Trip groups: saved once with a name and a date, found again for printing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.services import groups
from korre_desktop.services.groups import GroupError
from korre_desktop.store import Store

TRIP = date(2027, 6, 10)


@pytest.fixture
def students(records) -> dict[str, int]:
    klimop = records.school("De Klimop")
    anker = records.school("Het Anker")
    ids = {}
    for key, school, name in (
        ("a", klimop, "Anna"),
        ("b", klimop, "Bram"),
        ("c", anker, "Cas"),
    ):
        ids[key] = records.student(school, roepnaam=name)
    ids["klimop"], ids["anker"] = klimop, anker
    return ids


def test_create_list_and_get(store: Store, students) -> None:
    group = groups.create_group(store, "  Kamp   Ameland ", TRIP, [students["b"], students["a"]])
    assert group.name == "Kamp Ameland" and group.trip_date == TRIP and group.members == 2
    # All students at one school: the group belongs to that school.
    assert group.school_id == students["klimop"] and group.school == "De Klimop"
    assert groups.member_ids(store, group.id) == sorted([students["a"], students["b"]])
    mixed = groups.create_group(
        store, "Schoolreis", date(2027, 5, 1), [students["a"], students["c"], students["a"]]
    )
    assert mixed.school_id is None and mixed.school == "" and mixed.members == 2
    assert [g.name for g in groups.list_groups(store)] == ["Kamp Ameland", "Schoolreis"]
    assert groups.get_group(store, mixed.id) == mixed
    assert group.label == "Kamp Ameland (10-06-2027)"
    # Written through the audited store: the group and each member.
    audited = store.rows("SELECT table_name, after FROM audit_log WHERE table_name LIKE 'trip%'")
    assert [row["table_name"] for row in audited].count("trip_group_members") == 4
    assert json.loads(audited[0]["after"])["name"] == "Kamp Ameland"


@pytest.mark.parametrize(
    ("name", "members", "code"),
    [
        ("", ["a"], "name_required"),
        ("   ", ["a"], "name_required"),
        ("x" * 121, ["a"], "name_too_long"),
        ("Kamp", [], "no_students"),
        ("Kamp", [999], "unknown_student"),
    ],
)
def test_invalid_groups_are_refused_and_nothing_is_written(
    store: Store, students, name, members, code
) -> None:
    ids = [students.get(m, m) for m in members]
    with pytest.raises(GroupError) as caught:
        groups.create_group(store, name, TRIP, ids)
    assert caught.value.code == code
    assert groups.list_groups(store) == []
    assert store.rows("SELECT count(*) AS n FROM trip_group_members")[0]["n"] == 0


def test_name_is_unique_per_date_ignoring_case_and_accents(store: Store, students) -> None:
    groups.create_group(store, "Kamp Ameland", TRIP, [students["a"]])
    with pytest.raises(GroupError) as caught:
        groups.create_group(store, "kamp  AMELÄND", TRIP, [students["b"]])
    assert caught.value.code == "name_taken"
    # The same name on another date is another trip.
    other = groups.create_group(store, "Kamp Ameland", date(2028, 6, 8), [students["b"]])
    assert other.id


def test_find_group_by_name_and_date(store: Store, students) -> None:
    first = groups.create_group(store, "Kamp", TRIP, [students["a"]])
    assert groups.find_group(store, "kamp") == first
    second = groups.create_group(store, "Kamp", date(2028, 6, 8), [students["b"]])
    with pytest.raises(GroupError) as caught:
        groups.find_group(store, "Kamp")
    assert caught.value.code == "ambiguous_group" and "2027-06-10, 2028-06-08" in str(caught.value)
    assert groups.find_group(store, "KAMP", date(2028, 6, 8)) == second
    for name, day in (("Bos", None), ("Kamp", date(2030, 1, 1))):
        with pytest.raises(GroupError) as caught:
            groups.find_group(store, name, day)
        assert caught.value.code == "unknown_group"
    with pytest.raises(GroupError):
        groups.get_group(store, 4711)
