"""Update the .ts files from the sources (pyside6-lupdate) and compile them (pyside6-lrelease).

Run `make translations` after changing user-visible strings, then translate the new
entries in resources/translations/korre_nl.ts (Qt Linguist or any editor).

korre_en.ts lists the same strings for English. The source strings are English, so its
translations stay empty ("unfinished"): lrelease leaves a message with an empty translation
out of the .qm ("Ignored N untranslated source text(s)"), QTranslator finds nothing and Qt
shows the source text. A translation typed into it later (say, a better English wording) is
compiled in, finished or not: plain lrelease, no -nounfinished, and no -markuntranslated
(which would put a prefix before every English text).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "korre_nl.ts"
QM = TS.with_suffix(".qm")
EN_TS = TRANSLATIONS / "korre_en.ts"
EN_QM = EN_TS.with_suffix(".qm")
# language code -> (.ts, .qm)
FILES = {"nl": (TS, QM), "en": (EN_TS, EN_QM)}
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    gui = ROOT / "korre_desktop" / "gui"
    python = sorted(str(p) for p in gui.rglob("*.py") if "forms" not in p.parts)
    return python + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))


def update_ts(ts: Path = TS, language: str = "nl") -> None:
    """Bring ``ts`` up to date with the sources; existing translations are kept."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
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


def main() -> None:
    for language, (ts, qm) in FILES.items():
        update_ts(ts, language)
        release(ts, qm)
        print(f"updated {ts.relative_to(ROOT)} and {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
