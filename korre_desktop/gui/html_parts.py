"""Small pieces of the detail panes' HTML: dates, headings, label-value tables, links."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def dutch_date(value: str | date | None) -> str:
    if not value:
        return "–"
    if isinstance(value, str):
        try:
            value = (date if len(value) == 10 else datetime).fromisoformat(value)
        except ValueError:
            return escape(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # a server's audit time is UTC: shown in this PC's time
            value = value.astimezone()
        return value.strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def heading(text: str, argument: str = "") -> str:
    return f"<h4>{escape(text.replace('%1', argument))}</h4>"


def paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def by_whom(when: str, who: str) -> str:
    return escape(translate("Detail", "%1 by %2").replace("%1", when).replace("%2", who))


def field_table(pairs: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='color:#444;padding-right:12px'>{escape(label)}</td><td>{value}</td></tr>"
        for label, value in pairs
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


def document_link(sha256: str, name: str) -> str:
    """A link to a stored document by its file name; the pane opens it in the app (the
    ``evidence`` scheme; the name travels along for the viewer's title)."""
    return f"<a href='evidence:{sha256}?name={quote(name, safe='')}'>{escape(name)}</a>"
