"""Vertrek: a student leaves school or an employee leaves employment on a date.

Never a delete: from that date on the person is no longer on lists; their record, forms
and history stay.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog, shown_day
from korre_desktop.gui.forms.ui_leave_dialog import Ui_LeaveDialog
from korre_desktop.services import record_reads, records


class LeaveDialog(RecordDialog):
    def __init__(
        self, context: AppContext, kind: str, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.kind = kind
        self.person_id = person_id
        ui = self.ui
        self.setup_problems(ui.generalError, {"left_date": (ui.leftDate, ui.leftDateError)})
        person: record_reads.StudentRecord | record_reads.EmployeeRecord | None
        if kind == "student":
            person = record_reads.student(self.store, person_id)
            left = None if person is None else person.left_date
        elif kind == "employee":
            person = record_reads.employee(self.store, person_id)
            left = None if person is None else person.end_date
        else:
            raise ValueError(f"unknown person kind: {kind}")
        if person is None:
            raise LookupError(f"no {kind} {person_id}")
        name = person.name
        if kind == "student":
            self.setWindowTitle(self.tr("Student leaves"))
            text = self.tr(
                "%1 leaves the school on this date. From this date on the student is no longer on lists; their data and history are kept."  # noqa: E501
            )
        else:
            self.setWindowTitle(self.tr("Employee leaves"))
            text = self.tr(
                "%1 leaves employment on this date. From this date on the employee is no longer on lists; their data and history are kept."  # noqa: E501
            )
        ui.explanation.setTextFormat(Qt.TextFormat.PlainText)
        ui.explanation.setText(text.replace("%1", name))
        ui.leftDate.setText(shown_day(left) or format_dutch_date(self.today))
        ui.leftDate.selectAll()

    def save(self) -> int:
        if self.kind == "student":
            records.set_student_left(self.store, self.person_id, self.ui.leftDate.text())
        else:
            records.set_employee_left(self.store, self.person_id, self.ui.leftDate.text())
        return self.person_id
