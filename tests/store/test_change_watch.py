"""The store's change watch: another connection's commit is noticed (the window's live
refresh asks it every second), one's own reading is not a change."""

import pytest

from korre_desktop.store import Store
from tests.engines import file_of

NEWS_WAIT_SECONDS = 10  # how long a test waits for the server's news at most


def _school(store: Store, name: str) -> None:
    store.insert("schools", {"name": name, "created_at": "2026-12-01"})


def test_another_connections_change_is_noticed_once(store: Store) -> None:
    watch = store.change_watch()
    try:
        assert not watch.changed()
        store.people.schools()  # reading is no change
        with Store.open(file_of(store), actor="other PC") as other:
            _school(other, "De Linde")
        assert watch.changed(wait=NEWS_WAIT_SECONDS)
        assert not watch.changed()
        with Store.open(file_of(store), actor="other PC") as other, other.transaction():
            _school(other, "Het Anker")
            _school(other, "De Wilg")
        assert watch.changed(wait=NEWS_WAIT_SECONDS)
        assert not watch.changed()  # one transaction: one change
    finally:
        watch.close()


def test_a_rolled_back_change_is_no_change(store: Store) -> None:
    watch = store.change_watch()
    try:
        with Store.open(file_of(store), actor="other PC") as other:
            try:
                with other.transaction():
                    _school(other, "De Linde")
                    raise RuntimeError("the use case failed")
            except RuntimeError:
                pass
            _school(other, "Het Anker")  # something that is committed, to know news came
        assert watch.changed(wait=NEWS_WAIT_SECONDS)
        assert not watch.changed()
    finally:
        watch.close()


@pytest.mark.embedded_only  # (a server's database is never in memory)
def test_a_database_in_memory_is_never_changed_by_others() -> None:
    with Store.in_memory() as memory:
        watch = memory.change_watch()
        _school(memory, "De Linde")
        assert not watch.changed()
        watch.close()
