"""Importing employees from HR exports and EDEXML teachers."""

from __future__ import annotations

import json

import pytest

from korre_desktop.services import importing as imp
from tests.services.importing.conftest import SAMPLE_EDEXML, TODAY, YEAR, dump, write_csv

HEADERS = ["Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Functie",
           "Soort dienstverband", "Datum in dienst", "Datum uit dienst", "Werklocatie",
           "E-mailadres werk"]  # fmt: skip
ROWS = [
    ["0100234", "Ineke", "", "Bos", "Leerkracht", "Vast", "01-08-2015", "", "OBS De Linde",
     "i.bos@example.org"],
    ["0100235", "Bas", "van", "Vliet", "Leerkracht", "Tijdelijk", "01-08-2026", "31-07-2027",
     "00AA", ""],
    ["0100236", "Mo", "", "Amrani", "Stagiair", "Stage", "02-09-26", "", "OBS De Linde", ""],
]  # fmt: skip


def plan_for(store, path, school=None):
    return imp.plan_import(store, "employees", imp.read_table(path, "employees"), school=school,
                           year=YEAR, today=TODAY)  # fmt: skip


def employees(store) -> dict[str, dict]:
    return {row["staff_number"]: row for row in store.rows("SELECT * FROM employees")}


def schools_of(store, number: str) -> list[str]:
    return [
        row["name"]
        for row in store.rows(
            """SELECT s.name FROM employee_schools l JOIN schools s ON s.id = l.school_id
               JOIN employees e ON e.id = l.employee_id WHERE e.staff_number = ?
               ORDER BY s.name""",
            [number],
        )
    ]


@pytest.fixture
def hr_csv(tmp_path):
    return write_csv(tmp_path / "hr.csv", [HEADERS, *ROWS])


def test_hr_export(store, records, hr_csv):
    records.school("OBS De Linde")  # BRIN 00AA
    plan = plan_for(store, hr_csv)
    assert plan.counts["new"] == 3 and not plan.problems
    imp.apply_import(store, plan)
    found = employees(store)
    assert (found["0100234"]["employment_type"], found["0100234"]["start_date"]) == (
        "permanent", "2015-08-01"
    )  # fmt: skip
    assert (found["0100235"]["employment_type"], found["0100235"]["end_date"]) == (
        "temporary", "2027-07-31"
    )  # fmt: skip
    assert (found["0100236"]["employment_type"], found["0100236"]["start_date"]) == (
        "intern", "2026-09-02"
    )  # fmt: skip
    assert schools_of(store, "0100235") == ["OBS De Linde"]  # found by BRIN
    before = dump(store)
    again = plan_for(store, hr_csv)
    assert again.counts["unchanged"] == 3
    imp.apply_import(store, again)
    assert dump(store) == before


def test_one_employee_at_two_schools_on_two_rows(store, records, tmp_path):
    records.school("OBS De Linde")
    records.school("CBS Het Baken")
    rows = [HEADERS, ROWS[0], [*ROWS[0][:8], "CBS Het Baken", ROWS[0][9]]]
    plan = plan_for(store, write_csv(tmp_path / "two.csv", rows))
    assert plan.counts["new"] == 1
    imp.apply_import(store, plan)
    assert schools_of(store, "0100234") == ["CBS Het Baken", "OBS De Linde"]


def test_the_same_number_with_other_details_is_an_error(store, records, tmp_path):
    records.school("OBS De Linde")
    rows = [HEADERS, ROWS[0], [*ROWS[0][:4], "Directeur", *ROWS[0][5:]]]
    plan = plan_for(store, write_csv(tmp_path / "dup.csv", rows))
    assert [(e.code, e.row) for e in plan.errors] == [
        ("duplicate_number", 2),
        ("duplicate_number", 3),
    ]
    assert plan.entries == []


