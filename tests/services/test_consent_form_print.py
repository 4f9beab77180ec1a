"""The printed consent form follows its version: channels, media per channel, texts and
validity, "je" for a student of 16+; one page when it fits, else two coded pages; and a
sample for the version editor that stores nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from korre_desktop.domain.consent_form import Channel, FormTexts, Validity, ValidityKind
from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.services import forms
from korre_desktop.services.consent_forms import FormDefinition, add_form, load_forms
from korre_desktop.services.forms import FormsError, Selection, print_forms, sample_form_pdf
from korre_desktop.services.pdf.consent_wording import (
    EMPLOYEE,
    GUARDIAN,
    STUDENT,
    form_channels,
    validity_sentence,
    wording,
)
from tests.services.form_versions import (
    CONTACT,
    PRESS_STUDENT_TEXTS,
    PRESS_TEXTS,
    press_version,
    ten_channel_version,
)
from tests.services.test_forms_pdf import pixel, read_pdf

DAY = date(2026, 11, 24)
U_WORDS = (" u ", " uw ", "U ", "Uw ")


@pytest.fixture
def people(store, records) -> dict[str, int]:
    """A class with a young student (one guardian) and one of 16; an employee."""
    school = records.school("OBS De Linde")
    groep = records.klass(school, 2026, "Groep 8")
    ids = {
        "young": records.student(
            school, number="001", roepnaam="Zoë", achternaam="Meer", birth_date=date(2015, 3, 1)
        ),
        "older": records.student(
            school, number="002", roepnaam="Daan", achternaam="Visser", birth_date=date(2010, 5, 1)
        ),
    }
    records.guardian(ids["young"], name="Ilse")
    for student in ids.values():
        records.enrol(student, groep)
    ids["employee"] = records.employee(number="100", roepnaam="Anne", school_ids=(school,))
    return ids


def _print(store, tmp_path, selection=None, on=DAY, name="forms.pdf"):
    target = tmp_path / name
    result = print_forms(store, "consent", selection or Selection.of_class("Groep 8"), on, target)
    return result, read_pdf(target)


def _layout(store, version: int) -> dict:
    return json.loads(store.forms.template("consent", version)["layout"])


def test_a_version_with_a_class_photo_and_the_press_prints_its_own_grid_and_texts(
    store, people, tmp_path
):
    form_id = press_version(store)
    result, pages = _print(store, tmp_path)
    assert (result.forms, result.pages) == (2, 2)  # one page each
    guardian, student = sorted(pages, key=lambda p: "Daan Visser (leerling)" in p.text)
    for page in pages:
        payload = decode_payload(page.payload)
        assert payload.page == 1
        instance = store.forms.instance(payload.code)
        assert instance["consent_form_version_id"] == form_id and instance["pages"] == 1
        for words in (
            "Toestemming voor foto en film",
            "Formulier 2026 pers",
            "Klassenfoto en schoolfotograaf",
            "De jaarlijkse klassenfoto en portretfoto door de schoolfotograaf.",
            "Krant en lokale media",
            "Foto",
            "Film",
            "Een leeg of onduidelijk ingevuld vakje telt als nee.",
            CONTACT,
        ):
            assert words in page.text, words
        assert "Geluid" not in page.text and "Schoolgids" not in page.text
    # To the parent "u", to the student of 16 "je", everywhere on the form.
    for text in (PRESS_TEXTS.intro, PRESS_TEXTS.no_consent_needed, PRESS_TEXTS.withdraw):
        assert text in guardian.text
    assert (
        "Deze toestemming geldt voor het schooljaar waarin u tekent (tot 1 augustus)."
        in guardian.text
    )
    for text in (PRESS_STUDENT_TEXTS.intro, PRESS_STUDENT_TEXTS.withdraw):
        assert text in student.text
    assert (
        "Deze toestemming geldt voor het schooljaar waarin je tekent (tot 1 augustus)."
        in student.text
    )
    for word in U_WORDS:
        assert word not in student.text, word
    # Film is not asked about the class photo: a grey cell with a dash, no boxes.
    layout = _layout(store, result.template_version)
    (spec,) = layout["pages"]
    assert set(spec["items"]) == {"foto_klassenfoto", "foto_pers", "film_pers"}
    assert spec["grid"]["media"] == ["foto", "film"]
    assert spec["grid"]["channels"] == ["klassenfoto", "pers"]
    grid = spec["grid"]
    film_left = grid["x"] + grid["label_w"] + grid["group_w"]
    row_top = grid["y"] + grid["head_h"]
    row_h = grid["row_heights"][0]
    for answer in ("yes", "no"):  # where the boxes would be: grey, no box line
        box = spec["items"]["foto_pers"][answer]
        x = film_left + (box["x"] - (grid["x"] + grid["label_w"]))
        assert 200 < pixel(guardian, x + 0.5, row_top + row_h / 2) < 250
    dash = [
        pixel(guardian, film_left + grid["group_w"] / 2, row_top + row_h / 2 + d / 10)
        for d in range(-15, 16)
    ]
    assert min(dash) < 110  # the dash


def test_the_cut_off_and_years_are_printed_as_the_version_says(store, people, tmp_path):
    store.set_setting("school_year_cutoff", "09-01")
    press_version(store)
    _result, pages = _print(store, tmp_path)
    assert any("(tot 1 september)" in page.text for page in pages)
    ten_channel_version(store, effective=date(2026, 11, 1))
    _result, pages = _print(store, tmp_path, name="ten.pdf")
    assert any("Deze toestemming geldt 3 jaar vanaf de dag dat u tekent." in p.text for p in pages)
    assert any("Deze toestemming geldt 3 jaar vanaf de dag dat je tekent." in p.text for p in pages)


def test_the_version_in_effect_on_the_print_date_is_printed(store, people, tmp_path):
    form_id = press_version(store, effective=date(2027, 1, 1))
    before, pages = _print(store, tmp_path, on=date(2026, 12, 31), name="before.pdf")
    assert "Formulier Standaard" in pages[0].text and "Geluid" in pages[0].text
    after, pages = _print(store, tmp_path, on=date(2027, 1, 4), name="after.pdf")
    assert "Formulier 2026 pers" in pages[0].text
    assert store.forms.instance(after.codes[0])["consent_form_version_id"] == form_id
    assert before.template_version != after.template_version  # each its own layout


def test_ten_channels_with_long_texts_go_to_two_coded_pages(store, people, tmp_path):
    ten_channel_version(store)
    result, pages = _print(store, tmp_path)
    assert (result.forms, result.pages) == (2, 4)
    layout = _layout(store, result.template_version)
    info, answer = layout["pages"]
    assert "items" not in info and set(info["fields"]) == {"person_name"}
    assert len(answer["items"]) == 30
    assert {"signature", "signer_name", "place", "date"} <= set(answer["fields"])
    for number, page in enumerate(pages):
        payload = decode_payload(page.payload)
        assert payload.page == number % 2 + 1  # each page its own code: blad 1, blad 2
        assert store.forms.instance(payload.code)["pages"] == 2
        assert f"blad {payload.page} van 2" in page.text
    first, second = pages[0].text, pages[1].text
    assert decode_payload(pages[0].payload).code == decode_payload(pages[1].payload).code
    assert "Uitleg bij lesopnamen voor de lerarenopleiding" in first  # channels explained
    assert "Waar de school beeld en geluid gebruikt" in first
    assert "Blad 2 graag ingevuld en ondertekend" in first
    assert "Lees eerst de uitleg op blad 1." in second
    assert "Opnamen voor wetenschappelijk onderzoek" in second
    assert "Handtekening:" in second and "Handtekening:" not in first


def test_an_employee_form_speaks_to_the_employee(store, people, tmp_path):
    press_version(store)
    _result, (page,) = _print(store, tmp_path, Selection.staff("OBS De Linde"))
    assert "Wij vragen u of opnamen waarop u te zien of te horen bent" in page.text
    assert "uw kind" not in page.text and "schoolpas" not in page.text
    assert "Anne Bakker (medewerker)" in page.text


def test_more_channels_than_one_answer_page_holds_are_refused(store, people, tmp_path):
    channels = tuple(Channel(f"kanaal{n}", f"Kanaal {n}") for n in range(16))
    add_form(
        store,
        FormDefinition("te groot", date(2026, 8, 1), channels, ("foto", "film", "geluid")),
    )
    with pytest.raises(FormsError) as caught:
        _print(store, tmp_path)
    assert caught.value.code == "form_too_large"
    assert store.forms.count_instances() == 0


def test_a_sample_of_a_version_stores_nothing(store, people, tmp_path):
    form_id = press_version(store)
    audit = store.rows("SELECT max(id) AS n FROM audit_log")[0]["n"]
    path = sample_form_pdf(store, form_id, tmp_path / "voorbeeld.pdf")
    (page,) = read_pdf(path)
    assert "VOORBEELD" in page.text and "voorbeeld, niet uitdelen" in page.text
    assert "Sanne de Vries" in page.text and "Anna de Vries" in page.text
    assert PRESS_TEXTS.intro in page.text and "Krant en lokale media" in page.text
    student = sample_form_pdf(store, form_id, tmp_path / "leerling.pdf", for_student=True)
    (page,) = read_pdf(student)
    assert "Sanne de Vries (leerling)" in page.text and PRESS_STUDENT_TEXTS.intro in page.text
    for word in U_WORDS:
        assert word not in page.text, word
    assert decode_payload(page.payload).page == 1
    ten = sample_form_pdf(store, ten_channel_version(store, label="groot"), tmp_path / "t.pdf")
    assert len(read_pdf(ten)) == 2
    assert store.forms.count_instances() == 0
    assert store.rows("SELECT count(*) AS n FROM form_templates")[0]["n"] == 0
    # the version added for the third sample is the only new audit entry
    new = store.rows("SELECT table_name FROM audit_log WHERE id > ?", [audit])
    assert {row["table_name"] for row in new} <= {
        "consent_form_versions",
        "consent_form_channels",
        "consent_form_items",
    }
    with pytest.raises(FormsError) as unknown:
        sample_form_pdf(store, 999, tmp_path / "x.pdf")
    assert unknown.value.code == "unknown_consent_form"
    with pytest.raises(FormsError) as bad:
        sample_form_pdf(store, form_id, tmp_path / "missing" / "x.pdf")
    assert bad.value.code == "bad_target"


# -- the words ---------------------------------------------------------------------------


def test_validity_sentences():
    assert validity_sentence(Validity(), GUARDIAN) == "Deze toestemming geldt tot u haar intrekt."
    assert validity_sentence(Validity(), STUDENT) == "Deze toestemming geldt tot je haar intrekt."
    school_year = Validity(ValidityKind.SCHOOL_YEAR)
    assert validity_sentence(school_year, STUDENT, (8, 15)) == (
        "Deze toestemming geldt voor het schooljaar waarin je tekent (tot 15 augustus)."
    )
    assert validity_sentence(Validity(ValidityKind.YEARS, 1), EMPLOYEE) == (
        "Deze toestemming geldt 1 jaar vanaf de dag dat u tekent."
    )


def test_empty_texts_fall_back_to_what_every_form_must_say(store):
    (standard,) = load_forms(store)
    bare = standard.__class__(
        id=0,
        label="kaal",
        effective_date=DAY,
        channels=(),
        items=("foto_website", "film_klassenfoto"),
        texts=FormTexts(),
        student_texts=FormTexts(scope="Alleen voor de klassenfoto."),
    )
    parent = wording(bare, GUARDIAN).paragraphs
    assert parent[0].startswith("Op school maken we soms") and "uw kind" in parent[0]
    assert parent[-2] == (
        "U kunt later alsnog toestemming geven, en uw keuze altijd wijzigen of intrekken."
    )
    assert parent[-1] == "Neem daarvoor contact op met de administratie van de school."
    student = wording(bare, STUDENT).paragraphs
    assert student[1] == "Alleen voor de klassenfoto."
    assert not any(word in f" {p} " for p in student for word in U_WORDS)
    # A version without channel rows: its items' channels, named by other versions or code.
    named = form_channels(bare, {"website": "Website van de school"})
    assert [(c.code, c.label) for c in named] == [
        ("website", "Website van de school"),
        ("klassenfoto", "klassenfoto"),
    ]
    assert forms.consent_form_for(store, DAY).label == "Standaard"
