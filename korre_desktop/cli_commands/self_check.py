"""``self-check``: can this installation or build do the basic things? Exit 0 when so."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "self-check",
        help="check this installation in a temporary folder (your database is not touched)",
        description="Makes a throw-away database, upgrades it through every schema "
        "migration, backs it up and checks the copy, loads the bundled resources and the "
        "image, PDF, QR and spreadsheet libraries, and opens the window offscreen. "
        "Exit code 0 when everything works, 1 otherwise.",
    )
    parser.set_defaults(handler=run)


def run(_path: Path, _args: argparse.Namespace) -> int:
    from korre_desktop.selfcheck import run_self_check

    return 0 if run_self_check() else 1
