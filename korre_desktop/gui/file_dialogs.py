"""File dialogs that open where the user was the last time, for each purpose.

An import file, a scan, a piece of evidence, an export or a printed PDF each live in their
own folder; each file dialog opens in the folder last used for its purpose (remembered in
the settings), or the home folder the first time or when that folder is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

IMPORT, EVIDENCE, EXPORT, PRINT, SCAN = "import", "evidence", "export", "print", "scan"
PURPOSES = (IMPORT, EVIDENCE, EXPORT, PRINT, SCAN)


def _key(purpose: str) -> str:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose: {purpose!r}")
    return f"folders/{purpose}"


def last_folder(settings: QSettings | None, purpose: str) -> Path:
    """The folder last used for ``purpose`` while it still exists; else the home folder."""
    stored = settings.value(_key(purpose)) if settings is not None else None
    folder = Path(str(stored)) if stored else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(settings: QSettings | None, purpose: str, chosen: Path) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder itself) for ``purpose``."""
    if settings is None:
        return
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(_key(purpose), str(folder))


def open_file(
    parent: QWidget | None, settings: QSettings | None, purpose: str, title: str, filters: str
) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(last_folder(settings, purpose)), filters
    )
    if not chosen:
        return None
    remember_folder(settings, purpose, Path(chosen))
    return Path(chosen)


def open_files(
    parent: QWidget | None, settings: QSettings | None, purpose: str, title: str, filters: str
) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, title, str(last_folder(settings, purpose)), filters
    )
    if chosen:
        remember_folder(settings, purpose, Path(chosen[0]))
    return [Path(name) for name in chosen]


def save_file(
    parent: QWidget | None,
    settings: QSettings | None,
    purpose: str,
    title: str,
    name: str,
    filters: str,
    suffix: str = "",
) -> Path | None:
    """Where to save ``name``; ``suffix`` (".pdf") is added when the name typed lacks it."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(last_folder(settings, purpose) / name), filters
    )
    if not chosen:
        return None
    target = Path(chosen)
    if suffix and target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    remember_folder(settings, purpose, target)
    return target


def choose_folder(
    parent: QWidget | None, settings: QSettings | None, purpose: str, title: str
) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(last_folder(settings, purpose)))
    if not chosen:
        return None
    remember_folder(settings, purpose, Path(chosen))
    return Path(chosen)
