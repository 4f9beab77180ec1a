"""``account add|list|end``: the foundation's and schools' social-media accounts, groups
and networks (``services.accounts``). Ending is a date, never a delete."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.services.accounts import AccountRow

ACCOUNT_OPTIONS = {
    "platform": "--platform",
    "name": "--name",
    "school_id": "--school",
    "created_on": "--created-on",
    "permission_by_employee_id": "--permission-by",
    "ended_on": "--on",
    "account_id": "ID",
}


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser, parse_typed_date
    from korre_desktop.cli_commands._protocol_records import add_owner_arguments
    from korre_desktop.domain.authorisation import PLATFORMS

    parser = commands.add_parser(
        "account", parents=[db_option], help="social-media accounts, groups and networks"
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[db_option], help="record an account")
    add.add_argument("--platform", required=True, choices=PLATFORMS)
    add.add_argument("--name", required=True, help="its name or handle")
    add.add_argument("--link", default="", metavar="URL")
    add_owner_arguments(add, required=True)
    add.add_argument("--created-on", type=parse_typed_date, metavar="DATE")
    add.add_argument(
        "--permission-by", metavar="STAFFNUMBER", help="management who gave permission for it"
    )
    add.add_argument("--note", default="")
    listing = actions.add_parser("list", parents=[db_option], help="the accounts in use")
    listing.add_argument("--all", action="store_true", help="ended accounts too")
    end = actions.add_parser("end", parents=[db_option], help="the account ends on a date")
    end.add_argument("id", type=int, metavar="ID")
    end.add_argument("--on", type=parse_typed_date, required=True, metavar="DATE")
    parser.set_defaults(handler=run_account)


def run_account(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import employee_id, school_id, worded
    from korre_desktop.errors import InputError
    from korre_desktop.services import accounts

    database_must_exist(path)
    with _open_store(path) as store, worded(ACCOUNT_OPTIONS):
        if args.what == "add":
            data = accounts.AccountInput(
                platform=args.platform,
                name=args.name,
                link=args.link,
                school_id=None if args.foundation else school_id(store, args.school),
                created_on=args.created_on,
                permission_by_employee_id=(
                    employee_id(store, args.permission_by, "--permission-by")
                    if args.permission_by
                    else None
                ),
                note=args.note,
            )
            account = accounts.get_account(store, accounts.add_account(store, data))
            assert account is not None
            print(f"account {account.id} added: {describe(account)}")
        elif args.what == "end":
            if accounts.get_account(store, args.id) is None:
                raise InputError(f"no account with id {args.id} (see 'account list --all')")
            accounts.end_account(store, args.id, args.on)
            print(f"account {args.id} ended on {args.on.isoformat()}")
        else:
            print("\n".join(list_lines(accounts.list_accounts(store, include_ended=args.all))))
    return EXIT_OK


def owner(school_name: str) -> str:
    return school_name or "foundation"


def describe(account: AccountRow) -> str:
    return f"{account.platform} {account.name!r} of {owner(account.school_name)}"


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def list_lines(rows: list[AccountRow]) -> list[str]:
    """A header and one tab-separated line per account."""
    lines = ["id\tplatform\tname\tof\tcreated_on\tpermission_by\tended_on\tlink"]
    lines += [
        f"{a.id}\t{a.platform}\t{a.name}\t{owner(a.school_name)}\t{_day(a.created_on)}\t"
        f"{a.permission_by_name}\t{_day(a.ended_on)}\t{a.link}"
        for a in rows
    ]
    return lines
