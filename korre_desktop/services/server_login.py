"""Signing in to the foundation's server: its URL from the fields the user typed, the
password kept in the OS keyring, and a first connection that says what is there.

No Qt here. The password lives only in memory (in the ``ServerLocation``'s URL, which is
never shown: ``str()`` leaves it out) and, when the user asks, in the OS keyring (Windows
Credential Manager, the macOS Keychain, the Secret Service on Linux) under
:data:`KEYRING_SERVICE` and the key ``user@host:port/database``. It is never written to a
file, a setting or a log.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from korre_desktop.domain.validation import REQUIRED, FieldProblem
from korre_desktop.errors import DatabaseError, DatabaseMissingError, InputError, KorreError
from korre_desktop.server_location import ServerLocation, server_url_of

if TYPE_CHECKING:
    from korre_desktop.store import Store

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Korre Desktop"
DEFAULT_PORT = 5432
# A server on this computer: the connection never leaves it, so no TLS is demanded.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# What a first connection found (probe)
KORRE = "korre"  # a Korre Desktop database: opened as it is
EMPTY = "empty"  # an empty database: set up for the foundation when the wizard finishes
EMPTY_REASON = "empty_server"  # how the store says it (postgres_migrate.migrate)

# Field problems (FieldProblem.code) besides REQUIRED
HOST_FORMAT = "host_format"  # spaces, slashes or other characters no server name has
PORT_RANGE = "port_range"  # not a number from 1 to 65535

# Why the password cannot be kept (keyring_problem)
NO_KEYRING = "no_keyring"

# The reasons of a failed connection (store/postgres.py connect_error) that asking the
# password again can solve.
LOGIN_REASONS = frozenset({"login"})

_HOST_FORBIDDEN = frozenset(" /\\@?#%,'\"")


@dataclass(frozen=True)
class ServerFields:
    """Where the database is and who signs in: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS

    @property
    def key(self) -> str:
        """The password's name in the keyring (and how the server is named to the user)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.user}@{host}:{self.port}/{self.database}"


def clean_host(text: str) -> str:
    """The server's name as typed, without spaces around or IPv6 brackets; lower case
    (names are the same in any case, and the keyring key must not depend on it)."""
    host = text.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host.lower()


def _ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def check_fields(
    host: str, port: str | int, database: str, user: str
) -> tuple[ServerFields | None, list[FieldProblem]]:
    """The fields checked: the ServerFields, or None and the problems (field names
    ``host``, ``port``, ``database``, ``user``)."""
    problems: list[FieldProblem] = []
    cleaned = clean_host(host)
    if not cleaned:
        problems.append(FieldProblem("host", REQUIRED))
    elif any(char in _HOST_FORBIDDEN or char.isspace() for char in cleaned) or (
        ":" in cleaned and not _ipv6(cleaned)  # "name:5432": the port has its own field
    ):
        problems.append(FieldProblem("host", HOST_FORMAT))
    try:
        number = int(str(port).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        problems.append(FieldProblem("port", PORT_RANGE))
    if not database.strip():
        problems.append(FieldProblem("database", REQUIRED))
    if not user.strip():
        problems.append(FieldProblem("user", REQUIRED))
    if problems:
        return None, problems
    return ServerFields(cleaned, database.strip(), user.strip(), number), []


def server_url(fields: ServerFields, password: str | None = None) -> str:
    """The ``postgresql://`` URL (the password in it when given): ``sslmode=require`` for
    any server but one on this computer, so the password and the data never cross the
    network unencrypted."""
    login = quote(fields.user, safe="")
    if password:
        login += ":" + quote(password, safe="")
    host = f"[{fields.host}]" if ":" in fields.host else fields.host
    netloc = f"{login}@{host}:{fields.port}"
    query = "" if fields.local else "sslmode=require"
    return urlunsplit(("postgresql", netloc, "/" + quote(fields.database, safe=""), query, ""))


def server_location(fields: ServerFields, password: str | None = None) -> ServerLocation:
    return ServerLocation(server_url(fields, password))


def fields_of(location: ServerLocation | str) -> ServerFields | None:
    """The fields of a server URL (None when it names no host, database and user)."""
    url = server_url_of(location)
    if url is None:
        return None
    parts = urlsplit(url)
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        return None
    host = clean_host(unquote(parts.hostname or ""))
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    if not (host and database and user):
        return None
    return ServerFields(host, database, user, port)


def has_password(location: ServerLocation | str) -> bool:
    url = server_url_of(location)
    return url is not None and urlsplit(url).password is not None


def with_password(location: ServerLocation, password: str) -> ServerLocation:
    """``location`` with ``password`` in its URL (any other part as it was)."""
    parts = urlsplit(location.url)
    host = parts.netloc.rpartition("@")[2]
    login = (parts.username or "") + ":" + quote(password, safe="")
    return ServerLocation(urlunsplit(parts._replace(netloc=f"{login}@{host}")))


# -- the OS keyring -----------------------------------------------------------------------


def keyring_problem() -> str | None:
    """None when this computer has a keyring to keep the password in; else why not."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring) or backend.priority <= 0:
            return NO_KEYRING
    except Exception as exc:  # a broken backend: the same as none
        log.warning("the OS keyring cannot be used: %s", type(exc).__name__)
        return NO_KEYRING
    return None


