"""``access-log``: the access log (who printed, exported, opened or searched personal data),
newest first, filtered by a first day, a user and an action; as tab-separated lines or
``--csv``. For the beheerder and the privacy officer. Expired entries are removed first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import database_options, parse_date
    from korre_desktop.services import access_log

    # Here ``--user`` picks whose entries; to sign in as someone, put it before the command
    # (``korre-desktop --user anna access-log --user piet``) or in the URL.
    parser = commands.add_parser(
        "access-log",
        parents=[database_options(login=False)],
        help="who printed, exported, opened or searched personal data, and when",
    )
    parser.add_argument(
        "--since", type=parse_date, metavar="YYYY-MM-DD", help="from this day on (UTC)"
    )
    parser.add_argument(
        "--user", dest="entries_of", metavar="LOGIN", help="only this user's entries"
    )
    parser.add_argument("--action", choices=access_log.ACTIONS, help="only this action")
    parser.add_argument("--csv", action="store_true", help="as CSV, with a header row")
    parser.set_defaults(handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services import access_log

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    with _open_store(path) as store:
        if not access_log.may_read(store):
            raise InputError("only a beheerder or the privacy officer may read the access log")
        access_log.purge_expired(store)
        found = access_log.entries(store, args.since, args.entries_of, args.action)
    if args.csv:
        access_log.write_csv_to(sys.stdout, found)
    else:
        for entry in found:
            print("\t".join(access_log.entry_fields(entry)))
    return EXIT_OK
