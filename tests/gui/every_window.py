"""Every window and dialog of the app, opened in turn in the states a user sees them (each
tab of the window, each step of a wizard, each mode of a dialog), for the checks that must
hold everywhere: unique Alt-letters, and no English in the Dutch window.

``window_states`` walks the main window (its tabs, the start page of an empty database),
``menus`` its menus, ``dialog_states`` every dialog opened from it, ``review_states`` the
scanned-forms review with pages waiting, and ``first_run_states`` the first-run wizard
(and the password the foundation's server asks at the start). Each yields ``(name,
top-level widget)`` while that state is on screen; the caller checks it before the walk
goes on (and closes it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from korre_desktop.gui.main_window import MainWindow
from korre_desktop.services.evidence import SourceFile

Opened = Iterator[tuple[str, QWidget]]


def settle(qtbot, widget: QWidget) -> None:
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def wait_jobs(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.context.jobs.active() == 0, timeout=20_000)
    QApplication.processEvents()


def window_states(qtbot, window: MainWindow) -> Opened:
    """The window on each tab (loaded)."""
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.record_tabs[index]
        tab.ensure_loaded()
        qtbot.waitUntil(lambda tab=tab: tab._loaded and not tab.is_loading(), timeout=20_000)
        if tab.model.rowCount():
            tab.ui.table.selectRow(0)
        QApplication.processEvents()
        yield f"window, tab {window.ui.tabs.tabText(index)!r}", window


def menus(window: MainWindow) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the menu bar (and its submenus), and a table's context menu."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
        yield path, menu
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} > {action.text()}")

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.menu(), action.text())
    context = QMenu(window)
    context.addActions(window.students_tab.ui.table.actions())
    yield "context menu of a table", context


def _first_id(window: MainWindow, table: str, column: str = "id") -> int:
    rows = window.context.store.rows(f"SELECT {column} FROM {table} ORDER BY id LIMIT 1")
    return rows[0][column]


def _show(qtbot, dialog: QWidget) -> QWidget:
    if not dialog.isVisible():
        dialog.show()
    settle(qtbot, dialog)
    return dialog


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    QApplication.processEvents()


def _one(qtbot, name: str, dialog: QWidget) -> Opened:
    _show(qtbot, dialog)
    yield name, dialog
    _close(dialog)


def students_csv(folder: Path) -> Path:
    """A small export as a school office has it (invented names)."""
    rows = [
        ["Leerlingnummer", "Roepnaam", "Tussenv.", "Achternaam", "Geb.datum", "Groep"],
        ["990001", "Fenna", "", "Altena", "14-03-2019", "Groep 3"],
        ["990002", "Jelte", "van", "Oord", "02-05-2018", "Groep 4"],
    ]
    path = folder / "leerlingen.csv"
    path.write_bytes("\r\n".join(";".join(row) for row in rows).encode("cp1252") + b"\r\n")
    return path


def _import_states(qtbot, window: MainWindow, folder: Path) -> Opened:
    from korre_desktop.gui.dialogs.import_wizard.base import CHECK, COLUMNS

    wizard = _show(qtbot, window.import_actions.open_wizard())
    yield "import wizard, step 1", wizard
    wizard.file_chosen(students_csv(folder))
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    yield "import wizard, step 1 with a file", wizard
    wizard.next()
    assert wizard.page() == COLUMNS, wizard.ui.fileError.text()
    if wizard.ui.schoolCombo.currentIndex() < 0:
        wizard.ui.schoolCombo.setCurrentIndex(0)
    QApplication.processEvents()
    yield "import wizard, step 2", wizard
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.page() == CHECK, wizard.ui.columnsError.text()
    wizard.ui.missingBox.show()  # as when students on record are missing from the file
    wizard.ui.skipErrors.show()  # as when rows have errors
    QApplication.processEvents()
    yield "import wizard, step 3", wizard
    _close(wizard)
    wait_jobs(qtbot, window)


def _print_states(qtbot, window: MainWindow) -> Opened:
    dialog = _show(qtbot, window.print_actions.open_no_photo())
    for radio in (dialog.ui.classesRadio, dialog.ui.schoolRadio, dialog.ui.groupRadio):
        radio.setChecked(True)
        QApplication.processEvents()
        yield f"no-photo list, {radio.objectName()}", dialog
    dialog.start_new_group()
    QApplication.processEvents()
    yield "no-photo list, new trip group", dialog
    _close(dialog)
    yield from _one(qtbot, "worklists", window.print_actions.open_worklists())


def _forms_states(qtbot, window: MainWindow) -> Opened:
    for kind in ("consent", "protocol"):
        dialog = _show(qtbot, window.forms_actions.open_dialog(kind))
        for radio in dialog.findChildren(type(dialog.ui.classChoice)):
            if radio.isVisibleTo(dialog):
                radio.setChecked(True)
                QApplication.processEvents()
                yield f"print {kind} forms, {radio.objectName()}", dialog
        _close(dialog)


def _consent_forms_states(qtbot, window: MainWindow) -> Opened:
    dialog = _show(qtbot, window.consent_forms())
    for index in range(dialog.ui.details.count()):
        dialog.ui.details.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"consent forms, tab {dialog.ui.details.tabText(index)!r}", dialog
    dialog.start_new_version()
    QApplication.processEvents()
    for index in range(dialog.ui.details.count()):
        dialog.ui.details.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"consent forms, new version, tab {dialog.ui.details.tabText(index)!r}", dialog
    dialog.discard_draft()
    _close(dialog)


def _record_states(qtbot, window: MainWindow) -> Opened:
    actions = window.record_actions
    student, employee = _first_id(window, "students"), _first_id(window, "employees")
    yield from _one(qtbot, "new student", actions.open_new_student())
    yield from _one(qtbot, "new employee", actions.open_new_employee())
    yield from _one(qtbot, "new school", actions.open_new_school())
    yield from _one(qtbot, "new class", actions.open_new_class())
    yield from _one(qtbot, "new school year", actions.open_new_school_year())
    for kind, person in (("student", student), ("employee", employee)):
        actions.set_selection(kind, person)
        yield from _one(qtbot, f"edit {kind}", actions.open_edit())
        yield from _one(qtbot, f"leaving date of a {kind}", actions.open_leave())
    actions.set_selection("student", student)
    dialog = _show(qtbot, actions.open_new_guardian())
    yield "new guardian", dialog
    dialog.ui.existingMode.setChecked(True)
    QApplication.processEvents()
    yield "guardian on record", dialog
    _close(dialog)
    guardian = window.context.store.rows(
        "SELECT guardian_id FROM student_guardians ORDER BY guardian_id LIMIT 1"
    )[0]
    dialog = actions.open_guardian(
        _guardian_student(window, guardian["guardian_id"]), guardian["guardian_id"]
    )
    yield from _one(qtbot, "edit guardian", dialog)


def _guardian_student(window: MainWindow, guardian_id: int) -> int:
    return window.context.store.rows(
        "SELECT student_id FROM student_guardians WHERE guardian_id = ? LIMIT 1", [guardian_id]
    )[0]["student_id"]


def _viewer(qtbot, window: MainWindow) -> Opened:
    from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
    from korre_desktop.services.pdf.no_photo import no_photo_pdf_bytes
    from korre_desktop.services.pdf.selection import SchoolSelection, school_names

    store = window.context.store
    school = school_names(store)[0]
    data, _summary = no_photo_pdf_bytes(store, SchoolSelection(school), window.context.today())
    source = SourceFile(data=data, mime_type="application/pdf", name="voorbeeld.pdf")
    viewer = DocumentViewer(window.context, source, "Voorbeeld", window)
    yield from _one(qtbot, "document viewer", viewer)
    wait_jobs(qtbot, window)
    yield from _message_viewer_states(qtbot, window)


def _message_viewer_states(qtbot, window: MainWindow) -> Opened:
    from korre_desktop.gui.dialogs.message_viewer import MessageViewer
    from tests.mail_samples import dutch_eml, dutch_msg

    for name, data in (("e-mail viewer", dutch_eml()), ("damaged e-mail", dutch_msg()[:3000])):
        yield from _one(qtbot, name, MessageViewer(window.context, data, "klacht", window))


def _authorisation_states(qtbot, window: MainWindow) -> Opened:
    """Beheer → Accounts and what it opens; granting and withdrawing an authorisation."""
    actions = window.authorisation_actions
    accounts = _show(qtbot, actions.open_accounts())
    yield "accounts", accounts
    accounts.ui.table.selectRow(0)  # the foundation's account, in use
    QApplication.processEvents()
    yield from _one(qtbot, "new account", accounts.open_new())
    yield from _one(qtbot, "edit account", accounts.open_edit())
    yield from _one(qtbot, "end account", accounts.open_end())
    yield from _one(qtbot, "grant for an account", accounts.open_grant())
    _close(accounts)
    dialog = _show(qtbot, actions.open_grant())
    yield "grant authorisation", dialog
    _close(dialog)
    tab = window.authorisations_tab
    window.ui.tabs.setCurrentWidget(tab)
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab._loaded and not tab.is_loading(), timeout=20_000)
    tab.ui.table.selectRow(0)
    QApplication.processEvents()
    yield from _one(qtbot, "withdraw authorisation", actions.open_withdraw())


def _correspondence_states(qtbot, window: MainWindow) -> Opened:
    """Beheer → Persmeldingen and its form; the personnel file after its notice, with the
    demo's entry chosen, and its forms for a new document and a correction."""
    from korre_desktop.services.entry import person_by_id

    actions = window.correspondence_actions
    reports = _show(qtbot, actions.open_press_reports())
    reports.ui.table.selectRow(0)
    QApplication.processEvents()
    yield "press reports", reports
    yield from _one(qtbot, "new press report", reports.open_new())
    _close(reports)
    notice = _show(qtbot, actions.open_dossier())
    yield "personnel file notice", notice
    notice.continue_button.click()
    dossier = _show(qtbot, actions.current_dialog)
    yield "personnel file, no employee chosen", dossier
    employee = _first_id(window, "dossier_entries", "employee_id")
    dossier.ui.employee.pick(person_by_id(window.context.store, "employee", employee))
    dossier.ui.table.selectRow(0)
    QApplication.processEvents()
    yield "personnel file", dossier
    yield from _one(qtbot, "new personnel-file document", dossier.open_new())
    yield from _one(qtbot, "personnel-file correction", dossier.open_correction())
    _close(dossier)


