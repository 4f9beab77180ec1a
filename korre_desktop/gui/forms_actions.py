"""Printing pre-filled forms from the app: consent forms and protocol signature sheets.

The window creates one ``FormsActions`` and puts ``print_consent_forms`` and
``print_protocol_forms`` in a menu. Each opens a small dialog to choose a class or the
staff of a school, then asks where to save the PDF, and makes it in a background job
with progress and a cancel button. ``printed(result)`` is emitted after success.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.forms.ui_print_forms_dialog import Ui_PrintFormsDialog
from korre_desktop.gui.jobs import Job, progress_dialog
from korre_desktop.services import forms
from korre_desktop.services.forms import FormsError, PrintResult, Selection
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate


class PrintFormsDialog(QDialog):
    """Choose whom to print forms for: the students of a class, or the staff of a school."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintFormsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.kind = kind
        self.on: date = context.today()
        ui = self.ui
        if kind == "consent":
            self.setWindowTitle(self.tr("Print consent forms"))
            ui.explanation.setText(
                self.tr(
                    "One form per person to take home. Students under 16 get one form for each guardian with parental authority; older students and staff sign themselves."  # noqa: E501
                )
            )
        else:
            self.setWindowTitle(self.tr("Print protocol sheets"))
            ui.explanation.setText(
                self.tr(
                    "One signature sheet per person for the current version of the social-media protocol."  # noqa: E501
                )
            )
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save as PDF…"))
        self._classes = forms.class_choices(context.store, self.on)
        for school in forms.school_choices(context.store):
            ui.school.addItem(school.name, school.id)
        ui.school.currentIndexChanged.connect(self._school_changed)
        ui.klass.currentIndexChanged.connect(self._update_summary)
        ui.classChoice.toggled.connect(self._who_changed)
        self._school_changed()

    # -- choices ---------------------------------------------------------------------------

    def _school_changed(self) -> None:
        combo = self.ui.klass
        combo.blockSignals(True)
        combo.clear()
        school_id = self.ui.school.currentData()
        for klass in self._classes:
            if klass.school_id == school_id:
                combo.addItem(klass.name, klass.id)
        combo.blockSignals(False)
        self._who_changed()

    def _who_changed(self) -> None:
        by_class = self.ui.classChoice.isChecked()
        self.ui.klass.setEnabled(by_class)
        self.ui.classLabel.setEnabled(by_class)
        self._update_summary()

    def selection(self) -> Selection | None:
        if self.ui.staffChoice.isChecked():
            school_id = self.ui.school.currentData()
            return None if school_id is None else Selection.staff(school_id=school_id)
        class_id = self.ui.klass.currentData()
        return None if class_id is None else Selection.of_class_id(class_id)

    def choose_class(self, school: str, class_name: str) -> None:
        """Select a school and one of its classes by name (for tests and callers)."""
        self.ui.classChoice.setChecked(True)
        self.ui.school.setCurrentIndex(self.ui.school.findText(school))
        self.ui.klass.setCurrentIndex(self.ui.klass.findText(class_name))

    def choose_staff(self, school: str) -> None:
        self.ui.staffChoice.setChecked(True)
        self.ui.school.setCurrentIndex(self.ui.school.findText(school))

    def _update_summary(self) -> None:
        selection = self.selection()
        self.plan = None
        if selection is None:
            text = (
                self.tr("This school has no classes in this school year.")
                if self.ui.classChoice.isChecked()
                else self.tr("Choose a school.")
            )
        else:
            try:
                self.plan = forms.plan_forms(self.context.store, self.kind, selection, self.on)
            except FormsError as exc:
                text = forms_error_text(exc)
            else:
                text = (
                    self.tr("%1 forms for %2 people.")
                    .replace("%1", str(len(self.plan.forms)))
                    .replace("%2", str(self.plan.people))
                )
                if self.plan.without_guardian:
                    text += " " + self.tr(
                        "%1 students under 16 have no guardian with parental authority on record: their form leaves the signer's name blank."  # noqa: E501
                    ).replace("%1", str(len(self.plan.without_guardian)))
        self.ui.summary.setText(text)
        self.ok_button.setEnabled(self.plan is not None)

    def suggested_file_name(self) -> str:
        stem = "toestemming" if self.kind == "consent" else "protocol"
        if self.ui.staffChoice.isChecked():
            what = f"personeel-{self.ui.school.currentText()}"
        else:
            what = f"{self.ui.school.currentText()}-{self.ui.klass.currentText()}"
        cleaned = re.sub(r"[^\w.-]+", "-", what).strip("-")
        return f"{stem}-{cleaned}-{self.on.isoformat()}.pdf"


