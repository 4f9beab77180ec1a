"""``korre-desktop person export --student N | --employee N -o FILE.zip``: the access
request on the command line. Bad input: one line, exit 2, no file, nothing logged."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.services import access_log
from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store
from tests.conftest import CLI_TODAY
from tests.fifo import make_fifo, needs_fifo
from tests.test_cli import _assert_one_line_error, _run


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.create(db_path, actor="test") as store:
        generate_demo(store, students=40, employees=6, seed=11, today=CLI_TODAY)
    return db_path


def a_student(db: Path) -> dict:
    with Store.open(db) as store:
        return store.rows(
            "SELECT id, student_number FROM students WHERE left_date IS NULL ORDER BY id LIMIT 1"
        )[0]


def exports(db: Path) -> list[access_log.Entry]:
    with Store.open(db) as store:
        return access_log.entries(store, action=access_log.EXPORT)


def test_export_of_a_student(capsys, db, tmp_path, cli_today) -> None:
    student = a_student(db)
    target = tmp_path / "inzage.zip"
    code, out, err = _run(
        capsys, "--db", str(db), "person", "export", "--student", student["student_number"],
        "-o", str(target),
    )  # fmt: skip
    assert code == 0 and err == "", err
    assert out.startswith("access request for student ") and str(target) in out
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        data = json.loads(archive.read("gegevens.json"))
    assert names[:2] == ["inzage.pdf", "gegevens.json"]
    assert data["number"] == student["student_number"] and data["made_on"] == "2026-11-20"
    assert exports(db)[0].person_refs == (f"student:{student['id']}",)


def test_export_of_an_employee(capsys, db, tmp_path, cli_today) -> None:
    with Store.open(db) as store:
        number = store.rows("SELECT staff_number FROM employees ORDER BY id LIMIT 1")[0]
    target = tmp_path / "medewerker.zip"
    code, _out, err = _run(
        capsys, "--db", str(db), "person", "export", "--employee", number["staff_number"],
        "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read("gegevens.json"))["kind"] == "employee"


def refused(capsys, db: Path, tmp_path: Path, *argv: str, fragment: str) -> None:
    before = len(exports(db))
    code, out, err = _run(capsys, "--db", str(db), "person", *argv)
    assert code == 2 and out == ""
    _assert_one_line_error(err, fragment)
    assert len(exports(db)) == before
    assert not (tmp_path / "x.zip").exists()


def test_bad_input_is_one_line_and_exit_2(capsys, db, tmp_path) -> None:
    number = a_student(db)["student_number"]
    out = str(tmp_path / "x.zip")
    refused(
        capsys, db, tmp_path, "export", "--student", "99999999", "-o", out, fragment="no student"
    )
    refused(
        capsys, db, tmp_path, "export", "--employee", "nobody", "-o", out, fragment="no employee"
    )
    refused(capsys, db, tmp_path, "export", "-o", out, fragment="--student --employee")
    refused(
        capsys, db, tmp_path, "export", "--student", number, "--employee", "1", "-o", out,
        fragment="not allowed with argument",
    )  # fmt: skip
    refused(capsys, db, tmp_path, "export", "--student", number, fragment="--output")
    refused(capsys, db, tmp_path, fragment="WHAT")
    refused(
        capsys, db, tmp_path, "export", "--student", number, "-o", str(tmp_path),
        fragment="is a folder",
    )  # fmt: skip
    refused(
        capsys, db, tmp_path, "export", "--student", number, "-o", str(tmp_path / "no" / "x.zip"),
        fragment="folder does not exist",
    )  # fmt: skip


@needs_fifo
def test_a_fifo_as_target_is_refused(capsys, db, tmp_path) -> None:
    fifo = make_fifo(tmp_path / "pipe.zip")
    number = a_student(db)["student_number"]
    refused(
        capsys, db, tmp_path, "export", "--student", number, "-o", str(fifo),
        fragment="device, pipe or socket",
    )  # fmt: skip


def test_a_role_without_the_permission_is_refused(capsys, db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(Store, "signed_in", lambda self: SignedIn("juf.anna", Role.LEERKRACHT))
    number = a_student(db)["student_number"]
    refused(
        capsys, db, tmp_path, "export", "--student", number, "-o", str(tmp_path / "x.zip"),
        fragment="not allowed as leerkracht",
    )  # fmt: skip
