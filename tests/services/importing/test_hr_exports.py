"""HR exports of AFAS Profit and Visma|Raet HR Core Education import without a mapping
file: staff numbers, own and partner names, name use, functions, employment and dates."""

from __future__ import annotations

import json

import pytest

from korre_desktop.domain.people import person_name, sort_key
from korre_desktop.services import importing as imp
from korre_desktop.services.importing.dates import NO_DATES, is_open_end
from korre_desktop.services.importing.values import parse_employment
from tests.services.importing.conftest import TODAY, dump, write_csv
from tests.services.importing.hr_files import (
    AFAS_HEADERS,
    AFAS_ROWS,
    BIRTH,
    BSN,
    RAET_APPOINTMENT_HEADERS,
    RAET_APPOINTMENTS,
    RAET_PERSON_HEADERS,
    RAET_PERSONS,
    write_afas,
    write_raet,
    write_raet_pair,
)


def plan_for(store, table, mapping=None):
    return imp.plan_import(store, "employees", table, mapping, today=TODAY)


def employees(store) -> dict[str, dict]:
    return {row["staff_number"]: row for row in store.rows("SELECT * FROM employees")}


def summary(row: dict) -> tuple:
    return (
        person_name(row),
        row["function"],
        row["employment_type"],
        row["start_date"],
        row["end_date"],
    )


def raet_table(tmp_path, persons=None, appointments=None) -> imp.Table:
    persons_path, appointments_path = write_raet_pair(tmp_path, persons, appointments)
    return imp.join_appointments(
        imp.read_table(persons_path, "employees"),
        imp.read_table(appointments_path, "employees"),
        today=TODAY,
    )


# -- AFAS Profit -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "delimiter"), [("afas.csv", ";"), ("afas.csv", ","),
                                                 ("afas.xlsx", "")])  # fmt: skip
def test_afas_export_imports_without_a_mapping(store, records, tmp_path, name, delimiter):
    records.school("OBS De Linde")
    table = imp.read_table(write_afas(tmp_path / name, delimiter=delimiter), "employees")
    plan = plan_for(store, table)
    assert plan.problems == [] and plan.counts["new"] == 4
    assert plan.mapping.suggestions == {}
    imp.apply_import(store, plan)
    found = employees(store)
    assert sorted(found) == ["000123", "000125", "000126", "1234"]  # leading zeros kept
    assert summary(found["000123"]) == (
        "Karin Smit-van Dam", "Leerkracht", "permanent", "2015-08-01", None
    )  # fmt: skip
    assert summary(found["1234"]) == (
        "P. Jansen-de Boer", "Onderwijsassistent", "temporary", "2026-01-01", "2026-12-31"
    )  # fmt: skip
    assert summary(found["000125"])[1:3] == ("Invalleerkracht", "substitute")
    assert summary(found["000126"])[0:3] == ("Fleur van der Laan", "Stagiaire", "intern")
    petra = found["1234"]
    assert (petra["tussenvoegsel"], petra["achternaam"]) == ("de", "Boer")  # own surname
    assert (petra["partner_tussenvoegsel"], petra["partner_achternaam"]) == ("", "Jansen")
    assert petra["naamgebruik"] == "partner-eigen"
    assert found["000123"]["email"] == "k.smit@example.org"  # the work address
    # Sorted on the own surname: Amrani, Boer, Laan, Smit.
    order = sorted(found.values(), key=lambda r: sort_key(r["roepnaam"], "", r["achternaam"]))
    assert [r["staff_number"] for r in order] == ["000125", "1234", "000126", "000123"]
    # What the app does not need is stored nowhere (BSN, birth date, private e-mail, phone).
    stored = json.dumps(dump(store), default=str)
    for value in (BSN, "111222333", BIRTH, "karin@example.net", "0301234567"):
        assert value not in stored


def test_afas_employment_dates_beat_the_function_dates(store, tmp_path):
    headers = [*AFAS_HEADERS, "Datum_in_dienst", "Datum_uit_dienst"]
    rows = [[*AFAS_ROWS[0], "01-08-2009", ""], [*AFAS_ROWS[1], "01-01-2024", "31-07-2027"]]
    table = imp.read_table(write_afas(tmp_path / "afas.csv", rows, headers), "employees")
    mapping = imp.guess_mapping("employees", table.headers, table.rows)
    assert table.headers[mapping.columns["start_date"]] == "Datum_in_dienst"
    assert table.headers[mapping.columns["end_date"]] == "Datum_uit_dienst"
    imp.apply_import(store, plan_for(store, table))
    found = employees(store)
    assert (found["000123"]["start_date"], found["1234"]["end_date"]) == (
        "2009-08-01", "2027-07-31"
    )  # fmt: skip


