"""The foundation's server: ``move-to-server FILE --to URL`` (an embedded database onto a
new server database, checked) and ``server upgrade`` (a newer app's schema on a shared
server, after a backup: connecting never upgrades it)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser

    move = commands.add_parser(
        "move-to-server",
        parents=[db_option],
        help="copy an embedded database (every row, stored file and audit entry) onto a new,"
        " empty server database, checked before it is kept",
    )
    move.add_argument("file", metavar="FILE", type=Path, help="the embedded database file")
    move.add_argument(
        "--to", required=True, metavar="URL", help="the empty server database (postgresql://...)"
    )
    move.set_defaults(handler=run_move)

    server = commands.add_parser("server", parents=[db_option], help="the foundation's server")
    actions = server.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    upgrade = actions.add_parser(
        "upgrade",
        parents=[db_option],
        help="bring the server database (--db URL) to this app's schema, after a backup",
    )
    upgrade.add_argument(
        "--backup",
        metavar="FILE",
        type=Path,
        help="where the backup goes first (default: the backups folder in the user data folder)",
    )
    server.set_defaults(handler=run_server)


def _progress(total: int):  # -> Callable[[int], None] | None
    if not sys.stderr.isatty():
        return None
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        print(f"\rcopying: {100 * done // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)

    return step


def run_move(_path: object, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.server_location import redacted, server_url_of

    url = server_url_of(args.to)
    if url is None:
        raise InputError(f"--to must be a server database URL (postgresql://...): {args.to}")
    file = args.file.expanduser()
    if server_url_of(str(args.file)) is not None or not file.exists():
        raise InputError(f"database file not found: {args.file}")
    with _open_store(file) as store:
        step = _progress(store.row_count())
        try:
            rows = store.move_to_server(url, step)
        finally:
            if step is not None:
                print(file=sys.stderr)
    total = sum(rows.values())
    print(
        f"moved to {redacted(url)}: {total} rows in {len(rows)} tables"
        f" ({rows['students']} students, {rows['employees']} employees,"
        f" {rows['blobs']} stored files, {rows['audit_log']} audit entries), checked"
    )
    return EXIT_OK


def run_server(path: object, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK
    from korre_desktop.errors import InputError
    from korre_desktop.server_location import ServerLocation
    from korre_desktop.services import server_admin

    if not isinstance(path, ServerLocation):
        raise InputError("name the server database with --db postgresql://... (or KORRE_DB)")
    backup = args.backup or server_admin.default_upgrade_backup(path, datetime.now())
    result = server_admin.upgrade(path, backup)
    if not result.applied:
        print(f"the server database is at schema {result.version} already: nothing to do")
        return EXIT_OK
    print(
        f"backup written: {result.backup}\n"
        f"server database upgraded to schema {result.version}"
        f" (migrations {', '.join(map(str, result.applied))})"
    )
    return EXIT_OK
