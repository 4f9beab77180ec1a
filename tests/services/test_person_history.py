"""Every change to a person is in their history (``PersonDetail.changes``), whatever made
it: an import and a re-import, a dialog (the record services), a scan, the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services import records as rec
from korre_desktop.services.person_detail import ChangeView, FieldChange, person_detail
from korre_desktop.store import Store
from tests.services.importing.conftest import STUDENT_HEADERS, STUDENT_ROWS, TODAY, YEAR, write_csv
from tests.test_cli import _run

NEW_EMAIL = "eva.dijk@example.org"


def _import(store: Store, path: Path) -> None:
    table = imp.read_table(path, "students")
    plan = imp.plan_import(store, "students", table, school="OBS De Linde", year=YEAR, today=TODAY)
    imp.apply_import(store, plan)


def reimported(store: Store, records, tmp_path: Path) -> int:
    """004513 Daan van Dijk, imported, then imported again in another class and with his
    mother's new e-mail address. Returns his id."""
    records.school("OBS De Linde")
    _import(store, write_csv(tmp_path / "v1.csv", [STUDENT_HEADERS, *STUDENT_ROWS]))
    rows = [list(row) for row in STUDENT_ROWS]
    rows[1][5] = "Groep 5"
    rows[1][7] = NEW_EMAIL
    _import(store, write_csv(tmp_path / "v2.csv", [STUDENT_HEADERS, *rows]))
    (found,) = store.rows("SELECT id FROM students WHERE student_number = '004513'")
    return found["id"]


def _of(changes: list[ChangeView], table: str, action: str) -> list[ChangeView]:
    return [c for c in changes if c.table == table and c.action == action]


def test_a_reimports_class_and_guardian_email_are_in_the_history(
    store: Store, records, tmp_path: Path
) -> None:
    student = reimported(store, records, tmp_path)
    changes = person_detail(store, "student", student).changes
    assert [c.actor for c in changes] == ["test"] * len(changes)
    assert _of(changes, "students", "insert")
    (placed_first, placed_again) = _of(changes, "enrolments", "insert")
    assert placed_first.about == "Groep 4 (2026-2027)" and placed_first.fields == []
    assert placed_again.about == "Groep 5 (2026-2027)"
    assert placed_again.fields == [FieldChange("start_date", None, TODAY.isoformat())]
    (ended,) = _of(changes, "enrolments", "update")
    assert ended.about == "Groep 4 (2026-2027)"
    assert ended.fields == [FieldChange("end_date", None, TODAY.isoformat())]
    (email,) = _of(changes, "guardians", "update")
    assert email.about == "Eva van Dijk"
    assert email.fields == [FieldChange("email", "eva@example.org", NEW_EMAIL)]
    (linked,) = _of(changes, "student_guardians", "insert")
    assert linked.about == "Eva van Dijk"
    # Oldest first, as the audit log has them.
    assert changes.index(ended) < changes.index(placed_again)


@pytest.mark.embedded_only  # SQLite gives a freed rowid out again; a server never does
def test_a_removed_guardian_link_stays_in_the_history_and_goes_with_its_student(
    store: Store, records
) -> None:
    school = records.school("OBS De Linde")
    anna = records.student(school, number="1", roepnaam="Anna")
    bram = records.student(school, number="2", roepnaam="Bram")
    guardian = rec.add_guardian_for_student(store, anna, rec.GuardianInput(achternaam="Smit"))
    link = store.records.guardian_link(anna, guardian)["id"]
    store.records._remove_link("student_guardians", {"student_id": anna, "guardian_id": guardian})
    # SQLite hands the freed rowid to the next link: Bram's.
    rec.link_existing_guardian(store, bram, guardian, relation="vader")
    assert store.records.guardian_link(bram, guardian)["id"] == link
    anna_links = [c for c in person_detail(store, "student", anna).changes if "guardian" in c.table]
    assert [(c.table, c.action) for c in anna_links] == [
        ("guardians", "insert"),
        ("student_guardians", "insert"),
        ("student_guardians", "delete"),
    ]
    bram_links = [c for c in person_detail(store, "student", bram).changes if "guardian" in c.table]
    assert [(c.table, c.action) for c in bram_links] == [
        ("guardians", "insert"),
        ("student_guardians", "insert"),
    ]
    assert bram_links[1].fields == [
        FieldChange("relation", None, "vader"),
        FieldChange("parental_authority", None, 1),
    ]


