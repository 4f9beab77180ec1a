"""Recognising headers, guessing and saving column mappings."""

from __future__ import annotations

import json

import pytest

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services import importing as imp
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.importing.headers import guardian_column, item_column, item_words
from korre_desktop.services.importing.table import header_fingerprint, normalize_header
from tests.example_form import add_example_form
from tests.services.importing.conftest import STUDENT_HEADERS, STUDENT_ROWS, write_csv
from tests.services.importing.hr_files import (
    AFAS_HEADERS,
    AFAS_ROWS,
    RAET_PERSON_HEADERS,
    RAET_PERSONS,
)

EXPORTS = {
    "ParnasSys": (
        ["Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep",
         "Roepnaam verzorger 1", "Achternaam verzorger 1", "E-mail verzorger 1",
         "Mobiel verzorger 1", "Gezag verzorger 1"],
        {"number": 0, "roepnaam": 1, "tussenvoegsel": 2, "achternaam": 3, "birth_date": 4,
         "class": 5, "guardian1_roepnaam": 6, "guardian1_achternaam": 7, "guardian1_email": 8,
         "guardian1_phone": 9, "guardian1_authority": 10},
    ),
    "Magister": (
        ["Stamnr", "Roepnaam", "Tussenv.", "Achternaam", "Geb.datum", "Klas",
         "Naam ouder 1", "E-mailadres ouder 1", "Naam ouder 2", "E-mailadres verzorger 2"],
        {"number": 0, "roepnaam": 1, "tussenvoegsel": 2, "achternaam": 3, "birth_date": 4,
         "class": 5, "guardian1_name": 6, "guardian1_email": 7, "guardian2_name": 8,
         "guardian2_email": 9},
    ),
    "SOMtoday": (
        ["Leerling ID", "Voornamen", "Roepnaam", "Voorvoegsel", "Achternaam", "Geb. datum",
         "Stamgroep", "Jaargroep", "Ouder 1 e-mail", "Ouder 1 telefoon", "Relatie ouder 1"],
        {"number": 0, "voornamen": 1, "roepnaam": 2, "tussenvoegsel": 3, "achternaam": 4,
         "birth_date": 5, "class": 6, "guardian1_email": 8, "guardian1_phone": 9,
         "guardian1_relation": 10},
    ),
    "Esis": (
        ["Leerlingnr", "Volledige naam", "Geboortedatum", "Groep/klas", "Datum inschrijving",
         "Datum uitschrijving", "Naam ouder/verzorger 1", "Telefoon ouder/verzorger 1"],
        {"number": 0, "name": 1, "birth_date": 2, "class": 3, "enrolled_date": 4,
         "left_date": 5, "guardian1_name": 6, "guardian1_phone": 7},
    ),
}  # fmt: skip


@pytest.mark.parametrize("system", list(EXPORTS))
def test_student_exports_are_recognised(system):
    headers, expected = EXPORTS[system]
    mapping = imp.guess_mapping("students", headers)
    assert mapping.columns == expected
    assert mapping.is_confident
    assert mapping.missing_required() == []


def test_hr_export_is_recognised():
    headers = ["Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Functie",
               "Soort dienstverband", "Datum in dienst", "Datum uit dienst", "Werklocatie",
               "E-mailadres werk"]  # fmt: skip
    mapping = imp.guess_mapping("employees", headers)
    assert mapping.columns == {
        "number": 0, "roepnaam": 1, "tussenvoegsel": 2, "achternaam": 3, "function": 4,
        "employment": 5, "start_date": 6, "end_date": 7, "school": 8, "email": 9,
    }  # fmt: skip


def test_consent_template_headers_are_recognised_exactly():
    headers = ["nummer", "ondertekend_door", "rol", "datum", "notitie", *ALL_ITEM_CODES]
    mapping = imp.guess_mapping("consents", headers)
    assert mapping.columns == {name: index for index, name in enumerate(
        ["number", "signer", "role", "date", "note", *ALL_ITEM_CODES])}  # fmt: skip
    assert mapping.is_confident


@pytest.mark.parametrize(
    ("header", "code"),
    [("Foto website", "foto_website"), ("Video - schoolwebsite", "film_website"),
     ("Website foto's", "foto_website"), ("Geluid social media persoonlijk",
     "geluid_socialmedia_persoonlijk"), ("Foto sociale media (school)", "foto_socialmedia_school"),
     ("Film ouderapp", "film_ouderportaal"), ("Opmerking", None)],
)  # fmt: skip
def test_consent_item_headers(header, code):
    assert item_column(normalize_header(header)) == code


