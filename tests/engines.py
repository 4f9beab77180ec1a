"""Which engine this test run uses, and the engines' own errors for a refused write (the
append-only and in-use triggers, CHECK and foreign keys) in tests that write around the
store on purpose."""

import os
import shutil
from pathlib import Path

import psycopg

from korre_desktop.store.sqlite_driver import dbapi

ENGINE = os.environ.get("KORRE_TEST_ENGINE", "sqlite")
ON_SERVER = ENGINE == "postgresql"
# KORRE_TEST_ENGINE=sqlcipher: the embedded run with every new database file encrypted with
# TEST_KEY (its recovery code in KORRE_DB_KEY, so other processes open the files too).
ENCRYPTED = ENGINE == "sqlcipher"
TEST_KEY = bytes.fromhex("6b6f727265" * 6 + "0000")  # 32 bytes, "korre" over and over

REFUSED_BY_DATABASE = (dbapi.IntegrityError, psycopg.errors.IntegrityError)


def open_file(path: Path, uri_options: str = "", **options: object) -> dbapi.Connection:
    """A connection of the embedded driver straight to the database file at ``path`` (with
    its key when it is encrypted), for tests that look around the store on purpose.
    ``uri_options``: e.g. "mode=ro"; ``options``: the driver's (isolation_level...)."""
    from korre_desktop.store import file_keys

    path = Path(path)
    target = f"{path.absolute().as_uri()}?{uri_options}" if uri_options else str(path)
    conn = dbapi.connect(target, uri=bool(uri_options), **options)
    if file_keys.is_encrypted(path):
        found = file_keys.find_key(path)
        file_keys.use_key(conn, found[0] if found else TEST_KEY)
    return conn


def file_of(store) -> Path:
    """The file a test's store was opened from: on the server run the path that stands for
    its server database (``tests.server_engine``), to open it again by that path."""
    return getattr(store, "test_file", None) or store.path


def location_of(store) -> str:
    """What another process is given as ``--db`` to reach this test's database."""
    if store.is_server:
        return store.db.url
    return str(store.path)


def copy_database(source: Path, target: Path, request) -> Path:
    """A copy of the test database ``source`` at ``target``: the file copied, or on the
    server run a new server database with everything of ``source``'s."""
    if ON_SERVER:
        return request.getfixturevalue("server_databases").copy(source, target)
    shutil.copyfile(source, target)
    return target
