"""Retention and erasure (issue 17): the dry run, the purge, what stays, and the append-only
rules that allow only the purge's own path."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.retention import Fate
from korre_desktop.errors import NotAllowedError
from korre_desktop.services import retention, settings
from korre_desktop.store import Store
from tests.engines import ENCRYPTED, ON_SERVER, REFUSED_BY_DATABASE
from tests.purge_world import DAY, GONE_NAMES, STAYING_NAMES, World, build, table_count


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


def _snapshot(store: Store) -> dict[str, list]:
    tables = ("students", "guardians", "employees", "consent_statements", "blobs", "audit_log")
    return {table: store.rows(f"SELECT * FROM {table} ORDER BY 1") for table in tables}


def test_the_dry_run_lists_who_goes_and_changes_nothing(store: Store, world: World) -> None:
    before = _snapshot(store)
    plan = retention.plan(store, DAY)
    assert _snapshot(store) == before
    by_rule = {rule.rule: rule for rule in plan.rules}
    assert [p.name for p in by_rule["student_records"].people] == ["Zwaantje Ravensberg"]
    staff = {p.number for p in by_rule["staff_records"].people}
    assert staff == {"E1", "E2"}
    students = by_rule["student_records"].counts
    assert students["students"] == 1
    assert students["consent_statements"] == 2
    assert students["guardians"] == 1  # the own one; the shared one stays
    assert students["trip_group_members"] == 1
    assert by_rule["staff_records"].counts["employees"] == 1  # E2 stays, anonymous
    assert by_rule["staff_records"].counts["employees_anonymised"] == 1
    assert by_rule["staff_records"].counts["dossier_entries"] == 1
    assert plan.blobs == 2  # the own scan and the letter; the shared scan stays


def test_the_purge_removes_them_and_keeps_the_rest(store: Store, world: World) -> None:
    ids = world.ids
    staying_statements = store.rows(
        "SELECT * FROM consent_statements WHERE student_id = ?", [ids["stays"]]
    )
    result = retention.apply(store, retention.plan(store, DAY))
    assert store.records.student_row(ids["gone"]) is None
    assert store.records.guardian(ids["own"]) is None
    assert store.records.guardian(ids["shared"]) is not None
    assert store.records.student_row(ids["stays"]) is not None
    assert store.records.student_row(ids["recent"]) is not None  # left a year ago
    assert store.records.employee_row(ids["bart"]) is None
    anonymous = store.records.employee_row(ids["granter"])
    assert anonymous["achternaam"] == "(verwijderd)" and anonymous["roepnaam"] == ""
    assert store.records.employee_row(ids["colleague"])["roepnaam"] == "Hendrikus"
    assert (
        store.rows("SELECT * FROM consent_statements WHERE student_id = ?", [ids["stays"]])
        == staying_statements
    )
    assert store.blob(world.blobs["gone_scan"]) is None
    assert store.blob(world.blobs["dossier"]) is None
    assert store.blob(world.blobs["shared_scan"]) is not None
    assert table_count(store, "purge_runs") == 0
    summaries = store.rows("SELECT * FROM audit_log WHERE action = 'purge' ORDER BY id")
    rules = [json.loads(row["after"]) for row in summaries]
    assert {rule["rule"] for rule in rules} == {"student_records", "staff_records"}
    students = next(rule for rule in rules if rule["rule"] == "student_records")
    assert students["day"] == "2026-12-01" and students["people"] == 1
    assert students["rows"]["students"] == 1
    audit_text = json.dumps(store.rows("SELECT * FROM audit_log"))
    for name in GONE_NAMES:
        assert name not in audit_text.replace("Zwaantjes", "")  # E2's surname: anonymous
    for name in STAYING_NAMES:
        assert name in audit_text
    assert result.wiped
    # a second run finds nothing more
    assert retention.plan(store, DAY).is_empty


def test_the_consent_period_shorter_takes_only_the_statements(store: Store, world: World) -> None:
    settings.save_texts(store, {"retention_student_years": "5", "retention_consent_years": "1"})
    plan = retention.plan(store, DAY)
    by_rule = {rule.rule: rule for rule in plan.rules}
    assert "student_records" not in by_rule
    consent = by_rule["consent"]
    assert {p.name for p in consent.people} == {"Zwaantje Ravensberg", "Femke Hendrikus"} - {
        "Femke Hendrikus"
    }  # Femke has no statements
    assert consent.people[0].fate is Fate.CONSENT_GOES
    retention.apply(store, plan)
    assert store.records.student_row(world.ids["gone"]) is not None
    assert store.consent.statements_of("student", world.ids["gone"]) == []


def test_a_longer_consent_period_keeps_the_student(store: Store, world: World) -> None:
    settings.save_texts(store, {"retention_consent_years": "5"})
    plan = retention.plan(store, DAY)
    assert not any(p.kind == "student" for rule in plan.rules for p in rule.people)


def test_erasure_is_refused_while_enrolled_and_done_after_leaving(
    store: Store, world: World
) -> None:
    with pytest.raises(retention.ErasureError) as refused:
        retention.plan_erasure(store, "student", "1002", "ouders vragen het", DAY)
    assert refused.value.code == "still_enrolled"
    with pytest.raises(retention.ErasureError) as refused:
        retention.plan_erasure(store, "employee", "E3", "gevraagd", DAY)
    assert refused.value.code == "still_employed"
    store.records.set_student_left(world.ids["stays"], date(2026, 11, 30))
    with pytest.raises(retention.ErasureError) as refused:  # a leaving day still to come
        retention.plan_erasure(store, "student", "1003", "x", date(2025, 6, 1))
    assert refused.value.code == "still_enrolled"
    result = retention.erase(store, "student", "1002", "Verzoek van de ouders", DAY)
    assert result.plan.rules[0].rule == "on_request"
    assert store.records.student_row(world.ids["stays"]) is None
    assert store.records.guardian(world.ids["shared"]) is not None  # Femke's mother
    row = store.rows("SELECT after FROM audit_log WHERE action = 'purge'")[0]
    summary = json.loads(row["after"])
    assert summary["reason"] == "Verzoek van de ouders"
    assert summary["rule"] == "on_request" and summary["people"] == 1
    assert store.blob(world.blobs["stays_scan"]) is None
    assert store.blob(world.blobs["shared_scan"]) is not None  # the gone one's statement


def test_erasure_needs_a_reason(store: Store, world: World) -> None:
    preview = retention.plan_erasure(store, "student", "1001", "  ", DAY)
    assert preview.erasure and preview.rules[0].people[0].number == "1001"
    with pytest.raises(retention.ErasureError) as refused:
        retention.apply(store, preview)
    assert refused.value.code == "reason_required"
    assert store.records.student_row(world.ids["gone"]) is not None


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM consent_statements",
        "DELETE FROM audit_log",
        "DELETE FROM blobs",
        "DELETE FROM dossier_entries",
        "DELETE FROM authorisations",
    ],
)
def test_append_only_tables_still_refuse_a_delete_outside_the_purge(
    store: Store, world: World, sql: str
) -> None:
    with pytest.raises(REFUSED_BY_DATABASE), store.transaction():
        store.db.execute(sql)


def test_a_purge_run_left_committed_opens_nothing_on_the_server(store: Store, world: World) -> None:
    """On the server a purge run belongs to its own transaction; on the file the rule
    guards the app against itself (a committed row would open it: the purge never leaves
    one)."""
    if not ON_SERVER:
        return
    with store.transaction():
        store.db.execute(
            "INSERT INTO purge_runs (rule, actor, started_at) VALUES ('x', 'it', 'now')"
        )
    with pytest.raises(REFUSED_BY_DATABASE), store.transaction():
        store.db.execute("DELETE FROM consent_statements")


def test_only_a_beheerder_purges(store: Store, world: World, monkeypatch) -> None:
    from korre_desktop.domain.roles import Role, SignedIn

    monkeypatch.setattr(store, "signed_in", lambda: SignedIn("kantoor", Role.ADMINISTRATIE))
    with pytest.raises(NotAllowedError):
        retention.plan(store, DAY)
    with pytest.raises(NotAllowedError):
        retention.plan_erasure(store, "student", "1001", "x", DAY)


@pytest.mark.embedded_only
def test_no_name_of_a_purged_person_is_left_in_the_file_or_the_backups(
    store: Store, world: World
) -> None:
    old_backup = store.backup_now()
    if not ENCRYPTED:  # (the encrypted run: no name is readable in any file to begin with)
        assert b"Zwaantje" in old_backup.read_bytes()
    plan = retention.plan(store, DAY)
    assert plan.backups == (old_backup,)
    result = retention.apply(store, plan)
    assert result.removed_backups == [old_backup]
    assert not old_backup.exists()
    path: Path = store.path
    files = [path, path.with_name(path.name + "-wal"), result.backup]
    remaining = list(result.backup.parent.iterdir())
    assert remaining == [result.backup]
    for file in files:
        if not file.exists():
            continue
        data = file.read_bytes()
        for name in GONE_NAMES:
            assert name.encode() not in data.replace(b"Zwaantjes", b""), (name, file)
        assert "Ravensberg".encode("utf-16-le") not in data
    data = path.read_bytes()
    for name in STAYING_NAMES if not ENCRYPTED else ():  # (readable in a plain file only)
        assert name.encode() in data


def test_the_id_of_a_purged_person_is_never_given_again(
    store: Store, world: World, records
) -> None:
    """The access log names people by id (student:12): a new student must not inherit the
    entries about a purged one. The server's sequences never go back; the file's
    largest-id-plus-one would, when the purged person had the largest id."""
    school = store.rows("SELECT id FROM schools ORDER BY id LIMIT 1")[0]["id"]
    last = records.student(school, number="9001", left_date=date(2023, 7, 1))
    highest = {
        table: store.rows(f"SELECT max(id) AS m FROM {table}")[0]["m"]
        for table in ("students", "guardians", "employees")
    }
    assert highest["students"] == last
    retention.apply(store, retention.plan(store, DAY))
    assert store.records.student_row(last) is None
    new = records.student(school, number="9002")
    assert new > last
    assert store.first_free_id("students") > new
    assert store.first_free_id("guardians") > highest["guardians"]
    assert store.first_free_id("employees") > highest["employees"]
