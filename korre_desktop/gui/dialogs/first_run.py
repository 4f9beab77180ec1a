"""The first start on a machine: the foundation, where the data lives, and how to begin.

Three steps in one dialog (like the import wizard):

1. Welkom: the foundation's name and its schools (a list that may stay empty).
2. Waar de gegevens staan: on this computer or on the foundation's server.
   On this computer: the folder for ``korre.sqlite``, checked as it is typed: a folder that
   cannot be written is refused; a network share or cloud-synced folder gets a red warning
   that must be acknowledged; a database already there is opened as it is (step 3 is
   skipped).
   On the server: host, port, database, user and password; "Verbinden" tries them in the
   background and says next to the fields what it found: a Korre Desktop database is
   opened as it is (step 3 is skipped), an empty one is set up on Finish; a failure is
   worded next to the field it concerns. The password may be kept in the OS keyring.
3. Beginnen: import from the administration system, demo data, or empty.

Nothing is written before Finish; then ``services.first_run`` creates the database (all or
nothing) and remembers the location (a server's without its password). Cancel leaves
everything as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QWidget,
)

from korre_desktop.errors import KorreError
from korre_desktop.gui import server_words as words
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from korre_desktop.gui.jobs import Job, JobRunner
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import encryption
from korre_desktop.services import first_run as fr
from korre_desktop.services import server_login as sl
from korre_desktop.services.first_run import FirstRunResult

translate = QCoreApplication.translate

WELCOME, FOLDER, START = range(3)
STEPS = 3
FILE_PLACE, SERVER_PLACE = range(2)  # the pages of step 2's placeStack
CHECK_DELAY_MS = 250  # wait for a pause in typing before checking the folder
ICON_SIZE = 32
ERROR_STYLE = "color: #b00020; font-weight: bold"
FOUND_STYLE = "color: #1b5e20; font-weight: bold"
BUSY_STYLE = "color: #555"

__all__ = ["FirstRunResult", "FirstRunWizard", "run_first_run"]


def problem_text(check: fr.FolderCheck) -> str:
    """Why the folder cannot be used, as the user reads it."""
    example = str(fr.default_folder())
    texts = {
        fr.NO_FOLDER: translate("FirstRunWizard", "Choose a folder."),
        fr.NOT_ABSOLUTE: translate(
            "FirstRunWizard", "Type the full path of the folder, for example %1."
        ).replace("%1", example),
        fr.NOT_A_FOLDER: translate(
            "FirstRunWizard", "This is a file, not a folder. Choose a folder."
        ),
        fr.NOT_WRITABLE: translate(
            "FirstRunWizard",
            "Korre Desktop cannot write in this folder. Choose a folder in which you may "
            "save files, for example %1.",
        ).replace("%1", example),
        fr.DATABASE_NOT_A_FILE: translate(
            "FirstRunWizard",
            "This folder holds a folder named korre.sqlite. Choose another folder.",
        ),
        fr.NOT_A_DATABASE: translate(
            "FirstRunWizard",
            "The file korre.sqlite in this folder is not a Korre Desktop database, or it is "
            "damaged. Choose another folder.",
        ),
    }
    return texts.get(check.problem or "", "")


def warning_text(warning: str) -> str:
    """The warning for a risky place (locations.location_warning)."""
    if warning == "cloud":
        return translate(
            "FirstRunWizard",
            "Warning: this folder is synced to the cloud (OneDrive, Dropbox, Google Drive or "
            "iCloud). Syncing can damage the database while the app uses it, and data can be "
            "lost. A folder on this computer's own disk is strongly advised, and keep backups.",
        )
    return translate(
        "FirstRunWizard",
        "Warning: this folder is on a network share. A database on a network share can be "
        "damaged, for example when the connection drops, and data can be lost. A folder on "
        "this computer's own disk is strongly advised, and keep backups.",
    )


def show_text(label: QLabel, text: str) -> None:
    """A message label is shown only while it has something to say (no empty gaps)."""
    label.setText(text)
    label.setVisible(bool(text))


def tell(parent: QWidget, text: str) -> None:
    """A warning the user must read before the wizard closes (replaced in tests)."""
    QMessageBox.warning(parent, parent.windowTitle(), text)


def _probe(generation: int, fields: sl.ServerFields, location: ServerLocation) -> tuple:
    """Runs in the background: what is at ``location``, or why it cannot be reached (the
    error as a value: an expected outcome, not a failure to log)."""
    try:
        found: object = sl.probe(location)
    except (KorreError, OSError) as exc:
        found = exc
    return generation, fields, location, found


class FirstRunWizard(QDialog):
    """The first-run wizard; after it was accepted, ``outcome`` says where and what next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.outcome: FirstRunResult | None = None
        self.check = fr.FolderCheck(None, fr.NO_FOLDER)
        self._check_stale = True
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_folder)
        self._jobs = JobRunner(self)
        self.server_found: str | None = None  # sl.KORRE / sl.EMPTY for the fields as they are
        self.server: ServerLocation | None = None  # the one that was found (with its password)
        self._server_fields: sl.ServerFields | None = None
        self._probe_generation = 0  # a probe of fields since changed is ignored
        self._busy = False  # a connection test runs
        self._finishing = False  # the database is being set up or opened: no Cancel
        self._key_refused = False  # the passphrase for a new encrypted file will not do

        style = self.style()
        self._critical = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        ui.existingIcon.setPixmap(info.pixmap(ICON_SIZE, ICON_SIZE))
        for icon in (ui.problemIcon, ui.existingIcon):
            icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        ui.problemFrame.hide()
        ui.existingFrame.hide()
        ui.riskAccepted.hide()
        for label in (
            ui.foundationError,
            ui.schoolsError,
            ui.demoNote,
            ui.finishError,
            ui.hostError,
            ui.tlsNote,
            ui.databaseError,
            ui.loginError,
            ui.connectStatus,
        ):
            show_text(label, "")

        # step 1
        ui.foundationName.setText(fr.DEFAULT_FOUNDATION)
        ui.foundationName.textChanged.connect(self._update_buttons)
        ui.addSchool.clicked.connect(self.add_school)
        ui.removeSchool.clicked.connect(self.remove_school)
        ui.newSchool.installEventFilter(self)
        ui.newSchool.textChanged.connect(lambda _text: show_text(ui.schoolsError, ""))
        ui.schoolList.itemChanged.connect(self._school_edited)
        ui.schoolList.currentItemChanged.connect(lambda *_: self._update_buttons())
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.schoolList)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_school)

        # step 2
        ui.folder.setText(str(fr.default_folder()))
        ui.folder.textChanged.connect(self._folder_edited)
        ui.browse.clicked.connect(self.browse)
        ui.riskAccepted.toggled.connect(self._update_buttons)
        ui.fileChoice.toggled.connect(self._place_changed)
        ui.serverChoice.setAccessibleDescription(ui.serverIntro.text())
        ui.port.setValue(sl.DEFAULT_PORT)
        ui.port.setGroupSeparatorShown(False)
        for field, error in (
            (ui.host, ui.hostError),
            (ui.databaseName, ui.databaseError),
            (ui.userName, ui.loginError),
            (ui.password, ui.loginError),
        ):
            field.textChanged.connect(lambda _text, error=error: self._server_edited(error))
        ui.port.valueChanged.connect(lambda _value: self._server_edited(ui.hostError))
        ui.connectButton.clicked.connect(self.connect_to_server)
        keyring_problem = sl.keyring_problem()
        ui.rememberPassword.setEnabled(keyring_problem is None)
        show_text(ui.keyringNote, words.keyring_problem_text(keyring_problem))
        if keyring_problem is not None:
            ui.rememberPassword.setAccessibleDescription(ui.keyringNote.text())

        # step 3
        for choice in (ui.importChoice, ui.demoChoice, ui.emptyChoice):
            choice.toggled.connect(self._update_start_page)
        for choice, help_label in (
            (ui.importChoice, ui.importHelp),
            (ui.demoChoice, ui.demoHelp),
            (ui.emptyChoice, ui.emptyHelp),
        ):
            choice.setAccessibleDescription(help_label.text())

        # step 3: encryption of a new file (on where a keyring keeps the key; without
        # one a passphrase is asked at every start)
        self._keyring = encryption.keyring_usable()
        ui.encryptFile.setChecked(self._keyring)
        ui.encryptFile.toggled.connect(lambda _on: self._update_start_page())
        show_text(ui.encryptHelp, self.encrypt_help())
        ui.encryptFile.setAccessibleDescription(ui.encryptHelp.text())
        for field in (ui.passphrase, ui.passphraseAgain):
            field.textChanged.connect(lambda _text: show_text(self.ui.passphraseError, ""))
        show_text(ui.passphraseError, "")

        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.cancelButton.clicked.connect(self.reject)
        self.check_folder()
        self._show_page(WELCOME)

    # -- state ----------------------------------------------------------------------------

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def foundation(self) -> str:
        return fr.clean_name(self.ui.foundationName.text())

    def schools(self) -> list[str]:
        items = self.ui.schoolList
        return fr.clean_school_names(items.item(row).text() for row in range(items.count()))

    def on_server(self) -> bool:
        """Step 2 chose the foundation's server (not a file on this computer)."""
        return self.ui.serverChoice.isChecked()

    def opens_existing(self) -> bool:
        """Step 2 found a database that is opened as it is (no step 3)."""
        if self.on_server():
            return self.server_found == sl.KORRE
        return self.check.existing and not self._check_stale

    def choice(self) -> str:
        ui = self.ui
        if ui.demoChoice.isChecked():
            return fr.DEMO
        if ui.emptyChoice.isChecked():
            return fr.EMPTY
        return fr.IMPORT

    def page_ready(self, page: int | None = None) -> bool:
        """Whether Next (or Finish) may be pressed on ``page`` (default: the current one)."""
        page = self.page() if page is None else page
        if page == WELCOME:
            return bool(self.foundation()) and not fr.duplicate_school_names(self.schools())
        if page == FOLDER and self.on_server():
            return not self._busy and self.server_found in (sl.KORRE, sl.EMPTY)
        if page == FOLDER:
            check = self.check
            return (
                not self._check_stale
                and check.problem is None
                and (check.warning is None or self.ui.riskAccepted.isChecked())
            )
        return True

    # -- pages ----------------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        ui.stepLabel.setText(
            self.tr("Step %1 of %2").replace("%1", str(page + 1)).replace("%2", str(STEPS))
        )
        if page == START:
            self._update_start_page()
        self._update_buttons()
        focus = {
            WELCOME: ui.foundationName,
            FOLDER: ui.host if self.on_server() else ui.folder,
            START: next(
                b for b in (ui.importChoice, ui.demoChoice, ui.emptyChoice) if b.isChecked()
            ),
        }[page]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        ui = self.ui
        page = self.page()
        ui.backButton.setVisible(page != WELCOME)
        if page == START:
            ui.nextButton.setText(self.tr("&Finish"))
            ui.nextButton.setAccessibleName(self.tr("Finish"))
        elif page == FOLDER and self.opens_existing():
            ui.nextButton.setText(self.tr("&Open database"))
            ui.nextButton.setAccessibleName(self.tr("Open database"))
        else:
            ui.nextButton.setText(self.tr("&Next >"))
            ui.nextButton.setAccessibleName(self.tr("Next"))
        if page == FOLDER and self.on_server():
            # Next before a connection was tried tries it (Enter in the fields does too).
            ui.nextButton.setEnabled(not self._busy)
        else:
            ui.nextButton.setEnabled(
                self.page_ready(page) or (page == FOLDER and self._check_stale)
            )
        if self._finishing:
            ui.nextButton.setEnabled(False)
        ui.backButton.setEnabled(not (self._busy or self._finishing))
        ui.connectButton.setEnabled(not (self._busy or self._finishing))
        ui.cancelButton.setEnabled(not self._finishing)
        ui.removeSchool.setEnabled(ui.schoolList.currentItem() is not None)
        show_text(
            ui.foundationError,
            "" if self.foundation() else self.tr("Fill in the name of the foundation."),
        )

    def back(self) -> None:
        if self.page() > WELCOME:
            self._show_page(self.page() - 1)

    def next(self) -> None:
        """Next, or on the last step Finish (also the default button: Enter)."""
        page = self.page()
        if self._finishing:
            return
        if page == FOLDER and self.on_server():
            if self._busy:
                return
            if self.server_found is None:  # not tried yet (or the fields changed)
                self.connect_to_server()
                return
        elif page == FOLDER and self._check_stale:
            self.check_folder()
        if not self.page_ready(page):
            return
        if page == START or (page == FOLDER and self.opens_existing()):
            self.finish()
        else:
            self._show_page(page + 1)

    def reject(self) -> None:
        if self._finishing:  # setting up the database: it ends by itself, soon
            return
        super().reject()

    # -- step 1: the foundation and its schools -------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in "New school" adds the school (and, with nothing typed, goes on as Next).
        if (
            watched is self.ui.newSchool
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.ui.newSchool.text().strip()
        ):
            self.add_school()
            return True
        return super().eventFilter(watched, event)

    def add_school(self) -> bool:
        """Add the name typed in "New school" to the list; False when it is empty or there."""
        ui = self.ui
        name = fr.clean_name(ui.newSchool.text())
        ui.newSchool.setFocus()
        if not name:
            return False
        if name.casefold() in (school.casefold() for school in self.schools()):
            show_text(ui.schoolsError, self.tr("“%1” is already in the list.").replace("%1", name))
            return False
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        ui.schoolList.addItem(item)
        ui.schoolList.setCurrentItem(item)
        ui.newSchool.clear()
        show_text(ui.schoolsError, "")
        self._update_buttons()
        return True

    def remove_school(self) -> None:
        ui = self.ui
        row = ui.schoolList.currentRow()
        if row < 0:
            return
        ui.schoolList.takeItem(row)
        self._school_edited()
        (ui.schoolList if ui.schoolList.count() else ui.newSchool).setFocus()

    def _school_edited(self, item: QListWidgetItem | None = None) -> None:
        ui = self.ui
        if item is not None:
            cleaned = fr.clean_name(item.text())
            if not cleaned:  # a name emptied by editing: the line goes
                ui.schoolList.takeItem(ui.schoolList.row(item))
            elif cleaned != item.text():
                item.setText(cleaned)  # comes back here once, then it is clean
                return
        duplicates = fr.duplicate_school_names(self.schools())
        show_text(
            ui.schoolsError,
            self.tr("“%1” is in the list twice; change or remove one.").replace("%1", duplicates[0])
            if duplicates
            else "",
        )
        self._update_buttons()

    # -- step 2: the folder ---------------------------------------------------------------

    def browse(self) -> None:
        start = self.check.folder or fr.default_folder()
        while not start.is_dir() and start != start.parent:
            start = start.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the data"), str(start)
        )
        if chosen:
            self.ui.folder.setText(str(Path(chosen)))
            self.check_folder()

    def _folder_edited(self) -> None:
        self._check_stale = True
        self.ui.riskAccepted.setChecked(False)
        self._check_timer.start()
        self._update_buttons()

    def check_folder(self) -> fr.FolderCheck:
        """Check the folder now (also run shortly after typing stops) and show the outcome."""
        self._check_timer.stop()
        ui = self.ui
        check = fr.check_folder(ui.folder.text())
        self.check = check
        self._check_stale = False
        database = check.database
        ui.databaseFile.setText(
            self.tr("Database file: %1").replace("%1", str(database)) if database else ""
        )
        message = ""
        if check.problem is not None:
            message = problem_text(check)
            ui.problemIcon.setPixmap(self._critical.pixmap(ICON_SIZE, ICON_SIZE))
        elif check.warning is not None:
            message = warning_text(check.warning)
            ui.problemIcon.setPixmap(self._warning.pixmap(ICON_SIZE, ICON_SIZE))
        ui.problemText.setText(message)
        ui.problemFrame.setVisible(bool(message))
        ui.riskAccepted.setVisible(check.problem is None and check.warning is not None)
        ui.existingFrame.setVisible(check.existing)
        described = [message, ui.existingText.text() if check.existing else ""]
        ui.folder.setAccessibleDescription(" ".join(text for text in described if text))
        self._update_buttons()
        return check

    # -- step 3: how to begin -------------------------------------------------------------

    def encrypt_help(self) -> str:
        if self._keyring:
            return self.tr(
                "A stolen computer or disk then gives nothing away. The key is kept in this"
                " computer's keychain; you get a recovery code to print for the foundation's"
                " safe."
            )
        return self.tr(
            "A stolen computer or disk then gives nothing away. This computer has no"
            " keychain: the passphrase is asked at every start. You also get a recovery code"
            " to print for the foundation's safe."
        )

    def encrypts(self) -> bool:
        """A new file on this computer, to be encrypted."""
        return not self.on_server() and not self.check.existing and self.ui.encryptFile.isChecked()

    def new_key(self) -> encryption.NewKey | None:
        """The key of the new file (None: plain); a passphrase that will not do is said
        next to its field (and raises nothing: None and ``_key_refused``)."""
        self._key_refused = False
        if not self.encrypts():
            return None
        if self._keyring:
            return encryption.choose_key(None)
        ui = self.ui
        problem = encryption.passphrase_problem(ui.passphrase.text(), ui.passphraseAgain.text())
        if problem is not None:
            self._key_refused = True
            ui.passphraseError.setStyleSheet(ERROR_STYLE)
            show_text(ui.passphraseError, self.passphrase_problem_text(problem))
            ui.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return encryption.choose_key(ui.passphrase.text())

    def passphrase_problem_text(self, problem: str) -> str:
        if problem == encryption.TOO_SHORT:
            return self.tr(
                "Use at least %1 characters: a few words make a good passphrase."
            ).replace("%1", str(encryption.MIN_PASSPHRASE))
        if problem == encryption.DIFFERENT:
            return self.tr("The two passphrases differ.")
        return self.tr("Type a passphrase.")

    def _update_start_page(self) -> None:
        ui = self.ui
        on_file = not self.on_server()
        ui.encryptFile.setVisible(on_file)
        ui.encryptHelp.setVisible(on_file)
        ui.passphraseBox.setVisible(on_file and not self._keyring and ui.encryptFile.isChecked())
        show_text(
            ui.demoNote,
            self.tr(
                "The demo data brings its own schools: the schools entered in step 1 are not added."
            )
            if self.choice() == fr.DEMO and self.schools()
            else "",
        )
        database = self.check.database
        if self.on_server():
            fields = self._server_fields
            ui.summary.setText(
                self.tr("The database %1 on the server is set up for the foundation.").replace(
                    "%1", fields.key
                )
                if fields
                else ""
            )
        else:
            ui.summary.setText(
                self.tr("The database is created as %1.").replace("%1", str(database))
                if database
                else ""
            )
        show_text(ui.finishError, "")

    # -- finish ---------------------------------------------------------------------------

    def finish(self) -> FirstRunResult | None:
        """Create (or adopt) the database; accept the dialog with ``outcome`` set (a
        server's in the background: None then, and the dialog is accepted when done)."""
        if self.on_server():
            self.finish_on_server()
            return None
        database = self.check.database
        if database is None:
            return None
        error_label = self.ui.finishError if self.page() == START else self.ui.problemText
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.check.existing:
                fr.use_existing(database)
                outcome = FirstRunResult(database, fr.EXISTING)
            else:
                choice = self.choice()
                key = self.new_key()
                if self._key_refused:
                    return None
                fr.set_up(
                    database,
                    self.foundation(),
                    self.schools(),
                    with_schools=choice != fr.DEMO,
                    key=key,
                )
                outcome = FirstRunResult(
                    database, choice, key.recovery_code if key is not None else None
                )
        except (KorreError, OSError) as exc:
            self._show_error(error_label, user_message(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.outcome = outcome
        self.accept()
        return outcome

    # -- step 2: the foundation's server ---------------------------------------------------

    def _place_changed(self) -> None:
        ui = self.ui
        ui.placeStack.setCurrentIndex(SERVER_PLACE if self.on_server() else FILE_PLACE)
        self._update_buttons()

    def server_fields(self) -> tuple[sl.ServerFields | None, list]:
        ui = self.ui
        return sl.check_fields(
            ui.host.text(), ui.port.value(), ui.databaseName.text(), ui.userName.text()
        )

    def _server_edited(self, error: QLabel) -> None:
        """A field changed: its message goes, and what was found no longer holds."""
        ui = self.ui
        self._probe_generation += 1
        self._busy = False
        self.server_found = None
        self.server = None
        show_text(error, "")
        show_text(ui.connectStatus, "")
        show_text(ui.tlsNote, words.tls_text(ui.host.text()))
        self._update_buttons()

    def _error_label(self, field: str) -> QLabel:
        ui = self.ui
        return {
            words.HOST: ui.hostError,
            "port": ui.hostError,
            words.DATABASE: ui.databaseError,
            words.LOGIN: ui.loginError,
            "user": ui.loginError,
        }.get(field, ui.connectStatus)

    def _field_of(self, field: str) -> QWidget:
        ui = self.ui
        return {
            words.HOST: ui.host,
            "port": ui.port,
            words.DATABASE: ui.databaseName,
            "user": ui.userName,
            words.LOGIN: ui.password,
        }.get(field, ui.connectButton)

    def _show_status(self, text: str, style: str) -> None:
        self.ui.connectStatus.setStyleSheet(style)
        show_text(self.ui.connectStatus, text)

    def _clear_server_messages(self) -> None:
        ui = self.ui
        for label in (ui.hostError, ui.databaseError, ui.loginError, ui.connectStatus):
            show_text(label, "")

    def connect_to_server(self) -> bool:
        """Try the fields in the background (the window stays usable); the outcome comes
        next to the fields. False when a field is missing or wrong (said next to it)."""
        ui = self.ui
        if self._busy or self._finishing:
            return False
        self._clear_server_messages()
        fields, problems = self.server_fields()
        for problem in problems:
            label = self._error_label(problem.field)
            if not label.text():  # one message per label: the first problem
                label.setStyleSheet(ERROR_STYLE)
                show_text(label, words.field_problem_text(problem))
        if fields is None:
            self._field_of(problems[0].field).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        location = sl.server_location(fields, ui.password.text() or None)
        self._probe_generation += 1
        generation = self._probe_generation
        self._busy = True
        self._server_fields = fields
        self._show_status(self.tr("Connecting to %1…").replace("%1", fields.key), BUSY_STYLE)
        job = Job(lambda _progress: _probe(generation, fields, location))
        job.succeeded.connect(self._probed)
        job.failed.connect(self._probe_failed)
        self._jobs.start(job)
        self._update_buttons()
        return True

    def _secret_free(self, text: str) -> str:
        """A message as shown: never with the password in it (whatever the server said)."""
        password = self.ui.password.text()
        return text.replace(password, "•••") if password else text

    def _probed(self, outcome: tuple) -> None:
        generation, fields, location, found = outcome
        if generation != self._probe_generation:
            return  # the fields changed while it ran
        self._busy = False
        if isinstance(found, BaseException):
            field, text = words.connect_failure(found, fields)
            label = self._error_label(field)
            show_text(self.ui.connectStatus, "")
            label.setStyleSheet(ERROR_STYLE)
            show_text(label, self._secret_free(text))
            self._field_of(field).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.server_found = found
            self.server = location
            self._show_status(words.found_text(found, fields), FOUND_STYLE)
            self.ui.nextButton.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _probe_failed(self, error: BaseException) -> None:
        """Something unexpected went wrong (it was logged): said in general words."""
        self._busy = False
        self._show_status(user_message(error), ERROR_STYLE)
        self._update_buttons()

    def finish_on_server(self) -> None:
        """Open or set up the server database in the background; keep (or forget) the
        password in the keyring; then accept with ``outcome`` set."""
        ui = self.ui
        location, fields = self.server, self._server_fields
        if location is None or fields is None or self.server_found is None:
            return
        existing = self.server_found == sl.KORRE
        choice = fr.EXISTING if existing else self.choice()
        foundation, schools = self.foundation(), self.schools()
        remember = ui.rememberPassword.isEnabled() and ui.rememberPassword.isChecked()
        password = ui.password.text()

        def work(_progress: object) -> tuple:
            try:
                if existing:
                    fr.use_existing(location)
                else:
                    fr.set_up_server(location, foundation, schools, with_schools=choice != fr.DEMO)
            except (KorreError, OSError) as exc:
                return choice, location, exc, None
            kept = None
            if remember and password:
                kept = sl.save_password(fields, password)
            else:  # one kept before (another installation) would be used at the start
                sl.forget_password(fields)
            return choice, location, None, kept

        self._finishing = True
        label = ui.finishError if self.page() == START else ui.connectStatus
        show_text(
            label,
            self.tr("Opening the database on the server…")
            if existing
            else self.tr("Setting up the database on the server…"),
        )
        label.setStyleSheet(BUSY_STYLE)
        job = Job(work)
        job.succeeded.connect(self._finished_on_server)
        job.failed.connect(self._finish_failed)
        self._jobs.start(job)
        self._update_buttons()

    def _finished_on_server(self, outcome: tuple) -> None:
        choice, location, error, kept = outcome
        self._finishing = False
        if error is not None:
            self._finish_failed(error)
            return
        self.outcome = FirstRunResult(location, choice)
        if kept is False:
            tell(self, words.not_kept_text())
        self.accept()

    def _finish_failed(self, error: BaseException) -> None:
        """Said where Finish (or Open database) was pressed; pressing it again retries."""
        ui = self.ui
        self._finishing = False
        field, text = words.connect_failure(error, self._server_fields)
        if self.page() == START:
            label = ui.finishError
        else:
            show_text(ui.connectStatus, "")
            label = self._error_label(field)
        label.setStyleSheet(ERROR_STYLE)
        show_text(label, self._secret_free(text))
        self._update_buttons()

    def _show_error(self, label: QLabel, message: str) -> None:
        label.setStyleSheet(ERROR_STYLE)
        show_text(label, message)
        if label is self.ui.problemText:
            self.ui.problemIcon.setPixmap(self._critical.pixmap(ICON_SIZE, ICON_SIZE))
            self.ui.problemFrame.show()


def run_first_run(app: QApplication | None = None) -> FirstRunResult | None:
    """Show the wizard (modal, before any window); None when it was cancelled."""
    wizard = FirstRunWizard()
    if app is not None and not app.windowIcon().isNull():
        wizard.setWindowIcon(app.windowIcon())
    try:
        wizard.exec()
        outcome = wizard.outcome
    finally:
        wizard.deleteLater()
    if outcome is not None and outcome.recovery_code is not None:
        from korre_desktop.gui.dialogs.database_key import show_recovery_code

        show_recovery_code(outcome.recovery_code, Path(outcome.path))
    return outcome
