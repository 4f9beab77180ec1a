"""A database on the foundation's server, named by a ``postgresql://`` URL, where the rest
of the app takes a file path (``--db``, ``KORRE_DB``, the remembered location).

Shown (``str``) without its password: titles, messages, logs and the remembered location
never hold one. The password comes from the OS keyring (the first-run wizard keeps it
there), ``PGPASSWORD`` or libpq's ``~/.pgpass``, or the URL given on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: object) -> bool:
    if isinstance(location, ServerLocation):
        return True
    return isinstance(location, str) and location.startswith(SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class ServerLocation:
    """A server database where a file path would be: it "exists" (the server says
    otherwise when it is reached), and is never a file's path."""

    url: str

    def __str__(self) -> str:
        return redacted(self.url)

    def __repr__(self) -> str:
        return f"ServerLocation({str(self)!r})"

    def exists(self) -> bool:
        return True

    def is_symlink(self) -> bool:
        return False

    def resolve(self) -> ServerLocation:
        return self

    def expanduser(self) -> ServerLocation:
        return self


def server_url_of(location: object) -> str | None:
    """The full URL (with any password) when ``location`` names a server database."""
    if isinstance(location, ServerLocation):
        return location.url
    if isinstance(location, str) and location.startswith(SCHEMES):
        return location
    return None


def with_login(url: str, login: str) -> str:
    """``url`` signing in as ``login`` (``--user``): its user name replaced, any password
    in it kept (PGPASSWORD and ~/.pgpass serve otherwise)."""
    from urllib.parse import quote

    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    secret = f":{quote(parts.password, safe='')}" if parts.password is not None else ""
    netloc = f"{quote(login, safe='')}{secret}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