def test_the_own_surname_beats_the_surname_in_use(store, tmp_path):
    headers = ["Medewerker", "Roepnaam", "Achternaam", "Voorvoegsel", "Geboortenaam",
               "Geboortenaam_partner", "Naamgebruik_code"]  # fmt: skip
    rows = [["000123", "Petra", "Jansen-de Boer", "de", "Boer", "Jansen", "1"]]
    table = imp.read_table(write_csv(tmp_path / "afas.csv", [headers, *rows]), "employees")
    mapping = imp.guess_mapping("employees", table.headers, table.rows)
    assert table.headers[mapping.columns["achternaam"]] == "Geboortenaam"
    imp.apply_import(store, plan_for(store, table))
    petra = employees(store)["000123"]
    assert (petra["tussenvoegsel"], petra["achternaam"], person_name(petra)) == (
        "de", "Boer", "Petra Jansen-de Boer"
    )  # fmt: skip


def test_medewerker_is_the_number_or_the_name_by_what_it_holds(store, tmp_path):
    afas = imp.guess_mapping("employees", ["Medewerker", "Naam"], [("000123", "Bos, I.")])
    assert afas.columns == {"number": 0, "name": 1}
    other = imp.guess_mapping(
        "employees", ["Personeelsnummer", "Medewerker"], [("7", "Ineke Bos"), ("8", "Bas Vliet")]
    )
    assert other.columns == {"number": 0, "name": 1}
    rows = [["Personeelsnummer", "Medewerker"], ["7", "Ineke Bos"]]
    table = imp.read_table(write_csv(tmp_path / "namen.csv", rows), "employees")
    imp.apply_import(store, plan_for(store, table))
    assert person_name(employees(store)["7"]) == "Ineke Bos"


def test_columns_the_app_does_not_need_never_become_a_field():
    unneeded = ["BSN", "Geboortedatum", "Geslacht", "Telefoonnr_werk", "Email_prive",
                "[Roostercode]", "[Geslacht omschrijving]", "[Huidige Medewerker Status]",
                "[Externe Medewerker]", "Organisatorische_eenheid", "Functie_code",
                "[Uren per week]", "[Kostenplaats]", "Adres", "Postcode"]  # fmt: skip
    mapping = imp.guess_mapping("employees", ["Personeelsnummer", "Naam", *unneeded])
    assert mapping.columns == {"number": 0, "name": 1}
    assert mapping.suggestions == {}


# -- weak guesses ------------------------------------------------------------------------------


def test_a_weak_guess_is_suggested_never_used(store, tmp_path):
    rows = [["Personeelsnummer", "Naam", "Blokkeren opname functiemix"], ["7", "Ineke Bos", "N"]]
    table = imp.read_table(write_csv(tmp_path / "raet.csv", rows), "employees")
    mapping = imp.choose_mapping(store, "employees", table)
    assert mapping.suggestions == {"function": 2}
    assert "function" not in mapping.columns and mapping.uncertain() == ["function"]
    plan = plan_for(store, table, mapping)
    assert any(
        'column "Blokkeren opname functiemix" looks like function but was not used; name it in'
        " --mapping FILE.json to use it" in line
        for line in imp.report_lines(plan)
    )
    imp.apply_import(store, plan)
    assert employees(store)["7"]["function"] == ""  # not "N"
    # The saved mapping is the one that was used: still without the weak column.
    saved = imp.saved_mapping(store, "employees", table.fingerprint, table.headers)
    assert saved is not None and "function" not in saved.columns


def test_a_mapping_file_takes_a_suggestion(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"function": "Functiemix"}))
    headers = ("Personeelsnummer", "Naam", "Functiemix")
    mapping = imp.load_mapping_file(path, "employees", headers)
    assert mapping.columns["function"] == 2 and mapping.suggestions == {}


# -- dates ---------------------------------------------------------------------------------


