"""Progress reporting and cancelling for long work, without Qt."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; nothing was saved."""


class Progress:
    """Passed into long services: they report steps and stop when asked to.

    ``report(done, total, label)`` is called now and then; ``is_cancelled()`` is
    checked at each report and raises :class:`Cancelled` when it returns True.
    """

    def __init__(
        self,
        report: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._report = report
        self._is_cancelled = is_cancelled

    def step(self, done: int, total: int, label: str = "") -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled
        if self._report is not None:
            self._report(done, total, label)


NO_PROGRESS = Progress()


class Share(Progress):
    """Reports a part of the work, from ``start`` to ``end`` (fractions of the whole), as
    its share of the whole (0-1000) to ``parent``."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__()
        self._parent = parent
        self._start = start
        self._end = end

    def step(self, done: int, total: int, label: str = "") -> None:
        fraction = min(done / total, 1.0) if total else 1.0
        self._parent.step(round(1000 * (self._start + (self._end - self._start) * fraction)), 1000)
