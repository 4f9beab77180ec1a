"""Authorisations and accounts in the detail panes: the "Bevoegdheden" section of a
person, and the details of one authorisation or account in the Bevoegdheden tab."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui import status_text
from korre_desktop.gui.html_parts import by_whom, document_link, dutch_date, field_table, heading
from korre_desktop.services.accounts import AccountRow
from korre_desktop.services.authorisations import AuthorisationRow, WorklistItem

translate = QCoreApplication.translate


def _status(row: AuthorisationRow, on: date) -> str:
    status = row.status_on(on)
    colour = words.STATUS_COLOURS[status].name()
    return (
        f"<span style='background:{colour};color:#000'>&nbsp;"
        f"{escape(words.status_label(status))}&nbsp;</span>"
    )


def _granted_by(row: AuthorisationRow) -> str:
    if not row.granted_by_function:
        return escape(row.granted_by_name)
    return escape(f"{row.granted_by_name} ({row.granted_by_function})")


def _withdrawn(row: AuthorisationRow) -> str:
    text = dutch_date(row.withdrawn_on)
    return text + (f" · {escape(row.withdrawal_note)}" if row.withdrawal_note else "")


def authorisation_pairs(row: AuthorisationRow, on: date) -> list[tuple[str, str]]:
    """The label-value lines of one authorisation (what the section and the tab show)."""
    pairs = [
        (
            translate("AuthorisationHtml", "Period"),
            escape(words.period_label(row.valid_from, row.valid_until)),
        ),
        (translate("AuthorisationHtml", "Granted by"), _granted_by(row)),
        (
            translate("AuthorisationHtml", "Status on %1").replace("%1", dutch_date(on)),
            _status(row, on),
        ),
    ]
    if row.withdrawn_on is not None:
        pairs.append((translate("AuthorisationHtml", "Withdrawn on"), _withdrawn(row)))
    if row.note:
        pairs.append((translate("AuthorisationHtml", "Note"), escape(row.note)))
    if row.evidence_sha256:
        name = row.evidence_name or translate("AuthorisationHtml", "evidence")
        pairs.append(
            (translate("AuthorisationHtml", "Evidence"), document_link(row.evidence_sha256, name))
        )
    return pairs


def authorisations_section(rows: Sequence[AuthorisationRow], on: date) -> str:
    """The person's authorisations (newest first), for their detail pane; "" for none."""
    if not rows:
        return ""
    parts = [heading(translate("AuthorisationHtml", "Authorisations"))]
    for row in rows:
        parts.append(f"<p style='margin-bottom:2px'><b>{escape(words.target_label(row))}</b></p>")
        parts.append(field_table(authorisation_pairs(row, on)))
    return "".join(parts)


def _attention(items: Sequence[WorklistItem]) -> str:
    if not items:
        return ""
    lines = "".join(f"<li>{escape(words.attention_label(item))}</li>" for item in items)
    return (
        heading(translate("AuthorisationHtml", "To follow up"))
        + f"<ul style='margin-left:-20px'>{lines}</ul>"
    )


def authorisation_html(row: AuthorisationRow, items: Sequence[WorklistItem], on: date) -> str:
    """One authorisation in full, for the Bevoegdheden tab's detail pane."""
    person = escape(
        f"{row.person_name} · {row.person_number} · {status_text.kind_label(row.person.kind)}"
    )
    pairs = [
        (translate("AuthorisationHtml", "Person"), person),
        (translate("AuthorisationHtml", "For"), escape(words.target_label(row))),
        *authorisation_pairs(row, on),
        (
            translate("AuthorisationHtml", "Entered"),
            by_whom(dutch_date(row.entered_at), row.entered_by),
        ),
    ]
    if row.person_left_on is not None:
        pairs.insert(1, (translate("AuthorisationHtml", "Left on"), dutch_date(row.person_left_on)))
    return (
        f"<h3 style='margin-bottom:4px'>{escape(row.person_name)}</h3>"
        + field_table(pairs)
        + _attention(items)
    )


def account_html(account: AccountRow, items: Sequence[WorklistItem]) -> str:
    """One account, for the Bevoegdheden tab's detail pane (a worklist row)."""
    pairs = [
        (
            translate("AuthorisationHtml", "Platform"),
            escape(words.platform_label(account.platform)),
        ),
        (translate("AuthorisationHtml", "Of"), escape(words.owner_label(account.school_name))),
        (translate("AuthorisationHtml", "Created on"), dutch_date(account.created_on)),
        (
            translate("AuthorisationHtml", "Permission from"),
            escape(account.permission_by_name or translate("AuthorisationHtml", "unknown")),
        ),
    ]
    if account.link:
        pairs.insert(1, (translate("AuthorisationHtml", "Link"), escape(account.link)))
    if account.note:
        pairs.append((translate("AuthorisationHtml", "Note"), escape(account.note)))
    return (
        f"<h3 style='margin-bottom:4px'>{escape(account.name)}</h3>"
        + field_table(pairs)
        + _attention(items)
    )
