"""Open windows show what another PC (or another window) changed, within two seconds: once a
second the window asks the store's change watch, and reads its lists again when data was
committed elsewhere (the selection and the scroll position stay)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from korre_desktop.store.change_watch import ChangeWatch

CHECK_EVERY_MS = 1000


class LiveRefresh(QObject):
    def __init__(self, parent: QObject, watch: ChangeWatch, reload: Callable[[], None]) -> None:
        super().__init__(parent)
        self.watch = watch
        self.reload = reload
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Read again when something changed; True when it did."""
        if not self.watch.changed():
            return False
        self.reload()
        return True