@pytest.mark.parametrize(
    ("header", "field"),
    [("Naam ouder 1", "guardian1_name"), ("E-mailadres verzorger 2", "guardian2_email"),
     ("Ouder 1 e-mail", "guardian1_email"), ("Gezag verzorger 1", "guardian1_authority"),
     ("Telefoon ouder/verzorger 2", "guardian2_phone"), ("Naam ouder", "guardian1_name"),
     ("Ouder2 Achternaam", "guardian2_achternaam"), ("Voogdij", None), ("Ouder 9 naam", None)],
)  # fmt: skip
def test_guardian_headers(header, field):
    assert guardian_column(normalize_header(header)) == field


def test_partial_matches_are_only_suggested_and_missing_fields_are_named():
    mapping = imp.guess_mapping("students", ["Nummer leerling", "Familienaam", "Geboortedag"])
    assert mapping.suggestions == {"number": 0}  # not used: the user must choose it
    assert "number" not in mapping.columns
    assert mapping.uncertain() == ["number"]
    assert mapping.missing_required() == ["number", "roepnaam or voornamen or name"]
    assert not mapping.is_confident
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.mapping.require_usable(mapping, ("Nummer leerling", "Familienaam", "Geboortedag"))
    assert 'column "Nummer leerling" looks like number but was not used' in str(caught.value)


def test_a_column_serves_one_field():
    mapping = imp.guess_mapping("students", ["Naam", "Naam"])
    assert list(mapping.columns.values()) == [0]


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert header_fingerprint(["Geb. datum", "Naam"]) == header_fingerprint(["geb.datum", " NAAM"])
    assert header_fingerprint(["a", "b"]) != header_fingerprint(["b", "a"])


def test_mapping_file_overrides_guesses(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"number": "Naam ouder 1", "class": None, "guardian1_name": 1}))
    mapping = imp.load_mapping_file(path, "students", tuple(STUDENT_HEADERS))
    assert mapping.columns["number"] == 6
    assert "class" not in mapping.columns
    assert mapping.columns["guardian1_name"] == 0  # column numbers count from 1
    assert mapping.columns["achternaam"] == 3  # still guessed
    assert mapping.origin == "file"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{", "not valid JSON"),
        ('{"nummer": "Stamnr"}', "unknown field 'nummer'"),
        ('{"number": "Stamnr"}', "column 'Stamnr' for number is not in the file"),
        ('{"number": 99}', "column 99"),
        ('{"kind": "employees", "columns": {}}', "for employees, not for students"),
        ("[1]", "JSON object"),
    ],
)
def test_bad_mapping_files(tmp_path, content, fragment):
    path = tmp_path / "m.json"
    path.write_text(content)
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.load_mapping_file(path, "students", tuple(STUDENT_HEADERS))
    assert fragment in str(caught.value)


def test_mapping_is_saved_per_source_and_found_again(store, tmp_path):
    table = imp.read_table(write_csv(tmp_path / "a.csv", [STUDENT_HEADERS, *STUDENT_ROWS]))
    assert imp.saved_mapping(store, "students", table.fingerprint, table.headers) is None
    mapping = imp.guess_mapping("students", table.headers)
    del mapping.columns["class"]
    assert imp.save_mapping(store, mapping, table) is True
    assert imp.save_mapping(store, mapping, table) is False  # unchanged: no second write
    found = imp.saved_mapping(store, "students", table.fingerprint, table.headers)
    assert found is not None and found.origin == "saved"
    assert found.columns == mapping.columns
    assert imp.saved_mapping(store, "employees", table.fingerprint, table.headers) is None
    assert imp.choose_mapping(store, "students", table).columns == mapping.columns
    audit = store.rows("SELECT action FROM audit_log WHERE table_name = 'import_mappings'")
    assert [row["action"] for row in audit] == ["insert"]


def test_incomplete_mapping_is_refused_with_the_columns_listed():
    mapping = imp.guess_mapping("students", ["Leerlingnummer", "Achternaam"])
    with pytest.raises(imp.ImportSetupError) as caught:
        imp.mapping.require_usable(mapping, ("Leerlingnummer", "Achternaam"))
    assert "roepnaam or voornamen or name" in str(caught.value)  # a date of birth is optional
    assert '"Achternaam"' in str(caught.value)


