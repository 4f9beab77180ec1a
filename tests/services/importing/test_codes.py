"""What the import reports carries besides its English: a code and the params to word it
(the GUI does, in Dutch): the column of a row's problem, notices and created items as
``Notice``s, and the values a failure is about."""

from __future__ import annotations

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services.importing.report import Notice
from tests.services.importing import edexml_samples as samples
from tests.services.importing.conftest import TODAY, YEAR, write_csv
from tests.services.importing.hr_files import write_raet_pair
from tests.services.importing.test_hostile_text import hostile_csv


def plans_for(store, path, kind="students"):
    found = imp.read_any(path)
    tables = [(kind, found)]
    if isinstance(found, imp.EdexFile):
        tables = [(kind, found.table_for(kind)), ("employees", found.teachers)]
    return [
        imp.plan_import(store, k, t, school="OBS De Linde", year=YEAR if k == "students" else None,
                        today=TODAY)
        for k, t in tables
    ]  # fmt: skip


def test_every_problem_of_a_mapped_field_names_its_column(store, records, tmp_path):
    records.school("OBS De Linde")
    [plan] = plans_for(store, hostile_csv(tmp_path / "vreemd.csv"))
    headers = plan.table.headers
    checked = 0
    for problem in plan.problems:
        column = plan.mapping.column(problem.field) if problem.field else None
        if column is not None:
            assert problem.params["column"] == headers[column], problem
            checked += 1
    assert checked >= 8
    by_code = {(p.row, p.code, p.field): p.params for p in plan.problems}
    assert by_code[(7, "hidden_characters", "roepnaam")] == {
        "chars": "U+200B", "now": "Daan", "column": "Roepnaam"
    }  # fmt: skip
    assert by_code[(4, "row_encoding", "")] == {"encoding": "cp1252", "file_encoding": "utf-8"}


def test_a_domain_problem_carries_its_params_and_column(store, records, tmp_path):
    records.school("OBS De Linde")
    rows = [["Leerlingnummer", "Roepnaam", "Achternaam", "Geb.datum", "E-mailadres ouder 1",
             "Naam ouder 1"],
            ["1", "Lot", "Bos", "31-02-2019", "ilse@", "Ilse Bos"],
            ["2", "", "", "01-02-2019", "", ""]]  # fmt: skip
    [plan] = plans_for(store, write_csv(tmp_path / "a.csv", rows))
    found = {(p.row, p.code): p.params for p in plan.problems}
    assert found[(2, "date_invalid")] == {"text": "31-02-2019", "column": "Geb.datum"}
    assert found[(2, "email_format")] == {"value": "ilse@", "column": "E-mailadres ouder 1"}
    assert found[(3, "required")]["column"] == "Achternaam"


def test_notices_and_created_items_are_notices_with_codes(store, records, tmp_path):
    records.school("OBS De Linde")  # BRIN 00AA, as the samples
    xml, _expected = samples.cito_lvs()
    plans = plans_for(store, samples.write(tmp_path / "cito.xml", xml))
    notices = [notice for plan in plans for notice in plan.notices]
    created = [item for plan in plans for item in plan.created]
    assert notices and created
    assert all(isinstance(n, Notice) and n.code for n in notices + created)
    left_out = next(n for n in notices if n.code == "left_out")
    assert left_out.params["whose"] == "students"
    assert ("bsn", 5) in left_out.params["kinds"] and ("postal_code", 24) in left_out.params[
        "kinds"
    ]
    assert str(left_out).startswith("left out of the students (not needed by the app): BSN (5)")
    assert created[0] == Notice("school year 2026-2027", "school_year")
    assert created[0].params == {"year": "2026-2027"}
    assert created[1].code == "class" and created[1].params["year"] == "2026-2027"


def test_an_appointments_files_notice_says_its_file(store, records, tmp_path):
    records.school("OBS De Linde")
    persons, appointments = write_raet_pair(tmp_path)
    table = imp.join_appointments(imp.read_table(persons), imp.read_table(appointments),
                                  today=TODAY)  # fmt: skip
    plan = imp.plan_import(store, "employees", table, today=TODAY)
    by_code = {notice.code: notice.params for notice in plan.notices}
    assert by_code["persons_without_appointments"] == {
        "count": 1, "appointments": "Aanstellingen.csv", "dossiers": ["5004"], "more": 0
    }  # fmt: skip
    assert by_code["employee_dossiers"] == {"number": "000779", "rows": "4", "row": 5,
                                            "noun": "row"}  # fmt: skip
    assert all(isinstance(warning.params.get("file", ""), str) for warning in plan.warnings)


@pytest.mark.parametrize(
    ("content", "code", "params"),
    [
        (b"", "empty", {}),
        (b"%PDF-1.4\n", "pdf", {}),
        (b"Nummer;Naam;Klas\r\n1;Lot;3\r\n2,Mees,4\r\n", "row_width",
         {"values": 1, "width": 3, "row_delimiter": ",", "delimiter": ";"}),
        (b"Nummer;Naam\r\n1;Lot\r\n2;Mees;4\r\n", "row_width",
         {"values": 3, "width": 2, "delimiter": ";", "unquoted": True}),
        (b"Nummer;Naam\r\n1;\xff\xfe\x00\r\n", "binary", {}),
    ],
)  # fmt: skip
def test_failures_carry_the_values_they_are_about(tmp_path, content, code, params):
    path = tmp_path / "bestand.csv"
    path.write_bytes(content)
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path)
    assert caught.value.code == code
    assert caught.value.params == params
