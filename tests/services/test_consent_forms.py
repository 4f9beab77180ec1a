"""The school's own consent form versions: channels, items, validity and texts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_form import Channel, FormTexts, Validity, ValidityKind
from korre_desktop.services import consent_forms as cf
from korre_desktop.services.status import employee_statuses_on, load_settings
from tests.engines import REFUSED_BY_DATABASE
from tests.services.importing.conftest import dump

EXAMPLE = {
    "label": "2027 klassenfoto en pers",
    "effective_date": "2027-08-01",
    "channels": [
        {"code": "klassenfoto", "label": "Klassenfoto en schoolfotograaf",
         "explanation": "De jaarlijkse klassenfoto door de schoolfotograaf."},
        {"code": "pers", "label": "Krant en lokale media",
         "explanation": "Een foto of filmpje bij een bericht over de school."},
    ],
    "media": ["foto", "film"],
    "items": ["foto_klassenfoto", "foto_pers", "film_pers"],
    "validity": "school_year",
    "texts": {"intro": "Wij vragen uw toestemming.", "contact": "Mevr. Jansen, 030-1234567",
              "student": {"intro": "Wij vragen jouw toestemming."}},
}  # fmt: skip


def write(tmp_path, value, name="form.json"):
    path = tmp_path / name
    path.write_text(json.dumps(value) if not isinstance(value, str) else value, encoding="utf-8")
    return path


def test_a_version_from_a_file_with_its_own_channels_validity_and_texts(store, tmp_path):
    form_id = cf.add_form(store, cf.read_definition_file(write(tmp_path, EXAMPLE)))
    (new, default) = cf.load_forms(store)
    assert new.id == form_id and default.label == "Standaard"
    assert new.items == ("foto_klassenfoto", "foto_pers", "film_pers")
    assert new.media == ("foto", "film") and not new.asks("film", "klassenfoto")
    assert new.channel_label("pers") == "Krant en lokale media"
    assert new.validity == Validity(ValidityKind.SCHOOL_YEAR)
    assert new.texts.intro == "Wij vragen uw toestemming."
    assert new.texts.withdraw == default.texts.withdraw  # left out: the current version's
    assert new.student_texts.intro == "Wij vragen jouw toestemming."
    assert cf.form_for(store, date(2027, 7, 31)).id == default.id
    assert cf.form_for(store, date(2027, 8, 1)).id == form_id
    tables = [row["table_name"] for row in store.rows("SELECT table_name FROM audit_log")]
    assert {"consent_form_versions", "consent_form_channels", "consent_form_items"} <= set(tables)


def test_items_default_to_every_medium_on_every_channel(store, tmp_path):
    value = {key: v for key, v in EXAMPLE.items() if key != "items"}
    form_id = cf.add_form(store, cf.read_definition_file(write(tmp_path, value)))
    (new,) = [f for f in cf.load_forms(store) if f.id == form_id]
    assert new.items == ("foto_klassenfoto", "foto_pers", "film_klassenfoto", "film_pers")


def test_validity_defaults_to_the_setting(store, tmp_path):
    store.set_setting("default_validity", {"years": 2})
    value = {key: v for key, v in EXAMPLE.items() if key != "validity"}
    cf.add_form(store, cf.read_definition_file(write(tmp_path, value)))
    assert cf.load_forms(store)[0].validity == Validity(ValidityKind.YEARS, 2)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"media": ["foto", "video"]}, "unknown_medium"),
        ({"channels": EXAMPLE["channels"] * 2}, "duplicate_channel"),
        ({"channels": [{"code": "Pers-2", "label": "Pers"}]}, "channel_code_format"),
        ({"effective_date": "2027-02-31"}, "date_invalid"),
        ({"effective_date": "01-08-2027"}, "date_format"),
        ({"items": ["film_klassenfoto", "geluid_pers"]}, "item_not_defined"),
        ({"validity": {"years": 0}}, "validity_format"),
        ({"kleur": "rood"}, "unknown_key"),
        ({"label": "Standaard"}, "label_taken"),
    ],
)
def test_a_bad_file_gets_one_clear_problem_and_changes_nothing(store, tmp_path, change, code):
    before = dump(store)
    with pytest.raises(cf.ConsentFormError) as caught:
        cf.add_form(store, cf.read_definition_file(write(tmp_path, {**EXAMPLE, **change})))
    assert caught.value.code == code
    assert "\n" not in str(caught.value)
    assert dump(store) == before


@pytest.mark.parametrize(
    ("content", "code"), [("{not json", "json_invalid"), ("[1, 2]", "not_an_object")]
)
def test_a_file_that_is_not_a_definition(store, tmp_path, content, code):
    with pytest.raises(cf.ConsentFormError) as caught:
        cf.read_definition_file(write(tmp_path, content))
    assert caught.value.code == code
    with pytest.raises(cf.ConsentFormError) as caught:
        cf.read_definition_file(tmp_path / "missing.json")
    assert caught.value.code == "file_not_found"


def test_a_version_in_use_is_fixed_and_a_copy_follows_it(store, records, answers_all):
    default = cf.load_forms(store)[0]
    assert cf.set_effective_date(store, default.id, date(2026, 1, 1))  # not in use yet
    employee = records.employee()
    records.statement("employee", employee, date(2026, 9, 1), answers_all(True))
    assert cf.in_use(store, default.id)
    with pytest.raises(cf.ConsentFormError) as caught:
        cf.set_effective_date(store, default.id, date(2026, 2, 1))
    assert caught.value.code == "version_in_use"
    with pytest.raises(REFUSED_BY_DATABASE):  # the database refuses it too
        store.insert(
            "consent_form_items",
            {"form_version_id": default.id, "code": "foto_pers", "position": 99},
        )
    copy = cf.copy_of(cf.load_forms(store)[0], "2027", date(2027, 8, 1))
    copy = cf.FormDefinition(
        **{**copy.__dict__, "channels": (*copy.channels, Channel("pers", "Pers"))}
    )
    new_id = cf.add_form(store, copy)
    assert cf.load_forms(store)[0].id == new_id and len(cf.load_forms(store)[0].channels) == 7


def test_statuses_follow_each_statements_version(store, records, answers_all, tmp_path):
    """An old statement keeps its own validity; the new version's items are in force from
    its date, and an item a statement was not asked is missing for it."""
    employee = records.employee()
    records.statement("employee", employee, date(2026, 9, 1), answers_all(True))  # Standaard
    form_id = cf.add_form(store, cf.read_definition_file(write(tmp_path, EXAMPLE)))
    records.statement(
        "employee", employee, date(2027, 9, 1), {"foto_klassenfoto": True, "foto_pers": False},
        form_id=form_id,
    )  # fmt: skip
    on = date(2027, 10, 1)
    settings = load_settings(store, on)
    assert settings.item_codes[:3] == ("foto_klassenfoto", "foto_pers", "film_pers")
    assert "foto_website" in settings.item_codes  # the older version is in force too
    (person,) = employee_statuses_on(store, on, settings=settings)
    assert person.consent["foto_klassenfoto"] is ConsentStatus.GRANTED
    assert person.consent["foto_pers"] is ConsentStatus.REFUSED
    assert person.consent["film_pers"] is ConsentStatus.MISSING  # not answered
    assert person.consent["foto_website"] is ConsentStatus.GRANTED  # until withdrawn
    (later,) = employee_statuses_on(store, date(2028, 8, 1))
    assert later.consent["foto_klassenfoto"] is ConsentStatus.EXPIRED  # one school year
    assert later.consent["foto_website"] is ConsentStatus.GRANTED
    assert load_settings(store, date(2026, 10, 1)).item_codes[0] == "foto_schoolgids"
    assert settings.channel_labels["pers"] == "Krant en lokale media"
    assert FormTexts().intro == ""
