"""The Werklijsten tab lists a partly answered form, as the Excel sheet "Ontbrekend" does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from korre_desktop.services.worklists import Worklist
from korre_desktop.store import Store
from tests.engines import file_of
from tests.gui.conftest import open_window, wait_loaded
from tests.services.test_worklists_owed import partly_answered


def test_the_worklists_tab_shows_the_partly_answered_form(
    store: Store, records, qtbot, dutch, tmp_path: Path
) -> None:
    ids = partly_answered(store, records)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, file_of(store), settings)
    try:
        tab = window.worklists_tab
        wait_loaded(qtbot, tab)
        tab.ui.status.setCurrentIndex(tab.ui.status.findData(Worklist.NEW_FORM))
        shown = {tab.model.person(r).id for r in range(tab.model.rowCount())}
        assert ids["partly"] in shown and ids["complete"] not in shown
        assert "Nieuw formulier nodig" in tab.ui.status.currentText()
    finally:
        window.close()
        window.context.jobs.wait()
