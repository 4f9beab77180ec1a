"""Printing pre-filled forms from the app: consent forms and protocol signature sheets.

The window creates one ``FormsActions`` and puts ``print_consent_forms`` and
``print_protocol_forms`` in a menu. Each opens a dialog to choose a class, chosen students
or the staff of a school; then *Voorbeeld* shows the forms, *Afdrukken* prints them on a
printer chosen in the system's dialog, and *Opslaan als PDF* saves them. The forms are
made (and recorded, each with its own code) once per choice, in a background job with
progress and Cancel: a preview followed by printing prints the forms previewed. Until then
they are in a temporary file that goes when the dialog closes. ``printed(result)`` is
emitted after forms were saved or printed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.file_dialogs import PRINT, save_file
from korre_desktop.gui.forms.ui_print_forms_dialog import Ui_PrintFormsDialog
from korre_desktop.gui.jobs import Job, progress_dialog
from korre_desktop.gui.printing import a4_printer, ask_printer, paint_pdf
from korre_desktop.gui.window_size import grow_to_fit
from korre_desktop.services import entry, forms
from korre_desktop.services.entry import PersonChoice
from korre_desktop.services.forms import FormsError, PrintResult, Selection
from korre_desktop.services.progress import Progress
from korre_desktop.temp_files import PrivateFolder

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


TEMPORARY_PREFIX = "korre-forms-"


class PrintFormsDialog(QDialog):
    """Choose whom to print forms for: the students of a class, chosen students, or the
    staff of a school. ``made`` is the PDF made for the current choice (None until the
    forms are made, and again when the choice changes)."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintFormsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.kind = kind
        self.on: date = context.today()
        self.plan = None
        self.made: PrintResult | None = None
        self.viewer: QDialog | None = None
        self._made_for: tuple | None = None
        # The forms hold personal data: a folder of this user's, removed with the dialog
        # (or, after a crash, when the next print dialog opens).
        self._temporary = PrivateFolder(TEMPORARY_PREFIX)
        self._folder = self._temporary.path
        self.finished.connect(lambda _result: self.remove_temporary_files())
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
        self.ok_button.setText(self.tr("Save as P&DF…"))
        ui.progress.hide()
        self._classes = forms.class_choices(context.store, self.on)
        for school in forms.school_choices(context.store):
            ui.school.addItem(school.name, school.id)
        students = [
            c for c in entry.people_to_choose(context.store, self.on) if c.kind == "student"
        ]
        ui.studentPicker.set_choices(students, self.on)
        ui.studentPicker.picked.connect(self.add_student)
        ui.removeStudent.clicked.connect(self.remove_students)
        ui.school.currentIndexChanged.connect(self._school_changed)
        ui.klass.currentIndexChanged.connect(self._update_summary)
        for choice in (ui.classChoice, ui.studentsChoice, ui.staffChoice):
            choice.toggled.connect(lambda _on: self._who_changed())
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
        ui = self.ui
        by_class, chosen = ui.classChoice.isChecked(), ui.studentsChoice.isChecked()
        ui.klass.setEnabled(by_class)
        ui.classLabel.setEnabled(by_class)
        for widget in (ui.schoolLabel, ui.school, ui.classLabel, ui.klass):
            widget.setVisible(not chosen)
        for widget in (
            ui.studentPickerLabel,
            ui.studentPicker,
            ui.chosenLabel,
            ui.chosen,
            ui.removeStudent,
        ):
            widget.setVisible(chosen)
        self._update_summary()
        if self.isVisible():
            grow_to_fit(self)

    def chosen_students(self) -> list[PersonChoice]:
        chosen = self.ui.chosen
        return [chosen.item(row).data(ID_ROLE) for row in range(chosen.count())]

    def add_student(self, person: PersonChoice) -> None:
        if person.id not in {p.id for p in self.chosen_students()}:
            text = " · ".join(
                p for p in (person.name, person.number, person.school, person.class_name) if p
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, person)
            self.ui.chosen.addItem(item)
        self.ui.studentPicker.clear()
        self.ui.studentPicker.setFocus()
        self._update_summary()

    def remove_students(self) -> None:
        for item in self.ui.chosen.selectedItems():
            self.ui.chosen.takeItem(self.ui.chosen.row(item))
        self._update_summary()

    def selection(self) -> Selection | None:
        ui = self.ui
        if ui.staffChoice.isChecked():
            school_id = ui.school.currentData()
            return None if school_id is None else Selection.staff(school_id=school_id)
        if ui.studentsChoice.isChecked():
            people = self.chosen_students()
            if not people:
                return None
            schools = {p.school for p in people}
            # One school: its numbers are unique there (a number may recur elsewhere).
            school = schools.pop() if len(schools) == 1 else None
            return Selection.students([p.number for p in people], school=school)
        class_id = ui.klass.currentData()
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
            if self.ui.studentsChoice.isChecked():
                text = self.tr("Add the students to print forms for.")
            elif self.ui.classChoice.isChecked():
                text = self.tr("This school has no classes in this school year.")
            else:
                text = self.tr("Choose a school.")
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
        ready = self.plan is not None
        for button in (self.ok_button, self.ui.previewButton, self.ui.printButton):
            button.setEnabled(ready)

    # -- the forms made for the current choice ---------------------------------------------

    def choice_key(self) -> tuple:
        return (self.kind, self.selection(), self.on)

    def made_pdf(self) -> PrintResult | None:
        """The forms made for the choice as it is now (None when it changed since)."""
        return self.made if self.made is not None and self._made_for == self.choice_key() else None

    def keep_made(self, result: PrintResult) -> None:
        self.made, self._made_for = result, self.choice_key()

    def temporary_pdf(self) -> Path:
        return self._folder / ("toestemming.pdf" if self.kind == "consent" else "protocol.pdf")

    def remove_temporary_files(self) -> None:
        """The forms hold personal data: the temporary copy goes with the dialog."""
        self._temporary.remove()
        self.made = None

    def set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.whoBox, ui.previewButton, ui.printButton, self.ok_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_summary()

    def suggested_file_name(self) -> str:
        stem = "toestemming" if self.kind == "consent" else "protocol"
        if self.ui.staffChoice.isChecked():
            what = f"personeel-{self.ui.school.currentText()}"
        elif self.ui.studentsChoice.isChecked():
            what = f"{len(self.chosen_students())}-leerlingen"
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
        "unknown_student": translate(
            "PrintForms", "Student %1 is not on the lists on the print date."
        ),
        "ambiguous_student": translate(
            "PrintForms",
            "Number %1 is used at several schools: choose students of one school at a time.",
        ),
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
    number = error.details.get("number")
    return text.replace("%1", str(number) if number is not None else str(error))