def test_an_employees_schools_classes_and_record_changes(store: Store, records) -> None:
    linde = records.school("De Linde, locatie Noord")
    baken = records.school("CBS Het Baken")
    klass = records.klass(linde, 2026, "Groep 8")
    data = rec.EmployeeInput(
        staff_number="0042",
        roepnaam="Anouk",
        achternaam="Brouwer",
        employment_type="permanent",
        school_ids=[linde],
        start_date=date(2026, 8, 1),
    )
    employee = rec.add_employee(store, data)
    data.school_ids = [baken]
    data.employment_type = "temporary"
    rec.update_employee(store, employee, data)
    rec.link_class_teacher(store, klass, employee)
    rec.unlink_class_teacher(store, klass, employee)
    changes = person_detail(store, "employee", employee).changes
    assert [(c.table, c.action, c.about) for c in changes] == [
        ("employees", "insert", ""),
        ("employee_schools", "insert", "De Linde, locatie Noord"),
        ("employees", "update", ""),
        ("employee_schools", "insert", "CBS Het Baken"),
        ("employee_schools", "delete", "De Linde, locatie Noord"),
        ("class_teachers", "insert", "Groep 8 (2026-2027)"),
        ("class_teachers", "delete", "Groep 8 (2026-2027)"),
    ]
    assert changes[2].fields == [FieldChange("employment_type", "permanent", "temporary")]


def test_a_scanned_statement_and_a_withdrawal_by_command_line(
    scan_db: Path, scan_corpora, capsys
) -> None:
    code, _out, err = _run(
        capsys, "--db", str(scan_db), "scan", *map(str, scan_corpora.photo_files)
    )
    assert code == 0, err
    with Store.open(scan_db) as store:
        scanned = store.rows(
            "SELECT id, student_id, employee_id FROM consent_statements WHERE source = 'scan'"
        )
        # A photo is kept straightened beside its original, and that pairing is audited.
        derivations = store.rows("SELECT derived_sha256 FROM blob_derivations")
        audited = store.rows(
            "SELECT row_id, after FROM audit_log WHERE table_name = 'blob_derivations'"
        )
        assert derivations and {d["derived_sha256"] for d in derivations} == {
            a["row_id"] for a in audited
        }
        first = scanned[0]
        kind = "student" if first["student_id"] else "employee"
        person = first["student_id"] or first["employee_id"]
        changes = person_detail(store, kind, person).changes
        statement = next(
            c for c in changes if c.table == "consent_statements" and c.source == "scan"
        )
        assert statement.action == "insert" and statement.about  # the form version's label
        assert statement.fields[0].field == "signed_date"
        employee = store.rows("SELECT id, staff_number FROM employees ORDER BY id LIMIT 1")[0]
    code, _out, err = _run(
        capsys, "--db", str(scan_db), "withdraw", "--employee", employee["staff_number"],
        "--note", "per e-mail",
    )  # fmt: skip
    assert code == 0, err
    with Store.open(scan_db) as store:
        changes = person_detail(store, "employee", employee["id"]).changes
    withdrawal = changes[-1]
    assert (withdrawal.table, withdrawal.source) == ("consent_statements", "withdrawal")
    yes, no, blank = next(f.after for f in withdrawal.fields if f.field == "answers")
    assert yes == blank == 0 and no > 0
    assert FieldChange("note", None, "per e-mail") in withdrawal.fields
