"""The one SQLite driver of the embedded file: sqlcipher3 (SQLite with SQLCipher 4).

Every embedded connection, plain or encrypted, goes through this driver: a file opened
without a key is plain SQLite, a key makes it SQLCipher. One driver, because sqlcipher3's
errors are not the standard library's classes: a second driver in the same program would
make ``except dbapi.Error`` miss the other's errors. Nothing else in korre_desktop imports
``sqlite3`` (tests/test_architecture.py).
"""

from __future__ import annotations

from sqlcipher3 import dbapi2 as dbapi

__all__ = ["dbapi"]
