"""What every part of the window is handed: no global app singleton."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSettings

from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.gui.jobs import JobRunner
from korre_desktop.store import Store
from korre_desktop.store.change_watch import ChangeWatch


@dataclass
class AppContext:
    store: Store  # the UI thread's connection
    open_store: Callable[[], Store]  # a fresh connection for a worker thread
    jobs: JobRunner
    errors: ErrorPresenter
    settings: QSettings
    today: Callable[[], date] = field(default=date.today)
    # Tells of changes by other PCs and windows (``gui.live_refresh``); None: not watched.
    watch: ChangeWatch | None = None
