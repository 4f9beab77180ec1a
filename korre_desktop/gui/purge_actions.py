"""Beheer → Bewaartermijnen toepassen… and Gegevens → Gegevens verwijderen… (a selected
person's, also in the tables' context menu): the purge of issue 17, for the beheerder only
(``role_view``). Each shows what goes first (``PurgeDialog``); an erasure of someone still
enrolled or employed is refused with a message."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.purge_dialog import PurgeDialog, erasure_problem
from korre_desktop.services import retention
from korre_desktop.services.retention import ErasureError

PERSON_KINDS = (retention.STUDENT, retention.EMPLOYEE)


class PurgeActions(QObject):
    """``apply_periods`` (the Beheer menu) and ``erase`` (the selected person)."""

    purged = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self._person: tuple[str, int] | None = None
        self.dialog: PurgeDialog | None = None
        self.apply_periods = QAction(self.tr("Apply &retention periods…"), self)
        self.apply_periods.setStatusTip(
            self.tr("Remove the people who left longer ago than the retention periods allow")
        )
        self.apply_periods.triggered.connect(lambda _checked=False: self.open_periods())
        self.erase = QAction(self.tr("Erase personal &data…"), self)
        self.erase.setStatusTip(
            self.tr("Remove everything about the selected person who left, on request")
        )
        self.erase.triggered.connect(lambda _checked=False: self.open_erasure())
        self.set_selection(None, None)

    def set_selection(self, kind: str | None, person_id: int | None) -> None:
        known = kind in PERSON_KINDS and person_id is not None
        self._person = (str(kind), int(person_id)) if known else None  # type: ignore[arg-type]
        self.erase.setEnabled(known)

    def open_periods(self) -> PurgeDialog | None:
        try:
            plan = retention.plan(self.context.store, self.context.today())
        except KorreError as error:
            self.context.errors.show(error)
            return None
        return self._open(PurgeDialog(self.context, plan, self._window))

    def open_erasure(self) -> PurgeDialog | None:
        if self._person is None:
            return None
        kind, person_id = self._person
        store = self.context.store
        try:
            plan = retention.plan_erasure(
                store, kind, None, "", self.context.today(), person_id=person_id
            )
        except ErasureError as problem:
            self.refuse(erasure_problem(problem))
            return None
        except KorreError as error:
            self.context.errors.show(error)
            return None
        return self._open(PurgeDialog(self.context, plan, self._window, self._person))

    def refuse(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("Erase personal data"), text)

    def _open(self, dialog: PurgeDialog) -> PurgeDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.purged.connect(lambda _result: self.purged.emit())
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
