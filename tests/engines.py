"""Which engine this test run uses, and the engines' own errors for a refused write (the
append-only and in-use triggers, CHECK and foreign keys) in tests that write around the
store on purpose."""

import os
import shutil
import sqlite3
from pathlib import Path

import psycopg

ENGINE = os.environ.get("KORRE_TEST_ENGINE", "sqlite")
ON_SERVER = ENGINE == "postgresql"

REFUSED_BY_DATABASE = (sqlite3.IntegrityError, psycopg.errors.IntegrityError)


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
