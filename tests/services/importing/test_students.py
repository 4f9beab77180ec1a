"""Importing students with classes and guardians: plan (dry run), apply, import again."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services import records as rec
from korre_desktop.services.progress import Cancelled, Progress
from tests.services.importing.conftest import (
    SAMPLE_EDEXML,
    STUDENT_HEADERS,
    STUDENT_ROWS,
    TODAY,
    YEAR,
    dump,
    write_csv,
    write_xlsx,
)


def plan_for(store, path, school="OBS De Linde", year=YEAR, kind="students", **kwargs):
    return imp.plan_import(store, kind, imp.read_table(path, kind), school=school, year=year,
                           today=TODAY, **kwargs)  # fmt: skip


def students(store) -> dict[str, dict]:
    return {row["student_number"]: row for row in store.rows("SELECT * FROM students")}


def classes_of(store, number: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (row["name"], row["start_date"], row["end_date"])
        for row in store.rows(
            """SELECT c.name, e.start_date, e.end_date FROM enrolments e
               JOIN classes c ON c.id = e.class_id JOIN students s ON s.id = e.student_id
               WHERE s.student_number = ? ORDER BY e.id""",
            [number],
        )
    ]


def guardians_of(store, number: str) -> list[tuple[str, str, str, int]]:
    return [
        (row["roepnaam"], row["achternaam"], row["email"], row["parental_authority"])
        for row in store.rows(
            """SELECT g.roepnaam, g.achternaam, g.email, l.parental_authority
               FROM student_guardians l JOIN guardians g ON g.id = l.guardian_id
               JOIN students s ON s.id = l.student_id
               WHERE s.student_number = ? ORDER BY g.id""",
            [number],
        )
    ]


def test_plan_changes_nothing_and_apply_imports(store, school, students_csv):
    before = dump(store)
    plan = plan_for(store, students_csv)
    assert dump(store) == before
    assert plan.counts == {"new": 3, "changed": 0, "unchanged": 0, "errors": 0, "warnings": 0,
                           "missing": 0}  # fmt: skip
    assert plan.created == [
        "school year 2026-2027", "class Groep 3 (2026-2027)", "class Groep 4 (2026-2027)",
        "class Groep 5 (2026-2027)",
    ]  # fmt: skip
    result = imp.apply_import(store, plan)
    assert result.counts["new"] == 3 and len(result.run_ids) == 1
    found = students(store)
    assert set(found) == {"004512", "004513", "004514"}  # leading zeros kept
    assert found["004512"]["roepnaam"] == "Zoë"
    assert found["004513"]["birth_date"] == "2018-05-02"  # d-m-jj read with the pivot
    assert (found["004513"]["tussenvoegsel"], found["004513"]["achternaam"]) == ("van", "Dijk")
    assert classes_of(store, "004512") == [("Groep 3", None, None)]  # the whole school year
    assert guardians_of(store, "004512") == [
        ("Ilse", "Meer", "ilse@example.org", 1),
        ("Joost", "Meer", "joost@example.org", 1),
    ]
    # A brother's and sister's mother is one guardian, linked to both.
    assert guardians_of(store, "004514") == [("Ilse", "Meer", "ilse@example.org", 1)]
    assert store.rows("SELECT count(*) AS n FROM guardians")[0]["n"] == 3
    audit = store.rows(
        "SELECT after FROM audit_log WHERE table_name = 'students' AND action = 'insert'"
    )
    assert len(audit) == 3 and json.loads(audit[0]["after"])["student_number"] == "004512"
    run = store.rows("SELECT * FROM import_runs")[0]
    assert (run["kind"], run["file_name"]) == ("students", "leerlingen.csv")
    assert json.loads(run["summary"])["new"] == 3
    assert store.rows("SELECT count(*) AS n FROM import_mappings")[0]["n"] == 1


def test_importing_the_same_file_again_changes_nothing(store, school, students_csv):
    imp.apply_import(store, plan_for(store, students_csv))
    before = dump(store)
    plan = plan_for(store, students_csv)
    assert plan.counts["unchanged"] == 3 and not plan.has_work
    assert plan.mapping.origin == "saved"
    result = imp.apply_import(store, plan)
    assert result.run_ids == []
    assert dump(store) == before


def test_the_same_workbook_as_xlsx_gives_the_same_records(store, school, tmp_path, students_csv):
    imp.apply_import(store, plan_for(store, students_csv))
    before = dump(store)
    xlsx = write_xlsx(tmp_path / "leerlingen.xlsx", [STUDENT_HEADERS, *STUDENT_ROWS])
    plan = plan_for(store, xlsx)
    assert plan.counts["unchanged"] == 3
    imp.apply_import(store, plan)
    before.pop("import_mappings")
    after = dump(store)
    after.pop("import_mappings")
    before.pop("audit_log")
    after.pop("audit_log")
    assert after == before  # only the xlsx's own mapping was saved


def test_changes_are_audited_with_before_and_after(store, school, tmp_path, students_csv):
    imp.apply_import(store, plan_for(store, students_csv))
    rows = [list(row) for row in STUDENT_ROWS]
    rows[1][1], rows[1][5] = "Daantje", "Groep 5"  # new first name, moved to Groep 5
    rows[0][8] = "0687654321"  # Ilse's phone, also on row 4 ...
    rows[2][8] = "0687654321"  # ... where it agrees
    path = write_csv(tmp_path / "v2.csv", [STUDENT_HEADERS, *rows])
    plan = plan_for(store, path)
    assert plan.counts["changed"] == 2 and plan.counts["unchanged"] == 1
    changed = {entry.number: [str(c) for c in entry.changes] for entry in plan.entries
               if entry.status == "changed"}  # fmt: skip
    assert changed == {
        "004513": ["roepnaam: Daan -> Daantje", "class: Groep 4 -> Groep 5"],
        "004512": ["guardian 1 phone: 0612345678 -> 0687654321"],
    }
    imp.apply_import(store, plan)
    assert classes_of(store, "004513") == [
        ("Groep 4", None, TODAY.isoformat()),
        ("Groep 5", TODAY.isoformat(), None),
    ]
    update = store.rows(
        "SELECT before, after FROM audit_log WHERE table_name = 'students' AND action = 'update'"
    )
    assert [(json.loads(u["before"]), json.loads(u["after"])) for u in update] == [
        ({"roepnaam": "Daan"}, {"roepnaam": "Daantje"})
    ]
    assert guardians_of(store, "004514")[0][0] == "Ilse"
    phone = store.rows("SELECT phone FROM guardians WHERE roepnaam = 'Ilse'")[0]["phone"]
    assert phone == "0687654321"
    before = dump(store)
    imp.apply_import(store, plan_for(store, path))
    assert dump(store) == before


def test_rows_that_disagree_about_a_guardian_leave_them_alone(
    store, school, tmp_path, students_csv
):
    imp.apply_import(store, plan_for(store, students_csv))
    rows = [list(row) for row in STUDENT_ROWS]
    rows[0][8] = "0687654321"  # row 2 says Ilse has a new phone; row 4 keeps the old one
    path = write_csv(tmp_path / "v2.csv", [STUDENT_HEADERS, *rows])
    plan = plan_for(store, path)
    assert [(w.code, w.row) for w in plan.warnings] == [("guardian_differs", 2)]
    assert "rows 2, 4" in plan.warnings[0].message
    assert not plan.has_work
    reversed_rows = [STUDENT_HEADERS, rows[2], rows[1], rows[0]]
    plan2 = plan_for(store, write_csv(tmp_path / "v3.csv", reversed_rows))
    assert not plan2.has_work  # the order of the rows does not matter


def test_a_guardian_on_record_is_found_by_email(store, records, school, students_csv):
    other = records.school("CBS Het Baken")
    sibling = records.student(other, number="1", achternaam="Meer")
    ilse = rec.add_guardian_for_student(
        store, sibling, rec.GuardianInput(roepnaam="Ilse", tussenvoegsel="van der",
                                          achternaam="Meer", email="ILSE@example.org"),
    )  # fmt: skip
    plan = plan_for(store, students_csv)
    imp.apply_import(store, plan)
    linked = store.rows("SELECT student_id FROM student_guardians WHERE guardian_id = ?", [ilse])
    assert len(linked) == 3  # the sibling at the other school and the two new students
    assert store.rows("SELECT count(*) AS n FROM guardians")[0]["n"] == 3
    assert "already on record" in str(plan.entries[0].changes[0])


def test_students_missing_from_the_file_are_listed_and_marked_left_only_when_asked(
    store, records, school, tmp_path, students_csv
):
    imp.apply_import(store, plan_for(store, students_csv))
    shorter = write_csv(tmp_path / "v2.csv", [STUDENT_HEADERS, *STUDENT_ROWS[:2]])
    plan = plan_for(store, shorter)
    assert [(m.number, m.name, m.class_name) for m in plan.missing] == [
        ("004514", "Sem Meer", "Groep 5")
    ]
    imp.apply_import(store, plan)
    assert students(store)["004514"]["left_date"] is None
    plan = plan_for(store, shorter)
    result = imp.apply_import(store, plan, mark_missing_left=date(2026, 11, 30))
    assert result.marked_left == 1
    assert students(store)["004514"]["left_date"] == "2026-11-30"
    assert classes_of(store, "004514") == [("Groep 5", None, "2026-11-30")]
    assert plan_for(store, shorter).missing == []  # left students are not missing


def test_a_leaving_date_before_enrolment_blocks_everything(store, records, school, tmp_path):
    records.student(school, number="9", enrolled_date=date(2026, 9, 1))
    path = write_csv(tmp_path / "a.csv", [STUDENT_HEADERS, *STUDENT_ROWS])
    plan = plan_for(store, path)
    before = dump(store)
    with pytest.raises(imp.ImportBlockedError) as caught:
        imp.apply_import(store, plan, mark_missing_left=date(2026, 8, 15))
    assert "cannot leave on 2026-08-15" in str(caught.value)
    assert dump(store) == before


def test_a_plan_made_before_a_change_it_depends_on_is_not_applied(
    store, records, school, students_csv
):
    """(tests/services/importing/test_stale_plans.py has the many kinds of writes.)"""
    plan = plan_for(store, students_csv)
    records.student(school, number="77")  # not in the file: no business of this import
    records.student(school, number="004513")  # a student the file has, added by hand
    before = dump(store)
    with pytest.raises(imp.StalePlanError) as caught:
        imp.apply_import(store, plan)
    assert dump(store) == before
    # Said as what happened, for the command line too (which makes its plan itself).
    assert str(caught.value) == (
        "records this import would add or change were changed meanwhile (on another"
        " computer, by another import or a scan); nothing was imported: run it again"
    )


def test_cancelling_saves_nothing(store, school, students_csv):
    plan = plan_for(store, students_csv)
    before = dump(store)
    steps = []

    def report(done, total, label):
        steps.append(label)

    with pytest.raises(Cancelled):
        imp.apply_import(store, plan, Progress(report, is_cancelled=lambda: "guardians" in steps))
    assert dump(store) == before
    assert "new students" in steps


def test_progress_is_reported_while_planning(store, school, students_csv):
    seen = []
    plan_for(store, students_csv, progress=Progress(lambda d, t, label: seen.append((d, t))))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_a_student_marked_left_but_in_the_file_is_a_warning(store, records, school, students_csv):
    records.student(school, number="004512", roepnaam="Zoë", achternaam="Meer",
                    birth_date=date(2019, 3, 14), left_date=date(2026, 10, 1))  # fmt: skip
    plan = plan_for(store, students_csv)
    assert [w.code for w in plan.warnings] == ["left_but_listed"]


def test_a_new_student_must_be_of_school_age(store, school, tmp_path):
    rows = [list(row) for row in STUDENT_ROWS]
    rows[0][4] = "14-03-1980"
    plan = plan_for(store, write_csv(tmp_path / "old.csv", [STUDENT_HEADERS, *rows]))
    assert [(e.code, e.row) for e in plan.errors] == [("age_out_of_range", 2)]


def test_full_names_and_placeholders(store, school, tmp_path):
    rows = [
        ["Leerlingnr", "Volledige naam", "Geboortedatum", "Groep/klas", "Naam ouder 1",
         "E-mail ouder 1", "Gezag ouder 1", "Relatie ouder 1"],
        ["1", "Saar van der Laan", "2018-11-02", "-", "Vries, Marieke de", "geen", "nee", "Moeder"],
    ]  # fmt: skip
    plan = plan_for(store, write_csv(tmp_path / "esis.csv", rows))
    imp.apply_import(store, plan)
    student = students(store)["1"]
    assert (student["roepnaam"], student["tussenvoegsel"], student["achternaam"]) == (
        "Saar", "van der", "Laan"
    )  # fmt: skip
    assert classes_of(store, "1") == []
    link = store.rows("SELECT g.*, l.relation, l.parental_authority FROM guardians g"
                      " JOIN student_guardians l ON l.guardian_id = g.id")[0]  # fmt: skip
    assert (link["roepnaam"], link["tussenvoegsel"], link["achternaam"], link["email"]) == (
        "Marieke", "de", "Vries", ""
    )  # fmt: skip
    assert (link["relation"], link["parental_authority"]) == ("moeder", 0)


def test_bad_guardian_details_are_warnings(store, school, tmp_path):
    rows = [list(row) for row in STUDENT_ROWS]
    rows[0][7] = "ilse-at-example"
    rows[1][6:9] = ["", "eva@example.org", ""]  # an address but no name
    plan = plan_for(store, write_csv(tmp_path / "g.csv", [STUDENT_HEADERS, *rows]))
    assert sorted((w.code, w.row) for w in plan.warnings) == [
        ("email_format", 2), ("guardian_without_name", 3)
    ]  # fmt: skip
    assert not plan.errors
    imp.apply_import(store, plan)
    assert guardians_of(store, "004512")[0][2] == ""
    assert guardians_of(store, "004513") == []


def test_numbers_stored_as_numbers_in_a_workbook_are_flagged(store, school, tmp_path):
    rows = [STUDENT_HEADERS[:6], [4512, "Zoë", "", "Meer", "14-03-2019", "Groep 3"]]
    plan = plan_for(store, write_xlsx(tmp_path / "n.xlsx", rows))
    assert any("leading zeros may have been lost" in n for n in plan.notices)


# -- school and school year ------------------------------------------------------------------


def test_the_school_must_be_chosen_when_there_are_several(store, records, school, students_csv):
    records.school("CBS Het Baken")
    table = imp.read_table(students_csv)
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.plan_import(store, "students", table, today=TODAY)
    assert caught.value.code == "school_needed"
    assert "CBS Het Baken" in str(caught.value)
    with pytest.raises(imp.ImportSetupError) as unknown:
        imp.plan_import(store, "students", table, school="De Lindeboom", today=TODAY)
    assert unknown.value.code == "school_unknown"
    plan = imp.plan_import(store, "students", table, school="obs  de linde", today=TODAY)
    assert plan.school_name == "OBS De Linde"
    assert plan.school_year == "2026-2027"  # the school year containing today


def test_a_bad_school_year(store, school, students_csv):
    with pytest.raises(imp.ImportSetupError) as caught:
        plan_for(store, students_csv, year="2026")
    assert caught.value.code == "school_year_format"


def test_edexml_students_and_teachers(store, records, school):
    records.school("CBS Het Baken")  # two schools: the BRIN code decides
    store.update("schools", school, {"brin": "00AA"})
    store.update("schools", school + 1, {"brin": "01BB"})
    found = imp.read_any(SAMPLE_EDEXML)
    plans = [
        imp.plan_import(store, kind, found.table_for(kind), today=TODAY)
        for kind in ("students", "employees")
    ]
    assert plans[0].school_name == "OBS De Linde" and plans[0].school_year == "2026-2027"
    assert any("Plusklas" in notice for notice in plans[0].notices)
    imp.apply_import(store, plans)
    assert set(students(store)) == {"5120", "5121", "05122"}
    assert classes_of(store, "05122") == [("Groep 5", None, None)]
    employees = store.rows("SELECT staff_number, function FROM employees ORDER BY id")
    # The function no longer lists the groups: the teachers are linked to the classes.
    assert [(e["staff_number"], e["function"]) for e in employees] == [
        ("LK001", "Leerkracht"),
        ("LK002", "Leerkracht"),
    ]
    taught = store.rows(
        """SELECT e.staff_number, c.name FROM class_teachers t
           JOIN employees e ON e.id = t.employee_id JOIN classes c ON c.id = t.class_id
           ORDER BY e.staff_number, c.name"""
    )
    assert [(row["staff_number"], row["name"]) for row in taught] == [
        ("LK001", "Groep 5"),
        ("LK002", "Groep 3/4"),
        ("LK002", "Groep 5"),
    ]
    before = dump(store)
    again = [
        imp.plan_import(store, k, found.table_for(k), today=TODAY)
        for k in ("students", "employees")
    ]
    assert not any(plan.has_work for plan in again)
    imp.apply_import(store, again)
    assert dump(store) == before


def test_edexml_school_year_and_brin_must_fit(store, school):
    store.update("schools", school, {"brin": "12XY"})
    table = imp.read_table(SAMPLE_EDEXML)
    with pytest.raises(imp.ImportSetupError) as brin:
        imp.plan_import(store, "students", table, today=TODAY)
    assert brin.value.code == "school_brin_unknown"
    with pytest.raises(imp.ImportSetupError) as year:
        imp.plan_import(store, "students", table, school=school, year="2025-2026", today=TODAY)
    assert year.value.code == "school_year_conflict"


def test_a_leaving_date_in_the_file(store, school, tmp_path):
    rows = [
        ["Leerlingnummer", "Roepnaam", "Achternaam", "Geboortedatum", "Groep", "Uitschrijfdatum"],
        ["1", "Jan", "Berg", "01-02-2018", "Groep 4", "15-12-2026"],
        ["2", "Piet", "Bos", "01-02-2018", "Groep 4", "15-06-2026"],  # left before this year
    ]
    path = write_csv(tmp_path / "uit.csv", rows)
    imp.apply_import(store, plan_for(store, path))
    assert students(store)["1"]["left_date"] == "2026-12-15"
    assert classes_of(store, "1") == [("Groep 4", None, "2026-12-15")]
    assert classes_of(store, "2") == []
    rows[1][5] = "18-12-2026"
    plan = plan_for(store, write_csv(tmp_path / "uit2.csv", rows))
    assert [str(c) for e in plan.entries for c in e.changes] == [
        "left_date: 2026-12-15 -> 2026-12-18"
    ]
    imp.apply_import(store, plan)
    assert students(store)["1"]["left_date"] == "2026-12-18"


def test_parental_authority_and_relation_from_the_file(store, school, tmp_path):
    headers = ["Leerlingnummer", "Roepnaam", "Achternaam", "Geboortedatum", "Naam ouder 1",
               "Gezag ouder 1", "Relatie ouder 1"]  # fmt: skip
    path = write_csv(
        tmp_path / "a.csv", [headers, ["1", "Jan", "Berg", "01-02-2018", "Els Berg", "", ""]]
    )
    imp.apply_import(store, plan_for(store, path))
    assert guardians_of(store, "1") == [("Els", "Berg", "", 1)]  # authority unless told otherwise
    path = write_csv(
        tmp_path / "b.csv",
        [headers, ["1", "Jan", "Berg", "01-02-2018", "Els Berg", "nee", "Voogd"]],
    )
    plan = plan_for(store, path)
    assert [str(c) for c in plan.entries[0].changes] == [
        "guardian 1 relation: (empty) -> voogd",
        "guardian 1 parental_authority: 1 -> 0",
    ]
    imp.apply_import(store, plan)
    assert guardians_of(store, "1") == [("Els", "Berg", "", 0)]
    link = store.rows("SELECT relation FROM student_guardians")[0]
    assert link["relation"] == "voogd"
