"""Bestand → Wachtwoord wijzigen (on the server): the current password and the new one
twice. The server changes it (services/server_login.py ``change_password``); a password
kept in the keyring for this login is replaced by the new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from korre_desktop.domain.validation import REQUIRED, FieldProblem
from korre_desktop.errors import KorreError
from korre_desktop.gui.dialogs.first_run import show_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import server_login as sl
from korre_desktop.store import Store

translate = QCoreApplication.translate


def problem_text(problem: FieldProblem) -> str:
    texts = {
        REQUIRED: translate("ChangePasswordDialog", "Type the password."),
        sl.PASSWORD_WRONG: translate(
            "ChangePasswordDialog", "This is not the password you signed in with."
        ),
        sl.PASSWORD_SHORT: translate("ChangePasswordDialog", "At least %1 characters."),
        sl.PASSWORD_SAME: translate(
            "ChangePasswordDialog", "The new password is the current one: choose another."
        ),
        sl.PASSWORD_MISMATCH: translate(
            "ChangePasswordDialog", "Not the same as the new password: type it again."
        ),
    }
    text = texts.get(problem.code, problem.code)
    return text.replace("%1", str(problem.params.get("minimum", "")))


class ChangePasswordDialog(QDialog):
    """``changed`` is the session's location with the new password, once the server took it."""

    def __init__(
        self, store: Store, location: ServerLocation, login: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.store = store
        self.location = location
        self.changed: ServerLocation | None = None
        ui.intro.setText(
            self.tr(
                "A new password for %1 on the foundation's server, from the next sign-in on "
                "every computer. At least %2 characters."
            )
            .replace("%1", login)
            .replace("%2", str(sl.MIN_PASSWORD_LENGTH))
        )
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "current": (ui.current, ui.currentError),
            "new": (ui.newPassword, ui.newError),
            "repeat": (ui.repeat, ui.repeatError),
        }
        for field, label in self._fields.values():
            field.textChanged.connect(lambda _text, label=label: show_text(label, ""))
            show_text(label, "")
        show_text(ui.status, "")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&hange"))
        ok.setAccessibleName(self.tr("Change"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.current.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.width(), self.sizeHint().height())

    def accept(self) -> None:
        ui = self.ui
        show_text(ui.status, "")
        try:
            self.changed = sl.change_password(
                self.store,
                self.location,
                ui.current.text(),
                ui.newPassword.text(),
                ui.repeat.text(),
            )
        except sl.PasswordChangeError as error:
            for problem in error.problems:
                show_text(self._fields[problem.field][1], problem_text(problem))
            self._fields[error.problems[0].field][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except KorreError as error:  # the server refused it, or is not reachable
            show_text(ui.status, user_message(error))
            return
        super().accept()
