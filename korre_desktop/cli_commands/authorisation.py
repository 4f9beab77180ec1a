"""``authorisation add|list|withdraw|worklist``: who may post for which account, for a
school or for the foundation, granted by management (``services.authorisations``).
Withdrawing is one action; nothing is changed or deleted."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.services.authorisations import AuthorisationRow, WorklistItem
    from korre_desktop.services.documents import Document
    from korre_desktop.store import Store

AUTHORISATION_OPTIONS = {
    "person": "--employee/--student",
    "scope": "--account/--school/--foundation",
    "account_id": "--account",
    "school_id": "--school",
    "valid_from": "--from",
    "valid_until": "--until",
    "granted_by_employee_id": "--granted-by",
    "authorisation_id": "ID",
    "withdrawn_on": "--on",
}


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser, parse_typed_date

    parser = commands.add_parser(
        "authorisation",
        parents=[db_option],
        help="who may post for the foundation's and schools' accounts",
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[db_option], help="record an authorisation")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--employee", metavar="STAFFNUMBER")
    who.add_argument("--student", metavar="NUMBER")
    add.add_argument(
        "--student-school", metavar="NAME", help="the student's school, when two use the number"
    )
    scope = add.add_mutually_exclusive_group(required=True)
    scope.add_argument("--account", type=int, metavar="ID", help="one account (see 'account list')")
    scope.add_argument("--school", metavar="NAME", help="the school in general")
    scope.add_argument("--foundation", action="store_true", help="the foundation in general")
    add.add_argument("--from", dest="valid_from", type=parse_typed_date, required=True,
                     metavar="DATE")  # fmt: skip
    add.add_argument("--until", type=parse_typed_date, metavar="DATE", help="its last day")
    add.add_argument("--granted-by", required=True, metavar="STAFFNUMBER", help="management")
    add.add_argument("--note", default="")
    add.add_argument(
        "--evidence", type=Path, metavar="FILE", help="the letter or e-mail (PDF, image, .eml)"
    )
    listing = actions.add_parser("list", parents=[db_option], help="the authorisations on a date")
    listing.add_argument("--on", type=parse_typed_date, metavar="DATE", help="default today")
    listing.add_argument("--all", action="store_true", help="withdrawn, expired and future too")
    withdraw = actions.add_parser("withdraw", parents=[db_option], help="withdraw one")
    withdraw.add_argument("id", type=int, metavar="ID")
    withdraw.add_argument("--on", type=parse_typed_date, required=True, metavar="DATE")
    withdraw.add_argument("--note", default="")
    worklist = actions.add_parser(
        "worklist", parents=[db_option], help="what needs a follow-up on a date"
    )
    worklist.add_argument("--on", type=parse_typed_date, metavar="DATE", help="default today")
    parser.set_defaults(handler=run_authorisation)


def run_authorisation(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import read_file, worded

    database_must_exist(path)
    evidence = read_file(args.evidence) if args.what == "add" else None
    with _open_store(path) as store, worded(AUTHORISATION_OPTIONS):
        on = getattr(args, "on", None) or store.clock().date()
        if args.what == "add":
            print(_add(store, args, evidence))
        elif args.what == "withdraw":
            print(_withdraw(store, args))
        elif args.what == "list":
            from korre_desktop.services.authorisations import list_authorisations

            rows = list_authorisations(store, on, include_inactive=args.all)
            print("\n".join(list_lines(rows, on)))
        else:
            from korre_desktop.services.authorisations import authorisation_worklist

            print("\n".join(worklist_lines(authorisation_worklist(store, on))))
    return EXIT_OK


def _add(store: Store, args: argparse.Namespace, evidence: Document | None) -> str:
    from korre_desktop.cli_commands._protocol_records import employee_id, person, school_id
    from korre_desktop.domain.authorisation import Scope
    from korre_desktop.services import authorisations

    scope = (
        Scope.ACCOUNT
        if args.account is not None
        else Scope.SCHOOL
        if args.school
        else Scope.FOUNDATION
    )
    data = authorisations.AuthorisationInput(
        person=person(store, args),
        scope=scope,
        account_id=args.account,
        school_id=school_id(store, args.school) if args.school else None,
        valid_from=args.valid_from,
        valid_until=args.until,
        granted_by_employee_id=employee_id(store, args.granted_by, "--granted-by"),
        note=args.note,
        evidence=evidence,
    )
    row = authorisations.get_authorisation(store, authorisations.add_authorisation(store, data))
    assert row is not None
    return f"authorisation {row.id} added: {person_text(row)} for {scope_text(row)}, {period(row)}"


def _withdraw(store: Store, args: argparse.Namespace) -> str:
    from korre_desktop.errors import InputError
    from korre_desktop.services import authorisations

    row = authorisations.get_authorisation(store, args.id)
    if row is None:
        raise InputError(f"no authorisation with id {args.id} (see 'authorisation list --all')")
    authorisations.withdraw_authorisation(store, args.id, args.on, args.note)
    return f"authorisation {args.id} of {row.person_name} withdrawn on {args.on.isoformat()}"


def person_text(row: AuthorisationRow) -> str:
    return f"{row.person.kind} {row.person_number} {row.person_name}"


def scope_text(row: AuthorisationRow) -> str:
    """The account, the school in general, or the foundation in general."""
    if row.account_id is not None:
        return f"account {row.account_id} ({row.account_platform} {row.account_name!r})"
    return f"{row.school_name} in general" if row.school_id else "the foundation in general"


def period(row: AuthorisationRow) -> str:
    until = row.valid_until.isoformat() if row.valid_until else "withdrawn"
    return f"from {row.valid_from.isoformat()} until {until}"


def list_lines(rows: list[AuthorisationRow], on: date) -> list[str]:
    """A header and one tab-separated line per authorisation, with its status on ``on``."""
    lines = ["id\tstatus\tperson\tfor\tfrom\tuntil\tgranted_by\twithdrawn_on"]
    for row in rows:
        until = row.valid_until.isoformat() if row.valid_until else ""
        withdrawn = row.withdrawn_on.isoformat() if row.withdrawn_on else ""
        lines.append(
            f"{row.id}\t{row.status_on(on).value}\t{person_text(row)}\t{scope_text(row)}\t"
            f"{row.valid_from.isoformat()}\t{until}\t{row.granted_by_name}\t{withdrawn}"
        )
    return lines


def worklist_lines(items: list[WorklistItem]) -> list[str]:
    """A header and one tab-separated line per item: its kind, what it is about, a date
    (leaving date, last day) and the protocol status where it matters."""
    from korre_desktop.cli_commands.account import describe

    lines = ["worklist\tauthorisation\tabout\tdate\tprotocol"]
    for item in items:
        if item.account is not None:
            number, about = "", f"account {item.account.id}: {describe(item.account)}"
        else:
            assert item.authorisation is not None
            row = item.authorisation
            number, about = str(row.id), f"{person_text(row)} for {scope_text(row)}"
        day = item.day.isoformat() if item.day else ""
        lines.append(f"{item.kind.value}\t{number}\t{about}\t{day}\t{item.protocol_status}")
    return lines
