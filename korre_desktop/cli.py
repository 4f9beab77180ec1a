"""The command line: ``korre-desktop [--db PATH] [COMMAND ...]``; no command opens the app."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from korre_desktop import __version__
from korre_desktop.cli_commands import _today
from korre_desktop.domain.dates import ImpossibleDateError, parse_dutch_date
from korre_desktop.errors import DatabaseMissingError, InputError, KorreError, NotADatabaseError
from korre_desktop.locations import (
    ENV_DATABASE,
    LOCATION_MESSAGES,
    default_database_path,
    location_warning,
    remembered_database,
    resolve_database_path,
)
from korre_desktop.server_location import ServerLocation

PROG = "korre-desktop"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


_ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")


def parse_typed_date(text: str) -> date:
    """A date as the office types it: dd-mm-jjjj or d-m-jj (as in the app), or YYYY-MM-DD."""
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"no such date: {text.strip()!r}") from None
    try:
        return parse_dutch_date(text)
    except ImpossibleDateError:
        raise argparse.ArgumentTypeError(f"no such date: {text.strip()!r}") from None
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date (dd-mm-yyyy, d-m-yy or YYYY-MM-DD): {text!r}"
        ) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def database_options(*, login: bool = True) -> argparse.ArgumentParser:
    """The options every command takes: the database, and (unless a command's own
    ``--user`` means something else) the login to sign in with."""
    options = _Parser(add_help=False)
    options.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=f"database file, or server database (postgresql://user@host/database)"
        f" (default: ${ENV_DATABASE}, else the one chosen at the first start, else the user"
        f" data folder)",
    )
    if login:
        options.add_argument(
            "--user",
            metavar="LOGIN",
            default=argparse.SUPPRESS,
            help="sign in to a server database as LOGIN (the password from PGPASSWORD,"
            " ~/.pgpass or the URL)",
        )
    return options


def build_parser() -> argparse.ArgumentParser:
    db_option = database_options()
    parser = _Parser(
        prog=PROG,
        description="Social-media protocol and media-consent records of Stichting de Korre.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", parents=[db_option], help="open the app (the default)")
    init = commands.add_parser(
        "init",
        parents=[db_option],
        help="make a new, empty database: a file, or on the server (refused when the file"
        " exists or the server database is not empty)",
    )
    init.add_argument("--foundation", metavar="NAME", help="the foundation's name")
    init.add_argument(
        "--school",
        metavar="NAME[=BRIN]",
        action="append",
        default=[],
        help="a school of the foundation, with its BRIN number (repeat for each school)",
    )
    check = commands.add_parser(
        "check",
        parents=[db_option],
        help="check the database: its structure and references, and every stored file,"
        " text, JSON value and date (the damaged records are named)",
    )
    check.add_argument(
        "--quick",
        action="store_true",
        help="the structure and references only (fast; what to run at every start)",
    )
    backup = commands.add_parser("backup", parents=[db_option], help="back up the database")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="backup file")

    demo = commands.add_parser(
        "demo", parents=[db_option], help="fill an empty database with synthetic demo data"
    )
    demo.add_argument("--students", type=positive_int, default=600, metavar="N")
    demo.add_argument("--employees", type=positive_int, default=60, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="reference date (default today)"
    )

    export = commands.add_parser("export", parents=[db_option], help="export data")
    exports = export.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    exports.required = True
    status = exports.add_parser(
        "status", parents=[db_option], help="status of everyone on the list, as CSV"
    )
    status.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    status.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="default today")
    status.add_argument(
        "--excel",
        action="store_true",
        help="for Dutch Excel: semicolons, UTF-8 with BOM, Dutch headers and words",
    )
    protocol = commands.add_parser(
        "protocol", parents=[db_option], help="the foundation's protocol versions"
    )
    protocols = protocol.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    protocols.required = True
    protocols.add_parser("list", parents=[db_option], help="list the protocol versions")
    add = protocols.add_parser("add", parents=[db_option], help="load a protocol PDF")
    add.add_argument("file", type=Path, metavar="FILE.pdf")
    add.add_argument("--label", required=True, help="version label, e.g. 2026")
    add.add_argument(
        "--date", type=parse_date, required=True, metavar="YYYY-MM-DD", help="in effect from"
    )
    add.add_argument("--audience", choices=["employees", "students"], required=True)
    add.add_argument("--title", default="")
    from korre_desktop.cli_commands._entry import register_protocol_sign

    register_protocol_sign(protocols, db_option)

    withdraw = commands.add_parser(
        "withdraw", parents=[db_option], help="withdraw consent (a new statement)"
    )
    who = withdraw.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="NUMBER", help="leerlingnummer")
    who.add_argument("--employee", metavar="NUMBER", help="personeelsnummer")
    withdraw.add_argument("--school", metavar="NAME", help="when the number is used at two schools")
    withdraw.add_argument(
        "--guardian", metavar="NAME", help="part of the guardian's name (default: the student)"
    )
    withdraw.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="default today")
    withdraw.add_argument(
        "--items", metavar="CODE,CODE", help="item codes, e.g. foto_website (default: all)"
    )
    withdraw.add_argument("--note", default="")
    withdraw.add_argument("--evidence", type=Path, metavar="FILE", help="scan or e-mail as PDF")

    from korre_desktop.cli_commands import command_modules

    for module in command_modules():
        module.register(commands, db_option)
    return parser


def _open_store(path: Path, create: bool = False):  # -> Store; imported late for `--version`
    """The database at ``path``; a missing file is an error (exit 2) unless ``create``."""
    from korre_desktop.store import Store

    warning = location_warning(path)
    if warning:
        print(f"{PROG}: warning: {LOCATION_MESSAGES[warning]}", file=sys.stderr)
    return Store.open(path, create=create)


def cmd_init(path: Path | ServerLocation, foundation: str | None, schools: list[str]) -> int:
    from korre_desktop.services import setup
    from korre_desktop.store import Store

    wanted = [setup.parse_school(text) for text in schools]  # a bad one: before anything
    if not isinstance(path, ServerLocation):
        if path.exists():
            raise InputError(f"there is already a file at {path}")
        _make_default_folder(path)
    with Store.create(path) as store:
        setup.set_up(store, foundation, wanted)
    made = f" with {len(wanted)} school(s)" if wanted else ""
    print(f"new database: {path}{made}")
    return EXIT_OK


def _make_default_folder(path: Path | ServerLocation) -> None:
    """The user data folder is made on the first use of the default place, as the app does;
    any other folder must exist."""
    if path != default_database_path():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the data folder {path.parent}: {exc.strerror}") from exc


def _check_progress(done: int, total: int, _label: str) -> None:
    print(f"\rchecking: {100 * done // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


def counted(count: int, plural: str, singular: str = "") -> str:
    """``1 school``, ``2 schools``; ``singular`` for a plural not made with -s (people)."""
    return f"{count} {(singular or plural[:-1]) if count == 1 else plural}"


def cmd_check(path: Path, quick: bool) -> int:
    step = _check_progress if not quick and sys.stderr.isatty() else None
    with _open_store(path) as store:
        try:
            findings = [finding.message for finding in store.check(quick, step)]
            counts = {} if findings else store.people.counts()
        except NotADatabaseError:  # damage that the check itself trips over
            findings = [f"the database file is damaged: {path}"]
        finally:
            if step is not None:
                print(file=sys.stderr)
    if findings:
        for finding in findings:
            print(f"{PROG}: problem: {finding}", file=sys.stderr)
        return EXIT_PROBLEM
    summary = ", ".join(counted(count, name) for name, count in counts.items())
    print(f"ok: {path} ({summary})")
    return EXIT_OK


def cmd_backup(path: Path | ServerLocation, output: Path | None) -> int:
    if not path.exists():
        raise InputError(f"database file not found: {path}")
    if isinstance(path, ServerLocation) and output is None:
        raise InputError(
            "name the backup file of a server database with -o FILE.sqlite"
            " (the server's own backups are its administrator's)"
        )
    with _open_store(path) as store:
        if output is None:  # into the automatic backups' folder (a setting), rotated
            made = store.backup_now()
        else:
            if output.expanduser().resolve() == path.resolve():
                raise InputError("the backup file must not be the database itself")
            made = store.backup_to(output)
    print(f"backup written: {made}")
    return EXIT_OK


def cmd_demo(path: Path, args: argparse.Namespace, named: bool) -> int:
    """Demo data into an empty database; a new file is made for it when none is there
    (an explicit creation), but never in place of the database this computer remembers:
    that one was moved or deleted, and demo data there would look like the real records."""
    from korre_desktop.services.demo import generate_demo

    creating = not path.exists()
    if creating and not named and remembered_database() is not None:
        raise DatabaseMissingError(
            f"database file not found: {path} (the database this computer uses was moved"
            " or deleted); to make a demo database elsewhere, name it with --db",
            path=str(path),
        )
    if creating:
        _make_default_folder(path)
    with _open_store(path, create=creating) as store:
        summary = generate_demo(
            store, students=args.students, employees=args.employees, seed=args.seed, today=args.date
        )
    made = "new database " if creating else ""
    print(
        f"demo data written to {made}{path}: {summary.schools} schools, {summary.classes} classes, "
        f"{summary.students} students, {summary.guardians} guardians, "
        f"{summary.employees} employees, {summary.statements} consent statements, "
        f"{summary.signatures} protocol signatures, {summary.accounts} social-media accounts, "
        f"{summary.authorisations} authorisations"
    )
    return EXIT_OK


def cmd_export_status(path: Path, output: Path, on: date | None, excel: bool = False) -> int:
    from korre_desktop.services.status_export import export_status_csv

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    if output.expanduser().resolve() == path.resolve():
        raise InputError("the export file must not be the database itself")
    on = on or _today.today()
    with _open_store(path) as store:
        count = export_status_csv(store, output, on, excel=excel)
    print(f"{count} people on {on.isoformat()} written to {output}")
    return EXIT_OK


def cmd_protocol(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.domain.protocol import Audience
    from korre_desktop.services import protocol_versions
    from korre_desktop.services.evidence import read_source
    from korre_desktop.services.files import regular_file_or_error

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    with _open_store(path) as store:
        if args.what == "add":
            regular_file_or_error(args.file)  # a FIFO or device would hang the read
            version_id = protocol_versions.add_version(
                store,
                read_source(args.file),
                args.label,
                args.date,
                Audience(args.audience),
                args.title,
            )
            print(f"protocol version {args.label} for {args.audience} stored (id {version_id})")
            return EXIT_OK
        for version in protocol_versions.list_versions(store):
            document = "document" if version.document_sha256 else "no document"
            print(
                f"{version.audience.value}\t{version.label}\t"
                f"{version.effective_date.isoformat()}\t{document}\t{version.title}"
            )
    return EXIT_OK


def cmd_withdraw(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli_commands._entry import attach, find_person, person_number, prepare_file
    from korre_desktop.domain.consent_items import is_item_code
    from korre_desktop.services import entry

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    on = args.date or _today.today()
    items = [code.strip() for code in args.items.split(",")] if args.items else []
    unknown = [code for code in items if not is_item_code(code)]
    if unknown:
        raise InputError(f"unknown item code: {unknown[0]} (for example foto_website)")
    _kind, number = person_number(args)
    prepared = prepare_file(args.evidence)
    with _open_store(path) as store:
        person = find_person(store, args, on)
        signer = entry.find_signer(store, person, args.guardian)
        items = items or entry.withdrawable_items(store, on)  # none named: every item
        with store.transaction():
            evidence = attach(store, prepared, person, "consent", signer)
            entry.withdraw_consent(store, person, signer, on, items, args.note, evidence)
    print(
        f"consent withdrawn for {person.name} ({number}) by {signer.name} on {on.isoformat()}:"
        f" {len(items)} item(s)"
    )
    return EXIT_OK


def _signing_in_as(path: Path | ServerLocation, login: str) -> ServerLocation:
    from korre_desktop.server_location import with_login

    if not isinstance(path, ServerLocation):
        raise InputError(
            "--user is for a server database: the embedded file has one local user"
            " (this computer's account)"
        )
    return ServerLocation(with_login(path.url, login))


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    path = resolve_database_path(getattr(args, "db", None))
    login = getattr(args, "user", None)
    if login:
        path = _signing_in_as(path, login)
    handler = getattr(args, "handler", None)
    if handler is not None:  # commands from korre_desktop/cli_commands
        return handler(path, args)
    command = args.command or "gui"
    if command == "gui":
        from korre_desktop.gui.app import run_app

        return run_app(path, given=bool(getattr(args, "db", None)))
    if command == "init":
        return cmd_init(path, args.foundation, args.school)
    if command == "check":
        return cmd_check(path, args.quick)
    if command == "backup":
        return cmd_backup(path, args.output)
    if command == "demo":
        named = bool(getattr(args, "db", None) or os.environ.get(ENV_DATABASE))
        return cmd_demo(path, args, named)
    if command == "export":
        return cmd_export_status(path, args.output, args.date, args.excel)
    if command == "protocol":
        return cmd_protocol(path, args)
    if command == "withdraw":
        return cmd_withdraw(path, args)
    raise _UsageError(f"unknown command: {command}")


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command so ended


def _quiet_stdout() -> None:
    """Standard output to nowhere, so that Python's own flush at exit meets no closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    from korre_desktop.logs import setup_logging
    from korre_desktop.memory import FOR_COMMANDS, tune_cycle_collector

    tune_cycle_collector(FOR_COMMANDS)  # the window sets its own when it starts
    setup_logging()
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except _UsageError as exc:
        print(f"{PROG}: error: {exc} (see '{PROG} --help')", file=sys.stderr)
        return EXIT_USAGE
    except KorreError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was saved", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (| head): quiet, as other tools are
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the last line of defence: one line, details in the log
        log.exception("internal error")
        print(f"{PROG}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
