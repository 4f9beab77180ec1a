"""Nieuwe school / school wijzigen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_school_dialog import Ui_SchoolDialog
from korre_desktop.services import record_reads, records
from korre_desktop.services.records import SchoolInput


class SchoolDialog(RecordDialog):
    def __init__(
        self, context: AppContext, school_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SchoolDialog()
        self.ui.setupUi(self)
        self.school_id = school_id
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {"name": (ui.name, ui.nameError), "brin": (ui.brin, ui.brinError)},
        )
        if school_id is not None:
            school = record_reads.school(self.store, school_id)
            if school is None:
                raise LookupError(f"no school {school_id}")
            self.setWindowTitle(self.tr("Edit school"))
            ui.name.setText(school.name)
            ui.brin.setText(school.brin)

    def save(self) -> int:
        data = SchoolInput(name=self.ui.name.text(), brin=self.ui.brin.text())
        if self.school_id is None:
            return records.add_school(self.store, data)
        records.update_school(self.store, self.school_id, data)
        return self.school_id
