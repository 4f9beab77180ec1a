"""``person erase --student N | --employee N --reason TEXT``: erase one person on request
(AVG art. 17) through the purge's path, the reason recorded in the audit's summary row.
Refused while the student is enrolled or the employee employed. ``--dry-run`` lists what
would go; without ``--yes`` it asks on a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_erase(actions: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import parse_date

    parser = actions.add_parser(
        "erase",
        parents=[db_option],
        help="erase a student or employee who left, on request (beheerder)",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="NUMBER", help="the student's number")
    who.add_argument("--employee", metavar="NUMBER", help="the employee's staff number")
    parser.add_argument("--reason", required=True, help="why (recorded in the audit log)")
    parser.add_argument("--dry-run", action="store_true", help="only list what would go")
    parser.add_argument("--yes", action="store_true", help="do not ask first")
    parser.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="the day of the erasure (today)"
    )


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands import _today
    from korre_desktop.cli_commands._purge_report import confirmed, print_plan, print_result
    from korre_desktop.errors import InputError
    from korre_desktop.services import retention

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    kind, number = (
        (retention.STUDENT, args.student) if args.student else (retention.EMPLOYEE, args.employee)
    )
    day = args.date or _today.today()
    reason = retention.check_reason(args.reason)
    with _open_store(path) as store:
        plan = retention.plan_erasure(store, kind, number, reason, day)
        print_plan(plan)
        if args.dry_run:
            return EXIT_OK
        if not confirmed(args.yes, "Erase this person for good?"):
            raise InputError("nothing was erased: confirm with --yes")
        print_result(retention.apply(store, plan))
    return EXIT_OK
