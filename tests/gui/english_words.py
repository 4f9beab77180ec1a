"""Finding English in a window that should speak Dutch.

``visible_texts(root)`` collects what a user reads in a window: labels, buttons, group and
tab titles, window titles, placeholders, tooltips, list and combo entries, table headers and
the first rows of tables, read-only text panes and menus. ``english_in(text)`` names the
common English words in a text: words of the user interface that are not also Dutch words
("in", "is", "of", "over", "door", "help", "status", "export" are Dutch as well and left
out), so names, codes and file names pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ENGLISH = frozenset(
    """
    about above add added after again all already also and another answer answers any are
    ask asked back be because before below between both but by can cancel cannot change
    changed check choose chosen class classes clear click close column columns could create
    created current date day days delete directory does done down each edit empty enter
    entered error errors every everything files find first for form forms found from get
    give given go guardian guardians has have here how if imported into it its just leave
    left less list load loaded loading look make many may missing more move must name need
    new next no none nothing now number off old on one only or other out page pages parent
    people person phone please preview previous printed read ready refused remove removed
    save saved search see select selected send settings should shown signed signer since
    skip some still students such than that the their them then there these they this those
    through to today too try types under until up use used version versions were what when
    where which while who whom why will with withdraw withdrawn without would yes yet you
    your
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Left out because they are Dutch words too: a, an, blank, been, door, file, folder, help,
# in, is, items, last, most, of, open, over, print, printer, protocol, record, set, show,
# start, status, student, type, was, export and import.

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")  # "back-up" is one (Dutch) word
_TAG = re.compile(r"<[^>]+>")
# Paths, and the keys as their caps say (Dutch keyboards too): not words of a sentence.
_NOT_WORDS = re.compile(
    r"\S*[/\\]\S*|\b(?:Ctrl|Shift|Alt)\+\S+|\bPage (?:Up|Down)\b|\b(?:Enter|Delete|Escape)\b"
)


def english_in(text: str) -> list[str]:
    """The English words in ``text`` (markup and mnemonics taken out)."""
    plain = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&", "")
    plain = _NOT_WORDS.sub(" ", plain)
    return sorted({w for w in _WORD.findall(plain) if w.casefold() in ENGLISH})


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.window() is root and widget.isVisibleTo(root)


def _view_texts(view: QAbstractItemView, rows: int = 30) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its column count to itself
        columns = 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if value:
                    yield str(value)
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            yield from (t for t in (action.text(), action.statusTip(), action.toolTip()) if t)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user can read in ``root``'s window."""
    yield "window title", root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if widget.accessibleName():
            yield f"{where} accessible name", widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
                yield where, widget.tabToolTip(index)
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield f"{where} placeholder", widget.placeholderText()
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            if widget.isReadOnly():
                yield where, widget.toPlainText()
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QAbstractItemView):
            for text in _view_texts(widget):
                yield where, text
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            yield "menu bar", action.text()


def english_found(root: QWidget, allowed: frozenset[str] = frozenset()) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        words = [w for w in english_in(text or "") if w.casefold() not in allowed]
        if words:
            found.append(f"{where}: {', '.join(words)} in {text[:120]!r}")
    return found
