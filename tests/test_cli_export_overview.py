"""``korre-desktop export overview``: success, and user errors as one line with exit 2."""

from __future__ import annotations

import argparse
import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from korre_desktop.cli import build_parser
from korre_desktop.cli_commands import export_overview
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.excel import target
from korre_desktop.services.excel.overview import SHEET_NAMES
from korre_desktop.store import Store
from tests.services.protocol_people import build_foundation
from tests.test_cli import _assert_one_line_error, _run

DAY = date(2026, 11, 16)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store.create(db_path, actor="test") as store:
        generate_demo(store, students=60, employees=10, seed=3, today=DAY)
    return db_path


def test_overview_with_a_date(demo_db: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    code, out, err = _run(
        capsys,
        "--db",
        str(demo_db),
        "export",
        "overview",
        "-o",
        str(out_file),
        "--date",
        "2026-11-16",
    )
    assert code == 0, err
    assert err == ""
    assert out.startswith(f"overview on 2026-11-16 written to {out_file}: ")
    assert len(out.splitlines()) == 1
    wb = load_workbook(out_file)
    assert wb.sheetnames == list(SHEET_NAMES)
    assert wb["Samenvatting"]["B2"].value == datetime(2026, 11, 16)


def test_overview_without_a_date_is_for_today(
    demo_db: Path, tmp_path: Path, capsys, cli_today
) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    code, out, err = _run(capsys, "export", "overview", "-o", str(out_file), "--db", str(demo_db))
    assert code == 0, err
    assert f"overview on {cli_today.isoformat()} " in out
    value = load_workbook(out_file)["Samenvatting"]["B2"].value
    assert value.date() == cli_today


@pytest.mark.parametrize("bad", ["2026-13-01", "16-11-2026", "morgen"])
def test_bad_date(demo_db: Path, tmp_path: Path, capsys, bad: str) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    code, _, err = _run(
        capsys, "--db", str(demo_db), "export", "overview", "-o", str(out_file), "--date", bad
    )
    assert code == 2
    _assert_one_line_error(err, "not a date")
    assert not out_file.exists()


def test_missing_folder(demo_db: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "nowhere" / "overzicht.xlsx"
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "overview", "-o", str(out_file))
    assert code == 2
    _assert_one_line_error(err, "folder does not exist", str(out_file.parent))


def test_locked_target(demo_db: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    out_file.write_bytes(b"open in Excel")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(target.os, "replace", refuse)
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "overview", "-o", str(out_file))
    assert code == 2
    _assert_one_line_error(err, str(out_file), "open in Excel")
    assert out_file.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_excel_lock_file_beside_the_target(demo_db: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    (tmp_path / "~$overzicht.xlsx").write_bytes(b"")
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "overview", "-o", str(out_file))
    assert code == 2
    _assert_one_line_error(err, "open in Excel")
    assert not out_file.exists()


def test_not_an_xlsx_name(demo_db: Path, tmp_path: Path, capsys) -> None:
    code, _, err = _run(
        capsys, "--db", str(demo_db), "export", "overview", "-o", str(tmp_path / "x.csv")
    )
    assert code == 2
    _assert_one_line_error(err, ".xlsx")


def test_missing_database(tmp_path: Path, capsys) -> None:
    code, _, err = _run(
        capsys,
        "--db",
        str(tmp_path / "none.sqlite"),
        "export",
        "overview",
        "-o",
        str(tmp_path / "x.xlsx"),
    )
    assert code == 2
    _assert_one_line_error(err, "database file not found")


def test_output_is_required(demo_db: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "overview")
    assert code == 2
    _assert_one_line_error(err, "-o/--output")


def test_export_status_still_writes_the_csv(demo_db: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "status.csv"
    code, _, err = _run(capsys, "--db", str(demo_db), "export", "status", "-o", str(out_file))
    assert code == 0, err
    with open(out_file, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle))[0] == "kind"


def test_overview_is_a_sub_command_of_export(capsys) -> None:
    parser = build_parser()
    args = parser.parse_args(["export", "overview", "-o", "x.xlsx", "--date", "2026-11-16"])
    assert args.command == export_overview.COMMAND  # so cli.run() reaches the handler
    assert args.what == "overview"
    assert args.handler is export_overview.run
    assert args.output == Path("x.xlsx")
    assert args.date == DAY
    status = parser.parse_args(["export", "status", "-o", "x.csv"])
    assert status.command == "export"
    assert not hasattr(status, "handler")
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "--help"])
    assert "overview" in capsys.readouterr().out


def test_without_an_export_command_it_is_export_overview() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db")
    export_overview.register(commands, db_option)
    args = parser.parse_args(["export-overview", "-o", "x.xlsx", "--db", "k.sqlite"])
    assert args.command == "export-overview"
    assert args.handler is export_overview.run
    assert args.db == "k.sqlite"


def test_overview_has_the_accounts_and_authorisations(
    db_path: Path, tmp_path: Path, capsys
) -> None:
    """Accounts and an authorisation made on the command line reach the two sheets."""
    with Store.create(db_path, actor="test") as store:
        build_foundation(store)  # 1001 Dirk de Wit (Directeur), 1003 Tom Visser
    db = ["--db", str(db_path)]
    account = ["account", "add", "--platform"]
    grant = ["authorisation", "add", "--employee", "1003", "--granted-by", "1001"]
    for argv in (
        [*account, "instagram", "--name", "@obsdelinde", "--school", "OBS De Linde"],
        [*account, "tiktok", "--name", "=1+1", "--foundation", "--created-on", "1-9-26"],
        [*grant, "--account", "1", "--from", "1-9-2026", "--until", "10-12-2026"],
    ):
        code, _, err = _run(capsys, *db, *argv)
        assert code == 0, err
    out_file = tmp_path / "overzicht.xlsx"
    code, out, err = _run(
        capsys, *db, "export", "overview", "-o", str(out_file), "--date", "2026-11-24"
    )
    assert code == 0, err
    assert out.rstrip().endswith(", 2 accounts, 1 authorisations")
    wb = load_workbook(out_file)
    assert wb.sheetnames[-2:] == ["Accounts", "Bevoegdheden"]
    accounts = [list(row) for row in wb["Accounts"].iter_rows(min_row=2, values_only=True)]
    assert [row[:4] + row[7:] for row in accounts] == [
        ["TikTok", "=1+1", None, "Stichting", 0, "niemand bevoegd"],
        ["Instagram", "@obsdelinde", None, "OBS De Linde", 1, None],
    ]
    assert wb["Accounts"]["B2"].data_type == "s"  # "=1+1" stays text
    assert wb["Accounts"]["E2"].value == datetime(2026, 9, 1)
    (tom,) = wb["Bevoegdheden"].iter_rows(min_row=2, values_only=True)
    assert tom == (
        "Tom Visser",
        "Medewerker",
        "1003",
        "OBS De Linde",
        "Instagram · @obsdelinde",
        datetime(2026, 9, 1),
        datetime(2026, 12, 10),
        "Dirk de Wit",
        "geldig",
        "loopt af op 10-12-2026",
    )
