"""The consent items as a grid (media down, channels across), answered from the keyboard.

Keys: arrows move; J = yes, N = no (and move on); Space toggles yes/no; Delete clears;
Shift+J / Shift+N answer the whole row (medium); Ctrl+J / Ctrl+N the whole column
(channel); Ctrl+Shift+J / Ctrl+Shift+N every item.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from korre_desktop.domain.consent_items import CHANNELS, MEDIA, item_code
from korre_desktop.gui import status_text

YES_COLOUR = QColor("#c8e6c9")
NO_COLOUR = QColor("#ffcdd2")
OPEN_COLOUR = QColor("#ffffff")
NOT_ASKED_COLOUR = QColor("#eeeeee")
ROW_HEIGHT = 32
MIN_COLUMN_WIDTH = 84
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 2


class AnswerGrid(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(MEDIA), len(CHANNELS), parent)
        self.setVerticalHeaderLabels([status_text.medium_label(m) for m in MEDIA])
        self.setHorizontalHeaderLabels([status_text.channel_short_label(c) for c in CHANNELS])
        for column, channel in enumerate(CHANNELS):
            self.horizontalHeaderItem(column).setToolTip(status_text.channel_label(channel))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAccessibleName(self.tr("Answers per medium and channel"))
        for row, medium in enumerate(MEDIA):
            for column, channel in enumerate(CHANNELS):
                item = QTableWidgetItem()
                item.setData(CODE_ROLE, item_code(medium, channel))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.set_form(())
        for row in range(len(MEDIA)):
            self.setRowHeight(row, ROW_HEIGHT)
        self.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.setMinimumWidth(len(CHANNELS) * MIN_COLUMN_WIDTH + 70)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header_height = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header_height + len(MEDIA) * ROW_HEIGHT + 2 * self.frameWidth())

    # -- content ----------------------------------------------------------------------------

    def _items(self) -> Iterable[QTableWidgetItem]:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                yield self.item(row, column)

    def set_form(self, item_codes: Iterable[str]) -> None:
        """Cells of items the form version asks about are open; the rest say 'not asked'."""
        asked = set(item_codes)
        for item in self._items():
            enabled = item.data(CODE_ROLE) in asked
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if enabled else Qt.ItemFlag.ItemIsSelectable)
            if enabled:
                self._show(item, None)
            else:
                self._show_not_asked(item)
        self._go_to_first_open()

    def clear_answers(self) -> None:
        for item in self._items():
            if self._is_open(item):
                self._show(item, None)
        self._go_to_first_open()
        self.changed.emit()

    def _go_to_first_open(self) -> None:
        for item in self._items():
            if self._is_open(item):
                self.setCurrentItem(item)
                return

    def answers(self) -> dict[str, bool | None]:
        """Every asked item: True (yes), False (no) or None (no answer given)."""
        return {
            item.data(CODE_ROLE): item.data(ANSWER_ROLE)
            for item in self._items()
            if self._is_open(item)
        }

    def unanswered(self) -> int:
        return sum(1 for value in self.answers().values() if value is None)

    def set_answer(self, code: str, answer: bool | None) -> None:
        for item in self._items():
            if item.data(CODE_ROLE) == code and self._is_open(item):
                self._show(item, answer)
        self.changed.emit()

    def _is_open(self, item: QTableWidgetItem) -> bool:
        return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def _show_not_asked(self, item: QTableWidgetItem) -> None:
        item.setData(ANSWER_ROLE, None)
        item.setText("–")
        item.setBackground(QBrush(NOT_ASKED_COLOUR))
        item.setToolTip(self.tr("Not on this form version"))

    def _show(self, item: QTableWidgetItem, answer: bool | None) -> None:
        item.setData(ANSWER_ROLE, answer)
        if answer is True:
            item.setText(self.tr("yes"))
            item.setBackground(QBrush(YES_COLOUR))
        elif answer is False:
            item.setText(self.tr("no"))
            item.setBackground(QBrush(NO_COLOUR))
        else:
            item.setText("")
            item.setBackground(QBrush(OPEN_COLOUR))
        item.setToolTip("")

    # -- keyboard ---------------------------------------------------------------------------

    def _set_cells(self, cells: Iterable[tuple[int, int]], answer: bool | None) -> None:
        for row, column in cells:
            item = self.item(row, column)
            if self._is_open(item):
                self._show(item, answer)
        self.changed.emit()

    def _advance(self) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if column + 1 < self.columnCount():
            self.setCurrentCell(row, column + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        row, column = self.currentRow(), self.currentColumn()
        shift = Qt.KeyboardModifier.ShiftModifier
        control = Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_J, Qt.Key.Key_N) and row >= 0:
            answer = key == Qt.Key.Key_J
            if modifiers == shift | control:
                cells = [(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())]
            elif modifiers == shift:
                cells = [(row, c) for c in range(self.columnCount())]
            elif modifiers == control:
                cells = [(r, column) for r in range(self.rowCount())]
            else:
                self._set_cells([(row, column)], answer)
                self._advance()
                return
            self._set_cells(cells, answer)
            return
        if key == Qt.Key.Key_Space and row >= 0:
            current = self.item(row, column).data(ANSWER_ROLE)
            self._set_cells([(row, column)], current is not True)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and row >= 0:
            self._set_cells([(row, column)], None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # Enter belongs to the dialog: save
            return
        super().keyPressEvent(event)
