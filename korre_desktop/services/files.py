"""Files the user names: only a regular file is read, and that is decided before reading.

A FIFO given as a file would block a read for ever, a device may never end, and a folder
cannot be read at all. Every place that reads a file the user chose (an import, a scan, a
proof file, a protocol document) asks here first; each words the reason its own way.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Literal

from korre_desktop.errors import InputError

FileReason = Literal["missing", "folder", "special", "unreadable"]


class NotARegularFileError(InputError):
    """``path`` is not a regular file that can be read; ``reason`` says what it is."""

    def __init__(self, reason: FileReason, path: Path, message: str) -> None:
        super().__init__(message, path=str(path), name=path.name)
        self.reason: FileReason = reason
        self.path = path


def _refuse(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotARegularFileError("folder", path, f"{path} is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(
            "special", path, f"{path} is not a file but a device, pipe or socket"
        )


def regular_file_or_error(path: Path) -> os.stat_result:
    """The file's status when ``path`` is a regular file (a link to one counts);
    :class:`NotARegularFileError` otherwise. Nothing is opened."""
    path = Path(path).expanduser()
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise NotARegularFileError("missing", path, f"file not found: {path}") from None
    except OSError as exc:
        raise NotARegularFileError(
            "unreadable", path, f"cannot read {path}: {exc.strerror or exc}"
        ) from None
    _refuse(path, status.st_mode)
    return status


def open_regular_file(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, refused unless it is a regular file.

    The file is opened without blocking and checked again on the open handle, so a FIFO
    put in its place after the first check is refused too instead of hanging.
    Raises :class:`NotARegularFileError`; a file that exists but cannot be opened (locked,
    no access) raises the OSError, for the caller to word.
    """
    path = Path(path).expanduser()
    regular_file_or_error(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        _refuse(path, os.fstat(descriptor).st_mode)
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")
