"""Shown instead of the tabs to a role that reads no people (the privacy officer): what the
role may open instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from korre_desktop.domain.roles import Permission, SignedIn
from korre_desktop.gui.role_words import role_label


class RolePage(QWidget):
    def __init__(self, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolePage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel(self.explanation(signed_in))
        self.text.setObjectName("roleText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(560)  # a wrapped label keeps its height for this width
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.text)
        row.addStretch()
        layout.addLayout(row)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addStretch()
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def explanation(self, signed_in: SignedIn) -> str:
        text = self.tr("You are signed in as %1 in the role %2: it reads no records of people.")
        text = text.replace("%1", signed_in.login).replace("%2", role_label(signed_in.role))
        if signed_in.may(Permission.READ_ACCESS_LOG) or signed_in.may(Permission.READ_CHANGE_LOG):
            text += " " + self.tr(
                "Your role may read the change log and the access log: open them from the "
                "Manage menu."
            )
        return text

    def add_action(self, action: QAction) -> QToolButton:
        """A button for ``action`` on the page (the access log: helper "accesslog")."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        button.setVisible(action.isVisible())
        return button
