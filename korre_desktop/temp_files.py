"""Temporary files written beside a target and then renamed over it.

A program killed while writing one (a backup, an export) leaves it behind, and it may
hold all the personal data: the next write into the same folder removes such leftovers.
A temporary file in use by another running program is never removed: on POSIX it is
locked (``flock``) while it exists, and on Windows an open file cannot be deleted.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".korre-partial"


def partial_path(target: Path) -> Path:
    """A new hidden name beside ``target``, unique so two writers never share one."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{SUFFIX}")


@contextmanager
def partial_beside(target: Path) -> Iterator[Path]:
    """A new, empty temporary file beside ``target``, held as in use until the block ends
    and then removed unless it was renamed; leftovers in that folder are removed first.

    Raises OSError when the file cannot be made (the caller words it).
    """
    target = Path(target)
    remove_stale_partials(target.parent)
    path = partial_path(target)
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # Windows: an open file could not be renamed; a closed one is "in use" by name only
        os.close(descriptor)
        descriptor = -1
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        if descriptor >= 0:
            os.close(descriptor)


def remove_stale_partials(folder: Path, pattern: str = f".*{SUFFIX}") -> list[Path]:
    """Remove the temporary files in ``folder`` that no running program is writing;
    return what was removed."""
    removed = []
    try:
        candidates = sorted(Path(folder).glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        if path.is_file() and _remove_unless_in_use(path):
            removed.append(path)
    return removed


def _remove_unless_in_use(path: Path) -> bool:
    if fcntl is None:
        try:
            path.unlink()  # refused while another program has it open
        except OSError:
            return False
        return True
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # locked: being written right now
            return False
        try:
            path.unlink()
        except OSError:
            return False
        return True
    finally:
        os.close(descriptor)


# -- private folders in the system's temporary folder ------------------------------------------

_IN_USE = ".in-use"


class PrivateFolder:
    """A folder of the user's own (mode 0700) in the system's temporary folder, for files
    that must exist as files for a while (the forms PDF a print dialog shows and prints).
    ``remove()`` deletes it with everything in it; one left by a program that was killed
    is removed the next time a folder with the same prefix is made, never one another
    running program still holds (its ``.in-use`` file is locked, or open on Windows)."""

    def __init__(self, prefix: str) -> None:
        import tempfile

        remove_stale_folders(prefix)
        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        self._descriptor = os.open(self.path / _IN_USE, os.O_CREAT | os.O_RDWR, 0o600)
        if fcntl is not None:
            fcntl.flock(self._descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def remove(self) -> None:
        import shutil

        if self._descriptor >= 0:
            os.close(self._descriptor)
            self._descriptor = -1
        shutil.rmtree(self.path, ignore_errors=True)


def remove_stale_folders(prefix: str) -> list[Path]:
    """Remove the private folders named ``prefix*`` in the system's temporary folder that
    no running program holds; return what was removed."""
    import shutil
    import tempfile

    removed = []
    for folder in sorted(Path(tempfile.gettempdir()).glob(f"{prefix}*")):
        marker = folder / _IN_USE
        if not folder.is_dir() or folder.is_symlink() or not marker.is_file():
            continue
        try:
            if folder.stat().st_uid != os.getuid():  # another user's: not ours to judge
                continue
        except (OSError, AttributeError):  # Windows has no getuid: the folder is per user
            pass
        if _remove_unless_in_use(marker):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
