"""``press-report add|list``: press contact after a social-media message, reported to
management (the protocol's 2.4; ``services.press_reports``). Never changed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.services.press_reports import PressReportRow

PRESS_OPTIONS = {
    "report_date": "--date",
    "employee_id": "--employee",
    "school_id": "--school",
    "medium": "--medium",
    "subject": "--subject",
    "reported_to_employee_id": "--reported-to",
}


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser, parse_typed_date
    from korre_desktop.cli_commands._protocol_records import add_owner_arguments

    parser = commands.add_parser(
        "press-report", parents=[db_option], help="press contact reported to management"
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", parents=[db_option], help="record a press report")
    add.add_argument("--employee", required=True, metavar="STAFFNUMBER", help="who was approached")
    add.add_argument("--date", type=parse_typed_date, required=True, metavar="DATE")
    add.add_argument("--medium", required=True, help="newspaper, broadcaster, website")
    add.add_argument("--subject", required=True)
    add.add_argument("--reported-to", required=True, metavar="STAFFNUMBER", help="management")
    add_owner_arguments(add, required=False)  # default: the employee's school
    add.add_argument("--note", default="")
    add.add_argument(
        "--attachment", type=Path, metavar="FILE", help="a PDF, image or e-mail (.eml)"
    )
    listing = actions.add_parser("list", parents=[db_option], help="the reports, newest first")
    add_owner_arguments(listing, required=False)
    parser.set_defaults(handler=run_press_report)


def run_press_report(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.cli_commands._protocol_records import (
        employee_id,
        read_file,
        school_id,
        worded,
    )
    from korre_desktop.services import press_reports

    database_must_exist(path)
    attachment = read_file(args.attachment) if args.what == "add" else None
    with _open_store(path) as store, worded(PRESS_OPTIONS):
        school = school_id(store, args.school) if args.school else None
        if args.what == "list":
            rows = press_reports.list_press_reports(store, school, foundation=args.foundation)
            print("\n".join(list_lines(rows)))
            return EXIT_OK
        data = press_reports.PressReportInput(
            report_date=args.date,
            employee_id=employee_id(store, args.employee, "--employee"),
            school_id=(
                school if args.school or args.foundation else press_reports.EMPLOYEES_SCHOOL
            ),
            medium=args.medium,
            subject=args.subject,
            reported_to_employee_id=employee_id(store, args.reported_to, "--reported-to"),
            note=args.note,
            attachment=attachment,
        )
        report_id = press_reports.add_press_report(store, data)
        (report,) = [r for r in press_reports.list_press_reports(store) if r.id == report_id]
    print(
        f"press report {report.id} added: {report.employee_name} on"
        f" {report.report_date.isoformat()} ({report.medium}), reported to"
        f" {report.reported_to_name}, {report.school_name or 'foundation'}"
    )
    return EXIT_OK


def list_lines(rows: list[PressReportRow]) -> list[str]:
    lines = ["id\tdate\temployee\tof\tmedium\tsubject\treported_to\tattachment"]
    lines += [
        f"{r.id}\t{r.report_date.isoformat()}\t{r.employee_number} {r.employee_name}\t"
        f"{r.school_name or 'foundation'}\t{r.medium}\t{r.subject}\t{r.reported_to_name}\t"
        f"{r.attachment_name}"
        for r in rows
    ]
    return lines
