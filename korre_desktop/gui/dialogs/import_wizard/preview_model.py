"""The import wizard's preview of the file's first rows, as a read-only table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from korre_desktop.services import importing as imp

PREVIEW_ROWS = 20


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, read-only; the vertical header shows the file's row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._numbers: list[int] = []

    def set_table(self, table: imp.Table | None, count: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._rows, self._numbers = (), [], []
        else:
            self._headers = table.headers
            self._rows = table.preview(count)
            self._numbers = table.row_numbers[: len(self._rows)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._numbers[section]) if 0 <= section < len(self._numbers) else None
