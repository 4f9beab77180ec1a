"""Leerlingen: every student with school, class, age and protocol status."""

from __future__ import annotations

from datetime import date
from typing import Any

from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab, _number
from korre_desktop.gui.tabs.common import (
    class_column,
    date_column,
    detail_for,
    name_column,
    number_column,
    protocol_column,
    protocol_status_options,
    school_column,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import PersonStatus, student_statuses_on
from korre_desktop.store import Store


class StudentsTab(RecordTab):
    settings_key = "students"

    def title(self) -> str:
        return self.tr("Students")

    def noun(self, count: int) -> str:
        return self.tr("%1 students").replace("%1", _number(count))

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
                lambda p: str(p.age_on(today)),
                sort_key=lambda p: p.age_on(today),
                centred=True,
            ),
            date_column(self.tr("Left"), lambda p: p.end_date),
            protocol_column(self.tr("Protocol")),
        ]

    def status_options(self) -> list[tuple[str, Any]]:
        return protocol_status_options()

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return person.protocol == wanted

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        return student_statuses_on(
            store, on, with_consent=False, include_inactive=include_inactive, progress=progress
        )

    def detail_html(self, person: PersonStatus) -> str:
        return detail_for(self.context.store, person, self.selected_date())
