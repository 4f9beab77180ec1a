"""The actions on accounts and authorisations, for the Beheer menu and the Bevoegdheden
tab: Accounts…, Bevoegdheid geven…, Bevoegdheid intrekken…, Bewijs bekijken.

The window creates one ``AuthorisationActions``, calls ``set_row`` when the selected row
of the current tab changes (an authorisation of the Bevoegdheden tab, or anything else),
and reloads its tabs on ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.gui.tabs.authorisation_rows import AuthorisationListRow
from korre_desktop.services.authorisations import AuthorisationRow
from korre_desktop.services.entry import PersonChoice


class AuthorisationActions(QObject):
    """Actions: accounts, grant, withdraw, view_evidence. ``current_dialog`` is the dialog
    that is open (window-modal, ``open()``)."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        chosen_person: Callable[[], PersonChoice | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self._chosen_person = chosen_person  # the person selected in the window, if any
        self._row: AuthorisationRow | None = None
        self.current_dialog: QDialog | None = None
        self.accounts = self._action(self.tr("&Accounts…"), self.open_accounts)
        self.accounts.setStatusTip(
            self.tr("The social-media accounts of the foundation and the schools")
        )
        self.grant = self._action(self.tr("&Grant authorisation…"), self.open_grant)
        self.grant.setStatusTip(self.tr("Who may post on social media for which account"))
        self.withdraw = self._action(self.tr("&Withdraw authorisation…"), self.open_withdraw)
        self.withdraw.setStatusTip(self.tr("The authorisation ends on a date; it stays on record"))
        self.view_evidence = self._action(self.tr("View evi&dence"), self.open_evidence)
        for action in self.tab_actions():
            action.setIconText(action.text())  # the tab's buttons keep their Alt-letter
        self.set_row(None)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def tab_actions(self) -> list[QAction]:
        """The actions on the selected authorisation, in the order the tab shows them."""
        return [self.grant, self.withdraw, self.view_evidence]

    # -- selection ------------------------------------------------------------------------------

    def set_row(self, row: object) -> None:
        """The row selected in the current tab: an authorisation of the Bevoegdheden tab
        makes withdraw and view evidence possible; anything else (a person, an account, no
        row) does not."""
        authorisation = row.authorisation if isinstance(row, AuthorisationListRow) else None
        self._row = authorisation
        self.withdraw.setEnabled(authorisation is not None and authorisation.withdrawn_on is None)
        self.view_evidence.setEnabled(
            authorisation is not None and authorisation.evidence_sha256 is not None
        )

    def selected(self) -> AuthorisationRow | None:
        return self._row

    # -- opening --------------------------------------------------------------------------------

    def open_accounts(self) -> QDialog:
        from korre_desktop.gui.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.context, self._window)
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        # The window's lists follow once the dialog closes (not under it while working).
        dialog.finished.connect(lambda _result: changed and self.changed.emit())
        return self._open(dialog)

    def open_grant(self, person: PersonChoice | None = None) -> QDialog:
        from korre_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog

        person = person or self._chosen_person()
        dialog = AuthorisationDialog(self.context, self._window, person=person)
        dialog.saved.connect(lambda _id: self.changed.emit())
        return self._open(dialog)

    def open_withdraw(self) -> QDialog | None:
        from korre_desktop.gui.dialogs.end_dialogs import WithdrawAuthorisationDialog

        if self._row is None or not self.withdraw.isEnabled():
            return None
        dialog = WithdrawAuthorisationDialog(self.context, self._row.id, self._window)
        dialog.saved.connect(lambda _id: self.changed.emit())
        return self._open(dialog)

    def open_evidence(self) -> QDialog | None:
        row = self._row
        if row is None or row.evidence_sha256 is None:
            return None
        name = row.evidence_name or self.tr("Evidence")
        return open_stored_document(self._window, self.context, row.evidence_sha256, name)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