def _users_states(qtbot, window: MainWindow) -> Opened:
    """Beheer → Gebruikers and its forms: adding a teacher and an office user, another
    role, the schools, a link, and the question before disabling."""
    from korre_desktop.domain.roles import Role
    from korre_desktop.gui.dialogs.user_dialog import LINK, ROLE, SCHOOLS, UserDialog
    from korre_desktop.gui.dialogs.users_dialog import DisableNotice
    from korre_desktop.services.users import User

    dialog = _show(qtbot, window.user_actions.open())
    yield "users", dialog
    add = _show(qtbot, dialog.open_add())
    yield "add user, a teacher", add
    add.ui.role.setCurrentIndex(add.ui.role.findData(Role.ADMINISTRATIE))
    QApplication.processEvents()
    yield "add user, an office", add
    _close(add)
    user = User("j.devries", Role.DIRECTIE, True, "1042", "", "")
    for mode in (ROLE, SCHOOLS, LINK):
        yield from _one(qtbot, f"user, {mode}", UserDialog(window.context, mode, user, dialog))
    yield from _one(qtbot, "disable user", DisableNotice(user.login, dialog))
    _close(dialog)


def _purge_states(qtbot, window: MainWindow) -> Opened:
    from korre_desktop.gui.dialogs.purge_dialog import PurgeDialog

    dialog = window.purge_actions.open_periods()
    yield from _one(qtbot, "apply retention periods", dialog)
    person = ("student", _first_id(window, "students"))
    erasure = PurgeDialog(window.context, dialog.plan, window, person)
    yield from _one(qtbot, "erase personal data", erasure)


