"""The server's problems in Dutch, naming the server without its password."""

import pytest

from korre_desktop.errors import DatabaseError, DatabaseMissingError, NewerDatabaseError
from korre_desktop.gui.errors import user_message
from korre_desktop.store.postgres_migrate import OlderServerSchemaError

SHOWN = "postgresql://office@server.school.nl/korre"  # as the store names it: no password


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("login", "gebruikersnaam of het wachtwoord"),
        ("tls", "versleutelde (TLS-)verbinding"),
        ("unreachable", "niet bereikbaar"),
        ("no_host", "niet bekend"),
        ("not_allowed", "laat deze computer of gebruiker niet toe"),
        ("connection", "verbinding met de stichtingsserver is verbroken"),
        ("connect", "kan niet worden gebruikt"),
    ],
)
def test_each_server_problem_is_said_in_dutch(dutch, reason: str, words: str) -> None:
    said = user_message(DatabaseError("english", path=SHOWN, reason=reason))
    assert words in said
    assert SHOWN in said


def test_a_missing_or_empty_server_database_is_not_called_a_missing_file(dutch) -> None:
    missing = user_message(DatabaseMissingError("x", path=SHOWN, reason="no_database"))
    assert "heeft deze database niet" in missing and "bestand" not in missing
    empty = user_message(DatabaseMissingError("x", path=SHOWN, reason="empty_server"))
    assert "nog leeg" in empty and "korre-desktop init" in empty


def test_versions_say_what_to_do(dutch) -> None:
    assert "Werk Korre Desktop bij" in user_message(NewerDatabaseError("x", found=11))
    older = user_message(OlderServerSchemaError("x", found=9, supported=10))
    assert "server upgrade" in older and "oudere versie" in older
