"""The window's part of the access log: a person's detail pane logs that person once, a
search is logged once it settles (the tab and who or how many, not the text typed), and
Beheer → Toegangslog shows the entries, filtered, and saves them as CSV; the menu item is
there only for a role that may read the log."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.gui.dialogs.access_log_dialog import AccessLogDialog
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.services import access_log
from korre_desktop.store import Store
from tests.gui.conftest import open_window, wait_loaded

SETTLES_MS = 20  # the tests' "2 seconds"


def _entries(window: MainWindow) -> list[access_log.Entry]:
    return list(reversed(access_log.entries(window.context.store)))  # oldest first


def test_a_detail_is_logged_once_per_person_shown(qtbot, window: MainWindow) -> None:
    tab = window.students_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    tab.ui.table.selectRow(3)
    first = tab.selected_person()
    tab.reload()  # the same person selected again afterwards: not a new look
    wait_loaded(qtbot, tab)
    tab.ui.table.selectRow(3)
    tab.ui.table.selectRow(5)
    second = tab.selected_person()
    found = [e for e in _entries(window) if e.action == access_log.PERSON_DETAIL]
    assert [e.person_refs for e in found] == [
        (f"student:{first.id}",),
        (f"student:{second.id}",),
    ]
    assert all(e.people_count == 1 and e.what == "person_detail" for e in found)


def test_a_search_is_logged_once_it_settles(qtbot, window: MainWindow) -> None:
    tab = window.students_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    tab.search_log_timer.setInterval(SETTLES_MS)
    name = tab.model.person(0).achternaam
    for length in range(1, len(name) + 1):  # typed letter by letter: one entry, at the end
        tab.ui.search.setText(name[:length])
    qtbot.waitUntil(lambda: not tab.search_log_timer.isActive(), timeout=5000)
    searches = [e for e in _entries(window) if e.action == access_log.SEARCH]
    assert len(searches) == 1
    [search] = searches
    shown = tab.model.rowCount()
    assert (search.what, search.people_count) == ("students", shown)
    assert name not in search.scope  # the typed text is not kept
    if shown <= access_log.REFS_LIMIT:
        assert len(search.person_refs) == shown

    tab.ui.search.setText("")  # nothing searched: nothing logged
    qtbot.waitUntil(lambda: not tab.search_log_timer.isActive(), timeout=5000)
    tab.ui.search.setText("zzzz-nobody")  # no rows shown: nothing logged
    qtbot.waitUntil(lambda: not tab.search_log_timer.isActive(), timeout=5000)
    assert len([e for e in _entries(window) if e.action == access_log.SEARCH]) == 1


def test_the_access_log_window_filters_and_exports(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    store = window.context.store
    access_log.record_detail(store, "student", 1)
    access_log.record(store, access_log.PRINT, access_log.NO_PHOTO_LIST, 28, "Groep 5")
    access_log.record(store, access_log.EXPORT, access_log.OVERVIEW_XLSX, 600)
    item = window.access_log_actions.action
    assert item is not None and item in window.manage_menu.actions()
    dialog = window.access_log_actions.open()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AccessLogDialog)
    ui = dialog.ui
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    assert dialog.width() <= screen.width()
    assert dialog.model.rowCount() == 3
    texts = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    assert texts[2:6] == ["Exporteren", "Overzicht in Excel", "", "600"]

    ui.action.setCurrentIndex(ui.action.findData(access_log.PRINT))
    assert [e.what for e in dialog.entries] == ["no_photo_list"]
    assert dialog.model.index(0, 4).data() == "Groep 5"
    ui.action.setCurrentIndex(0)
    ui.user.setCurrentIndex(ui.user.findText(store.signed_in().login))
    assert len(dialog.entries) == 3
    ui.since.set_date(date(2999, 1, 1))
    assert dialog.entries == [] and not ui.exportCsv.isEnabled()
    ui.since.setText("")
    ui.since.editingFinished.emit()
    assert len(dialog.entries) == 3

    target = tmp_path / "toegangslog.csv"
    monkeypatch.setattr(
        "korre_desktop.gui.dialogs.log_dialog.save_file", lambda *_args, **_kw: target
    )
    assert dialog.export_csv() == target
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0] == list(access_log.CSV_COLUMNS)
    assert [row[3] for row in rows[1:]] == ["overview_xlsx", "no_photo_list", "person_detail"]
    dialog.close()


def test_the_menu_item_is_only_there_for_who_may_read_the_log(
    qtbot, demo_db: Path, settings: QSettings, dutch, monkeypatch
) -> None:
    monkeypatch.setattr(Store, "signed_in", lambda self: SignedIn("juf.anna", Role.LEERKRACHT))
    opened = open_window(qtbot, demo_db, settings)
    try:
        assert opened.access_log_actions.action is None
        assert "Toegangs&log…" not in [a.text() for a in opened.manage_menu.actions()]
    finally:
        opened.close()
        opened.context.jobs.wait()
