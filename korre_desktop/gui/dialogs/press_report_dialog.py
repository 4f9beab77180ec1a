"""Nieuwe persmelding: an employee approached by the press after a social-media message
reported it to management (protocol 2.4); the office records when, who, which medium,
about what, to whom it was reported, and optionally the e-mail or letter about it.

Saving is one transaction in the service (the attachment with the report); what the
service refuses is shown beside the field it is about, in Dutch, and nothing is stored.
A report is never changed afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.account_dialog import fill_management
from korre_desktop.gui.dialogs.document_dialog import DocumentRecordDialog
from korre_desktop.gui.forms.ui_press_report_dialog import Ui_PressReportDialog
from korre_desktop.services import selection
from korre_desktop.services.authorisations import management_choices
from korre_desktop.services.entry import PersonChoice, people_to_choose
from korre_desktop.services.press_reports import (
    EMPLOYEES_SCHOOL,
    PressReportInput,
    add_press_report,
)


class PressReportDialog(DocumentRecordDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PressReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "report_date": (ui.reportDate, ui.reportDateError),
                "employee_id": (ui.employee.search, ui.employeeError),
                "school_id": (ui.school, ui.schoolError),
                "medium": (ui.medium, ui.mediumError),
                "subject": (ui.subject, ui.subjectError),
                "reported_to_employee_id": (ui.reportedTo, ui.reportedToError),
            },
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        employees = [c for c in people_to_choose(self.store, self.today) if c.kind == "employee"]
        ui.employee.set_choices(employees, self.today)
        ui.employee.picked.connect(self._employee_picked)
        # The service's default: the employee's own school (or the foundation when they
        # are at none); one at several schools is asked to choose.
        ui.school.addItem(self.tr("The employee's school"), EMPLOYEES_SCHOOL.value)
        ui.school.addItem(words.foundation_label(), None)
        for school in selection.schools(self.store):
            ui.school.addItem(school.name, school.id)
        ui.reportedTo.setPlaceholderText(self.tr("Choose a member of management"))
        fill_management(ui.reportedTo, management_choices(self.store, self.today))
        ui.reportedTo.setCurrentIndex(-1)  # chosen on purpose, never by default
        ui.reportDate.set_date(self.today)
        self.setup_document(ui.attachment)

    def _employee_picked(self, _person: PersonChoice) -> None:
        self.clear_problem("employee_id")
        self.clear_problem("school_id")  # another employee: perhaps at one school
        self.ui.school.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> int:
        ui = self.ui
        employee = ui.employee.person()
        school = ui.school.currentData()
        data = PressReportInput(
            report_date=ui.reportDate.text(),
            employee_id=None if employee is None else employee.id,
            school_id=EMPLOYEES_SCHOOL if school == EMPLOYEES_SCHOOL.value else school,
            medium=ui.medium.text(),
            subject=ui.subject.text(),
            reported_to_employee_id=ui.reportedTo.currentData(),
            note=ui.note.text(),
            attachment=ui.attachment.document(),
        )
        return add_press_report(self.store, data, today=self.today)
