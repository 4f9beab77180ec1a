"""Beheer → Gebruikers in the window's words: which field a refusal of the users service
is about, and the Dutch sentence for it (the service gives reason codes; roles are worded
by ``role_words``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from korre_desktop.errors import InputError, KorreError
from korre_desktop.gui.errors import user_message

translate = QCoreApplication.translate

# Reasons found by the window itself, before anything is sent.
PASSWORDS_DIFFER = "passwords_differ"
NOTHING_TO_LINK = "nothing_to_link"
PASSWORD_REQUIRED = "password_required"

# The field of the users dialog each reason is about ("" = above the form).
FIELD_OF = {
    "login_required": "login",
    "login_too_long": "login",
    "login_unusable": "login",
    "user_exists": "login",
    "unknown_role": "role",
    "password_required": "password",
    PASSWORDS_DIFFER: "again",
    "schools_for_role": "schools",
    "unknown_school": "schools",
    "unknown_employee": "employee",
    "unknown_class": "klass",
    "ambiguous_class": "klass",
    NOTHING_TO_LINK: "klass",
    "unknown_group": "group",
    "ambiguous_group": "group",
}


def reason_of(error: KorreError) -> str | None:
    """The reason code of a refusal the user can fix in the form (None for the rest:
    the server's refusals and problems, worded by ``gui.errors``)."""
    if not isinstance(error, InputError):
        return None
    found = getattr(error, "reason", None) or getattr(error, "code", None)
    return found or error.details.get("reason") or error.details.get("code")  # type: ignore[return-value]


def reason_text(reason: str) -> str | None:
    texts = {
        "login_required": translate("UserWords", "Fill in the login name."),
        "login_too_long": translate(
            "UserWords", "A login name is at most 63 characters (fewer with accents)."
        ),
        "login_unusable": translate(
            "UserWords",
            "This login name cannot be used: it may not begin with pg_ or korre_.",
        ),
        "user_exists": translate("UserWords", "This login is a user already."),
        "unknown_role": translate("UserWords", "Choose a role."),
        "password_required": translate("UserWords", "Fill in a password for the new login."),
        PASSWORDS_DIFFER: translate(
            "UserWords", "The two passwords differ: type the same password twice."
        ),
        "schools_for_role": translate(
            "UserWords", "Only office and management users are limited to schools."
        ),
        "unknown_school": translate(
            "UserWords", "This school no longer exists; close the window and try again."
        ),
        "unknown_employee": translate(
            "UserWords", "This employee no longer exists; close the window and try again."
        ),
        "unknown_class": translate(
            "UserWords", "This class is not in the current school year any more."
        ),
        "ambiguous_class": translate(
            "UserWords", "There are several classes of this name; choose another way."
        ),
        NOTHING_TO_LINK: translate("UserWords", "Choose a class or a trip group."),
        "unknown_group": translate(
            "UserWords", "This trip group no longer exists; close the window and try again."
        ),
        "ambiguous_group": translate(
            "UserWords", "There are several trip groups of this name on this date."
        ),
        "no_such_user": translate(
            "UserWords", "This user no longer exists; close the window and try again."
        ),
    }
    return texts.get(reason)


def problem_of(error: KorreError) -> tuple[str, str]:
    """(field, Dutch sentence) for a refusal; field "" when it is about no field."""
    reason = reason_of(error)
    text = reason_text(reason) if reason else None
    if text is None:
        return "", user_message(error)
    return FIELD_OF.get(reason or "", ""), text


def active_text(active: bool) -> str:
    return translate("UserWords", "yes") if active else translate("UserWords", "no (disabled)")


def every_school_text() -> str:
    return translate("UserWords", "every school")
