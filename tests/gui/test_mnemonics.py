"""Alt-letters: within a window every one belongs to one control, and within a menu to one
item, in Dutch and in English. Two controls sharing a letter make Alt+letter go to the first
and lose what was meant (a withdrawal's date went to "Ingetrokken door" and was saved as
today). Ctrl+Q quits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from korre_desktop.store import Store
from tests.gui.conftest import open_window
from tests.gui.every_window import (
    dialog_states,
    first_run_states,
    menus,
    review_states,
    window_states,
)


def mnemonic(text: str) -> str:
    """The Alt-key of a text ("&Datum" -> "Alt+D"); "" for none."""
    return QKeySequence.mnemonic(text).toString()


def mnemonic_owners(root: QWidget) -> dict[str, list[str]]:
    """Alt-key -> the visible controls of ``root``'s window that answer it."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            owners[key].append(f"{what} {text!r}")

    def shown(widget: QWidget) -> bool:
        return widget.window() is root and widget.isVisibleTo(root)

    for label in root.findChildren(QLabel):
        if label.buddy() is not None and shown(label):
            add(label.text(), "label")
    for button in root.findChildren(QAbstractButton):
        if shown(button):
            add(button.text(), type(button).__name__)
    for box in root.findChildren(QGroupBox):
        if shown(box):
            add(box.title(), "group")
    for bar in root.findChildren(QTabBar):
        if shown(bar):
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    add(bar.tabText(index), "tab")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    return owners


def duplicates(owners: dict[str, list[str]]) -> list[str]:
    return [f"{key}: {', '.join(found)}" for key, found in owners.items() if len(found) > 1]


def menu_duplicates(menu: QMenu) -> list[str]:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            key = mnemonic(action.text())
            if key:
                owners[key].append(repr(action.text()))
    return duplicates(owners)


def problems_everywhere(qtbot, window, folder, context) -> list[str]:
    found: list[str] = []

    def check(walk: Iterator[tuple[str, QWidget]]) -> None:
        for name, root in walk:
            found.extend(f"{name}: {problem}" for problem in duplicates(mnemonic_owners(root)))

    check(window_states(qtbot, window))
    for name, menu in menus(window):
        found.extend(f"menu {name}: {problem}" for problem in menu_duplicates(menu))
    check(dialog_states(qtbot, window, folder))
    check(review_states(qtbot, context))
    check(first_run_states(qtbot))
    return found


def test_every_window_has_unique_alt_letters_in_dutch(qtbot, window, tmp_path, review_context):
    found = problems_everywhere(qtbot, window, tmp_path, review_context)
    assert not found, "\n".join(found)


def test_every_window_has_unique_alt_letters_in_english(
    qtbot, english, demo_db, settings, tmp_path, review_context
):
    window = open_window(qtbot, demo_db, settings)
    try:
        found = problems_everywhere(qtbot, window, tmp_path, review_context)
        assert not found, "\n".join(found)
    finally:
        window.close()
        window.context.jobs.wait()


def test_the_start_page_has_unique_alt_letters(qtbot, db_path, settings, dutch):
    Store.create(db_path, actor="test").close()  # an empty database shows the start page
    window = open_window(qtbot, db_path, settings)
    try:
        assert duplicates(mnemonic_owners(window)) == []
    finally:
        window.close()
        window.context.jobs.wait()


def test_the_check_catches_two_controls_on_one_letter(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    by, on = QLabel("Ingetrokken &door:", root), QLabel("&Datum:", root)
    by.setBuddy(QWidget(root))
    on.setBuddy(QWidget(root))
    root.show()
    assert duplicates(mnemonic_owners(root)) == [
        "Alt+D: label 'Ingetrokken &door:', label '&Datum:'"
    ]
    menu = QMenu()
    menu.addAction("&Nieuw")
    menu.addAction("&Naam")
    assert menu_duplicates(menu) == ["Alt+N: '&Nieuw', '&Naam'"]


def test_ctrl_q_quits_on_linux(qtbot, demo_db, settings, dutch, monkeypatch):
    """On Linux the system's Quit key is Ctrl+Q itself (offscreen it has none: say it is)."""
    linux = [QKeySequence("Ctrl+Q")]
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda _key: linux))
    window = open_window(qtbot, demo_db, settings)
    assert [key.toString() for key in window.ui.actionQuit.shortcuts()] == ["Ctrl+Q"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    window.context.jobs.wait()


def test_the_same_key_twice_on_an_action_does_nothing(qtbot):
    """Why the check above matters: Qt calls it ambiguous and triggers nothing."""
    root = QMainWindow()
    qtbot.addWidget(root)
    action = root.menuBar().addMenu("&Bestand").addAction("&Afsluiten")
    action.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+Q")])
    triggered = []
    action.triggered.connect(lambda: triggered.append(True))
    root.show()
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    qtbot.keyClick(root, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert triggered == []
    action.setShortcuts([QKeySequence("Ctrl+Q")])
    qtbot.keyClick(root, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert triggered == [True]
