"""Every print and export from the command line leaves one access-log entry, and
``access-log`` prints them (filtered, or as CSV)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.cli import main
from korre_desktop.services import access_log
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store
from tests.engines import copy_database

DAY = date(2026, 11, 16)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("access") / "korre.sqlite"
    with Store.create(path, actor="test") as store:
        generate_demo(store, students=60, employees=8, seed=4, today=DAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    return copy_database(demo_file, tmp_path / "korre.sqlite", request)


def _entries(path: Path) -> list[access_log.Entry]:
    with Store.open(path, actor="test") as store:
        return list(reversed(access_log.entries(store)))  # oldest first


def _class_of(path: Path) -> tuple[str, str, int]:
    with Store.open(path, actor="test") as store:
        students = student_statuses_on(store, DAY)
    first = students[0]
    size = sum(1 for p in students if (p.school, p.class_name) == (first.school, first.class_name))
    return first.school, first.class_name, size


def test_every_print_and_export_leaves_one_entry(capsys, demo: Path, tmp_path: Path) -> None:
    school, klass, size = _class_of(demo)
    db = ["--db", str(demo)]
    commands = [
        ["print", "no-photo", "--class", klass, "--school", school, "--date", DAY.isoformat()],
        ["print", "worklists", "--school", school, "--date", DAY.isoformat()],
        ["print", "forms", "consent", "--class", klass, "--school", school],
        ["print", "forms", "protocol", "--employees", "--date", DAY.isoformat()],
        ["export", "overview", "--date", DAY.isoformat()],
        ["export", "status", "--date", DAY.isoformat()],
        ["export", "status", "--excel", "--date", DAY.isoformat()],
    ]
    suffixes = [".pdf", ".pdf", ".pdf", ".pdf", ".xlsx", ".csv", ".csv"]
    for number, (command, suffix) in enumerate(zip(commands, suffixes, strict=True)):
        code, _out, err = _run(capsys, *db, *command, "-o", str(tmp_path / f"{number}{suffix}"))
        assert code == 0, (command, err)
    found = _entries(demo)
    assert [(e.action, e.what) for e in found] == [
        ("print", "no_photo_list"),
        ("print", "worklists"),
        ("print", "consent_forms"),
        ("print", "protocol_forms"),
        ("export", "overview_xlsx"),
        ("export", "status_csv"),
        ("export", "status_csv"),
    ]
    no_photo, worklists, consent, protocol, overview, status, _excel = found
    assert no_photo.people_count == size and klass in no_photo.scope and school in no_photo.scope
    assert len(no_photo.person_refs) == (size if size <= access_log.REFS_LIMIT else 0)
    assert school in worklists.scope
    assert consent.people_count == size and klass in consent.scope
    assert protocol.people_count > 0
    assert overview.people_count == status.people_count > access_log.REFS_LIMIT
    assert overview.person_refs == () and status.person_refs == ()  # a whole foundation: no refs
    assert len({e.actor for e in found}) == 1  # the PC's account (the server: the login)


def test_a_failed_export_leaves_no_entry(capsys, demo: Path, tmp_path: Path) -> None:
    code, _out, _err = _run(
        capsys, "--db", str(demo), "export", "overview", "-o", str(tmp_path / "no" / "x.xlsx")
    )
    assert code == 2
    assert _entries(demo) == []


def _log(demo: Path, tmp_path: Path, capsys) -> None:
    for number in range(2):
        target = tmp_path / f"status{number}.csv"
        assert _run(capsys, "--db", str(demo), "export", "status", "-o", str(target))[0] == 0
    target = tmp_path / "werklijsten.pdf"
    assert _run(capsys, "--db", str(demo), "print", "worklists", "-o", str(target))[0] == 0


def test_access_log_prints_the_entries_newest_first(capsys, demo: Path, tmp_path: Path) -> None:
    _log(demo, tmp_path, capsys)
    code, out, err = _run(capsys, "--db", str(demo), "access-log")
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(line[2], line[3]) for line in lines] == [
        ("print", "worklists"),
        ("export", "status_csv"),
        ("export", "status_csv"),
    ]
    actor = lines[0][1]
    assert all(len(line) == len(access_log.CSV_COLUMNS) for line in lines)
    assert all(line[0].endswith("Z") and line[1] == actor for line in lines)

    code, out, _ = _run(capsys, "--db", str(demo), "access-log", "--action", "print")
    assert code == 0 and [line.split("\t")[3] for line in out.splitlines()] == ["worklists"]
    code, out, _ = _run(capsys, "--db", str(demo), "access-log", "--user", "someone-else")
    assert code == 0 and out == ""
    code, out, _ = _run(capsys, "--db", str(demo), "access-log", "--user", actor)
    assert code == 0 and len(out.splitlines()) == 3
    code, out, _ = _run(capsys, "--db", str(demo), "access-log", "--since", "2999-01-01")
    assert code == 0 and out == ""

    code, out, _ = _run(capsys, "--db", str(demo), "access-log", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(access_log.CSV_COLUMNS)
    assert [row[3] for row in rows[1:]] == ["worklists", "status_csv", "status_csv"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--since", "16-11-2026"], "not a date"),
        (["--action", "peek"], "invalid choice"),
    ],
)
def test_bad_access_log_input_exits_2(capsys, demo: Path, argv, fragment) -> None:
    code, out, err = _run(capsys, "--db", str(demo), "access-log", *argv)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and fragment in err


def test_user_before_the_command_signs_in_and_after_it_picks_whose_entries() -> None:
    from korre_desktop.cli import build_parser

    args = build_parser().parse_args(["--user", "anna", "access-log", "--user", "piet"])
    assert (args.user, args.entries_of) == ("anna", "piet")
    args = build_parser().parse_args(["access-log", "--user", "piet"])
    assert (getattr(args, "user", None), args.entries_of) == (None, "piet")


@pytest.mark.server_only
def test_management_exports_and_a_teacher_prints_on_a_server(
    capsys, demo: Path, tmp_path: Path
) -> None:
    """Each role's prints and exports work under its own login (the server's row security
    and grants allow what the role may) and are logged under that login."""
    import uuid

    from korre_desktop.domain.roles import Role
    from korre_desktop.services import users
    from tests.engines import location_of

    school, klass, _size = _class_of(demo)
    tag = uuid.uuid4().hex[:8]  # logins are the cluster's
    manager, teacher = f"cli_directie_{tag}", f"cli_juf_{tag}"
    with Store.open(demo, actor="it") as store, store.transaction():
        url = location_of(store)  # the server database the test's file stands for
        users.add_user(store, manager, Role.DIRECTIE, "wachtwoord-2026")
        users.add_user(store, teacher, Role.LEERKRACHT, "wachtwoord-2026")
        users.link_class(store, teacher, klass, school, DAY)
    day = ["--date", DAY.isoformat()]
    as_manager = ["--db", url, "--user", manager]
    for command in [
        ["export", "overview", *day, "-o", str(tmp_path / "overzicht.xlsx")],
        ["export", "status", *day, "-o", str(tmp_path / "status.csv")],
        ["print", "worklists", "--school", school, *day, "-o", str(tmp_path / "w.pdf")],
        ["print", "no-photo", "--school", school, *day, "-o", str(tmp_path / "school.pdf")],
    ]:
        code, _out, err = _run(capsys, *as_manager, *command)
        assert code == 0, (command, err)
    as_teacher = ["--db", url, "--user", teacher]
    code, _out, err = _run(
        capsys, *as_teacher, "print", "no-photo", "--class", klass, "--school", school, *day,
        "-o", str(tmp_path / "klas.pdf"),
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = _run(capsys, *as_teacher, "export", "overview", *day, "-o", "x.xlsx")
    assert code == 2 and len(err.strip().splitlines()) == 1
    actors = {e.actor for e in _entries(demo)}
    assert {manager, teacher} <= actors
