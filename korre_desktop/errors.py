"""Errors a user can act on. The CLI prints them as one line; the GUI translates them."""

from __future__ import annotations


class KorreError(Exception):
    """A problem the user can understand and fix; never shown with a traceback."""

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class DatabaseError(KorreError):
    """The database file cannot be used as asked. ``code`` says why, for the GUI's words."""

    code = "database"


class DatabaseLockedError(DatabaseError):
    """Another program holds a lock on the database file."""

    code = "locked"


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the app."""

    code = "newer"


class NotADatabaseError(DatabaseError):
    """The file is not a Korre Desktop database (or is damaged)."""

    code = "not_a_database"


class DatabaseKeyError(NotADatabaseError):
    """An encrypted file without its key: ``details["reason"]`` is ``key_needed`` (no key
    known for it: ask the passphrase or recovery code) or ``wrong_key``."""

    code = "database_key"


class DatabaseMissingError(DatabaseError):
    """The database file is not there (deleted, moved, a drive not connected). Only the
    first start and an explicit creation make a new one; nothing else does."""

    code = "missing"


class DiskFullError(DatabaseError):
    """The disk (or the database's size limit) is full: nothing of the change was saved."""

    code = "disk_full"


class DiskIOError(DatabaseError):
    """The disk could not be read or written (a failing disk, a vanished network drive)."""

    code = "disk_io"


class DamagedDataError(DatabaseError):
    """Stored data that cannot be read back (damaged bytes). ``findings`` are the damaged
    records when they could be found (``store.damage.Finding``: the GUI words them)."""

    code = "damaged"

    def __init__(self, message: str, findings: tuple[object, ...] = (), **details: object):
        super().__init__(message, **details)
        self.findings = findings


class BackupError(DatabaseError):
    """A backup could not be made; ``folder`` is where it was to go, ``reason`` why:
    "folder" (missing, or cannot be made), "disk_full", "damaged" (the copy failed its
    check: the database itself may be damaged) or "write"."""

    code = "backup"

    def __init__(self, message: str, folder: str, reason: str, **details: object) -> None:
        super().__init__(message, folder=folder, reason=reason, **details)
        self.folder = folder
        self.reason = reason


class InputError(KorreError):
    """A value given by the user is not acceptable."""


class NotAllowedError(DatabaseError):
    """The server refused an action the signed-in person's role does not allow (a grant
    or a row-level security policy said no). ``role`` is that role when known."""

    code = "not_allowed"


class NotAUserError(DatabaseError):
    """The login is no user of this database (no active row in ``users``, not its owner):
    refused when it opens the database."""

    code = "not_a_user"
