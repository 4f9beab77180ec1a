"""Encryption at rest of the embedded file, as the office and the command line use it:
choosing a key (random and kept in the OS keyring, or from a passphrase), encrypting,
decrypting and changing the key with the backups taken along, and unlocking a file whose
key is not known at the start.

The store does the file work (``store/encryption.py``) and finds keys
(``store/file_keys.py``); this module decides what happens to the keyring and the backups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from korre_desktop.errors import InputError
from korre_desktop.server_location import server_url_of
from korre_desktop.store import encryption, file_keys
from korre_desktop.store.backup import list_backups

MIN_PASSPHRASE = 12  # characters: it is all that stands between a thief and the file

# Why a typed passphrase or recovery code is refused (for the window's words)
EMPTY = "empty"
TOO_SHORT = "too_short"
DIFFERENT = "different"
WRONG = "wrong"


@dataclass(frozen=True)
class NewKey:
    """A key for a database about to be encrypted, and how the user gets it back."""

    key: bytes
    salt: bytes | None  # the salt a passphrase's key was derived with; None: a random key
    in_keyring: bool  # False: the passphrase is asked at each start (or KORRE_DB_KEY)

    @property
    def recovery_code(self) -> str:
        return file_keys.recovery_code(self.key)


@dataclass(frozen=True)
class Outcome:
    """What ``encrypt`` / ``change_key`` / ``decrypt`` did. The backups follow the
    database: encrypted with the new key, or made plain."""

    recovery_code: str | None  # None after decrypt
    in_keyring: bool
    backups: list[Path] = field(default_factory=list)  # rewritten with the new key (or plain)
    failed_backups: list[Path] = field(default_factory=list)  # could not be: named to the user


def keyring_usable() -> bool:
    return file_keys.keyring_usable()


def passphrase_problem(passphrase: str, repeated: str | None = None) -> str | None:
    """Why ``passphrase`` cannot be used for a new key (a code), else None."""
    if not passphrase.strip():
        return EMPTY
    if len(passphrase) < MIN_PASSPHRASE:
        return TOO_SHORT
    if repeated is not None and repeated != passphrase:
        return DIFFERENT
    return None


def choose_key(passphrase: str | None = None) -> NewKey:
    """A random key for the keyring, or (``passphrase``) one derived from it. Without a
    passphrase a keyring must be there to keep the key."""
    if passphrase is None:
        if not file_keys.keyring_usable():
            raise InputError(
                "this computer has no keyring to keep the key in:"
                " choose a passphrase (--passphrase)"
            )
        return NewKey(file_keys.new_key(), None, True)
    problem = passphrase_problem(passphrase)
    if problem == TOO_SHORT:
        raise InputError(f"the passphrase is too short: use at least {MIN_PASSPHRASE} characters")
    if problem is not None:
        raise InputError("the passphrase is empty")
    salt = file_keys.new_salt()
    return NewKey(file_keys.from_passphrase(passphrase, salt), salt, False)


def keep(path: Path, new: NewKey) -> None:
    """After a database was made or encrypted with ``new``: into the keyring (when that is
    where it lives) and this program's memory."""
    file_keys.remember(path, new.key)
    if new.in_keyring and not file_keys.keep_in_keyring(path, new.key):
        raise InputError("the key could not be kept in this computer's keyring")


def is_encrypted(path: Path) -> bool:
    return encryption.is_encrypted(path)


def _file_only(path: object) -> Path:
    if server_url_of(path) is not None:
        raise InputError(
            "encryption is for the database file on this computer; a server database is"
            " protected by its server"
        )
    path = Path(path).expanduser()  # type: ignore[arg-type]
    if not path.is_file():
        raise InputError(f"database file not found: {path}")
    return path


def encrypt(path: Path, passphrase: str | None = None) -> Outcome:
    """Encrypt the plain database at ``path``, and its backups (they hold the same data)."""
    path = _file_only(path)
    if encryption.is_encrypted(path):
        raise InputError(f"the database is already encrypted: {path}")
    new = choose_key(passphrase)
    encryption.encrypt(path, new.key, new.salt)
    try:
        keep(path, new)
    except InputError:
        encryption.decrypt(path)  # the key would be nowhere but on the screen: undo
        raise
    done, failed = _backups_follow(path, None, new.key)
    return Outcome(new.recovery_code, new.in_keyring, done, failed)


def change_key(path: Path, passphrase: str | None = None) -> Outcome:
    """A new key for the encrypted database at ``path`` and its backups (no copy under the
    old key is left: the old key and its recovery code may be destroyed)."""
    path = _file_only(path)
    if not encryption.is_encrypted(path):
        raise InputError(f"the database is not encrypted: {path} (use 'encrypt')")
    old_key = encryption.key_of(path)
    new = choose_key(passphrase)
    encryption.change_key(path, new.key, new.salt)
    if new.in_keyring:
        keep(path, new)
    else:  # asked at each start from now on: the old key must not open it from the keyring
        file_keys.forget_in_keyring(path)
        file_keys.remember(path, new.key)
    done, failed = _backups_follow(path, old_key, new.key)
    return Outcome(new.recovery_code, new.in_keyring, done, failed)


def decrypt(path: Path) -> Outcome:
    """Make the database at ``path`` and its backups plain again."""
    path = _file_only(path)
    if not encryption.is_encrypted(path):
        raise InputError(f"the database is not encrypted: {path}")
    old_key = encryption.key_of(path)
    encryption.decrypt(path)
    file_keys.forget_in_keyring(path)
    done, failed = _backups_follow(path, old_key, None)
    return Outcome(None, False, done, failed)


def _backups_follow(
    path: Path, old_key: bytes | None, new_key: bytes | None
) -> tuple[list[Path], list[Path]]:
    """Rewrite every backup of ``path`` made with ``old_key`` (None: plain) with
    ``new_key``, with the database's salt (so its passphrase opens them too). A backup
    that cannot be (damaged, another key) is left as it is and named."""
    from korre_desktop.store import Store

    with Store.open(path) as store:
        folder = store.backup_settings().folder
    salt = file_keys.salt_of(path) if new_key is not None else None
    done, failed = [], []
    for backup in list_backups(path, folder):
        if encryption.is_encrypted(backup) != (old_key is not None):
            continue  # already as it should be (or of another key: left alone)
        try:
            encryption.rewrite(backup, old_key, new_key, salt)
        except Exception:  # one backup that cannot be rewritten does not stop the rest
            failed.append(backup)
            continue
        done.append(backup)
    return done, failed


def unlock(path: Path, secret: str) -> str | None:
    """Open the encrypted database at ``path`` with a typed passphrase or recovery code:
    None when it opens (the key is then known for this session and kept in the keyring
    where there is one), else why not (a code)."""
    path = Path(path).expanduser()
    if not secret.strip():
        return EMPTY
    key = file_keys.key_of_secret(secret.strip(), path)
    try:
        encryption.check_key(path, key)
    except Exception as exc:
        from korre_desktop.errors import DatabaseKeyError

        if isinstance(exc, DatabaseKeyError):
            return WRONG
        raise
    file_keys.remember(path, key)
    file_keys.keep_in_keyring(path, key)
    return None
