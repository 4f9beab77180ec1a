"""``users add|list|disable|enable|set-password|set-role|link-class|unlink-class|link-group|
unlink-group|set-schools``: who may sign in
to a server database, in which role (``services.users``). The embedded file is one local user."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from korre_desktop.domain.roles import Role
from korre_desktop.errors import InputError

ROLES = [role.value for role in Role]


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser, parse_date

    parser = commands.add_parser(
        "users",
        parents=[db_option],
        help="who may sign in to the server database, in which role (a beheerder's work)",
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser(
        "add",
        parents=[db_option],
        help="a new user: a server login in a role (the password from standard input"
        " when that is not a terminal, else asked twice)",
    )
    add.add_argument("login", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--school",
        dest="schools",
        action="append",
        default=[],
        metavar="NAME",
        help="limit administratie or directie to this school (repeatable)",
    )
    add.add_argument(
        "--employee", metavar="STAFFNUMBER", help="the teacher's employee (their classes)"
    )
    actions.add_parser("list", parents=[db_option], help="list the users")
    disable = actions.add_parser(
        "disable", parents=[db_option], help="the user can no longer sign in (history stays)"
    )
    disable.add_argument("login", metavar="NAME")
    enable = actions.add_parser(
        "enable", parents=[db_option], help="a disabled user can sign in again"
    )
    enable.add_argument("login", metavar="NAME")
    password = actions.add_parser(
        "set-password",
        parents=[db_option],
        help="a new password for a user (from standard input when that is not a terminal,"
        " else asked twice)",
    )
    password.add_argument("login", metavar="NAME")
    set_role = actions.add_parser("set-role", parents=[db_option], help="change a user's role")
    set_role.add_argument("login", metavar="NAME")
    set_role.add_argument("role", choices=ROLES)
    for name, words in (("link-class", "link a class to"), ("unlink-class", "unlink a class from")):
        link = actions.add_parser(
            name, parents=[db_option], help=f"{words} a user (a teacher) by hand"
        )
        link.add_argument("login", metavar="NAME")
        link.add_argument("--class", dest="class_name", required=True, metavar="NAME")
        link.add_argument("--school", metavar="NAME")
    for name, words in (
        ("link-group", "link a trip group to"),
        ("unlink-group", "unlink a trip group from"),
    ):
        group = actions.add_parser(
            name, parents=[db_option], help=f"{words} a user (a teacher) by hand"
        )
        group.add_argument("login", metavar="NAME")
        group.add_argument("--group", required=True, metavar="GROUP")
        group.add_argument(
            "--date",
            type=parse_date,
            metavar="YYYY-MM-DD",
            help="the trip date, when several groups have that name",
        )
    schools = actions.add_parser(
        "set-schools",
        parents=[db_option],
        help="limit administratie or directie to these schools (none: every school)",
    )
    schools.add_argument("login", metavar="NAME")
    schools.add_argument("schools", nargs="*", metavar="SCHOOL")
    parser.set_defaults(handler=run)


def read_password(stdin=None) -> str:
    """A new password: standard input's first line when it is not a terminal
    (a script, a pipe), else asked twice without echo. Never printed or logged."""
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        password = stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("new password: ")
        if getpass.getpass("again: ") != password:
            raise InputError("the two passwords differ: nothing was changed")
    if not password:
        raise InputError("an empty password: nothing was changed")
    return password


def run(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.cli_commands import _today
    from korre_desktop.cli_commands._entry import database_must_exist
    from korre_desktop.services import users

    database_must_exist(path)
    with _open_store(path) as store:
        users.embedded_refusal(store)
        if args.what == "list":
            for user in users.list_users(store):
                state = "" if user.active else "\tdisabled"
                print(
                    f"{user.login}\t{user.role.value}\t{user.schools or 'every school'}"
                    f"\t{user.staff_number or ''}\t{user.classes}{state}"
                )
        elif args.what == "add":
            role = users.parse_role(args.role)
            password = read_password() if users.needs_password(store, args.login) else None
            users.add_user(store, args.login, role, password, args.schools, args.employee)
            print(f"user {args.login} added as {role.value}")
        elif args.what == "disable":
            users.disable_user(store, args.login)
            print(f"user {args.login} disabled: they can no longer sign in")
        elif args.what == "enable":
            users.enable_user(store, args.login)
            print(f"user {args.login} enabled: they can sign in again")
        elif args.what == "set-password":
            users.set_password(store, args.login, read_password())
            print(f"user {args.login} has a new password")
        elif args.what == "set-role":
            users.set_role(store, args.login, users.parse_role(args.role))
            print(f"user {args.login} is now {args.role}")
        elif args.what == "link-class":
            name = users.link_class(store, args.login, args.class_name, args.school, _today.today())
            print(f"class {name} linked to {args.login}")
        elif args.what == "unlink-class":
            name = users.unlink_class(
                store, args.login, args.class_name, args.school, _today.today()
            )
            print(f"class {name} no longer linked to {args.login}")
        elif args.what == "unlink-group":
            name = users.unlink_trip_group(store, args.login, args.group, args.date)
            print(f"trip group {name} no longer linked to {args.login}")
        elif args.what == "link-group":
            name = users.link_trip_group(store, args.login, args.group, args.date)
            print(f"trip group {name} linked to {args.login}")
        elif args.what == "set-schools":
            users.set_schools(store, args.login, args.schools)
            print(f"{args.login}: {', '.join(args.schools) or 'every school'}")
    return EXIT_OK
