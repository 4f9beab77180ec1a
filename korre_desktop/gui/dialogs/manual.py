"""Help → Manual: the office's manual (docs/handleiding.md, or docs/manual.md in the English
UI) inside the app, with contents, search, its pictures and its internal links."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QImageReader,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
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

# One manual per window language, in docs/ (its pictures in docs/screenshots/).
MANUALS = {"nl": "handleiding.md", "en": "manual.md"}
DOCS = "docs"
PICTURE_WIDTH = 720  # screenshots are shown at most this wide (they are made at 1400)
EXTERNAL_SCHEMES = ("http", "https", "mailto")


class ManualNotFound(FileNotFoundError):
    pass


def current_language() -> str:
    """The language the window speaks now: install_translators sets the default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def manual_path(language: str) -> Path | None:
    """The manual for ``language`` in the source tree or a bundle (docs/ beside resources/,
    or inside it); None when it is not there."""
    name = MANUALS.get(language, MANUALS["nl"])
    for folder in (resource_dir().parent / DOCS, resource_dir() / DOCS):
        if (folder / name).is_file():
            return folder / name
    return None


def manual_markdown(language: str, path: Path | None = None) -> str:
    """The manual's Markdown; raises ManualNotFound when there is none."""
    path = path or manual_path(language)
    if path is None or not path.is_file():
        raise ManualNotFound(MANUALS.get(language, MANUALS["nl"]))
    return path.read_text(encoding="utf-8")


def heading_slug(title: str) -> str:
    """The anchor of a heading as GitHub makes it (the manual's links work there too):
    lower case, punctuation dropped, spaces become hyphens."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


class ManualText(QTextBrowser):
    """The manual's text. Tab leaves it: a QTextBrowser would first step through its many
    links (a trap for the keyboard); the contents tree is the keyboard's way to a chapter."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """A picture made smaller smoothly, to the pixels it is shown at (the text would
        otherwise scale it down roughly and the screenshots' words get hard to read)."""
        if kind == QTextDocument.ResourceType.ImageResource and self.searchPaths():
            image = QImage(str(Path(self.searchPaths()[0]) / name.path()))
            if not image.isNull():
                ratio = self.devicePixelRatioF()
                width = round(PICTURE_WIDTH * ratio)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                    image.setDevicePixelRatio(ratio)
                return image
        return super().loadResource(kind, name)


class ManualDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        language: str | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.language = language or current_language()
        self._anchors: dict[str, int] = {}  # heading slug -> position in the document
        self.setWindowTitle(self.tr("Manual – Korre Desktop"))
        self.resize(1100, 780)
        self._matches: list[QTextCursor] = []
        self._current = -1

        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setRootIsDecorated(False)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setMinimumWidth(200)
        self.browser = ManualText()
        self.browser.setOpenLinks(False)  # internal links go to their heading: _follow
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
        self.browser.anchorClicked.connect(self.follow_link)
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.itemClicked.connect(self._go_to_item)
        self.contents.currentItemChanged.connect(lambda item, _old: self._go_to_item(item))
        self._shortcuts(QKeySequence.StandardKey.Find, "Ctrl+F", self.focus_search)
        self._shortcuts(QKeySequence.StandardKey.FindNext, "F3", self.find_next)
        self._shortcuts(QKeySequence.StandardKey.FindPrevious, "Shift+F3", self.find_previous)

        self.load(path)

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

    def _fit_pictures(self, folder: Path) -> None:
        """Screenshots at a readable size: at most PICTURE_WIDTH wide, never enlarged."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    width = QImageReader(str(folder / picture.name())).size().width()
                    picture.setWidth(min(width, PICTURE_WIDTH) if width > 0 else PICTURE_WIDTH)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(picture)  # the height follows, keeping proportions
                fragments += 1
            block = block.next()

    def pictures(self) -> list[str]:
        """The pictures the shown manual refers to, in order."""
        names = []
        block = self.browser.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    names.append(fragment.charFormat().toImageFormat().name())
                fragments += 1
            block = block.next()
        return names

    def load(self, path: Path | None = None) -> bool:
        path = path or manual_path(self.language)
        try:
            if path is None:
                raise ManualNotFound(MANUALS.get(self.language, MANUALS["nl"]))
            markdown = manual_markdown(self.language, path)
        except (ManualNotFound, OSError, UnicodeDecodeError):
            self.show_missing()
            return False
        self.message.hide()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(markdown)
        self._fit_pictures(path.parent)
        self._fill_contents()
        for widget in (self.search, self.next_button, self.previous_button):
            widget.setEnabled(True)
        return True

    def show_missing(self) -> None:
        self.browser.clear()
        self.contents.clear()
        self.message.setText(
            self.tr(
                "The manual could not be found: %1 is missing from the installation. "
                "Install Korre Desktop again."
            ).replace("%1", f"{DOCS}/{MANUALS.get(self.language, MANUALS['nl'])}")
        )
        self.message.show()
        for widget in (self.search, self.next_button, self.previous_button):
            widget.setEnabled(False)

    def _fill_contents(self) -> None:
        """The contents tree (levels 2 and 3) and the anchors of every heading."""
        self.contents.clear()
        self._anchors = {}
        parent: QTreeWidgetItem | None = None
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level and block.text().strip():
                self._anchors.setdefault(heading_slug(block.text()), block.position())
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

    def anchors(self) -> dict[str, int]:
        return dict(self._anchors)

    def follow_link(self, url: QUrl) -> bool:
        """A link in the manual: to a heading (#anchor) inside it, or a web page outside."""
        if url.scheme() in EXTERNAL_SCHEMES:
            return QDesktopServices.openUrl(url)
        position = self._anchors.get(url.fragment())
        if url.path() or position is None:
            return False
        self.scroll_to_position(position)
        return True

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
