"""Render the app's tabs and main dialogs on demo data into docs/screenshots/ (offscreen).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--scale 1]

Demo data for a fixed date (so the pictures only change when the app does), the window
at 1400 x 900, in Dutch. The review queue shows pages of a small generated scan batch.
`--scale 2` renders at 200 % (to check that everything still fits).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 11, 24)
SIZE = (1400, 900)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        Shooter(Path(folder), args.out).run()


class Shooter:
    def __init__(self, folder: Path, out: Path) -> None:
        from PySide6.QtCore import QSettings

        from korre_desktop.gui.app import make_application
        from korre_desktop.gui.i18n import install_translators

        self.folder = folder
        self.out = out
        self.app = make_application()
        self.app.setStyle("Fusion")  # the same look on every machine that runs this
        install_translators(self.app, "nl")
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.written: list[Path] = []

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def database(self) -> Path:
        from korre_desktop.services.demo import generate_demo
        from korre_desktop.services.scanning.batch import scan_files
        from korre_desktop.store import Store
        from korre_desktop.testing.scan_corpus import build_corpus

        path = self.folder / "korre.sqlite"
        with Store.open(path, actor="screenshots", create=True) as store:
            generate_demo(store, students=600, employees=60, seed=1, today=DAY)
            corpus = build_corpus(
                store,
                self.folder / "scans",
                consent=12,
                protocol=2,
                profile="mixed",
                dpi=200,
                seed=4,
                on=DAY,
            )
            scan_files(store, corpus.files, DAY)
        return path

    def run(self) -> None:
        from korre_desktop.gui.app import create_main_window
        from korre_desktop.gui.dialogs.first_run import FirstRunWizard

        window = create_main_window(self.database(), self.settings, today=lambda: DAY)
        window.resize(*SIZE)
        window.show()
        for index, name in enumerate(
            ["personeel", "leerlingen", "protocollen", "mediatoestemming", "werklijsten"]
        ):
            window.ui.tabs.setCurrentIndex(index)
            tab = window.current_tab()
            tab.ensure_loaded()
            while tab.is_loading():
                self.settle()
            tab.ui.table.selectRow(2)
            self.save(window, f"tab-{index + 1}-{name}")
        window.ui.tabs.setCurrentIndex(1)
        self.dialog(window.enter_consent(), "dialog-formulier-invoeren", (1100, 760))
        self.dialog(window.scan_actions.open_review(), "dialog-scans-controleren", SIZE)
        self.dialog(window.import_actions.open_wizard(), "dialog-importeren", (1000, 700))
        self.dialog(window.print_actions.open_no_photo(), "dialog-geen-foto-lijst", (900, 650))
        self.dialog(window.forms_actions.open_dialog("consent"), "dialog-formulieren", None)
        self.dialog(window.show_about(), "dialog-over", None)
        self.dialog(window.show_manual(), "dialog-handleiding", (1100, 760))
        self.dialog(window.consent_forms(), "dialog-toestemmingsformulieren", (1120, 680))
        self.dialog(window.edit_settings(), "dialog-instellingen", None)
        wizard = FirstRunWizard()
        self.dialog(wizard, "dialog-eerste-start", None)
        window.close()
        window.context.jobs.wait()

    def dialog(self, dialog, name: str, size: tuple[int, int] | None) -> None:
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        self.save(dialog, name)
        dialog.close()


if __name__ == "__main__":
    main()
