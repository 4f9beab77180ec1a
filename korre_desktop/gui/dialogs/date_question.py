"""A short question for one date ("Stand op:"), typed or picked like every date field.

``DateQuestion(parent, title, explanation, label, day, today)``; ``chosen(date)`` follows OK
with a date that exists (a wrong one is shown beside the field and OK does nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.gui.widgets.date_field import DateField


class DateQuestion(QDialog):
    chosen = Signal(object)  # date

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        label: str,
        day: date,
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.field = DateField()
        self.field.setObjectName("day")
        self.field.set_today(today)
        self.field.set_date(day)
        self.field.setMaximumWidth(140)
        self.error = QLabel()
        self.error.setObjectName("dayError")
        self.error.setWordWrap(True)
        self.field.set_error_label(self.error)
        row = QHBoxLayout()
        row.addWidget(self.field)
        row.addWidget(self.error, 1)
        self.label = QLabel(label)
        self.label.setBuddy(self.field)
        form = QFormLayout()
        form.addRow(self.label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.field.setFocus()
        self.field.selectAll()

    def accept(self) -> None:
        day = self.field.read()
        if day is None:
            return
        super().accept()
        self.chosen.emit(day)
