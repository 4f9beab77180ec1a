"""Signing in to the foundation's server: the URL from the fields (TLS for any host but
this computer), the password in the OS keyring (a fake one here) and never in a file."""

import logging
from pathlib import Path

import keyring
import psycopg.conninfo
import pytest
from keyring.backends import fail, null

from korre_desktop.domain.validation import REQUIRED
from korre_desktop.errors import DatabaseError, DatabaseMissingError, InputError
from korre_desktop.locations import config_path, remember_database, remembered_database
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import first_run as fr
from korre_desktop.services import server_login as sl
from korre_desktop.store import Store
from tests.fake_keyring import LockedKeyring, MemoryKeyring

PASSWORD = "Ge:heim@/?#% wacht&woord"  # every character a URL treats specially
REMOTE = sl.ServerFields("db.stichting.nl", "korre", "j.jansen")


def conninfo(location: ServerLocation) -> dict:
    """How libpq reads the URL."""
    return psycopg.conninfo.conninfo_to_dict(location.url)


# -- the URL ---------------------------------------------------------------------------


def test_a_remote_server_requires_tls() -> None:
    location = sl.server_location(REMOTE, PASSWORD)
    assert conninfo(location) == {
        "host": "db.stichting.nl",
        "port": "5432",
        "dbname": "korre",
        "user": "j.jansen",
        "password": PASSWORD,
        "sslmode": "require",
    }
    assert str(location) == "postgresql://j.jansen@db.stichting.nl:5432/korre?sslmode=require"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "LocalHost", "[::1]"])
def test_a_server_on_this_computer_needs_no_tls(host: str) -> None:
    fields, problems = sl.check_fields(host, 5433, "korre", "beheer")
    assert problems == []
    info = conninfo(sl.server_location(fields))
    assert "sslmode" not in info
    assert info["port"] == "5433"
    assert "password" not in info


def test_special_characters_in_user_and_database_are_quoted() -> None:
    fields = sl.ServerFields("db.stichting.nl", "korre/test db", "jan@school", 6543)
    info = conninfo(sl.server_location(fields, PASSWORD))
    assert (info["dbname"], info["user"], info["password"]) == (
        "korre/test db",
        "jan@school",
        PASSWORD,
    )
    assert sl.fields_of(sl.server_location(fields, PASSWORD)) == fields


def test_an_ipv6_address_gets_brackets() -> None:
    fields, _ = sl.check_fields("2001:db8::5", "5432", "korre", "jan")
    location = sl.server_location(fields)
    assert "[2001:db8::5]:5432" in location.url
    assert conninfo(location)["host"] == "2001:db8::5"
    assert conninfo(location)["sslmode"] == "require"


def test_field_problems() -> None:
    fields, problems = sl.check_fields(" ", "0", "", "  ")
    assert fields is None
    assert [(p.field, p.code) for p in problems] == [
        ("host", REQUIRED),
        ("port", sl.PORT_RANGE),
        ("database", REQUIRED),
        ("user", REQUIRED),
    ]
    for host in ("db.stichting.nl:5432", "db stichting", "https://db.stichting.nl", "a@b"):
        _fields, problems = sl.check_fields(host, 5432, "korre", "jan")
        assert [(p.field, p.code) for p in problems] == [("host", sl.HOST_FORMAT)], host
    fields, problems = sl.check_fields("  DB.Stichting.NL ", " 5432 ", " korre ", " jan ")
    assert problems == []
    assert fields == sl.ServerFields("db.stichting.nl", "korre", "jan", 5432)


def test_the_keyring_key_names_user_server_port_and_database() -> None:
    assert REMOTE.key == "j.jansen@db.stichting.nl:5432/korre"
    assert sl.ServerFields("::1", "k", "u", 5433).key == "u@[::1]:5433/k"


def test_the_remembered_location_never_holds_the_password() -> None:
    remember_database(sl.server_location(REMOTE, PASSWORD))
    written = config_path().read_text(encoding="utf-8")
    assert "j.jansen@db.stichting.nl:5432/korre?sslmode=require" in written
    assert PASSWORD not in written and "Ge%3Aheim" not in written
    assert remembered_database() == ServerLocation(
        "postgresql://j.jansen@db.stichting.nl:5432/korre?sslmode=require"
    )