def forms_error_text(error: FormsError) -> str:
    """A Dutch sentence for a FormsError."""
    texts = {
        "nobody": translate(
            "PrintForms",
            "Nobody to print forms for: the class or school has nobody on the list for this date.",
        ),
        "no_protocol_version": translate(
            "PrintForms",
            "There is no protocol version for this group yet. Add one first (Protocol versions).",
        ),
        "no_consent_form": translate("PrintForms", "There is no consent form version."),
        "form_too_large": translate(
            "PrintForms",
            "This consent form version asks about more channels than fit on one answer page."
            " Make a version with fewer channels.",
        ),
        "unknown_class": translate(
            "PrintForms", "This class is not in the school year of the print date."
        ),
        "unknown_school": translate("PrintForms", "This school is not known."),
        "target_in_use": translate(
            "PrintForms",
            "The PDF file cannot be written: it is open in another program or not writable.",
        ),
        "bad_target": translate("PrintForms", "The PDF file cannot be written there: %1"),
        "busy": translate(
            "PrintForms", "Forms were printed elsewhere at the same time. Please try again."
        ),
    }
    text = texts.get(error.code)
    if text is None:
        return str(error)
    return text.replace("%1", str(error))


class FormsActions(QObject):
    """Actions ``print_consent_forms`` and ``print_protocol_forms`` for the window's menu.

    ``current_dialog`` is the open choice dialog, ``current_job`` the running print,
    ``last_message`` the message box shown after printing (if any). ``printed(result)``
    follows a successful print; ``print_ended()`` follows every print job.
    """

    printed = Signal(object)  # PrintResult
    print_ended = Signal()  # after every print job: done, failed or cancelled

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.current_dialog: PrintFormsDialog | None = None
        self.current_job: Job | None = None
        self.last_message: QMessageBox | None = None
        self.print_consent_forms = QAction(self.tr("Print &consent forms…"), self)
        self.print_consent_forms.setStatusTip(
            self.tr("Pre-filled consent forms with a QR code, for a class or the staff")
        )
        self.print_consent_forms.triggered.connect(lambda _c=False: self.open_dialog("consent"))
        self.print_protocol_forms = QAction(self.tr("Print &protocol sheets…"), self)
        self.print_protocol_forms.setStatusTip(
            self.tr("Protocol signature sheets with a QR code, for a class or the staff")
        )
        self.print_protocol_forms.triggered.connect(lambda _c=False: self.open_dialog("protocol"))

    def actions(self) -> list[QAction]:
        return [self.print_consent_forms, self.print_protocol_forms]

    def open_dialog(self, kind: str) -> PrintFormsDialog:
        """Open the choice dialog window-modally; accepting it asks where to save."""
        dialog = PrintFormsDialog(self.context, kind, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: PrintFormsDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def _accepted(self, dialog: PrintFormsDialog) -> None:
        selection = dialog.selection()
        if selection is None:
            return
        title = (
            self.tr("Save consent forms as PDF")
            if dialog.kind == "consent"
            else self.tr("Save protocol sheets as PDF")
        )
        suggested = str(Path.home() / dialog.suggested_file_name())
        target, _ = QFileDialog.getSaveFileName(
            self._window, title, suggested, self.tr("PDF files (*.pdf)")
        )
        if target:
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
            self.run_print(dialog.kind, selection, Path(target), dialog.on)

    def run_print(
        self, kind: str, selection: Selection, target: Path, on: date | None = None
    ) -> Job:
        """Make the PDF in the background, with a progress dialog that can cancel."""
        on = on or self.context.today()
        open_store = self.context.open_store
        progress = progress_dialog(self.tr("Making forms…"), self.tr("Cancel"), self._window)

        def work(report: Progress) -> PrintResult:
            with open_store() as store:
                return forms.print_forms(store, kind, selection, on, target, report)

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _label: (
                progress.setMaximum(max(total, 1)),
                progress.setValue(done),
            )
        )
        progress.canceled.connect(job.cancel)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self._status(self.tr("Cancelled: no forms were saved.")))

        def ended() -> None:
            self.current_job = None
            progress.close()
            progress.deleteLater()
            self.print_ended.emit()

        job.ended.connect(ended)
        self.current_job = job
        return self.context.jobs.start(job)

    def _succeeded(self, result: PrintResult) -> None:
        self._status(
            self.tr("%1 forms written to %2")
            .replace("%1", str(result.forms))
            .replace("%2", str(result.target))
        )
        if result.without_guardian:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Forms printed"),
                self.tr(
                    "No guardian with parental authority is on record for: %1. Their forms leave the signer's name blank."  # noqa: E501
                ).replace("%1", ", ".join(result.without_guardian)),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_message = box
            box.open()
        self.printed.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, FormsError):
            error = KorreError(forms_error_text(error))
        self.context.errors.show(error)

    def _status(self, text: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10000)
