"""Bevoegdheden: who may post on social media for which account, school or the foundation,
with their status on a date, and the four worklists of the authorisations."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton

from korre_desktop.domain.authorisation import AuthorisationStatus, WorklistKind
from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui import status_text
from korre_desktop.gui.authorisation_html import account_html, authorisation_html
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.record_tab import RecordTab, dutch_number
from korre_desktop.gui.tabs.authorisation_rows import (
    EVERYTHING,
    VALID,
    AuthorisationListRow,
    authorisation_rows,
)
from korre_desktop.gui.tabs.common import date_column, number_column
from korre_desktop.services.progress import Progress
from korre_desktop.store import Store

_STATUS_ORDER = list(AuthorisationStatus)
STATUS_COLUMN = 8  # in the order of ``columns``


class AuthorisationsTab(RecordTab):
    settings_key = "authorisations"
    shows_date = True
    shows_group = False
    shows_inactive = False
    status_has_all = False  # the list always says what it shows
    max_fitted_width = 150  # ten columns beside the detail pane

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ui.dateLabel.setText(self.tr("Valid &on:"))
        self.ui.search.setPlaceholderText(self.tr("Search by name, number or account (Ctrl+F)"))
        self.action_row = QHBoxLayout()
        self.ui.layout.insertLayout(1, self.action_row)
        self.ui.table.horizontalHeader().setStretchLastSection(True)  # the follow-up gets the rest
        # The lists have long names: wide enough to read the one chosen, the popup all.
        self.ui.status.setMinimumContentsLength(30)
        self.ui.status.view().setMinimumWidth(self.ui.status.view().sizeHintForColumn(0) + 24)

    def title(self) -> str:
        return self.tr("Authorisations")

    def noun(self, count: int) -> str:
        return self.tr("%1 rows").replace("%1", dutch_number(count))

    def add_actions(self, actions: list[QAction]) -> None:
        """The window's actions on the selected authorisation: buttons above the table and
        the table's context menu."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.action_row.addWidget(button)
        self.action_row.addStretch()
        self.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.table.addActions(actions)

    # -- columns and lists ------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        def authorised(text: Any) -> Any:
            """A column of the authorisation; empty on an account's row."""
            return lambda r: text(r.authorisation) if r.authorisation is not None else ""

        return [
            Column(self.tr("Person"), lambda r: r.name, sort_key=lambda r: r.sort_key),
            Column(
                self.tr("Kind"),
                authorised(lambda a: status_text.kind_label(a.person.kind)),
            ),
            number_column(self.tr("Number")),
            Column(self.tr("For"), self._target, tooltip=self._target),
            Column(self.tr("School"), lambda r: r.owner),
            date_column(self.tr("From"), lambda r: r.authorisation and r.authorisation.valid_from),
            date_column(
                self.tr("Until"), lambda r: r.authorisation and r.authorisation.valid_until
            ),
            Column(
                self.tr("Granted by"),
                authorised(lambda a: a.granted_by_name),
                tooltip=authorised(lambda a: a.granted_by_name),
            ),
            Column(
                self.tr("Status"),
                lambda r: words.status_label(r.status) if r.status else "",
                sort_key=lambda r: _STATUS_ORDER.index(r.status) if r.status else -1,
                colour=lambda r: words.STATUS_COLOURS[r.status] if r.status else None,
                centred=True,
            ),
            Column(self.tr("To follow up"), self._attention, tooltip=self._attention),
        ]

    @staticmethod
    def _attention(row: AuthorisationListRow) -> str:
        return "; ".join(words.attention_label(item) for item in row.worklist)

    @staticmethod
    def _target(row: AuthorisationListRow) -> str:
        if row.authorisation is not None:
            return words.target_label(row.authorisation)
        assert row.account is not None
        return words.account_label(row.account.platform, row.account.name)

    def group_options(self, rows: list, school: str | None) -> list[tuple[str, Any]]:  # type: ignore[override]
        return []  # no classes here (the group filter is hidden)

    def status_label(self) -> str:
        return self.tr("&List:")

    def status_options(self) -> list[tuple[str, Any]]:
        return [
            (self.tr("Valid on this date"), VALID),
            (self.tr("All, also withdrawn and expired"), EVERYTHING),
            *((words.worklist_label(kind), kind) for kind in WorklistKind),
        ]

    def status_matches(self, row: AuthorisationListRow, wanted: Any) -> bool:  # type: ignore[override]
        return row.on_list(wanted)

    def show_list(self, wanted: Any) -> None:
        """Choose a list of the "Lijst:" choice (VALID, EVERYTHING or a WorklistKind)."""
        self.ui.status.setCurrentIndex(self.ui.status.findData(wanted))

    def _fit_columns(self) -> None:
        """As every tab, but the status column fits every status word (the first rows
        shown may all be "geldig")."""
        super()._fit_columns()
        table, column = self.ui.table, STATUS_COLUMN
        widest = max(
            table.fontMetrics().horizontalAdvance(words.status_label(status))
            for status in AuthorisationStatus
        )
        table.setColumnWidth(column, max(table.columnWidth(column), widest + 16))

    def restore_layout(self) -> None:
        super().restore_layout()
        if self.context.settings.value(f"{self.settings_key}/splitter") is None:
            self.ui.splitter.setSizes([1100, 280])  # ten columns: the table gets the room

    # -- loading and the detail pane --------------------------------------------------------------

    def empty_detail_text(self) -> str:
        return self.tr("Select a row to see the authorisation or the account in full.")

    def load(  # type: ignore[override]
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[AuthorisationListRow]:
        return authorisation_rows(store, on, words.foundation_label())

    def person_ref(self, row: AuthorisationListRow) -> tuple[str, int] | None:
        """The person an authorisation is for; an account's row is about nobody."""
        if row is None or row.authorisation is None:
            return None
        person = row.authorisation.person
        return (person.kind, person.id)

    def detail_html(self, row: AuthorisationListRow) -> str:  # type: ignore[override]
        if row.authorisation is not None:
            return authorisation_html(row.authorisation, row.worklist, self.selected_date())
        assert row.account is not None
        return account_html(row.account, row.worklist)
