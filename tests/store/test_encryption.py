"""Encryption at rest of the embedded file (SQLCipher through sqlcipher3): nothing of the
data readable in the file's bytes, plain SQLite cannot open it, the key found in memory,
KORRE_DB_KEY or the keyring, round trips keep every row, a wrong key is a clear error."""

import sqlite3
from pathlib import Path

import pytest

from korre_desktop.errors import DatabaseKeyError, DatabaseLockedError, InputError
from korre_desktop.store import Store, encryption, file_keys
from korre_desktop.store.connection import database_files

pytestmark = pytest.mark.embedded_only

NAME = b"Pietersen"  # (roepnaam and achternaam are columns of their own)


def _with_student(store: Store) -> None:
    with store.transaction():
        school = store.insert(
            "schools", {"name": "De Korre", "brin": "00AA", "created_at": "2026-01-01"}
        )
        store.insert(
            "students",
            {
                "school_id": school,
                "student_number": "4512",
                "roepnaam": "Jantje",
                "tussenvoegsel": "",
                "achternaam": "Pietersen",
                "birth_date": "2016-03-01",
                "created_at": "2026-01-01",
            },
        )


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in database_files(path) if p.exists())


def _counts(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        tables = [t for t in store.db.table_names() if not t.startswith("sqlite_")]
        return {t: store.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    """A plain database file with a student (made plain also on the encrypted run)."""
    path = tmp_path / "korre.sqlite"
    with Store.create(path, key=None) as store:
        pass
    if file_keys.is_encrypted(path):  # the encrypted run encrypts every new file
        encryption.decrypt(path)
    with Store.open(path) as store:
        _with_student(store)
    return path


def test_an_encrypted_database_shows_no_name_and_plain_sqlite_cannot_open_it(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    key = file_keys.new_key()
    store = Store.create(path, key=key)
    try:
        _with_student(store)
        # While open: the -wal holds the change, encrypted too.
        assert path.with_name("korre.sqlite-wal").exists()
        assert NAME not in _all_bytes(path)
        assert b"Jantje" not in _all_bytes(path)
        assert store.people.counts()["students"] == 1
    finally:
        store.close()
    assert NAME not in _all_bytes(path)
    assert not path.read_bytes().startswith(file_keys.PLAIN_HEADER)
    assert path.stat().st_size % file_keys.PAGE_SIZE == 0  # SQLCipher pages of 16 KiB
    plain_sqlite = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain_sqlite.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain_sqlite.close()


def test_without_its_key_an_encrypted_file_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    Store.create(path, key=file_keys.new_key()).close()
    file_keys.forget_all()
    with pytest.raises(DatabaseKeyError, match="no key for it was found") as caught:
        Store.open(path)
    assert caught.value.details["reason"] == "key_needed"
    monkeypatch.setenv(file_keys.KEY_ENV, file_keys.recovery_code(file_keys.new_key()))
    with pytest.raises(DatabaseKeyError, match="wrong key or not a Korre database") as caught:
        Store.open(path)
    assert caught.value.details["reason"] == "wrong_key"


def test_the_key_is_found_in_the_keyring_under_the_files_path(
    tmp_path: Path, monkeypatch, keyring_backend
) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    key = file_keys.new_key()
    Store.create(path, key=key).close()
    assert file_keys.keep_in_keyring(path, key)
    file_keys.forget_all()
    assert [name for _, name in keyring_backend.passwords] == [f"database key: {path.resolve()}"]
    with Store.open(path) as store:
        assert store.schema_version() > 0
    # Moved: not found under the new name (the start then asks, and keeps it again).
    moved = tmp_path / "elders.sqlite"
    path.rename(moved)
    file_keys.forget_all()
    with pytest.raises(DatabaseKeyError):
        Store.open(moved)


def test_korre_db_key_takes_a_recovery_code_or_a_passphrase(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    salt = file_keys.new_salt()
    key = file_keys.from_passphrase("een lange zin als wachtwoord", salt)
    Store.create(path, key=key, salt=salt).close()
    for secret in (
        "een lange zin als wachtwoord",
        file_keys.recovery_code(key),
        file_keys.recovery_code(key).lower().replace("-", " "),
    ):
        file_keys.forget_all()
        monkeypatch.setenv(file_keys.KEY_ENV, secret)
        with Store.open(path) as store:
            assert store.schema_version() > 0


def test_a_recovery_code_with_a_typo_is_no_recovery_code() -> None:
    key = file_keys.new_key()
    code = file_keys.recovery_code(key)
    assert len(code.replace("-", "")) == 56 and code.count("-") == 13
    assert file_keys.key_of_recovery_code(code) == key
    assert file_keys.key_of_recovery_code(code.replace("-", "").lower()) == key
    typo = code[:3] + ("Z" if code[3] != "Z" else "Y") + code[4:]
    assert file_keys.key_of_recovery_code(typo) is None
    assert file_keys.key_of_recovery_code("geheim") is None


def test_encrypt_decrypt_and_change_key_keep_every_row(plain: Path, monkeypatch) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    before = _counts(plain)
    assert NAME in plain.read_bytes()
    first = file_keys.new_key()
    encryption.encrypt(plain, first)
    assert file_keys.is_encrypted(plain)
    assert NAME not in _all_bytes(plain)
    assert [p.name for p in database_files(plain) if p.exists()] == ["korre.sqlite"]
    assert list(plain.parent.glob(".*korre-partial")) == []
    assert _counts(plain) == before
    second = file_keys.new_key()
    encryption.change_key(plain, second)
    file_keys.forget_all()
    monkeypatch.setenv(file_keys.KEY_ENV, file_keys.recovery_code(first))
    with pytest.raises(DatabaseKeyError, match="wrong key"):
        Store.open(plain)
    monkeypatch.setenv(file_keys.KEY_ENV, file_keys.recovery_code(second))
    assert _counts(plain) == before
    encryption.decrypt(plain)
    assert plain.read_bytes().startswith(file_keys.PLAIN_HEADER)
    monkeypatch.delenv(file_keys.KEY_ENV)
    file_keys.forget_all()
    assert _counts(plain) == before


def test_a_file_in_use_is_not_encrypted(plain: Path) -> None:
    with Store.open(plain) as store:
        store.people.counts()
        with pytest.raises(DatabaseLockedError, match="in use"):
            encryption.encrypt(plain, file_keys.new_key())
    assert plain.read_bytes().startswith(file_keys.PLAIN_HEADER)


def test_a_failed_encryption_leaves_the_original(plain: Path, monkeypatch) -> None:
    before = _counts(plain)

    def broken(*args, **kwargs):
        raise InputError("the new copy failed its integrity check: broken on purpose")

    monkeypatch.setattr(encryption, "_check_copy", broken)
    with pytest.raises(InputError, match="broken on purpose"):
        encryption.encrypt(plain, file_keys.new_key())
    assert plain.read_bytes().startswith(file_keys.PLAIN_HEADER)
    assert NAME in plain.read_bytes()
    assert list(plain.parent.glob(".*korre-partial")) == []
    assert _counts(plain) == before


def test_backups_of_an_encrypted_database_are_encrypted_with_its_key(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    salt = file_keys.new_salt()
    key = file_keys.from_passphrase("een lange zin als wachtwoord", salt)
    with Store.create(path, key=key, salt=salt) as store:
        _with_student(store)
        made = store.backup_now()
        chosen = store.backup_to(tmp_path / "copy.sqlite")
    for backup in (made, chosen):
        assert file_keys.is_encrypted(backup)
        assert NAME not in backup.read_bytes()
        # The passphrase opens the backup as it opens the database (the same salt).
        file_keys.forget_all()
        monkeypatch.setenv(file_keys.KEY_ENV, "een lange zin als wachtwoord")
        with Store.open(backup) as opened:
            assert opened.people.counts()["students"] == 1


def test_a_plain_file_still_opens_and_a_garbage_file_is_not_a_database(
    plain: Path, tmp_path: Path
) -> None:
    with Store.open(plain) as store:
        assert store.people.counts()["students"] == 1
    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"not a database at all\n")
    with pytest.raises(Exception, match="not a Korre Desktop database") as caught:
        Store.open(garbage)
    assert not isinstance(caught.value, DatabaseKeyError)
