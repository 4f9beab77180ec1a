"""What the record dialogs share: OK saves through a service, problems show under fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_messages import problem_text
from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.window_size import fit_height
from korre_desktop.services import selection
from korre_desktop.services.records import RecordValidationError

ERROR_STYLE = "color: #b00020"


def shown_date(iso: str | None) -> str:
    """A stored ISO date as the user types it (dd-mm-jjjj); empty for none."""
    return "" if not iso else format_dutch_date(date.fromisoformat(iso))


def shown_day(day: date | None) -> str:
    """A date as the user types it (dd-mm-jjjj); empty for none."""
    return "" if day is None else format_dutch_date(day)


def align_label_columns(forms: list[QFormLayout]) -> None:
    """Several form layouts above each other share one label column width."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class RecordDialog(QDialog):
    """Base of the record dialogs.

    A subclass implements ``save()``: build the input, call the service, return the id of
    the record saved. OK (or Enter) calls it; validation problems appear under their
    fields and the dialog stays open with everything typed; on success the dialog closes
    with ``accept()`` and ``saved_id`` holds the id.
    """

    saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.today = context.today()
        self.saved_id: int | None = None
        self._general: QLabel | None = None
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        self._fixed_by: dict[str, set[str]] = {}  # field -> the problems its change may fix

    # -- set-up -------------------------------------------------------------------------------

    def setup_problems(
        self, general: QLabel, fields: dict[str, tuple[QWidget, QLabel | None]]
    ) -> None:
        """``fields`` maps a problem's field name to its input widget and error label, in
        the order of the form (the first field with a problem gets the focus)."""
        self._general = general
        self._fields = dict(fields)
        for label in [general, *(error for _w, error in fields.values() if error is not None)]:
            label.setStyleSheet(ERROR_STYLE)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.hide()
        for name, (widget, _error) in fields.items():
            self._clear_on_change(name, widget)
            if isinstance(widget, DateField):
                widget.set_today(self.context.today)

    def _clear_on_change(self, name: str, widget: QWidget) -> None:
        """A message goes as soon as the field it is about is changed (the next save
        checks everything again)."""

        def changed(*_args: object) -> None:
            self.clear_problem(name)

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(changed)

    def clear_problem(self, name: str) -> None:
        for field in {name, *self._fixed_by.get(name, ())}:
            error = self._fields.get(field, (None, None))[1]
            if error is not None and not error.isHidden():
                error.clear()
                error.hide()

    def fill_schools(self, combo: QComboBox, selected: int | None = None) -> None:
        combo.clear()
        for school in selection.schools(self.store):
            combo.addItem(school.name, school.id)
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(index if index >= 0 else 0)

    # -- problems -----------------------------------------------------------------------------

    def problems_shown(self) -> dict[str, str]:
        """What is on screen now: field name (or "" for the general list) -> message."""
        shown = {
            name: error.text()
            for name, (_w, error) in self._fields.items()
            if error is not None and not error.isHidden()
        }
        if self._general is not None and not self._general.isHidden():
            shown[""] = self._general.text()
        return shown

    def clear_problems(self) -> None:
        for _widget, error in self._fields.values():
            if error is not None:
                error.clear()
                error.hide()
        if self._general is not None:
            self._general.clear()
            self._general.hide()

    def show_general(self, text: str) -> None:
        """A message above the form, about no field in particular (the others go)."""
        self.show_problems([])
        if self._general is not None:
            self._general.show()  # then the text: a hidden label's size would stay stale
            self._general.setText(text)
            self._fit()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.clear_problems()
        general: list[str] = []
        by_field = {problem.field: problem for problem in problems}
        self._fixed_by = {}
        for problem in problems:
            for field in problem.params.get("fixed_by", ()):
                self._fixed_by.setdefault(field, set()).add(problem.field)
        for problem in problems:
            error = self._fields.get(problem.field, (None, None))[1]
            if error is None or not error.parentWidget().isVisibleTo(self):
                general.append(problem_text(problem))
            else:
                error.show()  # then the text: a hidden label's size would stay stale
                error.setText(problem_text(problem))
        if general and self._general is not None:
            self._general.show()
            self._general.setText("\n".join(general))
        for name, (widget, _error) in self._fields.items():
            if name in by_field and widget.isEnabled() and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self._fit()

    def _fit(self, grow_only: bool = True) -> None:
        fit_height(self, grow_only)

    def showEvent(self, event: QShowEvent) -> None:
        # A top-level window does not follow its wrapped labels' height by itself, and its
        # first size is measured before the widgets are polished: fit it now.
        self._fit(grow_only=False)
        super().showEvent(event)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> int:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            saved_id = self.save()
        except RecordValidationError as exc:
            self.show_problems(exc.problems)
            return
        except KorreError as exc:
            self.context.errors.show(exc)
            return
        self.clear_problems()
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        super().accept()
