"""Entering paper forms from the keyboard, as the office does, and what lands in the database."""

import dataclasses
import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.gui.dialogs.consent_entry import ConsentEntryDialog
from korre_desktop.gui.dialogs.protocol_entry import ProtocolEntryDialog
from korre_desktop.gui.dialogs.withdraw import WithdrawDialog
from korre_desktop.services import consent_forms as cf
from korre_desktop.services import entry
from korre_desktop.services.status import employee_statuses_on, student_statuses_on
from tests.engines import file_of
from tests.gui.conftest import DEMO_DAY, open_window


@pytest.fixture
def office(qtbot, db_path, settings, dutch, records, store):
    """A small school written by hand, and the main window on it."""
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2026, "Groep 6")
    student = records.student(
        school,
        number="004512",
        roepnaam="Zoë",
        tussenvoegsel="van der",
        achternaam="Meer",
        birth_date=date(2016, 5, 1),
    )
    records.enrol(student, klass)
    records.guardian(student, name="Ilse")
    records.employee(roepnaam="Anne", achternaam="Bakker", number="100200", school_ids=(school,))
    records.protocol_version("employees", "2026", date(2026, 8, 1))
    store.close()
    window = open_window(qtbot, file_of(store), settings)
    yield window
    window.close()
    window.context.jobs.wait()


def statements(window):
    return window.context.store.rows("SELECT * FROM consent_statements ORDER BY id")


def pick(qtbot, picker, text):
    qtbot.keyClicks(picker.search, text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_consent_form_entered_without_the_mouse(qtbot, office):
    dialog = office.enter_consent()
    assert isinstance(dialog, ConsentEntryDialog)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.person.search
    pick(qtbot, ui.person, "zoe mee")
    assert ui.person.person().number == "004512"
    assert dialog.focusWidget() is ui.signer
    assert ui.signer.currentText().startswith("Ilse Jansen")
    qtbot.keyClick(ui.signer, Qt.Key.Key_Tab)
    ui.signedDate.selectAll()
    qtbot.keyClicks(ui.signedDate, "14-09-2026")
    ui.grid.setFocus()
    # Everything yes, then the photo row's social media of staff: no.
    qtbot.keyClick(
        ui.grid,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    ui.grid.setCurrentCell(0, 5)
    qtbot.keyClick(ui.grid, Qt.Key.Key_N)
    ui.grid.setCurrentCell(2, 0)
    qtbot.keyClick(ui.grid, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)  # all audio: no
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return)
    rows = statements(office)
    assert len(rows) == 1, ui.message.text()
    row = rows[0]
    answers = json.loads(row["answers"])
    assert row["signed_date"] == "2026-09-14" and row["signer_role"] == "guardian"
    assert answers["foto_website"] is True and answers["foto_socialmedia_persoonlijk"] is False
    assert all(answers[f"geluid_{c}"] is False for c in ("schoolgids", "website", "ouderportaal"))
    assert row["entered_by"] == office.context.store.actor
    # Ready for the next form: cleared, the date kept, focus back on the person.
    assert ui.person.person() is None and ui.person.search.text() == ""
    assert ui.signedDate.text() == "14-09-2026"
    assert all(value is None for value in ui.grid.answers().values())
    assert "Opgeslagen" in ui.message.text()
    status = student_statuses_on(office.context.store, DEMO_DAY)[0].consent
    assert status["foto_website"] is ConsentStatus.GRANTED
    assert status["geluid_website"] is ConsentStatus.REFUSED


def test_blank_items_need_a_second_enter(qtbot, office):
    dialog = office.enter_consent()
    ui = dialog.ui
    pick(qtbot, ui.person, "bakker")
    ui.grid.setFocus()
    qtbot.keyClick(ui.grid, Qt.Key.Key_J)  # one item answered, 17 open
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return)
    assert statements(office) == []
    assert "17" in ui.message.text()
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return)
    answers = json.loads(statements(office)[0]["answers"])
    assert answers["foto_schoolgids"] is True
    assert sum(value is None for value in answers.values()) == 17


