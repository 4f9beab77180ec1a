"""Formulier invoeren: a returned consent form, entered keyboard first, with its scan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from korre_desktop.domain.consent_form import current_form
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog
from korre_desktop.gui.forms.ui_consent_entry_dialog import Ui_ConsentEntryDialog
from korre_desktop.services import entry
from korre_desktop.services.entry import ConsentEntry, FormVersion, PersonChoice, SignerChoice


class ConsentEntryDialog(EntryDialog):
    saved = Signal(int)  # the new statement's id

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        choices: list[PersonChoice] | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ConsentEntryDialog()
        self.ui.setupUi(self)
        self.setup_entry(self.ui.person, self.ui.evidence, self.ui.signedDate, choices)
        self.setup_save_and_next(self.ui.buttons)
        forms = entry.form_versions(context.store)
        for form in forms:
            self.ui.formVersion.addItem(form.label, form)
        current = current_form(forms, self.today)  # the version in force today
        if current is not None:
            self.ui.formVersion.setCurrentIndex(forms.index(current))
        self.ui.formVersion.currentIndexChanged.connect(self._form_changed)
        self._form_changed()
        self.ui.grid.changed.connect(self._answers_changed)
        self.ui.signer.currentIndexChanged.connect(lambda _index: self.check_evidence())
        self._blank_confirmed = False
        self.ui.person.setFocus()

    def _form_changed(self) -> None:
        form: FormVersion | None = self.ui.formVersion.currentData()
        self.ui.grid.set_form(form)  # the grid takes the version's channels and media
        self._blank_confirmed = False

    def _answers_changed(self) -> None:
        self._blank_confirmed = False

    def person_picked(self, person: PersonChoice) -> None:
        self.fill_signers(self.ui.signer, entry.signers_for(self.context.store, person))
        self.ui.message.clear()
        self.check_evidence()
        self.ui.signer.setFocus()

    def evidence_owner(self) -> tuple[PersonChoice, SignerChoice | None] | None:
        person = self.ui.person.person()
        return None if person is None else (person, self.ui.signer.currentData())

    def save(self) -> int | None:
        """Save the form as entered; on success clear it for the next one."""
        ui = self.ui
        person = self.chosen_person(ui.person, ui.message)
        if person is None:
            return None
        signed = self.read_date(ui.signedDate, ui.message)
        if signed is None:
            return None
        if self.evidence_refused(ui.message):
            return None
        if self.open_items_need_a_second_look(ui.grid, ui.message, "Enter"):
            return None
        form: FormVersion = ui.formVersion.currentData()
        signer = ui.signer.currentData()
        answers = ui.grid.answers()
        note = ui.note.text()

        def store_it(evidence: str | None) -> int:
            return entry.save_consent(
                self.context.store,
                ConsentEntry(person, signer, signed, form, answers, note, evidence),
                today=self.today,
            )

        statement_id = self.save_with_evidence(ui.message, store_it, person, signer)
        if statement_id is None:
            return None
        self.show_message(ui.message, self.saved_text(f"{person.name} ({signer.name})"))
        self.saved.emit(statement_id)
        self._next_form()
        return statement_id

    def _next_form(self) -> None:
        """Ready for the next form: the date and form version stay, the rest is cleared."""
        ui = self.ui
        ui.person.clear()
        ui.signer.clear()
        ui.grid.clear_answers()
        ui.note.clear()
        ui.evidence.clear()
        self._blank_confirmed = False
        ui.person.setFocus()
