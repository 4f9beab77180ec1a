"""Shown instead of the tabs while the database is empty."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from korre_desktop.gui.forms.ui_start_page import Ui_StartPage


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
