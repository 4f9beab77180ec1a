"""The import wizard's window: its pages in turn, the buttons, and a file dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard.apply_step import ApplyStep
from korre_desktop.gui.dialogs.import_wizard.base import APPLY, CHECK, COLUMNS, SOURCE
from korre_desktop.services import importing as imp

translate = QCoreApplication.translate


class ImportWizard(ApplyStep):
    """The import wizard. ``imported`` carries the ``ImportResult`` after a successful apply."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        ui = self.ui
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.cancelButton.clicked.connect(self.cancel)
        self._show_page(SOURCE)

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        titles = {
            SOURCE: translate("ImportWizard", "Step 1 of 4: what to import"),
            COLUMNS: translate("ImportWizard", "Step 2 of 4: the columns"),
            CHECK: translate("ImportWizard", "Step 3 of 4: the check (nothing is saved yet)"),
            APPLY: translate("ImportWizard", "Step 4 of 4: importing"),
        }
        ui.pageTitle.setText(titles[page])
        ui.nextButton.setText(
            translate("ImportWizard", "&Import")
            if page == CHECK
            else translate("ImportWizard", "&Next >")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        page = self.page()
        busy = self.busy()
        done = self.result is not None
        ui.backButton.setVisible(page in (COLUMNS, CHECK) or (page == APPLY and not done))
        ui.backButton.setEnabled(not busy and page != APPLY)
        ui.nextButton.setVisible(page != APPLY)
        ui.kindCombo.setEnabled(not busy)
        ui.chooseFileButton.setEnabled(not busy)
        # An HR export in two files (Visma|Raet): persons, and appointments to join to them.
        two_files = self.kind == "employees" and not isinstance(self.found, imp.EdexFile)
        for widget in (ui.appointmentsLabel, ui.appointmentsName, ui.chooseAppointmentsButton):
            widget.setVisible(two_files)
        ui.chooseAppointmentsButton.setEnabled(not busy)
        if page == SOURCE:
            ready = self.table is not None
        elif page == COLUMNS:
            ready = self.mapping_problem() is None
        elif page == CHECK:
            ready = self._can_apply()
        else:
            ready = False
        ui.nextButton.setEnabled(ready and not busy)
        ui.cancelButton.setText(
            translate("ImportWizard", "Close") if done else translate("ImportWizard", "Cancel")
        )

    # -- the buttons ------------------------------------------------------------------------

    def next(self) -> None:
        page = self.page()
        if page == SOURCE and self.table is not None:
            self._fill_columns()
            self._show_page(COLUMNS)
        elif page == COLUMNS and self.mapping_problem() is None:
            if self._school_year() is not None:
                try:
                    SchoolYear.parse(self._school_year() or "")
                except ValueError:
                    self.ui.columnsError.setText(
                        translate("ImportWizard", "Type the school year like %1.").replace(
                            "%1", SchoolYear.containing(self.today).label
                        )
                    )
                    return
            self.start_check()
        elif page == CHECK:
            self.start_apply()

    def back(self) -> None:
        if self.busy():
            return
        page = self.page()
        if page == COLUMNS:
            self._show_page(SOURCE)
        elif page == CHECK:
            self.plans = []
            self._show_page(COLUMNS)

    def cancel(self) -> None:
        """Cancel the running work; with none running, close the wizard."""
        if self.job is not None:
            self.job.cancel()
            return
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

    # -- drag and drop ----------------------------------------------------------------------

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        if self.busy() or self.page() != SOURCE:
            return None
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return Path(files[0]) if len(files) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.file_chosen(path)
