"""Demo data: deterministic, refused on a non-empty database, and covering every case."""

import json
from collections import Counter
from datetime import date, datetime

import pytest

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.people import age_on
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.errors import InputError
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.services.status import employee_statuses_on, student_statuses_on
from korre_desktop.store import Store
from korre_desktop.store.table_copy import TABLE_ORDER
from tests.engines import open_file

REFERENCE = date(2026, 11, 16)
CLOCK = datetime(2026, 11, 16, 9, 0, 0)


def _dump(store: Store) -> dict[str, list[dict]]:
    dump = {table: store.rows(f"SELECT * FROM {table} ORDER BY 1") for table in TABLE_ORDER}
    # The default form is made by the migration, stamped with the time the file was created.
    for row in dump["consent_form_versions"]:
        if row["label"] == "Standaard":
            row.pop("created_at")
    if store.is_server:  # the server stamps the audit log with its own time, not CLOCK
        for row in dump["audit_log"]:
            row.pop("at")
    return dump


def _demo_store(path, seed: int, today: date = REFERENCE, **sizes) -> Store:
    store = Store.create(path, actor="test")
    store.clock = lambda: CLOCK
    generate_demo(store, seed=seed, today=today, **sizes)
    return store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Store:
    """The default-sized demo on a mid-year reference date, shared by the coverage tests."""
    store = Store.create(tmp_path_factory.mktemp("demo") / "korre.sqlite", actor="test")
    generate_demo(store, seed=1, today=REFERENCE)
    yield store
    store.close()


@pytest.fixture(scope="module")
def statuses(demo_db: Store):
    return student_statuses_on(demo_db, REFERENCE), employee_statuses_on(demo_db, REFERENCE)


def test_same_seed_and_date_give_identical_data(tmp_path) -> None:
    with (
        _demo_store(tmp_path / "a.sqlite", 7, students=150, employees=20) as a,
        _demo_store(tmp_path / "b.sqlite", 7, students=150, employees=20) as b,
    ):
        dump_a, dump_b = _dump(a), _dump(b)
    assert dump_a["students"]
    assert dump_a["consent_statements"]
    assert dump_a == dump_b


def test_different_seed_gives_different_data(tmp_path) -> None:
    with (
        _demo_store(tmp_path / "a.sqlite", 1, students=150, employees=20) as a,
        _demo_store(tmp_path / "b.sqlite", 2, students=150, employees=20) as b,
    ):
        assert _dump(a)["students"] != _dump(b)["students"]
        assert _dump(a)["consent_statements"] != _dump(b)["consent_statements"]


def test_different_date_gives_different_data(tmp_path) -> None:
    with (
        _demo_store(tmp_path / "a.sqlite", 1, students=150, employees=20) as a,
        _demo_store(
            tmp_path / "b.sqlite", 1, today=date(2027, 9, 1), students=150, employees=20
        ) as b,
    ):
        assert _dump(a)["school_years"] != _dump(b)["school_years"]


def test_summary_matches_the_rows(store: Store) -> None:
    summary = generate_demo(store, students=130, employees=17, seed=3, today=REFERENCE)
    counts = store.people.counts()
    assert summary.students == counts["students"] == 130
    assert summary.employees == counts["employees"] == 17
    assert summary.schools == counts["schools"]
    assert summary.guardians == counts["guardians"]
    assert summary.statements == counts["statements"]
    assert summary.signatures == counts["signatures"]
    assert summary.classes == store.rows("SELECT count(*) AS n FROM classes")[0]["n"]


def _add_school(store: Store) -> None:
    store.insert("schools", {"name": "OBS Eigen", "created_at": "2026-01-01"})


def _add_employee(store: Store) -> None:
    store.insert(
        "employees",
        {
            "staff_number": "1",
            "roepnaam": "Ans",
            "achternaam": "Smit",
            "employment_type": "permanent",
            "start_date": "2020-01-01",
            "created_at": "2026-01-01",
        },
    )


def _add_protocol_version(store: Store) -> None:
    store.insert(
        "protocol_versions",
        {
            "audience": "employees",
            "label": "2026",
            "effective_date": "2026-08-01",
            "created_at": "2026-01-01",
        },
    )


def _add_school_year(store: Store) -> None:
    store.insert(
        "school_years",
        {"label": "2026-2027", "start_date": "2026-08-01", "end_date": "2027-07-31"},
    )


@pytest.mark.parametrize(
    "add", [_add_school, _add_employee, _add_protocol_version, _add_school_year]
)
def test_demo_into_a_non_empty_database_is_refused_and_changes_nothing(store: Store, add) -> None:
    add(store)
    before = _dump(store)
    with pytest.raises(InputError, match="already holds data"):
        generate_demo(store, students=120, employees=20, seed=1, today=REFERENCE)
    assert _dump(store) == before


def test_demo_twice_is_refused(store: Store) -> None:
    generate_demo(store, students=120, employees=20, seed=1, today=REFERENCE)
    before = _dump(store)
    with pytest.raises(InputError):
        generate_demo(store, students=120, employees=20, seed=2, today=REFERENCE)
    assert _dump(store) == before


