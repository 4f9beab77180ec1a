"""Protocollen: who signed the current protocol version, students and staff together."""

from __future__ import annotations

from datetime import date
from typing import Any

from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import EMPLOYEES_GROUP, STUDENTS_GROUP, RecordTab, _number
from korre_desktop.gui.tabs.common import (
    class_column,
    detail_for,
    kind_column,
    name_column,
    number_column,
    protocol_column,
    protocol_status_options,
    school_column,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store


class ProtocolsTab(RecordTab):
    settings_key = "protocols"
    shows_inactive = False

    def title(self) -> str:
        return self.tr("Protocols")

    def noun(self, count: int) -> str:
        return self.tr("%1 people").replace("%1", _number(count))

    def group_label(self) -> str:
        return self.tr("&Group:")

    def columns(self) -> list[Column]:
        return [
            kind_column(),
            number_column(self.tr("Number")),
            name_column(),
            school_column(),
            class_column(),
            Column(self.tr("Current version"), lambda p: p.protocol_version or "–"),
            protocol_column(self.tr("Status")),
        ]

    def group_options(self, rows: list[PersonStatus], school: str | None) -> list[tuple[str, Any]]:
        return [
            (self.tr("All staff"), EMPLOYEES_GROUP),
            (self.tr("All students"), STUDENTS_GROUP),
            *super().group_options(rows, school),
        ]

    def status_options(self) -> list[tuple[str, Any]]:
        return protocol_status_options()

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return person.protocol == wanted

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

    def detail_html(self, person: PersonStatus) -> str:
        return detail_for(self.context.store, person, self.selected_date())
