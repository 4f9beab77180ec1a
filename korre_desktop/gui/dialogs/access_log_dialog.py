"""Beheer → Toegangslog: who printed, exported, opened or searched whose personal data, and
when; for the beheerder and the privacy officer (only they see the menu item). Filtered by
a first day, a user and an action; the rows shown can be saved as CSV. Nothing here
changes the log: entries are removed only when their retention period is over."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.log_dialog import LogDialog
from korre_desktop.gui.forms.ui_access_log_dialog import Ui_AccessLogDialog
from korre_desktop.gui.person_model import Column
from korre_desktop.services import access_log
from korre_desktop.services.access_log import Entry

translate = QCoreApplication.translate
ENTRY = "access_log_entry"
ALL = ""  # the filters' "all" choice


def action_words() -> dict[str, str]:
    return {
        access_log.PRINT: translate("AccessLogDialog", "Print"),
        access_log.EXPORT: translate("AccessLogDialog", "Export"),
        access_log.PERSON_DETAIL: translate("AccessLogDialog", "Details opened"),
        access_log.SEARCH: translate("AccessLogDialog", "Search"),
    }


def what_words() -> dict[str, str]:
    return {
        access_log.NO_PHOTO_LIST: translate("AccessLogDialog", "No-photo list"),
        access_log.WORKLISTS: translate("AccessLogDialog", "Worklists"),
        access_log.CONSENT_FORMS: translate("AccessLogDialog", "Consent forms"),
        access_log.PROTOCOL_FORMS: translate("AccessLogDialog", "Protocol forms"),
        access_log.OVERVIEW_XLSX: translate("AccessLogDialog", "Excel overview"),
        access_log.STATUS_CSV: translate("AccessLogDialog", "Status export (CSV)"),
        access_log.PERSON_DETAIL: translate("AccessLogDialog", "A person's details"),
        access_log.EVIDENCE: translate("AccessLogDialog", "A stored scan or document"),
        access_log.ACCESS_REQUEST: translate("AccessLogDialog", "Access request"),
        # A search: the tab it was made in.
        "employees": translate("AccessLogDialog", "Employees tab"),
        "students": translate("AccessLogDialog", "Students tab"),
        "protocols": translate("AccessLogDialog", "Protocol tab"),
        "consent": translate("AccessLogDialog", "Media consent tab"),
        "worklists": translate("AccessLogDialog", "Worklists tab"),
        "authorisations": translate("AccessLogDialog", "Authorisations tab"),
    }


def refs_text(refs: tuple[str, ...]) -> str:
    """``student:12`` as "leerling 12": which people, by their number in the database."""
    kinds = {
        "student": translate("AccessLogDialog", "student"),
        "employee": translate("AccessLogDialog", "employee"),
    }
    shown = []
    for ref in refs:
        kind, _, number = ref.partition(":")
        shown.append(f"{kinds.get(kind, kind)} {number}")
    return ", ".join(shown)


@dataclass(frozen=True)
class EntryRow:
    """An entry as a row of ``PersonTableModel`` (newest first)."""

    entry: Entry
    position: int
    kind = ENTRY
    number = ""

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def name(self) -> str:
        return self.entry.actor

    @property
    def sort_key(self) -> int:
        return self.position


class AccessLogDialog(LogDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AccessLogDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.entries: list[Entry] = []
        self.setup_list(ui.table, self.columns(), "access_log_dialog")
        days = access_log.retention_days(context.store)
        ui.explanation.setText(
            self.tr(
                "Every print, export, opened person's details and search that showed personal"
                " data, newest first. Entries are kept for %1 days (Settings), then removed;"
                " nobody can change them."
            ).replace("%1", str(days))
        )
        ui.since.set_today(context.today)
        ui.user.addItem(self.tr("Everyone"), ALL)
        for user in access_log.users(context.store):
            ui.user.addItem(user, user)
        ui.action.addItem(self.tr("Everything"), ALL)
        for code, text in action_words().items():
            ui.action.addItem(text, code)
        self.connect_filters(ui.user, ui.action)
        self.refresh()

    def columns(self) -> list[Column]:
        actions, whats = action_words(), what_words()
        return [
            Column(
                self.tr("When"),
                lambda r: f"{r.entry.local_time:%d-%m-%Y %H:%M:%S}",
                sort_key=lambda r: (r.entry.at, r.entry.id),
            ),
            Column(self.tr("Who"), lambda r: r.entry.actor),
            Column(self.tr("Action"), lambda r: actions.get(r.entry.action, r.entry.action)),
            Column(self.tr("What"), lambda r: whats.get(r.entry.what, r.entry.what)),
            Column(self.tr("For"), lambda r: r.entry.scope, tooltip=lambda r: r.entry.scope),
            Column(
                self.tr("People"),
                lambda r: str(r.entry.people_count),
                sort_key=lambda r: r.entry.people_count,
                centred=True,
            ),
            Column(
                self.tr("Which"),
                lambda r: refs_text(r.entry.person_refs),
                tooltip=lambda r: refs_text(r.entry.person_refs),
            ),
        ]

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the entries the filters choose (on the UI thread: an index on the time)."""
        ui = self.ui
        self.entries = access_log.entries(
            self.context.store,
            since=self.since(),
            user=ui.user.currentData() or None,
            action=ui.action.currentData() or None,
        )
        self.shown = self.entries
        self.show_rows([EntryRow(entry, position) for position, entry in enumerate(self.entries)])
        self.show_count()

    def selection_changed(self) -> None:
        pass

    # -- actions --------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """The entries shown, as CSV (a file the user names)."""
        return self.save_csv(
            self.tr("Export the access log"),
            f"toegangslog-{self.context.today().isoformat()}.csv",
            access_log.write_csv,
        )
