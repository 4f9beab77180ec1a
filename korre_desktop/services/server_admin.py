"""Looking after the server database: its upgrade to a newer app's schema (a backup to a
file first; connecting never upgrades a shared server)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from korre_desktop.server_location import ServerLocation
from korre_desktop.store import Store


@dataclass(frozen=True)
class UpgradeResult:
    version: int
    applied: tuple[int, ...]
    backup: Path | None


def default_upgrade_backup(location: ServerLocation, now: datetime) -> Path:
    """A file in the user data folder's backups: ``server-<database>-<time>.sqlite``."""
    from korre_desktop.locations import default_database_path

    name = location.url.rsplit("/", 1)[-1].split("?")[0] or "korre"
    folder = default_database_path().parent / "backups"
    return folder / f"server-{name}-{now.strftime('%Y%m%d-%H%M%S')}.sqlite"


def upgrade(location: ServerLocation, backup: Path) -> UpgradeResult:
    """Back the server database up to ``backup``, then apply the migrations it lacks."""
    with Store.open_for_upgrade(location.url) as store:
        if not store.server_upgrade_pending():
            return UpgradeResult(store.schema_version(), (), None)
        backup.parent.mkdir(parents=True, exist_ok=True)
        made = store.backup_to(backup)
        applied = store.upgrade_server()
        return UpgradeResult(store.schema_version(), tuple(applied), made)
