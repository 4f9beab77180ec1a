"""A watched folder: the copier's scan-to-folder target, read as files arrive.

A copier writes a PDF over some seconds, so a file counts as ready only when its size
and modification time are the same at two looks in a row. Once read, a file moves to
``ingelezen/`` (or ``niet-ingelezen/`` when it could not be opened at all), so the folder
shows what is still to come and nothing is read twice.
"""

from __future__ import annotations

import shutil
from pathlib import Path

DONE_FOLDER = "ingelezen"
FAILED_FOLDER = "niet-ingelezen"
# Temporary names copiers and sync tools use while a file is still being written.
_PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download")


class FolderWatch:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: dict[Path, tuple[int, int]] = {}

    def _candidates(self) -> dict[Path, tuple[int, int]]:
        found = {}
        for path in self.folder.iterdir():
            name = path.name
            if name.startswith((".", "~")) or name.lower().endswith(_PARTIAL_SUFFIXES):
                continue
            try:
                if not path.is_file():
                    continue
                stat = path.stat()
            except OSError:
                continue  # removed or locked between listing and looking
            if stat.st_size > 0:
                found[path] = (stat.st_size, stat.st_mtime_ns)
        return found

    def ready_files(self) -> list[Path]:
        """Files unchanged since the previous look, in name order."""
        now = self._candidates()
        ready = sorted(path for path, sign in now.items() if self._seen.get(path) == sign)
        self._seen = {path: sign for path, sign in now.items() if path not in ready}
        return ready

    def all_files(self) -> list[Path]:
        """Every file now in the folder, for reading once without waiting."""
        return sorted(self._candidates())

    def put_away(self, path: Path, read: bool) -> Path:
        """Move a handled file into ``ingelezen/`` or ``niet-ingelezen/``; never overwrite."""
        target_folder = self.folder / (DONE_FOLDER if read else FAILED_FOLDER)
        target_folder.mkdir(exist_ok=True)
        target = target_folder / path.name
        counter = 1
        while target.exists():
            target = target_folder / f"{path.stem}-{counter}{path.suffix}"
            counter += 1
        shutil.move(str(path), str(target))
        return target
