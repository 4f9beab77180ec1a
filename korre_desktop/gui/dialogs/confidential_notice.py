"""The step before the personnel file opens: it is confidential, and this version cannot
check who is looking (there are no user roles yet), so the user confirms it each time."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfidentialNotice(QMessageBox):
    """Window-modal; ``continue_button`` opens the personnel file, anything else does not
    (Cancel is the default, and Escape cancels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Personnel file (confidential)"))
        self.setText(
            self.tr(
                "The personnel file is confidential: only for management and the administrator. Continue?"  # noqa: E501
            )
        )
        self.setInformativeText(
            self.tr(
                "This version of Korre Desktop has no user roles yet, so it cannot check who is looking. Only continue if you are management or the administrator and nobody else can see the screen."  # noqa: E501
            )
        )
        self.continue_button = self.addButton(
            self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
