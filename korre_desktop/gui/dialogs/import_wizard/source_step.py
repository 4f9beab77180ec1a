"""Step 1 of the import wizard: what to import and the file (read in the background)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard.base import WizardBase
from korre_desktop.gui.file_dialogs import IMPORT, open_file
from korre_desktop.gui.import_words import kind_label
from korre_desktop.gui.jobs import Job
from korre_desktop.services import importing as imp
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate


class SourceStep(WizardBase):
    """Chooses the kind and reads the file (and an HR export's appointments file); sets
    ``found`` and ``table``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        ui = self.ui
        for kind in imp.KINDS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.chooseAppointmentsButton.clicked.connect(self.choose_appointments)

    def choose_file(self) -> None:
        chosen = open_file(
            self,
            self.context.settings,
            IMPORT,
            translate("ImportWizard", "Choose the file to import"),
            translate("ImportWizard", "Exports (*.csv *.txt *.xlsx *.xml);;All files (*)"),
        )
        if chosen is not None:
            self.file_chosen(chosen)

    def choose_appointments(self) -> None:
        chosen = open_file(
            self,
            self.context.settings,
            IMPORT,
            translate("ImportWizard", "Choose the appointments file (Aanstellingen)"),
            translate("ImportWizard", "Exports (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if chosen is not None:
            self.appointments_chosen(chosen)

    def appointments_chosen(self, path: Path) -> Job | None:
        """Read an HR appointments file in the background; it is joined to the persons."""
        if self.busy():
            return None
        ui = self.ui
        self.appointments = None
        ui.appointmentsName.setText(str(path))
        ui.fileError.clear()
        return self._read(path, self._appointments_read)

    def _appointments_read(self, found: imp.Table | imp.EdexFile) -> None:
        if isinstance(found, imp.EdexFile):
            self.ui.fileError.setText(
                translate("ImportWizard", "An EDEXML file is not an appointments file.")
            )
            return
        self.appointments = found
        if self.found is not None:
            self._select_table()

    def file_chosen(self, path: Path) -> Job | None:
        """Read ``path`` in the background; step 1's Next is enabled once it is read."""
        if self.busy():
            return None
        ui = self.ui
        self.path = Path(path)
        self.found = self.table = self.mapping = None
        ui.fileName.setText(str(self.path))
        ui.fileError.clear()
        ui.fileInfo.setText(translate("ImportWizard", "Reading the file…"))
        return self._read(path, self._file_read)

    def _read(self, path: Path, read: Callable[[imp.Table | imp.EdexFile], None]) -> Job:
        """Read ``path`` in the background; ``read`` gets what it holds."""

        def work(progress: Progress) -> imp.Table | imp.EdexFile:
            return imp.read_any(path)

        job = Job(work)
        job.succeeded.connect(read)
        job.failed.connect(self._file_failed)
        return self._start(job)

    def _file_read(self, found: imp.Table | imp.EdexFile) -> None:
        self.found = found
        self._select_table()

    def _file_failed(self, error: BaseException) -> None:
        self.ui.fileInfo.clear()
        self._error(self.ui.fileError, error)

    def _kind_changed(self) -> None:
        if self.found is not None:
            self._select_table()
        self._update_buttons()

    def _select_table(self) -> None:
        """The table of the chosen kind from the file read (an EDEXML file holds two)."""
        ui = self.ui
        found = self.found
        self.table = self.mapping = None
        ui.fileError.clear()
        if isinstance(found, imp.EdexFile):
            if self.kind == "consents":
                ui.fileInfo.clear()
                ui.fileError.setText(
                    translate(
                        "ImportWizard",
                        "This is an EDEXML file: it holds students and teachers, "
                        "no consent register.",
                    )
                )
                self._update_buttons()
                return
            self.table = found.table_for(self.kind)
            info = (
                translate("ImportWizard", "EDEXML file: %1 students and %2 teachers.")
                .replace("%1", str(len(found.students.rows)))
                .replace("%2", str(len(found.teachers.rows)))
            )
            if self.kind == "students" and found.teachers.rows:
                info += " " + translate(
                    "ImportWizard", "The teachers are imported as staff at the same time."
                )
        elif found is not None:
            self.table = found
            if self.kind == "employees" and self.appointments is not None:
                try:
                    self.table = imp.join_appointments(found, self.appointments, today=self.today)
                except KorreError as error:
                    self.table = None
                    ui.fileInfo.clear()
                    self._error(ui.fileError, error)
                    self._update_buttons()
                    return
            info = (
                translate("ImportWizard", "%1: %2 rows, %3 columns.")
                .replace("%1", found.source.format.upper())
                .replace("%2", str(len(found.rows)))
                .replace("%3", str(len(found.headers)))
            )
            if self.table is not found:
                info += " " + translate(
                    "ImportWizard", "With the appointments joined: %1 rows."
                ).replace("%1", str(len(self.table.rows)))
        else:
            info = ""
        ui.fileInfo.setText(info)
        self._update_buttons()
