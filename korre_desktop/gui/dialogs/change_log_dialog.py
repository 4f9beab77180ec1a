"""Beheer → Wijzigingslog: every change the app made (the audit log), newest first, with who
and when and what it was before and after; for who may read it (the beheerder, the office,
the privacy officer). Filtered by a first day, a user and the kind of record; the rows
shown can be saved as CSV. Nothing here changes the log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.detail_html import field_label, field_value
from korre_desktop.gui.dialogs.log_dialog import LogDialog
from korre_desktop.gui.forms.ui_change_log_dialog import Ui_ChangeLogDialog
from korre_desktop.gui.person_model import Column
from korre_desktop.services import change_log
from korre_desktop.services.change_log import Change

translate = QCoreApplication.translate
CHANGE = "change_log_entry"
ALL = ""  # the filters' "all" choice


def action_words() -> dict[str, str]:
    return {
        "insert": translate("ChangeLogDialog", "Added"),
        "update": translate("ChangeLogDialog", "Changed"),
        "delete": translate("ChangeLogDialog", "Removed"),
        "purge": translate("ChangeLogDialog", "Removed (retention)"),
    }


def table_words() -> dict[str, str]:
    """The kind of record each table holds, in words (the change log names tables)."""
    return {
        "settings": translate("ChangeLogDialog", "Setting"),
        "schools": translate("ChangeLogDialog", "School"),
        "school_years": translate("ChangeLogDialog", "School year"),
        "classes": translate("ChangeLogDialog", "Class"),
        "students": translate("ChangeLogDialog", "Student"),
        "employees": translate("ChangeLogDialog", "Employee"),
        "enrolments": translate("ChangeLogDialog", "Class placement"),
        "guardians": translate("ChangeLogDialog", "Parent/guardian"),
        "student_guardians": translate("ChangeLogDialog", "Student–guardian link"),
        "employee_schools": translate("ChangeLogDialog", "Employee's school"),
        "class_teachers": translate("ChangeLogDialog", "Class teacher"),
        "audit_log": translate("ChangeLogDialog", "Change log"),
        "blobs": translate("ChangeLogDialog", "Stored file"),
        "blob_derivations": translate("ChangeLogDialog", "Edited copy of a file"),
        "protocol_versions": translate("ChangeLogDialog", "Protocol version"),
        "protocol_signatures": translate("ChangeLogDialog", "Protocol signature"),
        "consent_form_versions": translate("ChangeLogDialog", "Consent form version"),
        "consent_form_items": translate("ChangeLogDialog", "Consent form item"),
        "consent_form_channels": translate("ChangeLogDialog", "Consent form channel"),
        "consent_statements": translate("ChangeLogDialog", "Consent form"),
        "trip_groups": translate("ChangeLogDialog", "Trip group"),
        "trip_group_members": translate("ChangeLogDialog", "Trip group member"),
        "form_templates": translate("ChangeLogDialog", "Form layout"),
        "form_instances": translate("ChangeLogDialog", "Printed form"),
        "import_mappings": translate("ChangeLogDialog", "Import column mapping"),
        "import_runs": translate("ChangeLogDialog", "Import"),
        "scan_batches": translate("ChangeLogDialog", "Scan batch"),
        "scan_pages": translate("ChangeLogDialog", "Scanned page"),
        "accounts": translate("ChangeLogDialog", "Social-media account"),
        "authorisations": translate("ChangeLogDialog", "Authorisation"),
        "authorisation_withdrawals": translate("ChangeLogDialog", "Authorisation withdrawn"),
        "press_reports": translate("ChangeLogDialog", "Press report"),
        "dossier_entries": translate("ChangeLogDialog", "Personnel file entry"),
        "access_log": translate("ChangeLogDialog", "Access log"),
        "users": translate("ChangeLogDialog", "User"),
        "user_schools": translate("ChangeLogDialog", "User's school"),
        "user_classes": translate("ChangeLogDialog", "User's class"),
        "user_trip_groups": translate("ChangeLogDialog", "User's trip group"),
        "purge_runs": translate("ChangeLogDialog", "Purge"),
    }


def _value_text(name: str, value: object) -> str:
    """A stored value as the person's history shows it (dates as dd-mm-jjjj, yes/no ...);
    what the history shows in its own shape (a signer, answers) as stored."""
    if name in ("signer", "answers") or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return field_value(name, value)


def _values_text(table: str, values: dict) -> str:
    return ", ".join(
        f"{field_label(table, name)}: {_value_text(name, value)}" for name, value in values.items()
    )


def _fields_text(change: Change) -> str:
    return ", ".join(field_label(change.table, name) for name in change.fields)


@dataclass(frozen=True)
class ChangeRow:
    """A change as a row of ``PersonTableModel`` (newest first)."""

    change: Change
    position: int
    kind = CHANGE
    number = ""

    @property
    def id(self) -> int:
        return self.change.id

    @property
    def name(self) -> str:
        return self.change.actor

    @property
    def sort_key(self) -> int:
        return self.position


class ChangeLogDialog(LogDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ChangeLogDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.changes: list[Change] = []
        self.setup_list(ui.table, self.columns(), "change_log_dialog")
        ui.explanation.setText(
            self.tr(
                "Every change made to the records, newest first (at most the newest %1): who,"
                " when, and what it was before and after. Nobody can change these entries."
            ).replace("%1", f"{change_log.SHOWN_AT_MOST:,}".replace(",", "."))
        )
        ui.since.set_today(context.today)
        ui.user.addItem(self.tr("Everyone"), ALL)
        for user in change_log.users(context.store):
            ui.user.addItem(user, user)
        ui.tableFilter.addItem(self.tr("Everything"), ALL)
        tables = table_words()
        for table in change_log.tables(context.store):
            ui.tableFilter.addItem(tables.get(table, table), table)
        self.connect_filters(ui.user, ui.tableFilter)
        self.refresh()

    def columns(self) -> list[Column]:
        actions, tables = action_words(), table_words()
        return [
            Column(
                self.tr("When"),
                lambda r: f"{r.change.local_time:%d-%m-%Y %H:%M:%S}",
                sort_key=lambda r: r.change.id,
            ),
            Column(self.tr("Who"), lambda r: r.change.actor),
            Column(self.tr("Action"), lambda r: actions.get(r.change.action, r.change.action)),
            Column(
                self.tr("Record"),
                lambda r: f"{tables.get(r.change.table, r.change.table)} {r.change.row_id}".strip(),
            ),
            Column(
                self.tr("Fields"),
                lambda r: _fields_text(r.change),
                tooltip=lambda r: _fields_text(r.change),
            ),
            Column(
                self.tr("Before"),
                lambda r: _values_text(r.change.table, r.change.before),
                tooltip=lambda r: _values_text(r.change.table, r.change.before),
            ),
            Column(
                self.tr("After"),
                lambda r: _values_text(r.change.table, r.change.after),
                tooltip=lambda r: _values_text(r.change.table, r.change.after),
            ),
        ]

    def refresh(self) -> None:
        ui = self.ui
        self.changes = change_log.entries(
            self.context.store,
            since=self.since(),
            user=ui.user.currentData() or None,
            table=ui.tableFilter.currentData() or None,
        )
        self.shown = self.changes
        self.show_rows([ChangeRow(change, n) for n, change in enumerate(self.changes)])
        self.show_count()

    def selection_changed(self) -> None:
        pass

    def export_csv(self) -> Path | None:
        """The changes shown, as CSV (a file the user names)."""
        return self.save_csv(
            self.tr("Export the change log"),
            f"wijzigingslog-{self.context.today().isoformat()}.csv",
            change_log.write_csv,
        )
