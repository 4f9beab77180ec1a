"""What the form-entry dialogs share: dates as dd-mm-jjjj, messages, evidence, errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from korre_desktop.errors import KorreError
from korre_desktop.gui import status_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.widgets.answer_grid import AnswerGrid
from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.evidence_panel import EvidencePanel
from korre_desktop.gui.widgets.person_picker import PersonPicker
from korre_desktop.services import entry, entry_evidence
from korre_desktop.services.entry import EntryError, PersonChoice, SignerChoice

translate = QCoreApplication.translate
T = TypeVar("T")


def _evidence_error_text(error: EntryError) -> str | None:
    """The evidence shows a form that is not this entry's: who it belongs to, in words."""
    params = {key: str(value) for key, value in error.params.items()}
    if error.code == entry_evidence.OTHER_PERSON:
        return (
            translate("EntryErrors", "This form belongs to %1, not to %2.")
            .replace("%1", params["form_person"])
            .replace("%2", params["person"])
        )
    if error.code == entry_evidence.OTHER_SIGNER:
        return (
            translate("EntryErrors", "This form is to be signed by %1, not by %2.")
            .replace("%1", params["form_signer"])
            .replace("%2", params["signer"])
        )
    if error.code == entry_evidence.OTHER_KIND:
        text = (
            translate("EntryErrors", "This is the protocol sheet of %1, not a consent form.")
            if params["form_kind"] == "protocol"
            else translate(
                "EntryErrors", "This is the consent form of %1, not a signed protocol sheet."
            )
        )
        return text.replace("%1", params["person"])
    if error.code == entry_evidence.CANCELLED_FORM:
        return translate(
            "EntryErrors", "Form %1 was cancelled: it no longer counts as proof."
        ).replace("%1", params["form_code"])
    if error.code == entry_evidence.UNKNOWN_FORM:
        return translate(
            "EntryErrors",
            "The QR code on this evidence (%1) was not printed from this database: the form "
            "belongs to another database.",
        ).replace("%1", params["form_code"])
    return None


def entry_error_text(error: EntryError) -> str:
    evidence = _evidence_error_text(error)
    if evidence is not None:
        return evidence
    if error.code == "no_protocol_version":
        if error.params.get("audience") == "employees":
            return translate(
                "EntryErrors", "There is no protocol version for staff yet: add one first."
            )
        return translate(
            "EntryErrors", "There is no protocol version for students yet: add one first."
        )
    texts = {
        "date_in_future": translate("EntryErrors", "The signed date lies in the future."),
        "date_before_birth": translate(
            "EntryErrors", "The signed date lies before the person's date of birth."
        ),
        "wrong_signer": translate("EntryErrors", "This person cannot sign for them."),
        "unknown_item": translate("EntryErrors", "An item is not on this form version."),
        "no_items": translate("EntryErrors", "Choose at least one item."),
        "wrong_version": translate("EntryErrors", "This protocol version is not for this person."),
        "unknown_protocol_version": translate("EntryErrors", "There is no such protocol version."),
    }
    return texts.get(error.code, str(error))


def signer_text(signer: SignerChoice) -> str:
    text = f"{signer.name} ({status_text.signer_label(signer.role)})"
    if not signer.parental_authority:
        text += " – " + translate("EntryErrors", "no parental authority: does not count")
    return text


