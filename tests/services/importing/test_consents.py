"""The consent register: its template, and importing a filled-in register."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services import importing as imp
from tests.example_form import NEW_ITEMS, add_example_form
from tests.services.importing.conftest import TODAY, dump, write_csv, write_xlsx

FIXED = ["nummer", "ondertekend_door", "rol", "datum", "notitie"]
ALL_YES = ["ja"] * len(ALL_ITEM_CODES)


@pytest.fixture
def people(records, school):
    zoe = records.student(school, number="004512", roepnaam="Zoë", achternaam="Meer",
                          birth_date=date(2019, 3, 14))  # fmt: skip
    ilse = records.guardian(zoe, name="Ilse")  # "Ilse Jansen"
    old = records.student(school, number="000077", roepnaam="Roos", achternaam="Smit",
                          birth_date=date(2009, 5, 1))  # fmt: skip
    anne = records.employee(number="100200", roepnaam="Anne", achternaam="Bakker")
    return {"zoe": zoe, "ilse": ilse, "roos": old, "anne": anne}


def plan_for(store, path, school=None):
    table = imp.read_table(path, "consents")
    return imp.plan_import(store, "consents", table, school=school, today=TODAY)


def statements(store) -> list[dict]:
    return store.rows("SELECT * FROM consent_statements ORDER BY id")


def test_template_has_the_columns_in_order(store, tmp_path):
    path = imp.write_consent_template(store, tmp_path / "register.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Toestemmingen", "Uitleg"]
    sheet = workbook["Toestemmingen"]
    header = [cell.value for cell in sheet[1]]
    assert header == [*FIXED, *ALL_ITEM_CODES]
    assert header[:5] == list(imp.TEMPLATE_COLUMNS)
    assert sheet.max_row == 1  # empty below the header
    lists = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert lists == {'"ouder,leerling,medewerker"', '"ja,nee"'}
    assert sheet.column_dimensions["A"].number_format == "@"
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_table(path, "consents")
    assert caught.value.code == "header_only"


def test_a_filled_template_is_imported_once(store, people, tmp_path):
    path = imp.write_consent_template(store, tmp_path / "register.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Toestemmingen"]
    sheet.append(["004512", "Ilse Jansen", "ouder", "14-09-2026", "", "nee", *ALL_YES[1:]])
    sheet.append(["004512", "Piet Meer", "ouder", date(2026, 9, 15), "tweede ouder", *ALL_YES])
    sheet.append(["100200", "", "medewerker", "01-09-2026", "", *ALL_YES])
    sheet.append(["000077", "Roos Smit", "leerling", "2026-10-01", "", "nee", "nee"])
    workbook.save(path)
    plan = plan_for(store, path)
    assert plan.counts["new"] == 4 and not plan.problems
    assert plan.created == ["guardian Piet Meer of Zoë Meer (004512), with parental authority"]
    imp.apply_import(store, plan)
    saved = statements(store)
    assert [(s["subject_kind"], s["signer_role"], s["signed_date"]) for s in saved] == [
        ("student", "guardian", "2026-09-14"),
        ("student", "guardian", "2026-09-15"),
        ("employee", "employee", "2026-09-01"),
        ("student", "student", "2026-10-01"),
    ]
    assert {s["source"] for s in saved} == {"import"}
    assert {s["evidence_sha256"] for s in saved} == {None}
    assert saved[0]["guardian_id"] == people["ilse"]
    assert json.loads(saved[0]["answers"])["foto_schoolgids"] is False
    roos = json.loads(saved[3]["answers"])
    assert roos["foto_schoolgids"] is False and roos["geluid_website"] is None  # empty: no answer
    assert saved[1]["note"] == "tweede ouder"
    piet = store.rows(
        """SELECT g.roepnaam, g.achternaam, l.parental_authority FROM guardians g
           JOIN student_guardians l ON l.guardian_id = g.id WHERE g.id = ?""",
        [saved[1]["guardian_id"]],
    )
    assert piet == [{"roepnaam": "Piet", "achternaam": "Meer", "parental_authority": 1}]
    before = dump(store)
    again = plan_for(store, path)
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 4, "errors": 0, "warnings": 0,
                            "missing": 0}  # fmt: skip
    imp.apply_import(store, again)
    assert dump(store) == before


def test_a_statement_entered_by_hand_is_not_added_again(store, records, people, tmp_path):
    answers = dict.fromkeys(ALL_ITEM_CODES, True)
    records.statement(
        "student", people["zoe"], date(2026, 9, 14), answers, guardian_id=people["ilse"]
    )
    row = ["004512", "Ilse", "ouder", "14-09-2026", "", *ALL_YES]
    path = write_csv(tmp_path / "r.csv", [[*FIXED, *ALL_ITEM_CODES], row])
    plan = plan_for(store, path)
    assert plan.counts["unchanged"] == 1 and plan.counts["new"] == 0


def test_identical_rows_in_one_register_give_one_statement(store, people, tmp_path):
    row = ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", *ALL_YES]
    path = write_csv(tmp_path / "r.csv", [[*FIXED, *ALL_ITEM_CODES], row, row])
    plan = plan_for(store, path)
    assert plan.counts["new"] == 1 and plan.counts["unchanged"] == 1
    assert [(w.code, w.row) for w in plan.warnings] == [("duplicate_row", 3)]


def test_a_register_with_its_own_headers_covers_only_its_items(store, people, tmp_path):
    rows = [
        ["Leerlingnummer", "Ondertekend door", "Datum ondertekening", "Foto website",
         "Video - schoolwebsite", "Opmerking"],
        ["004512", "I. Jansen", "14-9-2026", "x", "nee", "per mail"],
        ["100200", "", "1-9-2026", "ja", "ja", ""],
    ]  # fmt: skip
    plan = plan_for(store, write_xlsx(tmp_path / "eigen.xlsx", rows))
    assert plan.mapping.columns["film_website"] == 4
    assert not plan.problems, plan.problems
    imp.apply_import(store, plan)
    saved = statements(store)
    assert json.loads(saved[0]["answers"]) == {"foto_website": True, "film_website": False}
    assert saved[0]["guardian_id"] == people["ilse"]  # the role follows from the signer
    assert saved[0]["note"] == "per mail"
    assert saved[1]["subject_kind"] == "employee"  # a staff number: an employee


@pytest.mark.parametrize(
    ("row", "code"),
    [
        (["004512", "Ilse Jansen", "ouder", "01-01-2027"], "date_in_future"),
        (["004512", "Ilse Jansen", "ouder", "01-01-2019"], "date_before_birth"),
        (["999999", "Ilse Jansen", "ouder", "14-09-2026"], "not_found"),
        (["004512", "", "ouder", "14-09-2026"], "required"),
        (["004512", "Ilse Jansen", "oma", "14-09-2026"], "unknown_role"),
        (["004512", "Onbekend Iemand", "", "14-09-2026"], "role_needed"),
        (["000077", "Zoë Meer", "leerling", "14-09-2026"], "wrong_signer"),
        (["004512", "Ilse Jansen", "ouder", "31-09-2026"], "date_invalid"),
        (["004512", "Ilse Jansen", "ouder", ""], "required"),
    ],
)
def test_rows_in_error(store, people, tmp_path, row, code):
    path = write_csv(tmp_path / "r.csv", [[*FIXED, *ALL_ITEM_CODES], [*row, "", *ALL_YES]])
    plan = plan_for(store, path)
    assert [(e.code, e.row) for e in plan.errors] == [(code, 2)]


def test_answers_must_be_ja_or_nee_and_there_must_be_one(store, people, tmp_path):
    rows = [
        [*FIXED, "foto_website", "film_website"],
        ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", "misschien", ""],
        ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", "", ""],
    ]
    plan = plan_for(store, write_csv(tmp_path / "r.csv", rows))
    assert [(e.code, e.row) for e in plan.errors] == [("not_yes_no", 2), ("no_answers", 3)]


def test_a_number_at_two_schools_needs_the_school(store, records, people, tmp_path):
    other = records.school("CBS Het Baken")
    records.student(other, number="004512", roepnaam="Bram", achternaam="Bos")
    rows = [[*FIXED, "foto_website"], ["004512", "", "leerling", "14-09-2026", "", "nee"]]
    path = write_csv(tmp_path / "r.csv", rows)
    assert [e.code for e in plan_for(store, path).errors] == ["ambiguous"]
    plan = plan_for(store, path, school="CBS Het Baken")
    assert plan.counts["new"] == 1 and plan.entries[0].name.startswith("Bram Bos")
    with_column = [[*FIXED, "school", "foto_website"],
                   ["004512", "", "leerling", "14-09-2026", "", "OBS De Linde", "nee"]]  # fmt: skip
    plan = plan_for(store, write_csv(tmp_path / "s.csv", with_column))
    assert plan.entries[0].name.startswith("Zoë Meer")


def test_a_guardian_without_parental_authority_is_a_warning(store, records, people, tmp_path):
    records.guardian(people["zoe"], authority=False, name="Kees")
    rows = [[*FIXED, "foto_website"], ["004512", "Kees Jansen", "ouder", "14-09-2026", "", "ja"]]
    plan = plan_for(store, write_csv(tmp_path / "r.csv", rows))
    assert [w.code for w in plan.warnings] == ["no_authority"]
    assert plan.counts["new"] == 1


def test_imported_consent_counts_in_the_status(store, people, tmp_path):
    from korre_desktop.domain.consent import ConsentStatus
    from korre_desktop.services.status import employee_statuses_on

    rows = [
        [*FIXED, *ALL_ITEM_CODES],
        ["100200", "Anne Bakker", "medewerker", "01-09-2026", "", *ALL_YES],
    ]
    imp.apply_import(store, plan_for(store, write_csv(tmp_path / "r.csv", rows)))
    anne = next(p for p in employee_statuses_on(store, TODAY) if p.number == "100200")
    assert anne.consent["foto_website"] == ConsentStatus.GRANTED


def test_an_item_not_on_the_form_is_refused(store, people, tmp_path):
    version = store.insert(
        "consent_form_versions",
        {"label": "Kort", "effective_date": "2026-09-01", "created_at": "x"},
    )
    store.insert(
        "consent_form_items", {"form_version_id": version, "code": "foto_website", "position": 0}
    )
    rows = [
        [*FIXED, "foto_website", "film_website"],
        ["004512", "Ilse", "ouder", "14-09-2026", "", "ja", "ja"],
    ]
    with pytest.raises(imp.ImportSetupError) as caught:
        plan_for(store, write_csv(tmp_path / "r.csv", rows))
    assert caught.value.code == "item_not_on_form"


# -- the school's own consent form version ------------------------------------------------------


def test_the_template_follows_the_version_in_force(store, tmp_path):
    add_example_form(store, date(2026, 9, 1))
    path = imp.write_consent_template(store, tmp_path / "register.xlsx", on=TODAY)
    workbook = load_workbook(path)
    sheet = workbook["Toestemmingen"]
    assert [cell.value for cell in sheet[1]] == [*FIXED, *NEW_ITEMS]
    answers = next(dv for dv in sheet.data_validations.dataValidation if dv.formula1 == '"ja,nee"')
    assert str(answers.sqref) == "F2:H2000"
    explained = [row[0] for row in workbook["Uitleg"].iter_rows(values_only=True)]
    assert "foto_klassenfoto: foto, Klassenfoto en schoolfotograaf" in explained
    assert "film_pers: film, Krant en lokale media" in explained
    # Before the new version is in force the template has the default items.
    assert imp.template_columns(store, date(2026, 8, 15)) == [*FIXED, *ALL_ITEM_CODES]


def test_a_register_on_the_schools_own_version_is_imported(store, people, tmp_path):
    form = add_example_form(store, date(2026, 9, 1))
    rows = [
        [*FIXED, "Foto klassenfoto", "foto_pers", "Film - Krant en lokale media"],
        ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", "ja", "nee", ""],
    ]
    plan = plan_for(store, write_csv(tmp_path / "r.csv", rows))
    assert {name: plan.mapping.columns[name] for name in NEW_ITEMS} == {
        "foto_klassenfoto": 5, "foto_pers": 6, "film_pers": 7,
    }  # fmt: skip
    assert plan.mapping.is_confident
    assert plan.counts["new"] == 1 and not plan.problems
    imp.apply_import(store, plan)
    (saved,) = statements(store)
    assert saved["form_version_id"] == form.id
    assert json.loads(saved["answers"]) == {
        "foto_klassenfoto": True, "foto_pers": False, "film_pers": None,
    }  # fmt: skip


def test_a_default_item_not_on_the_current_version_is_refused(store, people, tmp_path):
    add_example_form(store, date(2026, 9, 1))
    rows = [
        [*FIXED, "Foto website", "foto_pers"],
        ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", "ja", "ja"],
    ]
    before = dump(store)
    with pytest.raises(imp.ImportSetupError) as caught:
        plan_for(store, write_csv(tmp_path / "r.csv", rows))
    assert caught.value.code == "item_not_on_form"
    assert caught.value.params["items"] == ["foto_website"]
    assert dump(store) == before
