"""Nieuwe leerling / leerling wijzigen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog, shown_day
from korre_desktop.gui.forms.ui_student_dialog import Ui_StudentDialog
from korre_desktop.services import record_reads, records
from korre_desktop.services.record_reads import ClassRecord
from korre_desktop.services.records import StudentInput


class StudentDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        student_id: int | None = None,
        parent: QWidget | None = None,
        school_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_StudentDialog()
        self.ui.setupUi(self)
        self.student_id = student_id
        self._current_class: ClassRecord | None = None
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "school_id": (ui.school, ui.schoolError),
                "student_number": (ui.studentNumber, ui.studentNumberError),
                "roepnaam": (ui.roepnaam, ui.roepnaamError),
                "tussenvoegsel": (ui.tussenvoegsel, None),
                "achternaam": (ui.achternaam, ui.achternaamError),
                "birth_date": (ui.birthDate, ui.birthDateError),
                "enrolled_date": (ui.enrolledDate, ui.enrolledDateError),
                "class_id": (ui.schoolClass, ui.schoolClassError),
            },
        )
        if student_id is not None:
            student = record_reads.student(self.store, student_id)
            if student is None:
                raise LookupError(f"no student {student_id}")
            self.setWindowTitle(self.tr("Edit student"))
            school_id = student.school_id
            ui.studentNumber.setText(student.student_number)
            ui.roepnaam.setText(student.roepnaam)
            ui.tussenvoegsel.setText(student.tussenvoegsel)
            ui.achternaam.setText(student.achternaam)
            ui.birthDate.setText(shown_day(student.birth_date))
            ui.enrolledDate.setText(shown_day(student.enrolled_date))
            self._current_class = record_reads.current_class(self.store, student_id)
            # A student stays at their school; another school is a new registration there.
            ui.school.setEnabled(False)
        self.fill_schools(ui.school, school_id)
        ui.school.currentIndexChanged.connect(self._fill_classes)
        self._fill_classes()

    def _fill_classes(self) -> None:
        combo = self.ui.schoolClass
        combo.clear()
        school_id = self.ui.school.currentData()
        current = self._current_class
        if current is None:
            combo.addItem(self.tr("(no class)"), None)
        if school_id is None:
            return
        classes = record_reads.classes_of_school(self.store, school_id, not_ended_on=self.today)
        if current is not None and all(c.id != current.id for c in classes):
            classes = (*classes, current)  # its school year has ended: still shown
        for klass in classes:
            combo.addItem(f"{klass.name} ({klass.school_year})", klass.id)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current.id), 0))

    def save(self) -> int:
        ui = self.ui
        data = StudentInput(
            school_id=ui.school.currentData(),
            student_number=ui.studentNumber.text(),
            roepnaam=ui.roepnaam.text(),
            tussenvoegsel=ui.tussenvoegsel.text(),
            achternaam=ui.achternaam.text(),
            birth_date=ui.birthDate.text(),
            enrolled_date=ui.enrolledDate.text(),
            class_id=ui.schoolClass.currentData(),
        )
        if self.student_id is None:
            return records.add_student(self.store, data, today=self.today)
        records.update_student(self.store, self.student_id, data, today=self.today)
        return self.student_id
