"""View → Language: choose Dutch or English; the choice applies the next time the app starts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from korre_desktop.gui.i18n import SUPPORTED_LANGUAGES, language_setting, set_language_setting


class LanguageMenu(QMenu):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.settings = settings
        self.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = language_setting(settings)
        for code, name in SUPPORTED_LANGUAGES.items():
            # Each language in its own words, so it can be found whatever the window speaks.
            action = QAction(f"&{name}", self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == language_setting(self.settings):
            return
        set_language_setting(self.settings, code)
        self.show_restart_message()

    def show_restart_message(self) -> None:
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("The language changes the next time Korre Desktop starts."),
        )
