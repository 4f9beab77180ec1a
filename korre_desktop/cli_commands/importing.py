"""``import students|employees|consents FILE``: read an export (CSV, XLSX or EDEXML), print
what it would change, and apply it in one transaction (nothing with ``--dry-run``).

An EDEXML file given to ``import students`` brings its teachers along as employees.
``import employees PERSONS APPOINTMENTS`` joins an HR persons file with its appointments
file (Visma|Raet HR Core Education) first. Columns that only look like a field are
listed and not used; ``--mapping FILE.json`` names them.
A file that cannot be read exits 2 with the row and the reason, and changes nothing;
so does a file with rows in error (the report on stdout lists them all), unless
``--skip-errors`` leaves those rows out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.services.importing import EdexFile, Table

KINDS = ("students", "employees", "consents")


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import parse_date

    parser = commands.add_parser(
        "import",
        parents=[db_option],
        help="import students, employees or a consent register (CSV, XLSX or EDEXML)",
    )
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "appointments",
        type=Path,
        nargs="?",
        metavar="APPOINTMENTS",
        help="employees only: the HR appointments file (Aanstellingen) to join to FILE",
    )
    parser.add_argument(
        "--school",
        metavar="NAME",
        help="school name or BRIN (default: the file's, or the only school)",
    )
    parser.add_argument(
        "--year", metavar="2026-2027", help="school year (default: the file's, or the current one)"
    )
    parser.add_argument(
        "--mapping", type=Path, metavar="FILE.json", help="columns of the fields, as JSON"
    )
    parser.add_argument("--dry-run", action="store_true", help="only print what would change")
    parser.add_argument(
        "--mark-missing-left",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="students on record who are not in this full export leave on this date",
    )
    parser.add_argument(
        "--skip-errors", action="store_true", help="import the other rows when some have errors"
    )
    parser.set_defaults(handler=run_import)


def run_import(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services import importing as imp

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    if args.mark_missing_left is not None and args.kind != "students":
        raise InputError("--mark-missing-left is only for students")
    if args.appointments is not None and args.kind != "employees":
        raise InputError("a second file (the appointments) is only for employees")
    found = _read(args.file)
    appointments = _read(args.appointments) if args.appointments is not None else None
    with _open_store(path) as store:
        if appointments is not None:
            if isinstance(found, imp.EdexFile) or isinstance(appointments, imp.EdexFile):
                raise InputError("an EDEXML file has no appointments file to join")
            today = store.clock().date()
            found = imp.join_appointments(found, appointments, today=today)
        if isinstance(found, imp.EdexFile):
            if args.mapping is not None:
                raise InputError("--mapping is not used for EDEXML files (their columns are fixed)")
            kinds = ["students", "employees"] if args.kind == "students" else [args.kind]
            tables = [(kind, found.table_for(kind)) for kind in kinds]
        else:
            tables = [(args.kind, found)]
        plans = []
        for kind, table in tables:
            mapping = imp.choose_mapping(store, kind, table, args.mapping)
            plans.append(imp.plan_import(store, kind, table, mapping, args.school, args.year))
        for plan in plans:
            print("\n".join(imp.report_lines(plan)))
        missing = sum(len(plan.missing) for plan in plans)
        errors = sum(plan.error_rows for plan in plans)
        if args.dry_run:
            if args.mark_missing_left is not None and missing:
                print(f"{missing} student(s) would leave on {args.mark_missing_left.isoformat()}")
            if errors and not args.skip_errors:
                print(
                    f"with --skip-errors, {errors} row(s) with errors would be skipped"
                    " and the other rows imported"
                )
            print("dry run: nothing was changed")
            return EXIT_OK
        try:
            result = imp.apply_import(
                store, plans, mark_missing_left=args.mark_missing_left, skip_errors=args.skip_errors
            )
        except imp.ImportBlockedError as exc:
            if exc.code != "rows_with_errors":
                raise
            raise imp.ImportBlockedError(
                exc.code, f"{exc.reason} (use --skip-errors to import the other rows)", **exc.params
            ) from None
    counts = result.counts
    skipped = f", {counts['errors']} row(s) with errors left out" if counts["errors"] else ""
    if not result.run_ids:
        if skipped:
            print(f"nothing imported{skipped}")
        else:
            print("nothing to change: the records already match the file")
        return EXIT_OK
    left = f", {result.marked_left} marked as left" if result.marked_left else ""
    print(
        f"imported: {counts['new']} new, {counts['changed']} changed,"
        f" {counts['unchanged']} unchanged{left}{skipped}"
    )
    return EXIT_OK


def _read(file: Path) -> Table | EdexFile:
    from korre_desktop.services import importing as imp

    try:
        return imp.read_any(file)
    except imp.ImportFileError as exc:
        raise imp.ImportFileError(exc.code, f"cannot import {file.name}: {exc}") from None
