"""``print worklists``: the office's worklists as PDF, for everyone or a school or class."""

from __future__ import annotations

import argparse
from pathlib import Path

from korre_desktop.cli import parse_date
from korre_desktop.cli_commands import _today
from korre_desktop.cli_commands._print_common import check_paths, open_store


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "worklists",
        parents=[db_option],
        help="the worklists (protocol, turned 16, conflicts, no form) as PDF",
    )
    parser.add_argument("--school", metavar="NAME", help="only this school")
    parser.add_argument("--class", dest="class_name", metavar="NAME", help="only this class")
    parser.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="default today")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.set_defaults(handler=run)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.services.pdf.worklists_pdf import worklists_pdf

    check_paths(path, args.output)
    on = args.date or _today.today()
    with open_store(path) as store:
        summary = worklists_pdf(store, on, args.output, args.school, args.class_name)
    counts = ", ".join(f"{worklist.value} {count}" for worklist, count in summary.counts.items())
    print(
        f"worklists for {on.isoformat()} written to {args.output}: {summary.pages} page(s),"
        f" {summary.people} people ({counts})"
    )
    return 0
