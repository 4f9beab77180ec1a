"""The file's journal: WAL on a local disk (a reader never holds up a writer), the rollback
journal on a network share or in a cloud-synced folder; backups are one self-contained
file either way; a file moved, deleted or replaced while open is refused for writing in
both modes, and what was saved before stays with the file."""

import os
import shutil
from pathlib import Path

import pytest

from korre_desktop import locations
from korre_desktop.errors import DatabaseError, DatabaseLockedError, DatabaseMissingError
from korre_desktop.store import Store, connection
from korre_desktop.store.connection import connect
from korre_desktop.store.migrate import create_at_version
from korre_desktop.store.schema import LATEST_VERSION
from korre_desktop.store.sqlite_driver import dbapi
from tests.engines import ENCRYPTED, open_file

# About the embedded file itself.
pytestmark = pytest.mark.embedded_only

DEADLINE = "signing_deadline_days"  # a setting every database has (default 14)


def _mode(db) -> str:
    return db.execute("PRAGMA journal_mode").fetchone()[0]


def _place(monkeypatch: pytest.MonkeyPatch, where: str | None) -> None:
    """Make every path look local (None), on a network share or in a cloud folder."""
    monkeypatch.setattr(locations, "location_warning", lambda _path: where)


@pytest.fixture(params=[None, "network"], ids=["local-wal", "share-rollback"])
def place(request, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """Run a test on a local disk (WAL) and on a network share (rollback journal)."""
    _place(monkeypatch, request.param)
    return request.param


def test_a_file_on_a_local_disk_is_in_wal_mode_with_full_sync(db_path: Path) -> None:
    with Store.create(db_path, actor="test") as made:
        assert _mode(made.db) == "wal"
        assert made.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with Store.open(db_path, actor="test") as again:
        assert _mode(again.db) == "wal"
        assert again.db.execute("PRAGMA synchronous").fetchone()[0] == 2
        watching = connect(db_path)  # any other connection (the change watch) follows
        try:
            assert _mode(watching) == "wal"
        finally:
            watching.close()
    # The last connection's close copies the -wal into the file and removes it.
    assert sorted(path.name for path in db_path.parent.iterdir()) == ["korre.sqlite"]


@pytest.mark.parametrize("where", ["network", "cloud"])
def test_on_a_share_or_in_a_cloud_folder_the_rollback_journal_stays(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    _place(monkeypatch, where)
    with Store.create(db_path, actor="test") as made:
        made.set_setting(DEADLINE, 30)
        assert _mode(made.db) == "delete"
        assert not db_path.with_name("korre.sqlite-wal").exists()


def test_a_file_brought_from_a_local_disk_to_a_share_goes_back_to_the_rollback_journal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.create(db_path, actor="test").close()
    _place(monkeypatch, "network")
    with Store.open(db_path, actor="test") as opened:
        assert _mode(opened.db) == "delete"


def test_on_a_share_a_file_in_use_in_wal_mode_is_refused(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The computer that holds the file uses it in WAL mode; another one, over the network,
    cannot share WAL's memory and cannot switch the file back while it is in use."""
    holder = Store.create(db_path, actor="holder")
    try:
        _place(monkeypatch, "network")
        with pytest.raises(DatabaseLockedError):
            Store.open(db_path, actor="over the network")
    finally:
        holder.close()


def test_on_a_share_a_write_after_the_file_went_to_wal_is_refused(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _place(monkeypatch, "network")
    remote = Store.create(db_path, actor="over the network")
    try:
        _place(monkeypatch, None)
        with Store.open(db_path, actor="holder") as holder:  # switches it while remote idles
            assert _mode(holder.db) == "wal"
            with pytest.raises(DatabaseLockedError, match="network"):
                remote.set_setting(DEADLINE, 30)
            assert holder.setting(DEADLINE) == 14
    finally:
        remote.close()


def test_a_reader_does_not_hold_up_a_writer_in_wal_mode(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, place: str | None
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)  # the rollback case fails fast
    Store.create(db_path, actor="test").close()
    with Store.open(db_path, actor="reader") as reader, Store.open(db_path) as writer:
        with reader.db.snapshot():
            assert reader.setting(DEADLINE) == 14
            if place is None:
                writer.set_setting(DEADLINE, 30)  # committed while the reader reads
                assert reader.setting(DEADLINE) == 14  # the reader's moment stays
            else:  # with the rollback journal a commit waits for every reader
                with pytest.raises(DatabaseLockedError):
                    writer.set_setting(DEADLINE, 30)
        assert reader.setting(DEADLINE) == (30 if place is None else 14)


def test_a_file_replaced_by_another_of_the_same_name_is_refused_for_writing(
    db_path: Path, tmp_path: Path, place: str | None
) -> None:
    replacement = tmp_path / "other.sqlite"
    with Store.create(replacement, actor="test") as other:
        other.set_setting(DEADLINE, 21)
    with Store.create(db_path, actor="test") as opened:
        opened.set_setting(DEADLINE, 30)  # (in WAL mode still in the -wal)
        os.replace(replacement, db_path)
        with pytest.raises(DatabaseMissingError, match="moved or deleted") as caught:
            opened.set_setting(DEADLINE, 40)
        assert caught.value.code == "missing"
    # The file put in its place is read as it is: the old -wal is not read into it.
    with Store.open(db_path, actor="test") as now:
        assert now.setting(DEADLINE) == 21
        assert now.integrity_problems() == []


def test_a_file_moved_while_open_keeps_what_was_saved_before(
    db_path: Path, place: str | None
) -> None:
    elsewhere = db_path.with_name("elders.sqlite")
    with Store.create(db_path, actor="test") as opened:
        opened.set_setting(DEADLINE, 30)
        db_path.rename(elsewhere)
        with pytest.raises(DatabaseMissingError, match="moved or deleted"):
            opened.set_setting(DEADLINE, 40)
    with Store.open(elsewhere, actor="test") as moved:
        assert moved.setting(DEADLINE) == 30
    assert not db_path.exists()


def test_a_backup_put_in_place_of_a_deleted_file_is_read_as_it_is(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.create(db_path, actor="test") as opened:
        kept = opened.backup_to(tmp_path / "kept.sqlite")
        opened.set_setting(DEADLINE, 30)  # after the backup, in the -wal
        db_path.unlink()
    shutil.copyfile(kept, db_path)  # the user puts the backup back
    with Store.open(db_path, actor="test") as restored:
        assert restored.setting(DEADLINE) == 14
        assert restored.integrity_problems() == []


def _alone(backup: Path, folder: Path) -> Path:
    """The backup file copied alone into an empty folder, as a user would carry it."""
    folder.mkdir()
    return Path(shutil.copy(backup, folder))


def _read_only(path: Path) -> dbapi.Connection:
    return open_file(path, "mode=ro")


def test_a_backup_is_one_complete_file_in_rollback_mode(
    store: Store, records, tmp_path: Path
) -> None:
    school = records.school("De Regenboog")
    store.set_setting(DEADLINE, 30)
    assert store.path.with_name("korre.sqlite-wal").stat().st_size > 0  # not yet in the file
    alone = _alone(store.backup_now(), tmp_path / "usb-stick")
    copy = _read_only(alone)  # read-only: a WAL file would need a -shm beside it
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT id FROM schools").fetchall() == [(school,)]
        assert copy.execute("SELECT value FROM settings WHERE key = ?", [DEADLINE]).fetchall()
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        copy.close()
    if not ENCRYPTED:  # (an encrypted file's header is encrypted too)
        assert alone.read_bytes()[18:20] == b"\x01\x01"  # the header's rollback-journal mark
    assert sorted(p.name for p in alone.parent.iterdir()) == [alone.name]


def test_the_backup_before_a_migration_holds_what_is_still_in_the_wal(
    db_path: Path, tmp_path: Path
) -> None:
    create_at_version(db_path, LATEST_VERSION - 1)
    holder = open_file(db_path, isolation_level=None)  # keeps the -wal from closing
    try:
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("INSERT INTO schools (name, created_at) VALUES ('Het Kompas', '2026-01-01')")
        with Store.open(db_path, actor="test") as upgraded:
            assert upgraded.schema_version() == LATEST_VERSION
        (made,) = (db_path.parent / "korre-backups").glob("*before-schema*")
        copy = _read_only(_alone(made, tmp_path / "elsewhere"))
        try:
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert copy.execute("SELECT name FROM schools").fetchall() == [("Het Kompas",)]
        finally:
            copy.close()
    finally:
        holder.close()


def test_a_write_protected_file_is_read_and_a_write_refused_clearly(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, place: str | None
) -> None:
    """A file SQLite can only read (a read-only medium or file: SQLite then opens it
    read-only, which the tests, run as any user, get by asking for mode=ro)."""
    with Store.create(db_path, actor="test") as made:
        made.set_setting(DEADLINE, 30)
    real_connect = dbapi.connect

    def read_only(database: str, **kwargs):
        return real_connect(database.replace("mode=rw", "mode=ro"), **kwargs)

    monkeypatch.setattr(dbapi, "connect", read_only)
    with Store.open(db_path, actor="test") as opened:
        assert opened.setting(DEADLINE) == 30
        with pytest.raises(DatabaseError, match="cannot open or write the database file"):
            opened.set_setting(DEADLINE, 40)
        assert opened.setting(DEADLINE) == 30


def test_a_failed_creation_leaves_no_file_beside_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_settle = connection.Database.settle_journal_mode

    def settle_then_fail(db) -> None:
        real_settle(db)  # the file is in WAL mode now, with a -wal and -shm beside it
        db.execute("CREATE TABLE scratch (x)")
        raise DatabaseError("the last step failed")

    monkeypatch.setattr(connection.Database, "settle_journal_mode", settle_then_fail)
    with pytest.raises(DatabaseError, match="last step"):
        Store.create(db_path, actor="test")
    assert list(db_path.parent.iterdir()) == []
