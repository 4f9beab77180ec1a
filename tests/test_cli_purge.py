"""``purge`` and ``person erase`` on the command line (issue 17): the dry run, --yes,
refusals in one line with exit code 2."""

from __future__ import annotations

import json

import pytest

from korre_desktop.store import Store
from tests.engines import file_of
from tests.purge_world import World, build
from tests.test_cli import _assert_one_line_error, _run

DAY = "2026-12-01"


@pytest.fixture
def world(store: Store) -> World:
    made = build(store)
    store.close()
    return made


def _summaries(store: Store) -> list[dict]:
    with Store.open(file_of(store)) as opened:
        rows = opened.rows("SELECT after FROM audit_log WHERE action = 'purge' ORDER BY id")
    return [json.loads(row["after"]) for row in rows]


def test_the_dry_run_lists_people_and_changes_nothing(store: Store, world: World, capsys) -> None:
    db = str(file_of(store))
    code, out, err = _run(capsys, "--db", db, "purge", "--dry-run", "--date", DAY)
    assert code == 0, err
    assert "rule student_records: 1 person" in out
    assert "student\t1001\tZwaantje Ravensberg\tleft 2023-07-01\tDe Linde" in out
    assert "employee\tE1\tBartholomeia Ravensberg\tleft 2023-07-01" in out
    assert "    students: 1" in out
    assert _summaries(store) == []


def test_the_purge_needs_yes_off_a_terminal(store: Store, world: World, capsys) -> None:
    db = str(file_of(store))
    code, _, err = _run(capsys, "--db", db, "purge", "--date", DAY)
    assert code == 2
    _assert_one_line_error(err, "nothing was purged", "--yes")
    assert _summaries(store) == []
    code, out, err = _run(capsys, "--db", db, "purge", "--date", DAY, "--yes")
    assert code == 0, err
    assert "records purged on 2026-12-01 under rule student_records (1 person)" in out
    assert {s["rule"] for s in _summaries(store)} == {"student_records", "staff_records"}
    code, out, _ = _run(capsys, "--db", db, "purge", "--date", DAY, "--yes")
    assert code == 0 and "nothing to purge on 2026-12-01" in out


def test_erasure_is_refused_while_enrolled(store: Store, world: World, capsys) -> None:
    db = str(file_of(store))
    argv = ("--db", db, "person", "erase", "--student", "1002", "--reason", "verzoek")
    code, _, err = _run(capsys, *argv, "--yes", "--date", DAY)
    assert code == 2
    _assert_one_line_error(err, "student 1002 is still enrolled")
    code, _, err = _run(
        capsys, "--db", db, "person", "erase", "--employee", "E3", "--reason", "x", "--yes"
    )
    assert code == 2
    _assert_one_line_error(err, "still employed")
    code, _, err = _run(capsys, "--db", db, "person", "erase", "--student", "9999", "--reason", "x")
    assert code == 2
    _assert_one_line_error(err, "no student with number 9999")


def test_erasure_after_leaving_records_the_reason(store: Store, world: World, capsys) -> None:
    db = str(file_of(store))
    argv = ("--db", db, "person", "erase", "--student", "1001", "--reason", "Verzoek ouders")
    code, out, err = _run(capsys, *argv, "--dry-run", "--date", DAY)
    assert code == 0, err
    assert "rule on_request: 1 person" in out and "reason: Verzoek ouders" in out
    assert _summaries(store) == []
    code, out, err = _run(capsys, *argv, "--yes", "--date", DAY)
    assert code == 0, err
    assert "under rule on_request (1 person)" in out
    (summary,) = _summaries(store)
    assert summary["reason"] == "Verzoek ouders" and summary["people"] == 1
