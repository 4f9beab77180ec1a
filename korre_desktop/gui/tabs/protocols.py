"""Protocollen: who signed the current protocol version, students and staff together."""

from __future__ import annotations

from datetime import date

from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab
from korre_desktop.gui.tabs.common import (
    ProtocolStatusFilter,
    StaffAndStudents,
    protocol_column,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store


class ProtocolsTab(StaffAndStudents, ProtocolStatusFilter, RecordTab):
    settings_key = "protocols"
    shows_inactive = False

    def title(self) -> str:
        return self.tr("Protocols")

    def columns(self) -> list[Column]:
        return [
            *self.person_columns(),
            Column(self.tr("Current version"), lambda p: p.protocol_version or "–"),
            protocol_column(self.tr("Status")),
        ]

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        settings = load_settings(store)
        return [
            *employee_statuses_on(store, on, with_consent=False, settings=settings),
            *student_statuses_on(
                store, on, with_consent=False, settings=settings, progress=progress
            ),
        ]
