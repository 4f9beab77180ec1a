"""Running the test suite against the server engine (``KORRE_TEST_ENGINE=postgresql``).

The tests make their databases as files (``Store.create(tmp_path / "k.sqlite")``) or in
memory. On the server run each such database is a new database on a throwaway cluster
(``korre_desktop.testing.pg_cluster``), copied from a template that has the schema, and
the file path stands for it: opening the same path again (a second window, the command
line, a reopened store) reaches the same server database. This holds for the whole run,
so a session's or a module's database (made once, used by many tests) is on the server
too. Tests about the file itself (its bytes, backups, journal, locks) are marked
``embedded_only``: during those, paths are files again.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from korre_desktop.server_location import is_server_url
from korre_desktop.store import Store
from korre_desktop.store.connection import connect
from korre_desktop.store.migrate import migrate
from korre_desktop.testing import pg_cluster

TEMPLATE = "korre_template"
_numbers = itertools.count(1)
# False while an embedded_only test (and the fixtures it sets up) runs: set by
# tests/conftest.py's pytest_runtest_setup, before any fixture of the test is made.
_ACTIVE = [True]


def set_active(active: bool) -> None:
    _ACTIVE[0] = active


class ServerDatabases:
    """The server database each file path of the run stands for."""

    def __init__(self, cluster: pg_cluster.Cluster) -> None:
        self.cluster = cluster
        self.admin = psycopg.connect(cluster.url(), autocommit=True)
        self.by_path: dict[str, str] = {}  # file path -> database name
        self.opened: list[Store] = []

    @property
    def active(self) -> bool:
        return _ACTIVE[0]

    def _new(self, template: str | None) -> str:
        name = f"t{next(_numbers)}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.admin.execute(f"CREATE DATABASE {name}{copy}")
        return name

    def new_database(self) -> str:
        """A new Korre database (the schema, no records) on the cluster: its URL."""
        return self.cluster.url(self._new(TEMPLATE))

    def new_empty_database(self) -> str:
        return self.cluster.url(self._new(None))

    @staticmethod
    def _key(path: Path | str) -> str:
        return str(Path(path).expanduser().absolute())

    def url_for(self, path: Path | str, create: bool) -> str | None:
        key = self._key(path)
        if key not in self.by_path:
            if not create:
                return None
            self.by_path[key] = self._new(TEMPLATE)
        return self.cluster.url(self.by_path[key])

    def copy(self, source: Path, target: Path) -> Path:
        """What copying the database file ``source`` to ``target`` is on the embedded run:
        a new server database with everything of ``source``'s, found at ``target``."""
        name = self.by_path[self._key(source)]
        # A template may have no other connections: the stores on it are closed first.
        for store in [s for s in self.opened if getattr(s, "test_database", None) == name]:
            with contextlib.suppress(Exception):
                store.close()
        self.admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        self.by_path[self._key(target)] = self._new(name)
        target.touch()
        return target

    def close_from(self, start: int) -> None:
        for store in self.opened[start:]:
            with contextlib.suppress(Exception):  # closed already, or its connection cut
                store.close()
        del self.opened[start:]


def embedded_file(path: Path) -> Path:
    """A real embedded database file on the server run too (``move-to-server``'s source)."""
    db = connect(path, create=True)
    try:
        migrate(db, path)
    finally:
        db.close()
    return path


def _install(databases: ServerDatabases, patch: pytest.MonkeyPatch) -> None:
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_create = Store.create.__func__  # type: ignore[attr-defined]
    real_in_memory = Store.in_memory.__func__  # type: ignore[attr-defined]

    def remember(store: Store, file: Path | None = None, name: str | None = None) -> Store:
        store.test_file = file  # tests.engines.file_of
        store.test_database = name
        databases.opened.append(store)
        return store

    def open_(
        cls: type[Store], path: Any, actor: str | None = None, create: bool = False, **key: Any
    ):
        # ``key``: an encrypted file's (the first-run wizard's); a server needs none.
        if not databases.active or is_server_url(path) or str(path) == ":memory:":
            return real_open(cls, path, actor, create, **key)
        file = Path(path).expanduser()
        url = databases.url_for(file, create=False)
        if url is None:
            # A missing file (an error, as on the embedded engine), a real file made by
            # ``embedded_file`` or a backup, or a folder that is not there.
            if not create or file.exists() or not file.parent.is_dir():
                return real_open(cls, path, actor, create)
            url = databases.url_for(file, create=True)
            file.touch()  # the file stands for the server database
        return remember(real_open(cls, url, actor, False), file, url.rsplit("/", 1)[-1])

    def create(cls: type[Store], path: Any, actor: str | None = None, **key: Any) -> Store:
        if not databases.active or is_server_url(path):
            return real_create(cls, path, actor, **key)
        file = Path(path).expanduser()
        if file.exists() or file.is_symlink():
            return real_create(cls, path, actor, **key)  # refused as on the file engine
        return open_(cls, path, actor, create=True)

    def in_memory(cls: type[Store], actor: str = "test") -> Store:
        if not databases.active:
            return real_in_memory(cls, actor)
        return remember(real_open(cls, databases.new_database(), actor, False))

    patch.setattr(Store, "open", classmethod(open_))
    patch.setattr(Store, "create", classmethod(create))
    patch.setattr(Store, "in_memory", classmethod(in_memory))


@pytest.fixture(scope="session")
def server_cluster() -> Iterator[pg_cluster.Cluster]:
    cluster = pg_cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {TEMPLATE}")
        Store.create(cluster.url(TEMPLATE)).close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session", autouse=True)
def server_databases(server_cluster: pg_cluster.Cluster) -> Iterator[ServerDatabases]:
    """The run's server databases; Store's open/create/in_memory find them by path."""
    databases = ServerDatabases(server_cluster)
    with pytest.MonkeyPatch.context() as patch:
        _install(databases, patch)
        try:
            yield databases
        finally:
            databases.close_from(0)
            databases.admin.close()


@pytest.fixture(autouse=True)
def _files_are_server_databases(server_databases: ServerDatabases) -> Iterator[None]:
    """Per test: the stores the test opened are closed after it."""
    start = len(server_databases.opened)
    try:
        yield
    finally:
        server_databases.close_from(start)