def test_brackets_and_underscores_in_headers_are_ignored():
    assert normalize_header("[Eigen naam]") == normalize_header("Eigen naam") == "eigennaam"
    assert normalize_header("Email_werk") == normalize_header("E-mail werk")


def test_afas_profit_headers_are_recognised():
    mapping = imp.guess_mapping("employees", AFAS_HEADERS, AFAS_ROWS)
    named = {name: AFAS_HEADERS[index] for name, index in mapping.columns.items()}
    assert named == {
        "number": "Medewerker", "roepnaam": "Roepnaam", "voornamen": "Voornaam",
        "voorletters": "Voorletters", "tussenvoegsel": "Voorvoegsel",
        "achternaam": "Geboortenaam", "partner_tussenvoegsel": "Voorvoegsel_partner",
        "partner_achternaam": "Geboortenaam_partner", "naamgebruik": "Naamgebruik_code",
        "name": "Naam", "email": "Email_werk", "start_date": "Begindatum_functie",
        "end_date": "Einddatum_functie", "function": "Functie_omschrijving",
        "employment": "Type_contract",
    }  # fmt: skip
    assert mapping.suggestions == {} and mapping.is_confident


def test_raet_headers_are_recognised():
    mapping = imp.guess_mapping("employees", RAET_PERSON_HEADERS, RAET_PERSONS)
    named = {name: RAET_PERSON_HEADERS[index] for name, index in mapping.columns.items()}
    assert named == {
        "number": "[Personeelsnummer]", "name": "[Volledige Naam]", "roepnaam": "[Roepnaam]",
        "voornamen": "[Voornaam]", "voorletters": "[Initialen]", "achternaam": "[Eigen naam]",
        "tussenvoegsel": "[Tussenvoegsel]", "naam_samenstelling": "[Naam samenstelling]",
        "partner_achternaam": "[Achternaam partner]",
        "partner_tussenvoegsel": "[Voorvoegsels partner]", "email": "[E-mail werk]",
    }  # fmt: skip
    # Only looks like the function: suggested, not used.
    assert mapping.suggestions == {"function": 16}
    assert RAET_PERSON_HEADERS[16] == "[Blokkeren opname functiemix]"


def test_voornaam_is_the_call_name_only_without_roepnaam():
    assert imp.guess_mapping("students", ["Voornaam", "Achternaam"]).columns == {
        "roepnaam": 0, "achternaam": 1
    }  # fmt: skip
    both = imp.guess_mapping("students", ["Voornaam", "Roepnaam", "Achternaam"])
    assert both.columns == {"roepnaam": 1, "voornamen": 0, "achternaam": 2}


@pytest.mark.parametrize(
    ("header", "code"),
    [("Foto klassenfoto", "foto_klassenfoto"), ("foto_pers", "foto_pers"),
     ("Film - Krant en lokale media", "film_pers"), ("Video pers", "film_pers"),
     ("Klassenfoto en schoolfotograaf (foto's)", "foto_klassenfoto"),
     ("Foto website", "foto_website"), ("Foto schoolreis", None)],
)  # fmt: skip
def test_item_headers_name_the_channels_of_the_versions(store, header, code):
    add_example_form(store)
    words = item_words(load_forms(store))
    assert item_column(normalize_header(header), words) == code


def test_without_the_versions_only_the_default_channels_are_known():
    assert item_column(normalize_header("Foto klassenfoto")) is None


def test_a_register_with_only_a_new_versions_items_has_its_item_columns(store, tmp_path):
    add_example_form(store)
    headers = ["Leerlingnummer", "Datum", "Foto klassenfoto"]
    table = imp.read_table(write_csv(tmp_path / "r.csv", [headers, ["1", "01-09-2027", "ja"]]))
    mapping = imp.choose_mapping(store, "consents", table)
    assert mapping.columns == {"number": 0, "date": 1, "foto_klassenfoto": 2}
    assert mapping.missing_required() == []
    assert imp.guess_mapping("consents", headers).missing_required() == ["an item column"]
    # A mapping file may name any item; one the current version does not ask is refused
    # when planning (item_not_on_form).
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps({"film_pers": "Foto klassenfoto"}), encoding="utf-8")
    chosen = imp.load_mapping_file(path, "consents", table.headers, table.rows)
    assert chosen.columns == {"number": 0, "date": 1, "film_pers": 2}
