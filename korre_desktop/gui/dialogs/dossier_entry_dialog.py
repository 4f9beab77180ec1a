"""Adding to an employee's personnel file: a letter or e-mail about a breach of the
protocol, received or sent (date, subject, the document, a note); or a correction of an
entry, which is a new entry beside it (an entry is never changed).

A correction starts from the entry it corrects (its date, subject and direction, to be
put right) and needs no document of its own. Saving is one transaction in the service;
what it refuses is shown beside the field it is about, in Dutch, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from korre_desktop.domain.correspondence import Direction
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.correspondence_words import entry_number
from korre_desktop.gui.dialogs.document_dialog import DocumentRecordDialog
from korre_desktop.gui.forms.ui_dossier_entry_dialog import Ui_DossierEntryDialog
from korre_desktop.gui.html_parts import dutch_date
from korre_desktop.services.dossier import DossierEntryInput, DossierEntryRow, add_dossier_entry
from korre_desktop.services.entry import PersonChoice


class DossierEntryDialog(DocumentRecordDialog):
    def __init__(
        self,
        context: AppContext,
        employee: PersonChoice,
        parent: QWidget | None = None,
        *,
        corrects: DossierEntryRow | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DossierEntryDialog()
        self.ui.setupUi(self)
        self.employee = employee
        self.corrects = corrects
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "employee_id": (ui.employee, ui.employeeError),
                "corrects_entry_id": (ui.corrects, ui.correctsError),
                "entry_date": (ui.entryDate, ui.entryDateError),
                "subject": (ui.subject, ui.subjectError),
                "direction": (ui.received, ui.directionError),
                "document": (ui.document, ui.documentError),
            },
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.employee.setText(f"{employee.name} · {employee.number}")
        for radio in (ui.received, ui.sent):
            radio.toggled.connect(lambda _on: self.clear_problem("direction"))
        ui.document.outlook = True  # an Outlook e-mail (.msg) is kept here too
        ui.document.document_changed.connect(lambda: self.clear_problem("document"))
        self.setup_document(ui.document)
        if corrects is None:
            self._as_new()
        else:
            self._as_correction(corrects)
        ui.entryDate.setFocus()

    def _as_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Add to the personnel file"))
        ui.explanation.setText(
            self.tr(
                "A letter or e-mail about a breach of the social-media protocol, received or sent. It is kept as entered: a mistake is fixed later with a correction."  # noqa: E501
            )
        )
        for widget in (ui.correctsLabel, ui.corrects, ui.documentHint):
            widget.hide()
        ui.entryDate.set_date(self.today)
        # Received or sent is chosen on purpose, never by default.

    def _as_correction(self, entry: DossierEntryRow) -> None:
        ui = self.ui
        number = entry_number(entry.id)
        self.setWindowTitle(self.tr("Correction of %1").replace("%1", number))
        ui.explanation.setText(
            self.tr(
                "Entry %1 stays as it is; this correction is added beside it and the list marks both. Put right what was wrong."  # noqa: E501
            ).replace("%1", number)
        )
        ui.corrects.setText(f"{number} · {dutch_date(entry.entry_date)} · {entry.subject}")
        ui.entryDate.set_date(entry.entry_date)
        ui.subject.setText(entry.subject)
        (ui.received if entry.direction == Direction.IN else ui.sent).setChecked(True)
        ui.note.setPlaceholderText(self.tr("What was wrong, for example: the wrong date"))

    def direction(self) -> str:
        if self.ui.received.isChecked():
            return Direction.IN.value
        return Direction.OUT.value if self.ui.sent.isChecked() else ""

    def save(self) -> int:
        ui = self.ui
        data = DossierEntryInput(
            employee_id=self.employee.id,
            entry_date=ui.entryDate.text(),
            subject=ui.subject.text(),
            direction=self.direction(),
            document=ui.document.document(),
            note=ui.note.text(),
            corrects_entry_id=None if self.corrects is None else self.corrects.id,
        )
        return add_dossier_entry(self.store, data, today=self.today)
