"""The window follows the role: which permission each menu item, toolbar button and tab
needs, and the one place that shows a role only what it may use.

What a role may not use is absent (hidden, its shortcut dead), not disabled without a
reason. The server enforces the same (grants and row-level security): this is the window's
half, so nobody is offered an action that would only be refused. The embedded file is one
local user with every permission, so there everything shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from korre_desktop.domain.roles import Permission, SignedIn

if TYPE_CHECKING:
    from korre_desktop.gui.main_window import MainWindow

P = Permission
# A need: one permission, or several that must all be held.
Need = Permission | tuple[Permission, ...]


def allowed(signed_in: SignedIn, need: Need) -> bool:
    needs = need if isinstance(need, tuple) else (need,)
    return all(signed_in.may(permission) for permission in needs)


def action_needs(window: MainWindow) -> list[tuple[QAction, Need]]:
    """Every action of the window that not every role may use, with what it needs. Quit,
    Refresh, the language, the manual, About and the server's sign-in actions are for
    everyone and not listed."""
    ui = window.ui
    records = window.record_actions
    prints = window.print_actions
    forms = window.forms_actions
    scans = window.scan_actions
    authorisations = window.authorisation_actions
    letters = window.correspondence_actions
    return [
        # Bestand
        (window.import_actions.import_data, P.EDIT_RECORDS),
        (scans.read_scans, P.ENTER_STATEMENTS),
        (scans.review_scans, P.ENTER_STATEMENTS),
        (scans.watch_folder, P.ENTER_STATEMENTS),
        (ui.actionLoadDemo, P.EDIT_RECORDS),
        (ui.actionExportStatus, P.EXPORT),
        (window.export_actions.export_overview, P.EXPORT),
        (ui.actionBackup, P.MANAGE_SETTINGS),
        (ui.actionCheck, P.MANAGE_SETTINGS),
        # Bewerken: the search of the people tabs
        (ui.actionFind, P.READ_STUDENTS),
        # Invoer
        (ui.actionEnterConsent, P.ENTER_STATEMENTS),
        (ui.actionEnterProtocol, P.ENTER_STATEMENTS),
        (ui.actionWithdraw, P.ENTER_STATEMENTS),
        (ui.actionProtocolVersions, P.MANAGE_VERSIONS),
        # Gegevens
        (records.new_student, P.EDIT_RECORDS),
        (records.new_employee, (P.EDIT_RECORDS, P.READ_EMPLOYEES)),
        (records.new_guardian, P.EDIT_RECORDS),
        (records.edit_selected, P.EDIT_RECORDS),
        (records.set_left, P.EDIT_RECORDS),
        (window.access_request_actions.export, P.ACCESS_REQUEST),
        (records.new_school, P.EDIT_RECORDS),
        (records.new_class, P.EDIT_RECORDS),
        (records.new_school_year, P.EDIT_RECORDS),
        (window.purge_actions.erase, P.PURGE),
        # Afdrukken
        (prints.print_no_photo, P.PRINT_LISTS),
        (prints.print_worklists, P.EXPORT),
        (forms.print_consent_forms, P.PRINT_FORMS),
        (forms.print_protocol_forms, P.PRINT_FORMS),
        # Beheer
        (window.consent_forms_action, P.MANAGE_VERSIONS),
        (window.settings_action, P.MANAGE_SETTINGS),
        (authorisations.accounts, P.EDIT_RECORDS),
        (authorisations.grant, (P.EDIT_RECORDS, P.READ_EMPLOYEES)),
        (authorisations.withdraw, (P.EDIT_RECORDS, P.READ_EMPLOYEES)),
        (authorisations.view_evidence, (P.READ_EVIDENCE, P.READ_EMPLOYEES)),
        # The press reports and the personnel file are read and written in one window:
        # the office's (management reads them there with an office login).
        (letters.press_reports, P.EDIT_RECORDS),
        (letters.dossier, (P.EDIT_RECORDS, P.READ_EMPLOYEES)),
        (window.purge_actions.apply_periods, P.PURGE),
        # made only for who may use them (and the users only on a server)
        *(
            (action, need)
            for action, need in (
                (window.access_log_actions.action, P.READ_ACCESS_LOG),
                (window.access_log_actions.change_log_action, P.READ_CHANGE_LOG),
                (window.user_actions.action, P.MANAGE_USERS),
            )
            if action is not None
        ),
    ]


def tab_needs(window: MainWindow) -> list[tuple[QWidget, Need]]:
    """The tabs: each shows people of one kind or both."""
    both = (P.READ_STUDENTS, P.READ_EMPLOYEES)
    return [
        (window.employees_tab, P.READ_EMPLOYEES),
        (window.students_tab, P.READ_STUDENTS),
        (window.protocols_tab, both),  # staff and students who signed the protocol
        # The consent status is what a teacher reads (the server gives them their own
        # classes' students only).
        (window.consent_tab, P.READ_STUDENTS),
        (window.worklists_tab, (*both, P.EXPORT)),  # the office's and management's chasing
        (window.authorisations_tab, P.READ_EMPLOYEES),
    ]


def apply(window: MainWindow, signed_in: SignedIn) -> None:
    """Show ``signed_in`` what their role may use and nothing else."""
    for action, need in action_needs(window):
        action.setVisible(allowed(signed_in, need))
    apply_tabs(window, signed_in)
    _follow_actions(window)


def apply_tabs(window: MainWindow, signed_in: SignedIn) -> None:
    """The tabs only (before the window restores the last tab: a hidden one never loads)."""
    tabs = window.ui.tabs
    for tab, need in tab_needs(window):
        tabs.setTabVisible(tabs.indexOf(tab), allowed(signed_in, need))
    if not tabs.isTabVisible(tabs.currentIndex()):
        visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
        if visible:
            tabs.setCurrentIndex(visible[0])
    for tab in window.record_tabs:
        tab.signed_in = signed_in  # the detail pane: history and evidence by permission


def _follow_actions(window: MainWindow) -> None:
    """Buttons, menus and toolbars follow their actions: a button whose action is hidden
    hides; a menu or toolbar with nothing left hides."""
    for button in window.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not isinstance(button.parent(), QToolBar):
            button.setVisible(action.isVisible())
    window.start_page.ui.loadDemo.setVisible(window.ui.actionLoadDemo.isVisible())
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            action.setVisible(_shows_something(menu.actions()))
    for toolbar in window.findChildren(QToolBar):
        toolbar.setVisible(_shows_something(toolbar.actions()))


def _shows_something(actions: Iterable[QAction]) -> bool:
    for action in actions:
        if not action.isVisible() or action.isSeparator():
            continue
        menu = action.menu()
        if not isinstance(menu, QMenu) or _shows_something(menu.actions()):
            return True
    return False


def has_people_tabs(window: MainWindow) -> bool:
    tabs = window.ui.tabs
    return any(tabs.isTabVisible(i) for i in range(tabs.count()))
