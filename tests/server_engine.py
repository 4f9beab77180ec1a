"""Running the test suite against the server engine (``KORRE_TEST_ENGINE=postgresql``).

The tests make their databases as files (``Store.create(tmp_path / "k.sqlite")``) or in
memory. On the server run each such database is a new database on a throwaway cluster
(``korre_desktop.testing.pg_cluster``), copied from a template that has the schema, and
the file path stands for it: opening the same path again (a second window, the command
line, a reopened store) reaches the same server database. Tests about the file itself
(its bytes, backups, journal, locks) are marked ``embedded_only`` and run on the
embedded engine only.
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


class ServerDatabases:
    """The server database each file path of a test stands for."""

    def __init__(self, cluster: pg_cluster.Cluster) -> None:
        self.cluster = cluster
        self.admin = psycopg.connect(cluster.url(), autocommit=True)
        self.by_path: dict[str, str] = {}
        self.opened: list[Store] = []

    def new_database(self) -> str:
        name = f"t{next(_numbers)}"
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
        return self.cluster.url(name)

    def new_empty_database(self) -> str:
        name = f"t{next(_numbers)}"
        self.admin.execute(f"CREATE DATABASE {name}")
        return self.cluster.url(name)

    def url_for(self, path: Path | str, create: bool) -> str | None:
        key = str(Path(path).expanduser().absolute())
        if key not in self.by_path:
            if not create:
                return None
            self.by_path[key] = self.new_database()
        return self.by_path[key]

    def close_all(self) -> None:
        for store in self.opened:
            with contextlib.suppress(Exception):  # closed already, or its connection cut
                store.close()
        self.opened.clear()
        self.by_path.clear()


def embedded_file(path: Path) -> Path:
    """A real embedded database file on the server run too (``move-to-server``'s source)."""
    db = connect(path, create=True)
    try:
        migrate(db, path)
    finally:
        db.close()
    return path


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


@pytest.fixture
def server_databases(server_cluster: pg_cluster.Cluster) -> Iterator[ServerDatabases]:
    """New databases on the test cluster; every store opened in the test closed after."""
    databases = ServerDatabases(server_cluster)
    try:
        yield databases
    finally:
        databases.close_all()
        databases.admin.close()


@pytest.fixture(autouse=True)
def _files_are_server_databases(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if request.node.get_closest_marker("embedded_only"):
        yield
        return
    databases: ServerDatabases = request.getfixturevalue("server_databases")
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_create = Store.create.__func__  # type: ignore[attr-defined]

    def open_(cls: type[Store], path: Any, actor: str | None = None, create: bool = False):
        if is_server_url(path) or str(path) == ":memory:":
            store = real_open(cls, path, actor, create)
        else:
            file = Path(path).expanduser()
            url = databases.url_for(file, create=False)
            if url is None:
                # A missing file (an error, as on the embedded engine), a real file made
                # by ``embedded_file`` or a backup, or a folder that is not there.
                if not create or file.exists() or not file.parent.is_dir():
                    return real_open(cls, path, actor, create)
                url = databases.url_for(file, create=True)
                file.touch()  # the file stands for the server database
            store = real_open(cls, url, actor, False)
            store.test_file = file  # tests.engines.file_of
        databases.opened.append(store)
        return store

    def create(cls: type[Store], path: Any, actor: str | None = None) -> Store:
        if is_server_url(path):
            return real_create(cls, path, actor)
        file = Path(path).expanduser()
        if file.exists() or file.is_symlink():
            return real_create(cls, path, actor)  # refused as on the file engine
        return open_(cls, path, actor, create=True)

    def in_memory(cls: type[Store], actor: str = "test") -> Store:
        store = real_open(cls, databases.new_database(), actor, False)
        databases.opened.append(store)
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_))
    monkeypatch.setattr(Store, "create", classmethod(create))
    monkeypatch.setattr(Store, "in_memory", classmethod(in_memory))
    yield
