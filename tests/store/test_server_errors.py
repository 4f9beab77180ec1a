"""The server's errors a user can meet while working become errors with a clear message
(one line on the command line, Dutch words in the window), never "internal error"."""

from __future__ import annotations

import pytest
from psycopg import errors

from korre_desktop.cli import main
from korre_desktop.errors import DatabaseError, DatabaseLockedError
from korre_desktop.store.postgres import translate_server_error


@pytest.mark.parametrize("raised", [errors.SerializationFailure("x"), errors.DeadlockDetected("x")])
def test_two_changes_at_once_are_a_busy_database(raised: Exception) -> None:
    assert isinstance(translate_server_error(raised, "korre"), DatabaseLockedError)


@pytest.mark.parametrize(
    ("raised", "reason"),
    [
        (errors.ReadOnlySqlTransaction("x"), "read_only"),
        (errors.InsufficientResources("x"), "server_resources"),
        (errors.OutOfMemory("x"), "server_resources"),
        (errors.TooManyConnections("x"), "server_resources"),
    ],
)
def test_a_server_that_cannot_take_changes_says_why(raised: Exception, reason: str) -> None:
    translated = translate_server_error(raised, "korre")
    assert isinstance(translated, DatabaseError)
    assert translated.details["reason"] == reason and translated.details["path"] == "korre"


def test_the_command_line_says_one_line(monkeypatch, tmp_path, capsys) -> None:
    def refused(*_args, **_kwargs):
        raise translate_server_error(errors.ReadOnlySqlTransaction("x"), "korre")

    monkeypatch.setattr("korre_desktop.cli.run", refused)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err
