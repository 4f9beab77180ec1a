"""The full check finds damaged values that SQLite's integrity_check does not see, and
names the records; reading damaged data is a clear error naming them too."""

import json
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.errors import DamagedDataError
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.progress import Cancelled, Progress
from korre_desktop.store import Store, damage
from tests.conftest import Records
from tests.damage import damage_marked, flip, mark_statements

# Damaged bytes in the embedded file (a server refuses them when written).
pytestmark = pytest.mark.embedded_only

DAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def marked_demo(tmp_path_factory: pytest.TempPathFactory):
    """A small demo database with three statements to damage (made once; tests copy it)."""
    path = tmp_path_factory.mktemp("damage") / "demo.sqlite"
    with Store.create(path, actor="test") as store:
        generate_demo(store, students=40, employees=6, seed=5, today=DAY)
        marked = mark_statements(store)
    return path, marked


@pytest.fixture
def damaged(marked_demo, tmp_path: Path):
    source, marked = marked_demo
    path = tmp_path / "copy.sqlite"
    path.write_bytes(source.read_bytes())
    damage_marked(path, marked)
    return path, marked


def _messages(findings: list[damage.Finding]) -> list[str]:
    return [finding.message for finding in findings]


def test_a_sound_demo_database_has_no_findings(marked_demo) -> None:
    with Store.open(marked_demo[0]) as store:
        assert store.check() == []
        assert store.check(quick=True) == []


def test_the_full_check_names_each_damaged_record(damaged) -> None:
    path, marked = damaged
    with Store.open(path) as store:
        before = " ".join(store.integrity_problems())  # what the check saw before
        messages = _messages(store.check())
    assert "blobs" not in before and "note" not in before
    student = f"of student {marked.number}"
    assert f"consent statement {marked.with_evidence} {student}: evidence blob damaged" in messages
    assert f"consent statement {marked.with_note} {student}: damaged text in note" in messages
    assert (
        f"consent statement {marked.with_answers} {student}: damaged data in answers"
        " (not valid JSON)" in messages
    )
    # The note was also in the audit entry of its insert: that is named as well.
    assert any(m.startswith("audit log entry") and "damaged text in after" in m for m in messages)
    # SQLite's own words for the broken JSON are left out: the named finding says it.
    assert not any("CHECK constraint" in m for m in messages)


def test_the_quick_check_is_the_structure_only(damaged) -> None:
    with Store.open(damaged[0]) as store:
        quick = store.check(quick=True)
    # SQLite sees the JSON that breaks its CHECK, without naming a record; not the rest.
    assert [finding.code for finding in quick] == [damage.STRUCTURE]
    assert quick[0].detail == "CHECK constraint failed in consent_statements"


def test_damaged_structure_and_references_are_findings_too(store: Store, records) -> None:
    records.school()
    store.db.execute("PRAGMA foreign_keys = OFF")
    store.db.execute("INSERT INTO enrolments (student_id, class_id) VALUES (4242, 7)")
    store.db.execute("PRAGMA foreign_keys = ON")
    findings = store.check()
    assert {f.code for f in findings} == {damage.MISSING_REFERENCE}
    assert "enrolment 1: refers to a missing row of" in findings[0].message


@pytest.mark.plain_file_only(reason="damages the file by changing bytes found in the plain file")
def test_a_damaged_original_of_straightened_evidence_is_named(db_path: Path) -> None:
    original = b"%PDF-original-" + bytes(range(200)) * 30
    with Store.create(db_path, actor="test") as store:
        records = Records(store)
        student = records.student(records.school(), number="004512")
        guardian = records.guardian(student)
        derived = store.put_derived_blob(
            original, "application/pdf", b"JPEG-straight", "image/jpeg"
        )
        statement = store.insert(
            "consent_statements",
            {
                "subject_kind": "student",
                "student_id": student,
                "signer_role": "guardian",
                "guardian_id": guardian,
                "signed_date": "2026-10-01",
                "form_version_id": store.consent.form_versions()[0]["id"],
                "answers": json.dumps({"foto_website": True}),
                "evidence_sha256": derived,
                "entered_by": "test",
                "entered_at": "2026-10-01T10:00:00",
            },
        )
    flip(db_path, original[500:540], at=3, xor=0x01)
    with Store.open(db_path) as store:
        messages = _messages(store.check())
    assert messages == [
        f"consent statement {statement} of student 004512: original of the evidence blob damaged"
    ]


def test_a_damaged_date_is_found(store: Store, records) -> None:
    school = records.school()
    student = records.student(school, number="0077")
    store.db.execute("UPDATE students SET birth_date = '2016-0\x01-01' WHERE id = ?", [student])
    assert _messages(store.check()) == ["student 0077: damaged date in birth_date"]


def test_the_full_check_reports_progress_to_the_end(damaged) -> None:
    steps: list[tuple[int, int, str]] = []
    with Store.open(damaged[0]) as store:
        store.check(step=lambda done, total, label: steps.append((done, total, label)))
    assert steps[0][0] == 0
    assert steps[-1][0] == steps[-1][1] > 0
    assert [done for done, _, _ in steps] == sorted(done for done, _, _ in steps)
    assert {label for _, _, label in steps} >= {damage.STRUCTURE_STEP, damage.FILES_STEP}


def test_the_full_check_can_be_cancelled(damaged) -> None:
    asked = []
    progress = Progress(is_cancelled=lambda: asked.append(1) or len(asked) > 2)
    with Store.open(damaged[0]) as store, pytest.raises(Cancelled):
        store.check(step=progress.step)
        # The connection works as before after a cancelled check.
    with Store.open(damaged[0]) as store:
        assert store.db.conn.text_factory is str
        assert store.rows("SELECT count(*) AS n FROM schools")[0]["n"] > 0


def test_a_cancel_stops_sqlites_own_check_too(damaged, monkeypatch) -> None:
    monkeypatch.setattr(damage, "_REPORT_EVERY_SECONDS", 0)
    monkeypatch.setattr(damage, "_INSTRUCTIONS_PER_LOOK", 1000)
    calls = []

    def step(done: int, total: int, label: str) -> None:
        calls.append(label)
        if label == damage.STRUCTURE_STEP and len(calls) > 1:
            raise Cancelled

    with Store.open(damaged[0]) as store:
        with pytest.raises(Cancelled):
            damage.check(store.db.conn, step=step)
        assert store.rows("SELECT 1 AS one") == [{"one": 1}]


def test_reading_damaged_text_names_the_record(damaged) -> None:
    path, marked = damaged
    with Store.open(path) as store, pytest.raises(DamagedDataError) as caught:
        store.rows("SELECT note FROM consent_statements")
    assert f"consent statement {marked.with_note} of student {marked.number}" in str(caught.value)
    assert "Notitie" not in str(caught.value)  # the damaged text itself is never repeated
    assert caught.value.findings


def test_damaged_json_met_inside_a_with_block_names_the_record(damaged) -> None:
    path, marked = damaged
    with pytest.raises(DamagedDataError) as caught, Store.open(path) as store:
        for row in store.rows("SELECT answers FROM consent_statements"):
            json.loads(row["answers"])
    assert f"consent statement {marked.with_answers} of student {marked.number}" in str(
        caught.value
    )
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)


def test_other_errors_inside_a_with_block_pass_unchanged(store: Store) -> None:
    with pytest.raises(ValueError, match="not about the data"), store:
        raise ValueError("not about the data")
