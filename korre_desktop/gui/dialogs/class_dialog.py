"""Nieuwe klas / klas hernoemen: a class belongs to one school in one school year."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_class_dialog import Ui_ClassDialog
from korre_desktop.services import record_reads, records
from korre_desktop.services.records import ClassInput


class ClassDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        class_id: int | None = None,
        parent: QWidget | None = None,
        school_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ClassDialog()
        self.ui.setupUi(self)
        self.class_id = class_id
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "school_id": (ui.school, ui.schoolError),
                "school_year_id": (ui.schoolYear, ui.schoolYearError),
                "name": (ui.name, ui.nameError),
            },
        )
        year_id = None
        if class_id is not None:
            klass = record_reads.school_class(self.store, class_id)
            if klass is None:
                raise LookupError(f"no class {class_id}")
            school_id, year_id = klass.school_id, klass.school_year_id
            ui.name.setText(klass.name)
            # Renaming only: a class stays at its school and in its school year.
            ui.school.setEnabled(False)
            ui.schoolYear.setEnabled(False)
            self.setWindowTitle(self.tr("Rename class"))
        self.fill_schools(ui.school, school_id)
        self._fill_years(year_id)

    def _fill_years(self, selected: int | None) -> None:
        combo = self.ui.schoolYear
        years = record_reads.school_years(self.store)
        for year in reversed(years):  # newest first
            combo.addItem(year.label, year.id)
        if selected is None:
            current = record_reads.school_year_on(self.store, self.today)
            selected = current.id if current else None
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def save(self) -> int:
        if self.class_id is not None:
            records.rename_class(self.store, self.class_id, self.ui.name.text())
            return self.class_id
        data = ClassInput(
            school_id=self.ui.school.currentData(),
            school_year_id=self.ui.schoolYear.currentData(),
            name=self.ui.name.text(),
        )
        return records.add_class(self.store, data)
