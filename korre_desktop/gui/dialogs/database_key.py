"""The encrypted database file in the window: asking its passphrase or recovery code at the
start when no key is found (``UnlockDialog``), and showing a new recovery code once, to
copy or print for the foundation's safe (``RecoveryCodeDialog``). The keys themselves are
the services' (services/encryption.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

from korre_desktop.errors import KorreError
from korre_desktop.gui.dialogs.first_run import show_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_recovery_code_dialog import Ui_RecoveryCodeDialog
from korre_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from korre_desktop.gui.window_size import fit_height
from korre_desktop.services import encryption

GROUPS_PER_LINE = 7


class UnlockDialog(QDialog):
    """Asks the passphrase or recovery code of the encrypted file at ``path``; accepted
    once it opens the file (the key is then known for the session and kept in the
    keyring where there is one)."""

    def __init__(self, path: Path, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.path = Path(path)
        ui.intro.setText(
            self.tr(
                "The database %1 is encrypted. Type its passphrase, or the recovery code"
                " from the foundation's safe."
            ).replace("%1", str(self.path))
        )
        show_text(
            ui.secretError,
            self.tr("The key kept on this computer does not open it.") if wrong else "",
        )
        show_text(
            ui.keyringNote,
            self.tr("The key is then kept in this computer's keychain.")
            if encryption.keyring_usable()
            else self.tr("This computer has no keychain: the passphrase is asked at every start."),
        )
        ui.showSecret.toggled.connect(
            lambda shown: ui.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        ui.secret.textChanged.connect(lambda _text: show_text(ui.secretError, ""))
        ui.buttonBox.accepted.connect(self.try_secret)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        ui.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_secret(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = encryption.unlock(self.path, self.ui.secret.text())
        except KorreError as exc:
            show_text(self.ui.secretError, user_message(exc))
            fit_height(self)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if problem is not None:
            show_text(self.ui.secretError, self.problem_text(problem))
            fit_height(self)
            self.ui.secret.selectAll()
            self.ui.secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.accept()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self, grow_only=False)  # the wrapped introduction whole
        super().showEvent(event)

    def problem_text(self, problem: str) -> str:
        if problem == encryption.EMPTY:
            return self.tr("Type the passphrase or the recovery code.")
        return self.tr(
            "This passphrase or recovery code does not open the database (or the file is"
            " not a Korre Desktop database)."
        )


def ask_database_key(path: Path, wrong: bool = False, parent: QWidget | None = None) -> bool:
    """Show :class:`UnlockDialog`; True when the file can now be opened."""
    dialog = UnlockDialog(path, wrong, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class RecoveryCodeDialog(QDialog):
    """The recovery code of a database just encrypted, shown this once: copy it, print
    it, and say it was kept before the dialog closes."""

    def __init__(self, code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.code = code
        self.path = Path(path)
        ui.intro.setText(
            self.tr(
                "The database %1 is encrypted. Print this recovery code (or write it down)"
                " and keep it in the foundation's safe: it opens the database and its"
                " backups when the key on this computer is lost. It is shown only now."
            ).replace("%1", str(self.path))
        )
        ui.code.setText(self.code_lines())
        show_text(ui.status, "")
        ui.copyButton.clicked.connect(self.copy)
        ui.printButton.clicked.connect(self.print_code)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Done"))
        self.ok.setEnabled(False)
        ui.kept.toggled.connect(self.ok.setEnabled)
        ui.buttonBox.accepted.connect(self.accept)

    def showEvent(self, event: QShowEvent) -> None:
        fit_height(self, grow_only=False)  # the wrapped introduction whole
        super().showEvent(event)

    def code_lines(self) -> str:
        groups = self.code.split("-")
        return "\n".join(
            "-".join(groups[i : i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)
        )

    def reject(self) -> None:  # Escape: not before it was kept
        if self.ui.kept.isChecked():
            super().reject()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        show_text(
            self.ui.status,
            self.tr("Copied. Paste it where it is safe, then empty the clipboard."),
        )

    def print_code(self) -> None:
        from korre_desktop.gui.printing import a4_printer, ask_printer

        printer = a4_printer(self.tr("Recovery code"))
        if not ask_printer(self, printer):
            return
        document = QTextDocument()
        document.setHtml(self.printed_html())
        document.print_(printer)
        show_text(self.ui.status, self.tr("Sent to the printer."))

    def printed_html(self) -> str:
        from html import escape

        lines = "<br>".join(escape(line) for line in self.code_lines().splitlines())
        keep = self.tr("Keep this page in the safe. Whoever has it can read the database.")
        title = self.tr("Korre Desktop: recovery code of the database")
        return (
            f"<h2>{escape(title)}</h2>"
            f"<p>{escape(str(self.path))}<br>{escape(date.today().strftime('%d-%m-%Y'))}</p>"
            f"<p style='font-family: monospace; font-size: 16pt'>{lines}</p>"
            f"<p>{escape(keep)}</p>"
        )


def show_recovery_code(code: str, path: Path, parent: QWidget | None = None) -> None:
    dialog = RecoveryCodeDialog(code, path, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
