"""Export actions of the window: the Excel overview for management.

The window owns one :class:`ExportActions`, puts ``export_overview`` in its menu and
passes the date of the Mediatoestemming tab with :meth:`ExportActions.set_date`.
openpyxl is loaded on the first export, not at start-up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.date_question import DateQuestion
from korre_desktop.gui.file_dialogs import EXPORT, save_file
from korre_desktop.gui.jobs import Job, job_with_progress, progress_dialog
from korre_desktop.services.excel.target import ExportFileError, Problem, check_target
from korre_desktop.services.progress import Progress

PROGRESS_STEPS = 1000
MESSAGE_MSECS = 15_000


class ExportActions(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._date: date | None = None
        self.job: Job | None = None
        self.date_question: DateQuestion | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.export_overview = QAction(self.tr("Export &overview to Excel…"), self)
        self.export_overview.setStatusTip(
            self.tr("Response, consent rates and open items per school and class, for management")
        )
        self.export_overview.triggered.connect(self.ask_export_overview)

    # -- the date ---------------------------------------------------------------------------------

    def set_date(self, day: date) -> None:
        """The date the overview is for (the Mediatoestemming tab's date); default today."""
        self._date = day

    def date(self) -> date:
        return self._date or self._context.today()

    # -- exporting --------------------------------------------------------------------------------

    def ask_export_overview(self) -> DateQuestion:
        """Ask the date the overview is for (the Mediatoestemming tab's date first), then
        where to save it (:meth:`ask_file`)."""
        question = DateQuestion(
            self._window,
            self.tr("Export overview to Excel"),
            self.tr(
                "The overview shows the consent and protocol status of everyone on the lists"
                " on this date."
            ),
            self.tr("Status &on:"),
            self.date(),
            self._context.today,
        )
        question.chosen.connect(self.ask_file)
        question.finished.connect(lambda _result: setattr(self, "date_question", None))
        self.date_question = question
        question.open()
        return question

    def ask_file(self, on: date) -> Job | None:
        """Where to save the overview for ``on`` (the export folder used last), then export."""
        target = save_file(
            self._window,
            self._context.settings,
            EXPORT,
            self.tr("Export overview to Excel"),
            f"overzicht-{on.isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            suffix=".xlsx",
        )
        if target is None:
            return None
        return self.run_export_overview(target, on)

    def run_export_overview(self, target: Path, on: date) -> Job | None:
        """Start the export in the background; None when it cannot start."""
        if self.job is not None:
            return None
        try:
            check_target(target)  # before any work: a locked file or a missing folder
        except ExportFileError as error:
            self._show_error(error)
            return None
        open_store = self._context.open_store

        def work(progress: Progress) -> object:
            from korre_desktop.services.excel.overview import export_overview

            with open_store() as store:
                return export_overview(store, target, on, progress)

        dialog = progress_dialog(
            self.tr("Exporting the overview to Excel…"),
            self.tr("Cancel"),
            self._window,
            maximum=PROGRESS_STEPS,
            delay_ms=0,
        )
        dialog.setWindowTitle(self.tr("Export overview"))
        dialog.setAutoReset(False)
        job = job_with_progress(work, dialog)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._show_error)
        job.cancelled.connect(self._cancelled)

        def ended() -> None:
            self.job = None
            self.progress_dialog = None
            self.export_overview.setEnabled(True)
            dialog.close()
            dialog.deleteLater()

        job.ended.connect(ended)
        self.job = job
        self.progress_dialog = dialog
        self.export_overview.setEnabled(False)
        dialog.show()
        return self._context.jobs.start(job)

    # -- outcomes ---------------------------------------------------------------------------------

    def _succeeded(self, result: object) -> None:
        self._window.statusBar().showMessage(
            self.tr("Overview written to %1: %2 students, %3 staff, %4 open items")
            .replace("%1", str(result.path))
            .replace("%2", str(result.students))
            .replace("%3", str(result.employees))
            .replace("%4", str(result.missing)),
            MESSAGE_MSECS,
        )

    def _cancelled(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Cancelled: the overview was not written."), MESSAGE_MSECS
        )

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ExportFileError):
            error = KorreError(self.file_message(error))
        self._context.errors.show(error, self.tr("Export overview"))

    def file_message(self, error: ExportFileError) -> str:
        """What went wrong with the file, in the user's language."""
        path = str(error.path)
        if error.code is Problem.LOCKED:
            text = self.tr(
                "%1 is open in Excel or another program, or it is read-only. "
                "Close it and export again."
            )
        elif error.code is Problem.FOLDER_MISSING:
            path = str(error.path.parent)
            text = self.tr("The folder %1 does not exist.")
        elif error.code is Problem.IS_FOLDER:
            text = self.tr("%1 is a folder. Choose a file name.")
        elif error.code is Problem.NOT_XLSX:
            text = self.tr("The overview is an Excel workbook: choose a name that ends in .xlsx.")
        else:
            text = self.tr("%1 cannot be written. Choose another folder.")
        return text.replace("%1", path)
