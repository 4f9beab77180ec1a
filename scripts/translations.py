"""Update the Dutch .ts from the sources (pyside6-lupdate) and compile it (pyside6-lrelease).

Run `make translations` after changing user-visible strings, then translate the new
entries in resources/translations/korre_nl.ts (Qt Linguist or any editor).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "korre_nl.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    gui = ROOT / "korre_desktop" / "gui"
    python = sorted(str(p) for p in gui.rglob("*.py") if "forms" not in p.parts)
    return python + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))


def update_ts(ts: Path = TS) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "en",
            "-target-language",
            "nl",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


if __name__ == "__main__":
    update_ts()
    release()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
