"""Help → Manual: the user part of README.md inside the app, with contents and search."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.paths import resource_dir

README = "README.md"
# The README's sections for users: the title and introduction, where the data lives, and
# everything from "The app" up to the command line (set-up, the command line, the rules,
# the architecture and the benchmarks are for developers).
EXTRA_SECTIONS = ("Where the data lives",)
FIRST_SECTION = "The app"
END_SECTION = "Command line"
FENCE = re.compile(r"^\s*(```|~~~)")


class ManualNotFound(FileNotFoundError):
    pass


def readme_path() -> Path | None:
    """README.md in a bundle (beside resources/ or inside it) or in the source tree."""
    for candidate in (resource_dir() / README, resource_dir().parent / README):
        if candidate.is_file():
            return candidate
    return None


@dataclass
class _Section:
    title: str  # "" for the part before the first "## " heading
    lines: list[str]


def _sections(markdown: str) -> list[_Section]:
    """Split at level-2 headings; a "## " inside a fenced code block is not a heading."""
    sections = [_Section("", [])]
    fenced = False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and line.startswith("## "):
            sections.append(_Section(line[3:].strip(), []))
        sections[-1].lines.append(line)
    return sections


_SCREENSHOT_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(docs/[^)]*\)")


def manual_markdown(readme: Path | None = None) -> str:
    """The user part of README.md as Markdown; raises ManualNotFound when there is none."""
    path = readme or readme_path()
    if path is None or not path.is_file():
        raise ManualNotFound(README)
    sections = _sections(path.read_text(encoding="utf-8"))
    titles = [section.title for section in sections]
    if FIRST_SECTION not in titles:
        raise ManualNotFound(f"{README}: no section {FIRST_SECTION!r}")
    intro = [line for line in sections[0].lines if line.strip()]
    chosen = [sections[0]] if intro and intro[0].startswith("# ") else []
    in_range = False
    for section in sections[1:]:
        if section.title == FIRST_SECTION:
            in_range = True
        elif section.title == END_SECTION:
            in_range = False
        if in_range or section.title in EXTRA_SECTIONS:
            chosen.append(section)
    text = "\n".join(line for section in chosen for line in section.lines).strip() + "\n"
    # Links to the screenshots are for readers of the README on the web: plain words here
    # (the pictures themselves are shown: the browser looks for them beside README.md).
    return _SCREENSHOT_LINK.sub(r"\1", text)


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, readme: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Manual – Korre Desktop"))
        self.resize(1100, 780)
        self._matches: list[QTextCursor] = []
        self._current = -1

        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setRootIsDecorated(False)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setMinimumWidth(200)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setTabChangesFocus(True)  # Tab leaves the text: no keyboard trap
        self.browser.setAccessibleName(self.tr("Manual text"))
        self.browser.document().setDocumentMargin(16)
        contents_label = QLabel(self.tr("C&ontents"))
        contents_label.setBuddy(self.contents)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(contents_label)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        splitter.setChildrenCollapsible(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search in the manual (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search in the manual"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setAccessibleName(self.tr("Find previous (Shift+F3)"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Find next (Enter or F3)"))
        self.found = QLabel()
        self.found.setAccessibleName(self.tr("Search result"))
        self.found.setMinimumWidth(120)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the manual"))
        for button in (self.previous_button, self.next_button, close):
            # Enter in the search box finds the next match; it must not close the dialog.
            button.setAutoDefault(False)
            button.setDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.found)
        bar.addStretch()
        bar.addWidget(close)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.search, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, close)
        self.setTabOrder(close, self.contents)
        self.setTabOrder(self.contents, self.browser)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.accept)
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.itemClicked.connect(self._go_to_item)
        self.contents.currentItemChanged.connect(lambda item, _old: self._go_to_item(item))
        self._shortcuts(QKeySequence.StandardKey.Find, "Ctrl+F", self.focus_search)
        self._shortcuts(QKeySequence.StandardKey.FindNext, "F3", self.find_next)
        self._shortcuts(QKeySequence.StandardKey.FindPrevious, "Shift+F3", self.find_previous)

        self.load(readme)

    def _shortcuts(
        self, standard: QKeySequence.StandardKey, key: str, slot: Callable[[], object]
    ) -> None:
        """The platform's keys for ``standard`` and ``key``, each once (two shortcuts on one
        key would be ambiguous and neither would fire)."""
        keys = [*QKeySequence.keyBindings(standard), QKeySequence(key)]
        unique = {sequence.toString(): sequence for sequence in keys if not sequence.isEmpty()}
        for sequence in unique.values():
            QShortcut(sequence, self, slot)

    # -- content ----------------------------------------------------------------------------------

    def _fit_pictures(self, width: int = 720) -> None:
        """Screenshots at a readable size instead of their full 1400 pixels."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    picture.setWidth(width)  # the height follows, keeping the proportions
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()

    def load(self, readme: Path | None = None) -> bool:
        try:
            markdown = manual_markdown(readme)
        except (ManualNotFound, OSError, UnicodeDecodeError):
            self.show_missing()
            return False
        self.message.hide()
        found = readme or readme_path()
        if found is not None:
            self.browser.setSearchPaths([str(found.parent)])
        self.browser.setMarkdown(markdown)
        self._fit_pictures()
        self._fill_contents()
        for widget in (self.search, self.next_button, self.previous_button):
            widget.setEnabled(True)
        return True

    def show_missing(self) -> None:
        self.browser.clear()
        self.contents.clear()
        self.message.setText(
            self.tr(
                "The manual could not be found: README.md is missing from the installation. "
                "Install Korre Desktop again, or read README.md in the project folder."
            )
        )
        self.message.show()
        for widget in (self.search, self.next_button, self.previous_button):
            widget.setEnabled(False)

    def _fill_contents(self) -> None:
        self.contents.clear()
        parent: QTreeWidgetItem | None = None
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (2, 3) and block.text().strip():
                item = QTreeWidgetItem([block.text().strip()])
                item.setData(0, Qt.ItemDataRole.UserRole, block.position())
                if level == 2 or parent is None:
                    self.contents.addTopLevelItem(item)
                    parent = item
                else:
                    parent.addChild(item)
            block = block.next()
        self.contents.expandAll()

    def headings(self) -> list[str]:
        found = []
        for index in range(self.contents.topLevelItemCount()):
            item = self.contents.topLevelItem(index)
            found.append(item.text(0))
            found.extend(item.child(child).text(0) for child in range(item.childCount()))
        return found

    def _go_to_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.scroll_to_position(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def scroll_to_position(self, position: int) -> None:
        """Put the block at ``position`` at the top of the view, with the cursor on it."""
        document = self.browser.document()
        block = document.findBlock(position)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    # -- search -----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self._highlight_all(text)
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self.found.clear()

    def _highlight_all(self, text: str) -> None:
        self._matches = []
        self._current = -1
        if text:
            document = self.browser.document()
            cursor = document.find(text, 0)
            while not cursor.isNull():
                self._matches.append(cursor)
                cursor = document.find(text, cursor)
        self._paint_matches()

    def _paint_matches(self) -> None:
        """Every match pale yellow, the current one orange (visible while typing)."""
        selections = []
        for index, match in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format.setBackground(
                QColor("#ffb347" if index == self._current else "#fff2a8")
            )
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next (or previous) match after the cursor, wrapping around the end."""
        text = self.search.text()
        if not text:
            self.focus_search()
            return False
        document = self.browser.document()
        found = document.find(text, self.browser.textCursor(), flags)
        if found.isNull():
            start = QTextCursor(document)
            if flags & QTextDocument.FindFlag.FindBackward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(text, start, flags)
        if found.isNull():
            self.found.setText(self.tr("Not found"))
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        starts = [match.selectionStart() for match in self._matches]
        start = found.selectionStart()
        self._current = starts.index(start) if start in starts else -1
        self._paint_matches()
        self.found.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._current + 1))
            .replace("%2", str(len(starts)))
        )
        return True


def open_manual(parent: QWidget | None = None) -> ManualDialog:
    """Show the manual beside the window (one per parent: a second F1 brings it forward)."""
    dialog = parent.findChild(ManualDialog) if parent is not None else None
    if dialog is None:
        dialog = ManualDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
