"""Step 4 of the import wizard: the import in one transaction, in the background; the summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard.base import APPLY, CHECK, PROGRESS_STEPS
from korre_desktop.gui.dialogs.import_wizard.check_step import CheckStep
from korre_desktop.gui.jobs import Job
from korre_desktop.services import importing as imp
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate


class ApplyStep(CheckStep):
    """Applies the checked ``plans`` (``result``); ``imported`` carries the
    ``ImportResult`` after a successful apply."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._applied: imp.ImportResult | None = None

    def start_apply(self) -> Job | None:
        if self.busy() or not self._can_apply():
            return None
        left = self._left_date()
        if left is False:
            return None
        ui = self.ui
        plans = self.plans
        skip_errors = ui.skipErrors.isChecked()
        self._applied = None
        self._show_page(APPLY)
        ui.applyStatus.setText(translate("ImportWizard", "Importing…"))
        ui.applyProgress.setValue(0)
        ui.applyProgress.show()
        ui.summary.clear()
        open_store = self.context.open_store

        def work(progress: Progress) -> imp.ImportResult:
            with open_store() as store:
                result = imp.apply_import(
                    store,
                    plans,
                    progress,
                    mark_missing_left=left or None,
                    skip_errors=skip_errors,
                )
            self._applied = result  # committed: a late Cancel must not hide this
            return result

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _l: self._progress(ui.applyProgress, done, total)
        )
        job.succeeded.connect(self._applied_ok)
        job.failed.connect(self._apply_failed)
        job.cancelled.connect(self._apply_cancelled)
        return self._start(job)

    def _applied_ok(self, result: imp.ImportResult) -> None:
        ui = self.ui
        self.result = result
        ui.applyProgress.setValue(PROGRESS_STEPS)
        ui.applyStatus.setText(translate("ImportWizard", "The import is done."))
        counts = result.counts
        text = (
            translate("ImportWizard", "Imported: %1 new, %2 changed, %3 unchanged.")
            .replace("%1", str(counts.get("new", 0)))
            .replace("%2", str(counts.get("changed", 0)))
            .replace("%3", str(counts.get("unchanged", 0)))
        )
        if result.marked_left:
            text += " " + translate("ImportWizard", "%1 students marked as left.").replace(
                "%1", str(result.marked_left)
            )
        if counts.get("errors"):
            text += " " + translate(
                "ImportWizard", "%1 rows with errors were left out: correct them and import again."
            ).replace("%1", str(counts["errors"]))
        ui.summary.setText(text)
        self._remember_school()
        self._update_buttons()
        self.imported.emit(result)

    def _apply_failed(self, error: BaseException) -> None:
        self._show_page(CHECK)
        if isinstance(error, imp.StalePlanError):
            self.ui.checkError.setText(
                translate(
                    "ImportWizard",
                    "Records this import would add or change were changed since the check"
                    " (on another computer, by another import or a scan). Nothing was"
                    " imported: go back and run the check again.",
                )
            )
            self.plans = []
            self._update_buttons()
        else:
            self._error(self.ui.checkError, error)

    def _apply_cancelled(self) -> None:
        if self._applied is not None:  # the transaction was committed before the cancel
            self._applied_ok(self._applied)
            return
        self._show_page(CHECK)
        self.ui.checkError.setText(
            translate("ImportWizard", "The import was cancelled. Nothing was changed.")
        )
