"""Personeel: every employee with function, employment and protocol status."""

from __future__ import annotations

from datetime import date
from typing import Any

from korre_desktop.gui import status_text
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab, dutch_number
from korre_desktop.gui.tabs.common import (
    ProtocolStatusFilter,
    date_column,
    name_column,
    number_column,
    protocol_column,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.records import EMPLOYMENT_TYPES
from korre_desktop.services.status import PersonStatus, employee_statuses_on
from korre_desktop.store import Store


class EmployeesTab(ProtocolStatusFilter, RecordTab):
    settings_key = "employees"

    def title(self) -> str:
        return self.tr("Staff")

    def noun(self, count: int) -> str:
        return self.tr("%1 employees").replace("%1", dutch_number(count))

    def group_label(self) -> str:
        return self.tr("Emplo&yment:")

    def columns(self) -> list[Column]:
        return [
            number_column(self.tr("Staff number")),
            name_column(),
            Column(self.tr("Function"), lambda p: p.function),
            Column(
                self.tr("Employment"), lambda p: status_text.employment_label(p.employment_type)
            ),
            Column(self.tr("School(s)"), lambda p: p.school),
            date_column(self.tr("Started"), lambda p: p.start_date),
            date_column(self.tr("Left"), lambda p: p.end_date),
            protocol_column(self.tr("Protocol")),
        ]

    def group_options(self, rows: list[PersonStatus], school: str | None) -> list[tuple[str, Any]]:
        return [(status_text.employment_label(kind), kind) for kind in EMPLOYMENT_TYPES]

    def group_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return person.employment_type == wanted

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        return employee_statuses_on(
            store, on, with_consent=False, include_inactive=include_inactive, progress=progress
        )
