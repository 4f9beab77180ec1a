"""Who may do what: the five roles and what each may do (the one place for it).

The window shows a role only the menus, buttons and tabs it may use; the server enforces
the same with group roles, grants and row-level security (``store/postgres_roles.py``), so
a teacher who connects with ``psql`` sees no more than in the window. The embedded file is
one local user with every permission: the office PC's own account protects it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    BEHEERDER = "beheerder"  # users, settings, form and protocol versions; everything
    ADMINISTRATIE = "administratie"  # all records and entry; optionally some schools only
    LEERKRACHT = "leerkracht"  # read and print their own classes' and trip groups' lists
    DIRECTIE = "directie"  # read their schools, exports and the overview; no edits
    PRIVACY = "privacy"  # the change log and the access log, read only (the FG)


class Permission(StrEnum):
    READ_STUDENTS = "read_students"  # the students (a teacher: of their classes and groups)
    READ_EMPLOYEES = "read_employees"
    READ_EVIDENCE = "read_evidence"  # the stored forms, scans and photos
    PRINT_LISTS = "print_lists"  # the no-photo list and status lists
    EXPORT = "export"  # the Excel overview, status exports, worklists
    EDIT_RECORDS = "edit_records"  # people, classes, schools, groups, imports
    ENTER_STATEMENTS = "enter_statements"  # consent forms, protocol signatures, scans
    PRINT_FORMS = "print_forms"  # pre-printed forms to hand out and read back
    MANAGE_VERSIONS = "manage_versions"  # consent form and protocol versions
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"  # settings, backups
    READ_CHANGE_LOG = "read_change_log"  # the audit log (a person's history)
    READ_ACCESS_LOG = "read_access_log"
    # Everything kept about one person, for their access request (AVG art. 15): needs
    # reading all records, evidence and the change log, so the office's and the beheerder's.
    ACCESS_REQUEST = "access_request"
    PURGE = "purge"  # apply the retention periods, erase a person on request


_OFFICE = frozenset(
    {
        Permission.READ_STUDENTS,
        Permission.READ_EMPLOYEES,
        Permission.READ_EVIDENCE,
        Permission.PRINT_LISTS,
        Permission.EXPORT,
        Permission.EDIT_RECORDS,
        Permission.ENTER_STATEMENTS,
        Permission.PRINT_FORMS,
        Permission.READ_CHANGE_LOG,
        Permission.ACCESS_REQUEST,
    }
)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BEHEERDER: frozenset(Permission),
    Role.ADMINISTRATIE: _OFFICE,
    Role.LEERKRACHT: frozenset({Permission.READ_STUDENTS, Permission.PRINT_LISTS}),
    Role.DIRECTIE: frozenset(
        {
            Permission.READ_STUDENTS,
            Permission.READ_EMPLOYEES,
            Permission.READ_EVIDENCE,
            Permission.PRINT_LISTS,
            Permission.EXPORT,
        }
    ),
    Role.PRIVACY: frozenset({Permission.READ_CHANGE_LOG, Permission.READ_ACCESS_LOG}),
}


def may(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


@dataclass(frozen=True)
class SignedIn:
    """The person working: their login (the PC's account on the embedded file), their role
    and, for an office or management limited to some schools, those schools' ids (None:
    every school). A teacher's classes and groups are the server's to know."""

    login: str
    role: Role
    school_ids: frozenset[int] | None = None

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)
