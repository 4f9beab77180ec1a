"""The output file: checked before the work starts, written atomically, clear when locked."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO

from korre_desktop.errors import KorreError
from korre_desktop.temp_files import partial_beside

SUFFIX = ".xlsx"


class Problem(StrEnum):
    NOT_XLSX = "not_xlsx"
    FOLDER_MISSING = "folder_missing"
    IS_FOLDER = "is_folder"
    LOCKED = "locked"  # open in Excel (or another program), or read-only
    NOT_WRITABLE = "not_writable"


class ExportFileError(KorreError):
    """The export file cannot be written. ``code`` says why (a :class:`Problem`), so the
    app can say it in Dutch; the message is the command line's English line."""

    def __init__(self, code: Problem, path: Path, message: str) -> None:
        super().__init__(message, code=code, path=path)
        self.code = code
        self.path = path


def lock_file(target: Path) -> Path:
    """The owner file Excel keeps beside a workbook it has open: ``~$name.xlsx``."""
    return target.with_name(f"~${target.name}")


def _locked(target: Path) -> ExportFileError:
    return ExportFileError(
        Problem.LOCKED,
        target,
        f"cannot write {target}: it is open in Excel or another program, or read-only;"
        " close it and try again",
    )


def check_target(target: Path) -> Path:
    """Raise :class:`ExportFileError` for a target that cannot be written; return it."""
    target = Path(target).expanduser()
    if target.suffix.lower() != SUFFIX:
        raise ExportFileError(
            Problem.NOT_XLSX, target, f"the file name must end in {SUFFIX}: {target}"
        )
    if not target.parent.is_dir():
        raise ExportFileError(
            Problem.FOLDER_MISSING, target, f"folder does not exist: {target.parent}"
        )
    if target.is_dir():
        raise ExportFileError(Problem.IS_FOLDER, target, f"cannot write {target}: it is a folder")
    if lock_file(target).exists():
        raise _locked(target)
    return target


@contextmanager
def atomic_target(target: Path) -> Iterator[IO[bytes]]:
    """A temporary file beside ``target`` that replaces it only when the block succeeds.

    On any failure (or cancelling) the target is untouched and the temporary file gone;
    one left by a killed export is removed (``temp_files``).
    """
    target = check_target(target)
    with contextlib.ExitStack() as cleanup:
        try:
            partial = cleanup.enter_context(partial_beside(target))
            handle = open(partial, "wb")  # noqa: SIM115 (closed below, before the rename)
        except OSError as exc:
            raise ExportFileError(
                Problem.NOT_WRITABLE, target, f"cannot write in {target.parent}: {exc.strerror}"
            ) from exc
        try:
            with handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:  # a full disk, a vanished network folder
            raise ExportFileError(
                Problem.NOT_WRITABLE, target, f"cannot write {target}: {exc.strerror or exc}"
            ) from exc
        if lock_file(target).exists():
            raise _locked(target)
        try:
            os.replace(partial, target)
        except PermissionError as exc:
            raise _locked(target) from exc
        except OSError as exc:
            raise ExportFileError(
                Problem.NOT_WRITABLE, target, f"cannot write {target}: {exc.strerror}"
            ) from exc
