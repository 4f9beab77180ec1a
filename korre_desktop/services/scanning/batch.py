"""A batch: every page of some files read, filed, and summed up in a report.

Pages are read two at a time in worker threads (the image libraries release the GIL)
while this thread writes to the database, in page order. One bad page or file never
stops the batch; a cancel stops it after the page being filed, and what was filed stays.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from korre_desktop.domain.mark_reading import DEFAULT_THRESHOLDS, Thresholds
from korre_desktop.services.progress import NO_PROGRESS, Cancelled, Progress
from korre_desktop.services.scanning.filing import REVIEW, SAVED, SKIPPED, FiledPage, file_page
from korre_desktop.services.scanning.prepare import PreparedPage, prepare_page
from korre_desktop.services.scanning.reading.sources import (
    PageProblem,
    ScanPage,
    ScanSourceError,
    iter_pages,
    page_count,
)
from korre_desktop.services.scanning.templates import TemplateCache
from korre_desktop.store import Store

log = logging.getLogger(__name__)

THRESHOLDS_SETTING = "scan_thresholds"
WORKERS = 2
AHEAD = 4  # pages read ahead of the one being filed; bounds memory


@dataclass(frozen=True)
class FileProblem:
    source: str
    reason: str
    message: str


@dataclass
class BatchReport:
    batch_id: int | None  # None: no file could be opened, so no batch was made
    files: int = 0
    pages: int = 0
    saved: int = 0
    review: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    file_problems: list[FileProblem] = field(default_factory=list)
    filed: list[FiledPage] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def all_refused(self) -> bool:
        """Every file was refused (none could be opened): nothing was read."""
        return self.batch_id is None and bool(self.file_problems)

    def add(self, page: FiledPage) -> None:
        self.pages += 1
        self.filed.append(page)
        if page.status == SAVED:
            self.saved += 1
        elif page.status == REVIEW:
            self.review += 1
        elif page.status == SKIPPED:
            self.skipped += 1
        self.reasons.update(page.reasons)

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "pages": self.pages,
            "saved": self.saved,
            "review": self.review,
            "skipped": self.skipped,
            "reasons": dict(sorted(self.reasons.items())),
            "file_problems": [problem.__dict__ for problem in self.file_problems],
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 2),
        }


def thresholds_of(store: Store) -> Thresholds:
    stored = store.setting(THRESHOLDS_SETTING)
    return Thresholds.from_json(stored) if isinstance(stored, dict) else DEFAULT_THRESHOLDS


def _pages_of(
    paths: Sequence[Path], report: BatchReport, total: list[int]
) -> Iterator[ScanPage | PageProblem]:
    for path in paths:
        try:
            yield from iter_pages(path)
        except ScanSourceError as exc:
            report.file_problems.append(FileProblem(path.name, exc.reason, str(exc)))
            total[0] -= 1  # the file's estimated page no longer comes


def _openable(paths: Sequence[Path], report: BatchReport) -> tuple[list[Path], int]:
    """The files that can be opened and their pages; the others go into the report."""
    usable, total = [], 0
    for path in paths:
        try:
            total += page_count(path)
        except ScanSourceError as exc:
            report.file_problems.append(FileProblem(path.name, exc.reason, str(exc)))
            continue
        usable.append(path)
    return usable, total


def scan_files(
    store: Store,
    paths: Sequence[Path],
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
    origin: str = "files",
) -> BatchReport:
    """Read, decide and file every page of ``paths``; the report says what became of each.

    Files that cannot be opened are refused first (in the report's ``file_problems``);
    when that is all of them, no batch is made (``batch_id`` None, ``all_refused``).
    """
    started = time.perf_counter()
    today = today or date.today()
    report = BatchReport(None, files=len(paths))
    usable, pages = _openable(paths, report)
    if not usable:
        report.seconds = time.perf_counter() - started
        return report
    thresholds = thresholds_of(store)
    report.batch_id = store.scans.add_batch(
        origin=origin,
        sources=[str(path) for path in paths],
        thresholds=thresholds.as_json(),
    )
    total = [pages]
    templates = TemplateCache(store)
    progress.step(0, total[0], "pages")
    pending: deque[Future[PreparedPage]] = deque()
    try:
        with ThreadPoolExecutor(WORKERS, thread_name_prefix="scan") as pool:
            try:
                for item in _pages_of(usable, report, total):
                    pending.append(pool.submit(prepare_page, item, templates.template_for))
                    if len(pending) > AHEAD:
                        _file_next(store, pending, report, today, thresholds, progress, total)
                while pending:
                    _file_next(store, pending, report, today, thresholds, progress, total)
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
    except Cancelled:
        report.cancelled = True
    finally:
        # The batch's record is closed even when the database refused a write.
        report.seconds = time.perf_counter() - started
        _close_batch(store, report)
    return report


def _close_batch(store: Store, report: BatchReport) -> None:
    if report.batch_id is None:
        return
    try:
        store.scans.close_batch(
            report.batch_id, cancelled=report.cancelled, report=report.to_json()
        )
    except Exception:  # the original error matters more than the closing note
        log.exception("could not close scan batch %s", report.batch_id)


def _file_next(
    store: Store,
    pending: deque[Future[PreparedPage]],
    report: BatchReport,
    today: date,
    thresholds: Thresholds,
    progress: Progress,
    total: list[int],
) -> None:
    prepared = pending.popleft().result()
    report.add(file_page(store, prepared, report.batch_id, today, thresholds))
    progress.step(report.pages, max(total[0], report.pages), "pages")
