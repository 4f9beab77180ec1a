"""The roles and the signed-in person in the window's words (Dutch via the translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain.roles import Role, SignedIn

translate = QCoreApplication.translate


def role_label(role: Role) -> str:
    return {
        Role.BEHEERDER: translate("RoleWords", "administrator"),
        Role.ADMINISTRATIE: translate("RoleWords", "office"),
        Role.LEERKRACHT: translate("RoleWords", "teacher"),
        Role.DIRECTIE: translate("RoleWords", "management"),
        Role.PRIVACY: translate("RoleWords", "privacy officer"),
    }[role]


def signed_in_text(signed_in: SignedIn) -> str:
    """'j.jansen (leerkracht)'."""
    return (
        translate("RoleWords", "%1 (%2)")
        .replace("%1", signed_in.login)
        .replace("%2", role_label(signed_in.role))
    )
