"""The press-report and personnel-file windows fit a laptop screen (1366 x 768), with their
messages shown, and nothing in them is cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from korre_desktop.services.entry import person_by_id
from tests.gui.test_admin_dialogs import SCREEN, assert_fits


def _fits(qtbot, dialog) -> None:
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    size = dialog.minimumSizeHint()
    assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], dialog.windowTitle()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], dialog.windowTitle()
    assert_fits(dialog)


def test_the_press_report_and_personnel_file_windows_fit_a_laptop_screen(qtbot, window):
    actions = window.correspondence_actions
    reports = actions.open_press_reports()
    reports.ui.table.selectRow(0)
    _fits(qtbot, reports)
    form = reports.open_new()
    form.accept()  # every message of an empty form shown
    _fits(qtbot, form)
    form.reject()
    reports.reject()
    actions.open_dossier().continue_button.click()
    dossier = actions.current_dialog
    store = window.context.store
    employee = store.rows("SELECT employee_id FROM dossier_entries LIMIT 1")[0]["employee_id"]
    dossier.ui.employee.pick(person_by_id(store, "employee", employee))
    dossier.ui.table.selectRow(0)
    _fits(qtbot, dossier)
    for open_form in (dossier.open_new, dossier.open_correction):
        entry = open_form()
        entry.ui.subject.clear()
        entry.accept()
        _fits(qtbot, entry)
        entry.reject()
    dossier.reject()
