"""Nieuw schooljaar: "2026-2027" runs from 1 August 2026 to 31 July 2027."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_school_year_dialog import Ui_SchoolYearDialog
from korre_desktop.services import record_reads, records
from korre_desktop.services.records import SchoolYearInput


class SchoolYearDialog(RecordDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SchoolYearDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_problems(ui.generalError, {"label": (ui.label, ui.labelError)})
        ui.label.textChanged.connect(self._show_period)
        ui.label.setText(self._suggested().label)
        ui.label.selectAll()

    def _suggested(self) -> SchoolYear:
        """The current school year, or the one after the newest on record."""
        existing = {year.label for year in record_reads.school_years(self.store)}
        year = SchoolYear.containing(self.today)
        while year.label in existing:
            year = year.next()
        return year

    def _show_period(self, text: str) -> None:
        try:
            year = SchoolYear.parse(text)
        except ValueError:
            self.ui.period.setText("–")
            return
        self.ui.period.setText(
            self.tr("%1 to %2")
            .replace("%1", format_dutch_date(year.start))
            .replace("%2", format_dutch_date(year.end))
        )

    def save(self) -> int:
        return records.add_school_year(self.store, SchoolYearInput(label=self.ui.label.text()))
