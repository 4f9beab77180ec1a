"""Bestand → Importeren: the action that opens the import wizard.

The window owns one :class:`ImportActions`, puts ``import_data`` in its Bestand menu and
reloads its tabs on ``imported``, emitted after an import was saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from korre_desktop.gui.context import AppContext

if TYPE_CHECKING:  # the wizard (and the import services) load when it first opens
    from korre_desktop.gui.dialogs.import_wizard import ImportWizard


class ImportActions(QObject):
    imported = Signal()

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.wizard: ImportWizard | None = None
        self.import_data = QAction(self.tr("&Import…"), self)
        self.import_data.setStatusTip(
            self.tr("Import students, staff or an existing consent register from a file")
        )
        self.import_data.triggered.connect(self.open_wizard)

    def open_wizard(self) -> ImportWizard:
        """Open the wizard (or raise the one already open) and return it."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from korre_desktop.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self._context, self._window)
        wizard.imported.connect(lambda _result: self.imported.emit())
        wizard.finished.connect(self._closed)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _closed(self) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.job is None:
            wizard.deleteLater()
            self.wizard = None