def dialog_states(qtbot, window: MainWindow, folder: Path) -> Opened:
    """Every dialog the window opens, with the first student selected."""
    window.ui.tabs.setCurrentWidget(window.students_tab)
    tab = window.students_tab
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab._loaded and not tab.is_loading(), timeout=20_000)
    tab.ui.table.selectRow(0)
    QApplication.processEvents()
    yield from _one(qtbot, "enter consent form", window.enter_consent())
    yield from _one(qtbot, "enter protocol", window.enter_protocol())
    yield from _one(qtbot, "withdraw consent", window.withdraw())
    yield from _one(qtbot, "protocol versions", window.protocol_versions())
    yield from _import_states(qtbot, window, folder)
    yield from _one(qtbot, "scan review, empty", window.scan_actions.open_review())
    yield from _one(qtbot, "about", window.show_about())
    yield from _one(qtbot, "manual", window.show_manual())
    yield from _print_states(qtbot, window)
    yield from _forms_states(qtbot, window)
    yield from _consent_forms_states(qtbot, window)
    yield from _one(qtbot, "settings", window.edit_settings())
    yield from _one(qtbot, "overview date", window.export_actions.ask_export_overview())
    yield from _record_states(qtbot, window)
    yield from _authorisation_states(qtbot, window)
    yield from _correspondence_states(qtbot, window)
    yield from _one(qtbot, "access log", window.access_log_actions.open())
    yield from _purge_states(qtbot, window)
    if window.user_actions.action is not None:  # a beheerder on a server
        yield from _users_states(qtbot, window)
    yield from _viewer(qtbot, window)
    wait_jobs(qtbot, window)


