"""Beheer → Personeelsdossier (vertrouwelijk): a confidentiality step each time it opens;
an employee's entries (those who left too), new documents (an Outlook .msg too) and
corrections as new entries, marked in the list; refused input shown in Dutch beside its
field with nothing stored; and the personnel file nowhere else in the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.correspondence_actions import CorrespondenceActions
from korre_desktop.gui.dialogs.confidential_notice import ConfidentialNotice
from korre_desktop.gui.dialogs.dossier_dialog import (
    CORRECTED_COLOUR,
    CORRECTION_COLOUR,
    DossierDialog,
)
from korre_desktop.gui.dialogs.dossier_entry_dialog import DossierEntryDialog
from korre_desktop.gui.dialogs.message_viewer import MessageViewer
from korre_desktop.services.documents_sniff import OUTLOOK
from korre_desktop.services.dossier import DossierEntryInput, add_dossier_entry, list_dossier
from korre_desktop.services.entry import employees_to_choose, person_by_id
from korre_desktop.store import Store
from tests.gui.conftest import make_context, wait_loaded
from tests.outlook_msg import OutlookMessage, outlook_msg
from tests.services.protocol_people import TODAY, Foundation, build_foundation, eml_document

SECRET = "Berisping-Q7ZK"  # a subject no other record holds
CORRECTION = 6  # the Correctie column


@pytest.fixture
def foundation(store: Store) -> Foundation:
    return build_foundation(store)


@pytest.fixture
def context(store: Store, foundation: Foundation, settings, dutch) -> Iterator[AppContext]:
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def count(store: Store) -> int:
    return store.rows("SELECT count(*) AS n FROM dossier_entries")[0]["n"]


def entry(store: Store, employee_id: int, **changes) -> int:
    values = {
        "employee_id": employee_id,
        "entry_date": "12-11-2026",
        "subject": SECRET,
        "direction": "out",
        "document": eml_document(SECRET),
    }
    return add_dossier_entry(store, DossierEntryInput(**{**values, **changes}), today=TODAY)


def dossier_of(qtbot, context, employee_id: int) -> DossierDialog:
    dialog = opened(qtbot, DossierDialog(context))
    dialog.ui.employee.pick(person_by_id(context.store, "employee", employee_id))
    return dialog


def column(dialog: DossierDialog, number: int) -> list[str]:
    return [dialog.model.index(r, number).data() for r in range(dialog.model.rowCount())]


def shown_dossiers() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog)]


# -- the confidentiality step ------------------------------------------------------------------


def test_the_personnel_file_opens_only_after_the_notice_each_time(qtbot, context, foundation):
    entry(context.store, foundation.teacher)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = CorrespondenceActions(context, parent)
    assert actions.dossier.text() == "Personeels&dossier (vertrouwelijk)…"
    notice = opened(qtbot, actions.open_dossier())
    assert isinstance(notice, ConfidentialNotice)
    assert notice.windowTitle() == "Personeelsdossier (vertrouwelijk)"
    assert notice.text() == (
        "Het personeelsdossier is vertrouwelijk: alleen voor de directie en de beheerder. Doorgaan?"
    )
    assert "kent nog geen gebruikersrollen" in notice.informativeText()
    assert notice.defaultButton() is notice.cancel_button  # Enter does not open it
    notice.cancel_button.click()
    QApplication.processEvents()
    assert shown_dossiers() == [] and actions.current_dialog is None  # nothing shown
    # Asked again the next time: no "do not ask again".
    notice = opened(qtbot, actions.open_dossier())
    assert isinstance(notice, ConfidentialNotice)
    notice.continue_button.click()
    QApplication.processEvents()
    (dossier,) = shown_dossiers()
    assert actions.current_dialog is dossier and dossier.isVisible()
    assert dossier.windowTitle() == "Personeelsdossier (vertrouwelijk)"
    # Nothing of anyone's file until an employee is chosen.
    assert dossier.model.rowCount() == 0 and dossier.ui.employee.person() is None
    assert dossier.ui.message.text() == "Kies een medewerker om het personeelsdossier te zien."
    assert not dossier.ui.newEntry.isEnabled()
    dossier.reject()


# -- the list and adding ----------------------------------------------------------------------


def test_an_employee_who_left_can_be_chosen(qtbot, context, foundation):
    dialog = opened(qtbot, DossierDialog(context))
    picker = dialog.ui.employee
    qtbot.keyClicks(picker.search, "Mol")
    assert picker.matches.count() == 1
    assert (
        picker.matches.item(0).text()
        == "Lex Mol · 1005 · medewerker · OBS De Linde · vertrokken op 01-10-2026"
    )
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.person().id == foundation.teacher_left
    assert dialog.ui.message.text() == "Er staat niets in het personeelsdossier van Lex Mol."
    assert dialog.ui.newEntry.isEnabled()
    # Only employees are offered (no students), those who left too.
    choices = employees_to_choose(context.store, TODAY)
    assert {c.kind for c in choices} == {"employee"}
    assert foundation.teacher_left in {c.id for c in choices}


def test_a_new_entry_with_an_outlook_message_opens_in_the_message_viewer(
    qtbot, context, foundation, tmp_path
):
    store = context.store
    dialog = dossier_of(qtbot, context, foundation.teacher)
    form = dialog.open_new()  # window-modal over the list, deleted when closed
    qtbot.waitExposed(form)
    assert isinstance(form, DossierEntryDialog)
    ui = form.ui
    assert form.windowTitle() == "Stuk toevoegen aan het personeelsdossier"
    assert ui.employee.text() == "Tom Visser · 1003"
    assert ui.corrects.isHidden() and ui.documentHint.isHidden()
    assert not ui.received.isChecked() and not ui.sent.isChecked()  # chosen on purpose
    ui.entryDate.setText("9-3-26")
    ui.subject.setText("Klacht over een bericht op Facebook")
    ui.received.setChecked(True)
    ui.note.setText("Via de directie ontvangen")
    message = tmp_path / "klacht.msg"
    message.write_bytes(outlook_msg(OutlookMessage(subject="Klacht over uw bericht")))
    ui.document.load_file(message)
    qtbot.waitUntil(lambda: not ui.document.is_busy(), timeout=10_000)
    assert ui.document.problem() == ""
    assert ui.document.shown.text() == "klacht.msg · e-mail"
    form.accept()
    assert form.problems_shown() == {}
    (saved,) = list_dossier(store, foundation.teacher)
    assert saved.id == form.saved_id
    assert (saved.entry_date, saved.direction, saved.note) == (
        date(2026, 3, 9),
        "in",
        "Via de directie ontvangen",
    )
    assert store.blob_mime(saved.document_sha256) == OUTLOOK
    # The list shows it, selected.
    assert dialog.selected().id == saved.id
    assert [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())] == [
        f"#{saved.id}",
        "09-03-2026",
        "Klacht over een bericht op Facebook",
        "ontvangen",
        "klacht.msg",
        "Via de directie ontvangen",
        "",
    ]
    assert dialog.ui.viewDocument.isEnabled()
    viewer = dialog.open_document()
    assert isinstance(viewer, MessageViewer)
    assert viewer.ui.subject.text() == "Klacht over uw bericht"
    viewer.close()


def test_a_correction_is_a_new_entry_and_the_list_marks_both(qtbot, context, foundation):
    store = context.store
    first = entry(store, foundation.teacher)
    dialog = dossier_of(qtbot, context, foundation.teacher)
    model = dialog.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Nr.",
        "Datum",
        "Onderwerp",
        "Richting",
        "Document",
        "Opmerking",
        "Correctie",
    ]
    assert column(dialog, 3) == ["verstuurd"]
    dialog.ui.table.selectRow(0)
    form = dialog.open_correction()
    qtbot.waitExposed(form)
    ui = form.ui
    assert form.windowTitle() == f"Correctie van #{first}"
    assert ui.corrects.text() == f"#{first} · 12-11-2026 · {SECRET}"
    # It starts from the entry it corrects; a document is not needed.
    assert (ui.entryDate.text(), ui.subject.text()) == ("12-11-2026", SECRET)
    assert ui.sent.isChecked() and not ui.documentHint.isHidden()
    ui.entryDate.setText("11-11-2026")
    ui.note.setText("Verkeerde datum")
    form.accept()
    assert form.problems_shown() == {}
    correction = form.saved_id
    assert count(store) == 2
    # Oldest first: the corrected date comes first.
    assert column(dialog, 0) == [f"#{correction}", f"#{first}"]
    assert column(dialog, CORRECTION) == [
        f"correctie van #{first}",
        f"gecorrigeerd door #{correction}",
    ]
    colours = [model.index(r, CORRECTION).data(Qt.ItemDataRole.BackgroundRole) for r in range(2)]
    assert colours == [CORRECTION_COLOUR, CORRECTED_COLOUR]
    assert column(dialog, 4) == ["", "toestemming.eml"]
    # A corrected entry is not corrected twice: the latest correction is.
    dialog.select_row("dossier_entry", first)
    assert not dialog.ui.correct.isEnabled()
    assert (
        dialog.ui.correct.toolTip()
        == "Correcties volgen elkaar op: corrigeer de laatste correctie."
    )
    assert dialog.open_correction() is None
    dialog.select_row("dossier_entry", correction)
    assert dialog.ui.correct.isEnabled() and not dialog.ui.viewDocument.isEnabled()


# -- refusals -----------------------------------------------------------------------------------


def test_refused_input_is_shown_in_dutch_beside_its_field_and_nothing_is_stored(
    qtbot, context, foundation
):
    store = context.store
    teacher = person_by_id(store, "employee", foundation.teacher)
    form = opened(qtbot, DossierEntryDialog(context, teacher))
    ui = form.ui
    ui.entryDate.setText("25-11-2026")
    form.accept()
    assert form.problems_shown() == {
        "entry_date": "Deze datum kan niet in de toekomst liggen.",
        "subject": "Vul het onderwerp in.",
        "direction": "Kies of het stuk is ontvangen of verstuurd.",
        "document": "Voeg de brief of e-mail toe: een pdf, een foto of scan, of een e-mail.",
    }
    assert count(store) == 0
    ui.sent.setChecked(True)
    assert ui.directionError.isHidden()  # fixed: its message goes
    # A correction of another employee's entry is refused beside what it corrects.
    other = entry(store, foundation.director)
    (foreign,) = list_dossier(store, foundation.director)
    correction = opened(qtbot, DossierEntryDialog(context, teacher, corrects=foreign))
    correction.accept()
    assert correction.problems_shown() == {
        "corrects_entry_id": (
            "Dit stuk staat in het personeelsdossier van Dirk de Wit: een correctie hoort in "
            "hetzelfde dossier."
        )
    }
    assert not correction.ui.correctsError.isHidden() and correction.saved_id is None
    assert [e.id for e in list_dossier(store, foundation.director)] == [other]
    assert list_dossier(store, foundation.teacher) == []


def test_the_window_offers_no_way_to_change_or_remove_an_entry(qtbot, context, foundation):
    entry(context.store, foundation.teacher)
    dialog = dossier_of(qtbot, context, foundation.teacher)
    dialog.ui.table.selectRow(0)
    texts = [button.text() for button in dialog.findChildren(type(dialog.ui.newEntry))]
    assert texts[:3] == ["&Nieuw stuk toevoegen…", "&Correctie toevoegen…", "Document &bekijken"]
    assert not any("wijzig" in t.casefold() or "verwijder" in t.casefold() for t in texts)
    assert dialog.ui.table.editTriggers() == dialog.ui.table.EditTrigger.NoEditTriggers


# -- nowhere else ------------------------------------------------------------------------------


def test_the_detail_pane_of_an_employee_does_not_show_the_personnel_file(qtbot, window):
    store = window.context.store
    employee_id = store.rows("SELECT employee_id FROM dossier_entries LIMIT 1")[0]["employee_id"]
    entry(store, employee_id, note="Alleen voor de directie", document=eml_document(SECRET))
    # A change to the record, so the history pane has something to show beside it.
    store.update("employees", employee_id, {"email": "nieuw@dekorre.example"})
    demo_subjects = [e.subject for e in list_dossier(store, employee_id)]
    tab = window.employees_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    row = tab.model.row_of("employee", employee_id)
    assert row is not None
    tab.ui.table.selectRow(row)
    QApplication.processEvents()
    text = tab.ui.detail.toPlainText()
    assert "Wijzigingen in het dossier" in text  # the history pane was looked at too
    for secret in (*demo_subjects, "Alleen voor de directie", "toestemming.eml"):
        assert secret not in text, secret
    assert "Personeelsdossier" not in text