def test_zero_dates_are_no_date_and_far_end_dates_are_open_ended(store, tmp_path):
    rows = [["Personeelsnummer", "Naam", "Datum in dienst", "Datum uit dienst"],
            ["1", "Ineke Bos", "20150801", "00000000"],
            ["2", "Bas Vliet", "00000000", "99991231"],
            ["3", "Mo Amrani", "20260902", "99999999"],
            ["4", "Lot Bos", "20260101", "20261231"]]  # fmt: skip
    table = imp.read_table(write_csv(tmp_path / "dates.csv", rows), "employees")
    plan = plan_for(store, table)
    assert plan.problems == []
    imp.apply_import(store, plan)
    found = employees(store)
    assert [(found[n]["start_date"], found[n]["end_date"]) for n in "1234"] == [
        ("2015-08-01", None), (None, None), ("2026-09-02", None), ("2026-01-01", "2026-12-31")
    ]  # fmt: skip
    assert "00000000" in NO_DATES and is_open_end(" 99991231 ") and not is_open_end("20261231")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Onbepaalde tijd", "permanent"), ("Bepaalde tijd", "temporary"),
     ("Arbeidsovereenkomst voor onbepaalde tijd", "permanent"),
     ("Benoeming voor bepaalde tijd", "temporary"), ("Oproepkracht", "substitute"),
     ("Payroll", "temporary"), ("Detachering", "temporary"), ("Stage", "intern"),
     ("Vrijwilliger", "volunteer"), ("TMUV", "temporary"), ("Invalpool", "substitute")],
)  # fmt: skip
def test_employment_words_of_hr_systems(text, kind):
    assert parse_employment(text) == kind


# -- Visma|Raet HR Core Education ------------------------------------------------------------


def test_raet_persons_and_appointments_import(store, records, tmp_path):
    records.school("OBS De Linde")
    table = raet_table(tmp_path)
    assert table.headers[:4] == ("Functie", "Dienstverband", "Datum in dienst", "Datum uit dienst")
    plan = plan_for(store, table)
    assert plan.problems == [] and plan.mapping.suggestions == {}
    notices = "\n".join(plan.notices)
    assert "1 person(s) without appointments in Aanstellingen.csv (dossiers 5004)" in notices
    assert "1 appointment(s) in Aanstellingen.csv have no person" in notices
    assert "(dossiers 5999)" in notices
    assert "employee 000779 is in the file more than once with other dates (row 4)" in notices
    assert plan.counts["new"] == 5
    imp.apply_import(store, plan)
    found = employees(store)
    assert summary(found["000777"]) == (
        "Petra Jansen-de Boer", "Leerkracht", "permanent", "2015-08-01", None
    )  # fmt: skip
    assert summary(found["000778"]) == ("Kees 't Hooft", "Directeur", "permanent",
                                        "2010-01-01", None)  # fmt: skip
    assert summary(found["000779"]) == ("Sanne Visser", "Leerkracht", "permanent",
                                        "2020-08-01", None)  # fmt: skip
    assert summary(found["000780"]) == ("Dirk van Dijk", "", "unknown", None, None)
    assert summary(found["000781"]) == ("Elif Bakker", "Invalleerkracht", "substitute",
                                        "2026-01-01", "2026-12-31")  # fmt: skip
    assert found["000781"]["naamgebruik"] == "partner"
    assert (found["000777"]["achternaam"], found["000777"]["naamgebruik"]) == (
        "Boer", "partner-eigen"
    )  # fmt: skip
    assert found["000777"]["email"] == "p.jansen@example.org"
    stored = json.dumps(dump(store), default=str)
    assert "19800312" not in stored and "Vrouw" not in stored  # birth date, gender
    # The same two files again change nothing.
    before = dump(store)
    imp.apply_import(store, plan_for(store, raet_table(tmp_path)))
    assert dump(store) == before


def test_main_appointment_and_dates_of_several_appointments(tmp_path):
    table = raet_table(tmp_path)
    by_dossier = {row[4]: row[:4] for row in table.rows}
    # The main appointment gives the function; one open-ended appointment: no end date.
    assert by_dossier["5001"] == ("Leerkracht", "Onbepaalde tijd", "2015-08-01", "")
    appointments = [list(row) for row in RAET_APPOINTMENTS]
    appointments[0][11], appointments[1][11] = "N", "J"  # the second is the main one now
    appointments[0][3] = "20261231"  # and both end: the latest end counts
    table = raet_table(tmp_path, appointments=appointments)
    by_dossier = {row[4]: row[:4] for row in table.rows}
    assert by_dossier["5001"] == ("Intern begeleider", "Bepaalde tijd", "2015-08-01",
                                  "2027-07-31")  # fmt: skip


def test_a_person_who_left_keeps_the_dates_of_the_last_appointments(tmp_path):
    appointments = [["5001", "1", "20100801", "20180731", "LK", "Leerkracht", "A1", "01",
                     "Regulier", "01", "Onbepaalde tijd", "J", "32,00", "KP1"]]  # fmt: skip
    table = raet_table(tmp_path, [RAET_PERSONS[0]], appointments)
    assert table.rows[0][:4] == ("Leerkracht", "Onbepaalde tijd", "2010-08-01", "2018-07-31")


