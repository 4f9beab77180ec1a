"""``change-log``: the change log (every change to the records: who, when, before and
after), newest first (at most the newest 5,000), filtered by a first day, a user and a
table; as tab-separated lines or ``--csv``. For who may read it (beheerder, office,
privacy officer)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import database_options, parse_date

    # As ``access-log``: here ``--user`` picks whose changes; to sign in as someone, put
    # it before the command or in the URL.
    parser = commands.add_parser(
        "change-log",
        parents=[database_options(login=False)],
        help="every change to the records: who, when, before and after",
    )
    parser.add_argument("--since", type=parse_date, metavar="YYYY-MM-DD", help="from this day on")
    parser.add_argument(
        "--user", dest="changes_of", metavar="LOGIN", help="only this user's changes"
    )
    parser.add_argument("--table", metavar="TABLE", help="only changes of this table")
    parser.add_argument("--csv", action="store_true", help="as CSV, with a header row")
    parser.set_defaults(handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services import change_log

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    with _open_store(path) as store:
        if not change_log.may_read(store):
            raise InputError("this role may not read the change log")
        found = change_log.entries(store, args.since, args.changes_of, args.table)
    if args.csv:
        change_log.write_csv_to(sys.stdout, found)
    else:
        for change in found:
            print("\t".join(change_log.change_fields(change)))
    return EXIT_OK