# -- the keyring ---------------------------------------------------------------------------


def test_a_password_is_kept_found_and_forgotten(keyring_backend: MemoryKeyring) -> None:
    assert sl.keyring_problem() is None
    assert sl.saved_password(REMOTE) is None
    assert sl.save_password(REMOTE, PASSWORD)
    assert keyring_backend.passwords == {
        ("Korre Desktop", "j.jansen@db.stichting.nl:5432/korre"): PASSWORD
    }
    assert sl.saved_password(REMOTE) == PASSWORD
    sl.forget_password(REMOTE)
    sl.forget_password(REMOTE)  # none there: nothing happens
    assert keyring_backend.passwords == {}


def test_the_start_builds_the_url_with_the_kept_password() -> None:
    remember_database(sl.server_location(REMOTE))
    remembered = remembered_database()
    assert sl.with_saved_password(remembered) == remembered  # none kept: as it was
    sl.save_password(REMOTE, PASSWORD)
    signed_in = sl.with_saved_password(remembered)
    assert isinstance(signed_in, ServerLocation)
    assert conninfo(signed_in)["password"] == PASSWORD
    assert conninfo(signed_in)["sslmode"] == "require"
    assert str(signed_in) == str(remembered)  # shown without it
    assert PASSWORD not in repr(signed_in)


def test_a_url_with_a_password_or_a_file_is_left_as_it_is(tmp_path: Path) -> None:
    sl.save_password(REMOTE, "kept")
    given = sl.server_location(REMOTE, PASSWORD)
    assert sl.with_saved_password(given) == given
    assert sl.with_saved_password(tmp_path / "k.sqlite") == tmp_path / "k.sqlite"
    assert sl.with_saved_password(ServerLocation("postgresql://db.stichting.nl/korre")) == (
        ServerLocation("postgresql://db.stichting.nl/korre")  # no user: no key
    )


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_keyring_on_this_computer(backend) -> None:
    keyring.set_keyring(backend())
    assert sl.keyring_problem() == sl.NO_KEYRING
    assert not sl.save_password(REMOTE, PASSWORD)
    assert sl.saved_password(REMOTE) is None
    remembered = sl.server_location(REMOTE)
    assert sl.with_saved_password(remembered) == remembered


def test_a_locked_keyring_is_as_none_and_logs_no_password(caplog) -> None:
    keyring.set_keyring(LockedKeyring())
    with caplog.at_level(logging.DEBUG):
        assert not sl.save_password(REMOTE, PASSWORD)
        assert sl.saved_password(REMOTE) is None
        sl.forget_password(REMOTE)
    assert "KeyringLocked" in caplog.text
    assert PASSWORD not in caplog.text


# -- the first connection ------------------------------------------------------------------


def test_probe_tells_an_empty_database_from_a_korre_one(monkeypatch) -> None:
    class Opened:
        def close(self) -> None:
            pass

    location = sl.server_location(REMOTE, PASSWORD)
    monkeypatch.setattr(Store, "open", classmethod(lambda cls, where: Opened()))
    assert sl.probe(location) == sl.KORRE

    def empty(cls, where):
        raise DatabaseMissingError("the server database is empty", reason="empty_server")

    monkeypatch.setattr(Store, "open", classmethod(empty))
    assert sl.probe(location) == sl.EMPTY

    def missing(cls, where):
        raise DatabaseMissingError("no such database", reason="no_database")

    monkeypatch.setattr(Store, "open", classmethod(missing))
    with pytest.raises(DatabaseMissingError):
        sl.probe(location)


def test_a_login_failure_is_told_apart() -> None:
    assert sl.is_login_failure(DatabaseError("refused", reason="login"))
    assert not sl.is_login_failure(DatabaseError("gone", reason="unreachable"))
    assert not sl.is_login_failure(InputError("no"))
    assert sl.connect_reason(DatabaseError("x", reason="tls")) == "tls"
    assert sl.connect_reason(ValueError("x")) is None


def test_setting_up_a_server_checks_the_names_before_it_connects(monkeypatch) -> None:
    def never(cls, where, actor=None):
        raise AssertionError("no connection expected")

    monkeypatch.setattr(Store, "create", classmethod(never))
    location = sl.server_location(REMOTE, PASSWORD)
    with pytest.raises(InputError, match="name is empty"):
        fr.set_up_server(location, "  ", ["De Linde"], with_schools=True)
    with pytest.raises(InputError, match="twice"):
        fr.set_up_server(location, "Stichting", ["De Linde", "de linde"], with_schools=True)
    assert remembered_database() is None


# -- on a real server (KORRE_TEST_ENGINE=postgresql) ----------------------------------------


def _fields_of_url(url: str) -> sl.ServerFields:
    fields = sl.fields_of(url)
    assert fields is not None
    return fields


@pytest.mark.server_only
def test_set_up_server_makes_an_empty_database_the_foundations(server_databases) -> None:
    fields = _fields_of_url(server_databases.new_empty_database())
    location = sl.server_location(fields, PASSWORD)  # trust login: any password will do
    assert sl.probe(location) == sl.EMPTY
    fr.set_up_server(location, "Stichting Het Anker", ["De Linde", "Het Kompas"], True)
    assert sl.probe(location) == sl.KORRE
    with Store.open(location) as store:
        assert store.setting("foundation_name") == "Stichting Het Anker"
        assert [r["name"] for r in store.rows("SELECT name FROM schools ORDER BY id")] == [
            "De Linde",
            "Het Kompas",
        ]
    assert remembered_database() == sl.server_location(fields)
    assert PASSWORD not in config_path().read_text(encoding="utf-8")
    with pytest.raises(DatabaseError, match="not empty"):
        fr.set_up_server(location, "Stichting", [], True)


@pytest.mark.server_only
def test_probe_words_a_missing_database(server_databases) -> None:
    fields = _fields_of_url(server_databases.new_empty_database())
    missing = sl.ServerFields(fields.host, "er_is_geen", fields.user, fields.port)
    with pytest.raises(DatabaseMissingError) as raised:
        sl.probe(sl.server_location(missing))
    assert raised.value.details["reason"] == "no_database"


@pytest.mark.server_only
def test_a_login_changes_its_own_password_on_the_server(server_databases) -> None:
    """ALTER ROLE through the store, encrypted on this side (SCRAM): the clear password
    never reaches the server; the store's connection keeps the new one for reconnecting."""
    admin = server_databases.admin
    admin.execute("DROP ROLE IF EXISTS pw_change_test")
    admin.execute("CREATE ROLE pw_change_test LOGIN PASSWORD 'oud-wachtwoord'")
    try:
        url = server_databases.new_database()
        fields = _fields_of_url(url)
        location = sl.server_location(
            sl.ServerFields(fields.host, fields.database, "pw_change_test", fields.port),
            "oud-wachtwoord",
        )
        before = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'pw_change_test'"
        ).fetchone()[0]
        with Store.open_for_upgrade(location.url) as store:
            with pytest.raises(sl.PasswordChangeError):
                sl.change_password(store, location, "oud-wachtwoord", "kort", "kort")
            changed = sl.change_password(
                store, location, "oud-wachtwoord", "Nieuw'; DROP--1", "Nieuw'; DROP--1"
            )
            assert sl.password_of(changed) == "Nieuw'; DROP--1"
            assert store.db.url == changed.url
            assert store.rows("SELECT 1 AS one")[0]["one"] == 1
        after = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'pw_change_test'"
        ).fetchone()[0]
        assert after != before and after.startswith("SCRAM-SHA-256$")
    finally:
        admin.execute("DROP ROLE IF EXISTS pw_change_test")


@pytest.mark.embedded_only
def test_the_embedded_file_has_no_password_to_change(tmp_path) -> None:
    from korre_desktop.store.own_password import change_own_password

    with Store.create(tmp_path / "k.sqlite") as store, pytest.raises(InputError):
        change_own_password(store, "Nieuw-wachtwoord", "postgresql://x@y/z")
