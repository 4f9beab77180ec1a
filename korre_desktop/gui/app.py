"""Starting the app: QApplication, translation, database, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.gui.i18n import install_translators
from korre_desktop.gui.jobs import JobRunner
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.locations import APP_AUTHOR, APP_NAME
from korre_desktop.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    return app


def create_main_window(
    db_path: Path,
    settings: QSettings | None = None,
    today: Callable[[], date] = date.today,
) -> MainWindow:
    """Open the database and build the window (raises KorreError when the file is unusable)."""
    errors = ErrorPresenter()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(db_path)
    context = AppContext(
        store=store,
        open_store=lambda: Store.open(db_path),
        jobs=JobRunner(),
        errors=errors,
        settings=settings or QSettings(),
        today=today,
    )
    errors.install()
    window = MainWindow(context, db_path)
    window.destroyed.connect(store.close)
    return window


def run_app(db_path: Path) -> int:
    app = make_application()
    install_translators(app)
    try:
        window = create_main_window(db_path)
    except KorreError as exc:
        ErrorPresenter().show(exc)
        return 2
    window.show()
    return app.exec()
