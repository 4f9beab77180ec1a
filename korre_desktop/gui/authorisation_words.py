"""How the window words accounts and authorisations: platforms, what an authorisation is
for, its status (a word and a colour, never the colour alone) and the worklists.

The one place for these words: the tab, the dialogs and the detail pane all use them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from korre_desktop.domain.authorisation import (
    BRAND_NAMES,
    ENDING_SOON_DAYS,
    AuthorisationStatus,
    Platform,
    Scope,
    WorklistKind,
)
from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.gui import status_text
from korre_desktop.services.accounts import AccountRow
from korre_desktop.services.authorisations import AuthorisationRow, WorklistItem

translate = QCoreApplication.translate


def platform_label(code: str) -> str:
    """ "Instagram", "WhatsApp-groep", ...; an unknown code as it is."""
    return {
        **BRAND_NAMES,
        Platform.WHATSAPP_GROUP: translate("AuthorisationWords", "WhatsApp group"),
        Platform.OTHER: translate("AuthorisationWords", "Other"),
    }.get(code, code)


def foundation_label() -> str:
    """The foundation where a school would be named ("Stichting")."""
    return translate("AuthorisationWords", "Foundation")


def owner_label(school_name: str) -> str:
    """Whose account or authorisation it is: the school, or the foundation."""
    return school_name or foundation_label()


def account_label(platform: str, name: str) -> str:
    """ "Instagram · @obsdelinde"."""
    return f"{platform_label(platform)} · {name}"


def account_choice_label(account: AccountRow) -> str:
    """An account in a choice list: "Instagram · @obsdelinde (OBS De Linde)"."""
    return f"{account_label(account.platform, account.name)} ({owner_label(account.school_name)})"


def target_label(row: AuthorisationRow) -> str:
    """What the authorisation is for: "Instagram · @korre", "OBS De Linde, in general",
    "Foundation, in general"."""
    if row.scope is Scope.ACCOUNT:
        return account_label(row.account_platform, row.account_name)
    return translate("AuthorisationWords", "%1, in general").replace(
        "%1", owner_label(row.school_name)
    )


def period_label(valid_from: date, valid_until: date | None) -> str:
    """ "01-09-2026 – 31-07-2027", or "from 01-09-2026" (until withdrawn)."""
    if valid_until is None:
        return translate("AuthorisationWords", "from %1").replace(
            "%1", format_dutch_date(valid_from)
        )
    return f"{format_dutch_date(valid_from)} – {format_dutch_date(valid_until)}"


def status_label(status: AuthorisationStatus) -> str:
    return {
        AuthorisationStatus.ACTIVE: translate("AuthorisationWords", "valid"),
        AuthorisationStatus.NOT_YET: translate("AuthorisationWords", "not yet valid"),
        AuthorisationStatus.EXPIRED: translate("AuthorisationWords", "expired"),
        AuthorisationStatus.WITHDRAWN: translate("AuthorisationWords", "withdrawn"),
    }[status]


# Light backgrounds that keep black text readable (as ``status_text``); the word carries
# the meaning.
STATUS_COLOURS = {
    AuthorisationStatus.ACTIVE: QColor("#c8e6c9"),
    AuthorisationStatus.NOT_YET: QColor("#fff59d"),
    AuthorisationStatus.EXPIRED: QColor("#e0e0e0"),
    AuthorisationStatus.WITHDRAWN: QColor("#ffcdd2"),
}


def worklist_label(kind: WorklistKind) -> str:
    """The worklists as the "Lijst:" choice names them."""
    return {
        WorklistKind.ACCOUNT_WITHOUT_AUTHORISED: translate(
            "AuthorisationWords", "Accounts without an authorised person"
        ),
        WorklistKind.AUTHORISED_LEFT: translate(
            "AuthorisationWords", "Authorised people who left: revoke access"
        ),
        WorklistKind.ENDING_SOON: translate("AuthorisationWords", "Ending within %1 days").replace(
            "%1", str(ENDING_SOON_DAYS)
        ),
        WorklistKind.AUTHORISED_WITHOUT_PROTOCOL: translate(
            "AuthorisationWords", "Authorised without a signed protocol"
        ),
    }[kind]


def attention_label(item: WorklistItem) -> str:
    """What to follow up for one worklist item, in short."""
    day = format_dutch_date(item.day) if item.day is not None else ""
    if item.kind is WorklistKind.ACCOUNT_WITHOUT_AUTHORISED:
        return translate("AuthorisationWords", "nobody may post for this account")
    if item.kind is WorklistKind.AUTHORISED_LEFT:
        return translate("AuthorisationWords", "left on %1: revoke access").replace("%1", day)
    if item.kind is WorklistKind.ENDING_SOON:
        return translate("AuthorisationWords", "ends on %1").replace("%1", day)
    protocol = status_text.protocol_label(ProtocolStatus(item.protocol_status))
    return translate("AuthorisationWords", "protocol: %1").replace("%1", protocol)


def nobody_label() -> str:
    """An account that nobody may post for (a worklist case)."""
    return translate("AuthorisationWords", "nobody")
