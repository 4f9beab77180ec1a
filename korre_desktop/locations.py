"""Where the data lives by default, and whether a chosen place is safe for SQLite."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Korre Desktop"
APP_AUTHOR = "Stichting de Korre"
DATABASE_FILE = "korre.sqlite"
ENV_DATABASE = "KORRE_DB"

# Folder names of sync clients; SQLite files in them get corrupted by partial syncs.
CLOUD_FOLDER_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "box sync")
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
)


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / DATABASE_FILE


def log_folder() -> Path:
    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def resolve_database_path(given: str | os.PathLike[str] | None) -> Path:
    """The --db option, else KORRE_DB, else the default in the user data folder."""
    if given:
        return Path(given).expanduser()
    from_env = os.environ.get(ENV_DATABASE)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()


def _linux_filesystem(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fs_type = "", None
    target = str(path)
    for line in mounts:
        parts = line.split()
        if (
            len(parts) >= 3
            and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/"))
            and len(parts[1]) > len(best)
        ):
            best, fs_type = parts[1], parts[2]
    return fs_type


def _windows_is_remote(path: Path) -> bool:
    if str(path).startswith("\\\\"):
        return True
    import ctypes  # only on Windows

    drive = os.path.splitdrive(str(path))[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE


def location_warning(path: Path) -> str | None:
    """Why ``path`` is a risky place for the database, or None when it looks fine."""
    resolved = path.expanduser().resolve()
    lowered = str(resolved).lower()
    for marker in CLOUD_FOLDER_MARKERS:
        if marker in lowered:
            return "cloud"
    if sys.platform.startswith("win"):
        return "network" if _windows_is_remote(resolved) else None
    if sys.platform.startswith("linux"):
        return "network" if _linux_filesystem(resolved) in NETWORK_FILESYSTEMS else None
    return "network" if lowered.startswith("/volumes/") and "macintosh hd" not in lowered else None


LOCATION_MESSAGES = {
    "cloud": "the database is in a cloud-synced folder (OneDrive, Dropbox, ...); "
    "SQLite files there can be damaged by syncing: move it to a local folder",
    "network": "the database is on a network share; SQLite files there can be damaged: "
    "move it to a local disk",
}
