"""The store's named write operations: each writes its use case's columns, audited, and
refuses columns that are not its use case's (a programming error, nothing written)."""

import json
from datetime import date

import pytest

from korre_desktop.store import Store


def _audit(store: Store, table: str) -> list[dict]:
    return store.rows(
        "SELECT action, row_id, before, after FROM audit_log WHERE table_name = ? ORDER BY id",
        [table],
    )


def test_an_added_record_is_audited_with_its_columns(store: Store) -> None:
    school = store.records.add_school(name="OBS De Korre", brin="12AB")
    [entry] = _audit(store, "schools")
    assert (entry["action"], entry["row_id"], entry["before"]) == ("insert", str(school), None)
    after = json.loads(entry["after"])
    assert after == {"name": "OBS De Korre", "brin": "12AB", "created_at": after["created_at"]}


def test_an_update_is_audited_before_and_after_and_nothing_when_unchanged(
    store: Store, records
) -> None:
    student = records.student(records.school(), roepnaam="Sem")
    assert store.records.update_student(student, {"roepnaam": "Semmie"})
    assert not store.records.update_student(student, {"roepnaam": "Semmie"})
    [entry] = [a for a in _audit(store, "students") if a["action"] == "update"]
    assert json.loads(entry["before"]) == {"roepnaam": "Sem"}
    assert json.loads(entry["after"]) == {"roepnaam": "Semmie"}


def test_an_update_refuses_columns_outside_its_use_case(store: Store, records) -> None:
    student = records.student(records.school())
    employee = records.employee()
    audited = len(store.rows("SELECT id FROM audit_log"))
    with pytest.raises(ValueError, match="left_date"):  # leaving is a use case of its own
        store.records.update_student(student, {"left_date": "2027-01-01"})
    with pytest.raises(ValueError, match="created_at"):
        store.records.update_employee(employee, {"created_at": "2020-01-01"})
    with pytest.raises(ValueError, match="platform"):  # another platform: another account
        store.authorisations.update_account(1, {"platform": "x"})
    with pytest.raises(ValueError, match="reviewed_by"):
        store.scans.add_page({"batch_id": 1, "reviewed_by": "someone"})
    assert len(store.rows("SELECT id FROM audit_log")) == audited


def test_a_row_about_a_person_names_them_in_the_column_of_their_kind(store: Store, records) -> None:
    student = records.student(records.school())
    version = store.consent.form_versions()[0]["id"]
    statement = store.consent.add_statement(
        subject_kind="student",
        subject_id=student,
        signer_role="student",
        guardian_id=None,
        signer_name="Sem Jansen",
        signed_date=date(2026, 9, 1),
        form_version_id=version,
        answers={"website": True},
        source="paper",
        evidence_sha256=None,
        note="",
    )
    [row] = store.rows(
        "SELECT subject_kind, employee_id, student_id, answers, entered_by"
        " FROM consent_statements WHERE id = ?",
        [statement],
    )
    assert row == {
        "subject_kind": "student",
        "employee_id": None,
        "student_id": student,
        "answers": '{"website": true}',
        "entered_by": "test",
    }
    with pytest.raises(ValueError, match="guardian"):
        store.consent.add_statement(
            subject_kind="guardian",
            subject_id=1,
            signer_role="guardian",
            guardian_id=None,
            signer_name="",
            signed_date=date(2026, 9, 1),
            form_version_id=version,
            answers={},
            source="paper",
            evidence_sha256=None,
            note="",
        )
