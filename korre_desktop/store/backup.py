"""Backups through the SQLite backup API, checked with integrity_check, rotated.

Where the periodic backups go, how many are kept and how often one is made are settings
of the database (changed through ``services.settings``); without them: a folder beside
the database, the newest 10, every 20 hours.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from korre_desktop.errors import BackupError, DiskFullError, NotADatabaseError
from korre_desktop.store import file_keys
from korre_desktop.store.connection import Database, translate_sqlite_error
from korre_desktop.store.sqlite_driver import dbapi
from korre_desktop.temp_files import partial_beside, remove_stale_partials

AUTOMATIC_KEEP = 10
AUTOMATIC_INTERVAL = timedelta(hours=20)
_STAMP = "%Y%m%d-%H%M%S"

# The settings keys (values as JSON in the settings table).
FOLDER_SETTING = "backup_folder"  # "" or absent: beside the database
KEEP_SETTING = "backups_kept"
INTERVAL_SETTING = "backup_interval_hours"


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None = None  # None: beside the database
    keep: int = AUTOMATIC_KEEP
    interval: timedelta = AUTOMATIC_INTERVAL


def backup_settings(db: Database) -> BackupSettings:
    """The automatic backups' settings; a value that is missing or unusable (a hand-edited
    database) counts as the default, so a backup is still made."""
    stored = {
        key: json.loads(value)
        for key, value in db.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?, ?)",
            [FOLDER_SETTING, KEEP_SETTING, INTERVAL_SETTING],
        ).fetchall()
    }
    folder = stored.get(FOLDER_SETTING)
    keep = stored.get(KEEP_SETTING)
    hours = stored.get(INTERVAL_SETTING)
    return BackupSettings(
        folder=Path(folder) if isinstance(folder, str) and folder.strip() else None,
        keep=keep if _whole(keep) and keep >= 1 else AUTOMATIC_KEEP,
        interval=timedelta(hours=hours) if _whole(hours) and hours >= 1 else AUTOMATIC_INTERVAL,
    )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """Where automatic backups of ``db_path`` go: ``folder`` when one is set, else a
    folder beside the file."""
    return folder if folder is not None else db_path.parent / f"{db_path.stem}-backups"


def ensure_backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """Create the backup folder of ``db_path`` if needed; a clear error when that fails."""
    folder = backup_folder(db_path, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file with that name is in the way" if folder.exists() else exc.strerror
        raise BackupError(
            f"cannot create the backup folder {folder}: {reason}", str(folder), "folder"
        ) from exc
    return folder


def integrity_problems(conn: dbapi.Connection) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when the file is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    return problems


def backup_to(
    db: Database,
    target: Path,
    fill: Callable[[dbapi.Connection], None] | None = None,
) -> Path:
    """Copy the live database to ``target`` (atomically: a temporary file beside it, then
    renamed; one left by a killed backup is removed). Every failure is a
    :class:`BackupError` naming the folder the backup was to go to. ``fill`` writes the
    copy when the database is not a file itself (the server: ``server_backup``)."""
    target = target.expanduser()
    folder = str(target.parent)
    if not target.parent.is_dir():
        raise BackupError(f"the backup folder does not exist: {folder}", folder, "folder")
    try:
        with partial_beside(target) as partial:
            copy = dbapi.connect(partial)
            try:
                copy.execute("PRAGMA cipher_log_level = NONE")
                key = getattr(db, "key", None)  # a server database has none
                if key is not None and db.file is not None:
                    # Encrypted with the database's own key, and its salt: the recovery
                    # code and the passphrase open the backup as they open the database.
                    file_keys.use_key(copy, key, file_keys.salt_of(db.file))
                if fill is None:
                    db.conn.backup(copy)
                else:
                    fill(copy)
                # The copy took the live file's journal mode with its first page: a WAL
                # file would need a -wal beside it to be read on a read-only medium, and a
                # copy of only the .sqlite file must hold everything. So, one plain file.
                copy.execute("PRAGMA journal_mode = DELETE").fetchone()
                problems = integrity_problems(copy)
            finally:
                copy.close()
            if problems:
                raise BackupError(
                    f"the backup in {folder} failed its integrity check, so the database"
                    f" itself may be damaged (run 'korre-desktop check'): {problems[0]}",
                    folder,
                    "damaged",
                )
            os.replace(partial, target)
    except dbapi.Error as exc:
        raise _backup_failed(translate_sqlite_error(exc), folder) from exc
    except OSError as exc:
        reason = "disk_full" if exc.errno == errno.ENOSPC else "write"
        raise BackupError(
            f"cannot write the backup in {folder}: {exc.strerror or exc}", folder, reason
        ) from exc
    return target


def _backup_failed(error: Exception, folder: str) -> BackupError:
    if isinstance(error, DiskFullError):
        return BackupError(f"the disk is full: no backup in {folder}", folder, "disk_full")
    if isinstance(error, NotADatabaseError):
        return BackupError(
            f"the database could not be copied into {folder}: it is damaged"
            " (run 'korre-desktop check')",
            folder,
            "damaged",
        )
    return BackupError(f"cannot write the backup in {folder}: {error}", folder, "write")


def backup_name(db_path: Path, when: datetime, reason: str = "") -> str:
    suffix = f"-{reason}" if reason else ""
    return f"{db_path.stem}-{when.strftime(_STAMP)}{suffix}.sqlite"


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    folder = backup_folder(db_path, folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{db_path.stem}-*.sqlite") if p.is_file())


def rotate(db_path: Path, keep: int = AUTOMATIC_KEEP, folder: Path | None = None) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; return what was removed."""
    backups = list_backups(db_path, folder)  # names start with a timestamp, so this is oldest first
    removed = []
    for path in backups[: max(0, len(backups) - keep)]:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # e.g. open in a virus scanner: try again next time
            continue
        removed.append(path)
    return removed


def automatic_backup(
    db: Database,
    db_path: Path,
    now: datetime | None = None,
    interval: timedelta | None = None,
    keep: int | None = None,
) -> Path | None:
    """Make the periodic backup when the newest one is older than ``interval``; the
    folder, ``interval`` and ``keep`` default to the database's backup settings."""
    now = now or datetime.now()
    settings = backup_settings(db)
    interval = settings.interval if interval is None else interval
    existing = list_backups(db_path, settings.folder)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime)
        if now - newest < interval:
            return None
    return backup_now(db, db_path, now, keep)


def backup_now(
    db: Database,
    db_path: Path,
    now: datetime | None = None,
    keep: int | None = None,
    reason: str = "",
) -> Path:
    """A backup into the automatic backups' folder now, then the oldest beyond ``keep``
    (default: the setting) removed; ``reason`` ends its name (``purge``)."""
    settings = backup_settings(db)
    folder = ensure_backup_folder(db_path, settings.folder)
    # Copies left by a backup killed before this version named them as temporary files.
    remove_stale_partials(folder, f"{db_path.stem}-*.sqlite.partial")
    made = backup_to(db, folder / backup_name(db_path, now or datetime.now(), reason))
    rotate(db_path, settings.keep if keep is None else keep, settings.folder)
    return made


def remove_backups(paths: list[Path]) -> list[Path]:
    """Remove these backups (a purge's: they still hold what it removed); the ones
    removed (one that cannot be, e.g. open in a virus scanner, is left and not named)."""
    removed = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(path)
    return removed
