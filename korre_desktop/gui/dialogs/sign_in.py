"""Signing in to the foundation's server: the login (the remembered one filled in) and the
password. Asked at the start when the keyring holds no password for the login (or the one
it holds was refused), and after signing out. The connection is tried in the background
before the dialog closes, so a wrong password or an unreachable server is said next to the
field and can be tried again. The password is kept in the OS keyring only when asked,
never in a file (services/server_login.py).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from korre_desktop.errors import DatabaseMissingError, KorreError
from korre_desktop.gui import server_words as words
from korre_desktop.gui.dialogs.first_run import show_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from korre_desktop.gui.jobs import Job, JobRunner
from korre_desktop.gui.window_size import fit_height
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import server_login as sl
from korre_desktop.services.progress import Progress

ERROR_STYLE = "color: #b00020; font-weight: bold"
BUSY_STYLE = "color: #555"


def _try(
    location: ServerLocation,
    password: str,
    fields: sl.ServerFields | None,
    remember: bool,
    progress: Progress,
) -> tuple:
    """Runs in the background: connect; when it worked (and the dialog was not cancelled
    meanwhile), keep or forget the password."""
    try:
        found: object = sl.probe(location)
    except (KorreError, OSError) as exc:
        return exc, None
    progress.step(1, 1)  # cancelled: nothing kept
    kept = None
    if fields is not None and found == sl.KORRE:
        if remember:
            kept = sl.save_password(fields, password)
        else:  # one kept before was refused, or is no longer wanted
            sl.forget_password(fields)
    return found, kept


class SignInDialog(QDialog):
    """Asks the login and password for ``location``; ``signed_in`` is the location with
    them, once the server accepted them."""

    def __init__(
        self,
        location: ServerLocation,
        refused: BaseException | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.location = location
        self.fields = sl.fields_of(location)
        self.signed_in: ServerLocation | None = None
        self.not_kept = False
        self._busy = False
        self._jobs = JobRunner(self)
        where = str(sl.without_password(location))
        if self.fields is not None:
            where = replace(self.fields, user="").key.lstrip("@")  # host:port/database
        ui.intro.setText(
            self.tr(
                "Korre Desktop connects to the database %1 on the foundation's server. "
                "Sign in with your own login and password."
            ).replace("%1", where)
        )
        ui.login.setText(self.fields.user if self.fields else "")
        show_text(ui.loginError, "")
        show_text(ui.status, "")
        # A password that was tried (kept in the keyring) and refused: say so.
        tried = refused is not None and sl.has_password(location)
        show_text(
            ui.passwordError,
            words.connect_failure(refused, self.fields)[1] if tried and refused else "",
        )
        problem = sl.keyring_problem()
        show_text(ui.keyringNote, words.keyring_problem_text(problem))
        ui.rememberPassword.setEnabled(problem is None)
        ui.rememberPassword.setChecked(problem is None and tried)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign in"))
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        ui.buttonBox.accepted.connect(self.try_password)
        ui.buttonBox.rejected.connect(self.reject)
        ui.password.textChanged.connect(self._edited)
        ui.login.textChanged.connect(self._edited)
        first = ui.password if ui.login.text() else ui.login
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.width(), self.sizeHint().height())

    def _edited(self) -> None:
        show_text(self.ui.loginError, "")
        show_text(self.ui.passwordError, "")
        show_text(self.ui.status, "")

    def try_password(self) -> bool:
        """Connect with the typed password in the background; accept when it worked."""
        ui = self.ui
        if self._busy:
            return False
        login = ui.login.text().strip()
        password = ui.password.text()
        if not login:
            show_text(ui.loginError, self.tr("Type your login."))
            ui.login.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not password:
            ui.passwordError.setStyleSheet(ERROR_STYLE)
            show_text(ui.passwordError, self.tr("Type your password."))
            ui.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        location = self.location
        fields = self.fields
        if fields is not None and login != fields.user:  # another person signs in here
            location = sl.with_login(location, login)
            fields = replace(fields, user=login)
        location = sl.with_password(location, password)
        remember = ui.rememberPassword.isEnabled() and ui.rememberPassword.isChecked()
        self._set_busy(True)
        ui.status.setStyleSheet(BUSY_STYLE)
        show_text(ui.status, self.tr("Connecting…"))
        job = Job(
            lambda progress: (location, *_try(location, password, fields, remember, progress))
        )
        job.succeeded.connect(self._tried)
        job.failed.connect(self._failed)
        self._jobs.start(job)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.password.setReadOnly(busy)
        self.ui.login.setReadOnly(busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _secret_free(self, text: str) -> str:
        password = self.ui.password.text()
        return text.replace(password, "•••") if password else text

    def _tried(self, outcome: tuple) -> None:
        location, found, kept = outcome
        ui = self.ui
        self._set_busy(False)
        show_text(ui.status, "")
        if found == sl.KORRE:
            self.signed_in = location
            self.not_kept = kept is False
            self.accept()
            return
        if isinstance(found, BaseException):
            field, text = words.connect_failure(found, self.fields)
        else:  # an empty database: the first start's server page or init sets it up
            empty = DatabaseMissingError(
                "the server database is empty", path=str(location), reason=sl.EMPTY_REASON
            )
            field, text = words.GENERAL, user_message(empty)
        label = ui.passwordError if field == words.LOGIN else ui.status
        label.setStyleSheet(ERROR_STYLE)
        show_text(label, self._secret_free(text))
        self._fit()
        ui.password.selectAll()
        ui.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.status.setStyleSheet(ERROR_STYLE)
        show_text(self.ui.status, user_message(error))
        self._fit()

    def _fit(self) -> None:
        """Tall enough for a message that appeared (a window manager keeps the size)."""
        fit_height(self)

    def reject(self) -> None:
        self._jobs.cancel_all()
        super().reject()


def ask_sign_in(
    location: ServerLocation, refused: BaseException | None = None
) -> ServerLocation | None:
    """Ask until the server accepts a login and password (the location with them) or the
    user cancels (None)."""
    dialog = SignInDialog(location, refused)
    try:
        dialog.exec()
        if dialog.signed_in is not None and dialog.not_kept:
            from korre_desktop.gui.dialogs.first_run import tell

            tell(dialog, words.not_kept_text())
        return dialog.signed_in
    finally:
        dialog.deleteLater()
