"""``scan FILE...`` and ``scan --watch FOLDER``: read returned forms in batches."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from korre_desktop.cli import parse_date
from korre_desktop.cli_commands._print_common import open_store
from korre_desktop.errors import InputError


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "scan",
        parents=[db_option],
        help="read returned forms: scanned PDFs, TIFFs or phone photos",
        description="Each page is matched to its form by the QR code, its boxes are read, "
        "and the statement or protocol signature is saved with the page as evidence. "
        "Pages the reader is not sure of are saved nowhere but put in the review queue "
        "(in the app: Bestand > Gescande formulieren controleren). Blank backs and pages "
        "read before are skipped.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="files to read")
    parser.add_argument(
        "--watch",
        type=Path,
        metavar="FOLDER",
        help="read files as they arrive in FOLDER (a copier's scan-to-folder target) until "
        "interrupted; read files move to FOLDER/ingelezen",
    )
    parser.add_argument(
        "--once", action="store_true", help="with --watch: read what is there now and stop"
    )
    parser.add_argument(
        "--interval", type=float, default=5.0, metavar="SECONDS", help="with --watch (default 5)"
    )
    parser.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="the reading date (default today)"
    )
    parser.set_defaults(handler=run)


def _check(path: Path, args: argparse.Namespace) -> None:
    if not path.exists():
        raise InputError(f"database file not found: {path}")
    if args.watch is None and not args.files:
        raise InputError("name the files to read, or a folder with --watch")
    if args.watch is not None and args.files:
        raise InputError("give either files or --watch FOLDER, not both")
    if args.watch is not None and not args.watch.is_dir():
        raise InputError(f"folder does not exist: {args.watch}")
    for file in args.files:  # a folder, FIFO or device is refused by the batch, per file
        if not file.exists():
            raise InputError(f"file not found: {file}")
    if args.interval <= 0:
        raise InputError("--interval must be more than 0 seconds")


def _print_report(report) -> None:  # BatchReport
    from korre_desktop.services.scanning.wording import report_lines

    for line in report_lines(report):
        print(line)


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.services.scanning.batch import scan_files

    _check(path, args)
    with open_store(path) as store:
        try:
            if args.watch is None:
                report = scan_files(store, args.files, args.date)
                if report.all_refused:
                    for problem in report.file_problems:
                        print(f"korre-desktop: not read: {problem.message}", file=sys.stderr)
                    raise InputError("none of the files could be read; nothing was saved")
                _print_report(report)
                return 0
            return _watch(store, args)
        except KeyboardInterrupt:
            # Every page is filed in its own transaction: what was read stays.
            print(
                "korre-desktop: interrupted; the pages read so far are saved",
                file=sys.stderr,
            )
            return 130


def _watch(store, args: argparse.Namespace) -> int:
    from korre_desktop.services.scanning.batch import scan_files
    from korre_desktop.services.scanning.watch import FolderWatch

    watch = FolderWatch(args.watch)
    if not args.once:
        print(f"watching {args.watch} (Ctrl+C to stop)", file=sys.stderr)
    while True:
        ready = watch.all_files() if args.once else watch.ready_files()
        for file in ready:
            report = scan_files(store, [file], args.date, origin="folder")
            unread = any(problem.source == file.name for problem in report.file_problems)
            moved = watch.put_away(file, read=not unread)
            _print_report(report)
            print(f"moved {file.name} to {moved.parent}")
        if args.once:
            return 0
        time.sleep(args.interval)
