"""The access log: one entry per access (refs only for a few people), append-only in the
database itself, and entries removed only once they are older than the retention period,
by the purge; on the server the server's time and the session's login, whatever a program
sends."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from korre_desktop.services import access_log
from korre_desktop.services import settings as settings_service
from korre_desktop.store import Store
from tests.engines import REFUSED_BY_DATABASE
from tests.server_engine import ServerDatabases, embedded_file

UTC_TEXT = "%Y-%m-%dT%H:%M:%SZ"


def _session_user(store: Store) -> str:
    return store.db.execute("SELECT session_user").fetchone()[0]


def _server_time(store: Store) -> datetime:
    return store.db.execute("SELECT now()").fetchone()[0]


def _old_entry(store: Store, at: str) -> None:
    """An entry written at ``at`` (the server would stamp it with its own time: its trigger
    is off for this one insert, as only the table's owner can do)."""
    with store.db.atomic():
        if store.is_server:
            store.db.execute("ALTER TABLE access_log DISABLE TRIGGER access_log_server_stamp")
        store.db.execute(
            "INSERT INTO access_log (at, actor, action, what, people_count)"
            " VALUES (?, 'juf.anna', 'print', 'no_photo_list', 28)",
            [at],
        )
        if store.is_server:
            store.db.execute("ALTER TABLE access_log ENABLE TRIGGER access_log_server_stamp")


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime(UTC_TEXT)


def test_an_entry_names_few_people_and_counts_many(store: Store) -> None:
    store.clock = lambda: datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    detail = access_log.record_detail(store, "student", 12)
    twice = [("student", 1), ("student", 2), ("student", 1)]
    scope = "Groep 5 (OBS De Linde)"
    few = access_log.record(store, access_log.PRINT, access_log.NO_PHOTO_LIST, twice, scope)
    many = [("student", n) for n in range(access_log.REFS_LIMIT + 1)]
    access_log.record(store, access_log.PRINT, access_log.WORKLISTS, many, scope="x" * 500)
    access_log.record(store, access_log.EXPORT, access_log.OVERVIEW_XLSX, 5000)
    found = access_log.entries(store)
    assert [e.what for e in found] == [
        "overview_xlsx",
        "worklists",
        "no_photo_list",
        "person_detail",
    ]
    overview, worklists, no_photo, person = found
    assert (person.id, person.action, person.person_refs) == (
        detail,
        "person_detail",
        ("student:12",),
    )
    assert (no_photo.id, no_photo.people_count, no_photo.person_refs) == (
        few, 2, ("student:1", "student:2"))  # fmt: skip
    assert no_photo.scope == "Groep 5 (OBS De Linde)"
    assert (worklists.people_count, worklists.person_refs) == (access_log.REFS_LIMIT + 1, ())
    assert len(worklists.scope) == access_log.SCOPE_LIMIT
    assert (overview.people_count, overview.person_refs) == (5000, ())
    if store.is_server:  # the server's own time and login, whatever the program says
        assert {e.actor for e in found} == {_session_user(store)}
        assert abs(person.at - _server_time(store)) < timedelta(minutes=1)
    else:
        assert {e.actor for e in found} == {store.signed_in().login} == {"test"}
        assert {e.at for e in found} == {datetime(2026, 11, 20, 9, 30, tzinfo=UTC)}
    assert access_log.users(store) == [person.actor]
    # An entry is not a change of the records: no audit entries for it.
    assert store.rows("SELECT id FROM audit_log WHERE table_name = 'access_log'") == []


def test_entries_are_filtered_by_day_user_and_action(store: Store) -> None:
    _old_entry(store, "2025-03-01T10:00:00Z")
    access_log.record_search(store, "students", [("student", 4)])
    access_log.record_detail(store, "employee", 3)
    me = access_log.entries(store)[0].actor
    assert [e.action for e in access_log.entries(store, user=me)] == ["person_detail", "search"]
    assert [e.actor for e in access_log.entries(store, user="juf.anna")] == ["juf.anna"]
    assert [e.what for e in access_log.entries(store, action="search")] == ["students"]
    since = datetime(2025, 3, 2).date()
    assert len(access_log.entries(store, since=since)) == 2
    assert len(access_log.entries(store, since=datetime(2025, 3, 1).date())) == 3
    assert access_log.users(store) == sorted(["juf.anna", me])


def test_no_one_changes_or_removes_a_young_entry(store: Store) -> None:
    access_log.record_detail(store, "student", 7)
    for statement in (
        "UPDATE access_log SET actor = 'someone else'",
        "DELETE FROM access_log",
    ):
        with pytest.raises(REFUSED_BY_DATABASE, match="access_log"), store.db.atomic():
            store.db.execute(statement)
    if store.is_server:
        with pytest.raises(REFUSED_BY_DATABASE, match="append-only"), store.db.atomic():
            store.db.execute("TRUNCATE access_log")
    assert len(access_log.entries(store)) == 1
    assert access_log.purge_expired(store) == 0
    assert len(access_log.entries(store)) == 1


def test_the_purge_removes_what_is_older_than_the_retention(store: Store) -> None:
    _old_entry(store, "2000-01-01T00:00:00Z")
    _old_entry(store, _ago(380))
    _old_entry(store, _ago(20))
    access_log.record_detail(store, "student", 7)
    settings_service.save_text(store, settings_service.ACCESS_LOG_RETENTION_DAYS, "400")
    assert access_log.retention_days(store) == 400
    assert access_log.purge_expired(store) == 1  # only the one of 2000
    # 380 days < 400: kept
    with pytest.raises(REFUSED_BY_DATABASE, match="retention"), store.db.atomic():
        store.db.execute("DELETE FROM access_log WHERE actor = 'juf.anna'")
    assert len(access_log.entries(store)) == 3

    settings_service.save_text(store, settings_service.ACCESS_LOG_RETENTION_DAYS, "365")
    assert access_log.purge_expired(store) == 1  # the one of 380 days
    assert len(access_log.entries(store)) == 2
    purges = store.rows("SELECT after FROM audit_log WHERE action = 'purge' ORDER BY id")
    assert [json.loads(row["after"]) for row in purges] == [{"rows": 1}, {"rows": 1}]


def test_the_database_keeps_entries_30_days_whatever_the_setting(store: Store) -> None:
    with pytest.raises(settings_service.SettingError) as refused:
        settings_service.save_text(store, settings_service.ACCESS_LOG_RETENTION_DAYS, "7")
    assert refused.value.code == "out_of_range"
    store.set_setting(access_log.RETENTION_SETTING, 1)  # around the service's check
    _old_entry(store, _ago(20))
    assert access_log.purge_expired(store) == 0
    with pytest.raises(REFUSED_BY_DATABASE, match="retention"), store.db.atomic():
        store.db.execute("DELETE FROM access_log")
    assert len(access_log.entries(store)) == 1


def test_the_csv_has_a_header_and_no_formulas(store: Store, tmp_path: Path) -> None:
    access_log.record(store, access_log.PRINT, access_log.NO_PHOTO_LIST, [("student", 3)],
                      scope="=HYPERLINK(1)")  # fmt: skip
    target = tmp_path / "log.csv"
    assert access_log.write_csv(target, access_log.entries(store)) == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(access_log.CSV_COLUMNS)
    fields = lines[1].split(",")
    assert fields[2:] == ["print", "no_photo_list", "'=HYPERLINK(1)", "1", "student:3"]
    assert fields[0].endswith("Z")


@pytest.mark.server_only
def test_a_move_to_the_server_keeps_the_entries_and_the_server_stamps_new_ones(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    file = embedded_file(tmp_path / "korre.sqlite")
    with Store.open(file, actor="office-pc") as source:
        source.clock = lambda: datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
        access_log.record_detail(source, "student", 1)
        _old_entry(source, "2000-01-01T00:00:00Z")
        expected = [(e.at, e.actor, e.what) for e in access_log.entries(source)]
        url = server_databases.new_empty_database()
        source.move_to_server(url)
    with Store.open(url, actor="test") as server:
        assert [(e.at, e.actor, e.what) for e in access_log.entries(server)] == expected
        access_log.record_detail(server, "student", 2)
        newest = access_log.entries(server)[0]
        assert newest.actor == _session_user(server)
        assert abs(newest.at - _server_time(server)) < timedelta(minutes=1)
        assert access_log.purge_expired(server) == 1  # the one of 2000
    with psycopg.connect(url, autocommit=True) as conn:  # psql meets the same rules
        with pytest.raises(psycopg.errors.IntegrityError, match="retention"):
            conn.execute("DELETE FROM access_log")
        conn.execute(
            "INSERT INTO access_log (at, actor, action, what, people_count)"
            " VALUES ('2000-01-01T00:00:00Z', 'someone else', 'print', 'worklists', 1)"
        )
        row = conn.execute("SELECT at, actor FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
        assert row[0] != "2000-01-01T00:00:00Z" and row[1] != "someone else"
