"""Temporary copies (backups, exports) that a killed program left behind hold personal
data: the next write into the same folder removes them, but never one still being written."""

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.status_export import export_status_csv
from korre_desktop.store import Store
from korre_desktop.store.backup import backup_folder, backup_name, backup_now, list_backups
from korre_desktop.temp_files import SUFFIX, partial_beside, remove_stale_partials


def _killed_while_writing(target: Path) -> Path:
    """A real process that starts writing beside ``target`` and is killed halfway."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from korre_desktop.temp_files import partial_beside\n"
        "with partial_beside(Path(sys.argv[1])) as partial:\n"
        "    partial.write_bytes(b'Daan de Vries, 004512, ...')\n"
        "    print(partial, flush=True)\n"
        "    os._exit(9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 9, done.stderr
    left = Path(done.stdout.strip())
    assert left.exists() and left.name.startswith(".") and left.name.endswith(SUFFIX)
    return left


def _temporary(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if "partial" in path.name)


@pytest.mark.embedded_only  # the automatic backups of a file
def test_a_killed_backup_leaves_no_copy_after_the_next_backup(store: Store, records) -> None:
    records.school("De Regenboog")
    folder = backup_folder(store.path)
    folder.mkdir()
    left = _killed_while_writing(folder / backup_name(store.path, datetime(2026, 11, 1)))
    # What a killed backup of an earlier version left: the copy's name plus ".partial".
    legacy = folder / (backup_name(store.path, datetime(2026, 10, 1)) + ".partial")
    legacy.write_bytes(b"SQLite format 3\x00...")
    made = backup_now(store.db, store.path)
    assert not left.exists() and not legacy.exists()
    assert _temporary(folder) == []
    assert list_backups(store.path) == [made]


def test_a_killed_export_leaves_no_temporary_file_after_the_next_one(
    store: Store, records, tmp_path: Path
) -> None:
    records.school("De Regenboog")
    exports = tmp_path / "exports"
    exports.mkdir()
    left = _killed_while_writing(exports / "status-2026-11-23.csv")
    export_status_csv(store, exports / "status-2026-11-24.csv", date(2026, 11, 24))
    assert not left.exists()
    assert _temporary(exports) == []
    assert (exports / "status-2026-11-24.csv").exists()


def test_a_temporary_file_being_written_is_never_removed(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with partial_beside(tmp_path / "overzicht.csv") as busy:
        busy.write_bytes(b"half")
        assert remove_stale_partials(tmp_path) == []
        with atomic_text_file(tmp_path / "other.csv") as handle:  # a second export meanwhile
            handle.write("x\n")
        assert busy.read_bytes() == b"half"
    assert not busy.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["other.csv"]


def test_temporary_files_are_private_and_unique(tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    with partial_beside(target) as first, partial_beside(target) as second:
        assert first != second
        assert first.stat().st_mode & 0o077 == 0  # only the user may read the data


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(RuntimeError), atomic_text_file(tmp_path / "status.csv") as handle:
        handle.write("half")
        raise RuntimeError("the export failed halfway")
    assert list(tmp_path.iterdir()) == []


def test_a_killed_print_dialogs_folder_goes_when_the_next_one_is_made(tmp_path: Path) -> None:
    """The forms a print dialog shows are files in a private temporary folder: one left by
    a program that was killed is removed by the next; one in use never is."""
    from korre_desktop.temp_files import PrivateFolder

    prefix = f"korre-test-{tmp_path.name}-"
    script = (
        "import os, sys\n"
        "from korre_desktop.temp_files import PrivateFolder\n"
        "folder = PrivateFolder(sys.argv[1])\n"
        "(folder.path / 'toestemming.pdf').write_bytes(b'Daan de Vries, 004512')\n"
        "print(folder.path, flush=True)\n"
        "os._exit(9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, prefix], capture_output=True, text=True, check=False
    )
    assert done.returncode == 9, done.stderr
    left = Path(done.stdout.strip())
    assert (left / "toestemming.pdf").exists()
    assert left.stat().st_mode & 0o077 == 0  # the user's own
    in_use = PrivateFolder(prefix)
    try:
        assert not left.exists()
        again = PrivateFolder(prefix)  # another dialog: the first one's folder stays
        assert in_use.path.exists()
        again.remove()
        assert not again.path.exists()
    finally:
        in_use.remove()
    assert not in_use.path.exists()


def test_the_app_writes_into_the_temporary_folder_only_in_known_places() -> None:
    """Scans, exports and prints are never left unencrypted in a temporary folder: every
    use of ``tempfile`` in the app is one of these (reviewed) places."""
    import re

    import korre_desktop

    package = Path(korre_desktop.__file__).parent
    known = {
        "temp_files.py": "PrivateFolder: removed with its dialog, or at the next one after a crash",
        "services/first_run.py": "an empty file to test that a folder can be written, removed",
        "gui/dialogs/consent_forms.py": "the preview of a blank form (no one's data), removed",
        "selfcheck.py": "a throw-away database of made-up data, removed",
        "testing/pg_cluster.py": "the test suite's PostgreSQL cluster (not shipped)",
        "testing/scan_corpus/corpus.py": "the test corpus generator (not shipped)",
    }
    found = {
        source.relative_to(package).as_posix()
        for source in package.rglob("*.py")
        if re.search(r"^\s*(import tempfile|from tempfile )", source.read_text("utf-8"), re.M)
    }
    assert found == set(known)
