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
