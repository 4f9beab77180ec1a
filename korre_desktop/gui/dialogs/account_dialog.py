"""Nieuw account / account wijzigen: a social-media account, group or network of the
foundation or one of its schools.

A new account records its platform, whose it is, when it was made and with whose
permission (management). Editing changes its name, link and note only: another platform or
owner is another account (end this one and add that).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from korre_desktop.domain.authorisation import PLATFORMS
from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_account_dialog import Ui_AccountDialog
from korre_desktop.services import accounts, selection
from korre_desktop.services.accounts import AccountInput
from korre_desktop.services.authorisations import ManagementChoice, management_choices


def management_text(choice: ManagementChoice) -> str:
    """ "Dirk de Wit (Directeur)" in a choice list of management."""
    return f"{choice.name} ({choice.function})" if choice.function else choice.name


def fill_management(combo: QComboBox, choices: list[ManagementChoice]) -> None:
    for choice in choices:
        combo.addItem(management_text(choice), choice.id)


class AccountDialog(RecordDialog):
    def __init__(
        self, context: AppContext, account_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.account_id = account_id
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "platform": (ui.platform, ui.platformError),
                "name": (ui.name, ui.nameError),
                "school_id": (ui.owner, ui.ownerError),
                "created_on": (ui.createdOn, ui.createdOnError),
                "permission_by_employee_id": (ui.permissionBy, ui.permissionByError),
            },
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        for code in PLATFORMS:
            ui.platform.addItem(words.platform_label(code), code)
        ui.owner.addItem(words.foundation_label(), None)
        for school in selection.schools(self.store):
            ui.owner.addItem(school.name, school.id)
        ui.permissionBy.addItem(self.tr("unknown"), None)
        fill_management(ui.permissionBy, management_choices(self.store, self.today))
        if account_id is not None:
            self._show_account(account_id)

    def _show_account(self, account_id: int) -> None:
        account = accounts.get_account(self.store, account_id)
        if account is None:
            raise LookupError(f"no account {account_id}")
        ui = self.ui
        self.setWindowTitle(self.tr("Edit account"))
        ui.platform.setCurrentIndex(max(0, ui.platform.findData(account.platform)))
        ui.name.setText(account.name)
        ui.link.setText(account.link)
        ui.owner.setCurrentIndex(max(0, ui.owner.findData(account.school_id)))
        ui.createdOn.set_date(account.created_on)
        if ui.permissionBy.findData(account.permission_by_employee_id) < 0:
            # Management then, perhaps not now (left, or another function): still shown.
            ui.permissionBy.addItem(account.permission_by_name, account.permission_by_employee_id)
        ui.permissionBy.setCurrentIndex(ui.permissionBy.findData(account.permission_by_employee_id))
        ui.note.setText(account.note)
        fixed = self.tr("Another platform or owner is another account: end this one and add it.")
        for widget in (ui.platform, ui.owner, ui.createdOn, ui.permissionBy):
            widget.setEnabled(False)
            widget.setToolTip(fixed)

    def save(self) -> int:
        ui = self.ui
        if self.account_id is not None:
            accounts.update_account(
                self.store,
                self.account_id,
                name=ui.name.text(),
                link=ui.link.text(),
                note=ui.note.text(),
            )
            return self.account_id
        data = AccountInput(
            platform=ui.platform.currentData(),
            name=ui.name.text(),
            link=ui.link.text(),
            school_id=ui.owner.currentData(),
            created_on=ui.createdOn.text(),
            permission_by_employee_id=ui.permissionBy.currentData(),
            note=ui.note.text(),
        )
        return accounts.add_account(self.store, data, today=self.today)
