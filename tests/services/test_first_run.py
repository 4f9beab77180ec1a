"""The first run: when it is one, the remembered location, checking a folder, setting up."""

import json
from pathlib import Path

import pytest

from korre_desktop import locations
from korre_desktop.errors import InputError
from korre_desktop.locations import (
    config_path,
    default_database_path,
    remember_database,
    remembered_database,
    resolve_database_path,
)
from korre_desktop.services import first_run as fr
from korre_desktop.store import Store
from tests.engines import open_file


def make_database(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Store.create(path, actor="test").close()
    return path


# -- needs_first_run and the order of the database location ------------------------------


def test_first_run_when_nothing_is_named_remembered_or_there() -> None:
    assert not default_database_path().exists()
    assert fr.needs_first_run(None)
    assert fr.needs_first_run("")  # an empty --db names nothing


def test_no_first_run_when_a_database_is_given(tmp_path: Path) -> None:
    assert not fr.needs_first_run(str(tmp_path / "elsewhere.sqlite"))


def test_no_first_run_when_korre_db_is_set(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KORRE_DB", str(tmp_path / "env.sqlite"))
    assert not fr.needs_first_run(None)


def test_no_first_run_when_a_location_is_remembered(tmp_path: Path) -> None:
    remember_database(tmp_path / "chosen" / "korre.sqlite")
    assert not fr.needs_first_run(None)


def test_no_first_run_when_the_default_database_exists() -> None:
    make_database(default_database_path())
    assert not fr.needs_first_run(None)


def test_resolve_order_db_then_env_then_remembered_then_default(tmp_path, monkeypatch) -> None:
    assert resolve_database_path(None) == default_database_path()
    remembered = tmp_path / "chosen" / "korre.sqlite"
    remember_database(remembered)
    assert resolve_database_path(None) == remembered
    monkeypatch.setenv("KORRE_DB", str(tmp_path / "env.sqlite"))
    assert resolve_database_path(None) == tmp_path / "env.sqlite"
    assert resolve_database_path(str(tmp_path / "given.sqlite")) == tmp_path / "given.sqlite"


def test_remembered_location_is_json_in_the_config_folder(tmp_path: Path) -> None:
    assert remembered_database() is None
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(json.dumps({"other": 1}), encoding="utf-8")
    remember_database(tmp_path / "a" / "korre.sqlite")
    saved = json.loads(config_path().read_text(encoding="utf-8"))
    assert saved == {"other": 1, "database": str(tmp_path / "a" / "korre.sqlite")}
    assert config_path().parent == tmp_path / "home" / "config" / locations.APP_NAME
    assert not list(config_path().parent.glob(".*partial"))


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"database": 5}', '{"database": " "}'])
def test_an_unreadable_config_remembers_nothing(text: str) -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(text, encoding="utf-8")
    assert remembered_database() is None
    assert fr.needs_first_run(None)


# -- checking a folder ---------------------------------------------------------------------


def test_a_new_folder_under_a_writable_one_is_fine(tmp_path: Path) -> None:
    check = fr.check_folder(str(tmp_path / "new" / "deeper"))
    assert check.problem is None and check.warning is None and not check.existing
    assert check.database == tmp_path / "new" / "deeper" / "korre.sqlite"
    assert not (tmp_path / "new").exists()  # checking creates nothing
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]  # the test file is gone again


def test_folder_problems(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "odd" / "korre.sqlite").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "korre.sqlite").write_bytes(b"just text, no database" * 10)
    assert fr.check_folder("  ").problem == fr.NO_FOLDER
    assert fr.check_folder("relative/folder").problem == fr.NOT_ABSOLUTE
    assert fr.check_folder(str(tmp_path / "file.txt")).problem == fr.NOT_A_FOLDER
    assert fr.check_folder(str(tmp_path / "file.txt" / "sub")).problem == fr.NOT_A_FOLDER
    assert fr.check_folder(str(tmp_path / "odd")).problem == fr.DATABASE_NOT_A_FILE
    assert fr.check_folder(str(tmp_path / "other")).problem == fr.NOT_A_DATABASE