def test_settings_alone_do_not_make_a_database_non_empty(store: Store) -> None:
    store.set_setting("signing_deadline_days", 21)
    generate_demo(store, students=120, employees=20, seed=1, today=REFERENCE)
    assert store.people.counts()["students"] == 120


@pytest.mark.parametrize("sizes", [{"students": -1}, {"employees": 10**9}])
def test_sizes_out_of_range_are_refused(store: Store, sizes) -> None:
    with pytest.raises(InputError):
        generate_demo(store, today=REFERENCE, **sizes)
    assert store.is_empty()


def test_cancelled_demo_leaves_the_database_empty(store: Store) -> None:
    before = _dump(store)
    reports: list[str] = []
    progress = Progress(
        report=lambda done, total, label: reports.append(label),
        is_cancelled=lambda: bool(reports),  # cancel right after the first report
    )
    with pytest.raises(Cancelled):
        generate_demo(store, students=120, employees=20, seed=1, today=REFERENCE, progress=progress)
    assert len(reports) == 1
    assert not store.db.in_transaction
    assert store.is_empty()
    assert _dump(store) == before
    # And the database is still usable for a real run.
    generate_demo(store, students=120, employees=20, seed=1, today=REFERENCE)
    assert not store.is_empty()


def test_progress_reaches_the_end(store: Store) -> None:
    reports: list[tuple[int, int, str]] = []
    generate_demo(
        store,
        students=120,
        employees=20,
        seed=1,
        today=REFERENCE,
        progress=Progress(lambda d, t, label: reports.append((d, t, label))),
    )
    assert reports[0] == (0, 140, "structure")
    assert reports[-1][:2] == (140, 140)


