"""The signed-in person changes their own server password (``ALTER ROLE SESSION_USER``).

The password is encrypted here with the server's own method (libpq's
``PQencryptPasswordConn``: SCRAM-SHA-256 on PostgreSQL 14+), so the clear text never
reaches the server or its statement log. Any role may change its own password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from psycopg import sql

from korre_desktop.errors import InputError
from korre_desktop.store.postgres import server_errors

if TYPE_CHECKING:
    from korre_desktop.store.store import Store


def change_own_password(store: Store, new_password: str, new_url: str) -> None:
    """Set the signed-in login's password to ``new_password``; the store's connection
    keeps working and reconnects with ``new_url`` (its URL with the new password) when
    the network drops it."""
    if not store.is_server:
        raise InputError("the embedded file has no passwords of its own")
    db = store.db
    conn = db._usable()
    with server_errors(db.path_text):
        login = conn.execute("SELECT SESSION_USER").fetchone()[0]
        encrypted = conn.pgconn.encrypt_password(new_password.encode(), login.encode())
        statement = sql.SQL("ALTER ROLE SESSION_USER PASSWORD {}").format(
            sql.Literal(encrypted.decode())
        )
        with conn.transaction():
            conn.execute(statement)
    db.url = new_url
