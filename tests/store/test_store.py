"""The Store: audited inserts and settings, append-only records, content-addressed blobs."""

import hashlib
import json
from datetime import date, datetime

import pytest

from korre_desktop.errors import InputError
from korre_desktop.store import Store
from tests.engines import ON_SERVER, REFUSED_BY_DATABASE, open_file

APPEND_ONLY = (
    "consent_statements",
    "protocol_signatures",
    "blobs",
    "audit_log",
    "authorisations",
    "authorisation_withdrawals",
    "press_reports",
    "dossier_entries",
)


@pytest.fixture
def filled(store: Store, records, answers_all) -> Store:
    """One row in every append-only table."""
    school = records.school("OBS De Korre")
    employee = records.employee(school_ids=(school,))
    version = records.protocol_version("employees", "2026", date(2026, 8, 1))
    records.sign("employee", employee, version, date(2026, 9, 1))
    records.statement("employee", employee, date(2026, 9, 1), answers_all(True))
    store.put_blob(b"%PDF-1.4 scan", "application/pdf")
    director = records.employee()
    entered = {"entered_by": "test", "entered_at": "2026-11-24T10:00:00"}
    authorisation = store.insert(
        "authorisations",
        {
            "person_kind": "employee",
            "employee_id": employee,
            "valid_from": "2026-09-01",
            "granted_by_employee_id": director,
            **entered,
        },
    )
    store.insert(
        "authorisation_withdrawals",
        {"authorisation_id": authorisation, "withdrawn_on": "2026-11-01", **entered},
    )
    store.insert(
        "press_reports",
        {
            "report_date": "2026-11-20",
            "employee_id": employee,
            "medium": "Krant",
            "subject": "Foto",
            "reported_to_employee_id": director,
            **entered,
        },
    )
    store.insert(
        "dossier_entries",
        {
            "employee_id": employee,
            "entry_date": "2026-11-12",
            "subject": "Brief",
            "direction": "in",
            **entered,
        },
    )
    return store


def _count(store: Store, table: str) -> int:
    return store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_append_only_tables_reject_update(filled: Store, table: str) -> None:
    column = "created_at" if table == "blobs" else ("at" if table == "audit_log" else "note")
    before = filled.rows(f"SELECT * FROM {table} ORDER BY 1")
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        filled.db.execute(f"UPDATE {table} SET {column} = 'changed'")
    assert filled.rows(f"SELECT * FROM {table} ORDER BY 1") == before


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_append_only_tables_reject_delete(filled: Store, table: str) -> None:
    count = _count(filled, table)
    assert count > 0
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        filled.db.execute(f"DELETE FROM {table}")
    assert _count(filled, table) == count


