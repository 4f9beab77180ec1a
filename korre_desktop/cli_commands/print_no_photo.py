"""``print no-photo``: the list of who may not be photographed, filmed or recorded."""

from __future__ import annotations

import argparse
from pathlib import Path

from korre_desktop.cli import parse_date
from korre_desktop.cli_commands import _today
from korre_desktop.cli_commands._print_common import check_paths, open_store
from korre_desktop.errors import InputError


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "no-photo",
        parents=[db_option],
        help="the no-photo list of classes, a school, students or a trip group (PDF)",
        description="Who may not be photographed, filmed or recorded on a date. Choose "
        "--class (repeatable; with --school when the name is used at two schools), "
        "--school alone for the whole school, --students, or --group.",
    )
    parser.add_argument(
        "--class", dest="classes", action="append", metavar="NAME", help="a class (repeatable)"
    )
    parser.add_argument("--school", metavar="NAME", help="the school (alone: the whole school)")
    parser.add_argument("--students", metavar="NR,NR,...", help="student numbers")
    parser.add_argument("--group", metavar="NAME", help="a saved trip group")
    parser.add_argument(
        "--group-date", type=parse_date, metavar="YYYY-MM-DD", help="the trip group's date"
    )
    parser.add_argument(
        "--date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="valid on (default: the trip date for a group, else today)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.set_defaults(handler=run)


def _selection(store, args: argparse.Namespace):
    from korre_desktop.services import groups
    from korre_desktop.services.pdf.selection import (
        ClassesSelection,
        GroupSelection,
        SchoolSelection,
        StudentsSelection,
    )

    chosen = [name for name in ("classes", "students", "group") if getattr(args, name)]
    if len(chosen) > 1:
        raise InputError("choose only one of --class, --students and --group")
    if args.group_date and not args.group:
        raise InputError("--group-date belongs to --group")
    if args.group:
        if args.school:
            raise InputError("--school cannot be combined with --group")
        group = groups.find_group(store, args.group, args.group_date)
        return GroupSelection(group.id), group.trip_date
    if args.classes:
        return ClassesSelection(tuple(args.classes), args.school), None
    if args.students:
        numbers = tuple(n.strip() for n in args.students.split(",") if n.strip())
        return StudentsSelection(numbers, args.school), None
    if args.school:
        return SchoolSelection(args.school), None
    raise InputError("choose --class, --school, --students or --group")


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.services.pdf.no_photo import no_photo_pdf

    check_paths(path, args.output)
    with open_store(path) as store:
        selection, trip_date = _selection(store, args)
        on = args.date or trip_date or _today.today()
        summary = no_photo_pdf(store, selection, on, args.output)
    print(
        f"no-photo list for {on.isoformat()} written to {args.output}: {summary.pages} page(s),"
        f" {summary.students} student(s); no photo {summary.no_photo}, no film"
        f" {summary.no_film}, no audio {summary.no_audio}"
        + (f"; {summary.not_on_list} not on the list" if summary.not_on_list else "")
    )
    return 0
