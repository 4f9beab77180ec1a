"""GUI fixtures: a demo database, a main window on it, and waiting for background loads."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from korre_desktop.gui.app import create_main_window
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.gui.i18n import install_translators
from korre_desktop.gui.jobs import JobRunner
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.gui.record_tab import RecordTab
from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store
from tests.engines import file_of

DEMO_DAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def dutch(qapp):
    """The Dutch translation, as the app loads it by default."""
    translators = install_translators(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store.create(db_path, actor="test") as store:
        generate_demo(store, students=150, employees=25, seed=7, today=DEMO_DAY)
    return db_path


def make_context(store: Store, settings: QSettings, today: date) -> AppContext:
    """A window context on this store; background jobs open their own connection to it."""
    path = file_of(store)
    return AppContext(
        store=store,
        open_store=lambda: Store.open(path, actor="test"),
        jobs=JobRunner(),
        errors=ErrorPresenter(),
        settings=settings,
        today=lambda: today,
    )


def open_window(qtbot, path: Path, settings: QSettings) -> MainWindow:
    window = create_main_window(path, settings, today=lambda: DEMO_DAY)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_loaded(qtbot, tab: RecordTab) -> None:
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab._loaded and not tab.is_loading(), timeout=20_000)


@pytest.fixture
def window(qtbot, demo_db: Path, settings: QSettings, dutch) -> Iterator[MainWindow]:
    opened = open_window(qtbot, demo_db, settings)
    yield opened
    opened.close()
    opened.context.jobs.wait()


@pytest.fixture
def english(qapp, dutch) -> Iterator[None]:
    """The English window: the Dutch translators out for this test."""
    for translator in dutch:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    for translator in dutch:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))


@pytest.fixture
def review_context(store, records, tmp_path, settings, qapp):
    """A database with scanned pages waiting for review, and a context on it."""
    from tests.gui.test_scan_review import TODAY, build_stack

    build_stack(store, records, tmp_path)
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()
