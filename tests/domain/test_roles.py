"""What each role may do, as the issue and the Normenkader ask: a teacher reads and prints
their own lists only, management reads and exports but never edits, the privacy officer
reads the logs and nothing else."""

import pytest

from korre_desktop.domain.roles import Permission, Role, SignedIn, may

EDITS = {
    Permission.EDIT_RECORDS,
    Permission.ENTER_STATEMENTS,
    Permission.PRINT_FORMS,
    Permission.MANAGE_VERSIONS,
    Permission.MANAGE_USERS,
    Permission.MANAGE_SETTINGS,
}


def allowed(role: Role) -> set[Permission]:
    return {p for p in Permission if may(role, p)}


def test_a_teacher_reads_and_prints_only() -> None:
    assert allowed(Role.LEERKRACHT) == {Permission.READ_STUDENTS, Permission.PRINT_LISTS}


def test_management_reads_and_exports_but_never_edits() -> None:
    assert Permission.EXPORT in allowed(Role.DIRECTIE)
    assert not allowed(Role.DIRECTIE) & EDITS


def test_the_privacy_officer_reads_the_two_logs_only() -> None:
    assert allowed(Role.PRIVACY) == {Permission.READ_CHANGE_LOG, Permission.READ_ACCESS_LOG}


def test_the_office_edits_records_but_not_users_settings_or_versions() -> None:
    office = allowed(Role.ADMINISTRATIE)
    assert {Permission.EDIT_RECORDS, Permission.ENTER_STATEMENTS} <= office
    assert not office & {
        Permission.MANAGE_USERS,
        Permission.MANAGE_SETTINGS,
        Permission.MANAGE_VERSIONS,
        Permission.READ_ACCESS_LOG,
    }


@pytest.mark.parametrize("permission", list(Permission))
def test_the_administrator_may_everything(permission: Permission) -> None:
    assert SignedIn("beheer", Role.BEHEERDER).may(permission)


@pytest.mark.embedded_only
def test_the_embedded_file_is_one_local_user_who_may_everything() -> None:
    from korre_desktop.store import Store

    signed_in = Store.in_memory(actor="office-pc").signed_in()
    assert (signed_in.login, signed_in.role, signed_in.school_ids) == (
        "office-pc",
        Role.BEHEERDER,
        None,
    )
