"""Backups through the SQLite backup API, checked with integrity_check, rotated."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from korre_desktop.errors import DatabaseError

AUTOMATIC_KEEP = 10
AUTOMATIC_INTERVAL = timedelta(hours=20)
_STAMP = "%Y%m%d-%H%M%S"


def backup_folder(db_path: Path) -> Path:
    """Where automatic backups of ``db_path`` go: a folder beside the file."""
    return db_path.parent / f"{db_path.stem}-backups"


def ensure_backup_folder(db_path: Path) -> Path:
    """Create the backup folder of ``db_path`` if needed; a clear error when that fails."""
    folder = backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file with that name is in the way" if folder.exists() else exc.strerror
        raise DatabaseError(
            f"cannot create the backup folder {folder}: {reason}", path=str(folder)
        ) from exc
    return folder


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when the file is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
    return problems


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the live database to ``target`` (atomically: a temporary file, then rename)."""
    target = target.expanduser()
    if not target.parent.is_dir():
        raise DatabaseError(f"folder does not exist: {target.parent}")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            db.conn.backup(copy)
            problems = integrity_problems(copy)
        finally:
            copy.close()
        if problems:
            raise DatabaseError(f"the backup failed its integrity check: {problems[0]}")
        os.replace(partial, target)
    except OSError as exc:
        raise DatabaseError(f"cannot write the backup {target}: {exc.strerror}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def backup_name(db_path: Path, when: datetime, reason: str = "") -> str:
    suffix = f"-{reason}" if reason else ""
    return f"{db_path.stem}-{when.strftime(_STAMP)}{suffix}.sqlite"


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{db_path.stem}-*.sqlite") if p.is_file())


def rotate(db_path: Path, keep: int = AUTOMATIC_KEEP) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; return what was removed."""
    backups = list_backups(db_path)  # names start with a timestamp, so this is oldest first
    removed = []
    for path in backups[: max(0, len(backups) - keep)]:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # e.g. open in a virus scanner: try again next time
            continue
        removed.append(path)
    return removed


def automatic_backup(
    db: sqlite_utils.Database,
    db_path: Path,
    now: datetime | None = None,
    interval: timedelta = AUTOMATIC_INTERVAL,
    keep: int = AUTOMATIC_KEEP,
) -> Path | None:
    """Make the periodic backup when the newest one is older than ``interval``."""
    now = now or datetime.now()
    existing = list_backups(db_path)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime)
        if now - newest < interval:
            return None
    folder = ensure_backup_folder(db_path)
    made = backup_to(db, folder / backup_name(db_path, now))
    rotate(db_path, keep)
    return made
