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
    """The database file cannot be used as asked."""


class DatabaseLockedError(DatabaseError):
    """Another program holds a lock on the database file."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the app."""


class NotADatabaseError(DatabaseError):
    """The file is not a Korre Desktop database (or is damaged)."""


class InputError(KorreError):
    """A value given by the user is not acceptable."""
