"""``person``: one person's data (the AVG's rights, issue 17): ``erase`` on request."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli_commands import _person_erase

    parser = commands.add_parser("person", help="one person's data: erase on request")
    actions = parser.add_subparsers(dest="person_action", metavar="ACTION")
    actions.required = True
    _person_erase.register(actions, db_option)