class EntryDialog(QDialog):
    """Base of the dialogs that enter a returned paper form."""

    # What kind of form the evidence must be ("consent" or "protocol").
    evidence_kind = "consent"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = context.today()
        self._blank_confirmed = False  # the user was told about open items once

    # -- set-up helpers -----------------------------------------------------------------------

    def setup_entry(
        self,
        picker: PersonPicker,
        evidence: EvidencePanel,
        date_field: DateField,
        choices: list[PersonChoice] | None,
    ) -> None:
        """Person search over everyone on today's lists, evidence, the date preset to today."""
        store = self.context.store
        picker.set_choices(choices or entry.people_to_choose(store, self.today), self.today)
        picker.picked.connect(self.person_picked)
        self.setup_evidence(evidence)
        date_field.set_today(self.context.today)
        date_field.set_date(self.today)

    def setup_save_and_next(self, buttons: QDialogButtonBox) -> None:
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("EntryDialog", "Save and &next"))
        save.setDefault(True)
        save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

    def person_picked(self, person: PersonChoice) -> None:
        """A person was chosen (subclasses fill in who can sign)."""

    def save(self) -> int | None:
        raise NotImplementedError

    def setup_evidence(self, panel: EvidencePanel) -> None:
        panel.set_jobs(self.context.jobs)
        panel.set_settings(self.context.settings)
        self._evidence = panel
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.activated.connect(panel.paste)
        choose = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        choose.activated.connect(panel.choose_file)
        panel.evidence_changed.connect(self.check_evidence)

    def fill_signers(self, combo: QComboBox, signers: list[SignerChoice]) -> None:
        combo.clear()
        for signer in signers:
            combo.addItem(signer_text(signer), signer)
        counting = [i for i, s in enumerate(signers) if s.parental_authority]
        combo.setCurrentIndex(counting[0] if counting else 0)

    # -- evidence ------------------------------------------------------------------------------

    def evidence_owner(self) -> tuple[PersonChoice, SignerChoice | None] | None:
        """Whose form the evidence must be (and who was to sign it), once chosen."""
        return None

    def check_evidence(self) -> str | None:
        """Say at once, beside the evidence, when it shows a form that is not this entry's,
        and return that (saving checks it again); the read form codes make this quick."""
        panel = getattr(self, "_evidence", None)
        prepared = panel.prepared() if panel is not None else None
        owner = self.evidence_owner()
        if prepared is None or prepared.form_codes is None or owner is None:
            return None
        try:
            entry_evidence.check_form_codes(
                self.context.store, prepared.form_codes, owner[0], self.evidence_kind, owner[1]
            )
        except EntryError as error:
            text = entry_error_text(error)
            panel.show_problem(text)
            return text
        panel.show_problem(None)
        return None

    def evidence_refused(self, label: QLabel) -> bool:
        """Evidence of another form is the first thing to fix, before open items and the like."""
        text = self.check_evidence()
        if text is not None:
            self.show_message(label, text, error=True)
        return text is not None

    # -- messages -----------------------------------------------------------------------------

    def show_message(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet("color: #b00020; font-weight: bold" if error else "color: #1b5e20")
        label.setText(text)

    def saved_text(self, what: str) -> str:
        return (
            translate("EntryDialog", "Saved at %1: %2")
            .replace("%1", QTime.currentTime().toString("HH:mm"))
            .replace("%2", what)
        )

    def open_items_need_a_second_look(self, grid: AnswerGrid, label: QLabel, key: str) -> bool:
        """The first save of a form with open items only warns (they never count as consent);
        the caller resets ``_blank_confirmed`` whenever the answers change."""
        blanks = grid.unanswered()
        if not blanks or self._blank_confirmed:
            return False
        self._blank_confirmed = True
        self.show_message(
            label,
            translate(
                "EntryDialog",
                "%1 items have no answer; they are saved as blank, which never counts as "
                "consent. Press %2 again to save anyway.",
            )
            .replace("%1", str(blanks))
            .replace("%2", key),
            error=True,
        )
        grid.setFocus()
        return True

    def chosen_person(self, picker: PersonPicker, label: QLabel) -> PersonChoice | None:
        person = picker.person()
        if person is None:
            self.show_message(label, translate("EntryDialog", "Choose the person first."), True)
            picker.setFocus()
        return person

    def read_date(self, field: DateField, label: QLabel) -> date | None:
        day = field.read()  # a wrong date stays as typed, its problem shown beside it
        if day is None:
            label.clear()
        return day

    # -- saving -------------------------------------------------------------------------------

    def save_with_evidence(
        self,
        label: QLabel,
        save: Callable[[str | None], T],
        person: PersonChoice,
        signer: SignerChoice | None = None,
    ) -> T | None:
        """Store the evidence and the record in one transaction; report problems in ``label``.

        The evidence must not show another form than ``person``'s of this dialog's kind
        (signed by ``signer``). Returns what ``save`` returned, or None when nothing was saved.
        """
        panel = getattr(self, "_evidence", None)
        if panel is not None and panel.is_busy():
            self.show_message(
                label,
                translate("EntryDialog", "One moment: the evidence is still being processed."),
            )
            return None
        prepared = panel.prepared() if panel is not None else None
        try:
            return entry_evidence.save_with_evidence(
                self.context.store, prepared, person, self.evidence_kind, signer, save
            )
        except EntryError as error:
            text = entry_error_text(error)
            self.show_message(label, text, error=True)
            if panel is not None and error.code in entry_evidence.CODES:
                panel.show_problem(text)  # beside the evidence too: that is what is wrong
        except KorreError as error:
            self.context.errors.show(error)
        return None

    # -- drag and drop onto the whole dialog ----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if getattr(self, "_evidence", None) is not None:
            self._evidence.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if getattr(self, "_evidence", None) is not None:
            self._evidence.dropEvent(event)