def saved_password(fields: ServerFields) -> str | None:
    """The password kept for ``fields`` in the keyring; None when none (or no keyring)."""
    if keyring_problem() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, fields.key)
    except Exception as exc:  # locked, refused, a backend error: ask the user instead
        log.warning("the OS keyring could not be read: %s", type(exc).__name__)
        return None


def save_password(fields: ServerFields, password: str) -> bool:
    """Keep ``password`` in the keyring; False when it could not be kept."""
    if not password or keyring_problem() is not None:
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, fields.key, password)
    except Exception as exc:
        log.warning("the OS keyring could not keep the password: %s", type(exc).__name__)
        return False
    return True


def forget_password(fields: ServerFields) -> None:
    """Remove a kept password (nothing when there is none)."""
    if keyring_problem() is not None:
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, fields.key)
    except Exception as exc:  # PasswordDeleteError: there was none
        log.debug("no password removed from the keyring: %s", type(exc).__name__)


def with_saved_password(location: object) -> object:
    """A server location without a password gets the one kept in the keyring (the app's
    start); anything else (a file, a URL with a password, none kept) is returned as is."""
    if not isinstance(location, ServerLocation) or has_password(location):
        return location
    fields = fields_of(location)
    password = saved_password(fields) if fields is not None else None
    return with_password(location, password) if password else location


# -- the first connection ------------------------------------------------------------------


def probe(location: ServerLocation) -> str:
    """Connect to the server database: :data:`KORRE` (a Korre Desktop database this app
    can open) or :data:`EMPTY`; a KorreError says why not (``details["reason"]`` for a
    connection that failed: see store/postgres.py ``connect_error``)."""
    from korre_desktop.store import Store

    try:
        Store.open(location).close()
    except DatabaseMissingError as exc:
        if exc.details.get("reason") == EMPTY_REASON:
            return EMPTY
        raise
    return KORRE


def is_login_failure(error: BaseException) -> bool:
    """The server refused the user name or password (asking the password again helps)."""
    return isinstance(error, DatabaseError) and error.details.get("reason") in LOGIN_REASONS


def connect_reason(error: BaseException) -> str | None:
    """The reason code of a connection that failed, None for other errors."""
    if isinstance(error, KorreError):
        reason = error.details.get("reason")
        return reason if isinstance(reason, str) else None
    return None


# -- the signed-in person's own password ---------------------------------------------------

MIN_PASSWORD_LENGTH = 8
# Field problems of a password change (fields ``current``, ``new``, ``repeat``)
PASSWORD_WRONG = "password_wrong"  # not the password this session signed in with
PASSWORD_SHORT = "password_short"  # fewer than MIN_PASSWORD_LENGTH characters
PASSWORD_SAME = "password_same"  # the new one is the current one
PASSWORD_MISMATCH = "password_mismatch"  # typed differently the second time


