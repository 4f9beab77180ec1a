"""Running long work off the UI thread, with progress, cancelling and errors reported back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from korre_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class Job(QObject):
    """One piece of work. Its signals arrive in the thread that created the job (the UI)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel_requested = False
        self.running = False

    def cancel(self) -> None:
        self._cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    def run(self) -> None:
        """Runs in a worker thread; every outcome becomes a signal."""
        progress = Progress(
            report=lambda done, total, label: self.progressed.emit(done, total, label),
            is_cancelled=lambda: self._cancel_requested,
        )
        try:
            result = self._work(progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:
            log.exception("background work failed")
            self.failed.emit(exc)
        else:
            # Work that returned has finished (a cancel it did not see came too late):
            # an import or export that committed must be reported as done.
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._jobs.add(job)
        job.running = True
        job.ended.connect(lambda: self._jobs.discard(job))
        self._pool.start(_Runnable(job))
        return job

    def active(self) -> int:
        return len(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def progress_dialog(
    label: str, cancel: str, parent: QWidget, maximum: int = 100, delay_ms: int = 300
) -> QProgressDialog:
    """A window-modal progress dialog for a job: shown after ``delay_ms``, and left open
    at 100 % until the caller closes it when the job ends (not when the bar is full)."""
    dialog = QProgressDialog(label, cancel, 0, maximum, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def job_with_progress(work: Callable[[Progress], Any], dialog: QProgressDialog) -> Job:
    """A job whose progress moves ``dialog``'s bar (its maximum: the number of steps) and
    whose Cancel button cancels it."""
    job = Job(work)
    steps = dialog.maximum()
    job.progressed.connect(
        lambda done, total, _label: dialog.setValue(round(steps * done / total) if total else 0)
    )
    dialog.canceled.connect(job.cancel)
    return job
