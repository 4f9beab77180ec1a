"""Ondertekend protocol invoeren: person, protocol version, place, date and the scan.

Without a protocol version for the person's group yet, the dialog says so and offers to
add one (Protocolversies) instead of leaving an empty list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog, entry_error_text
from korre_desktop.gui.forms.ui_protocol_entry_dialog import Ui_ProtocolEntryDialog
from korre_desktop.services import entry
from korre_desktop.services.entry import EntryError, PersonChoice, SignerChoice
from korre_desktop.services.status import protocol_versions


class ProtocolEntryDialog(EntryDialog):
    saved = Signal(int)  # the new signature's id
    versions_changed = Signal()  # a protocol version was added from here

    evidence_kind = "protocol"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        choices: list[PersonChoice] | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ProtocolEntryDialog()
        self.ui.setupUi(self)
        self.setup_entry(self.ui.person, self.ui.evidence, self.ui.signedDate, choices)
        self.setup_save_and_next(self.ui.buttons)
        # Below the message, shown only while a protocol version is missing.
        self.add_version = QPushButton(self.tr("&Add a protocol version…"))
        self.add_version.setAutoDefault(False)
        self.add_version.clicked.connect(self.open_protocol_versions)
        row = self.ui.layout.indexOf(self.ui.message) + 1
        self.ui.layout.insertWidget(row, self.add_version, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_version.hide()
        if not protocol_versions(context.store):
            self._missing_version(
                self.tr("There is no protocol version yet: add the protocol document first.")
            )
        self.ui.person.setFocus()

    def _missing_version(self, text: str) -> None:
        self.show_message(self.ui.message, text, error=True)
        self.add_version.show()

    def person_picked(self, person: PersonChoice) -> None:
        store = self.context.store
        self.ui.version.clear()
        try:
            current = entry.protocol_version_to_sign(store, person, self.today)
        except EntryError as error:
            self._missing_version(entry_error_text(error))
            self.add_version.setFocus()
            return
        for version in reversed(entry.protocol_versions_for(store, person)):
            self.ui.version.addItem(version.label, version)
            if version.id == current.id:
                self.ui.version.setCurrentIndex(self.ui.version.count() - 1)
        self.ui.message.clear()
        self.add_version.hide()
        self.check_evidence()
        self.ui.version.setFocus()

    def evidence_owner(self) -> tuple[PersonChoice, SignerChoice | None] | None:
        person = self.ui.person.person()
        return None if person is None else (person, None)

    def open_protocol_versions(self) -> QDialog:
        """Protocolversies over this dialog; what is added there is offered here at once."""
        from korre_desktop.gui.dialogs.protocol_versions import ProtocolVersionsDialog

        dialog = ProtocolVersionsDialog(self.context, self)
        person = self.ui.person.person()
        if person is not None:  # the group that has none yet
            audience = dialog.ui.audience.findData(entry.audience_of(person))
            dialog.ui.audience.setCurrentIndex(max(audience, 0))
        dialog.changed.connect(self._versions_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _versions_added(self) -> None:
        self.versions_changed.emit()
        person = self.ui.person.person()
        if person is not None:
            self.person_picked(person)
        elif protocol_versions(self.context.store):
            self.ui.message.clear()
            self.add_version.hide()

    def save(self) -> int | None:
        ui = self.ui
        person = self.chosen_person(ui.person, ui.message)
        if person is None:
            return None
        version = ui.version.currentData()
        if version is None:
            try:
                entry.protocol_version_to_sign(self.context.store, person, self.today)
            except EntryError as error:
                self._missing_version(entry_error_text(error))
                return None
            self.show_message(ui.message, self.tr("Choose the protocol version."), error=True)
            return None
        signed = self.read_date(ui.signedDate, ui.message)
        if signed is None:
            return None
        place, note = ui.place.text(), ui.note.text()

        def store_it(evidence: str | None) -> int:
            return entry.save_protocol_signature(
                self.context.store, person, version.id, signed, place, evidence, note, self.today
            )

        signature_id = self.save_with_evidence(ui.message, store_it, person)
        if signature_id is None:
            return None
        self.show_message(ui.message, self.saved_text(f"{person.name} ({version.label})"))
        self.saved.emit(signature_id)
        ui.person.clear()
        ui.version.clear()
        ui.note.clear()
        ui.evidence.clear()
        ui.person.setFocus()  # place and date stay: a pile often comes from one day and place
        return signature_id
