"""What the import wizard's steps share: the pages, the data handed on, running a job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QWidget

from korre_desktop.errors import DatabaseError, KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_messages import problem_text as record_problem_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from korre_desktop.gui.import_words import failure_text
from korre_desktop.gui.jobs import Job
from korre_desktop.services import importing as imp
from korre_desktop.services.records import RecordValidationError

translate = QCoreApplication.translate

SOURCE, COLUMNS, CHECK, APPLY = range(4)
PROGRESS_STEPS = 1000


class WizardBase(QDialog):
    """The form, what one step hands the next, and the running job; each step builds on
    the one before (``SourceStep`` … ``ApplyStep``), ``ImportWizard`` adds the buttons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = context.today()
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.found: imp.Table | imp.EdexFile | None = None
        self.appointments: imp.Table | None = None  # an HR appointments file to join
        self.table: imp.Table | None = None  # the table whose columns are mapped
        self.mapping: imp.Mapping | None = None
        self.plans: list[imp.ImportPlan] = []
        self.result: imp.ImportResult | None = None
        self.job: Job | None = None

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def busy(self) -> bool:
        return self.job is not None

    def _show_page(self, page: int) -> None:
        """Show ``page`` with its title and buttons (``ImportWizard``'s)."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        """Show and enable the buttons for the page and the state (``ImportWizard``'s)."""
        raise NotImplementedError

    def _start(self, job: Job) -> Job:
        def ended() -> None:
            self.job = None
            self._update_buttons()

        job.ended.connect(ended)
        self.job = job
        self._update_buttons()
        return self.context.jobs.start(job)

    def _progress(self, bar: QProgressBar, done: int, total: int) -> None:
        bar.setMaximum(PROGRESS_STEPS)
        bar.setValue(round(PROGRESS_STEPS * done / total) if total else 0)

    def _error(self, label: QLabel, error: BaseException) -> None:
        """An error in the window's words: an import's from its code, a record's from its
        problems, the database's as everywhere; another's English only in the tooltip."""
        label.setToolTip("")
        if isinstance(error, imp.ImportFailure):
            label.setText(failure_text(error))
        elif isinstance(error, RecordValidationError):
            texts = " ".join(record_problem_text(problem) for problem in error.problems)
            label.setText(
                translate("ErrorMessages", "This cannot be done: %1").replace("%1", texts)
            )
        elif isinstance(error, KorreError) and not isinstance(error, DatabaseError):
            label.setText(
                translate("ImportWizard", "This cannot be done with these data. Nothing was saved.")
            )
            label.setToolTip(str(error))
        else:
            label.setText(user_message(error))
            if not isinstance(error, KorreError):
                self.context.errors.show(error)
