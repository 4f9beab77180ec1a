"""The window follows the role: each of the five roles sees the menus, buttons and tabs it
may use, and nothing else (absent, not disabled). Screenshots of each role's window go to
pytest's tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from korre_desktop.domain.roles import Permission, Role, SignedIn
from korre_desktop.gui import role_view
from korre_desktop.gui.main_window import ROLE_PAGE, TABS_PAGE, MainWindow
from korre_desktop.store import Store
from tests.gui.conftest import open_window, wait_loaded
from tests.gui.test_mnemonics import duplicates, menu_duplicates, mnemonic_owners

TABS = ["Personeel", "Leerlingen", "Protocollen", "Mediatoestemming", "Werklijsten", "Bevoegdheden"]
# What each role reads: the tabs (written out here, not derived from role_view).
TABS_OF = {
    Role.BEHEERDER: TABS,
    Role.ADMINISTRATIE: TABS,
    Role.DIRECTIE: TABS,
    Role.LEERKRACHT: ["Leerlingen", "Mediatoestemming"],
    Role.PRIVACY: [],
}
ALL_MENUS = ["Bestand", "Bewerken", "Invoeren", "Gegevens", "Afdrukken", "Beheer", "Beeld", "Help"]
MENUS_OF = {
    Role.BEHEERDER: ALL_MENUS,
    Role.ADMINISTRATIE: ALL_MENUS,
    Role.DIRECTIE: ["Bestand", "Bewerken", "Afdrukken", "Beheer", "Beeld", "Help"],
    Role.LEERKRACHT: ["Bestand", "Bewerken", "Afdrukken", "Beeld", "Help"],
    Role.PRIVACY: ["Bestand", "Beheer", "Beeld", "Help"],  # Beheer: the access log
}


def as_role(monkeypatch, role: Role) -> SignedIn:
    who = SignedIn(f"test-{role.value}", role)
    monkeypatch.setattr(Store, "signed_in", lambda self: who)
    return who


def visible_tabs(window: MainWindow) -> list[str]:
    tabs = window.ui.tabs
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]


def reachable_actions(window: MainWindow) -> set[QAction]:
    """What a user can reach: the shown menus' shown items, the shown toolbars' actions,
    and the buttons shown on the tabs."""
    found: set[QAction] = set()

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if not action.isVisible() or action.isSeparator():
                continue
            if isinstance(action.menu(), QMenu):
                walk(action.menu().actions())
            else:
                found.add(action)

    walk(window.menuBar().actions())
    for toolbar in window.findChildren(QToolBar):
        if toolbar.isVisibleTo(window):
            walk(toolbar.actions())
    for button in window.findChildren(QToolButton):
        if button.defaultAction() is not None and button.isVisibleTo(window):
            found.add(button.defaultAction())
    return found


@pytest.fixture
def role_window(qtbot, demo_db, settings, dutch, monkeypatch):
    opened: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        as_role(monkeypatch, role)
        window = open_window(qtbot, demo_db, settings)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        window.context.jobs.wait()


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_what_it_may_use_and_nothing_else(role_window, role, tmp_path: Path):
    window = role_window(role)
    who = window.signed_in
    assert who.role is role
    assert visible_tabs(window) == TABS_OF[role]
    shown_menus = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    assert shown_menus == MENUS_OF[role]
    reachable = reachable_actions(window)
    for action, need in role_view.action_needs(window):
        may = role_view.allowed(who, need)
        assert action.isVisible() == may, action.text()
        # what it may use it reaches; what it may not, it does not see anywhere
        assert (action in reachable) == may, action.text()
    # Shortcuts of hidden actions are dead with them: Ctrl+E enters a form only for the office.
    assert window.ui.actionEnterConsent.isVisible() == who.may(Permission.ENTER_STATEMENTS)
    assert duplicates(mnemonic_owners(window)) == []
    for action in window.menuBar().actions():
        if action.isVisible():
            assert menu_duplicates(action.menu()) == []


def test_a_teacher_reads_students_and_prints_the_no_photo_list(qtbot, role_window):
    window = role_window(Role.LEERKRACHT)
    assert window.ui.pages.currentIndex() == TABS_PAGE
    assert window.current_tab() in (window.students_tab, window.consent_tab)
    window.ui.tabs.setCurrentWidget(window.students_tab)
    wait_loaded(qtbot, window.students_tab)
    print_buttons = [
        b
        for b in window.findChildren(QToolButton)
        if b.defaultAction() is window.print_actions.print_no_photo and b.isVisibleTo(window)
    ]
    assert print_buttons  # on the tab and in the toolbar
    assert not window.record_actions.edit_selected.isVisible()
    # the detail pane: no record history, no scans for a teacher
    tab = window.students_tab
    tab.ui.table.selectRow(0)
    html = tab.ui.detail.toHtml()
    assert "Wijzigingen" not in html and "evidence:" not in html
    assert tab.show_evidence("0" * 64) is None
    # a double-click edits nothing
    index = tab.model.index(0, 0)
    tab.ui.table.doubleClicked.emit(index)
    assert window.record_actions.current_dialog is None


def test_the_office_sees_history_and_scans_in_the_detail_pane(qtbot, role_window):
    window = role_window(Role.ADMINISTRATIE)
    tab = window.students_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    assert tab.may(Permission.READ_CHANGE_LOG) and tab.may(Permission.READ_EVIDENCE)


def test_the_privacy_officer_sees_no_people(role_window):
    window = role_window(Role.PRIVACY)
    assert window.ui.pages.currentIndex() == ROLE_PAGE
    text = window.role_page.text.text()
    assert "test-privacy" in text and "wijzigingslog" in text and "toegangslog" in text
    assert all(not tab._loaded and not tab.is_loading() for tab in window.record_tabs)
    window.reload_all()  # F5 or a change on another PC: still no people
    assert window.ui.pages.currentIndex() == ROLE_PAGE
    assert window.counts_label.text() == ""
    assert not window.ui.entryToolBar.isVisibleTo(window)


def test_the_role_page_takes_the_two_logs_buttons(role_window):
    window = role_window(Role.PRIVACY)
    logs = window.access_log_actions
    assert all(a is not None and a.isVisible() for a in (logs.change_log_action, logs.action))
    buttons = [b for b in window.role_page.findChildren(QToolButton) if b.isVisibleTo(window)]
    assert [b.defaultAction() for b in buttons] == [logs.change_log_action, logs.action]


@pytest.mark.parametrize("role", list(Role))
def test_screenshot_of_each_role(qtbot, role_window, role, tmp_path: Path):
    window = role_window(role)
    window.resize(1366, 768)
    if window.ui.pages.currentIndex() == TABS_PAGE:
        wait_loaded(qtbot, window.current_tab())
        window.current_tab().ui.table.selectRow(0)
    QApplication.processEvents()
    target = tmp_path / f"window-{role.value}.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000
