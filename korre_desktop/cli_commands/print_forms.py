"""``print forms consent|protocol``: pre-filled forms to send home, with QR codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from korre_desktop.cli import parse_date
from korre_desktop.cli_commands import _today
from korre_desktop.cli_commands._print_common import check_paths, open_store
from korre_desktop.errors import InputError


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "forms",
        parents=[db_option],
        help="pre-filled consent forms or protocol signature sheets (PDF)",
        description="One page per form, each with a QR code and corner markers so a "
        "returned page can be read back. Consent forms: one per guardian with parental "
        "authority for students under 16 on the date, else the student or employee "
        "themself. Every print makes new form codes; earlier ones stay valid.",
    )
    parser.add_argument("kind", choices=["consent", "protocol"], help="which form")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--class", dest="class_name", metavar="NAME", help="a class")
    who.add_argument("--employees", action="store_true", help="the staff (of --school)")
    who.add_argument("--students", metavar="NR,NR,...", help="student numbers")
    parser.add_argument("--school", metavar="NAME", help="the school of the class or staff")
    parser.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="print date (default today)"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.set_defaults(handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.services.forms import Selection, print_forms

    check_paths(path, args.output)
    if args.employees:
        selection = Selection.staff(args.school)
    elif args.students is not None:
        numbers = tuple(n.strip() for n in args.students.split(",") if n.strip())
        if not numbers:
            raise InputError("no student numbers given (--students NR,NR,...)")
        selection = Selection.students(numbers, args.school)
    else:
        selection = Selection.of_class(args.class_name, args.school)
    on = args.date or _today.today()
    with open_store(path) as store:
        result = print_forms(store, args.kind, selection, on, args.output)
    what = "consent form(s)" if result.kind == "consent" else "protocol sheet(s)"
    print(
        f"{result.forms} {what} for {result.people} people ({result.description}) on "
        f"{on.isoformat()} written to {result.target}"
    )
    if result.without_guardian:
        names = ", ".join(result.without_guardian)
        print(
            f"korre-desktop: warning: no guardian with parental authority on record for "
            f"{names}: their form leaves the signer's name blank",
            file=sys.stderr,
        )
    return 0
