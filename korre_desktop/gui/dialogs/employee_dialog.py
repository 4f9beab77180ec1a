"""Nieuwe medewerker / medewerker wijzigen: also interns, substitutes and volunteers."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from korre_desktop.domain import staff_numbers
from korre_desktop.domain.people import NameUse, name_in_use
from korre_desktop.gui import status_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog, shown_day
from korre_desktop.gui.forms.ui_employee_dialog import Ui_EmployeeDialog
from korre_desktop.services import record_reads, records, selection
from korre_desktop.services.records import EMPLOYMENT_TYPES, EmployeeInput

SCHOOL_ROLE = Qt.ItemDataRole.UserRole + 1


class EmployeeDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        employee_id: int | None = None,
        parent: QWidget | None = None,
        school_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EmployeeDialog()
        self.ui.setupUi(self)
        self.employee_id = employee_id
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "staff_number": (ui.staffNumber, ui.staffNumberError),
                "roepnaam": (ui.roepnaam, ui.roepnaamError),
                "tussenvoegsel": (ui.tussenvoegsel, None),
                "achternaam": (ui.achternaam, ui.achternaamError),
                "partner_tussenvoegsel": (ui.partnerTussenvoegsel, None),
                "partner_achternaam": (ui.partnerAchternaam, ui.partnerError),
                "naamgebruik": (ui.naamgebruik, None),
                "function": (ui.function, None),
                "employment_type": (ui.employmentType, ui.employmentTypeError),
                "email": (ui.email, ui.emailError),
                "school_ids": (ui.schools, ui.schoolsError),
                "start_date": (ui.startDate, ui.startDateError),
                "end_date": (ui.endDate, ui.endDateError),
            },
        )
        for use in NameUse:
            ui.naamgebruik.addItem(status_text.name_use_label(use), use.value)
        for kind in EMPLOYMENT_TYPES:
            ui.employmentType.addItem(status_text.employment_label(kind), kind)
        ui.employmentType.setPlaceholderText(self.tr("(choose)"))
        ui.employmentType.setCurrentIndex(-1)
        chosen = {school_id} if school_id is not None else set()
        if employee_id is not None:
            employee = record_reads.employee(self.store, employee_id)
            if employee is None:
                raise LookupError(f"no employee {employee_id}")
            self.setWindowTitle(self.tr("Edit employee"))
            ui.staffNumber.setText(employee.staff_number)
            ui.roepnaam.setText(employee.roepnaam)
            ui.tussenvoegsel.setText(employee.tussenvoegsel)
            ui.achternaam.setText(employee.achternaam)
            ui.partnerTussenvoegsel.setText(employee.partner_tussenvoegsel)
            ui.partnerAchternaam.setText(employee.partner_achternaam)
            ui.naamgebruik.setCurrentIndex(ui.naamgebruik.findData(employee.naamgebruik.value))
            ui.function.setText(employee.function)
            ui.email.setText(employee.email)
            ui.employmentType.setCurrentIndex(ui.employmentType.findData(employee.employment_type))
            ui.startDate.setText(shown_day(employee.start_date))
            ui.endDate.setText(shown_day(employee.end_date))
            chosen = set(employee.school_ids)
        for school in selection.schools(self.store):
            item = QListWidgetItem(school.name)
            item.setData(SCHOOL_ROLE, school.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = school.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.schools.addItem(item)
        if ui.schools.count():
            # The keyboard starts on the first school without selecting it (selected looks
            # like chosen); Space ticks it.
            ui.schools.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        for edit in (
            ui.roepnaam,
            ui.tussenvoegsel,
            ui.achternaam,
            ui.partnerTussenvoegsel,
            ui.partnerAchternaam,
        ):
            edit.textChanged.connect(self.show_name_in_use)
        ui.naamgebruik.currentIndexChanged.connect(self.show_name_in_use)
        self.show_name_in_use()
        ui.employmentType.currentIndexChanged.connect(self.show_number_hint)
        self.show_number_hint()

    def show_name_in_use(self) -> None:
        """ "Shown as: Petra de Boer-Jansen", as lists and forms will write the name."""
        ui = self.ui
        name = name_in_use(
            ui.roepnaam.text(),
            ui.tussenvoegsel.text(),
            ui.achternaam.text(),
            ui.naamgebruik.currentData() or NameUse.OWN,
            ui.partnerTussenvoegsel.text(),
            ui.partnerAchternaam.text(),
        )
        ui.nameInUse.setText(self.tr("Shown as: %1").replace("%1", name) if name else "")

    def show_number_hint(self) -> None:
        """An intern or volunteer may be saved without a staff number: the app gives an
        internal one ("INT-0001"), which is marked as such."""
        ui = self.ui
        may_be_empty = ui.employmentType.currentData() in staff_numbers.WITHOUT_HR_NUMBER
        ui.staffNumber.setPlaceholderText(
            self.tr("empty: the app gives an internal number") if may_be_empty else ""
        )
        internal = staff_numbers.is_internal(ui.staffNumber.text())
        ui.staffNumber.setToolTip(self.tr("Internal number given by the app") if internal else "")

    def school_items(self) -> list[QListWidgetItem]:
        return [self.ui.schools.item(row) for row in range(self.ui.schools.count())]

    def checked_school_ids(self) -> list[int]:
        return [
            item.data(SCHOOL_ROLE)
            for item in self.school_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> int:
        ui = self.ui
        data = EmployeeInput(
            staff_number=ui.staffNumber.text(),
            roepnaam=ui.roepnaam.text(),
            tussenvoegsel=ui.tussenvoegsel.text(),
            achternaam=ui.achternaam.text(),
            partner_tussenvoegsel=ui.partnerTussenvoegsel.text(),
            partner_achternaam=ui.partnerAchternaam.text(),
            naamgebruik=ui.naamgebruik.currentData() or NameUse.OWN,
            function=ui.function.text(),
            employment_type=ui.employmentType.currentData() or "",
            school_ids=self.checked_school_ids(),
            start_date=ui.startDate.text(),
            end_date=ui.endDate.text(),
            email=ui.email.text(),
        )
        if self.employee_id is None:
            return records.add_employee(self.store, data)
        records.update_employee(self.store, self.employee_id, data)
        return self.employee_id
