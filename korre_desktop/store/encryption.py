"""Encrypting, decrypting and re-keying the embedded database file.

All three write the whole database into a new file beside it (SQLCipher's
``sqlcipher_export``), check the copy (``integrity_check``, every table's row count) and
then put it in the file's place with one atomic rename: a failure at any point leaves the
original as it was. The file is first put in rollback-journal mode and held with the write
lock while it is copied, so no -wal or -shm is left beside the new file and no change made
meanwhile is lost; an open app or command on the same file makes it "in use".
"""

from __future__ import annotations

import os
from pathlib import Path

from korre_desktop.errors import DatabaseLockedError, InputError
from korre_desktop.store import file_keys
from korre_desktop.store.connection import (
    Database,
    connect,
    sqlite_errors,
    translate_sqlite_error,
)
from korre_desktop.store.migrate import check_is_ours
from korre_desktop.store.sqlite_driver import dbapi
from korre_desktop.temp_files import partial_beside

_COPY = "korre_copy"


def is_encrypted(file: Path) -> bool:
    return file_keys.is_encrypted(Path(file).expanduser())


def encrypt(file: Path, key: bytes, salt: bytes | None = None) -> None:
    """Encrypt the plain database ``file`` with ``key`` (kept in this program's memory;
    ``salt``: the one a passphrase's key was derived with)."""
    file = Path(file).expanduser()
    if file_keys.is_encrypted(file):
        raise InputError(f"the database is already encrypted: {file}")
    rewrite(file, None, key, salt)


def decrypt(file: Path) -> None:
    """Make the encrypted ``file`` plain again (its key must be known: ``find_key``)."""
    file = Path(file).expanduser()
    if not file_keys.is_encrypted(file):
        raise InputError(f"the database is not encrypted: {file}")
    rewrite(file, key_of(file), None)


def change_key(file: Path, new_key: bytes, salt: bytes | None = None) -> None:
    """Encrypt ``file`` with ``new_key`` instead of the key it has."""
    file = Path(file).expanduser()
    if not file_keys.is_encrypted(file):
        raise InputError(f"the database is not encrypted: {file}")
    rewrite(file, key_of(file), new_key, salt)


def check_key(file: Path, key: bytes) -> None:
    """Raise :class:`DatabaseKeyError` unless ``key`` opens ``file``."""
    file = Path(file).expanduser()
    db = connect(file, key=key)  # a wrong key fails here
    db.close()


def key_of(file: Path) -> bytes:
    """The key that opens the encrypted ``file`` (DatabaseKeyError when none is known)."""
    db = connect(file)  # no key: DatabaseKeyError; a wrong one: also
    key = db.key
    db.close()
    assert key is not None
    return key


def rewrite(
    file: Path, old_key: bytes | None, new_key: bytes | None, salt: bytes | None = None
) -> None:
    """``file`` (with ``old_key``, None: plain) written anew with ``new_key`` (None:
    plain; ``salt``: the new file's salt). The backups go this way too."""
    db = connect(file, key=old_key)
    try:
        with sqlite_errors(str(file)):
            check_is_ours(db)
            _to_rollback_journal(db, file)
        with partial_beside(file) as partial:
            _export(db, partial, new_key, salt)
            if os.name == "nt":  # an open file cannot be replaced there
                db.close()
            os.replace(partial, file)
    finally:
        db.close()
    file_keys.forget(file)
    if new_key is not None:
        file_keys.remember(file, new_key)


def _to_rollback_journal(db: Database, file: Path) -> None:
    """No -wal beside the file while it is replaced: it would be read into the new one."""
    db.execute("PRAGMA busy_timeout = 0")  # in use: say so at once
    try:
        mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except dbapi.OperationalError as exc:
        raise _in_use(file) from exc
    if str(mode).lower() != "delete":
        raise _in_use(file)


def _in_use(file: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        f"the database is in use: close the app and any command using it first: {file}",
        path=str(file),
    )


def _export(db: Database, partial: Path, key: bytes | None, salt: bytes | None) -> None:
    """Write everything of ``db`` into the new file ``partial`` (encrypted with ``key``,
    or plain) and check it. The file keeps its exclusive lock afterwards (until the
    connection closes), so no one writes into it before the copy has taken its place."""
    conn = db.conn
    target_key = file_keys.pragma(key, salt or file_keys.new_salt()) if key else "PRAGMA key = ''"
    try:
        conn.execute(
            f"ATTACH DATABASE ? AS {_COPY} KEY {target_key.split(' = ', 1)[1]}", [str(partial)]
        )
        if key is not None:
            conn.execute(f"PRAGMA {_COPY}.{file_keys.PAGE_SIZE_PRAGMA.split(' ', 1)[1]}")
        conn.execute("PRAGMA main.locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
        except dbapi.OperationalError as exc:
            raise _in_use(Path(db.path_text)) from exc
        try:
            conn.execute(f"SELECT sqlcipher_export('{_COPY}')")
            for pragma in ("user_version", "application_id"):  # not copied by the export
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA {_COPY}.{pragma} = {value}")
            _check_copy(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        conn.execute(f"DETACH DATABASE {_COPY}")
    except dbapi.Error as exc:
        raise translate_sqlite_error(exc, db.path_text) from exc


def _check_copy(conn: dbapi.Connection) -> None:
    problems = [row[0] for row in conn.execute(f"PRAGMA {_COPY}.integrity_check") if row[0] != "ok"]
    if problems:
        raise InputError(f"the new copy failed its integrity check: {problems[0]}")
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        before = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        after = conn.execute(f'SELECT count(*) FROM {_COPY}."{table}"').fetchone()[0]
        if before != after:
            raise InputError(f"the new copy lacks rows of {table}: nothing was changed")
