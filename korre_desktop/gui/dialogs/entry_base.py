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
from korre_desktop.services import entry
from korre_desktop.services.entry import EntryError, PersonChoice, SignerChoice
from korre_desktop.services.evidence import save_evidence

translate = QCoreApplication.translate
T = TypeVar("T")


def entry_error_text(error: EntryError) -> str:
    texts = {
        "date_in_future": translate("EntryErrors", "The signed date lies in the future."),
        "date_before_birth": translate(
            "EntryErrors", "The signed date lies before the person's date of birth."
        ),
        "wrong_signer": translate("EntryErrors", "This person cannot sign for them."),
        "unknown_item": translate("EntryErrors", "An item is not on this form version."),
        "no_items": translate("EntryErrors", "Choose at least one item."),
        "wrong_version": translate("EntryErrors", "This protocol version is not for this person."),
    }
    return texts.get(error.code, str(error))


def signer_text(signer: SignerChoice) -> str:
    text = f"{signer.name} ({status_text.signer_label(signer.role)})"
    if not signer.parental_authority:
        text += " – " + translate("EntryErrors", "no parental authority: does not count")
    return text


class EntryDialog(QDialog):
    """Base of the dialogs that enter a returned paper form."""

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

    def fill_signers(self, combo: QComboBox, signers: list[SignerChoice]) -> None:
        combo.clear()
        for signer in signers:
            combo.addItem(signer_text(signer), signer)
        counting = [i for i, s in enumerate(signers) if s.parental_authority]
        combo.setCurrentIndex(counting[0] if counting else 0)

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

    def save_with_evidence(self, label: QLabel, save: Callable[[str | None], T]) -> T | None:
        """Store the evidence and the record in one transaction; report problems in ``label``.

        Returns what ``save`` returned, or None when nothing was saved.
        """
        panel = getattr(self, "_evidence", None)
        if panel is not None and panel.is_busy():
            self.show_message(
                label,
                translate("EntryDialog", "One moment: the evidence is still being processed."),
            )
            return None
        store = self.context.store
        try:
            with store.db.atomic():
                prepared = panel.prepared() if panel is not None else None
                sha = save_evidence(store, prepared) if prepared is not None else None
                return save(sha)
        except EntryError as error:
            self.show_message(label, entry_error_text(error), error=True)
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