def test_another_programs_sqlite_file_is_not_ours(tmp_path: Path) -> None:
    with open_file(tmp_path / "korre.sqlite") as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert fr.check_folder(str(tmp_path)).problem == fr.NOT_A_DATABASE


@pytest.mark.embedded_only  # a database file found in a folder
def test_an_existing_database_is_found(tmp_path: Path) -> None:
    make_database(tmp_path / "data" / "korre.sqlite")
    check = fr.check_folder(str(tmp_path / "data"))
    assert check.existing and check.problem is None


def test_cloud_folder_is_warned_about(tmp_path: Path) -> None:
    check = fr.check_folder(str(tmp_path / "OneDrive - Stichting" / "Korre"))
    assert check.warning == "cloud" and check.problem is None


def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        writable = fr.folder_writable(locked)
        if writable:  # root ignores the mode bits: simulate the refusal instead
            check = fr.check_folder(str(locked), writable=lambda folder: folder != locked)
        else:
            check = fr.check_folder(str(locked))
        assert check.problem == fr.NOT_WRITABLE
        # a folder still to be made below it cannot be made either
        if not writable:
            assert fr.check_folder(str(locked / "sub")).problem == fr.NOT_WRITABLE
    finally:
        locked.chmod(0o700)


# -- setting up ---------------------------------------------------------------------------


def test_set_up_creates_the_database_with_name_and_schools(tmp_path: Path) -> None:
    path = tmp_path / "new" / "korre.sqlite"
    fr.set_up(path, "  Stichting  Het Anker ", ["De Regenboog", " ", "Het  Kompas"], True)
    with Store.open(path) as store:
        assert store.setting("foundation_name") == "Stichting Het Anker"
        names = [r["name"] for r in store.rows("SELECT name FROM schools ORDER BY id")]
        assert names == ["De Regenboog", "Het Kompas"]
        audited = store.rows("SELECT table_name FROM audit_log WHERE table_name = 'schools'")
        assert len(audited) == 2
    assert remembered_database() == path
    assert resolve_database_path(None) == path
    assert not fr.needs_first_run(None)


def test_set_up_without_schools_leaves_the_database_empty_for_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "korre.sqlite"
    fr.set_up(path, "Stichting de Korre", ["De Regenboog"], with_schools=False)
    with Store.open(path) as store:
        assert store.is_empty()
        from korre_desktop.services.demo import generate_demo

        generate_demo(store, students=5, employees=2)  # the demo accepts it


def test_set_up_refuses_an_existing_file(tmp_path: Path) -> None:
    path = make_database(tmp_path / "korre.sqlite")
    before = path.read_bytes()
    with pytest.raises(InputError):
        fr.set_up(path, "Stichting", [], True)
    assert path.read_bytes() == before
    assert remembered_database() is None


def test_set_up_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "made" / "for" / "it" / "korre.sqlite"
    with pytest.raises(InputError):
        fr.set_up(path, "Stichting", ["De Regenboog", "de regenboog"], True)
    with pytest.raises(InputError):
        fr.set_up(path, "   ", [], True)
    assert not (tmp_path / "made").exists()


def test_set_up_removes_what_it_made_when_a_step_fails(tmp_path, monkeypatch) -> None:
    path = tmp_path / "made" / "korre.sqlite"

    def fail(_path: Path) -> None:
        raise InputError("cannot write the configuration")

    monkeypatch.setattr(fr, "remember_database", fail)
    with pytest.raises(InputError):
        fr.set_up(path, "Stichting", ["De Regenboog"], True)
    assert not (tmp_path / "made").exists()


def test_use_existing_remembers_without_touching_the_file(tmp_path: Path) -> None:
    path = make_database(tmp_path / "korre.sqlite")
    before = path.read_bytes()
    fr.use_existing(path)
    assert path.read_bytes() == before
    assert remembered_database() == path


def test_duplicate_school_names() -> None:
    assert fr.duplicate_school_names(["A", "b", " a ", "B", "a"]) == ["a", "B"]
    assert fr.duplicate_school_names([]) == []
