"""Starting the app: QApplication, translation, database, main window."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from korre_desktop import __version__
from korre_desktop.errors import DatabaseKeyError, KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.gui.i18n import install_translators, language_setting
from korre_desktop.gui.icons import app_icon
from korre_desktop.gui.jobs import JobRunner
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.locations import APP_AUTHOR, APP_NAME
from korre_desktop.memory import tune_cycle_collector
from korre_desktop.server_location import ServerLocation
from korre_desktop.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    tune_cycle_collector()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def create_main_window(
    db_path: Path | ServerLocation,
    settings: QSettings | None = None,
    today: Callable[[], date] = date.today,
) -> MainWindow:
    """Open the database and build the window (raises KorreError when the file is unusable,
    or missing: only the first-start wizard makes a new database)."""
    errors = ErrorPresenter()
    store = Store.open(db_path)
    context = AppContext(
        store=store,
        open_store=lambda: Store.open(db_path),
        jobs=JobRunner(),
        errors=errors,
        settings=settings or QSettings(),
        today=today,
        watch=store.change_watch(),
    )
    errors.install()
    window = MainWindow(context, db_path)
    window.destroyed.connect(store.close)
    window.destroyed.connect(context.watch.close)
    return window


# Set by the build's smoke test (scripts/smoke_dist.py): print how long the start took
# and quit as soon as the window is shown.
QUIT_WHEN_SHOWN = "KORRE_QUIT_WHEN_SHOWN"


def seconds_since_process_start() -> float:
    """From the process's own start (Linux: /proc; elsewhere: since Python began)."""
    try:
        with open("/proc/self/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, AttributeError, ValueError, IndexError):
        return time.perf_counter()


def _report_shown_and_quit(app: QApplication) -> None:
    print(json.dumps({"shown_after_seconds": round(seconds_since_process_start(), 3)}))
    sys.stdout.flush()
    app.quit()


def _open_window(
    db_path: Path | ServerLocation, ask: bool = False
) -> MainWindow | KorreError | None:
    """The main window on ``db_path``. A server database without a password in its URL
    gets the one kept in the OS keyring; when the server wants one and none was kept (or
    the kept one was refused), or ``ask`` (after signing out), the sign-in dialog asks the
    login and password. None: the user cancelled that."""
    from korre_desktop.services import server_login

    refused: KorreError | None = None
    location = db_path
    if not (ask and isinstance(db_path, ServerLocation)):
        location = server_login.with_saved_password(db_path)
        try:
            return create_main_window(location)
        except DatabaseKeyError as exc:  # an encrypted file whose key is not here
            return _unlock_and_open(location, exc)
        except KorreError as exc:
            if not (isinstance(location, ServerLocation) and server_login.is_login_failure(exc)):
                return exc
            refused = exc
    from korre_desktop.gui.dialogs.sign_in import ask_sign_in

    signed_in = ask_sign_in(location, refused)
    if signed_in is None:
        return None
    server_login.remember_login(signed_in)
    try:
        return create_main_window(signed_in)
    except KorreError as exc:
        return exc


def _unlock_and_open(path: object, error: DatabaseKeyError) -> MainWindow | KorreError | None:
    """Ask the passphrase or recovery code of the encrypted file (None: cancelled), then
    open the window."""
    from korre_desktop.gui.dialogs.database_key import ask_database_key

    if not ask_database_key(Path(path), wrong=error.details.get("reason") == "wrong_key"):
        return None
    try:
        return create_main_window(path)  # type: ignore[arg-type]
    except KorreError as exc:
        return exc


class Session:
    """The window of whoever is signed in. Signing out closes it (nothing of it stays on
    screen) and asks who signs in next; cancelling that ends the app."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        window.signed_out.connect(self.sign_out)

    def sign_out(self) -> None:
        from korre_desktop.services import server_login

        old = self.window
        location = server_login.without_password(old.db_path)
        self.app.setQuitOnLastWindowClosed(False)  # between the two windows
        try:
            old.close()
            old.deleteLater()
            opened = _open_window(location, ask=True)
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if opened is None:
            self.app.quit()
            return
        if isinstance(opened, KorreError):
            ErrorPresenter().show(opened)
            self.app.exit(2)
            return
        self.window = opened
        opened.signed_out.connect(self.sign_out)
        opened.show()


def run_app(db_path: Path | ServerLocation, given: bool = True) -> int:
    """Open the app on ``db_path``.

    ``given`` is False when no database was named on the command line (``--db``): then, on
    the first start on this machine (``services.first_run.needs_first_run``), the first-run
    wizard is shown before any window, and the app opens on the database it made or found.
    Cancelling the wizard ends the app with 0 and nothing created (as does cancelling the
    password a server database asks for).
    """
    from korre_desktop.services.first_run import CHOICES, needs_first_run

    app = make_application()
    install_translators(app, language_setting(QSettings()))
    choice: str | None = None
    if not given and needs_first_run(None):
        from korre_desktop.gui.dialogs.first_run import run_first_run

        outcome = run_first_run(app)
        if outcome is None:
            return 0
        db_path, choice = outcome.path, outcome.choice
    window = _open_window(db_path)
    if window is None:
        return 0
    if isinstance(window, KorreError):
        ErrorPresenter().show(window)
        return 2
    window.show()
    session = Session(app, window)  # noqa: F841  (keeps the window of who is signed in)
    if os.environ.get(QUIT_WHEN_SHOWN):
        QTimer.singleShot(0, app, lambda: _report_shown_and_quit(app))
    start = getattr(window, "start_after_first_run", None)
    if choice in CHOICES and callable(start):
        # Once the window is shown and the event loop runs: the import wizard or demo load.
        QTimer.singleShot(0, window, lambda: start(choice))
    return app.exec()
