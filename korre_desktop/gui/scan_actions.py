"""Bestand → reading scanned forms: pick files or watch the copier's folder, then review.

The window owns one :class:`ScanActions` and puts its actions in the Bestand menu. A
batch runs in the background with progress and Cancel (pages read before a cancel stay
filed); the report follows, with a button to the review queue when pages wait there. A
watched folder is looked at every few seconds; files that stopped growing are read
without a progress dialog and moved to ``ingelezen/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
)

from korre_desktop.domain.roles import Permission
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.file_dialogs import SCAN, open_files
from korre_desktop.gui.jobs import Job, progress_dialog
from korre_desktop.gui.scan_words import report_text
from korre_desktop.gui.window_size import RememberedSize
from korre_desktop.services.progress import Progress
from korre_desktop.services.scanning.watch import FolderWatch

if TYPE_CHECKING:
    from korre_desktop.gui.dialogs.scan_review import ScanReviewDialog
    from korre_desktop.services.scanning.batch import BatchReport

WATCH_FOLDER_KEY = "scan/watch_folder"
WATCH_ENABLED_KEY = "scan/watch_enabled"
WATCH_INTERVAL_MS = 5000
REVIEW_SIZE = QSize(1400, 900)  # the first time; then the size it was left at
SCAN_FILTER = "*.pdf *.tif *.tiff *.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp"


class ScanActions(QObject):
    """``read_scans``, ``review_scans`` and ``watch_folder`` for the Bestand menu.

    ``scanned(report)`` follows every batch; ``reviewed()`` every page saved in review.
    """

    scanned = Signal(object)  # BatchReport
    reviewed = Signal()

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.current_job: Job | None = None
        self.last_message: QMessageBox | None = None
        self.review_dialog: ScanReviewDialog | None = None
        self.read_scans = QAction(self.tr("&Read scanned forms…"), self)
        self.read_scans.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.read_scans.setStatusTip(
            self.tr("Read returned forms from scanned PDFs or phone photos and file them")
        )
        self.read_scans.triggered.connect(self.choose_files)
        self.review_scans = QAction(self.tr("Chec&k scanned forms"), self)
        self.review_scans.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.review_scans.setStatusTip(self.tr("Pages the reader was not sure of"))
        self.review_scans.triggered.connect(self.open_review)
        self.watch_folder = QAction(self.tr("&Watch a scan folder…"), self)
        self.watch_folder.setCheckable(True)
        self.watch_folder.setStatusTip(self.tr("Read forms as the copier saves them into a folder"))
        self.watch_folder.toggled.connect(self._watch_toggled)
        self._watch: FolderWatch | None = None
        # While watching, the status bar keeps saying so, with the last batch's outcome.
        self.watch_label = QLabel()
        self.watch_label.hide()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().addPermanentWidget(self.watch_label)
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.look_in_folder)
        self.update_review_count()
        self._resume_watch()

    def actions(self) -> list[QAction]:
        return [self.read_scans, self.review_scans, self.watch_folder]

    # -- reading files -----------------------------------------------------------------

    def choose_files(self) -> None:
        paths = open_files(
            self._window,
            self.context.settings,
            SCAN,
            self.tr("Read scanned forms"),
            self.tr("Scans and photos (%1);;All files (*)").replace("%1", SCAN_FILTER),
        )
        if paths:
            self.run_scan(paths)

    def run_scan(self, paths: Sequence[Path], watch: FolderWatch | None = None) -> Job:
        """Read ``paths`` in the background; with ``watch``, quietly, then move the files."""
        open_store = self.context.open_store
        today = self.context.today()
        progress = None
        if watch is None:
            progress = progress_dialog(
                self.tr("Reading scanned forms…"), self.tr("Cancel"), self._window
            )

        def work(report: Progress) -> BatchReport:
            from korre_desktop.services.scanning.batch import scan_files

            with open_store() as store:
                result = scan_files(
                    store, paths, today, report, origin="files" if watch is None else "folder"
                )
            if watch is not None:
                unread = {problem.source for problem in result.file_problems}
                for path in paths:
                    watch.put_away(path, read=path.name not in unread)
            return result

        job = Job(work)
        if progress is not None:
            job.progressed.connect(
                lambda done, total, _label: (
                    progress.setMaximum(max(total, 1)),
                    progress.setValue(done),
                    progress.setLabelText(
                        self.tr("Reading scanned forms… page %1 of %2")
                        .replace("%1", str(done))
                        .replace("%2", str(total))
                    ),
                )
            )
            progress.canceled.connect(job.cancel)
        job.succeeded.connect(lambda report: self._finished(report, quiet=watch is not None))
        job.failed.connect(self.context.errors.show)

        def ended() -> None:
            self.current_job = None
            if progress is not None:
                progress.close()
                progress.deleteLater()
            self.update_review_count()

        job.ended.connect(ended)
        self.current_job = job
        return self.context.jobs.start(job)

    def _finished(self, report: BatchReport, quiet: bool) -> None:
        self.scanned.emit(report)
        summary = (
            self.tr("Scanned forms: %1 saved, %2 to check, %3 skipped")
            .replace("%1", str(report.saved))
            .replace("%2", str(report.review))
            .replace("%3", str(report.skipped))
        )
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(summary, 15000)
        if quiet:
            self.watch_label.setText(
                self.tr("Scan folder: %1 (%2)")
                .replace("%1", summary)
                .replace("%2", datetime.now().strftime("%H:%M"))
            )
            return
        summary_line, _, details = report_text(report).partition("\n")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Scanned forms read"),
            summary_line,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setInformativeText(details)
        if report.review:
            check = box.addButton(self.tr("Check now"), QMessageBox.ButtonRole.AcceptRole)
            check.clicked.connect(self.open_review)
            box.setDefaultButton(check)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()

    # -- the review queue --------------------------------------------------------------

    def update_review_count(self) -> int:
        from korre_desktop.services.scanning.queue import count_to_review

        if not self.context.store.signed_in().may(Permission.ENTER_STATEMENTS):
            return 0  # the queue is the office's: other roles neither see nor may read it
        count = count_to_review(self.context.store)
        text = self.tr("Chec&k scanned forms")
        self.review_scans.setText(f"{text} ({count})" if count else text)
        return count

    def open_review(self) -> ScanReviewDialog:
        if self.review_dialog is not None and self.review_dialog.isVisible():
            self.review_dialog.raise_()
            self.review_dialog.activateWindow()
            return self.review_dialog
        from korre_desktop.gui.dialogs.scan_review import ScanReviewDialog

        dialog = ScanReviewDialog(self.context, self._window)
        dialog.saved.connect(lambda _page_id: (self.update_review_count(), self.reviewed.emit()))
        dialog.finished.connect(lambda _result: self.update_review_count())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "review_dialog", None))
        # The page wants room: as big as it was left, within 90 % of the screen.
        size = RememberedSize(dialog, self.context.settings, "scan_review", REVIEW_SIZE)
        size.apply()
        dialog.finished.connect(lambda _result: size.remember())
        self.review_dialog = dialog
        dialog.open()
        return dialog

    # -- the watched folder ------------------------------------------------------------

    def _resume_watch(self) -> None:
        folder = self.context.settings.value(WATCH_FOLDER_KEY, "")
        enabled = str(self.context.settings.value(WATCH_ENABLED_KEY, "false")) == "true"
        if enabled and folder and Path(folder).is_dir():
            self.start_watching(Path(folder))

    def _watch_toggled(self, on: bool) -> None:
        if not on:
            self.stop_watching()
            return
        if self._watch is not None:
            return
        start = self.context.settings.value(WATCH_FOLDER_KEY, "") or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Folder the copier saves scans into"), str(start)
        )
        if folder:
            self.start_watching(Path(folder))
        else:
            self.watch_folder.setChecked(False)

    def start_watching(self, folder: Path) -> None:
        self._watch = FolderWatch(folder)
        self.context.settings.setValue(WATCH_FOLDER_KEY, str(folder))
        self.context.settings.setValue(WATCH_ENABLED_KEY, "true")
        self.watch_folder.blockSignals(True)
        self.watch_folder.setChecked(True)
        self.watch_folder.blockSignals(False)
        self.watch_folder.setToolTip(self.tr("Watching %1").replace("%1", str(folder)))
        self.watch_label.setText(self.tr("Watching scan folder %1").replace("%1", folder.name))
        self.watch_label.setToolTip(str(folder))
        self.watch_label.show()
        self._timer.start()

    def stop_watching(self) -> None:
        self._watch = None
        self._timer.stop()
        self.watch_label.hide()
        self.context.settings.setValue(WATCH_ENABLED_KEY, "false")
        self.watch_folder.blockSignals(True)
        self.watch_folder.setChecked(False)
        self.watch_folder.blockSignals(False)

    @property
    def watched_folder(self) -> Path | None:
        return None if self._watch is None else self._watch.folder

    def look_in_folder(self) -> Job | None:
        """One look at the watched folder; reads what is ready unless a batch is running."""
        watch = self._watch
        if watch is None or self.current_job is not None:
            return None
        try:
            ready = watch.ready_files()
        except OSError:
            return None  # the folder is away for now (a network drive); look again later
        return self.run_scan(ready, watch) if ready else None
