"""Compile ui/*.ui (Qt Designer) into korre_desktop/gui/forms/ui_*.py with pyside6-uic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "korre_desktop" / "gui" / "forms"


def compiled_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def compile_form(ui: Path, target: Path) -> None:
    uic = str(Path(sys.executable).with_name("pyside6-uic"))
    subprocess.run([uic, str(ui), "-o", str(target)], check=True, capture_output=True)


if __name__ == "__main__":
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        compile_form(ui, FORMS / compiled_name(ui))
        print(f"compiled {ui.name}")
