"""How statuses look: a translated word and a colour, never the colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus

translate = QCoreApplication.translate


def consent_label(status: ConsentStatus) -> str:
    return {
        ConsentStatus.GRANTED: translate("Status", "granted"),
        ConsentStatus.REFUSED: translate("Status", "refused"),
        ConsentStatus.CONFLICT: translate("Status", "conflict"),
        ConsentStatus.MISSING: translate("Status", "missing"),
        ConsentStatus.EXPIRED: translate("Status", "expired"),
    }[status]


def consent_explanation(status: ConsentStatus) -> str:
    return {
        ConsentStatus.GRANTED: translate("Status", "Consent given: recordings may be used here."),
        ConsentStatus.REFUSED: translate("Status", "Consent refused or withdrawn: do not use."),
        ConsentStatus.CONFLICT: translate(
            "Status", "Guardians disagree: do not use; the office follows up."
        ),
        ConsentStatus.MISSING: translate("Status", "No answer on record: do not use."),
        ConsentStatus.EXPIRED: translate("Status", "The answer is no longer valid: do not use."),
    }[status]


def protocol_label(status: ProtocolStatus) -> str:
    return {
        ProtocolStatus.SIGNED: translate("Status", "signed"),
        ProtocolStatus.RESIGN: translate("Status", "re-sign"),
        ProtocolStatus.UNSIGNED: translate("Status", "unsigned"),
        ProtocolStatus.OVERDUE: translate("Status", "overdue"),
    }[status]


def employment_label(kind: str) -> str:
    return {
        "permanent": translate("Status", "permanent"),
        "temporary": translate("Status", "temporary"),
        "intern": translate("Status", "intern"),
        "substitute": translate("Status", "substitute"),
        "volunteer": translate("Status", "volunteer"),
        "unknown": translate("Status", "unknown"),
    }.get(kind, kind)


def name_use_label(use: str) -> str:
    """Which surname a person uses, as the employee dialog offers it."""
    return {
        "eigen": translate("Status", "own surname"),
        "partner": translate("Status", "partner's surname"),
        "partner-eigen": translate("Status", "partner's surname, then own"),
        "eigen-partner": translate("Status", "own surname, then partner's"),
    }.get(use, use)


def kind_label(kind: str) -> str:
    return {
        "student": translate("Status", "student"),
        "employee": translate("Status", "employee"),
    }.get(kind, kind)


def medium_label(medium: str) -> str:
    return {
        "foto": translate("Status", "Photo"),
        "film": translate("Status", "Film"),
        "geluid": translate("Status", "Audio"),
    }.get(medium, medium)


def channel_label(channel: str) -> str:
    return {
        "schoolgids": translate("Status", "School guide"),
        "website": translate("Status", "Website"),
        "nieuwsbrief": translate("Status", "Newsletter"),
        "socialmedia_school": translate("Status", "School social media"),
        "ouderportaal": translate("Status", "Parent portal"),
        "socialmedia_persoonlijk": translate("Status", "Staff's own social media"),
    }.get(channel, channel)


def channel_short_label(channel: str) -> str:
    """Two short lines for narrow column headers."""
    return {
        "schoolgids": translate("Status", "School\nguide"),
        "website": translate("Status", "Website"),
        "nieuwsbrief": translate("Status", "News-\nletter"),
        "socialmedia_school": translate("Status", "Social media\nschool"),
        "ouderportaal": translate("Status", "Parent\nportal"),
        "socialmedia_persoonlijk": translate("Status", "Social media\nstaff's own"),
    }.get(channel, channel)


def signer_label(role: str) -> str:
    return {
        "employee": translate("Status", "employee"),
        "guardian": translate("Status", "guardian"),
        "student": translate("Status", "student"),
    }.get(role, role)


# Light backgrounds that keep black text readable; the word carries the meaning.
CONSENT_COLOURS = {
    ConsentStatus.GRANTED: QColor("#c8e6c9"),
    ConsentStatus.REFUSED: QColor("#ffcdd2"),
    ConsentStatus.CONFLICT: QColor("#ffe0b2"),
    ConsentStatus.MISSING: QColor("#e0e0e0"),
    ConsentStatus.EXPIRED: QColor("#e1bee7"),
}
PROTOCOL_COLOURS = {
    ProtocolStatus.SIGNED: QColor("#c8e6c9"),
    ProtocolStatus.RESIGN: QColor("#fff59d"),
    ProtocolStatus.UNSIGNED: QColor("#e0e0e0"),
    ProtocolStatus.OVERDUE: QColor("#ffcdd2"),
}
TEXT_ON_STATUS = QColor("#000000")
