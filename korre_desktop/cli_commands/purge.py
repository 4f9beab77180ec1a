"""``purge``: apply the retention periods (issue 17). ``--dry-run`` lists who and what
would go; without it the purge asks first (or takes ``--yes``), removes it in one
transaction, wipes the freed space, makes a fresh backup and removes the older automatic
backups. Only the beheerder."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import parse_date

    parser = commands.add_parser(
        "purge",
        parents=[db_option],
        help="remove what the retention periods no longer allow to keep (beheerder)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only list what would go")
    parser.add_argument("--yes", action="store_true", help="do not ask first")
    parser.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="the day to count from (today)"
    )
    parser.set_defaults(handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands import _today
    from korre_desktop.cli_commands._purge_report import confirmed, print_plan, print_result
    from korre_desktop.errors import InputError
    from korre_desktop.services import retention

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    day = args.date or _today.today()
    with _open_store(path) as store:
        plan = retention.plan(store, day)
        print_plan(plan)
        if args.dry_run or plan.is_empty:
            return EXIT_OK
        if not confirmed(args.yes, "Remove all of this for good?"):
            raise InputError("nothing was purged: confirm with --yes")
        print_result(retention.apply(store, plan))
    return EXIT_OK