def test_a_bad_appointment_date_is_reported_on_the_persons_row(store, tmp_path):
    appointments = [list(RAET_APPOINTMENTS[2])]
    appointments[0][2] = "20101301"
    table = raet_table(tmp_path, [RAET_PERSONS[1]], appointments)
    plan = plan_for(store, table)
    assert [(p.code, p.row, p.field) for p in plan.errors] == [("date_invalid", 2, "start_date")]


def test_raet_persons_file_alone(store, tmp_path):
    path = write_raet(tmp_path / "Medewerker.csv", RAET_PERSON_HEADERS, RAET_PERSONS)
    table = imp.read_table(path, "employees")
    plan = plan_for(store, table)
    assert plan.errors == []
    assert plan.mapping.suggestions == {"function": 16}  # [Blokkeren opname functiemix]
    imp.apply_import(store, plan)
    assert employees(store)["000779"]["function"] == ""


def test_a_raet_name_with_a_stray_quote_imports(store, tmp_path):
    persons = [list(row) for row in RAET_PERSONS]
    persons[1][2], persons[1][7] = '"t Hooft, K.', '"t'
    table = raet_table(tmp_path, persons)
    plan = plan_for(store, table)
    assert plan.errors == [] and plan.counts["new"] == 5
    imp.apply_import(store, plan)
    kees = employees(store)["000778"]
    assert (kees["tussenvoegsel"], kees["achternaam"]) == ("'t", "Hooft")  # the Dutch apostrophe
    assert {p.code for p in plan.warnings} >= {"stray_quote", "name_apostrophe"}
    assert kees["function"] == "Directeur"
    assert person_name(employees(store)["000779"]) == "Sanne Visser"  # the next rows intact


def test_swapped_files_and_missing_join_columns_are_refused(tmp_path):
    persons_path, appointments_path = write_raet_pair(tmp_path)
    persons = imp.read_table(persons_path, "employees")
    appointments = imp.read_table(appointments_path, "employees")
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.join_appointments(appointments, persons, today=TODAY)
    assert caught.value.code == "hr_files_swapped"
    assert "Aanstellingen.csv holds the appointments and Medewerker.csv the persons" in str(
        caught.value
    )
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.join_appointments(persons, persons, today=TODAY)
    assert caught.value.code == "hr_not_appointments"
    no_key = write_raet(
        tmp_path / "p.csv", RAET_PERSON_HEADERS[1:], [row[1:] for row in RAET_PERSONS]
    )
    with pytest.raises(imp.ImportFileError) as caught:
        imp.join_appointments(imp.read_table(no_key), appointments, today=TODAY)
    assert caught.value.code == "join_column_missing"
    assert "p.csv has no [Dossiernummer] or [Dossiernummer_2] column" in str(caught.value)
    headers = [h for h in RAET_APPOINTMENT_HEADERS if h != "[Dossiernummer]"]
    no_key = write_raet(tmp_path / "a.csv", headers, [row[1:] for row in RAET_APPOINTMENTS])
    with pytest.raises(imp.ImportFileError) as caught:
        imp.join_appointments(persons, imp.read_table(no_key), today=TODAY)
    assert "a.csv has no [Dossiernummer] column" in str(caught.value)


def test_the_current_dossier_wins_only_when_the_dates_tell(store, tmp_path):
    headers = ["Personeelsnummer", "Roepnaam", "Achternaam", "Functie", "Datum in dienst",
               "Datum uit dienst"]  # fmt: skip
    rows = [["9", "Sanne", "Visser", "Onderwijsassistent", "01-08-2018", "31-07-2020"],
            ["9", "Sanne", "Visser", "Leerkracht", "01-08-2020", ""]]  # fmt: skip
    table = imp.read_table(write_csv(tmp_path / "two.csv", [headers, *rows]), "employees")
    plan = plan_for(store, table)
    assert plan.errors == [] and plan.entries[0].row == 3
    other = [*rows[1][:2], "de Vries", *rows[1][3:]]  # another person under the same number
    table = imp.read_table(write_csv(tmp_path / "bad.csv", [headers, rows[0], other]))
    plan = imp.plan_import(store, "employees", table, today=TODAY)
    assert [p.code for p in plan.errors] == ["duplicate_number", "duplicate_number"]
