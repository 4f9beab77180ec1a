"""Beheer → Gebruikers (server only, for a beheerder): who may sign in to the server
database, in which role, with their schools, employee and classes; and the actions on
them (add, change the role, the schools, link a class or trip group, a new password,
disable and enable again)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from korre_desktop.domain.roles import Role
from korre_desktop.errors import KorreError
from korre_desktop.gui import user_words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.list_dialog import ListDialog
from korre_desktop.gui.dialogs.record_base import ERROR_STYLE
from korre_desktop.gui.dialogs.user_dialog import (
    ADD,
    LIMITED_ROLES,
    LINK,
    PASSWORD,
    ROLE,
    SCHOOLS,
    UserDialog,
)
from korre_desktop.gui.forms.ui_users_dialog import Ui_UsersDialog
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.role_words import role_label
from korre_desktop.services import users
from korre_desktop.services.users import User

DISABLED_COLOUR = QColor("#9e9e9e")


@dataclass(frozen=True)
class UserRow:
    """A user as a row of ``PersonTableModel`` (sorted by login)."""

    user: User
    kind = "user"

    @property
    def id(self) -> str:
        return self.user.login

    @property
    def name(self) -> str:
        return self.user.login

    @property
    def number(self) -> str:
        return self.user.staff_number or ""

    @property
    def sort_key(self) -> str:
        return self.user.login.casefold()


class DisableNotice(QMessageBox):
    """Asks before a user is disabled, saying what happens; Cancel is the default."""

    def __init__(self, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Disable user"))
        self.setText(self.tr("Disable the user %1?").replace("%1", login))
        self.setInformativeText(
            self.tr(
                "%1 can then no longer sign in. Everything they did stays in the history and"
                " the change log."
            ).replace("%1", login)
        )
        self.disable_button = self.addButton(self.tr("&Disable"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


class UsersDialog(ListDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.setup_list(self.ui.table, self.columns(), "users_dialog")
        self.ui.message.hide()
        self.ui.addUser.clicked.connect(self.open_add)
        self.ui.changeRole.clicked.connect(self.open_role)
        self.ui.schools.clicked.connect(self.open_schools)
        self.ui.link.clicked.connect(self.open_link)
        self.ui.password.clicked.connect(self.open_password)
        self.ui.disable.clicked.connect(self.open_disable)
        self.ui.enable.clicked.connect(self.enable_selected)
        self.ui.table.doubleClicked.connect(lambda _index: self.open_role())
        self.refresh()

    def columns(self) -> list[Column]:
        def grey(row: UserRow) -> QColor | None:
            return None if row.user.active else DISABLED_COLOUR

        return [
            Column(self.tr("Login"), lambda r: r.user.login),
            Column(self.tr("Role"), lambda r: role_label(r.user.role)),
            Column(
                self.tr("Active"),
                lambda r: user_words.active_text(r.user.active),
                colour=grey,
            ),
            Column(self.tr("Staff number"), lambda r: r.user.staff_number or ""),
            Column(
                self.tr("Schools"),
                lambda r: (
                    r.user.schools
                    or (user_words.every_school_text() if r.user.role in LIMITED_ROLES else "")
                ),
            ),
            Column(self.tr("Classes"), lambda r: r.user.classes),
            Column(self.tr("Trip groups"), lambda r: r.user.trip_groups),
        ]

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the users again (few: on the UI thread), keeping the selection."""
        try:
            found = users.list_users(self.context.store)
        except KorreError as error:
            self.show_message(user_words.problem_of(error)[1], refused=True)
            found = []
        self.show_rows([UserRow(user) for user in found])

    def show_message(self, text: str, refused: bool = False) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE if refused else "")
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    def selected(self) -> User | None:
        row = self.selected_row()
        return None if row is None else row.user

    def select(self, login: str) -> bool:
        return self.select_row("user", login)

    def selection_changed(self) -> None:
        user = self.selected()
        active = user is not None and user.active
        for button in (self.ui.changeRole, self.ui.disable, self.ui.password):
            button.setEnabled(active)
        # A disabled user is enabled again with the button in Disable's place.
        disabled = user is not None and not user.active
        self.ui.enable.setVisible(disabled)
        self.ui.disable.setVisible(not disabled)
        # Only an office or management is limited to schools; only a teacher has classes.
        self.ui.schools.setEnabled(active and user.role in LIMITED_ROLES)
        self.ui.link.setEnabled(active and user.role is Role.LEERKRACHT)

    # -- actions --------------------------------------------------------------------------------

    def open_add(self) -> QDialog:
        return self._open(UserDialog(self.context, ADD, None, self))

    def open_role(self) -> QDialog | None:
        return self._open_for(ROLE)

    def open_schools(self) -> QDialog | None:
        return self._open_for(SCHOOLS)

    def open_link(self) -> QDialog | None:
        return self._open_for(LINK)

    def open_password(self) -> QDialog | None:
        return self._open_for(PASSWORD)

    def _open_for(self, mode: str) -> QDialog | None:
        user = self.selected()
        if user is None or not user.active:
            return None
        return self._open(UserDialog(self.context, mode, user, self))

    def _open(self, dialog: UserDialog) -> UserDialog:
        dialog.saved.connect(lambda _id: self._saved(dialog.saved_login))
        self.open_over(dialog)
        return dialog

    def open_disable(self) -> QDialog | None:
        user = self.selected()
        if user is None or not user.active:
            return None
        notice = DisableNotice(user.login, self)
        notice.disable_button.clicked.connect(lambda: self.disable(user.login))
        return self.open_over(notice)

    def disable(self, login: str) -> bool:
        try:
            users.disable_user(self.context.store, login)
        except KorreError as error:
            self.show_message(user_words.problem_of(error)[1], refused=True)
            return False
        self.show_message(self.tr("%1 can no longer sign in.").replace("%1", login))
        self._saved(login)
        return True

    def enable_selected(self) -> bool:
        user = self.selected()
        if user is None or user.active:
            return False
        try:
            users.enable_user(self.context.store, user.login)
        except KorreError as error:
            self.show_message(user_words.problem_of(error)[1], refused=True)
            return False
        self.show_message(self.tr("%1 can sign in again.").replace("%1", user.login))
        self._saved(user.login)
        return True

    def _saved(self, login: str | None) -> None:
        self.refresh()
        if login:
            self.select(login)
        self.changed.emit()
