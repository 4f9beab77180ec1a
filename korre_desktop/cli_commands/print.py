"""``print``: printed lists and forms as PDF files.

Its sub-commands are the modules ``print_*.py`` in this package (``print_no_photo``,
``print_worklists``, ``print_forms``, ...). Each defines ``register(print_commands,
db_option)`` that adds its parser to ``print_commands`` and sets ``handler`` with
``set_defaults``, so a new one plugs in without editing a shared file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from types import ModuleType

import korre_desktop.cli_commands as package

PREFIX = "print_"


def print_modules() -> list[ModuleType]:
    """The sub-command modules of ``print``, by name."""
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)
        if info.name.startswith(PREFIX)
    ]


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "print", parents=[db_option], help="print lists and forms as PDF files"
    )
    # The same parser class as the top level: a usage error is one line and exit code 2.
    print_commands = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=type(parser))
    print_commands.required = True
    for module in print_modules():
        module.register(print_commands, db_option)
