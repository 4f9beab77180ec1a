"""The one place that shows errors to the user, in Dutch, with details to copy."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from korre_desktop.errors import (
    DatabaseError,
    DatabaseLockedError,
    InputError,
    KorreError,
    NewerDatabaseError,
    NotADatabaseError,
)

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    """A Dutch sentence for errors the user can act on; a general one for the rest."""
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
