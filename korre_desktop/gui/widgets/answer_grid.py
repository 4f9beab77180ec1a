"""The consent items of one form version as a grid, answered from the keyboard.

The grid has the version's shape: its media down (foto, film, geluid) and its channels
across, each headed by its label with the explanation as tooltip; a cell whose medium the
version does not ask on that channel is a dash (disabled: the cursor skips it).

Keys: arrows move; J = yes, N = no (and move on to the next open cell); Space toggles
yes/no; Delete clears; Shift+J / Shift+N answer the whole row (medium); Ctrl+J / Ctrl+N
the whole column (channel); Ctrl+Shift+J / Ctrl+Shift+N every item.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from korre_desktop.domain.consent_form import ConsentForm, item_code
from korre_desktop.gui import status_text

YES_COLOUR = QColor("#c8e6c9")
NO_COLOUR = QColor("#ffcdd2")
OPEN_COLOUR = QColor("#ffffff")
NOT_ASKED_COLOUR = QColor("#eeeeee")
NOT_ASKED_TEXT = QColor("#555555")  # the dash reads as "not asked", not as a faded cell
ROW_HEIGHT = 32
MIN_COLUMN_WIDTH = 72
HEADER_LINE = 10  # characters per line of a channel's label in its header
HEADER_PADDING = 12  # pixels beside a header's text
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 2


class AnswerGrid(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setAccessibleName(self.tr("Answers per medium and channel"))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form: ConsentForm | None = None
        self.set_form(None)

    # -- content ----------------------------------------------------------------------------

    def _items(self) -> Iterable[QTableWidgetItem]:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                yield self.item(row, column)

    def set_form(self, form: ConsentForm | None) -> None:
        """Take the shape of ``form`` (nothing without one); every answer is open."""
        self.form = form
        channels = form.channels if form is not None else ()
        media = form.media if form is not None else ()
        self.clear()
        self.setRowCount(len(media))
        self.setColumnCount(len(channels))
        self.setVerticalHeaderLabels([status_text.medium_label(m) for m in media])
        self.setHorizontalHeaderLabels(
            [status_text.wrapped(c.label, HEADER_LINE) for c in channels]
        )
        for column, channel in enumerate(channels):
            header = self.horizontalHeaderItem(column)
            header.setToolTip(
                f"{channel.label}: {channel.explanation}" if channel.explanation else channel.label
            )
        for row, medium in enumerate(media):
            self.setRowHeight(row, ROW_HEIGHT)
            for column, channel in enumerate(channels):
                item = QTableWidgetItem()
                item.setData(CODE_ROLE, item_code(medium, channel.code))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
                if form is not None and form.asks(medium, channel.code):
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self._show(item, None)
                else:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    self._show_not_asked(item)
        self._fit_size()
        self._go_to_first_open()

    def needed_widths(self) -> list[int]:
        """Per channel, the width its header needs (in bold: the current column's header
        is drawn bold), never less than ``MIN_COLUMN_WIDTH``."""
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        widths = []
        for column in range(self.columnCount()):
            item = self.horizontalHeaderItem(column)  # None while the form is being set
            lines = item.text().split("\n") if item is not None else []
            texts = [metrics.horizontalAdvance(line) + HEADER_PADDING for line in lines]
            widths.append(max([MIN_COLUMN_WIDTH, *texts]))
        return widths

    def _fit_size(self) -> None:
        """As tall as its rows (no scrolling), wide enough for every channel's header: each
        column as wide as its own header needs, the room left shared out evenly."""
        header = self.horizontalHeader()
        side = self.verticalHeader().sizeHint().width()
        self.setMinimumWidth(sum(self.needed_widths()) + side + 2 * self.frameWidth())
        head = header.sizeHint().height() if self.columnCount() else 0
        self.setFixedHeight(head + self.rowCount() * ROW_HEIGHT + 2 * self.frameWidth())
        self._spread_columns()

    def _spread_columns(self) -> None:
        needed = self.needed_widths()
        if not needed:
            return
        extra = max(0, self.viewport().width() - sum(needed))
        for column, width in enumerate(needed):
            share = extra // len(needed) + (1 if column < extra % len(needed) else 0)
            self.setColumnWidth(column, width + share)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread_columns()

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
        item.setForeground(QBrush(NOT_ASKED_TEXT))
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
        """On to the next open cell in reading order (past the dashes); stay on the last."""
        here = self.currentRow() * self.columnCount() + self.currentColumn()
        for item in list(self._items())[here + 1 :]:
            if self._is_open(item):
                self.setCurrentItem(item)
                return

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
        if key == Qt.Key.Key_Space and row >= 0 and column >= 0:
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
