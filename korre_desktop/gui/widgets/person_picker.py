"""Find a person by typing part of a name or number; arrows and Enter pick one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.gui import status_text
from korre_desktop.services.entry import PersonChoice, search_people

VISIBLE_MATCHES = 6


class PersonPicker(QWidget):
    picked = Signal(object)  # PersonChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[PersonChoice] = []
        self._on = date.today()
        self._person: PersonChoice | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of a name or number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Person: part of a name or number"))
        self.matches = QListWidget(self)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matches.hide()
        self.chosen = QLabel(self)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setStyleSheet("color: #1b5e20; font-weight: bold")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.search)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.search.textEdited.connect(self._text_edited)
        self.search.installEventFilter(self)
        self.matches.itemClicked.connect(self._item_clicked)

    def set_choices(self, choices: list[PersonChoice], on: date) -> None:
        self._choices = choices
        self._on = on

    def person(self) -> PersonChoice | None:
        return self._person

    def clear(self) -> None:
        self._person = None
        self.search.clear()
        self.matches.clear()
        self.matches.hide()
        self.chosen.clear()

    def pick(self, person: PersonChoice) -> None:
        self._person = person
        self.search.setText(person.name)
        self.matches.hide()
        self.chosen.setText(self.describe(person))
        self.picked.emit(person)

    def describe(self, person: PersonChoice) -> str:
        parts = [person.name, person.number, status_text.kind_label(person.kind), person.school]
        if person.class_name:
            parts.append(person.class_name)
        age = person.age_on(self._on)
        if age is not None:
            parts.append(self.tr("%1 years").replace("%1", str(age)))
        if person.left_on is not None:
            parts.append(self.tr("left on %1").replace("%1", format_dutch_date(person.left_on)))
        return " · ".join(p for p in parts if p)

    def _text_edited(self, text: str) -> None:
        self._person = None
        self.chosen.clear()
        self.matches.clear()
        for person in search_people(self._choices, text):
            item = QListWidgetItem(self.describe(person))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
            row_height = self.matches.sizeHintForRow(0)
            visible = min(self.matches.count(), VISIBLE_MATCHES)
            self.matches.setFixedHeight(row_height * visible + 2 * self.matches.frameWidth())
            self.matches.show()
        else:
            self.matches.hide()
            if text.strip():
                self.chosen.setText(self.tr("Nobody found"))

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self.pick(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if not self.matches.isVisible():
            return False
        key = event.key()
        row = self.matches.currentRow()
        if key == Qt.Key.Key_Down:
            self.matches.setCurrentRow(min(row + 1, self.matches.count() - 1))
            return True
        if key == Qt.Key.Key_Up:
            self.matches.setCurrentRow(max(row - 1, 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.matches.currentItem()
            if item is not None:
                self.pick(item.data(Qt.ItemDataRole.UserRole))  # the dialog moves focus on
            return True  # never let Enter save the form while choosing a person
        if key == Qt.Key.Key_Escape:
            self.matches.hide()
            return True
        return False
