"""Bevoegdheid geven: an employee or student may post for one account, for a school in
general or for the foundation in general, from a date (until a date or until withdrawn),
granted by a member of management, with the signed letter or e-mail as evidence.

Saving is one transaction in the service (the evidence with the authorisation); what the
service refuses is shown beside the field it is about, in Dutch, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from korre_desktop.domain.authorisation import Scope
from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.account_dialog import fill_management
from korre_desktop.gui.dialogs.document_dialog import DocumentRecordDialog
from korre_desktop.gui.forms.ui_authorisation_dialog import Ui_AuthorisationDialog
from korre_desktop.services import authorisations
from korre_desktop.services.accounts import list_accounts
from korre_desktop.services.authorisations import AuthorisationInput, PersonRef
from korre_desktop.services.entry import PersonChoice, people_to_choose


class AuthorisationDialog(DocumentRecordDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        person: PersonChoice | None = None,
        account_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AuthorisationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "person": (ui.person.search, ui.personError),
                "scope": (ui.accountScope, ui.scopeError),
                "account_id": (ui.account, ui.accountError),
                "school_id": (ui.school, ui.schoolError),
                "valid_from": (ui.validFrom, ui.validFromError),
                "valid_until": (ui.validUntil, ui.validUntilError),
                "granted_by_employee_id": (ui.grantedBy, ui.grantedByError),
            },
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.person.set_choices(people_to_choose(self.store, self.today), self.today)
        ui.person.picked.connect(self._person_picked)
        for account in list_accounts(self.store, on=self.today):
            ui.account.addItem(words.account_choice_label(account), account.id)
        self.fill_schools(ui.school)
        ui.grantedBy.setPlaceholderText(self.tr("Choose a member of management"))
        fill_management(ui.grantedBy, authorisations.management_choices(self.store, self.today))
        ui.grantedBy.setCurrentIndex(-1)  # chosen on purpose, never by default
        for radio in (ui.accountScope, ui.schoolScope, ui.foundationScope):
            radio.toggled.connect(self._scope_changed)
            radio.toggled.connect(lambda _on: self.clear_problem("scope"))
        ui.validFrom.set_date(self.today)
        self.setup_document(ui.evidence)
        if account_id is not None:
            ui.account.setCurrentIndex(max(0, ui.account.findData(account_id)))
        if not ui.account.count():
            ui.schoolScope.setChecked(True)  # no account on record yet
        self._scope_changed()
        if person is not None:
            ui.person.pick(person)
        else:
            ui.person.setFocus()

    def _person_picked(self, _person: PersonChoice) -> None:
        self.clear_problem("person")
        self.ui.validFrom.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scope_changed(self, *_args: object) -> None:
        self.ui.account.setEnabled(self.ui.accountScope.isChecked())
        self.ui.school.setEnabled(self.ui.schoolScope.isChecked())

    def scope(self) -> Scope:
        if self.ui.accountScope.isChecked():
            return Scope.ACCOUNT
        return Scope.SCHOOL if self.ui.schoolScope.isChecked() else Scope.FOUNDATION

    def save(self) -> int:
        ui = self.ui
        chosen = ui.person.person()
        scope = self.scope()
        data = AuthorisationInput(
            person=None if chosen is None else PersonRef(chosen.kind, chosen.id),
            scope=scope,
            account_id=ui.account.currentData() if scope is Scope.ACCOUNT else None,
            school_id=ui.school.currentData() if scope is Scope.SCHOOL else None,
            valid_from=ui.validFrom.text(),
            valid_until=ui.validUntil.text(),
            granted_by_employee_id=ui.grantedBy.currentData(),
            note=ui.note.text(),
            evidence=ui.evidence.document(),
        )
        return authorisations.add_authorisation(self.store, data)
