"""The first start on a machine: is it one, is a chosen folder usable, and setting it up.

No Qt here; the wizard (``gui/dialogs/first_run.py``) asks, this module decides and writes.
The first run is when no database was named (``--db``, ``KORRE_DB``), none was remembered
and there is no database file at the default place. Setting up creates the database in the
chosen folder, stores the foundation's name and its schools (through the records service,
so they are validated and audited) and then remembers the location, so the app and the
command line both use that file from then on. An empty database on the foundation's server
is set up the same way (``set_up_server``, through ``Store.create(url)``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from korre_desktop.errors import InputError
from korre_desktop.locations import (
    DATABASE_FILE,
    ENV_DATABASE,
    default_database_path,
    location_warning,
    remember_database,
    remembered_database,
)
from korre_desktop.server_location import ServerLocation
from korre_desktop.services.encryption import NewKey, keep

if TYPE_CHECKING:
    from korre_desktop.store import Store

IMPORT, DEMO, EMPTY, EXISTING = "import", "demo", "empty", "existing"
CHOICES = (IMPORT, DEMO, EMPTY)
DEFAULT_FOUNDATION = "Stichting de Korre"

# Why a folder cannot be used (FolderCheck.problem)
NO_FOLDER = "no_folder"  # nothing typed
NOT_ABSOLUTE = "not_absolute"  # a relative path: where would it be?
NOT_A_FOLDER = "not_a_folder"  # the path (or a part of it) is a file
NOT_WRITABLE = "not_writable"
DATABASE_NOT_A_FILE = "database_not_a_file"  # korre.sqlite there is a folder
NOT_A_DATABASE = "not_a_database"  # korre.sqlite there is not a Korre Desktop database

_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FirstRunResult:
    """Where the database is, and what to do once the window is open."""

    path: Path | ServerLocation  # a server database's with its password (never shown)
    choice: str  # "import" | "demo" | "empty", or "existing" (a database found was opened)
    recovery_code: str | None = None  # the new file was encrypted: shown once, then gone


@dataclass(frozen=True)
class FolderCheck:
    """What the wizard shows for the folder typed or chosen."""

    folder: Path | None
    problem: str | None = None  # one of the constants above: the folder cannot be used
    warning: str | None = None  # "cloud" / "network" (locations.location_warning)
    existing: bool = False  # a database is there already: it will be opened as it is

    @property
    def database(self) -> Path | None:
        return None if self.folder is None else self.folder / DATABASE_FILE


def needs_first_run(given_db: str | None) -> bool:
    """True when the app should ask where to keep the data before opening anything."""
    if given_db:
        return False
    if os.environ.get(ENV_DATABASE):
        return False
    if remembered_database() is not None:
        return False
    return not default_database_path().exists()


def default_folder() -> Path:
    return default_database_path().parent


def _nearest_existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return Path(folder.anchor or os.sep)


def folder_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (or, when it does not exist yet, in the
    nearest folder above it that does, where it will be made). Tested by making a file."""
    place = _nearest_existing(folder)
    if not place.is_dir():
        return False
    try:
        handle, name = tempfile.mkstemp(prefix=".korre-write-test-", dir=place)
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def _database_problem(database: Path) -> str | None:
    """None for a Korre Desktop (or empty SQLite) file; else why it cannot be opened."""
    if not database.is_file():
        return DATABASE_NOT_A_FILE
    try:
        with open(database, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return NOT_A_DATABASE
    from korre_desktop.store import file_keys

    if file_keys.is_encrypted(database):
        return None  # an encrypted database: its key is asked when it is opened
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        return NOT_A_DATABASE
    from korre_desktop.store.migrate import APPLICATION_ID

    if int.from_bytes(header[68:72], "big") not in (0, APPLICATION_ID):
        return NOT_A_DATABASE
    return None


def check_folder(text: str, writable: Callable[[Path], bool] | None = None) -> FolderCheck:
    """Check the folder the user typed or chose (``writable`` replaceable for tests)."""
    text = text.strip()
    if not text:
        return FolderCheck(None, NO_FOLDER)
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return FolderCheck(folder, NOT_ABSOLUTE)
    folder = Path(os.path.abspath(folder))
    if not _nearest_existing(folder).is_dir():
        return FolderCheck(folder, NOT_A_FOLDER)
    warning = location_warning(folder)
    if not (writable or folder_writable)(folder):
        return FolderCheck(folder, NOT_WRITABLE, warning)
    database = folder / DATABASE_FILE
    if database.exists():
        problem = _database_problem(database)
        return FolderCheck(folder, problem, warning, existing=problem is None)
    return FolderCheck(folder, None, warning)


def clean_name(text: str) -> str:
    """Surrounding spaces off, runs of spaces inside made one (as the records service does)."""
    return " ".join(text.split())


def clean_school_names(names: Iterable[str]) -> list[str]:
    """The names cleaned, blank ones left out, in their order."""
    return [name for name in (clean_name(n) for n in names) if name]


def duplicate_school_names(names: Iterable[str]) -> list[str]:
    """Names that occur more than once (ignoring case and spaces), each given once."""
    seen: set[str] = set()
    duplicates: list[str] = []
    for name in clean_school_names(names):
        key = name.casefold()
        if key in seen and name not in duplicates:
            duplicates.append(name)
        seen.add(key)
    return duplicates


def _made_folders(folder: Path) -> list[Path]:
    """Create ``folder`` with its parents; return the folders that were made, deepest first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder {folder}: {exc.strerror}") from exc
    return missing


def _remove_new(database: Path, folders: list[Path]) -> None:
    from korre_desktop.store.connection import database_files

    for made in database_files(database):
        with contextlib.suppress(OSError):
            made.unlink(missing_ok=True)
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when still empty


def _checked_names(
    foundation: str, schools: list[str], with_schools: bool
) -> tuple[str, list[str]]:
    """The foundation's name and the schools' names, cleaned; InputError when unusable."""
    name = clean_name(foundation)
    if not name:
        raise InputError("the foundation's name is empty")
    names = clean_school_names(schools) if with_schools else []
    duplicates = duplicate_school_names(names)
    if duplicates:
        raise InputError(f"a school is listed twice: {duplicates[0]}")
    return name, names


def _first_records(store: Store, name: str, schools: list[str]) -> None:
    """The foundation's name and its schools, in one transaction (through the records
    service, so they are validated and audited)."""
    from korre_desktop.services import records

    with store.transaction():
        store.set_setting("foundation_name", name)
        for school in schools:
            records.add_school(store, records.SchoolInput(name=school))


def set_up(
    path: Path,
    foundation: str,
    schools: list[str],
    with_schools: bool,
    key: NewKey | None = None,
) -> None:
    """Create the database at ``path``, store the foundation's name and (``with_schools``)
    the schools, and remember the location. All or nothing: on any failure the new file
    (and any folder made for it) is removed again and the error raised. ``key``: the file
    is encrypted with it (``services.encryption.choose_key``), kept in the keyring when
    that is where it lives.

    Refuses a path where a file already exists (use :func:`use_existing` for that).
    """
    from korre_desktop.store import Store

    path = Path(os.path.abspath(Path(path).expanduser()))
    if path.exists():
        raise InputError(f"there is already a file at {path}")
    name, names = _checked_names(foundation, schools, with_schools)
    made = _made_folders(path.parent)
    try:
        encrypted = {"key": key.key, "salt": key.salt} if key is not None else {}
        with Store.create(path, **encrypted) as store:
            if key is not None:
                keep(path, key)
            _first_records(store, name, names)
        remember_database(path)
    except BaseException:
        _remove_new(path, made)
        raise


def set_up_server(
    location: ServerLocation, foundation: str, schools: list[str], with_schools: bool
) -> None:
    """Set up the empty server database at ``location`` as :func:`set_up` does a file (the
    schema, the foundation's name, the schools) and remember it (without its password).
    Refused when the database is not empty (``Store.create``)."""
    from korre_desktop.store import Store

    name, names = _checked_names(foundation, schools, with_schools)
    with Store.create(location) as store:
        _first_records(store, name, names)
    remember_database(location)


def use_existing(path: Path | ServerLocation) -> None:
    """Remember a database that is already there; it is not opened or changed (a server
    database was opened by the wizard's connection test)."""
    if isinstance(path, ServerLocation):
        remember_database(path)
        return
    path = Path(os.path.abspath(Path(path).expanduser()))
    if not path.is_file():
        raise InputError(f"database file not found: {path}")
    remember_database(path)