@pytest.mark.embedded_only
def test_insert_or_replace_cannot_overwrite_a_statement(filled: Store) -> None:
    """REPLACE deletes the old row first; the delete trigger must still stop it."""
    before = filled.rows("SELECT * FROM consent_statements")
    row = dict(before[0])
    row["answers"] = json.dumps({"foto_website": False})
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        filled.db.execute(
            f"INSERT OR REPLACE INTO consent_statements ({', '.join(row)})"
            f" VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
    assert filled.rows("SELECT * FROM consent_statements") == before


@pytest.mark.embedded_only
def test_insert_or_replace_cannot_overwrite_a_blob(filled: Store) -> None:
    digest = hashlib.sha256(b"%PDF-1.4 scan").hexdigest()
    with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
        filled.db.execute(
            "INSERT OR REPLACE INTO blobs (sha256, size, mime_type, data, created_at)"
            " VALUES (?, 3, 'text/plain', x'000000', 'now')",
            [digest],
        )
    assert filled.blob(digest) == b"%PDF-1.4 scan"


@pytest.mark.embedded_only
def test_append_only_holds_on_a_fresh_connection(store: Store, records) -> None:
    """The triggers live in the file, not in the connection that made them."""
    records.school()
    store.close()
    conn = open_file(store.path)
    try:
        with pytest.raises(REFUSED_BY_DATABASE, match="append-only"):
            conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()


def test_insert_writes_an_audit_row(store: Store) -> None:
    store.clock = lambda: datetime(2026, 9, 1, 10, 30, 5)
    row = {"name": "CBS De Wegwijzer", "brin": "12AB", "created_at": "2026-09-01"}
    school_id = store.insert("schools", row)
    audit = store.rows("SELECT * FROM audit_log WHERE table_name = 'schools'")
    assert len(audit) == 1
    entry = audit[0]
    assert entry["actor"] == "test"
    assert entry["action"] == "insert"
    if ON_SERVER:  # the server's own time (UTC), not the PC's clock
        assert entry["at"].endswith("Z") and entry["at"] != "2026-09-01T10:30:05Z"
    else:
        assert entry["at"] == "2026-09-01T10:30:05"
    assert entry["row_id"] == str(school_id)
    assert entry["before"] is None
    assert json.loads(entry["after"]) == row
    assert store.people.audit_for("schools", school_id)[0]["actor"] == "test"


def test_every_insert_is_audited(store: Store, records, answers_all) -> None:
    school = records.school()
    klass = records.klass(school, 2026)
    student = records.student(school, roepnaam="Zoë", achternaam="Ağaoğlu")
    records.enrol(student, klass)
    guardian = records.guardian(student)
    records.statement("student", student, date(2026, 9, 1), answers_all(True), guardian_id=guardian)
    inserted = {
        table: _count(store, table)
        for table in (
            "schools",
            "school_years",
            "classes",
            "students",
            "enrolments",
            "guardians",
            "student_guardians",
            "consent_statements",
        )
    }
    audited = {
        row["table_name"]: row["n"]
        for row in store.rows(
            "SELECT table_name, count(*) AS n FROM audit_log WHERE action = 'insert'"
            " GROUP BY table_name"
        )
    }
    assert audited == inserted
    after = json.loads(store.people.audit_for("students", student)[0]["after"])
    assert after["roepnaam"] == "Zoë"  # stored as text, not escaped
    assert (
        "Zoë" in store.rows("SELECT after FROM audit_log WHERE table_name = 'students'")[0]["after"]
    )


def test_actor_comes_from_the_store(db_path) -> None:
    with Store.create(db_path, actor="j.devries") as store:
        store.insert("schools", {"name": "OBS", "created_at": "2026-01-01"})
        assert store.rows("SELECT actor FROM audit_log") == [{"actor": "j.devries"}]


def test_a_failed_insert_leaves_no_audit_row(store: Store, records) -> None:
    records.school("OBS De Korre")
    audit_rows = _count(store, "audit_log")
    with pytest.raises(REFUSED_BY_DATABASE):
        store.insert("schools", {"name": "OBS De Korre", "created_at": "2026-01-01"})
    assert _count(store, "audit_log") == audit_rows
    assert _count(store, "schools") == 1
    assert not store.db.in_transaction


def test_insert_refuses_tables_outside_the_whitelist(store: Store) -> None:
    for table in ("audit_log", "settings", "blobs", "schools; DROP TABLE students"):
        with pytest.raises(InputError):
            store.insert(table, {"x": 1})
    with pytest.raises(InputError):
        store.bulk_insert([("audit_log", [{"at": "x"}])])


def test_set_setting_writes_an_audit_row_with_before_and_after(store: Store) -> None:
    store.set_setting("default_validity", "school_year")
    assert store.setting("default_validity") == "school_year"
    entry = store.rows("SELECT * FROM audit_log WHERE table_name = 'settings'")[-1]
    assert entry["actor"] == "test"
    assert entry["row_id"] == "default_validity"
    assert json.loads(entry["before"]) == {"value": "until_withdrawn"}
    assert json.loads(entry["after"]) == {"value": "school_year"}


def test_new_setting_has_no_previous_value(store: Store) -> None:
    assert store.setting("window_theme", "licht") == "licht"
    store.set_setting("window_theme", {"naam": "donker", "grootte": 3})
    assert store.setting("window_theme") == {"naam": "donker", "grootte": 3}
    entry = store.rows("SELECT before, after FROM audit_log WHERE row_id = 'window_theme'")[0]
    assert json.loads(entry["before"]) == {"value": None}
    assert json.loads(entry["after"]) == {"value": {"naam": "donker", "grootte": 3}}


def test_put_blob_stores_identical_content_once(store: Store) -> None:
    data = b"\x89PNG scan of a signed form" * 100
    first = store.put_blob(data, "image/png")
    second = store.put_blob(data, "image/png")
    assert first == second == hashlib.sha256(data).hexdigest()
    assert _count(store, "blobs") == 1
    assert store.rows("SELECT size, mime_type FROM blobs") == [
        {"size": len(data), "mime_type": "image/png"}
    ]
    assert store.blob(first) == data
    audit = store.rows("SELECT * FROM audit_log WHERE table_name = 'blobs'")
    assert len(audit) == 1 and audit[0]["row_id"] == first
    other = store.put_blob(data + b"!", "image/png")
    assert other != first
    assert _count(store, "blobs") == 2


def test_blob_of_unknown_hash_is_none(store: Store) -> None:
    assert store.blob("0" * 64) is None


def test_empty_blob_round_trips(store: Store) -> None:
    digest = store.put_blob(b"", "application/octet-stream")
    assert store.blob(digest) == b""


def test_bulk_insert_is_one_transaction(store: Store) -> None:
    good = [{"name": f"School {i}", "created_at": "2026-01-01"} for i in range(3)]
    bad_years = [{"label": "2026-2027", "start_date": "2027-01-01", "end_date": "2026-01-01"}]
    with pytest.raises(REFUSED_BY_DATABASE):
        store.bulk_insert([("schools", good), ("school_years", bad_years)])
    assert _count(store, "schools") == 0
    assert _count(store, "audit_log") == 0
    store.bulk_insert([("schools", good), ("classes", [])])
    assert _count(store, "schools") == 3
    assert store.rows("SELECT action, table_name, after FROM audit_log") == [
        {"action": "bulk insert", "table_name": "schools", "after": '{"rows": 3}'}
    ]


def test_is_empty(store: Store, records) -> None:
    assert store.is_empty()
    records.school()
    assert not store.is_empty()


def test_rows_returns_dicts(store: Store, records) -> None:
    records.school("A")
    records.school("B")
    assert store.rows("SELECT name FROM schools WHERE name > :n ORDER BY name", {"n": "A"}) == [
        {"name": "B"}
    ]


def test_update_audits_before_and_after(store, records) -> None:
    school = records.school("OBS De Linde")
    student = records.student(school, roepnaam="Sem", achternaam="Jansen")
    assert store.update("students", student, {"roepnaam": "Semmie", "achternaam": "Jansen"})
    row = store.rows("SELECT roepnaam FROM students WHERE id = ?", [student])[0]
    assert row["roepnaam"] == "Semmie"
    change = store.people.audit_for("students", student)[-1]
    assert change["action"] == "update" and change["actor"] == "test"
    assert '"roepnaam": "Sem"' in change["before"] and '"roepnaam": "Semmie"' in change["after"]
    # The same values again change nothing and write no audit entry.
    count = len(store.people.audit_for("students", student))
    assert not store.update("students", student, {"roepnaam": "Semmie"})
    assert len(store.people.audit_for("students", student)) == count


def test_update_refuses_append_only_tables_and_unknown_rows(store, records) -> None:

    import pytest

    from korre_desktop.errors import InputError

    school = records.school()
    student = records.student(school)
    statement = records.statement(
        "student", student, date(2026, 9, 1), {"foto_website": True}, signer_role="student"
    )
    with pytest.raises(REFUSED_BY_DATABASE):
        store.update("consent_statements", statement, {"note": "changed"})
    with pytest.raises(InputError):
        store.update("students", 9999, {"roepnaam": "X"})


def test_straightened_image_is_stored_beside_its_original(store) -> None:
    original, derived = b"%PDF- original scan", b"\xff\xd8 straightened jpeg"
    sha = store.put_derived_blob(
        original, "application/pdf", derived, "image/jpeg", page=2, operation={"rotate": 90}
    )
    assert sha == hashlib.sha256(derived).hexdigest()
    assert store.blob(sha) == derived and store.blob_mime(sha) == "image/jpeg"
    assert store.original_of(sha) == hashlib.sha256(original).hexdigest()
    # The same pair again stores nothing new.
    again = store.put_derived_blob(original, "application/pdf", derived, "image/jpeg", page=2)
    assert again == sha
    assert store.rows("SELECT count(*) AS n FROM blobs")[0]["n"] == 2
