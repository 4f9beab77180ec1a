"""Ondertekend protocol invoeren: person, protocol version, place, date and the scan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog
from korre_desktop.gui.forms.ui_protocol_entry_dialog import Ui_ProtocolEntryDialog
from korre_desktop.services import entry
from korre_desktop.services.entry import PersonChoice


class ProtocolEntryDialog(EntryDialog):
    saved = Signal(int)  # the new signature's id

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
        self.ui.person.setFocus()

    def person_picked(self, person: PersonChoice) -> None:
        store = self.context.store
        current = entry.default_protocol_version(store, person, self.today)
        self.ui.version.clear()
        for version in reversed(entry.protocol_versions_for(store, person)):
            self.ui.version.addItem(version.label, version)
            if current is not None and version.id == current.id:
                self.ui.version.setCurrentIndex(self.ui.version.count() - 1)
        if self.ui.version.count() == 0:
            self.show_message(
                self.ui.message,
                self.tr("There is no protocol version for this group yet: load one first."),
                error=True,
            )
        else:
            self.ui.message.clear()
        self.ui.version.setFocus()

    def save(self) -> int | None:
        ui = self.ui
        person = self.chosen_person(ui.person, ui.message)
        if person is None:
            return None
        version = ui.version.currentData()
        if version is None:
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

        signature_id = self.save_with_evidence(ui.message, store_it)
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
