"""``export template consents -o FILE.xlsx``: the empty consent register to fill in and
import. Adds ``template`` to the ``export`` command that cli.py defines."""

from __future__ import annotations

import argparse
from pathlib import Path


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    export = commands.choices.get("export")
    exports = _subcommands(export) if export is not None else None
    if exports is None:
        return
    template = exports.add_parser(
        "template", parents=[db_option], help="empty templates to fill in and import"
    )
    templates = template.add_subparsers(dest="template", metavar="WHAT", parser_class=type(export))
    templates.required = True
    consents = templates.add_parser(
        "consents", parents=[db_option], help="the consent register template (XLSX)"
    )
    consents.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    # cli.run() sends the command "export" to `export status`; a command of our own
    # reaches the handler instead.
    consents.set_defaults(command="export-template", handler=run_template)


def run_template(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services.importing import template_columns, write_consent_template

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    output = Path(args.output).expanduser()
    if output.exists() and output.resolve() == path.resolve():
        raise InputError("the template must not be written over the database")
    with _open_store(path) as store:
        written = write_consent_template(store, output)
        columns = len(template_columns(store))
    print(f"consent register template written to {written} ({columns} columns)")
    return EXIT_OK
