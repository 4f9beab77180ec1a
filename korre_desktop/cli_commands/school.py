"""``school add NAME [--brin BRIN]``: a school of the foundation (``services.records``)."""

from __future__ import annotations

import argparse
from pathlib import Path

SCHOOL_OPTIONS = {"name": "NAME", "brin": "--brin"}


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser

    parser = commands.add_parser("school", parents=[db_option], help="the foundation's schools")
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[db_option], help="add a school")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--brin", default="", help="its BRIN number (two digits, two letters)")
    parser.set_defaults(handler=run_school)


def run_school(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import worded
    from korre_desktop.services import records

    database_must_exist(path)
    with _open_store(path) as store, worded(SCHOOL_OPTIONS):
        school_id = records.add_school(store, records.SchoolInput(name=args.name, brin=args.brin))
        school = store.records.school(school_id)
    assert school is not None
    brin = f" ({school['brin']})" if school["brin"] else ""
    print(f"school {school['name']!r}{brin} added (id {school_id})")
    return EXIT_OK
