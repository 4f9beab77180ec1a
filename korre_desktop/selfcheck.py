"""A self-check of an installed or built app: can it do the basic things on this machine?

It makes a throw-away database at the first schema version, upgrades it through every
migration, writes a record, backs it up and checks the backup, loads the bundled
resources (translations, fonts, icons), the image, PDF, QR and spreadsheet libraries,
and opens the main window offscreen. Used by `make dist` on the built program and by
an office's IT to check an installation. Nothing outside a temporary folder is touched.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Check = tuple[str, Callable[[Path], str]]


def _migrations(folder: Path) -> str:
    from korre_desktop.store import Store
    from korre_desktop.store.migrate import create_at_version
    from korre_desktop.store.schema import LATEST_VERSION

    path = folder / "self-check.sqlite"
    create_at_version(path, 1)  # an old file, as a first version would have left it
    with Store.open(path, actor="self-check") as store:
        version = store.schema_version()
        if version != LATEST_VERSION:
            raise RuntimeError(f"schema {version} after migrating, expected {LATEST_VERSION}")
        store.records.add_school(name="Zelftest")
        if store.integrity_problems():
            raise RuntimeError("integrity check failed")
    return f"database migrated from schema 1 to {LATEST_VERSION}"


def _backup(folder: Path) -> str:
    from korre_desktop.store import Store

    target = folder / "self-check-backup.sqlite"
    with Store.open(folder / "self-check.sqlite", actor="self-check") as store:
        store.backup_to(target)
    with Store.open(target, actor="self-check") as copy:
        problems = copy.integrity_problems()
        schools = len(copy.people.schools())
    if problems or schools != 1:
        raise RuntimeError("the backup is not a faithful copy")
    return f"backup written and checked ({target.stat().st_size // 1024} kB)"


def _resources(_folder: Path) -> str:
    from korre_desktop.paths import resource_dir, translations_dir

    needed = [
        translations_dir() / "korre_nl.qm",
        resource_dir() / "fonts" / "DejaVuSans.ttf",
        resource_dir() / "icons" / "app.svg",
    ]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        raise RuntimeError(f"missing: {', '.join(missing)}")
    return f"resources found in {resource_dir()}"


def _libraries(_folder: Path) -> str:
    import cv2
    import numpy as np
    import openpyxl
    import pypdfium2
    import reportlab
    import zxingcpp
    from PIL import Image

    # Touch each one: a library that imports but lacks its native part fails here.
    page = np.full((64, 64), 255, np.uint8)
    cv2.GaussianBlur(page, (3, 3), 0)
    zxingcpp.read_barcodes(page)
    Image.fromarray(page).convert("RGB")
    pypdfium2.PdfDocument.new().close()
    openpyxl.Workbook()
    return f"libraries load (OpenCV {cv2.__version__}, reportlab {reportlab.Version})"


def _window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from korre_desktop.gui.app import create_main_window, make_application
    from korre_desktop.gui.i18n import install_translators

    app = make_application()
    translators = install_translators(app)
    try:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        window = create_main_window(folder / "self-check.sqlite", settings)
        window.show()
        app.processEvents()
        seconds = time.perf_counter() - started
        title = window.windowTitle()
        window.close()
        window.context.jobs.wait()
        window.deleteLater()
        app.processEvents()
    finally:  # the application outlives the check where it is shared (the tests)
        for translator in translators:
            app.removeTranslator(translator)
    if not title:
        raise RuntimeError("the main window has no title")
    return f"main window opens ({seconds:.2f} s, platform {app.platformName()})"


CHECKS: list[Check] = [
    ("migrations", _migrations),
    ("backup", _backup),
    ("resources", _resources),
    ("libraries", _libraries),
    ("window", _window),
]


def run_self_check(report: Callable[[str], None] = print) -> bool:
    """Run every check in a temporary folder; report a line each; True when all pass."""
    passed = True
    with tempfile.TemporaryDirectory(prefix="korre-self-check-") as temporary:
        folder = Path(temporary)
        for name, check in CHECKS:
            try:
                report(f"ok: {check(folder)}")
            except Exception as exc:  # every failure is reported, the next check still runs
                passed = False
                report(f"FAILED: {name}: {type(exc).__name__}: {exc}")
    return passed
