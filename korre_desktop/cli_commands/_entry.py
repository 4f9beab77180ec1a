"""What the entry commands share (``consent``, ``withdraw``, ``protocol sign``): choosing
the person and the signer, and the evidence file, read and checked against them.

The evidence is prepared (straightened, its form codes read) before the database is
opened; it is stored in the entry's own transaction only after its form codes proved to
belong to this person, signer and kind of form (``services.entry_evidence``).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from korre_desktop.cli_commands import _today
from korre_desktop.errors import InputError

if TYPE_CHECKING:
    from korre_desktop.services.entry import PersonChoice, SignerChoice
    from korre_desktop.services.evidence import PreparedEvidence
    from korre_desktop.store import Store


def add_person_arguments(parser: argparse.ArgumentParser, guardian: bool = True) -> None:
    """--student/--employee, --school, (--guardian), --date, --note and --evidence."""
    from korre_desktop.cli import parse_date

    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="NUMBER", help="leerlingnummer")
    who.add_argument("--employee", metavar="NUMBER", help="personeelsnummer")
    parser.add_argument("--school", metavar="NAME", help="when the number is used at two schools")
    if guardian:
        parser.add_argument(
            "--guardian", metavar="NAME", help="part of the guardian's name (default: the student)"
        )
    parser.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="default today")
    parser.add_argument("--note", default="")
    parser.add_argument(
        "--evidence", type=Path, metavar="FILE", help="the scan, photo or PDF to keep as proof"
    )


def person_number(args: argparse.Namespace) -> tuple[str, str]:
    """(kind, number) as given; --guardian only goes with --student."""
    kind, number = ("student", args.student) if args.student else ("employee", args.employee)
    if kind == "employee" and getattr(args, "guardian", None):
        raise InputError("--guardian is only for students")
    return kind, number


def find_person(store: Store, args: argparse.Namespace, on: date) -> PersonChoice:
    from korre_desktop.services import entry

    kind, number = person_number(args)
    return entry.find_by_number(store, kind, number, on, args.school)


def prepare_file(path: Path | None) -> PreparedEvidence | None:
    """The evidence file read, straightened and its form codes read (no database needed)."""
    if path is None:
        return None
    from korre_desktop.services.evidence import prepare_evidence, read_source
    from korre_desktop.services.files import regular_file_or_error

    regular_file_or_error(path)  # a FIFO or device would hang the read
    return prepare_evidence(read_source(path))


def attach(
    store: Store,
    prepared: PreparedEvidence | None,
    person: PersonChoice,
    kind: str,
    signer: SignerChoice | None = None,
) -> str | None:
    """Store the evidence if it belongs to this entry (inside the entry's transaction)."""
    if prepared is None:
        return None
    from korre_desktop.services.entry_evidence import attach_evidence

    return attach_evidence(store, prepared, person, kind, signer)


def database_must_exist(path: Path) -> None:
    if not path.exists():
        raise InputError(f"database file not found: {path}")


# -- protocol sign -----------------------------------------------------------------------------


def register_protocol_sign(
    protocols: argparse._SubParsersAction, db_option: argparse.ArgumentParser
) -> None:
    """``protocol sign``: a signed protocol sheet (a sub-command of ``protocol``)."""
    sign = protocols.add_parser(
        "sign", parents=[db_option], help="enter a signed protocol sheet (with its scan)"
    )
    add_person_arguments(sign, guardian=False)
    sign.add_argument(
        "--version", metavar="LABEL", help="protocol version (default: the one in effect)"
    )
    sign.add_argument("--place", default="", help="the place written on the sheet")
    sign.set_defaults(handler=run_protocol_sign)


def run_protocol_sign(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.services import entry

    database_must_exist(path)
    on = args.date or _today.today()
    person_number(args)
    prepared = prepare_file(args.evidence)
    with _open_store(path) as store:
        person = find_person(store, args, on)
        version = entry.protocol_version_to_sign(store, person, on, args.version)
        with store.transaction():
            evidence = attach(store, prepared, person, "protocol")
            entry.save_protocol_signature(
                store, person, version.id, on, args.place, evidence, args.note
            )
    print(f"protocol {version.label} signed by {person.name} ({person.number}) on {on.isoformat()}")
    return EXIT_OK
