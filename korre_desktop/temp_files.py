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
