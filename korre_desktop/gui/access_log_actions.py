"""Beheer → Toegangslog…, for those who may read the access log (beheerder, privacy):
everyone else does not see the item at all. And the access log's purge when the window
opens: the entries past their retention period go (off the UI thread)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.jobs import Job
from korre_desktop.services import access_log, change_log
from korre_desktop.services.progress import Progress

log = logging.getLogger(__name__)


class AccessLogActions(QObject):
    """The two logs in the Beheer menu: ``action`` (the access log) and
    ``change_log_action`` (the change log), each None for a role that may not read it."""

    def __init__(
        self, context: AppContext, parent: QWidget, menu: QMenu, purge: bool = True
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._window = parent
        self.action: QAction | None = None
        self.change_log_action: QAction | None = None
        if change_log.may_read(context.store):
            self.change_log_action = QAction(self.tr("C&hange log…"), self)
            self.change_log_action.setStatusTip(
                self.tr("Every change made to the records: who, when, before and after")
            )
            self.change_log_action.triggered.connect(lambda _checked=False: self.open_change_log())
            menu.addSeparator()
            menu.addAction(self.change_log_action)
        if access_log.may_read(context.store):
            self.action = QAction(self.tr("Access &log…"), self)
            self.action.setStatusTip(
                self.tr("Who printed, exported, opened or searched personal data, and when")
            )
            self.action.triggered.connect(lambda _checked=False: self.open())
            menu.addSeparator()
            menu.addAction(self.action)
        if purge:
            QTimer.singleShot(0, self.purge)

    def open(self) -> QDialog:
        from korre_desktop.gui.dialogs.access_log_dialog import AccessLogDialog

        dialog = AccessLogDialog(self.context, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_change_log(self) -> QDialog:
        from korre_desktop.gui.dialogs.change_log_dialog import ChangeLogDialog

        dialog = ChangeLogDialog(self.context, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def purge(self) -> Job:
        """Remove the expired entries (the app starts about once a day: often enough)."""
        open_store = self.context.open_store

        def work(_progress: Progress) -> int:
            with open_store() as store:
                return access_log.purge_expired(store)

        job = Job(work)
        job.succeeded.connect(lambda removed: removed and log.info("access log: %s", removed))
        job.failed.connect(lambda error: self.context.errors.show(error))
        return self.context.jobs.start(job)
