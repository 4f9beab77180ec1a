"""The main window: the tabs of people and authorisations, menus, status bar, and the
empty-database start page."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)

from korre_desktop.gui import role_view
from korre_desktop.gui.access_log_actions import AccessLogActions
from korre_desktop.gui.access_request_actions import AccessRequestActions
from korre_desktop.gui.authorisation_actions import AuthorisationActions
from korre_desktop.gui.check_words import finding_text, progress_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.correspondence_actions import CorrespondenceActions
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.export_actions import ExportActions
from korre_desktop.gui.forms.ui_main_window import Ui_MainWindow
from korre_desktop.gui.forms_actions import FormsActions
from korre_desktop.gui.icons import set_icons, set_tab_icons
from korre_desktop.gui.import_actions import ImportActions
from korre_desktop.gui.jobs import Job, progress_dialog
from korre_desktop.gui.language_menu import LanguageMenu
from korre_desktop.gui.live_refresh import LiveRefresh
from korre_desktop.gui.print_actions import PrintActions
from korre_desktop.gui.purge_actions import PurgeActions
from korre_desktop.gui.record_actions import RecordActions
from korre_desktop.gui.record_tab import RecordTab
from korre_desktop.gui.role_page import RolePage
from korre_desktop.gui.role_words import signed_in_text
from korre_desktop.gui.scan_actions import ScanActions
from korre_desktop.gui.start_page import StartPage
from korre_desktop.gui.tabs.authorisations import AuthorisationsTab
from korre_desktop.gui.tabs.consent import ConsentTab
from korre_desktop.gui.tabs.employees import EmployeesTab
from korre_desktop.gui.tabs.protocols import ProtocolsTab
from korre_desktop.gui.tabs.students import StudentsTab
from korre_desktop.gui.tabs.worklists import WorklistsTab
from korre_desktop.gui.user_actions import UserActions
from korre_desktop.gui.window_lock import MINUTE_MS, WindowLock
from korre_desktop.locations import location_warning
from korre_desktop.services import server_login
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.entry import PersonChoice
from korre_desktop.services.progress import Progress
from korre_desktop.services.settings import lock_after_minutes
from korre_desktop.services.status_export import export_status_csv
from korre_desktop.store import Store

log = logging.getLogger(__name__)
START_PAGE, TABS_PAGE, ROLE_PAGE = 0, 1, 2  # ROLE_PAGE: a role that reads no people
BACKUP_CHECK_MS = 60 * 60 * 1000  # whether an automatic backup is due, while the app is open


def quit_keys() -> list[QKeySequence]:
    """The system's Quit keys (Ctrl+Q on Linux, Cmd+Q on macOS, none on Windows) and Ctrl+Q,
    each once: one key twice on an action is "ambiguous" to Qt, which then does nothing."""
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def signs_in(store: Store) -> bool:
    """People sign in to this database (the server), or it is one local user (a file)."""
    return store.is_server


class MainWindow(QMainWindow):
    signed_out = Signal()  # Afmelden: gui/app.py's Session asks who signs in next

    def __init__(self, context: AppContext, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.db_path = db_path
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        context.errors.set_parent_widget(self)

        self.start_page = StartPage()
        self.ui.pages.removeWidget(self.ui.startPage)
        self.ui.startPage.deleteLater()
        self.ui.pages.insertWidget(START_PAGE, self.start_page)
        self.start_page.ui.loadDemo.clicked.connect(self.load_demo)
        self.signed_in = context.store.signed_in()
        self.role_page = RolePage(self.signed_in)
        self.ui.pages.insertWidget(ROLE_PAGE, self.role_page)

        self.employees_tab = EmployeesTab(context)
        self.students_tab = StudentsTab(context)
        self.protocols_tab = ProtocolsTab(context)
        self.consent_tab = ConsentTab(context)
        self.worklists_tab = WorklistsTab(context)
        self.authorisations_tab = AuthorisationsTab(context)
        self.record_tabs: list[RecordTab] = [
            self.employees_tab,
            self.students_tab,
            self.protocols_tab,
            self.consent_tab,
            self.worklists_tab,
            self.authorisations_tab,
        ]
        # The tabs whose rows are people (the record actions and forms work on them).
        self.person_tabs = self.record_tabs[:-1]
        for tab in self.record_tabs:
            self.ui.tabs.addTab(tab, tab.title())
            tab.counts_changed.connect(self._update_counts)
            tab.loading_changed.connect(self._update_loading)
            tab.progressed.connect(self._show_progress)
        role_view.apply_tabs(self, self.signed_in)
        self.ui.tabs.currentChanged.connect(self._tab_changed)

        self._setup_actions()
        self._setup_record_actions()
        self._setup_print_and_export()
        self._setup_manage()
        self.access_log_actions = AccessLogActions(
            context, self, self.manage_menu, purge=db_path is not None
        )
        for log_action in (
            self.access_log_actions.change_log_action,
            self.access_log_actions.action,
        ):
            if log_action is not None:  # the privacy officer's page too
                self.role_page.add_action(log_action)
        self.user_actions = UserActions(context, self, self.manage_menu)  # a server's beheerder
        self._setup_help()
        self._setup_session()
        self._setup_icons()
        self._setup_status_bar()
        self._update_title()
        self.restore_layout()
        role_view.apply(self, self.signed_in)
        self._demo_job: Job | None = None
        self.last_check_message: str | None = None
        self.live = LiveRefresh(self, context.watch, self.reload_all) if context.watch else None
        self.show_start_or_tabs()

    # -- set-up -----------------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.setShortcuts(quit_keys())
        ui.actionFind.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        ui.actionRefresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionRefresh.triggered.connect(self.reload_all)
        ui.actionLoadDemo.triggered.connect(self.load_demo)
        ui.actionExportStatus.triggered.connect(self.export_status)
        ui.actionBackup.triggered.connect(self.make_backup)
        ui.actionCheck.triggered.connect(self.check_database)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionEnterConsent.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionEnterProtocol.setShortcut(QKeySequence("Ctrl+Shift+E"))
        ui.actionWithdraw.setShortcut(QKeySequence("Ctrl+Shift+W"))
        ui.actionEnterConsent.triggered.connect(self.enter_consent)
        ui.actionEnterProtocol.triggered.connect(self.enter_protocol)
        ui.actionWithdraw.triggered.connect(self.withdraw)
        ui.actionProtocolVersions.triggered.connect(self.protocol_versions)

    def _setup_help(self) -> None:
        """Help → Handleiding (F1) and About; Beeld → Taal."""
        self.manual_action = QAction(self.tr("&Manual"), self)
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.manual_action.setStatusTip(self.tr("How to use Korre Desktop"))
        self.manual_action.triggered.connect(self.show_manual)
        self.ui.menuHelp.insertAction(self.ui.actionAbout, self.manual_action)
        self.ui.menuHelp.insertSeparator(self.ui.actionAbout)
        self.language_menu = LanguageMenu(self.context.settings, self)
        self.ui.menuView.addSeparator()
        self.ui.menuView.addMenu(self.language_menu)

    def _setup_session(self) -> None:
        """The server's sign-in: sign out, change password and lock (Bestand), and the
        lock after idle time. Not on the embedded file: one local user, protected by the
        PC's own sign-in and screen lock."""
        server = signs_in(self.context.store)
        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.setStatusTip(self.tr("Your own password on the server"))
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setStatusTip(self.tr("Hide all data until you type your password"))
        self.sign_out_action = QAction(self.tr("Sign o&ut"), self)
        self.sign_out_action.setStatusTip(self.tr("Close this session; someone else may sign in"))
        self.sign_out_action.triggered.connect(self.sign_out)
        actions = [self.change_password_action, self.lock_action, self.sign_out_action]
        for action in actions:
            action.setVisible(server)
        self.ui.menuFile.insertActions(self.ui.actionQuit, actions)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        minutes = lock_after_minutes(self.context.store) if server else 0
        self.window_lock = WindowLock(
            self,
            lambda typed: server_login.is_password_of(self.db_path, typed),
            self.signed_in.login,
            minutes * MINUTE_MS,
        )
        self.window_lock.page.ui.signOut.clicked.connect(self.sign_out)
        self.window_lock.unlocked.connect(self.show_start_or_tabs)
        self.lock_action.triggered.connect(self.window_lock.lock)

    def sign_out(self) -> None:
        self.signed_out.emit()

    def change_password(self) -> QDialog:
        from korre_desktop.gui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context.store, self.db_path, self.signed_in.login, self)
        dialog.accepted.connect(lambda: self._password_changed(dialog.changed))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _password_changed(self, location: object) -> None:
        """The session goes on with the new password (workers' connections too)."""
        if location is None:
            return
        self.db_path = location
        self.context.open_store = lambda: Store.open(location)
        self.ui.statusBar.showMessage(self.tr("Your password was changed."), 10000)

    def _setup_icons(self) -> None:
        ui = self.ui
        ui.entryToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_tab_icons(
            ui.tabs, ["staff", "students", "protocols", "consent", "worklists", "authorisations"]
        )
        records, prints, forms_ = self.record_actions, self.print_actions, self.forms_actions
        set_icons(
            [
                (ui.actionLoadDemo, "demo"),
                (ui.actionExportStatus, "export"),
                (ui.actionBackup, "backup"),
                (ui.actionCheck, "check"),
                (ui.actionQuit, "quit"),
                (ui.actionFind, "search"),
                (ui.actionRefresh, "refresh"),
                (ui.actionEnterConsent, "enter-consent"),
                (ui.actionEnterProtocol, "enter-protocol"),
                (ui.actionWithdraw, "withdraw"),
                (ui.actionProtocolVersions, "versions"),
                (self.consent_forms_action, "consent"),
                (self.settings_action, "settings"),
                (self.authorisation_actions.accounts, "accounts"),
                (self.authorisation_actions.grant, "authorisations"),
                (self.authorisation_actions.withdraw, "withdraw"),
                (self.authorisation_actions.view_evidence, "search"),
                (self.correspondence_actions.press_reports, "press"),
                (self.correspondence_actions.dossier, "dossier"),
                (ui.actionAbout, "about"),
                (self.manual_action, "help"),
                (self.language_menu.menuAction(), "language"),
                (prints.print_no_photo, "no-photo"),
                (prints.print_worklists, "print"),
                (forms_.print_consent_forms, "print"),
                (forms_.print_protocol_forms, "print"),
                (self.export_actions.export_overview, "export"),
                (self.import_actions.import_data, "import"),
                (self.scan_actions.read_scans, "scan-read"),
                (self.scan_actions.review_scans, "scan-review"),
                (self.scan_actions.watch_folder, "scan-watch"),
                (records.new_student, "new-person"),
                (records.new_employee, "new-person"),
                (records.new_guardian, "new-person"),
                (records.edit_selected, "edit"),
                (records.new_school, "school"),
                (self.start_page.ui.loadDemo, "demo"),
            ]
        )

    def _setup_record_actions(self) -> None:
        """Adding and editing records (schools, classes, people): a menu and the tables'
        context menus; a double-click edits."""
        actions = RecordActions(self.context, self)
        self.record_actions = actions
        # The access request (AVG art. 15) of the selected person, beside editing them.
        self.access_request_actions = AccessRequestActions(self.context, self)
        access_request = self.access_request_actions.export
        menu = QMenu(self.tr("&Records"), self)
        groups = (
            [actions.new_student, actions.new_employee, actions.new_guardian],
            [actions.edit_selected, actions.set_left, access_request],
            [actions.new_school, actions.new_class, actions.new_school_year],
        )
        for number, group in enumerate(groups):
            if number:
                menu.addSeparator()
            menu.addActions(group)
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), menu)
        self.records_menu = menu
        actions.records_changed.connect(self.records_changed)
        # Erasure on request (issue 17): the beheerder's, for a person who left.
        self.purge_actions = PurgeActions(self.context, self)
        self.purge_actions.purged.connect(self.records_changed)
        menu.insertAction(actions.new_school, self.purge_actions.erase)
        menu.insertSeparator(actions.new_school)
        for tab in self.person_tabs:
            table = tab.ui.table
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addActions(
                [
                    actions.edit_selected,
                    actions.set_left,
                    self.ui.actionWithdraw,
                    access_request,
                    self.purge_actions.erase,
                ]
            )
            table.doubleClicked.connect(lambda _index: self._edit_if_allowed())
        for tab in self.record_tabs:
            tab.person_selected.connect(self._person_selected)

    def _edit_if_allowed(self) -> None:
        """A double-click edits, for a role that may (a hidden action still triggers)."""
        if self.record_actions.edit_selected.isVisible():
            self.record_actions.edit_selected.trigger()

    def _setup_print_and_export(self) -> None:
        """Printing (no-photo lists, worklists, pre-filled forms) and the Excel overview."""
        self.print_actions = PrintActions(self.context, self)
        self.forms_actions = FormsActions(self.context, self)
        self.export_actions = ExportActions(self.context, self)
        menu = QMenu(self.tr("&Print"), self)
        menu.addActions([self.print_actions.print_no_photo, self.print_actions.print_worklists])
        menu.addSeparator()
        menu.addActions(
            [self.forms_actions.print_consent_forms, self.forms_actions.print_protocol_forms]
        )
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), menu)
        self.print_menu = menu
        self.print_actions.print_no_photo.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.import_actions = ImportActions(self.context, self)
        self.import_actions.imported.connect(self.records_changed)
        self.ui.menuFile.insertAction(self.ui.actionLoadDemo, self.import_actions.import_data)
        self.scan_actions = ScanActions(self.context, self)
        self.scan_actions.scanned.connect(lambda _report: self.records_changed())
        self.scan_actions.reviewed.connect(self.records_changed)
        self.ui.menuFile.insertActions(self.ui.actionLoadDemo, self.scan_actions.actions())
        self.ui.menuFile.insertSeparator(self.scan_actions.read_scans)
        self.ui.menuFile.insertSeparator(self.ui.actionLoadDemo)
        self.ui.menuFile.insertAction(self.ui.actionBackup, self.export_actions.export_overview)
        self.ui.menuFile.insertSeparator(self.ui.actionBackup)
        self.ui.entryToolBar.addSeparator()
        self.ui.entryToolBar.addAction(self.print_actions.print_no_photo)
        for tab in (self.students_tab, self.consent_tab):
            button = QToolButton()
            button.setDefaultAction(self.print_actions.print_no_photo)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setText(self.tr("&Print…"))
            tab.ui.filterRow.addWidget(button)
        self.consent_tab.ui.date.date_changed.connect(self.export_actions.set_date)

    def _setup_manage(self) -> None:
        """Beheer: the school's consent form versions and the settings; the social-media
        accounts and the authorisations to post for them (also on their tab); the press
        reports and the personnel file."""
        self.consent_forms_action = QAction(self.tr("&Consent forms…"), self)
        self.consent_forms_action.setStatusTip(
            self.tr("The consent form versions: channels, media, validity and texts")
        )
        self.consent_forms_action.triggered.connect(self.consent_forms)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setStatusTip(self.tr("What the office may change"))
        self.settings_action.triggered.connect(self.edit_settings)
        authorisations = AuthorisationActions(self.context, self, self.selected_choice)
        authorisations.changed.connect(self.records_changed)
        self.authorisation_actions = authorisations
        self.authorisations_tab.add_actions(authorisations.tab_actions())
        menu = QMenu(self.tr("&Manage"), self)
        menu.addActions([self.consent_forms_action, self.settings_action])
        menu.addSeparator()
        menu.addAction(authorisations.accounts)
        menu.addActions(authorisations.tab_actions())
        # Press reports and the personnel file: windows of their own, nowhere else.
        self.correspondence_actions = CorrespondenceActions(self.context, self)
        menu.addSeparator()
        menu.addActions(self.correspondence_actions.actions())
        menu.addSeparator()
        menu.addAction(self.purge_actions.apply_periods)  # the retention periods (issue 17)
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), menu)
        self.manage_menu = menu

    def _person_selected(self, person: object) -> None:
        if self.sender() is not self.current_tab():
            return
        self._select_for_actions(person)

    def _select_for_actions(self, person: object) -> None:
        self.authorisation_actions.set_row(person)
        if person is None:
            self.record_actions.set_selection(None, None)
            self.access_request_actions.set_selection(None, None)
            self.purge_actions.set_selection(None, None)
        else:
            self.record_actions.set_selection(person.kind, person.id)
            number = str(getattr(person, "number", "") or "")
            self.access_request_actions.set_selection(person.kind, person.id, number)
            self.purge_actions.set_selection(person.kind, person.id)
        if getattr(person, "kind", None) == "student":
            self.print_actions.set_class_context(person.school, person.class_name or None)
        elif person is not None:
            self.print_actions.set_class_context(None, None)

    def _setup_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_loading)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.ui.statusBar.addPermanentWidget(self.progress_bar)
        self.ui.statusBar.addPermanentWidget(self.cancel_button)
        self.ui.statusBar.addPermanentWidget(self.counts_label)
        self.backup_warning = QLabel()
        self.backup_warning.setStyleSheet("color: #b00020")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()
        self.ui.statusBar.addWidget(self.backup_warning, 1)
        self._backup_failure_shown = False
        if self.db_path is not None and location_warning(self.db_path):
            warning = QLabel(
                self.tr(
                    "Warning: the database is on a network share or in a cloud-synced folder; move it to a local disk."  # noqa: E501
                )
            )
            warning.setStyleSheet("color: #b00020; font-weight: bold")
            self.ui.statusBar.addWidget(warning)

    def _update_title(self) -> None:
        where = str(self.db_path) if self.db_path else self.tr("(in memory)")
        if signs_in(self.context.store):  # several people share the server: who is it
            where = f"{signed_in_text(self.signed_in)} — {where}"
        self.setWindowTitle(f"Korre Desktop — {where}")

    # -- pages and tabs ---------------------------------------------------------------------------

    def show_start_or_tabs(self) -> None:
        if self.window_lock.is_locked:  # read again once unlocked
            return
        if not role_view.has_people_tabs(self):
            self.ui.pages.setCurrentIndex(ROLE_PAGE)
            self._update_counts()
            return
        empty = self.context.store.is_empty()
        self.ui.pages.setCurrentIndex(START_PAGE if empty else TABS_PAGE)
        self.ui.actionLoadDemo.setEnabled(empty)
        self.ui.actionExportStatus.setEnabled(not empty)
        for action in (
            self.ui.actionEnterConsent,
            self.ui.actionEnterProtocol,
            self.ui.actionWithdraw,
            self.authorisation_actions.grant,
        ):
            action.setEnabled(not empty)
        if not empty:
            self.current_tab().ensure_loaded()
        self._update_counts()

    def current_tab(self) -> RecordTab:
        return self.record_tabs[self.ui.tabs.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        if self.ui.pages.currentIndex() == TABS_PAGE and self.ui.tabs.isTabVisible(index):
            self.current_tab().ensure_loaded()
        if hasattr(self, "authorisation_actions"):
            self._select_for_actions(self.current_tab().selected_person())
        self._update_counts()
        self._update_loading()

    def _update_counts(self) -> None:
        if self.ui.pages.currentIndex() == START_PAGE:
            self.counts_label.setText(self.tr("Empty database"))
            return
        if self.ui.pages.currentIndex() != TABS_PAGE:
            self.counts_label.setText("")
            return
        tab = self.current_tab()
        self.counts_label.setText(
            tab.status_text() if tab.model.total_count() or not tab.is_loading() else ""
        )

    def _update_loading(self, *_args: object) -> None:
        loading = self.current_tab().is_loading()
        self.progress_bar.setVisible(loading)
        self.cancel_button.setVisible(loading)
        if loading:
            self.progress_bar.setRange(0, 0)
            self.ui.statusBar.showMessage(self.tr("Loading…"))
        else:
            self.ui.statusBar.clearMessage()
        self._update_counts()

    def _show_progress(self, done: int, total: int) -> None:
        if self.sender() is self.current_tab() and total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _cancel_loading(self) -> None:
        job = self.current_tab()._job
        if job is not None:
            job.cancel()

    def focus_search(self) -> None:
        if self.ui.pages.currentIndex() == TABS_PAGE:
            self.current_tab().focus_search()

    def reload_all(self) -> None:
        for tab in self.record_tabs:
            tab._loaded = False
        self.show_start_or_tabs()

    def records_changed(self) -> None:
        """After a save: every tab is out of date; the visible one reloads now."""
        self.reload_all()

    # -- entering forms ---------------------------------------------------------------------------

    def selected_choice(self) -> PersonChoice | None:
        if self.ui.pages.currentIndex() != TABS_PAGE:
            return None
        person = self.current_tab().selected_person()
        if person is None or not person.active:
            return None
        return PersonChoice(
            kind=person.kind,
            id=person.id,
            number=person.number,
            name=person.name,
            school=person.school,
            class_name=person.class_name,
            birth_date=person.birth_date,
        )

    def _open_entry_dialog(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(lambda _id: self._stale_after_save())
        dialog.finished.connect(lambda _result: self._reload_if_stale())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _stale_after_save(self) -> None:
        self._stale = True

    def _reload_if_stale(self) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.records_changed()

    # The dialogs import the image libraries (OpenCV, PDFium, ...): loaded when first
    # used, so the window opens quickly.

    def enter_consent(self) -> QDialog:
        from korre_desktop.gui.dialogs.consent_entry import ConsentEntryDialog

        return self._open_entry_dialog(ConsentEntryDialog(self.context, self))

    def enter_protocol(self) -> QDialog:
        from korre_desktop.gui.dialogs.protocol_entry import ProtocolEntryDialog

        dialog = ProtocolEntryDialog(self.context, self)
        dialog.versions_changed.connect(self._stale_after_save)
        return self._open_entry_dialog(dialog)

    def withdraw(self) -> QDialog:
        from korre_desktop.gui.dialogs.withdraw import WithdrawDialog

        return self._open_entry_dialog(
            WithdrawDialog(self.context, self, person=self.selected_choice())
        )

    def protocol_versions(self) -> QDialog:
        from korre_desktop.gui.dialogs.protocol_versions import ProtocolVersionsDialog

        dialog = ProtocolVersionsDialog(self.context, self)
        dialog.changed.connect(self._stale_after_save)
        dialog.finished.connect(lambda _result: self._reload_if_stale())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def consent_forms(self) -> QDialog:
        from korre_desktop.gui.dialogs.consent_forms import ConsentFormsDialog

        dialog = ConsentFormsDialog(self.context, self)
        dialog.changed.connect(self._stale_after_save)
        dialog.finished.connect(lambda _result: self._reload_if_stale())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(1120, 680)
        dialog.open()
        return dialog

    def edit_settings(self) -> QDialog:
        from korre_desktop.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.changed.connect(lambda _keys: self._settings_changed())
        dialog.language_changed.connect(self._language_chosen)
        dialog.finished.connect(lambda _result: self._reload_if_stale())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_changed(self) -> None:
        self._stale_after_save()
        if signs_in(self.context.store):
            self.window_lock.set_minutes(lock_after_minutes(self.context.store))

    def _language_chosen(self, code: str) -> None:
        """Chosen in the settings: Beeld → Taal shows the same choice."""
        action = self.language_menu.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    # -- actions ----------------------------------------------------------------------------------

    def start_after_first_run(self, choice: str) -> None:
        """After the first-run wizard, once the window shows: the import wizard or demo data."""
        if choice == "import":
            QTimer.singleShot(0, self.import_actions.open_wizard)
        elif choice == "demo":
            QTimer.singleShot(0, self.load_demo)

    def load_demo(self) -> None:
        if self._demo_job is not None:
            return
        if not self.context.store.is_empty():
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Demo data can only be loaded into an empty database."),
            )
            return
        dialog = progress_dialog(self.tr("Making demo data…"), self.tr("Cancel"), self, delay_ms=0)
        open_store = self.context.open_store

        def work(progress: Progress) -> object:
            with open_store() as store:
                return generate_demo(store, progress=progress)

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _l: (dialog.setMaximum(max(total, 1)), dialog.setValue(done))
        )
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(lambda _summary: self.reload_all())
        job.failed.connect(self.context.errors.show)
        job.cancelled.connect(
            lambda: self.ui.statusBar.showMessage(
                self.tr("Cancelled: no demo data was saved."), 8000
            )
        )

        def ended() -> None:
            self._demo_job = None
            dialog.close()
            dialog.deleteLater()

        job.ended.connect(ended)
        self._demo_job = job
        dialog.show()
        self.context.jobs.start(job)

    def export_status(self) -> None:
        on = self.consent_tab.selected_date()
        suggested = str(Path.home() / f"status-{on.isoformat()}.csv")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export status as CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if target:
            self.run_export_status(Path(target), on)

    def run_export_status(self, target: Path, on) -> Job:
        open_store = self.context.open_store

        def work(progress: Progress) -> int:
            with open_store() as store:
                return export_status_csv(store, target, on, progress, excel=True)

        job = Job(work)
        job.succeeded.connect(
            lambda count: self.ui.statusBar.showMessage(
                self.tr("%1 people written to %2")
                .replace("%1", str(count))
                .replace("%2", str(target)),
                10000,
            )
        )
        job.failed.connect(self.context.errors.show)
        return self.context.jobs.start(job)

    def make_backup(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"korre-backup-{stamp}.sqlite")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Make a backup"), suggested, self.tr("Database files (*.sqlite)")
        )
        if target:
            self.run_backup(Path(target))

    def run_backup(self, target: Path) -> Job:
        open_store = self.context.open_store

        def work(_progress: Progress) -> Path:
            with open_store() as store:
                return store.backup_to(target)

        job = Job(work)
        job.succeeded.connect(
            lambda path: self.ui.statusBar.showMessage(
                self.tr("Backup written: %1").replace("%1", str(path)), 10000
            )
        )
        job.failed.connect(self.context.errors.show)
        return self.context.jobs.start(job)

    def check_database(self) -> Job:
        """The full check (every stored file, text and date too) in the background, with
        progress and Cancel; the result names the damaged records."""
        open_store = self.context.open_store
        dialog = progress_dialog(self.tr("Checking the database…"), self.tr("Cancel"), self)

        def work(progress: Progress) -> list:
            with open_store() as store:
                return store.check(step=progress.step)

        job = Job(work)
        job.progressed.connect(
            lambda done, total, label: (
                dialog.setMaximum(max(total, 1)),
                dialog.setValue(done),
                dialog.setLabelText(progress_text(label)),
            )
        )
        dialog.canceled.connect(job.cancel)
        job.succeeded.connect(self._show_check_result)
        job.failed.connect(self.context.errors.show)
        job.cancelled.connect(self._check_cancelled)
        job.ended.connect(lambda: (dialog.close(), dialog.deleteLater()))
        self.check_job = job
        return self.context.jobs.start(job)

    def _check_cancelled(self) -> None:
        self.last_check_message = self.tr("The check was cancelled.")
        self.ui.statusBar.showMessage(self.last_check_message, 8000)

    def _show_check_result(self, findings: list) -> None:
        if findings:
            lines = [finding_text(finding) for finding in findings[:20]]
            if len(findings) > 20:
                lines.append(self.tr("and %1 more").replace("%1", str(len(findings) - 20)))
            self.last_check_message = (
                self.tr("The database has problems:") + "\n" + "\n".join(lines)
            )
            box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), "", parent=self)
            box.setText(self.last_check_message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, without blocking the event loop
        else:
            self.last_check_message = self.tr("The database is in good order.")
            self.ui.statusBar.showMessage(self.last_check_message, 10000)

    def start_automatic_backup(self) -> Job:
        """The periodic backup (when the newest is older than the setting says): at the
        start and every hour after. A failure shows in the status bar until a backup
        succeeds, and in a message the first time in a session."""
        open_store = self.context.open_store

        def work(_progress: Progress) -> Path | None:
            with open_store() as store:
                # Nothing to lose yet in a new, empty database.
                return None if store.is_empty() else store.automatic_backup()

        job = Job(work)
        job.succeeded.connect(lambda _made: self.backup_warning.hide())
        job.failed.connect(self._automatic_backup_failed)
        return self.context.jobs.start(job)

    def _automatic_backup_failed(self, error: BaseException) -> None:
        log.warning("automatic backup failed: %s", error)
        message = user_message(error)
        self.backup_warning.setText(self.tr("No automatic backup: %1").replace("%1", message))
        self.backup_warning.show()
        if not self._backup_failure_shown:
            self._backup_failure_shown = True
            self.context.errors.show(error, self.tr("Automatic backup"))

    def show_about(self) -> QDialog:
        from korre_desktop.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.db_path, self, self.signed_in)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_manual(self) -> QDialog:
        from korre_desktop.gui.dialogs.manual import open_manual

        return open_manual(self)

    # -- layout memory ----------------------------------------------------------------------------

    def restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.ui.tabs.setCurrentIndex(int(settings.value("window/tab", 0) or 0))
        for tab in self.record_tabs:
            tab.restore_layout()

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.ui.tabs.currentIndex())
        for tab in self.record_tabs:
            tab.save_layout()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live is not None:
            self.live.stop()
        self.save_layout()
        self.context.jobs.cancel_all()
        self.context.jobs.wait(10_000)
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.live is not None:
            self.live.start()
        if not getattr(self, "_backup_started", False) and self.db_path is not None:
            self._backup_started = True
            QTimer.singleShot(0, self.start_automatic_backup)
            # An office leaves the app open for days: the interval setting still holds.
            self._backup_timer = QTimer(self)
            self._backup_timer.timeout.connect(self.start_automatic_backup)
            self._backup_timer.start(BACKUP_CHECK_MS)
