"""The window's "Access request…" (Inzageverzoek) on the selected student or employee:
asks where to save the ZIP, makes it in the background with progress and cancel
(``services.access_request_export``, which logs it) and says where it went.

The window owns one :class:`AccessRequestActions`, puts ``export`` in the Records menu and
the people tables' context menus, and passes the selected person with ``set_selection``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.file_dialogs import EXPORT, save_file
from korre_desktop.gui.jobs import Job, job_with_progress, progress_dialog
from korre_desktop.services.access_request import PersonNotFoundError
from korre_desktop.services.access_request_export import AccessExportFileError, check_target
from korre_desktop.services.progress import Progress

PROGRESS_STEPS = 100
KINDS = ("student", "employee")


class AccessRequestActions(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._kind: str | None = None
        self._person_id: int | None = None
        self._number = ""
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None  # the last outcome shown
        self.export = QAction(self.tr("Access re&quest…"), self)
        self.export.setStatusTip(
            self.tr(
                "Everything kept about the selected person in one ZIP file: a PDF, the same"
                " data as JSON and the evidence (AVG article 15)"
            )
        )
        self.export.triggered.connect(lambda _checked=False: self.ask_file())
        self.set_selection(None, None)

    def set_selection(self, kind: str | None, person_id: int | None, number: str = "") -> None:
        """The selected person ("student" or "employee", their id and number), or none."""
        if kind not in KINDS or person_id is None:
            kind, person_id, number = None, None, ""
        self._kind, self._person_id, self._number = kind, person_id, number
        self.export.setEnabled(kind is not None and self.job is None)

    def suggested_name(self) -> str:
        word = "leerling" if self._kind == "student" else "medewerker"
        number = "".join(c for c in self._number if c.isalnum() or c in "-_")
        return f"inzageverzoek-{word}-{number or self._person_id}.zip"

    def ask_file(self) -> Job | None:
        """Where to save the ZIP (the export folder used last), then make it."""
        if self._kind is None or self._person_id is None:
            return None
        target = save_file(
            self._window,
            self._context.settings,
            EXPORT,
            self.tr("Access request"),
            self.suggested_name(),
            self.tr("ZIP files (*.zip)"),
            suffix=".zip",
        )
        if target is None:
            return None
        return self.run_export(self._kind, self._person_id, target)

    def run_export(self, kind: str, person_id: int, target: Path) -> Job | None:
        """Start the export in the background; None when it cannot start."""
        if self.job is not None:
            return None
        try:
            check_target(target)  # before any work: a folder, a pipe, no right to write
        except AccessExportFileError as error:
            self._show_error(error)
            return None
        open_store = self._context.open_store
        today = self._context.today()

        def work(progress: Progress) -> object:
            from korre_desktop.services.access_request_export import export_access_request

            with open_store() as store:
                return export_access_request(store, kind, person_id, target, today, progress)

        dialog = progress_dialog(
            self.tr("Collecting everything kept about this person…"),
            self.tr("Cancel"),
            self._window,
            maximum=PROGRESS_STEPS,
            delay_ms=0,
        )
        dialog.setWindowTitle(self.tr("Access request"))
        job = job_with_progress(work, dialog)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._show_error)
        job.cancelled.connect(self._cancelled)

        def ended() -> None:
            self.job = None
            self.progress_dialog = None
            self.export.setEnabled(self._kind is not None)
            dialog.close()
            dialog.deleteLater()

        job.ended.connect(ended)
        self.job = job
        self.progress_dialog = dialog
        self.export.setEnabled(False)
        dialog.show()
        return self._context.jobs.start(job)

    # -- outcomes ---------------------------------------------------------------------------------

    def _succeeded(self, result: object) -> None:
        text = (
            self.tr(
                "The access request for %1 was saved in %2: a PDF to read, the same data as"
                " JSON and the evidence files (%3). The export was recorded in the access log."
            )
            .replace("%1", str(result.name))
            .replace("%2", str(result.path))
            .replace("%3", str(result.evidence_files))
        )
        self._window.statusBar().showMessage(  # short: the box says the rest
            self.tr("Access request saved: %1").replace("%1", str(result.path)), 15_000
        )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Access request"), text, parent=self._window
        )
        self.message = box
        box.open()

    def _cancelled(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Cancelled: the access request was not saved."), 15_000
        )

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, AccessExportFileError):
            error = KorreError(self.file_message(error))
        elif isinstance(error, PersonNotFoundError):
            error = KorreError(self.tr("This person is no longer in the records."))
        self._context.errors.show(error, self.tr("Access request"))

    def file_message(self, error: AccessExportFileError) -> str:
        """What is wrong with the chosen file, in the user's language."""
        path = str(error.path)
        if error.reason == "folder_missing":
            path = str(error.path.parent)
            text = self.tr("The folder %1 does not exist.")
        elif error.reason == "folder":
            text = self.tr("%1 is a folder. Choose a file name.")
        elif error.reason == "special":
            text = self.tr("%1 is not a file (a device or a pipe). Choose another name.")
        else:
            text = self.tr("%1 cannot be written. Choose another folder.")
        return text.replace("%1", path)
