"""``dossier add|list``: the personnel file on breaches of the protocol (its closing
paragraph; ``services.dossier``). Confidential; append-only: a correction is a new entry
(``--corrects ID``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.services.dossier import DossierEntryRow

DOSSIER_OPTIONS = {
    "employee_id": "--employee",
    "entry_date": "--date",
    "subject": "--subject",
    "direction": "--direction",
    "document": "FILE",
    "corrects_entry_id": "--corrects",
}


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser, parse_typed_date
    from korre_desktop.domain.correspondence import DIRECTIONS

    parser = commands.add_parser(
        "dossier", parents=[db_option], help="the personnel file on breaches of the protocol"
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[db_option], help="add a letter or e-mail")
    add.add_argument("--employee", required=True, metavar="STAFFNUMBER")
    add.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FILE",
        help="PDF, image, .eml or .msg (may be left out for a correction)",
    )
    add.add_argument("--subject", required=True)
    add.add_argument("--date", type=parse_typed_date, required=True, metavar="DATE")
    add.add_argument("--direction", choices=DIRECTIONS, default="in", help="default: in")
    add.add_argument("--note", default="")
    add.add_argument("--corrects", type=int, metavar="ID", help="the entry this one corrects")
    listing = actions.add_parser("list", parents=[db_option], help="an employee's file")
    listing.add_argument("--employee", required=True, metavar="STAFFNUMBER")
    parser.set_defaults(handler=run_dossier)


def run_dossier(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import employee_id, read_file, worded
    from korre_desktop.services import dossier

    database_must_exist(path)
    document = read_file(args.file, outlook=True) if args.what == "add" else None
    with _open_store(path) as store, worded(DOSSIER_OPTIONS):
        employee = employee_id(store, args.employee, "--employee")
        if args.what == "list":
            print("\n".join(list_lines(dossier.list_dossier(store, employee))))
            return EXIT_OK
        data = dossier.DossierEntryInput(
            employee_id=employee,
            entry_date=args.date,
            subject=args.subject,
            direction=args.direction,
            document=document,
            note=args.note,
            corrects_entry_id=args.corrects,
        )
        entry_id = dossier.add_dossier_entry(store, data)
    print(f"entry {entry_id} added to the personnel file of {args.employee}")
    return EXIT_OK


def list_lines(rows: list[DossierEntryRow]) -> list[str]:
    lines = ["id\tdate\tdirection\tsubject\tdocument\tcorrects\tcorrected_by"]
    lines += [
        f"{e.id}\t{e.entry_date.isoformat()}\t{e.direction}\t{e.subject}\t{e.document_name}\t"
        f"{e.corrects_entry_id or ''}\t{e.corrected_by_id or ''}"
        for e in rows
    ]
    return lines
