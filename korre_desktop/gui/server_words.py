"""Dutch sentences for connecting to the foundation's server: why a connection failed (the
reason codes of store/postgres.py ``connect_error``), what a first connection found, the
fields' problems and why the password cannot be kept. None of them ever holds the password.

Each failure is worded for the field it concerns (``HOST``, ``DATABASE``, ``LOGIN``; the
rest ``GENERAL``), naming what was typed, so the window can show it next to that field.
The app's start words the same failures without the fields (gui/errors.py
``server_message``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain.validation import REQUIRED, FieldProblem
from korre_desktop.errors import NotADatabaseError
from korre_desktop.services import server_login as sl
from korre_desktop.services.server_login import ServerFields

translate = QCoreApplication.translate

HOST, DATABASE, LOGIN, GENERAL = "host", "database", "login", "general"

# The field a failed connection is about.
REASON_FIELDS = {
    "no_host": HOST,
    "unreachable": HOST,
    "tls": HOST,
    "no_database": DATABASE,
    "login": LOGIN,
    "not_allowed": LOGIN,
}
CONNECT_REASONS = frozenset(
    {"no_database", "login", "not_allowed", "tls", "no_host", "unreachable", "connect"}
)


def _fill(text: str, fields: ServerFields) -> str:
    """%1 the database, %2 the server's name, %3 its port."""
    values = {"1": fields.database, "2": fields.host, "3": str(fields.port)}
    return re.sub(r"%([123])", lambda found: values[found.group(1)], text)  # in one pass


def reason_text(reason: str, fields: ServerFields, detail: str = "") -> str:
    """Why the connection to ``fields`` failed, for a reason code of ``connect_error``."""
    texts = {
        "no_database": translate(
            "ServerWords",
            "The server has no database named “%1”. Check the database name.",
        ),
        "login": translate(
            "ServerWords",
            "The user name or password is not correct. Check both and try again (capitals count).",
        ),
        "not_allowed": translate(
            "ServerWords",
            "The server does not let this user connect to this database from this computer. "
            "Ask the administrator to allow it.",
        ),
        "tls": translate(
            "ServerWords",
            "An encrypted connection (TLS) is required, but it could not be made. The server "
            "must offer TLS: ask the administrator.",
        ),
        "no_host": translate(
            "ServerWords",
            "The server “%2” is not known. Check the server's name and whether this "
            "computer is connected to the network.",
        ),
        "unreachable": translate(
            "ServerWords",
            "The server %2 does not answer on port %3. Check the server's name and "
            "the port, and whether this computer is connected to the network.",
        ),
    }
    text = texts.get(reason)
    if text is not None:
        return _fill(text, fields)
    text = translate("ServerWords", "No connection could be made with the server.")
    if detail:
        text += " " + translate("ServerWords", "The server said: %1").replace("%1", detail)
    return text


def connect_failure(error: BaseException, fields: ServerFields | None) -> tuple[str, str]:
    """(the field it concerns, the sentence) for an error of a first connection."""
    reason = sl.connect_reason(error)
    if reason in CONNECT_REASONS and fields is not None:
        detail = str(error).rpartition("): ")[2] if reason == "connect" else ""
        return REASON_FIELDS.get(reason, GENERAL), reason_text(reason, fields, detail)
    if isinstance(error, NotADatabaseError):
        return DATABASE, translate(
            "ServerWords",
            "This database holds other data, not Korre Desktop's. Choose an empty database "
            "or one that Korre Desktop already uses.",
        )
    from korre_desktop.gui.errors import user_message

    return GENERAL, user_message(error)


def found_text(found: str, fields: ServerFields) -> str:
    """What a first connection found (server_login.probe)."""
    if found == sl.EMPTY:
        text = translate(
            "ServerWords",
            "Connected. The database “%1” is empty: Korre Desktop sets it up for the "
            "foundation of step 1 when you finish.",
        )
    else:
        text = translate(
            "ServerWords",
            "Connected. The database “%1” already holds Korre Desktop data; it will "
            "be opened as it is. The name and schools of step 1 are not added to it.",
        )
    return _fill(text, fields)


def field_problem_text(problem: FieldProblem) -> str:
    if problem.code == REQUIRED:
        return {
            "host": translate("ServerWords", "Fill in the server's name or address."),
            "database": translate("ServerWords", "Fill in the name of the database."),
            "user": translate("ServerWords", "Fill in your user name."),
        }.get(problem.field, translate("ServerWords", "Fill this in."))
    if problem.code == sl.HOST_FORMAT:
        return translate(
            "ServerWords",
            "Type only the server's name or address, for example db.stichting.nl (the port "
            "has its own field).",
        )
    return translate("ServerWords", "The port is a number from 1 to 65535 (usually 5432).")


def keyring_problem_text(problem: str | None) -> str:
    if problem is None:
        return ""
    return translate(
        "ServerWords",
        "This computer has no keychain in which Korre Desktop can keep the password: it is "
        "asked at every start.",
    )


def not_kept_text() -> str:
    return translate(
        "ServerWords",
        "The password could not be kept in this computer's keychain. Korre Desktop asks for "
        "it at every start.",
    )


def tls_text(host: str) -> str:
    """Whether the connection is encrypted (shown under the server's name)."""
    host = sl.clean_host(host)
    if not host:
        return ""
    if host in sl.LOCAL_HOSTS:
        return translate(
            "ServerWords", "A server on this computer: the connection needs no encryption."
        )
    return translate(
        "ServerWords",
        "The connection is encrypted (TLS): the password and the data cross the network safely.",
    )
