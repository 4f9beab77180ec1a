"""Beheer → Personeelsdossier (vertrouwelijk): one employee's correspondence about breaches
of the protocol (also of those who left), oldest first; adding a document, adding a
correction of the entry selected, and showing an entry's document.

Append-only: nothing here changes or removes an entry. The window opens only after the
confidentiality notice (``confidential_notice``), and shows nothing until an employee is
chosen; it keeps no choice of its own (the next time starts empty again).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.correspondence_words import correction_label, direction_label, entry_number
from korre_desktop.gui.dialogs.dossier_entry_dialog import DossierEntryDialog
from korre_desktop.gui.dialogs.list_dialog import ListDialog
from korre_desktop.gui.forms.ui_dossier_dialog import Ui_DossierDialog
from korre_desktop.gui.html_parts import dutch_date
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.services.dossier import DossierEntryRow, list_dossier
from korre_desktop.services.entry import PersonChoice, employees_to_choose

DOSSIER_ENTRY = "dossier_entry"
CORRECTED_COLOUR = QColor("#e0e0e0")  # superseded: the correction beside it counts
CORRECTION_COLOUR = QColor("#fff59d")


@dataclass(frozen=True)
class DossierListRow:
    """An entry as a row of ``PersonTableModel`` (in the service's order)."""

    entry: DossierEntryRow
    position: int
    kind = DOSSIER_ENTRY
    number = ""

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def name(self) -> str:
        return self.entry.subject

    @property
    def sort_key(self) -> int:
        return self.position


def _correction_colour(row: DossierListRow) -> QColor | None:
    if row.entry.corrected:
        return CORRECTED_COLOUR
    return CORRECTION_COLOUR if row.entry.corrects_entry_id is not None else None


class DossierDialog(ListDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DossierDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_list(ui.table, self.columns(), "dossier_dialog")
        today = context.today()
        ui.employee.set_choices(employees_to_choose(context.store, today), today)
        ui.employee.picked.connect(lambda _person: self.refresh())
        ui.newEntry.clicked.connect(self.open_new)
        ui.correct.clicked.connect(self.open_correction)
        ui.viewDocument.clicked.connect(self.open_document)
        ui.table.doubleClicked.connect(lambda _index: self.open_document())
        self.refresh()
        ui.employee.setFocus()

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("No."),
                lambda r: entry_number(r.entry.id),
                sort_key=lambda r: r.entry.id,
            ),
            Column(
                self.tr("Date"),
                lambda r: dutch_date(r.entry.entry_date),
                sort_key=lambda r: (r.entry.entry_date, r.entry.id),
            ),
            Column(self.tr("Subject"), lambda r: r.entry.subject),
            Column(self.tr("Direction"), lambda r: direction_label(r.entry.direction)),
            Column(self.tr("Document"), lambda r: r.entry.document_name),
            Column(self.tr("Note"), lambda r: r.entry.note, tooltip=lambda r: r.entry.note),
            Column(
                self.tr("Correction"),
                lambda r: correction_label(r.entry),
                colour=_correction_colour,
                tooltip=lambda r: (
                    self.tr("Corrected: the later entry counts.") if r.entry.corrected else ""
                ),
            ),
        ]

    # -- the list -------------------------------------------------------------------------------

    def employee(self) -> PersonChoice | None:
        return self.ui.employee.person()

    def refresh(self) -> None:
        """Read the chosen employee's entries again (few: on the UI thread)."""
        employee = self.employee()
        entries = [] if employee is None else list_dossier(self.context.store, employee.id)
        self.show_rows([DossierListRow(entry, position) for position, entry in enumerate(entries)])
        if employee is None:
            message = self.tr("Choose an employee to see their personnel file.")
        elif not entries:
            message = self.tr("Nothing in the personnel file of %1.").replace("%1", employee.name)
        else:
            message = ""
        self.ui.message.setText(message)
        self.ui.message.setVisible(bool(message))

    def selected(self) -> DossierEntryRow | None:
        row = self.selected_row()
        return None if row is None else row.entry

    def selection_changed(self) -> None:
        entry = self.selected()
        ui = self.ui
        ui.newEntry.setEnabled(self.employee() is not None)
        ui.correct.setEnabled(entry is not None and not entry.corrected)
        ui.correct.setToolTip(
            self.tr("Corrections form one line: correct the latest correction.")
            if entry is not None and entry.corrected
            else ""
        )
        ui.viewDocument.setEnabled(entry is not None and entry.document_sha256 is not None)

    # -- actions --------------------------------------------------------------------------------

    def open_new(self) -> QDialog | None:
        employee = self.employee()
        if employee is None:
            return None
        return self._open(DossierEntryDialog(self.context, employee, self))

    def open_correction(self) -> QDialog | None:
        employee, entry = self.employee(), self.selected()
        if employee is None or entry is None or entry.corrected:
            return None
        return self._open(DossierEntryDialog(self.context, employee, self, corrects=entry))

    def open_document(self) -> QDialog | None:
        entry = self.selected()
        if entry is None or entry.document_sha256 is None:
            return None
        name = entry.document_name or self.tr("Document")
        return open_stored_document(self, self.context, entry.document_sha256, name)

    def _open(self, dialog: DossierEntryDialog) -> DossierEntryDialog:
        dialog.saved.connect(self._saved)
        self.open_over(dialog)
        return dialog

    def _saved(self, entry_id: int) -> None:
        self.refresh()
        self.select_row(DOSSIER_ENTRY, entry_id)
        self.changed.emit()
