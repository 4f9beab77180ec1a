"""``export overview -o FILE.xlsx [--date YYYY-MM-DD]``: the Excel overview for management.

``export`` is a parser of ``cli.py`` with the sub-command ``status``; ``overview`` joins
its sub-commands here. ``cli.run()`` sends ``command == "export"`` to the CSV export, so
this sub-parser sets ``command`` to ``export-overview`` (argparse copies a sub-parser's
values over its parents') and ``run()`` falls through to ``handler``. Should ``export``
ever be missing, the command is registered as ``export-overview`` instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from korre_desktop.cli_commands import _today
from korre_desktop.errors import InputError

COMMAND = "export-overview"
HELP = "overview for management, as Excel (.xlsx)"


def sub_commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    """The sub-command action of ``parser``, if it has one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import parse_date

    export = commands.choices.get("export")
    exports = sub_commands(export) if export is not None else None
    if exports is not None:
        parser = exports.add_parser("overview", parents=[db_option], help=HELP)
    else:
        parser = commands.add_parser(COMMAND, parents=[db_option], help=HELP)
    parser.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    parser.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="default today")
    parser.set_defaults(command=COMMAND, handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop import cli
    from korre_desktop.services.excel.overview import export_overview
    from korre_desktop.services.excel.target import check_target

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    output = check_target(args.output)
    if output.resolve() == path.resolve():
        raise InputError("the export file must not be the database itself")
    on = args.date or _today.today()
    with cli._open_store(path) as store:
        result = export_overview(store, output, on)
    print(
        f"overview on {on.isoformat()} written to {output}: {result.students} students, "
        f"{result.employees} employees, {result.missing} open items, "
        f"{result.accounts} accounts, {result.authorisations} authorisations"
    )
    return cli.EXIT_OK
