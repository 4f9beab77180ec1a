"""Leerlingen: every student with school, class, age and protocol status."""

from __future__ import annotations

from datetime import date

from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab, dutch_number
from korre_desktop.gui.tabs.common import (
    ProtocolStatusFilter,
    class_column,
    date_column,
    name_column,
    number_column,
    protocol_column,
    school_column,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import PersonStatus, student_statuses_on
from korre_desktop.store import Store


class StudentsTab(ProtocolStatusFilter, RecordTab):
    settings_key = "students"

    def title(self) -> str:
        return self.tr("Students")

    def noun(self, count: int) -> str:
        return self.tr("%1 students").replace("%1", dutch_number(count))

    def columns(self) -> list[Column]:
        today = self.context.today()
        return [
            number_column(self.tr("Student number")),
            name_column(),
            school_column(),
            class_column(),
            date_column(self.tr("Date of birth"), lambda p: p.birth_date),
            Column(
                self.tr("Age"),
                lambda p: "" if p.birth_date is None else str(p.age_on(today)),
                sort_key=lambda p: -1 if p.birth_date is None else p.age_on(today),
                centred=True,
            ),
            date_column(self.tr("Left"), lambda p: p.end_date),
            protocol_column(self.tr("Protocol")),
        ]

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        return student_statuses_on(
            store, on, with_consent=False, include_inactive=include_inactive, progress=progress
        )
