"""The Beheer menu's actions for the protocol's correspondence: Persmeldingen… (press
contact reported to management) and Personeelsdossier (vertrouwelijk)… (letters and
e-mails about breaches), each opening its window over the main window.

The personnel file opens only after the confidentiality notice, every time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.gui.context import AppContext


class CorrespondenceActions(QObject):
    """Actions: press_reports, dossier. ``current_dialog`` is the window that is open
    (window-modal, ``open()``): the notice, then the personnel file."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self.current_dialog: QDialog | None = None
        self.press_reports = self._action(self.tr("&Press reports…"), self.open_press_reports)
        self.press_reports.setStatusTip(
            self.tr("Press contact after a social-media message, reported to management")
        )
        self.dossier = self._action(self.tr("Personnel &file (confidential)…"), self.open_dossier)
        self.dossier.setStatusTip(
            self.tr("Correspondence about breaches of the protocol; for management only")
        )

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.press_reports, self.dossier]

    def open_press_reports(self) -> QDialog:
        from korre_desktop.gui.dialogs.press_reports_dialog import PressReportsDialog

        return self._open(PressReportsDialog(self.context, self._window))

    def open_dossier(self) -> QDialog:
        """The confidentiality notice; its Continue opens the personnel file."""
        from korre_desktop.gui.dialogs.confidential_notice import ConfidentialNotice

        notice = ConfidentialNotice(self._window)
        notice.continue_button.clicked.connect(self._show_dossier)
        return self._open(notice)

    def _show_dossier(self) -> QDialog:
        from korre_desktop.gui.dialogs.dossier_dialog import DossierDialog

        return self._open(DossierDialog(self.context, self._window))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
