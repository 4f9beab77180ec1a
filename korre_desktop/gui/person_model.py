"""The table model behind every tab: people as rows, filtered and sorted in Python.

A row is a ``PersonStatus`` or any row type with the same few attributes: ``number``,
``name``, ``sort_key`` (the default order), ``kind`` and ``id`` (``row_of``).

At 50,000 rows a QSortFilterProxyModel calls back into Python for every row it
filters and every comparison it sorts (seconds for a sort), so this model filters
on precomputed search keys and sorts on precomputed column keys itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from korre_desktop.domain.people import fold
from korre_desktop.services.status import PersonStatus

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ROLES = _TEXT_ROLES | {
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    PERSON_ROLE,
}
_BLACK = QColor("#000000")
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[PersonStatus], str]
    sort_key: Callable[[PersonStatus], Any] | None = None
    colour: Callable[[PersonStatus], QColor | None] | None = None
    tooltip: Callable[[PersonStatus], str] | None = None
    header_tooltip: str = ""
    centred: bool = False


def search_text(row: Any) -> str:
    """What the search box finds a row by: its number and name, or a row type's own
    ``search_text`` (an authorisation is found by its account too)."""
    own = getattr(row, "search_text", None)
    return own if isinstance(own, str) else f"{row.number} {row.name}"


RECENT_SEARCHES = 32


class PersonTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[PersonStatus] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # all rows in the current sort order
        self._allowed: list[bool] = []  # result of the filter predicate per row
        self._visible: list[int] = []  # rows shown: the order, filtered
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._texts: list[dict[int, str]] = [{} for _ in self._columns]  # per column, by row
        # The rows shown for the search texts typed lately (for these order and filters): a
        # Backspace goes back to one of them at once instead of searching all rows again.
        self._recent: dict[str, list[int]] = {}

    # -- content ----------------------------------------------------------------------------

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._texts = [{} for _ in self._columns]
        self._sort = None
        self._order = self._name_order()
        self._refilter()
        self.endResetModel()

    def set_rows(self, rows: Sequence[PersonStatus]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [{} for _ in self._columns]
        self._keys = [fold(search_text(p)) for p in self._rows]
        self._allowed = [True] * len(self._rows)
        self._order = self._sorted_order()
        self._refilter()
        self.endResetModel()

    def set_filter(
        self, text: str, predicate: Callable[[PersonStatus], bool] | None = None
    ) -> None:
        """Show the rows whose number or name contains every word of ``text``."""
        self.beginResetModel()
        self._allowed = (
            [True] * len(self._rows)
            if predicate is None
            else [predicate(person) for person in self._rows]
        )
        self._words = fold(text).split()
        self._refilter()
        self.endResetModel()

    def set_search_text(self, text: str) -> None:
        """A keystroke in the search box: only the text changed."""
        words = fold(text).split()
        typed = " ".join(words)
        narrowing = bool(self._words) and typed.startswith(" ".join(self._words))
        self.beginResetModel()
        self._words = words
        found = self._recent.get(typed)
        if found is None:
            # Typing on narrows the rows already shown; anything else starts from all rows.
            found = self._filtered(self._visible if narrowing else self._order)
            if len(self._recent) >= RECENT_SEARCHES:
                self._recent.pop(next(iter(self._recent)))
            self._recent[typed] = found
        self._visible = found
        self.endResetModel()

    def _refilter(self) -> None:
        """The order or the filters changed: the rows shown, from all rows."""
        self._recent.clear()
        self._visible = self._filtered(self._order)

    def _filtered(self, candidates: list[int]) -> list[int]:
        """``candidates`` that pass the filters and hold every word typed."""
        keys, allowed = self._keys, self._allowed
        found = [i for i in candidates if allowed[i]]
        for word in self._words:  # one word at a time: each pass is a plain C-speed scan
            found = [i for i in found if word in keys[i]]
        return found

    def _name_order(self) -> list[int]:
        rows = self._rows
        return sorted(range(len(rows)), key=lambda i: rows[i].sort_key)

    def _sorted_order(self) -> list[int]:
        order = self._name_order()
        if self._sort is None:
            return order
        column, direction = self._sort
        spec = self._columns[column]
        key = spec.sort_key or (lambda p: fold(spec.text(p)))
        keys = [key(p) for p in self._rows]
        return sorted(
            order,
            key=keys.__getitem__,
            reverse=direction == Qt.SortOrder.DescendingOrder,
        )

    # -- access -----------------------------------------------------------------------------

    def person(self, row: int) -> PersonStatus:
        return self._rows[self._visible[row]]

    def row_of(self, kind: str, person_id: int) -> int | None:
        for row, index in enumerate(self._visible):
            person = self._rows[index]
            if person.id == person_id and person.kind == kind:
                return row
        return None

    def total_count(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list[PersonStatus]:
        return self._rows

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for many roles per cell on every paint: answer the unused ones first.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        source = self._visible[index.row()]
        column = index.column()
        if role in _TEXT_ROLES:
            cache = self._texts[column]
            text = cache.get(source)
            if text is None:
                text = cache[source] = self._columns[column].text(self._rows[source])
            return text
        person = self._rows[source]
        spec = self._columns[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return spec.colour(person) if spec.colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _BLACK if spec.colour is not None and spec.colour(person) is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(person) if spec.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRED if spec.centred else None
        return person  # PERSON_ROLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].header_tooltip or self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._refilter()
        # Keep selections and the current cell on the same people.
        new_row = {source: row for row, source in enumerate(self._visible)}
        for persistent in self.persistentIndexList():
            if persistent.isValid() and persistent.row() < len(old_visible):
                row = new_row.get(old_visible[persistent.row()])
                new = self.index(row, persistent.column()) if row is not None else QModelIndex()
                self.changePersistentIndex(persistent, new)
        self.layoutChanged.emit()
