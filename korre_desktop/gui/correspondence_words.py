"""How the window words press reports and the personnel file: the direction of a letter
(received or sent), an entry's number, and which entry corrects which.

The one place for these words: the lists and the forms use them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain.correspondence import Direction

if TYPE_CHECKING:
    from korre_desktop.services.dossier import DossierEntryRow

translate = QCoreApplication.translate


def direction_label(code: str) -> str:
    """ "received" or "sent"; an unknown code as it is."""
    return {
        Direction.IN: translate("CorrespondenceWords", "received"),
        Direction.OUT: translate("CorrespondenceWords", "sent"),
    }.get(code, code)


def entry_number(entry_id: int) -> str:
    """How an entry of the personnel file is referred to: "#12"."""
    return f"#{entry_id}"


def correction_label(entry: DossierEntryRow) -> str:
    """ "correction of #3", "corrected by #7", both, or "" for an entry that is neither."""
    parts = []
    if entry.corrects_entry_id is not None:
        parts.append(
            translate("CorrespondenceWords", "correction of %1").replace(
                "%1", entry_number(entry.corrects_entry_id)
            )
        )
    if entry.corrected_by_id is not None:
        parts.append(
            translate("CorrespondenceWords", "corrected by %1").replace(
                "%1", entry_number(entry.corrected_by_id)
            )
        )
    return "; ".join(parts)
