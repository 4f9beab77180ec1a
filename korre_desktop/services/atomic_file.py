"""Writing an output file so that a failure never leaves half a file behind: it is written
to a temporary file beside the target (``temp_files``: one left by a killed export is
removed the next time) and renamed over the target only when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from korre_desktop.errors import InputError
from korre_desktop.temp_files import partial_beside


@contextmanager
def _atomic(target: Path, mode: str, **options: object) -> Iterator[IO]:
    """Open a temporary file beside ``target``; it replaces ``target`` only on success."""
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise InputError(f"folder does not exist: {target.parent}")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a folder")
    try:
        with partial_beside(target) as partial:
            with open(partial, mode, **options) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
    except PermissionError as exc:
        raise InputError(
            f"cannot write {target}: it is open in another program or not writable"
        ) from exc
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror}") from exc


@contextmanager
def atomic_text_file(target: Path, newline: str = "") -> Iterator[IO[str]]:
    """A UTF-8 text file that replaces ``target`` only when writing succeeded."""
    with _atomic(target, "w", encoding="utf-8", newline=newline) as handle:
        yield handle


@contextmanager
def atomic_binary_file(target: Path) -> Iterator[IO[bytes]]:
    """Like :func:`atomic_text_file`, for bytes (PDFs)."""
    with _atomic(target, "wb") as handle:
        yield handle


def atomic_binary_file_write(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` via a temporary file beside it; return the target."""
    with atomic_binary_file(target) as handle:
        handle.write(data)
    return Path(target).expanduser()
