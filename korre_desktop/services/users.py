"""Who may sign in to a server database, in which role: the use cases of ``korre-desktop
users ...`` and of the window's Beheer -> Gebruikers. The server enforces the roles
(``store/postgres_roles.py``); the embedded file is one local user and refuses these.

A beheerder's work (the server refuses them to anyone else).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from korre_desktop.domain.roles import Permission, Role
from korre_desktop.errors import InputError
from korre_desktop.services import groups, selection
from korre_desktop.store import Store
from korre_desktop.store.user_queries import check_login


class UserError(InputError):
    """A user that cannot be made or changed as asked; ``reason`` says why."""

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


@dataclass(frozen=True)
class User:
    login: str
    role: Role
    active: bool
    staff_number: str | None  # the teacher's employee (their classes from the import)
    schools: str  # the schools an office or management is limited to ("" = every school)
    classes: str  # classes linked by hand
    trip_groups: str = ""  # trip groups linked by hand


def embedded_refusal(store: Store) -> None:
    if not store.is_server:
        raise UserError(
            "embedded",
            "the embedded file has one local user (this computer's account, who may do"
            " everything): users and roles are kept on a server database",
        )


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        roles = ", ".join(role.value for role in Role)
        raise UserError("unknown_role", f"unknown role: {text!r} (roles: {roles})") from None


def may_manage(store: Store) -> bool:
    """Whether the one signed in manages the users: a beheerder on a server (the embedded
    file is one local user, so there is nobody to manage)."""
    return store.is_server and store.signed_in().may(Permission.MANAGE_USERS)


def list_users(store: Store) -> list[User]:
    embedded_refusal(store)
    return [
        User(
            row["login"],
            Role(row["role"]),
            bool(row["active"]),
            row["staff_number"],
            row["schools"] or "",
            row["classes"] or "",
            row["trip_groups"] or "",
        )
        for row in store.users.users()
    ]


def needs_password(store: Store, login: str) -> bool:
    """A new login needs a password; an existing login of the server keeps its own."""
    embedded_refusal(store)
    return not store.users.login_exists(check_login(login))


def add_user(
    store: Store,
    login: str,
    role: Role,
    password: str | None,
    schools: Sequence[str] = (),
    staff_number: str | None = None,
) -> None:
    """A new user in ``role``; ``schools`` limit an office or management to those."""
    embedded_refusal(store)
    login = check_login(login)
    school_ids = _school_ids(store, role, schools)
    employee_id = _employee_id(store, staff_number) if staff_number else None
    store.users.add(login, role, password, school_ids, employee_id)


def disable_user(store: Store, login: str) -> None:
    embedded_refusal(store)
    store.users.disable(login)


def enable_user(store: Store, login: str) -> None:
    embedded_refusal(store)
    store.users.enable(login)


def set_password(store: Store, login: str, password: str) -> None:
    """A new password for a user who forgot theirs (a beheerder's work)."""
    embedded_refusal(store)
    if not password:
        raise UserError("password_required", "an empty password: nothing was changed")
    store.users.set_password(check_login(login), password)


def set_role(store: Store, login: str, role: Role) -> None:
    embedded_refusal(store)
    store.users.set_role(login, role)
    if role not in (Role.ADMINISTRATIE, Role.DIRECTIE):
        store.users.set_schools(login, ())


def set_schools(store: Store, login: str, schools: Sequence[str]) -> None:
    """Limit an office or management to ``schools`` (none: every school)."""
    embedded_refusal(store)
    user = store.users.user(login)
    role = Role(user["role"]) if user else Role.ADMINISTRATIE
    store.users.set_schools(login, _school_ids(store, role, schools))


def link_class(store: Store, login: str, class_name: str, school: str | None, on: date) -> str:
    """Link a class of the school year of ``on`` to a user by hand; its name."""
    embedded_refusal(store)
    found_school = selection.find_school(store, school) if school else None
    klass = selection.find_class(store, class_name, on, found_school)
    store.users.link_class(login, klass.id)
    return f"{klass.name} ({klass.school})"


def link_trip_group(store: Store, login: str, group: str, trip_date: date | None = None) -> str:
    """Link a trip group to a user (a teacher) by hand; its label. Several groups of that
    name need ``trip_date``."""
    embedded_refusal(store)
    found = groups.find_group(store, group, trip_date)
    store.users.link_trip_group(login, found.id)
    return found.label


def unlink_class(store: Store, login: str, class_name: str, school: str | None, on: date) -> str:
    """A class linked by hand no longer linked; its name. ``UserError`` when it was not."""
    embedded_refusal(store)
    found_school = selection.find_school(store, school) if school else None
    klass = selection.find_class(store, class_name, on, found_school)
    name = f"{klass.name} ({klass.school})"
    if not store.users.unlink_class(login, klass.id):
        raise UserError("not_linked", f"{name} is not linked to {login} by hand", what=name)
    return name


def unlink_trip_group(store: Store, login: str, group: str, trip_date: date | None = None) -> str:
    embedded_refusal(store)
    found = groups.find_group(store, group, trip_date)
    if not store.users.unlink_trip_group(login, found.id):
        raise UserError(
            "not_linked", f"{found.label} is not linked to {login} by hand", what=found.label
        )
    return found.label


def _school_ids(store: Store, role: Role, schools: Sequence[str]) -> list[int]:
    if schools and role not in (Role.ADMINISTRATIE, Role.DIRECTIE):
        raise UserError(
            "schools_for_role",
            f"only administratie and directie are limited to schools, not {role.value}",
        )
    return [selection.find_school(store, name).id for name in schools]


def _employee_id(store: Store, staff_number: str) -> int:
    for row in store.people.employees_all():
        if row["staff_number"] == staff_number.strip():
            return int(row["id"])
    raise UserError("unknown_employee", f"no employee with staff number {staff_number!r}")
