"""One place shows errors, in Dutch; uncaught exceptions are shown, not lost."""

import sys

from korre_desktop.errors import (
    DatabaseLockedError,
    InputError,
    NewerDatabaseError,
    NotADatabaseError,
)
from korre_desktop.gui.errors import ErrorPresenter, user_message


def test_user_errors_have_dutch_messages(dutch):
    assert "in gebruik door een ander programma" in user_message(DatabaseLockedError("locked"))
    assert "nieuwere versie" in user_message(NewerDatabaseError("newer"))
    assert "geen Korre Desktop-database" in user_message(NotADatabaseError("bad"))
    assert user_message(InputError("folder does not exist: /x")).startswith("Dit kan niet:")
    assert "niets opgeslagen" in user_message(RuntimeError("boom"))


def test_uncaught_exception_is_shown_and_logged(qtbot, dutch, caplog):
    presenter = ErrorPresenter()
    try:
        raise ValueError("unexpected")
    except ValueError:
        presenter.excepthook(*sys.exc_info())
    assert presenter.shown == [user_message(ValueError("x"))]
    assert "uncaught exception" in caplog.text


def test_pyside_event_processing_keeps_none_alive(qapp):
    """PySide6 6.12.0 lost a reference to None on every processEvents() and crashed."""
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50


def test_disk_damage_and_backup_errors_have_dutch_messages(dutch):
    from korre_desktop.errors import BackupError, DamagedDataError, DiskFullError
    from korre_desktop.store.sqlite_driver import dbapi

    assert user_message(DiskFullError("full")).startswith("De schijf is vol")
    # A raw SQLite error that escaped the store's translation is worded all the same.
    raw = dbapi.OperationalError("database or disk is full")
    assert user_message(raw).startswith("De schijf is vol")
    assert "Database controleren" in user_message(DamagedDataError("damaged"))
    folder = "/media/usb/korre-backups"
    message = user_message(BackupError("no backup", folder, "disk_full"))
    assert message == f"Er is geen back-up gemaakt in de map {folder}: de schijf is vol."


def test_the_servers_refusals_have_dutch_messages(dutch) -> None:
    from psycopg import errors

    from korre_desktop.store.postgres import translate_server_error

    read_only = user_message(translate_server_error(errors.ReadOnlySqlTransaction("x"), "k"))
    assert "alleen lezen" in read_only
    full = user_message(translate_server_error(errors.OutOfMemory("x"), "k"))
    assert "server" in full and "niets opgeslagen" in full.lower()
