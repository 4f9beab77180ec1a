"""The actions that add and edit records, for the main window's menus and toolbar.

The window creates one ``RecordActions``, puts its actions in a menu, calls
``set_selection`` when the selected person changes, and reloads its tabs on
``records_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.class_dialog import ClassDialog
from korre_desktop.gui.dialogs.employee_dialog import EmployeeDialog
from korre_desktop.gui.dialogs.guardian_dialog import GuardianDialog
from korre_desktop.gui.dialogs.leave_dialog import LeaveDialog
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.dialogs.school_dialog import SchoolDialog
from korre_desktop.gui.dialogs.school_year_dialog import SchoolYearDialog
from korre_desktop.gui.dialogs.student_dialog import StudentDialog
from korre_desktop.services import record_reads

PERSON_KINDS = ("student", "employee")


class RecordActions(QObject):
    """Actions: new_student, new_employee, new_guardian, edit_selected, set_left,
    new_school, new_class, new_school_year.

    Each opens its dialog window-modally (``open()``, so the event loop keeps running);
    ``current_dialog`` is the dialog that is open. After a successful save
    ``record_saved(kind, id)`` and then ``records_changed()`` are emitted; ``kind`` is
    "student", "employee", "guardian", "school", "class" or "school_year".
    """

    records_changed = Signal()
    record_saved = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self._kind: str | None = None
        self._person_id: int | None = None
        self._last_school_id: int | None = None  # new students and classes start there
        self.current_dialog: RecordDialog | None = None

        self.new_student = self._action(self.tr("New &student…"), self.open_new_student)
        self.new_employee = self._action(self.tr("New &employee…"), self.open_new_employee)
        self.new_guardian = self._action(
            self.tr("Add &guardian to student…"), self.open_new_guardian
        )
        self.edit_selected = self._action(self.tr("Ed&it selected person…"), self.open_edit)
        self.set_left = self._action(self.tr("Set &leaving date…"), self.open_leave)
        self.new_school = self._action(self.tr("New s&chool…"), self.open_new_school)
        self.new_class = self._action(self.tr("New cl&ass…"), self.open_new_class)
        self.new_school_year = self._action(self.tr("New school &year…"), self.open_new_school_year)
        self.new_guardian.setStatusTip(self.tr("A new guardian, or one already on record"))
        self.set_left.setStatusTip(
            self.tr("The person is no longer on lists from that date; nothing is deleted")
        )
        self.set_selection(None, None)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        """All actions, in menu order."""
        return [
            self.new_student,
            self.new_employee,
            self.new_guardian,
            self.edit_selected,
            self.set_left,
            self.new_school,
            self.new_class,
            self.new_school_year,
        ]

    # -- selection ------------------------------------------------------------------------------

    def set_selection(self, kind: str | None, person_id: int | None) -> None:
        """The selected person ("student" or "employee" and their id), or none."""
        if kind not in PERSON_KINDS or person_id is None:
            kind, person_id = None, None
        self._kind, self._person_id = kind, person_id
        self.new_guardian.setEnabled(kind == "student")
        self.edit_selected.setEnabled(kind is not None)
        self.set_left.setEnabled(kind is not None)
        if kind == "employee":
            self.set_left.setText(self.tr("Set &leaving date (out of employment)…"))
        else:
            self.set_left.setText(self.tr("Set &leaving date…"))

    def selection(self) -> tuple[str | None, int | None]:
        return self._kind, self._person_id

    # -- opening dialogs -------------------------------------------------------------------------

    def open_new_student(self) -> RecordDialog:
        dialog = StudentDialog(self.context, None, self._window, school_id=self._last_school_id)
        return self._open(dialog, "student")

    def open_new_employee(self) -> RecordDialog:
        return self._open(EmployeeDialog(self.context, None, self._window), "employee")

    def open_new_guardian(self) -> RecordDialog | None:
        if self._kind != "student" or self._person_id is None:
            return None
        return self.open_guardian(self._person_id)

    def open_guardian(self, student_id: int, guardian_id: int | None = None) -> RecordDialog:
        """Add a guardian to a student, or edit one of their guardians."""
        dialog = GuardianDialog(self.context, student_id, guardian_id, self._window)
        return self._open(dialog, "guardian")

    def open_edit(self) -> RecordDialog | None:
        if self._person_id is None:
            return None
        if self._kind == "student":
            dialog: RecordDialog = StudentDialog(self.context, self._person_id, self._window)
        else:
            dialog = EmployeeDialog(self.context, self._person_id, self._window)
        return self._open(dialog, self._kind or "")

    def open_leave(self) -> RecordDialog | None:
        if self._kind is None or self._person_id is None:
            return None
        dialog = LeaveDialog(self.context, self._kind, self._person_id, self._window)
        return self._open(dialog, self._kind)

    def open_new_school(self) -> RecordDialog:
        return self.open_school(None)

    def open_school(self, school_id: int | None) -> RecordDialog:
        return self._open(SchoolDialog(self.context, school_id, self._window), "school")

    def open_new_class(self) -> RecordDialog:
        return self.open_class(None)

    def open_class(self, class_id: int | None) -> RecordDialog:
        """A new class, or rename one."""
        dialog = ClassDialog(self.context, class_id, self._window, school_id=self._last_school_id)
        return self._open(dialog, "class")

    def open_new_school_year(self) -> RecordDialog:
        return self._open(SchoolYearDialog(self.context, self._window), "school_year")

    def _open(self, dialog: RecordDialog, kind: str) -> RecordDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved_id: self._saved(kind, saved_id))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, kind: str, saved_id: int) -> None:
        record: record_reads.StudentRecord | record_reads.ClassRecord | None = None
        if kind == "student":
            record = record_reads.student(self.context.store, saved_id)
        elif kind == "class":
            record = record_reads.school_class(self.context.store, saved_id)
        if record is not None:
            self._last_school_id = record.school_id
        elif kind == "school":
            self._last_school_id = saved_id
        self.record_saved.emit(kind, saved_id)
        self.records_changed.emit()

    def _closed(self, dialog: RecordDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
