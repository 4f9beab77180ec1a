"""The no-photo list and the worklists name the school's channels from the consent form
versions in force on the list's date, also channels a new version adds and statements on
older versions; long labels in short where the table is narrow."""

from __future__ import annotations

from datetime import date

from korre_desktop.domain.consent_form import Channel, ConsentForm
from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.pdf.channel_names import channel_names, short_label
from korre_desktop.services.pdf.no_photo import medium_verdicts, no_photo_pdf_bytes
from korre_desktop.services.pdf.selection import ClassesSelection
from korre_desktop.services.pdf.worklists_pdf import conflict_text, worklists_pdf_bytes
from korre_desktop.services.status import load_settings, student_statuses_on
from korre_desktop.store import Store
from tests.services.form_versions import press_version
from tests.services.test_no_photo_pdf import pages_text, printed_rows, row_of

DAY = date(2026, 11, 24)
SIGNED = date(2026, 10, 1)
PRESS = {"foto_klassenfoto": True, "foto_pers": False, "film_pers": True}


def test_short_forms_of_long_labels():
    assert short_label("Schoolgids en brochures") == "Schoolgids"
    assert short_label("Ouderportaal of schoolapp") == "Ouderportaal"
    assert short_label("Krant, lokale omroep en andere media") == "Krant"
    assert short_label("Parro (de ouderapp)") == "Parro (de ouderapp)"  # short enough
    assert short_label("Sociale media van de school") == "Sociale media van de school"
    assert short_label("Nieuwsbrief") == "Nieuwsbrief"


def test_channel_names_follow_the_versions_in_force_and_stay_apart():
    old = ConsentForm(
        1,
        "oud",
        date(2026, 8, 1),
        (Channel("a", "Foto's en filmpjes van de klas"), Channel("b", "Foto's of film: pers")),
        ("foto_a", "foto_b"),
    )
    new = ConsentForm(2, "nieuw", date(2027, 8, 1), (Channel("a", "Beeld"),), ("foto_a",))
    names = channel_names([new, old], ("foto_a", "foto_b", "film_c"), DAY)
    # "nieuw" is not in effect yet: the version in force words channel a.
    assert names.full == {
        "a": "Foto's en filmpjes van de klas",
        "b": "Foto's of film: pers",
        "c": "c",
    }
    # Both would be "Foto's": then neither is shortened.
    assert names.short == names.full
    assert names.legend() == "Foto's en filmpjes van de klas, Foto's of film: pers, c"
    later = channel_names([new, old], ("foto_a", "foto_b"), date(2027, 9, 1))
    assert later.full["a"] == "Beeld" and later.order == ("a", "b")


def _school(store: Store, records) -> dict[str, int]:
    """A class with a student on the new version, one on the old one, one in conflict."""
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2026, "Groep 7")
    ids: dict[str, int] = {}
    for key, name in (("new", "Ahmed"), ("old", "Bo"), ("conflict", "Cas")):
        ids[key] = records.student(school, roepnaam=name, achternaam="Smit")
        records.enrol(ids[key], klass)
    ids["press"] = press_version(store, effective=date(2026, 9, 1))
    guardian = records.guardian(ids["new"], name="Ilse")
    records.statement(
        "student", ids["new"], SIGNED, PRESS, guardian_id=guardian, form_id=ids["press"]
    )
    guardian = records.guardian(ids["old"], name="Ruud")
    standard = store.consent.form_versions()[-1]["id"]
    records.statement(
        "student",
        ids["old"],
        date(2026, 8, 20),
        dict.fromkeys(ALL_ITEM_CODES, True),
        guardian_id=guardian,
        form_id=standard,
    )
    for name, value in (("Moeder", True), ("Vader", False)):
        guardian = records.guardian(ids["conflict"], name=name)
        records.statement(
            "student",
            ids["conflict"],
            SIGNED,
            dict.fromkeys(PRESS, value),
            guardian_id=guardian,
            form_id=ids["press"],
        )
    return ids


def test_the_no_photo_list_names_new_channels_and_keeps_older_statements(store, records):
    _school(store, records)
    data, summary = no_photo_pdf_bytes(store, ClassesSelection(("Groep 7",)), DAY)
    rows = printed_rows(data)
    ahmed = row_of(rows, "Ahmed Smit")  # the new version: class photo yes, press no
    assert "alleen: Klassenfoto" in ahmed.cells["foto"]
    assert "alleen: Krant" in ahmed.cells["film"]  # film on the press only
    assert "GEEN GELUID" in ahmed.cells["geluid"] and "geen antwoord" in ahmed.cells["geluid"]
    bo = row_of(rows, "Bo Smit")  # yes to everything on the default version
    assert "alleen: Schoolgids, Website van de school" in bo.cells["foto"]
    assert "Klassenfoto" not in bo.cells["foto"]  # not asked on his form
    assert "✓ alle kanalen" in bo.cells["geluid"]  # the new version asks no audio
    cas = row_of(rows, "Cas Smit")
    assert "GEEN FOTO" in cas.cells["foto"] and "ouders oneens" in cas.cells["foto"]
    (text,) = pages_text(data)
    legend = " ".join(text.split())
    assert "Klassenfoto (Klassenfoto en schoolfotograaf)" in legend
    assert "Krant (Krant en lokale media)" in legend
    assert "Schoolgids (Schoolgids en brochures)" in legend
    assert (summary.no_photo, summary.no_audio) == (1, 2)


def test_media_no_version_in_force_asks_get_no_column(store, records):
    """Before the default version's date only the new version is in force: no audio."""
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2025, "Groep 7")
    student = records.student(school, roepnaam="Dirk", achternaam="Smit")
    records.enrol(student, klass)
    form_id = press_version(store, effective=date(2026, 1, 1))
    guardian = records.guardian(student)
    records.statement(
        "student", student, date(2026, 2, 1), PRESS, guardian_id=guardian, form_id=form_id
    )
    on = date(2026, 6, 1)
    data, summary = no_photo_pdf_bytes(store, ClassesSelection(("Groep 7",)), on)
    (text,) = pages_text(data)
    assert "Geluid" not in text and "GEEN GELUID" not in text
    assert summary.no_audio == 0 and summary.no_photo == 0
    settings = load_settings(store, on)
    (person,) = student_statuses_on(store, on, settings=settings)
    assert set(medium_verdicts(person, ("foto", "film"))) == {"foto", "film"}


def test_worklists_name_the_channels_of_a_conflict(store, records):
    ids = _school(store, records)
    settings = load_settings(store, DAY)
    names = channel_names(settings.forms, settings.item_codes, DAY)
    person = next(
        p for p in student_statuses_on(store, DAY, settings=settings) if p.id == ids["conflict"]
    )
    assert conflict_text(person, names) == "oneens over foto (Klassenfoto, Krant); film (Krant)"
    data, _summary = worklists_pdf_bytes(store, DAY)
    text = " ".join(" ".join(pages_text(data)).split())
    assert "oneens over foto (Klassenfoto, Krant); film (Krant)" in text
