"""``person``: one person's data (the AVG's rights). ``export``: everything kept about them,
for their access request (art. 15; ``services.access_request_export``); ``erase``: their
data removed on request (art. 17; ``_person_erase``). Each sub-command adds its parser in
``SUB_COMMANDS`` and handles ``args.what``.

    korre-desktop person export --student NUMBER [--student-school NAME] -o FILE.zip
    korre-desktop person export --employee NUMBER -o FILE.zip
    korre-desktop person erase --student NUMBER --reason TEXT [--dry-run] [--yes]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from korre_desktop.cli_commands import _person_erase


def add_person_choice(parser: argparse.ArgumentParser) -> None:
    """``--student NUMBER [--student-school NAME] | --employee NUMBER`` (left or not)."""
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="NUMBER", help="leerlingnummer")
    who.add_argument("--employee", metavar="NUMBER", help="personeelsnummer")
    parser.add_argument(
        "--student-school", metavar="NAME", help="when the student number is used at two schools"
    )


def _add_export(actions: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    export = actions.add_parser(
        "export",
        parents=[db_option],
        help="everything kept about one person, as a ZIP (PDF, JSON, evidence): an access request",
    )
    add_person_choice(export)
    export.add_argument("-o", "--output", metavar="FILE.zip", type=Path, required=True)


def run_export(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands import _today
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import person
    from korre_desktop.services.access_request_export import (
        check_target,
        export_access_request,
    )

    database_must_exist(path)
    target = check_target(args.output)  # before the database is opened
    with _open_store(path) as store:
        chosen = person(store, args)
        result = export_access_request(store, chosen.kind, chosen.id, target, _today.today())
    print(
        f"access request for {result.kind} {result.name} written to {result.path}:"
        f" {result.statements} consent statements, {result.evidence_files} evidence files,"
        f" {result.pdf_pages} pages"
    )
    return EXIT_OK


Handler = Callable[[Path, argparse.Namespace], int]
# The sub-commands: (name, add the parser, run it).
SUB_COMMANDS: list[tuple[str, Callable[..., None], Handler]] = [
    ("export", _add_export, run_export),
    ("erase", _person_erase.add_erase, _person_erase.run),
]


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser

    parser = commands.add_parser("person", parents=[db_option], help="one person's data")
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    for _name, add, _run in SUB_COMMANDS:
        add(actions, db_option)
    parser.set_defaults(handler=run_person)


def run_person(path: Path, args: argparse.Namespace) -> int:
    handlers = {name: run for name, _add, run in SUB_COMMANDS}
    return handlers[args.what](path, args)
