"""How statuses look: a translated word and a colour, never the colour alone.

Media are words of the window (``medium_label``); channels are the school's own data and
are named as the consent form versions name them (``item_label`` with their labels)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import split_item_code
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


def item_label(code: str, labels: Mapping[str, str], separator: str = " · ") -> str:
    """A consent item as the window names it: the medium in the window's language and the
    channel as the consent form versions word it (``channel_labels``): "Foto · Website"."""
    medium, channel = split_item_code(code)
    return f"{medium_label(medium)}{separator}{labels.get(channel, channel)}"


def _lines(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def wrapped(text: str, width: int = 16) -> str:
    """``text`` broken at spaces into lines of at most ``width`` characters (a longer
    word is a line of its own), as even as the same number of lines allows: for narrow
    column headers ("Website van\nde school")."""
    words = text.split()
    if not words:
        return ""
    width = max(width, *(len(word) for word in words))
    count = len(_lines(words, width))
    narrowest = next(
        w
        for w in range(max(len(word) for word in words), width + 1)
        if len(_lines(words, w)) == count
    )
    return "\n".join(_lines(words, narrowest))


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
