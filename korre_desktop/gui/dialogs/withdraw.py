"""Toestemming intrekken: one action, as easy as giving consent; a new statement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from korre_desktop.domain.consent_form import channel_labels
from korre_desktop.gui import status_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog
from korre_desktop.gui.forms.ui_withdraw_dialog import Ui_WithdrawDialog
from korre_desktop.services import entry
from korre_desktop.services.entry import PersonChoice, SignerChoice

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class WithdrawDialog(EntryDialog):
    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        person: PersonChoice | None = None,
        choices: list[PersonChoice] | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_WithdrawDialog()
        self.ui.setupUi(self)
        self.setup_entry(self.ui.person, self.ui.evidence, self.ui.withdrawnOn, choices)
        self.ui.evidence.title.setText(self.tr("<b>Evidence</b> (optional: the letter or e-mail)"))
        # The items of every version, named as the versions word them.
        labels = channel_labels(entry.form_versions(context.store))
        for code in entry.withdrawable_items(context.store, self.today):
            item = QListWidgetItem(status_text.item_label(code, labels))
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)  # by default everything is withdrawn
            self.ui.items.addItem(item)
        self.ui.allItems.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.ui.noItems.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.ui.signer.currentIndexChanged.connect(lambda _index: self.check_evidence())
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Withdraw"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if person is not None:
            self.ui.person.pick(person)
        else:
            self.ui.person.setFocus()

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.ui.items.count()):
            self.ui.items.item(row).setCheckState(state)

    def chosen_items(self) -> list[str]:
        return [
            self.ui.items.item(row).data(CODE_ROLE)
            for row in range(self.ui.items.count())
            if self.ui.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def person_picked(self, person: PersonChoice) -> None:
        self.fill_signers(self.ui.signer, entry.signers_for(self.context.store, person))
        self.check_evidence()
        self.ui.signer.setFocus()

    def evidence_owner(self) -> tuple[PersonChoice, SignerChoice | None] | None:
        person = self.ui.person.person()
        return None if person is None else (person, self.ui.signer.currentData())

    def save(self) -> int | None:
        ui = self.ui
        person = self.chosen_person(ui.person, ui.message)
        if person is None:
            return None
        on = self.read_date(ui.withdrawnOn, ui.message)
        if on is None:
            return None
        signer, items, note = ui.signer.currentData(), self.chosen_items(), ui.note.text()

        def store_it(evidence: str | None) -> int:
            return entry.withdraw_consent(
                self.context.store, person, signer, on, items, note, evidence, self.today
            )

        statement_id = self.save_with_evidence(ui.message, store_it, person, signer)
        if statement_id is not None:
            self.saved.emit(statement_id)
            self.accept()
        return statement_id