class FormsActions(QObject):
    """Actions ``print_consent_forms`` and ``print_protocol_forms`` for the window's menu.

    ``current_dialog`` is the open choice dialog, ``current_job`` the running job,
    ``last_message`` the message box shown after printing (if any). ``printed(result)``
    follows forms saved or printed; ``print_ended()`` follows every job.
    """

    printed = Signal(object)  # PrintResult
    print_ended = Signal()  # after every job: done, failed or cancelled

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.current_dialog: PrintFormsDialog | None = None
        self.current_job: Job | None = None
        self.last_message: QMessageBox | None = None
        self._printer: QPrinter | None = None
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
        """Open the choice dialog window-modally."""
        dialog = PrintFormsDialog(self.context, kind, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        dialog.ui.previewButton.clicked.connect(lambda: self.preview(dialog))
        dialog.ui.printButton.clicked.connect(lambda: self.print_on_paper(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: PrintFormsDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    # -- preview and print ------------------------------------------------------------------

    def with_forms(
        self, dialog: PrintFormsDialog, then: Callable[[PrintResult], None]
    ) -> Job | None:
        """Make the forms for the dialog's choice (once) in a temporary file, then ``then``."""
        made = dialog.made_pdf()
        if made is not None:
            then(made)
            return None
        selection = dialog.selection()
        if selection is None:
            return None
        target = dialog.temporary_pdf()
        job = self._start(dialog.kind, selection, target, dialog.on, dialog)
        job.succeeded.connect(lambda result: (dialog.keep_made(result), then(result)))
        return job

    def preview(self, dialog: PrintFormsDialog) -> Job | None:
        return self.with_forms(dialog, lambda result: self._show_preview(dialog, result))

    def _show_preview(self, dialog: PrintFormsDialog, result: PrintResult) -> None:
        from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
        from korre_desktop.services.evidence import SourceFile

        source = SourceFile(result.target.read_bytes(), "application/pdf", result.target.name)
        viewer = DocumentViewer(self.context, source, dialog.windowTitle(), dialog)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.viewer = viewer
        viewer.open()

    def printer(self) -> QPrinter:
        if self._printer is None:
            self._printer = a4_printer(self.tr("Forms"))
        return self._printer

    def ask_printer(self, parent: QWidget, printer: QPrinter) -> bool:
        return ask_printer(parent, printer)

    def print_on_paper(self, dialog: PrintFormsDialog) -> Job | None:
        """The system's print dialog, then the forms (made once) on that printer."""
        if dialog.selection() is None:
            return None
        printer = self.printer()
        if not self.ask_printer(dialog, printer):
            return None
        return self.with_forms(dialog, lambda result: self._paint(dialog, printer, result))

    def _paint(self, dialog: PrintFormsDialog, printer: QPrinter, result: PrintResult) -> Job:
        data = result.target.read_bytes()

        def work(progress: Progress) -> PrintResult:
            paint_pdf(printer, data, progress)
            return result

        job = self._run(work, dialog, self.tr("Printing forms…"))
        job.succeeded.connect(lambda done: self._succeeded(done, printed=True))
        return job

    # -- save as PDF ------------------------------------------------------------------------

    def _accepted(self, dialog: PrintFormsDialog) -> None:
        selection = dialog.selection()
        if selection is None:
            return
        title = (
            self.tr("Save consent forms as PDF")
            if dialog.kind == "consent"
            else self.tr("Save protocol sheets as PDF")
        )
        target = save_file(
            self._window,
            self.context.settings,
            PRINT,
            title,
            dialog.suggested_file_name(),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
        )
        if target is None:
            return
        made = dialog.made_pdf()
        if made is not None:  # previewed or printed: save those forms, not new ones
            self.save_made(made, target)
        else:
            self.run_print(dialog.kind, selection, target, dialog.on)

    def save_made(self, made: PrintResult, target: Path) -> Job:
        data = made.target.read_bytes()

        def work(_progress: Progress) -> PrintResult:
            from korre_desktop.services.atomic_file import atomic_binary_file_write

            try:
                atomic_binary_file_write(target, data)
            except OSError as exc:
                raise FormsError("bad_target", f"cannot write {target}: {exc.strerror}") from exc
            return dataclasses.replace(made, target=target)

        job = self._run(work, None, self.tr("Making forms…"))
        job.succeeded.connect(self._succeeded)
        return job

    def run_print(
        self, kind: str, selection: Selection, target: Path, on: date | None = None
    ) -> Job:
        """Make the PDF in the background, with a progress dialog that can cancel."""
        job = self._start(kind, selection, target, on or self.context.today(), None)
        job.succeeded.connect(self._succeeded)
        return job

    # -- jobs -------------------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        selection: Selection,
        target: Path,
        on: date,
        dialog: PrintFormsDialog | None,
    ) -> Job:
        open_store = self.context.open_store

        def work(report: Progress) -> PrintResult:
            with open_store() as store:
                return forms.print_forms(store, kind, selection, on, target, report)

        return self._run(work, dialog, self.tr("Making forms…"))

    def _run(
        self, work: Callable[[Progress], PrintResult], dialog: PrintFormsDialog | None, label: str
    ) -> Job:
        progress = progress_dialog(label, self.tr("Cancel"), dialog or self._window)
        job = Job(work)
        job.progressed.connect(
            lambda done, total, _label: (
                progress.setMaximum(max(total, 1)),
                progress.setValue(done),
            )
        )
        progress.canceled.connect(job.cancel)
        job.failed.connect(self._failed)
        job.cancelled.connect(lambda: self._status(self.tr("Cancelled: no forms were saved.")))
        if dialog is not None:
            dialog.set_busy(True)

        def ended() -> None:
            self.current_job = None
            progress.close()
            progress.deleteLater()
            if dialog is not None and self.current_dialog is dialog:
                dialog.set_busy(False)
            self.print_ended.emit()

        job.ended.connect(ended)
        self.current_job = job
        return self.context.jobs.start(job)

    def _succeeded(self, result: PrintResult, printed: bool = False) -> None:
        template = (
            self.tr("%1 forms sent to the printer")
            if printed
            else self.tr("%1 forms written to %2")
        )
        self._status(template.replace("%1", str(result.forms)).replace("%2", str(result.target)))
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
