"""One action that ends something on a date: an account ends (Beëindigen), an
authorisation is withdrawn (Bevoegdheid intrekken, with a note). Nothing is deleted: the
account and the authorisation stay on record with their history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_end_dialog import Ui_EndDialog
from korre_desktop.services import accounts, authorisations


class EndDialog(RecordDialog):
    """The date (preset to today) and, where the service keeps one, a note."""

    field = "ended_on"  # the problem field the date answers to

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EndDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_problems(ui.generalError, {self.field: (ui.day, ui.dayError)})
        ui.explanation.setTextFormat(Qt.TextFormat.PlainText)
        ui.day.set_date(self.today)
        ui.day.selectAll()

    def set_text(self, title: str, explanation: str, ok: str) -> None:
        self.setWindowTitle(title)
        self.ui.explanation.setText(explanation)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok)


class EndAccountDialog(EndDialog):
    def __init__(self, context: AppContext, account_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        account = accounts.get_account(self.store, account_id)
        if account is None:
            raise LookupError(f"no account {account_id}")
        self.account_id = account_id
        self.ui.noteLabel.hide()
        self.ui.note.hide()
        self.set_text(
            self.tr("End account"),
            self.tr(
                "%1 is no longer in use from this date. The account and its authorisations stay on record."  # noqa: E501
            ).replace("%1", words.account_choice_label(account)),
            self.tr("&End"),
        )

    def save(self) -> int:
        accounts.end_account(self.store, self.account_id, self.ui.day.text(), today=self.today)
        return self.account_id


class WithdrawAuthorisationDialog(EndDialog):
    field = "withdrawn_on"

    def __init__(
        self, context: AppContext, authorisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        row = authorisations.get_authorisation(self.store, authorisation_id)
        if row is None:
            raise LookupError(f"no authorisation {authorisation_id}")
        self.authorisation_id = authorisation_id
        self.ui.note.setPlaceholderText(self.tr("For example: left the team, by e-mail"))
        self.set_text(
            self.tr("Withdraw authorisation"),
            self.tr(
                "%1 may no longer post for %2 from this date. The authorisation stays on record as withdrawn."  # noqa: E501
            )
            .replace("%1", row.person_name)
            .replace("%2", words.target_label(row)),
            self.tr("&Withdraw"),
        )

    def save(self) -> int:
        return authorisations.withdraw_authorisation(
            self.store,
            self.authorisation_id,
            self.ui.day.text(),
            self.ui.note.text(),
            today=self.today,
        )
