"""What the list windows of Beheer share (accounts, press reports, the personnel file): a
table of rows in the service's order (sortable by a click on a column), the size the user
left the window at, and the record dialogs it opens over itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.person_model import Column, PersonTableModel
from korre_desktop.gui.window_size import RememberedSize


class ListDialog(QDialog):
    """A subclass sets up its form, then calls ``setup_list``; ``show_rows`` fills the
    table (keeping the selection) and ``selection_changed`` follows the selected row."""

    changed = Signal()  # something was saved from this window

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_dialog: QDialog | None = None  # the dialog opened over this one
        self._sized = False

    def setup_list(self, table: QTableView, columns: Sequence[Column], size_key: str) -> None:
        """``size_key`` names the remembered size (the .ui's size the first time)."""
        self.remembered_size = RememberedSize(self, self.context.settings, size_key, self.size())
        self.finished.connect(lambda _result: self.remembered_size.remember())
        self.table = table
        self.model = PersonTableModel(columns, self)
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, header.sortIndicatorOrder())  # the service's order first
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed())
        # A list has no default action: Enter after saving must not open the next form.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the first time only: the user may resize it afterwards
            self._sized = True
            self.remembered_size.apply()
        super().showEvent(event)

    # -- rows -----------------------------------------------------------------------------------

    def show_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (``PersonTableModel`` rows), keeping the row selected if it stays."""
        selected = self.selected_row()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_row(selected.kind, selected.id)
        self.selection_changed()

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def select_row(self, kind: str, row_id: int) -> bool:
        row = self.model.row_of(kind, row_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def selection_changed(self) -> None:
        """The selected row changed (or the rows did): enable what can be done with it."""

    # -- dialogs over this one ------------------------------------------------------------------

    def open_over(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` window-modal over this list (deleted when closed)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = dialog
        dialog.open()
        return dialog
