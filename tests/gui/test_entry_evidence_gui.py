"""The entry dialogs refuse evidence that shows another form, in Dutch beside the evidence,
and save nothing; Ondertekend protocol invoeren offers to add a missing protocol version."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.gui.dialogs.protocol_versions import ProtocolVersionsDialog
from korre_desktop.services.forms import Selection
from tests.engines import file_of
from tests.gui.conftest import DEMO_DAY, open_window
from tests.gui.test_entry_dialogs import pick
from tests.printed_evidence import make_school, page_of, print_pages
from tests.services.evidence.photos import render_form_page
from tests.services.evidence.samples import encode, reportlab_pdf
from tests.services.importing.conftest import dump


@pytest.fixture
def office(qtbot, settings, dutch, records, store, tmp_path):
    """The school with its printed forms as files, and the main window on it."""
    school = make_school(records, 2026)
    consent = print_pages(
        store, "consent", Selection.of_class_id(school.groep5), DEMO_DAY, tmp_path / "c.pdf"
    )
    protocol = print_pages(store, "protocol", Selection.staff(), DEMO_DAY, tmp_path / "p.pdf")
    files = {}
    for name, page in (
        ("sem_ilse", page_of(consent, school.sem, school.ilse)),
        ("lotte", page_of(consent, school.lotte)),
        ("anne", protocol[0]),
    ):
        files[name] = tmp_path / f"{name}.png"
        files[name].write_bytes(page.scan())
    files["sem_photo"] = tmp_path / "IMG_0412.jpg"
    files["sem_photo"].write_bytes(page_of(consent, school.sem, school.ilse).photo())
    files["letter"] = tmp_path / "brief.png"
    files["letter"].write_bytes(encode(render_form_page(150), "PNG"))
    store.close()
    window = open_window(qtbot, file_of(store), settings)
    yield window, files
    window.close()
    window.context.jobs.wait()


def attach(qtbot, panel, path) -> None:
    panel.load_file(path)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.prepared() is not None, timeout=20_000)
    qtbot.waitUntil(lambda: path.name in panel.info.text() or "formulier" in panel.info.text())


def all_yes(qtbot, grid) -> None:
    grid.setFocus()
    qtbot.keyClick(
        grid, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_another_childs_form_is_refused_beside_the_evidence(qtbot, office):
    window, files = office
    store = window.context.store
    dialog = window.enter_consent()
    ui = dialog.ui
    pick(qtbot, ui.person, "lotte")
    assert ui.signer.currentText().startswith("Marieke")
    all_yes(qtbot, ui.grid)
    attach(qtbot, ui.evidence, files["sem_ilse"])
    said = "Dit formulier is van Sem de Vries, niet van Lotte Bakker."
    assert ui.evidence.info.text() == said  # at once, before saving
    before = dump(store)
    assert dialog.save() is None
    assert ui.message.text() == said and ui.evidence.info.text() == said
    assert dump(store) == before
    assert ui.person.person() is not None and all(ui.grid.answers().values())  # kept
    # Her own form is fine: the message goes, the info says which form it is.
    attach(qtbot, ui.evidence, files["lotte"])
    assert "formulier KF-" in ui.evidence.info.text() and "Sem" not in ui.evidence.info.text()
    assert dialog.save() is not None
    (row,) = store.rows("SELECT * FROM consent_statements")
    assert row["student_id"] is not None and row["evidence_sha256"]


def test_the_other_guardians_form_and_a_changed_choice(qtbot, office):
    window, files = office
    dialog = window.enter_consent()
    ui = dialog.ui
    attach(qtbot, ui.evidence, files["sem_ilse"])  # evidence first, then the person
    pick(qtbot, ui.person, "sem de vries")
    assert ui.signer.currentText().startswith("Ilse")
    assert ui.evidence.info.styleSheet() == ""  # Ilse's own form: fine
    ui.signer.setCurrentIndex(ui.signer.findText("Peter", Qt.MatchFlag.MatchStartsWith))
    assert ui.evidence.info.text() == (
        "Dit formulier moet ondertekend worden door Ilse Jansen, niet door Peter Jansen."
    )
    # Nothing answered yet: the evidence is said first, before the open items.
    before = dump(window.context.store)
    assert dialog.save() is None
    assert ui.message.text() == ui.evidence.info.text()
    assert dump(window.context.store) == before


def test_withdrawal_with_a_photo_of_another_childs_form(qtbot, office):
    window, files = office
    dialog = window.withdraw()
    ui = dialog.ui
    pick(qtbot, ui.person, "lotte")
    attach(qtbot, ui.evidence, files["sem_photo"])
    assert ui.evidence.info.text() == "Dit formulier is van Sem de Vries, niet van Lotte Bakker."
    before = dump(window.context.store)
    assert dialog.save() is None
    assert dump(window.context.store) == before and dialog.isVisible()


def test_protocol_entry_refuses_a_consent_form_and_takes_the_sheet(qtbot, office):
    window, files = office
    store = window.context.store
    dialog = window.enter_protocol()
    ui = dialog.ui
    pick(qtbot, ui.person, "visser")
    attach(qtbot, ui.evidence, files["sem_ilse"])
    before = dump(store)
    assert dialog.save() is None
    assert ui.message.text() == "Dit formulier is van Sem de Vries, niet van Anne Visser."
    assert dump(store) == before
    attach(qtbot, ui.evidence, files["letter"])  # no code: accepted as before
    assert "formulier" not in ui.evidence.info.text()
    assert dialog.save() is not None, ui.message.text()
    assert store.rows("SELECT evidence_sha256 FROM protocol_signatures")[0]["evidence_sha256"]


def test_consent_entry_refuses_a_protocol_sheet(qtbot, office):
    window, files = office
    dialog = window.enter_consent()
    ui = dialog.ui
    pick(qtbot, ui.person, "visser")
    all_yes(qtbot, ui.grid)
    attach(qtbot, ui.evidence, files["anne"])
    assert ui.evidence.info.text() == (
        "Dit is het protocolblad van Anne Visser, geen toestemmingsformulier."
    )
    assert dialog.save() is None
    assert window.context.store.rows("SELECT count(*) AS n FROM consent_statements")[0]["n"] == 0


def test_no_protocol_version_yet_offers_to_add_one(qtbot, office, tmp_path):
    window, _files = office
    store = window.context.store
    dialog = window.enter_protocol()
    ui = dialog.ui
    assert dialog.add_version.isHidden()  # staff have a version
    pick(qtbot, ui.person, "sem de vries")
    assert (
        ui.message.text() == "Er is nog geen protocolversie voor leerlingen: voeg er eerst een toe."
    )
    assert not dialog.add_version.isHidden() and ui.version.count() == 0
    assert dialog.add_version.text() == "Protocolversie &toevoegen…"
    before = dump(store)
    assert dialog.save() is None and dump(store) == before
    assert "nog geen protocolversie" in ui.message.text()
    dialog.add_version.click()
    versions = next(w for w in dialog.findChildren(ProtocolVersionsDialog) if w.isVisible())
    assert versions.ui.audience.currentData() == "students"
    document = tmp_path / "protocol.pdf"
    document.write_bytes(reportlab_pdf(1))
    assert versions.use_file(document)
    versions.ui.label.setText("2026")
    versions.ui.effectiveDate.setText("01-08-2026")
    assert versions.add_version() is not None
    # Back in the entry: the new version is chosen, the message and the button are gone.
    assert ui.version.currentText() == "2026"
    assert ui.message.text() == "" and dialog.add_version.isHidden()
    ui.signedDate.setText("20-11-2026")
    assert dialog.save() is not None
    (row,) = store.rows("SELECT * FROM protocol_signatures")
    assert row["student_id"] is not None and row["signed_date"] == date(2026, 11, 20).isoformat()


def test_no_protocol_version_at_all_is_said_when_the_dialog_opens(
    qtbot, settings, dutch, records, store
):
    records.school("OBS De Linde")
    store.close()
    window = open_window(qtbot, file_of(store), settings)
    try:
        dialog = window.enter_protocol()
        assert dialog.ui.message.text() == (
            "Er is nog geen protocolversie: voeg eerst het protocoldocument toe."
        )
        assert not dialog.add_version.isHidden()
    finally:
        window.close()
        window.context.jobs.wait()
