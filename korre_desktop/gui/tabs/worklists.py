"""Werklijsten: overdue protocols, 16-year-olds to ask, conflicts, forms never returned."""

from __future__ import annotations

from datetime import date
from typing import Any

from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab
from korre_desktop.gui.tabs.common import StaffAndStudents, protocol_column
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.services.worklists import Worklist, worklists_of
from korre_desktop.store import Store


class WorklistsTab(StaffAndStudents, RecordTab):
    settings_key = "worklists"
    shows_inactive = False

    def title(self) -> str:
        return self.tr("Worklists")

    def worklist_label(self, worklist: Worklist) -> str:
        return {
            Worklist.PROTOCOL: self.tr("Staff: protocol overdue or not signed"),
            Worklist.ASK_STUDENT: self.tr("Turned 16: ask the student"),
            Worklist.CONFLICT: self.tr("Guardians disagree (conflict)"),
            Worklist.NO_STATEMENT: self.tr("No consent form at all"),
            Worklist.NEW_FORM: self.tr("New form needed: items unanswered or expired"),
            Worklist.BIRTH_DATE_MISSING: self.tr("Date of birth missing"),
        }[worklist]

    def columns(self) -> list[Column]:
        return [
            *self.person_columns(),
            Column(
                self.tr("Worklist"),
                lambda p: "; ".join(self.worklist_label(w) for w in worklists_of(p)),
            ),
            protocol_column(self.tr("Protocol")),
        ]

    def status_label(self) -> str:
        return self.tr("&List:")

    def status_options(self) -> list[tuple[str, Any]]:
        return [(self.worklist_label(w), w) for w in Worklist]

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return wanted in worklists_of(person)

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        settings = load_settings(store, on)  # the items of the versions in force, as the lists
        people = [
            *employee_statuses_on(store, on, settings=settings),
            *student_statuses_on(store, on, settings=settings, progress=progress),
        ]
        return [person for person in people if worklists_of(person)]