class PasswordChangeError(InputError):
    """The typed passwords cannot be used: ``problems`` says which field and why."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        self.code = problems[0].code
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))


def password_of(location: object) -> str | None:
    """The password in a server location's URL (None for a file or none given)."""
    url = server_url_of(location) if isinstance(location, ServerLocation | str) else None
    password = urlsplit(url).password if url else None
    return unquote(password) if password is not None else None


def without_password(location: object) -> object:
    """A server location without its password (signing out); anything else as it is."""
    if not isinstance(location, ServerLocation) or not has_password(location):
        return location
    parts = urlsplit(location.url)
    host = parts.netloc.rpartition("@")[2]
    login = parts.username or ""
    return ServerLocation(urlunsplit(parts._replace(netloc=f"{login}@{host}")))


def with_login(location: ServerLocation, login: str) -> ServerLocation:
    """``location`` for another login (no password: it was the other login's)."""
    parts = urlsplit(location.url)
    host = parts.netloc.rpartition("@")[2]
    return ServerLocation(urlunsplit(parts._replace(netloc=f"{quote(login, safe='')}@{host}")))


def is_password_of(location: object, typed: str) -> bool:
    """``typed`` is the password this session signed in with (unlocking the window)."""
    password = password_of(location)
    return password is not None and hmac.compare_digest(typed.encode(), password.encode())


def password_problems(
    session_password: str | None, current: str, new: str, repeat: str
) -> list[FieldProblem]:
    """What is wrong with a password change as typed (empty: nothing)."""
    problems: list[FieldProblem] = []
    if not current:
        problems.append(FieldProblem("current", REQUIRED))
    elif session_password is None or not hmac.compare_digest(
        current.encode(), session_password.encode()
    ):  # the session's own: asking the server again would only add a round trip
        problems.append(FieldProblem("current", PASSWORD_WRONG))
    if not new:
        problems.append(FieldProblem("new", REQUIRED))
    elif len(new) < MIN_PASSWORD_LENGTH:
        problems.append(FieldProblem("new", PASSWORD_SHORT, {"minimum": MIN_PASSWORD_LENGTH}))
    elif new == current:
        problems.append(FieldProblem("new", PASSWORD_SAME))
    if new and repeat != new:
        problems.append(FieldProblem("repeat", PASSWORD_MISMATCH))
    return problems


def change_password(
    store: Store, location: ServerLocation, current: str, new: str, repeat: str
) -> ServerLocation:
    """Change the signed-in login's password on the server; returns ``location`` with the
    new password. A password kept in the keyring for this login is replaced when it was
    the old one. ``PasswordChangeError`` when the typed passwords cannot be used."""
    from korre_desktop.store.own_password import change_own_password

    problems = password_problems(password_of(location), current, new, repeat)
    if problems:
        raise PasswordChangeError(problems)
    changed = with_password(location, new)
    change_own_password(store, new, changed.url)
    fields = fields_of(location)
    if fields is not None and saved_password(fields) == current:
        save_password(fields, new)
    return changed


def remember_login(location: ServerLocation) -> bool:
    """After signing in: the remembered server location (the first start's) takes this
    login, so the next start fills it in. Never the password; another server or a file
    remembered is left as it is. True when the remembered login changed."""
    from korre_desktop.locations import remember_database, remembered_database

    signed = fields_of(location)
    remembered = remembered_database()
    if signed is None or not isinstance(remembered, ServerLocation):
        return False
    before = fields_of(remembered)
    if before is None or replace(before, user="") != replace(signed, user=""):
        return False
    if before.user == signed.user:
        return False
    try:
        remember_database(without_password(with_login(remembered, signed.user)))
    except KorreError as exc:  # the settings folder cannot be written: next time ask again
        log.warning("the login could not be remembered: %s", exc)
        return False
    return True
