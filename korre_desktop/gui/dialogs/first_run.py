"""The first start on a machine: the foundation, where the data lives, and how to begin.

Three steps in one dialog (like the import wizard):

1. Welkom: the foundation's name and its schools (a list that may stay empty).
2. Gegevensmap: the folder for ``korre.sqlite``, checked as it is typed: a folder that
   cannot be written is refused; a network share or cloud-synced folder gets a red warning
   that must be acknowledged; a database already there is opened as it is (step 3 is
   skipped).
3. Beginnen: import from the administration system, demo data, or empty.

Nothing is written before Finish; then ``services.first_run`` creates the database (all or
nothing) and remembers the location. Cancel leaves everything as it was.
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
    QStyle,
    QWidget,
)

from korre_desktop.errors import KorreError
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from korre_desktop.services import first_run as fr
from korre_desktop.services.first_run import FirstRunResult

translate = QCoreApplication.translate

WELCOME, FOLDER, START = range(3)
STEPS = 3
CHECK_DELAY_MS = 250  # wait for a pause in typing before checking the folder
ICON_SIZE = 32

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
        for label in (ui.foundationError, ui.schoolsError, ui.demoNote, ui.finishError):
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

        # step 3
        for choice in (ui.importChoice, ui.demoChoice, ui.emptyChoice):
            choice.toggled.connect(self._update_start_page)
        for choice, help_label in (
            (ui.importChoice, ui.importHelp),
            (ui.demoChoice, ui.demoHelp),
            (ui.emptyChoice, ui.emptyHelp),
        ):
            choice.setAccessibleDescription(help_label.text())

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
            FOLDER: ui.folder,
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
        elif page == FOLDER and self.check.existing and not self._check_stale:
            ui.nextButton.setText(self.tr("&Open database"))
            ui.nextButton.setAccessibleName(self.tr("Open database"))
        else:
            ui.nextButton.setText(self.tr("&Next >"))
            ui.nextButton.setAccessibleName(self.tr("Next"))
        ui.nextButton.setEnabled(self.page_ready(page) or (page == FOLDER and self._check_stale))
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
        if page == FOLDER and self._check_stale:
            self.check_folder()
        if not self.page_ready(page):
            return
        if page == START or (page == FOLDER and self.check.existing):
            self.finish()
        else:
            self._show_page(page + 1)

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

    def _update_start_page(self) -> None:
        ui = self.ui
        show_text(
            ui.demoNote,
            self.tr(
                "The demo data brings its own schools: the schools entered in step 1 are not added."
            )
            if self.choice() == fr.DEMO and self.schools()
            else "",
        )
        database = self.check.database
        ui.summary.setText(
            self.tr("The database is created as %1.").replace("%1", str(database))
            if database
            else ""
        )
        show_text(ui.finishError, "")

    # -- finish ---------------------------------------------------------------------------

    def finish(self) -> FirstRunResult | None:
        """Create (or adopt) the database; accept the dialog with ``outcome`` set."""
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
                fr.set_up(
                    database, self.foundation(), self.schools(), with_schools=choice != fr.DEMO
                )
                outcome = FirstRunResult(database, choice)
        except (KorreError, OSError) as exc:
            self._show_error(error_label, user_message(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.outcome = outcome
        self.accept()
        return outcome

    def _show_error(self, label: QLabel, message: str) -> None:
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
        return wizard.outcome
    finally:
        wizard.deleteLater()
