"""Where the data lives by default, and whether a chosen place is safe for SQLite."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import platformdirs

from korre_desktop.server_location import ServerLocation, is_server_url, redacted

APP_NAME = "Korre Desktop"
APP_AUTHOR = "Stichting de Korre"
DATABASE_FILE = "korre.sqlite"
ENV_DATABASE = "KORRE_DB"
CONFIG_FILE = "korre-desktop.json"
CONFIG_DATABASE_KEY = "database"

log = logging.getLogger(__name__)

# Folder names of sync clients; SQLite files in them get corrupted by partial syncs.
CLOUD_FOLDER_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "box sync")
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
)


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, APP_AUTHOR) / DATABASE_FILE


def log_folder() -> Path:
    return platformdirs.user_log_path(APP_NAME, APP_AUTHOR)


def config_path() -> Path:
    """The small JSON file that remembers where the database is (chosen at the first run)."""
    return platformdirs.user_config_path(APP_NAME, APP_AUTHOR) / CONFIG_FILE


def _read_config() -> dict:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", config_path(), exc)
        return {}
    return data if isinstance(data, dict) else {}


def remembered_database() -> Path | ServerLocation | None:
    """The database chosen at the first run on this machine, if one was remembered."""
    value = _read_config().get(CONFIG_DATABASE_KEY)
    if not isinstance(value, str) or not value.strip():
        return None
    return database_location(value)


def remember_database(path: Path | ServerLocation) -> None:
    """Remember ``path`` (made absolute) as this machine's database; other keys stay.

    Raises InputError when the configuration folder or file cannot be written.
    """
    from korre_desktop.errors import InputError
    from korre_desktop.services.atomic_file import atomic_text_file

    target = config_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder {target.parent}: {exc.strerror}") from exc
    data = _read_config()
    data[CONFIG_DATABASE_KEY] = (
        redacted(path.url)  # never a password in a settings file
        if isinstance(path, ServerLocation)
        else os.path.abspath(Path(path).expanduser())
    )
    with atomic_text_file(target, newline="\n") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def database_location(text: str | os.PathLike[str]) -> Path | ServerLocation:
    """A file path, or the server database a ``postgresql://`` URL names."""
    if is_server_url(text):
        return ServerLocation(str(text))
    return Path(text).expanduser()


def resolve_database_path(given: str | os.PathLike[str] | None) -> Path | ServerLocation:
    """The --db option, else KORRE_DB, else the remembered location, else the default in
    the user data folder (the app and the command line use the same database)."""
    if given:
        return database_location(given)
    from_env = os.environ.get(ENV_DATABASE)
    if from_env:
        return database_location(from_env)
    return remembered_database() or default_database_path()


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


def location_warning(path: Path | ServerLocation) -> str | None:
    """Why ``path`` is a risky place for the database file, or None when it looks fine
    (a server database is never on a network share)."""
    if isinstance(path, ServerLocation):
        return None
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
