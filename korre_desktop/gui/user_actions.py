"""Beheer → Gebruikers…: on a server, for a beheerder only (everyone else, and the
embedded file, which is one local user, do not see the item at all)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.services import users


class UserActions(QObject):
    """``action`` is None where there are no users to manage."""

    def __init__(self, context: AppContext, parent: QWidget, menu: QMenu) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self.action: QAction | None = None
        if users.may_manage(context.store):
            self.action = QAction(self.tr("&Users…"), self)
            self.action.setStatusTip(
                self.tr("Who may sign in to the server database, in which role")
            )
            self.action.triggered.connect(lambda _checked=False: self.open())
            menu.addSeparator()
            menu.addAction(self.action)

    def open(self) -> QDialog:
        from korre_desktop.gui.dialogs.users_dialog import UsersDialog

        dialog = UsersDialog(self.context, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
