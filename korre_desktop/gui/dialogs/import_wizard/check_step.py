"""Step 3 of the import wizard: the dry run in the background, its counts and report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard.base import CHECK, COLUMNS
from korre_desktop.gui.dialogs.import_wizard.check_report import report_lines
from korre_desktop.gui.dialogs.import_wizard.columns_step import ColumnsStep
from korre_desktop.gui.jobs import Job
from korre_desktop.services import importing as imp
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate


class CheckStep(ColumnsStep):
    """Plans the import without saving (``plans``) and shows what it would do; students
    missing from the file can be marked as left, rows with errors left out."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        ui = self.ui
        for value in (ui.newCount, ui.changedCount, ui.unchangedCount, ui.errorCount):
            value.setStyleSheet("font-weight: bold")
        for column in (1, 3, 5, 7, 9):
            ui.countsGrid.setColumnMinimumWidth(column, 36)
        ui.markLeft.toggled.connect(self._mark_left_toggled)
        ui.skipErrors.toggled.connect(self._update_buttons)
        ui.leftDate.set_today(context.today)
        ui.leftDate.set_date(self.today)

    def _tables(self) -> list[tuple[str, imp.Table, imp.Mapping | None]]:
        """What to plan: the mapped table, and an EDEXML file's teachers with its students."""
        mapping = self.chosen_mapping()
        assert self.table is not None
        tables: list[tuple[str, imp.Table, imp.Mapping | None]] = [(self.kind, self.table, mapping)]
        found = self.found
        if isinstance(found, imp.EdexFile) and self.kind == "students" and found.teachers.rows:
            tables.append(("employees", self.found.teachers, None))
        return tables

    def start_check(self) -> Job | None:
        if self.busy():
            return None
        ui = self.ui
        self.plans = []
        self._show_page(CHECK)
        self._clear_report()
        ui.checkStatus.setText(translate("ImportWizard", "Checking the file…"))
        ui.checkProgress.setValue(0)
        ui.checkProgress.show()
        tables = self._tables()
        school = ui.schoolCombo.currentData()
        year = self._school_year()
        open_store = self.context.open_store
        today = self.today

        def work(progress: Progress) -> list[imp.ImportPlan]:
            with open_store() as store:
                return [
                    imp.plan_import(
                        store,
                        kind,
                        table,
                        mapping or imp.choose_mapping(store, kind, table),
                        school,
                        year if kind == "students" else None,
                        progress,
                        today,
                    )
                    for kind, table, mapping in tables
                ]

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _l: self._progress(ui.checkProgress, done, total)
        )
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_cancelled)
        return self._start(job)

    def _clear_report(self) -> None:
        ui = self.ui
        for label in (
            ui.newCount,
            ui.changedCount,
            ui.unchangedCount,
            ui.errorCount,
            ui.warningCount,
        ):
            label.setText("–")
        ui.report.clear()
        ui.checkError.clear()
        ui.missingBox.hide()
        ui.markLeft.setChecked(False)
        ui.skipErrors.hide()
        ui.skipErrors.setChecked(False)

    def _checked(self, plans: list[imp.ImportPlan]) -> None:
        ui = self.ui
        self.plans = plans
        ui.checkProgress.hide()
        totals = {key: sum(plan.counts[key] for plan in plans) for key in plans[0].counts}
        ui.newCount.setText(str(totals["new"]))
        ui.changedCount.setText(str(totals["changed"]))
        ui.unchangedCount.setText(str(totals["unchanged"]))
        ui.errorCount.setText(str(totals["errors"]))
        ui.warningCount.setText(str(totals["warnings"]))
        red = "color: #b00020; " if totals["errors"] else ""
        ui.errorCount.setStyleSheet(red + "font-weight: bold")
        ui.errorLabel.setStyleSheet(red)
        ui.report.setPlainText("\n".join(report_lines(plans)))
        missing = totals["missing"]
        ui.missingBox.setVisible(bool(missing))
        ui.markLeft.setText(
            translate(
                "ImportWizard", "Mark the %1 students who are not in the file as left on"
            ).replace("%1", str(missing))
        )
        ui.skipErrors.setVisible(bool(totals["errors"]))
        ui.skipErrors.setText(
            translate(
                "ImportWizard", "Import the other rows and leave out the %1 rows with &errors"
            ).replace("%1", str(totals["errors"]))
        )
        if totals["errors"]:
            ui.checkStatus.setText(
                translate(
                    "ImportWizard",
                    "The file has rows with errors: correct them in the file (or the "
                    "administration system) and choose it again, or leave those rows out.",
                )
            )
        elif missing and not any(plan.has_work for plan in plans):
            ui.checkStatus.setText(
                translate(
                    "ImportWizard",
                    "The records already match the file. Students on record who are not in "
                    "the file can be marked as left below.",
                )
            )
        elif not any(plan.has_work for plan in plans):
            ui.checkStatus.setText(
                translate("ImportWizard", "Nothing to change: the records already match the file.")
            )
        else:
            ui.checkStatus.setText(
                translate("ImportWizard", "Checked. Press Import to save these changes.")
            )
        self._update_buttons()

    def _check_failed(self, error: BaseException) -> None:
        self.ui.checkProgress.hide()
        self.ui.checkStatus.clear()
        self._error(self.ui.checkError, error)
        self._update_buttons()

    def _check_cancelled(self) -> None:
        self._show_page(COLUMNS)
        self.ui.columnsError.setText(
            translate("ImportWizard", "The check was cancelled. Nothing was changed.")
        )

    def _mark_left_toggled(self, checked: bool) -> None:
        self.ui.leftDate.setEnabled(checked)
        self._update_buttons()

    def _can_apply(self) -> bool:
        if not self.plans:
            return False
        if any(plan.errors for plan in self.plans) and not self.ui.skipErrors.isChecked():
            return False
        marking = self.ui.markLeft.isChecked() and any(plan.missing for plan in self.plans)
        return marking or any(plan.has_work for plan in self.plans)

    def _left_date(self) -> date | bool | None:
        """The leaving date for missing students; None when not marking; False when wrong."""
        ui = self.ui
        if not (ui.markLeft.isChecked() and ui.missingBox.isVisible()):
            return None
        day = ui.leftDate.read()  # a wrong date is shown beside the field
        return False if day is None else day
