"""The keys of encrypted database files: where they are found, the recovery code, the
passphrase.

A file's key is 32 raw bytes, given to SQLCipher as ``PRAGMA key = "x'…'"`` (no key
derivation on every connection). It comes from, in this order:

1. this program's memory (a key typed at the start or used by ``encrypt`` stays for the
   session, so background connections need not ask again);
2. ``KORRE_DB_KEY``: a recovery code, or else a passphrase (for scripts and scheduled
   tasks);
3. the OS keyring (``keyring``), service ``Korre Desktop``, entry ``database key:`` and the
   file's absolute path. A file that moved is not found there: the start asks for the
   passphrase or recovery code and keeps the key under the new path.

A passphrase is turned into the key with SQLCipher 4's own derivation (PBKDF2-HMAC-SHA512,
256,000 rounds, the 16-byte salt that begins the encrypted file), so ``PRAGMA key =
'passphrase'`` in any SQLCipher tool opens the file too. The recovery code is the raw key in
readable groups (Crockford base32 with a checksum): it opens the file whichever way the key
was made, and the backups made of it.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

KEY_BYTES = 32
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's default
# Pages of 16 KiB instead of SQLCipher's 4 KiB: each page is decrypted and its HMAC checked
# on its own, and fewer, larger pages halve that cost on a big read (the 50,000-student
# Mediatoestemming tab: +20 % slower than a plain file with 4 KiB pages). Other SQLCipher
# tools need ``PRAGMA cipher_page_size = 16384`` after the key.
PAGE_SIZE = 16_384
PAGE_SIZE_PRAGMA = f"PRAGMA cipher_page_size = {PAGE_SIZE}"
KEY_ENV = "KORRE_DB_KEY"
KEYRING_SERVICE = "Korre Desktop"
_KEYRING_ENTRY = "database key: "
PLAIN_HEADER = b"SQLite format 3\x00"
# An encrypted file is whole pages (SQLCipher's are 4096 bytes; 512 is the smallest SQLite
# page): a short or ragged file that is not plain SQLite is no database at all.
_SMALLEST_PAGE = 512

# Crockford's base32 (no I, L, O, U): what a person reads off paper and types back.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FROM_STANDARD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", _CROCKFORD)
_TO_STANDARD = str.maketrans(_CROCKFORD, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
_CHECK_BYTES = 3  # 32 + 3 bytes = 280 bits = 56 characters, 14 groups of 4
_GROUP = 4

# Keys known in this program, by file (see ``remember``).
_session: dict[str, bytes] = {}
# The key new database files get (``use_for_new_files``): None, new files are plain.
_new_files_key: bytes | None = None


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def pragma(key: bytes, salt: bytes | None = None) -> str:
    """The ``PRAGMA key`` statement for a raw key (and the salt a new file is to get);
    ``PAGE_SIZE_PRAGMA`` follows it on every connection."""
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex() if salt else ''}'\""


def use_key(conn: object, key: bytes, salt: bytes | None = None) -> None:
    """Give the connection ``conn`` the key (before anything reads the file)."""
    conn.execute(pragma(key, salt))  # type: ignore[attr-defined]
    conn.execute(PAGE_SIZE_PRAGMA)  # type: ignore[attr-defined]


def from_passphrase(passphrase: str, salt: bytes) -> bytes:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)


# -- the file itself ------------------------------------------------------------------------


def is_encrypted(file: Path) -> bool:
    """Whether ``file`` looks like an encrypted database: not plain SQLite, not empty, whole
    pages. (Whether it is one only the key tells.)"""
    try:
        size = file.stat().st_size
        with open(file, "rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return size >= _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0 and header != PLAIN_HEADER


def salt_of(file: Path) -> bytes:
    """The salt an encrypted file begins with."""
    with open(file, "rb") as handle:
        return handle.read(SALT_BYTES)


# -- recovery code ---------------------------------------------------------------------------


def recovery_code(key: bytes) -> str:
    """``key`` as 14 groups of 4 characters (the last 3 bytes a checksum against typos)."""
    data = key + hashlib.sha256(key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(data).decode("ascii").rstrip("=").translate(_FROM_STANDARD)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def key_of_recovery_code(text: str) -> bytes | None:
    """The key a recovery code stands for (spaces, dashes, case and the look-alikes I, L,
    O, U forgiven); None when ``text`` is not one (a passphrase, or a typo)."""
    squeezed = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    squeezed = squeezed.translate(_READ_AS)
    if len(squeezed) != 56 or any(ch not in _CROCKFORD for ch in squeezed):
        return None
    data = base64.b32decode(squeezed.translate(_TO_STANDARD))
    key, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        return None
    return key


def key_of_secret(secret: str, file: Path) -> bytes:
    """The key a typed secret gives for ``file``: a recovery code as it is, anything else as
    a passphrase with the file's salt."""
    key = key_of_recovery_code(secret)
    if key is not None:
        return key
    return from_passphrase(secret, salt_of(file))


# -- where keys are found -------------------------------------------------------------------


def _name(file: Path) -> str:
    return os.path.normcase(str(Path(file).expanduser().resolve()))


def remember(file: Path, key: bytes) -> None:
    """Keep ``key`` for ``file`` in this program's memory (until it ends)."""
    _session[_name(file)] = key


def forget(file: Path) -> None:
    _session.pop(_name(file), None)


def forget_all() -> None:
    """Forget every key this program knows (tests: none carried into the next)."""
    _session.clear()


def find_key(file: Path) -> tuple[bytes, str] | None:
    """The key for the encrypted ``file`` and where it came from (``session``, ``env``,
    ``keyring``); None when none is known."""
    known = _session.get(_name(file))
    if known is not None:
        return known, "session"
    secret = os.environ.get(KEY_ENV, "").strip()
    if secret:
        return key_of_secret(secret, file), "env"
    kept = keyring_key(file)
    if kept is not None:
        return kept, "keyring"
    return None


def use_for_new_files(key: bytes | None) -> None:
    """Make every database file created from now on encrypted with ``key`` (None: plain).
    The test suite's encrypted run sets it (KORRE_TEST_ENGINE=sqlcipher)."""
    global _new_files_key
    _new_files_key = key


def key_for_new_files() -> bytes | None:
    return _new_files_key


# -- the OS keyring -------------------------------------------------------------------------


def keyring_usable() -> bool:
    """Whether this computer has a keyring to keep a key in."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring | null.Keyring) and backend.priority > 0
    except Exception as exc:  # a broken backend: the same as none
        log.warning("the OS keyring cannot be used: %s", type(exc).__name__)
        return False


def keyring_key(file: Path) -> bytes | None:
    if not keyring_usable():
        return None
    import keyring

    try:
        kept = keyring.get_password(KEYRING_SERVICE, _KEYRING_ENTRY + _name(file))
    except Exception as exc:  # locked, refused: ask the user instead
        log.warning("the OS keyring could not be read: %s", type(exc).__name__)
        return None
    try:
        key = bytes.fromhex(kept or "")
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def keep_in_keyring(file: Path, key: bytes) -> bool:
    """Keep ``key`` for ``file`` in the keyring; False when it could not be kept."""
    if not keyring_usable():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _KEYRING_ENTRY + _name(file), key.hex())
    except Exception as exc:
        log.warning("the OS keyring could not keep the key: %s", type(exc).__name__)
        return False
    return True


def forget_in_keyring(file: Path) -> None:
    if not keyring_usable():
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, _KEYRING_ENTRY + _name(file))
    except Exception as exc:  # there was none
        log.debug("no key removed from the keyring: %s", type(exc).__name__)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)
