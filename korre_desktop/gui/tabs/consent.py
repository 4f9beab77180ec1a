"""Mediatoestemming: the effective status of every consent item on a chosen date.

One column per item of the consent form versions in force on the tab's date, headed by
the medium and the channel's label from those versions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.consent_items import split_item_code
from korre_desktop.domain.roles import Permission
from korre_desktop.gui import status_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab
from korre_desktop.gui.tabs.common import (
    StaffAndStudents,
)
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store

ALL_GRANTED = "__all_granted__"
ASK_STUDENT = "__ask_student__"
_STATUS_ORDER = {status: index for index, status in enumerate(ConsentStatus)}


def item_column(code: str, labels: Mapping[str, str]) -> Column:
    """A status column; ``labels`` (channel code -> label) come from the form versions."""
    medium, channel = split_item_code(code)
    label = labels.get(channel, channel)
    title = f"{status_text.medium_label(medium)}\n{status_text.wrapped(label)}"

    def text(person: PersonStatus) -> str:
        status = person.consent.get(code)
        return status_text.consent_label(status) if status else ""

    def colour(person: PersonStatus):
        status = person.consent.get(code)
        return status_text.CONSENT_COLOURS[status] if status else None

    def tooltip(person: PersonStatus) -> str:
        status = person.consent.get(code)
        return status_text.consent_explanation(status) if status else ""

    return Column(
        title,
        text,
        sort_key=lambda p: _STATUS_ORDER.get(p.consent.get(code), 99),
        colour=colour,
        tooltip=tooltip,
        header_tooltip=status_text.item_label(code, labels),
        centred=True,
    )


class ConsentTab(StaffAndStudents, RecordTab):
    settings_key = "consent"
    shows_date = True
    shows_inactive = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        # The columns follow the versions in force on the date; first on today.
        settings = load_settings(context.store, context.today())
        self.item_codes: tuple[str, ...] = settings.item_codes
        self.labels: dict[str, str] = settings.channel_labels
        super().__init__(context, parent)

    def title(self) -> str:
        return self.tr("Media consent")

    def columns(self) -> list[Column]:
        return [
            *self.person_columns(),
            *(item_column(code, self.labels) for code in self.item_codes),
        ]

    def status_options(self) -> list[tuple[str, Any]]:
        def has(status: ConsentStatus) -> str:
            return QCoreApplication.translate("ConsentTab", "Has '%1'").replace(
                "%1", status_text.consent_label(status)
            )

        return [
            (self.tr("Everything granted"), ALL_GRANTED),
            *((has(s), s) for s in ConsentStatus if s is not ConsentStatus.GRANTED),
            (self.tr("Turned 16: ask the student"), ASK_STUDENT),
        ]

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        if wanted == ALL_GRANTED:
            return bool(person.consent) and all(
                s is ConsentStatus.GRANTED for s in person.consent.values()
            )
        if wanted == ASK_STUDENT:
            return person.ask_student
        return wanted in person.consent.values()

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        settings = load_settings(store, on)
        # A teacher reads their students' consent, not the staff's.
        staff = store.signed_in().may(Permission.READ_EMPLOYEES)
        return [
            *(employee_statuses_on(store, on, settings=settings) if staff else []),
            *student_statuses_on(store, on, settings=settings, progress=progress),
        ]

    def _loaded_rows(self, rows: list[PersonStatus]) -> None:
        # The columns follow the versions in force on the date (as the rows were loaded).
        settings = load_settings(self.context.store, self.selected_date())
        codes, labels = settings.item_codes, settings.channel_labels
        changed = (codes, labels) != (self.item_codes, self.labels)
        if changed:
            self.item_codes, self.labels = codes, labels
            self.model.set_columns(self.columns())
        super()._loaded_rows(rows)
        if changed:
            self._fit_columns()  # other items than before: fit their new headers
