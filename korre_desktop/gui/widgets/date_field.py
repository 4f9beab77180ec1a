"""The one date field of the app: typed as dd-mm-jjjj (or d-m-jj) in one go, or picked.

Every date a user types goes through this field and ``domain.dates.parse_dutch_date``, so
the same text means the same day in every window, and an impossible date gets the same
message everywhere ("31-02-2026 bestaat niet."). The field never changes a typed date into
another day (as a spin-box date editor does: 31-02 became 06-02): a date that does not exist
stays as typed, marked, with the message beside it. A valid date is written out in full
when the typing is finished (5-9-26 becomes 05-09-2026, the same day).

A click into the field selects its text, so typing replaces the date (Tab does the same).
The calendar button (or Alt+Down, F4) picks a day with the mouse.

The message goes into the field's error label: one given with ``set_error_label``, or else
the label named like the field plus "Error" in the same window (``signedDate`` ->
``signedDateError``), as the Designer forms name them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QWidget

from korre_desktop.domain.dates import (
    DateFormatError,
    ImpossibleDateError,
    format_dutch_date,
    parse_dutch_date,
)
from korre_desktop.gui.icons import icon

translate = QCoreApplication.translate
ERROR_COLOUR = "#b00020"
EXAMPLE = date(2026, 9, 5)


def impossible_date_text(text: str) -> str:
    """ "31-02-2026 bestaat niet." The one message for a day that does not exist."""
    return translate("DateField", "%1 does not exist.").replace("%1", text.strip())


def date_format_text() -> str:
    return translate("DateField", "Type the date as dd-mm-yyyy, for example %1.").replace(
        "%1", format_dutch_date(EXAMPLE)
    )


def date_required_text() -> str:
    return translate("DateField", "Fill in the date.")


def date_problem(text: str, today: date | None = None, required: bool = False) -> str | None:
    """What is wrong with a typed date, in the user's words; None when it is a date (or
    empty and not required)."""
    if not text.strip():
        return date_required_text() if required else None
    try:
        parse_dutch_date(text, today)
    except ImpossibleDateError:
        return impossible_date_text(text)
    except DateFormatError:
        return date_format_text()
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    """``date_changed(date)`` follows every change to another valid date: typed (when the
    typing is finished: Enter, Tab, a click elsewhere), picked or set."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today: Callable[[], date] = date.today
        self._last: date | None = None
        self._error_label: QLabel | None = None
        self._label_was_hidden = False
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.pick_action = QAction(icon("calendar"), self.tr("Choose a date"), self)
        self.pick_action.triggered.connect(self.show_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._finished)
        self.textEdited.connect(lambda _text: self._show_problem(None))

    # -- the value --------------------------------------------------------------------------

    def set_today(self, today: Callable[[], date]) -> None:
        """Where today comes from (for a two-digit year's century); default the clock."""
        self._today = today

    def set_date(self, day: date | None) -> None:
        self.setText("" if day is None else format_dutch_date(day))
        self._show_problem(None)
        self._changed(day)

    def last_date(self) -> date | None:
        """The last date the field held that exists (set, picked or typed and finished)."""
        return self._last

    def date(self) -> date | None:
        """The date typed; None when the field is empty or holds no date."""
        try:
            return parse_dutch_date(self.text(), self._today())
        except ValueError:
            return None

    def problem(self, required: bool = False) -> str | None:
        return date_problem(self.text(), self._today(), required)

    def read(self, required: bool = True) -> date | None:
        """The date, or None with the problem shown beside the field and the field
        selected to type it again (nothing is changed)."""
        problem = self.problem(required)
        if problem is not None:
            self._show_problem(problem)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.selectAll()
            return None
        return self.date()

    def _finished(self) -> None:
        if not self.isVisible():
            return  # its window is closing: nothing was finished by the user
        problem = self.problem()
        self._show_problem(problem)
        day = self.date()
        if day is not None:
            written = format_dutch_date(day)
            if self.text() != written:
                self.setText(written)  # the same day, written out in full
            self._changed(day)

    def _changed(self, day: date | None) -> None:
        if day != self._last:
            self._last = day
            if day is not None:
                self.date_changed.emit(day)

    # -- the message ------------------------------------------------------------------------

    def set_error_label(self, label: QLabel | None) -> None:
        self._error_label = label

    def error_label(self) -> QLabel | None:
        """The label given, or the nearest one named like the field plus "Error"."""
        if self._error_label is None and self.objectName():
            name = f"{self.objectName()}Error"
            widget = self.parentWidget()
            while widget is not None and self._error_label is None:
                self._error_label = widget.findChild(QLabel, name)
                widget = None if widget.isWindow() else widget.parentWidget()
        return self._error_label

    def _show_problem(self, problem: str | None) -> None:
        self.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOUR} }}" if problem else "")
        self.setToolTip(problem or "")
        label = self.error_label()
        if label is None:
            return
        if problem:
            if label.isHidden():
                self._label_was_hidden = True
            label.setStyleSheet(f"color: {ERROR_COLOUR}")
            label.setText(problem)
            label.show()
        elif label.text():
            label.clear()
            if self._label_was_hidden:
                label.hide()
                self._label_was_hidden = False

    # -- keyboard, mouse and the calendar ---------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # After the click has placed the cursor: select all, so typing replaces.
            QTimer.singleShot(0, self.selectAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if (event.key() == Qt.Key.Key_Down and alt) or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.pick_action.setVisible(not read_only)

    def show_calendar(self) -> QCalendarWidget | None:
        if self.isReadOnly() or not self.isEnabled():
            return None
        if self.calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self.calendar = calendar
        calendar = self.calendar
        calendar.setSelectedDate(_qdate(self.date() or self._today()))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.set_date(day.toPython())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()
