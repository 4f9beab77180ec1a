"""``settings list`` and ``settings set KEY VALUE``: what the office may change (the list
and its checks are in ``services.settings``). Every change is audited."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser

    parser = commands.add_parser(
        "settings", parents=[db_option], help="list or change the foundation's settings"
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    actions.add_parser("list", parents=[db_option], help="every setting, its value and choices")
    change = actions.add_parser("set", parents=[db_option], help="change one setting")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    parser.set_defaults(handler=run_settings)


def run_settings(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services import settings

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    with _open_store(path) as store:
        if args.what == "set":
            key = settings.setting(args.key).key
            changed = settings.save_text(store, key, args.value)
            shown = settings.current_texts(store)[key]
            print(f"{key} = {shown}" + ("" if changed else " (unchanged)"))
            return EXIT_OK
        texts = settings.current_texts(store)
        for item in settings.SETTINGS:
            print(f"{item.key}\t{texts[item.key]}\t{item.allowed}")
    return EXIT_OK