def test_bad_date_keeps_everything_typed(qtbot, office):
    dialog = office.enter_consent()
    ui = dialog.ui
    pick(qtbot, ui.person, "004512")
    ui.signedDate.setText("31-02-2026")
    ui.note.setText("via de mentor")
    ui.grid.setFocus()
    qtbot.keyClick(
        ui.grid,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(ui.grid, Qt.Key.Key_Return)
    assert statements(office) == []
    assert ui.signedDateError.text() == "31-02-2026 bestaat niet."  # beside the date
    assert ui.signedDate.text() == "31-02-2026"
    assert ui.note.text() == "via de mentor" and ui.person.person() is not None
    assert all(ui.grid.answers().values())
    ui.signedDate.setText("25-12-2026")  # after today
    dialog.save()
    assert statements(office) == []
    assert "toekomst" in ui.message.text()


def test_grid_keys(qtbot, office):
    dialog = office.enter_consent()
    grid = dialog.ui.grid
    grid.setFocus()
    grid.setCurrentCell(1, 2)
    qtbot.keyClick(grid, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # column: newsletter
    answers = grid.answers()
    assert [answers[f"{m}_nieuwsbrief"] for m in ("foto", "film", "geluid")] == [True] * 3
    assert answers["foto_website"] is None
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert grid.answers()["film_nieuwsbrief"] is False
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert grid.answers()["film_nieuwsbrief"] is True
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.answers()["film_nieuwsbrief"] is None
    grid.setCurrentCell(0, 0)
    for _ in range(6):
        qtbot.keyClick(grid, Qt.Key.Key_N)  # N moves on: the whole photo row
    assert all(
        grid.answers()[f"foto_{c}"] is False for c in ("schoolgids", "socialmedia_persoonlijk")
    )
    assert (grid.currentRow(), grid.currentColumn()) == (1, 0)


def test_older_form_version_does_not_ask_audio(qtbot, office):
    store = office.context.store
    standard = cf.load_forms(store)[0]
    older = cf.copy_of(standard, "2019", date(2019, 8, 1))
    cf.add_form(
        store,
        dataclasses.replace(older, media=("foto", "film"), items=("foto_website", "film_website")),
    )
    dialog = office.enter_consent()
    ui = dialog.ui
    assert ui.formVersion.currentText() == standard.label  # the version in force today
    ui.formVersion.setCurrentIndex(ui.formVersion.findText("2019"))
    assert set(ui.grid.answers()) == {"foto_website", "film_website"}
    assert ui.grid.rowCount() == 2 and ui.grid.columnCount() == 6  # no audio row
    assert ui.grid.item(0, 0).text() == "–"  # the school guide is not asked


def test_signed_protocol_entered(qtbot, office):
    dialog = office.enter_protocol()
    assert isinstance(dialog, ProtocolEntryDialog)
    ui = dialog.ui
    pick(qtbot, ui.person, "bakker")
    assert ui.version.currentText() == "2026"
    qtbot.keyClick(ui.version, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.place, "Middelburg")
    ui.signedDate.setText("02-09-2026")
    qtbot.keyClick(ui.signedDate, Qt.Key.Key_Return)
    rows = office.context.store.rows("SELECT * FROM protocol_signatures")
    assert len(rows) == 1, ui.message.text()
    assert rows[0]["place"] == "Middelburg" and rows[0]["signed_date"] == "2026-09-02"
    assert employee_statuses_on(office.context.store, DEMO_DAY)[0].protocol == "signed"
    assert ui.place.text() == "Middelburg"  # kept for the next sheet of the same pile


def test_withdraw_from_the_selected_person(qtbot, office):
    store = office.context.store
    choice = next(c for c in entry.people_to_choose(store, DEMO_DAY) if c.kind == "employee")
    signer = entry.signers_for(store, choice)[0]
    form = entry.form_versions(store)[0]
    entry.save_consent(
        store,
        entry.ConsentEntry(
            choice, signer, date(2026, 9, 1), form, dict.fromkeys(form.item_codes, True)
        ),
        today=DEMO_DAY,
    )
    tab = office.employees_tab
    qtbot.waitUntil(lambda: tab._loaded and not tab.is_loading(), timeout=20_000)
    tab.ui.table.selectRow(0)
    dialog = office.withdraw()
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.ui.person.person().id == choice.id
    assert len(dialog.chosen_items()) == 18  # everything by default
    dialog.ui.noItems.click()
    dialog.ui.items.item(3).setCheckState(Qt.CheckState.Checked)  # photo · school social media
    dialog.ui.note.setText("Ingetrokken per e-mail")
    dialog.save()
    row = statements(office)[-1]
    assert row["source"] == "withdrawal" and json.loads(row["answers"]) == {
        "foto_socialmedia_school": False
    }
    consent = employee_statuses_on(store, DEMO_DAY)[0].consent
    assert consent["foto_socialmedia_school"] is ConsentStatus.REFUSED
    assert consent["foto_website"] is ConsentStatus.GRANTED
    qtbot.waitUntil(lambda: not dialog.isVisible())
