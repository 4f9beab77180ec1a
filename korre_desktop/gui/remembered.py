"""What the window remembers between sessions (QSettings), per database where it belongs
to the data: column widths, the school an import source goes to.

``database_key`` names a database in the settings: the same file gives the same key, another
file another key (so a second database starts with its columns fitted to its own data).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from korre_desktop.server_location import is_server_url


def database_key(path: Path | str | None) -> str:
    """A short, stable name for the database at ``path`` ("memory" for none)."""
    if path is None or str(path) == ":memory:":
        return "memory"
    server = is_server_url(str(path))  # a server database, named without a password
    resolved = str(path) if server else str(Path(path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def for_database(path: Path | str | None, key: str) -> str:
    """``key`` within the settings of the database at ``path``."""
    return f"databases/{database_key(path)}/{key}"


def read_int(settings: QSettings, key: str) -> int | None:
    value = settings.value(key)
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None
