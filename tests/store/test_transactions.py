"""store.transaction(): all or nothing, nested blocks as savepoints, and two writers at
once that both complete (on SQLite: transactions begin IMMEDIATE and wait their turn)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from korre_desktop.store import Store

# Only a safety net so a broken test fails instead of hanging; nothing waits this long.
WAIT_SECONDS = 30


def _school(store: Store, name: str) -> int:
    return store.insert("schools", {"name": name, "created_at": store.now()})


def _school_names(store: Store) -> set[str]:
    return {row["name"] for row in store.people.schools()}


def test_a_transaction_saves_everything_or_nothing(store: Store) -> None:
    with store.transaction():
        _school(store, "De Linde")
        _school(store, "Het Anker")
    with pytest.raises(RuntimeError), store.transaction():
        _school(store, "De Wilg")
        raise RuntimeError("the use case failed halfway")
    assert _school_names(store) == {"De Linde", "Het Anker"}
    audited = store.rows("SELECT after FROM audit_log WHERE table_name = 'schools'")
    assert not any("De Wilg" in row["after"] for row in audited)


def test_an_inner_transaction_is_a_savepoint(store: Store) -> None:
    with store.transaction():
        _school(store, "De Linde")
        with pytest.raises(RuntimeError), store.transaction():
            _school(store, "De Wilg")
            raise RuntimeError("only the inner step fails")
        _school(store, "Het Anker")
    assert _school_names(store) == {"De Linde", "Het Anker"}


def test_an_error_out_of_the_outer_transaction_undoes_the_inner_ones(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            _school(store, "De Linde")
        raise RuntimeError("the outer use case fails after the inner step")
    assert _school_names(store) == set()


@pytest.mark.embedded_only
def test_two_writers_that_read_first_both_complete(db_path: Path) -> None:
    """Two connections (two windows, two processes) each read and then write in one
    transaction at the same time. With a deferred BEGIN both hold a read snapshot when
    they write, and SQLite refuses one at once ("database is locked": waiting could
    deadlock); beginning IMMEDIATE makes the second wait for the first and then read what
    it wrote."""
    Store.create(db_path, actor="test").close()
    first_has_read = threading.Event()
    # Set when the second has read too, or is queued for the write lock at its BEGIN
    # IMMEDIATE (it cannot read before the first commits then: that is the point).
    second_ready = threading.Event()

    def queued_for_the_write_lock(statement: str) -> None:
        if statement.lstrip().upper().startswith("BEGIN IMMEDIATE"):
            second_ready.set()

    def first() -> set[str]:
        with Store.open(db_path, actor="first") as store:
            with store.transaction():
                seen = _school_names(store)
                first_has_read.set()
                assert second_ready.wait(WAIT_SECONDS)
                _school(store, f"De Linde (after {len(seen)})")
            return _school_names(store)

    def second() -> set[str]:
        with Store.open(db_path, actor="second") as store:
            store.db.conn.set_trace_callback(queued_for_the_write_lock)
            assert first_has_read.wait(WAIT_SECONDS)
            with store.transaction():
                seen = _school_names(store)
                second_ready.set()
                _school(store, f"Het Anker (after {len(seen)})")
            return _school_names(store)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [pool.submit(first), pool.submit(second)]
        first_saw, second_saw = (result.result(timeout=WAIT_SECONDS) for result in results)

    # The second waited for the first, so it read the first's school before writing its own.
    expected = {"De Linde (after 0)", "Het Anker (after 1)"}
    assert second_saw == expected
    assert first_saw <= expected
    with Store.open(db_path, actor="test") as store:
        assert _school_names(store) == expected
        assert store.rows("SELECT count(*) AS n FROM audit_log WHERE table_name = 'schools'")[0][
            "n"
        ] == len(expected)