@pytest.mark.embedded_only  # SQLite's integrity_check of the file
def test_demo_passes_the_integrity_check(demo_db: Store) -> None:
    assert demo_db.integrity_problems() == []
    conn = open_file(demo_db.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_demo_covers_every_consent_status(statuses) -> None:
    students, employees = statuses
    student_seen = Counter(s for p in students for s in p.consent.values())
    employee_seen = Counter(s for p in employees for s in p.consent.values())
    assert set(student_seen) == set(ConsentStatus)
    assert set(employee_seen) == set(ConsentStatus) - {ConsentStatus.CONFLICT}


def test_demo_covers_every_protocol_status(statuses) -> None:
    students, employees = statuses
    assert {p.protocol for p in employees} == set(ProtocolStatus)
    assert {p.protocol for p in students} == set(ProtocolStatus) - {ProtocolStatus.OVERDUE}


def test_demo_has_students_on_both_sides_of_16_with_and_without_own_statement(
    demo_db: Store, statuses
) -> None:
    students, _ = statuses
    with_own = {
        row["student_id"]
        for row in demo_db.rows(
            "SELECT DISTINCT student_id FROM consent_statements WHERE signer_role = 'student'"
        )
    }
    cases = Counter((p.age_on(REFERENCE) >= 16, p.id in with_own) for p in students if p.birth_date)
    assert set(cases) == {(True, True), (True, False), (False, True), (False, False)}
    # A 16+ student without their own statement is on the "ask them" worklist.
    assert any(p.ask_student for p in students)


def test_demo_has_withdrawals_after_consent(demo_db: Store) -> None:
    withdrawals = demo_db.rows(
        "SELECT * FROM consent_statements WHERE source = 'withdrawal' ORDER BY id"
    )
    assert withdrawals
    for row in withdrawals:
        assert not any(json.loads(row["answers"]).values())
        assert row["note"].startswith("Ingetrokken")
        kind = row["subject_kind"]
        subject = row["student_id"] if kind == "student" else row["employee_id"]
        earlier = [
            s
            for s in demo_db.consent.statements_of(kind, subject)
            if s["signed_date"] < row["signed_date"]
        ]
        assert any(True in json.loads(s["answers"]).values() for s in earlier)


def test_demo_people_look_real(demo_db: Store) -> None:
    assert demo_db.rows("SELECT count(*) AS n FROM students WHERE tussenvoegsel <> ''")[0]["n"] > 0
    assert demo_db.rows("SELECT count(*) AS n FROM employees WHERE tussenvoegsel <> ''")[0]["n"] > 0
    assert (
        demo_db.rows("SELECT count(*) AS n FROM students WHERE student_number LIKE '0%'")[0]["n"]
        > 0
    )
    assert (
        demo_db.rows("SELECT count(*) AS n FROM student_guardians WHERE parental_authority = 0")[0][
            "n"
        ]
        > 0
    )
    assert len(demo_db.people.schools()) >= 3
    kinds = {
        row["employment_type"] for row in demo_db.rows("SELECT employment_type FROM employees")
    }
    assert {"permanent", "intern"} <= kinds


def test_demo_has_both_school_years(demo_db: Store) -> None:
    years = demo_db.people.school_years()
    assert [y["label"] for y in years] == ["2025-2026", "2026-2027"]
    per_year = demo_db.rows(
        """SELECT y.label, count(*) AS n FROM enrolments e
           JOIN classes c ON c.id = e.class_id JOIN school_years y ON y.id = c.school_year_id
           GROUP BY y.label ORDER BY y.label"""
    )
    assert [row["label"] for row in per_year] == ["2025-2026", "2026-2027"]
    assert all(row["n"] > 0 for row in per_year)
    assert demo_db.people.students_on(date(2026, 6, 1))
    assert demo_db.people.students_on(REFERENCE)


def test_demo_forms_are_valid_for_the_school_year_they_were_signed_in(demo_db: Store) -> None:
    from korre_desktop.domain.consent_form import ValidityKind
    from korre_desktop.services.consent_forms import load_forms

    forms = load_forms(demo_db)
    assert len(forms) == 2 and all(f.validity.kind is ValidityKind.SCHOOL_YEAR for f in forms)
    assert all(len(f.channels) == 6 for f in forms)
    assert demo_db.setting("default_validity") == "school_year"


def test_demo_protocol_documents_are_stored_as_blobs(demo_db: Store) -> None:
    versions = demo_db.consent.protocol_versions()
    assert {v["audience"] for v in versions} == {"employees", "students"}
    for version in versions:
        assert demo_db.blob(version["document_sha256"]).startswith(b"%PDF-")


@pytest.mark.parametrize(
    "today", [date(2026, 8, 1), date(2026, 8, 20), date(2026, 11, 16), date(2027, 7, 31)]
)
def test_demo_records_nothing_after_its_reference_date(store: Store, today: date) -> None:
    generate_demo(store, students=300, employees=60, seed=5, today=today)
    limit = today.isoformat()
    for table in ("consent_statements", "protocol_signatures"):
        late = store.rows(
            f"SELECT id, signed_date, entered_at FROM {table}"
            " WHERE signed_date > ? OR substr(entered_at, 1, 10) > ?",
            [limit, limit],
        )
        assert late == [], table
        early = store.rows(f"SELECT id FROM {table} WHERE entered_at < signed_date", [])
        assert early == [], table
    left = store.rows("SELECT id FROM students WHERE left_date >= ?", [limit])
    assert left == []
    assert store.integrity_problems() == []


def test_demo_ages_fit_the_groups(demo_db: Store) -> None:
    rows = demo_db.people.students_on(REFERENCE)
    unknown = [row for row in rows if row["birth_date"] is None]
    assert 0 < len(unknown) < len(rows) / 50  # a few newcomers without a birth date
    for row in rows:
        if row["birth_date"] is None:
            continue
        age = age_on(date.fromisoformat(row["birth_date"]), REFERENCE)
        assert 3 <= age <= 18, row


def test_demo_shows_every_authorisation_worklist(demo_db: Store) -> None:
    """Accounts (one ended, one nobody may post for), authorisations of employees and a
    student (one withdrawn), a press report and a personnel-file entry with an e-mail:
    every worklist of the authorisations has a case on the reference date."""
    from korre_desktop.domain.authorisation import AuthorisationStatus, WorklistKind
    from korre_desktop.services.accounts import list_accounts
    from korre_desktop.services.authorisations import (
        authorisation_worklist,
        list_authorisations,
    )
    from korre_desktop.services.press_reports import list_press_reports

    items = authorisation_worklist(demo_db, REFERENCE)
    assert {item.kind for item in items} == set(WorklistKind)
    accounts = list_accounts(demo_db, include_ended=True, on=REFERENCE)
    assert {"instagram", "facebook", "whatsapp_group"} <= {a.platform for a in accounts}
    assert any(a.ended_on is not None for a in accounts)
    assert any(a.school_id is None for a in accounts)
    rows = list_authorisations(demo_db, REFERENCE, include_inactive=True)
    statuses = {row.status_on(REFERENCE) for row in rows}
    assert {AuthorisationStatus.ACTIVE, AuthorisationStatus.WITHDRAWN} <= statuses
    assert {row.person.kind for row in rows} == {"employee", "student"}
    assert any(row.evidence_sha256 for row in rows)
    assert list_press_reports(demo_db)
    (entry,) = demo_db.rows("SELECT employee_id, document_sha256 FROM dossier_entries")
    assert demo_db.blob_mime(entry["document_sha256"]) == "message/rfc822"


@pytest.mark.parametrize(("students", "employees"), [(0, 0), (0, 1), (20, 3)])
def test_a_small_demo_still_gets_its_accounts(store: Store, students: int, employees: int) -> None:
    summary = generate_demo(store, students=students, employees=employees, seed=4, today=REFERENCE)
    assert (summary.accounts > 0) == (employees > 0)
    assert store.check() == []


def test_demo_protocol_records_are_entered_on_the_reference_date(store: Store) -> None:
    generate_demo(store, students=200, employees=30, seed=5, today=date(2026, 8, 1))
    for table in (
        "authorisations",
        "authorisation_withdrawals",
        "press_reports",
        "dossier_entries",
    ):
        late = store.rows(f"SELECT id FROM {table} WHERE substr(entered_at, 1, 10) > '2026-08-01'")
        assert late == [], table
    assert store.rows("SELECT id FROM accounts WHERE created_on > '2026-08-01'") == []
