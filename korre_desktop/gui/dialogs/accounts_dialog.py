"""Beheer → Accounts: the foundation's and the schools' social-media accounts, how many
people may post for each today ("nobody" is marked: a worklist case), and the actions on
them (new, edit, end, grant an authorisation for one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.account_dialog import AccountDialog
from korre_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog
from korre_desktop.gui.dialogs.end_dialogs import EndAccountDialog
from korre_desktop.gui.dialogs.list_dialog import ListDialog
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_accounts_dialog import Ui_AccountsDialog
from korre_desktop.gui.html_parts import dutch_date
from korre_desktop.gui.person_model import Column
from korre_desktop.services.accounts import AccountRow, list_accounts
from korre_desktop.services.authorisations import authorised_counts

NOBODY_COLOUR = QColor("#ffcdd2")


@dataclass(frozen=True)
class AccountListRow:
    """An account as a row of ``PersonTableModel`` (which sorts on ``sort_key``: here the
    service's order, the foundation's accounts first)."""

    account: AccountRow
    authorised: int  # people who may post for it today
    position: int
    kind = "account"
    number = ""

    @property
    def id(self) -> int:
        return self.account.id

    @property
    def name(self) -> str:
        return self.account.name

    @property
    def sort_key(self) -> int:
        return self.position

    @property
    def ended(self) -> bool:
        return self.account.ended_on is not None


class AccountsDialog(ListDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        self.setup_list(self.ui.table, self.columns(), "accounts_dialog")
        self.ui.table.doubleClicked.connect(lambda _index: self.open_edit())
        self.ui.includeEnded.toggled.connect(lambda _on: self.refresh())
        self.ui.newAccount.clicked.connect(self.open_new)
        self.ui.edit.clicked.connect(self.open_edit)
        self.ui.end.clicked.connect(self.open_end)
        self.ui.grant.clicked.connect(self.open_grant)
        self.refresh()

    def columns(self) -> list[Column]:
        def day(value: date | None) -> str:
            return dutch_date(value) if value else ""

        return [
            Column(self.tr("Platform"), lambda r: words.platform_label(r.account.platform)),
            Column(self.tr("Name or handle"), lambda r: r.account.name),
            Column(self.tr("Link"), lambda r: r.account.link),
            Column(self.tr("School"), lambda r: words.owner_label(r.account.school_name)),
            Column(
                self.tr("Created on"),
                lambda r: day(r.account.created_on),
                sort_key=lambda r: r.account.created_on or date.min,
            ),
            Column(
                self.tr("Permission from"),
                lambda r: r.account.permission_by_name or self.tr("unknown"),
            ),
            Column(
                self.tr("Ended on"),
                lambda r: day(r.account.ended_on),
                sort_key=lambda r: r.account.ended_on or date.max,
            ),
            Column(
                self.tr("Authorised today"),
                self._authorised_text,
                sort_key=lambda r: -1 if r.ended else r.authorised,
                colour=lambda r: NOBODY_COLOUR if not r.ended and not r.authorised else None,
                tooltip=lambda r: (
                    self.tr("Nobody may post for this account: grant someone the authorisation.")
                    if not r.ended and not r.authorised
                    else ""
                ),
                centred=True,
            ),
        ]

    def _authorised_text(self, row: AccountListRow) -> str:
        if row.ended:
            return "–"
        return str(row.authorised) if row.authorised else words.nobody_label()

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the accounts again (few: on the UI thread), keeping the selection."""
        store, today = self.context.store, self.context.today()
        counts = authorised_counts(store, today)
        accounts = list_accounts(store, include_ended=self.ui.includeEnded.isChecked(), on=today)
        self.show_rows(
            [
                AccountListRow(account, counts.get(account.id, 0), position)
                for position, account in enumerate(accounts)
            ]
        )

    def selected(self) -> AccountRow | None:
        row = self.selected_row()
        return None if row is None else row.account

    def select(self, account_id: int) -> bool:
        return self.select_row("account", account_id)

    def selection_changed(self) -> None:
        account = self.selected()
        in_use = account is not None and account.ended_on is None
        self.ui.edit.setEnabled(account is not None)
        self.ui.end.setEnabled(in_use)
        self.ui.grant.setEnabled(in_use)

    # -- actions --------------------------------------------------------------------------------

    def open_new(self) -> QDialog:
        return self._open(AccountDialog(self.context, None, self))

    def open_edit(self) -> QDialog | None:
        account = self.selected()
        return (
            None if account is None else self._open(AccountDialog(self.context, account.id, self))
        )

    def open_end(self) -> QDialog | None:
        account = self.selected()
        if account is None or account.ended_on is not None:
            return None
        return self._open(EndAccountDialog(self.context, account.id, self))

    def open_grant(self) -> QDialog | None:
        account = self.selected()
        if account is None or account.ended_on is not None:
            return None
        return self._open(AuthorisationDialog(self.context, self, account_id=account.id))

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        if isinstance(dialog, AccountDialog):
            dialog.saved.connect(self._account_saved)
        else:
            dialog.saved.connect(lambda _id: self._saved())
        self.open_over(dialog)
        return dialog

    def _account_saved(self, account_id: int) -> None:
        self._saved()
        self.select(account_id)

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()
