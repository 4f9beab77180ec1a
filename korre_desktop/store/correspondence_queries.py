"""Queries over press reports and the personnel file (dossier entries).

The personnel file is confidential: only ``services.dossier`` reads it (no export, list or
detail pane does).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.store.authorisation_queries import EMPLOYEE_NAME_COLUMNS

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_PRESS_SELECT = f"""SELECT r.id, r.report_date, r.employee_id, e.staff_number,
        {EMPLOYEE_NAME_COLUMNS.format(a="e", p="e_")}, r.school_id,
        coalesce(s.name, '') AS school_name, r.medium, r.subject,
        r.reported_to_employee_id, {EMPLOYEE_NAME_COLUMNS.format(a="t", p="t_")},
        t.function AS reported_to_function, r.note, r.attachment_sha256, r.attachment_name,
        r.entered_by, r.entered_at
    FROM press_reports r
    JOIN employees e ON e.id = r.employee_id
    JOIN employees t ON t.id = r.reported_to_employee_id
    LEFT JOIN schools s ON s.id = r.school_id"""


class CorrespondenceQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def press_reports(self) -> list[Row]:
        """Every press report, newest first; names under ``e_`` (the employee approached)
        and ``t_`` (whom it was reported to)."""
        return self._store.rows(_PRESS_SELECT + " ORDER BY r.report_date DESC, r.id DESC")

    def dossier_entries(self, employee_id: int) -> list[Row]:
        """The employee's personnel-file entries, oldest first, each with the id of the
        entry correcting it (``corrected_by``, NULL when none)."""
        return self._store.rows(
            """SELECT d.id, d.employee_id, d.entry_date, d.subject, d.direction,
                      d.document_sha256, d.document_name, d.note, d.corrects_entry_id,
                      d.entered_by, d.entered_at,
                      (SELECT min(c.id) FROM dossier_entries c
                       WHERE c.corrects_entry_id = d.id) AS corrected_by
               FROM dossier_entries d WHERE d.employee_id = ?
               ORDER BY d.entry_date, d.id""",
            [employee_id],
        )

    def dossier_entry(self, entry_id: int) -> Row | None:
        found = self._store.rows(
            """SELECT d.id, d.employee_id, d.entry_date,
                      (SELECT min(c.id) FROM dossier_entries c
                       WHERE c.corrects_entry_id = d.id) AS corrected_by
               FROM dossier_entries d WHERE d.id = ?""",
            [entry_id],
        )
        return found[0] if found else None

    def add_press_report(
        self,
        *,
        report_date: date,
        employee_id: int,
        school_id: int | None,
        medium: str,
        subject: str,
        reported_to_employee_id: int,
        note: str,
        attachment_sha256: str | None,
        attachment_name: str,
    ) -> int:
        """A press report (an employee approached by the press, reported to management),
        entered by the store's actor now; its id."""
        store = self._store
        return store.insert(
            "press_reports",
            {
                "report_date": report_date.isoformat(),
                "employee_id": employee_id,
                "school_id": school_id,
                "medium": medium,
                "subject": subject,
                "reported_to_employee_id": reported_to_employee_id,
                "note": note,
                "attachment_sha256": attachment_sha256,
                "attachment_name": attachment_name,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )

    def add_dossier_entry(
        self,
        *,
        employee_id: int,
        entry_date: date,
        subject: str,
        direction: str,
        document_sha256: str | None,
        document_name: str,
        note: str,
        corrects_entry_id: int | None,
    ) -> int:
        """An entry in the employee's personnel file (a correction names the entry it
        corrects: entries are never changed), entered by the store's actor now; its id."""
        store = self._store
        return store.insert(
            "dossier_entries",
            {
                "employee_id": employee_id,
                "entry_date": entry_date.isoformat(),
                "subject": subject,
                "direction": direction,
                "document_sha256": document_sha256,
                "document_name": document_name,
                "note": note,
                "corrects_entry_id": corrects_entry_id,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )
