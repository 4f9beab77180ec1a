"""``encrypt``, ``decrypt`` and ``change-key``: encryption at rest of the database file
(``services.encryption``). The recovery code is printed once, on stdout."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

_PASSPHRASE_HELP = (
    "use a passphrase instead of a random key kept in the OS keyring (asked twice on a"
    " terminal, else read from the first line of stdin); it is then asked at every start"
)


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        parents=[db_option],
        help="encrypt the database file and its backups (SQLCipher); prints the recovery code once",
    )
    encrypt.add_argument("--passphrase", action="store_true", help=_PASSPHRASE_HELP)
    encrypt.set_defaults(handler=run_encrypt)
    change = commands.add_parser(
        "change-key",
        parents=[db_option],
        help="a new key for the encrypted database file and its backups; prints the new"
        " recovery code once",
    )
    change.add_argument("--passphrase", action="store_true", help=_PASSPHRASE_HELP)
    change.set_defaults(handler=run_change_key)
    decrypt = commands.add_parser(
        "decrypt", parents=[db_option], help="make the database file and its backups plain again"
    )
    decrypt.set_defaults(handler=run_decrypt)


def _passphrase(args: argparse.Namespace) -> str | None:
    from korre_desktop.errors import InputError

    if not args.passphrase:
        return None
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("passphrase: ")
    if getpass.getpass("the same passphrase again: ") != first:
        raise InputError("the two passphrases differ: nothing was changed")
    return first


def _report(path: Path, outcome, verb: str) -> None:  # outcome: services.encryption.Outcome
    print(f"{verb}: {path}")
    if outcome.recovery_code is not None:
        if outcome.in_keyring:
            print("the key is kept in this computer's keyring")
        else:
            print("the passphrase is asked at every start (scripts: KORRE_DB_KEY)")
        groups = outcome.recovery_code.split("-")
        print("recovery code (shown only now: print it and keep it in the foundation's safe):")
        for start in range(0, len(groups), 7):
            print("    " + "-".join(groups[start : start + 7]))
    if outcome.backups:
        print(f"{len(outcome.backups)} backup(s) {verb} too")
    for failed in outcome.failed_backups:
        print(
            f"korre-desktop: warning: backup not {verb} (damaged or another key): {failed};"
            " remove it by hand if it is no longer needed",
            file=sys.stderr,
        )


def run_encrypt(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK
    from korre_desktop.services import encryption

    outcome = encryption.encrypt(path, _passphrase(args))
    _report(path, outcome, "encrypted")
    return EXIT_OK


def run_change_key(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK
    from korre_desktop.services import encryption

    outcome = encryption.change_key(path, _passphrase(args))
    _report(path, outcome, "re-keyed")
    return EXIT_OK


def run_decrypt(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK
    from korre_desktop.services import encryption

    outcome = encryption.decrypt(path)
    _report(path, outcome, "decrypted")
    return EXIT_OK