def test_row_errors(store, records, tmp_path):
    records.school("OBS De Linde")
    rows = [
        HEADERS,
        [*ROWS[0][:8], "De Lindeboom", ""],
        [*ROWS[1][:5], "zzp", *ROWS[1][6:]],
        [*ROWS[2][:6], "01-08-2026", "31-07-2026", *ROWS[2][8:]],
    ]
    plan = plan_for(store, write_csv(tmp_path / "bad.csv", rows))
    assert [(e.code, e.row) for e in plan.errors] == [
        ("school_unknown", 2), ("unknown_choice", 3), ("date_order", 4)
    ]  # fmt: skip


def test_nothing_is_invented_for_what_the_file_lacks(store, records, tmp_path):
    school = records.school("OBS De Linde")
    rows = [["Personeelsnummer", "Naam", "E-mail"], ["7", "Anne de Boer", "anne@example.org"]]
    plan = plan_for(store, write_csv(tmp_path / "short.csv", rows), school=school)
    assert len(plan.notices) == 2
    assert "recorded as unknown" in plan.notices[0]
    imp.apply_import(store, plan)
    anne = employees(store)["7"]
    assert (anne["roepnaam"], anne["tussenvoegsel"], anne["achternaam"]) == ("Anne", "de", "Boer")
    assert (anne["employment_type"], anne["start_date"]) == ("unknown", None)
    assert schools_of(store, "7") == ["OBS De Linde"]
    # Without a start date she is on the lists, and never overdue for the protocol.
    from korre_desktop.domain.protocol import ProtocolStatus
    from korre_desktop.services.status import employee_statuses_on

    (status,) = employee_statuses_on(store, TODAY)
    assert status.start_unknown and status.protocol is ProtocolStatus.UNSIGNED


def test_an_end_date_column_is_the_hr_systems_word(store, records, hr_csv, tmp_path):
    records.school("OBS De Linde")
    imp.apply_import(store, plan_for(store, hr_csv))
    rows = [HEADERS, ROWS[0], [*ROWS[1][:7], "", *ROWS[1][8:]], ROWS[2]]  # contract extended
    plan = plan_for(store, write_csv(tmp_path / "v2.csv", rows))
    assert [str(c) for e in plan.entries for c in e.changes] == ["end_date: 2027-07-31 -> (empty)"]
    imp.apply_import(store, plan)
    assert employees(store)["0100235"]["end_date"] is None
    audit = store.rows(
        "SELECT before, after FROM audit_log WHERE table_name = 'employees' AND action = 'update'"
    )
    assert [json.loads(a["before"]) for a in audit] == [{"end_date": "2027-07-31"}]


def test_school_links_are_added_never_removed(store, records, hr_csv, tmp_path):
    records.school("OBS De Linde")
    other = records.school("CBS Het Baken")
    store.update("schools", other, {"brin": "01BB"})
    imp.apply_import(store, plan_for(store, hr_csv))
    rows = [HEADERS, [*ROWS[0][:8], "", ROWS[0][9]]]
    plan = plan_for(store, write_csv(tmp_path / "v2.csv", rows), school=other)
    assert [str(c) for c in plan.entries[0].changes] == ["school: (empty) -> CBS Het Baken"]
    imp.apply_import(store, plan)
    assert schools_of(store, "0100234") == ["CBS Het Baken", "OBS De Linde"]


def test_edexml_teachers_are_matched_by_email_and_keep_other_functions(store, records, hr_csv):
    school = records.school("OBS De Linde")
    imp.apply_import(store, plan_for(store, hr_csv))
    store.update("employees", employees(store)["0100234"]["id"], {"function": "Directeur"})
    table = imp.read_table(SAMPLE_EDEXML, "employees")
    plan = imp.plan_import(store, "employees", table, school=school, today=TODAY)
    assert any("LK001 Ineke Bos is 0100234 on record" in n for n in plan.notices)
    by_number = {entry.number: entry for entry in plan.entries}
    # A director who teaches stays director; the only change is the class they teach.
    assert [str(c) for c in by_number["0100234"].changes] == [
        "teacher of class: (empty) -> Groep 5"
    ]
    assert by_number["LK002"].status == "new"  # Bas has no e-mail address in the EDEXML
    imp.apply_import(store, plan)
    assert employees(store)["0100234"]["function"] == "Directeur"
    assert employees(store)["LK002"]["function"] == "Leerkracht"  # groups: class_teachers