def review_states(qtbot, context) -> Opened:
    """The review of scanned forms with pages waiting: each page in the queue."""
    from korre_desktop.gui.dialogs.scan_review import ScanReviewDialog

    dialog = ScanReviewDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    _show(qtbot, dialog)
    for index in range(len(dialog.queue_ids())):
        dialog.show_page(index)
        QApplication.processEvents()
        yield f"scan review, page {index + 1}", dialog
    _close(dialog)


def first_run_states(qtbot) -> Opened:
    from korre_desktop.gui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    _show(qtbot, wizard)
    for page in range(wizard.ui.pages.count()):
        wizard._show_page(page)
        QApplication.processEvents()
        yield f"first-run wizard, step {page + 1}", wizard
    # Step 2 on the foundation's server, with a message by every field and a connection
    # that found an empty database (so Next reads as it does then).
    from korre_desktop.domain.validation import REQUIRED, FieldProblem
    from korre_desktop.gui import server_words
    from korre_desktop.gui.dialogs.first_run import FOLDER, show_text
    from korre_desktop.services import server_login

    wizard._show_page(FOLDER)
    wizard.ui.serverChoice.setChecked(True)
    wizard.ui.host.setText("db.stichting.nl")
    ui = wizard.ui
    for label, field in ((ui.hostError, "host"), (ui.databaseError, "database")):
        show_text(label, server_words.field_problem_text(FieldProblem(field, REQUIRED)))
    fields = server_login.ServerFields("db.stichting.nl", "korre", "j.jansen")
    show_text(ui.loginError, server_words.reason_text("login", fields))
    show_text(ui.keyringNote, server_words.keyring_problem_text(server_login.NO_KEYRING))
    wizard.server_found = server_login.KORRE
    wizard._update_buttons()
    QApplication.processEvents()
    yield "first-run wizard, step 2 on the server", wizard
    # Step 3 on a computer without a keychain: the passphrase for the encrypted file.
    from korre_desktop.gui.dialogs.first_run import START
    from korre_desktop.services import encryption

    ui.fileChoice.setChecked(True)
    wizard._keyring = False
    wizard.ui.encryptFile.setChecked(True)
    wizard._show_page(START)
    show_text(ui.passphraseError, wizard.passphrase_problem_text(encryption.TOO_SHORT))
    QApplication.processEvents()
    yield "first-run wizard, step 3 with a passphrase", wizard
    _close(wizard)
    yield from server_password_states(qtbot)
    yield from database_key_states(qtbot)


def database_key_states(qtbot) -> Opened:
    """The passphrase asked at the start for an encrypted file, and a new recovery code."""
    from pathlib import Path

    from korre_desktop.gui.dialogs.database_key import RecoveryCodeDialog, UnlockDialog
    from korre_desktop.services import encryption
    from korre_desktop.store import file_keys

    path = Path("/home/office/Korre Desktop/korre.sqlite")
    dialog = UnlockDialog(path, wrong=True)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    from korre_desktop.gui.dialogs.first_run import show_text

    show_text(dialog.ui.secretError, dialog.problem_text(encryption.WRONG))
    yield "encrypted database: passphrase", dialog
    _close(dialog)
    code = RecoveryCodeDialog(file_keys.recovery_code(bytes(range(32))), path)
    qtbot.addWidget(code)
    _show(qtbot, code)
    code.copy()
    yield "recovery code", code
    code.ui.kept.setChecked(True)
    _close(code)


def server_password_states(qtbot) -> Opened:
    """The password asked at the start for the foundation's server, after a refusal."""
    from korre_desktop.errors import DatabaseError
    from korre_desktop.gui.dialogs.sign_in import SignInDialog
    from korre_desktop.server_location import ServerLocation

    refused = DatabaseError("cannot connect: password authentication failed", reason="login")
    dialog = SignInDialog(
        ServerLocation("postgresql://jansen:kept@db.stichting.nl:5432/korre"), refused
    )
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    yield "server password", dialog
    _close(dialog)
