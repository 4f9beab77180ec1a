"""The one place that shows errors to the user, in Dutch, with details to copy."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from korre_desktop.errors import (
    BackupError,
    DamagedDataError,
    DatabaseError,
    DatabaseKeyError,
    DatabaseLockedError,
    DatabaseMissingError,
    DiskFullError,
    DiskIOError,
    InputError,
    KorreError,
    NewerDatabaseError,
    NotADatabaseError,
    NotAllowedError,
    NotAUserError,
)
from korre_desktop.store.connection import user_facing_error

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    """A Dutch sentence for errors the user can act on; a general one for the rest."""
    error = user_facing_error(error)  # an engine error raised outside the store's translation
    if isinstance(error, NotAllowedError | NotAUserError):  # before the server's reasons
        return role_message(error)
    if isinstance(error, DatabaseError) and error.details.get("reason") in SERVER_REASONS:
        return server_message(error)
    if isinstance(error, DatabaseMissingError):
        return translate(
            "ErrorMessages",
            "The database file was not found: %1. Was it moved or deleted, or is the drive "
            "not connected? Nothing was saved: Korre Desktop never makes a new, empty database "
            "in its place. Put the file back (or connect the drive) and start Korre Desktop "
            "again.",
        ).replace("%1", str(error.details.get("path", "")))
    if isinstance(error, DiskFullError):
        return translate(
            "ErrorMessages",
            "The disk is full: the change was not saved. Make room on the disk and try again.",
        )
    if isinstance(error, DiskIOError):
        return translate(
            "ErrorMessages",
            "The disk could not be read or written: the change was not saved. "
            "Check the disk or the network drive and try again.",
        )
    if isinstance(error, DamagedDataError):
        return damaged_message(error)
    if isinstance(error, BackupError):
        return backup_message(error)
    if isinstance(error, DatabaseLockedError):
        return translate(
            "ErrorMessages",
            "The database is in use by another program. Close the other program "
            "(or wait a moment) and try again.",
        )
    if isinstance(error, NewerDatabaseError):
        return translate(
            "ErrorMessages",
            "This database was made with a newer version of Korre Desktop. "
            "Install the newest version to open it.",
        )
    if error.__class__.__name__ == "OlderServerSchemaError":  # (the server's modules load late)
        return translate(
            "ErrorMessages",
            "The foundation's server still has the database of an older version of Korre "
            "Desktop. Ask the administrator to upgrade it (korre-desktop server upgrade, "
            "after a backup); until then this version cannot use it.",
        )

    if isinstance(error, DatabaseKeyError):
        if error.details.get("reason") == "wrong_key":
            return translate(
                "ErrorMessages",
                "The key does not open this database (or the file is not a Korre Desktop"
                " database).",
            )
        return translate(
            "ErrorMessages",
            "This database is encrypted and its key is not on this computer. Open it with"
            " its passphrase or the recovery code.",
        )
    if isinstance(error, NotADatabaseError):
        return translate(
            "ErrorMessages", "This file is not a Korre Desktop database, or it is damaged."
        )
    if isinstance(error, DatabaseError):
        return translate("ErrorMessages", "The database could not be used: %1").replace(
            "%1", str(error)
        )
    if isinstance(error, InputError):
        return translate("ErrorMessages", "This cannot be done: %1").replace("%1", str(error))
    if isinstance(error, KorreError):
        return str(error)
    return translate(
        "ErrorMessages",
        "Something went wrong that Korre Desktop did not expect. Nothing was saved.",
    )


# Why the server could not be used (korre_desktop.store.postgres: connect_error,
# translate_server_error).
SERVER_REASONS = (
    "no_database", "login", "not_allowed", "tls", "no_host", "unreachable", "connect",
    "connection", "empty_server", "read_only", "server_resources",
)  # fmt: skip


def server_message(error: DatabaseError) -> str:
    """The server's problem in the user's words, naming the server (never a password)."""
    where = str(error.details.get("path", ""))
    words = {
        "no_database": translate(
            "ErrorMessages", "The foundation's server has no such database: %1."
        ),
        "login": translate(
            "ErrorMessages",
            "The server did not accept the user name or password for %1. Check them, or ask "
            "the administrator.",
        ),
        "not_allowed": translate(
            "ErrorMessages",
            "The server does not let this computer or user in (%1). Ask the administrator.",
        ),
        "tls": translate(
            "ErrorMessages",
            "No encrypted (TLS) connection could be made with %1. Korre Desktop never sends "
            "personal data unencrypted over the network; ask the administrator.",
        ),
        "no_host": translate(
            "ErrorMessages", "The server's name is not known on this network: %1."
        ),
        "unreachable": translate(
            "ErrorMessages",
            "The foundation's server cannot be reached (%1). Check the network connection "
            "and try again.",
        ),
        "empty_server": translate(
            "ErrorMessages",
            "The database %1 on the foundation's server is still empty. Set it up first "
            "(the first start's server page, or korre-desktop init).",
        ),
        "connection": translate(
            "ErrorMessages",
            "The connection with the foundation's server was lost (%1): the change was not "
            "saved. Try again; Korre Desktop connects again by itself.",
        ),
        "read_only": translate(
            "ErrorMessages",
            "The foundation's server accepts no changes at the moment (read only, %1): nothing "
            "was saved. Ask the administrator.",
        ),
        "server_resources": translate(
            "ErrorMessages",
            "The foundation's server is out of memory or connections (%1): nothing was saved. "
            "Try again in a moment, or ask the administrator.",
        ),
    }
    default = translate("ErrorMessages", "The foundation's server cannot be used: %1.")
    return words.get(str(error.details.get("reason")), default).replace("%1", where)


def role_message(error: NotAllowedError | NotAUserError) -> str:
    """The server refused what the signed-in person's role does not allow, or the login
    is no user of this database."""
    if isinstance(error, NotAUserError):
        return translate(
            "ErrorMessages",
            "The user name %1 has no access to Korre Desktop on this server. Ask the "
            "administrator (beheerder) to add you as a user.",
        ).replace("%1", str(error.details.get("login", "")))
    role = error.details.get("role")
    if not role:
        return translate("ErrorMessages", "You are not allowed to do this with your role.")
    return translate(
        "ErrorMessages", "You are not allowed to do this with your role (%1)."
    ).replace("%1", str(role))


def damaged_message(error: DamagedDataError) -> str:
    """Damaged data that could not be read, naming the records when they were found."""
    from korre_desktop.gui.check_words import finding_text

    found = [finding_text(finding) for finding in error.findings[:3]]
    if not found:
        return translate(
            "ErrorMessages",
            "Part of the database is damaged and cannot be read. Nothing was saved. "
            "Choose File → Check database to see which records.",
        )
    if len(error.findings) > 3:
        found.append(
            translate("ErrorMessages", "and %1 more").replace("%1", str(len(error.findings) - 3))
        )
    return translate(
        "ErrorMessages",
        "Part of the database is damaged and cannot be read: %1. Nothing was saved. "
        "Look up these records on paper; File → Check database lists all damage.",
    ).replace("%1", "; ".join(found))


def backup_message(error: BackupError) -> str:
    """A backup that failed, naming the backup folder (not the database)."""
    reasons = {
        "folder": translate("ErrorMessages", "the folder does not exist or cannot be made"),
        "disk_full": translate("ErrorMessages", "the disk is full"),
        "damaged": translate(
            "ErrorMessages",
            "the copy is not sound, so the database itself may be damaged "
            "(choose File → Check database)",
        ),
    }
    reason = reasons.get(
        error.reason, translate("ErrorMessages", "the copy could not be written there")
    )
    return (
        translate("ErrorMessages", "No backup was made in the folder %1: %2.")
        .replace("%1", error.folder)
        .replace("%2", reason)
    )


class ErrorPresenter(QObject):
    """Shows errors; also installed as the handler for uncaught exceptions."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.shown: list[str] = []  # what was shown, for tests and the log

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def show(self, error: BaseException, title: str | None = None) -> None:
        message = user_message(error)
        self.shown.append(message)
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or translate("ErrorMessages", "Korre Desktop"))
        box.setText(message)
        if not isinstance(error, KorreError):
            box.setDetailedText(
                "".join(traceback.format_exception(type(error), error, error.__traceback__))
            )
        box.setTextInteractionFlags(box.textInteractionFlags())
        if QCoreApplication.instance() is not None and not _is_offscreen_test():
            box.exec()
        else:
            box.deleteLater()

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        self.show(error)

    def install(self) -> None:
        sys.excepthook = self.excepthook


def _is_offscreen_test() -> bool:
    # Tests drive the app offscreen; a modal box there would wait for ever.
    return "pytest" in sys.modules
