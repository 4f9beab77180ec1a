"""Printing a list: the no-photo list (classes, a whole school or a trip group) or the
worklists. Preview inside the app, print, or save as PDF; the PDF is made off the UI
thread with progress and a cancel button.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.people import fold, natural_key
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from korre_desktop.gui.file_dialogs import PRINT, save_file
from korre_desktop.gui.forms.ui_print_dialog import Ui_PrintDialog
from korre_desktop.gui.jobs import Job
from korre_desktop.gui.printing import a4_printer, ask_printer, paint_pdf
from korre_desktop.gui.window_size import grow_to_fit
from korre_desktop.services import entry, groups
from korre_desktop.services.atomic_file import atomic_binary_file_write
from korre_desktop.services.entry import PersonChoice
from korre_desktop.services.evidence import SourceFile
from korre_desktop.services.groups import GroupError, TripGroup
from korre_desktop.services.pdf import selection as chosen
from korre_desktop.services.pdf.no_photo import no_photo_pdf_bytes
from korre_desktop.services.pdf.worklists_pdf import worklists_pdf_bytes
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate

NO_PHOTO = "no_photo"
WORKLISTS = "worklists"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def group_error_text(error: GroupError) -> str:
    texts = {
        "name_required": translate("PrintDialog", "Give the trip group a name."),
        "name_too_long": translate("PrintDialog", "The name is too long."),
        "name_taken": translate(
            "PrintDialog", "There is already a trip group with this name on this date."
        ),
        "no_students": translate("PrintDialog", "Add at least one student."),
    }
    return texts.get(error.code, str(error))


def selection_error_text(error: chosen.SelectionError) -> str:
    texts = {
        "no_classes": translate(
            "PrintDialog", "Nobody at this school is on the list on this date."
        ),
        "unknown_class": translate(
            "PrintDialog", "This class is not in the school year of this date."
        ),
        "unknown_school": translate("PrintDialog", "This school is not on record."),
        "empty": translate("PrintDialog", "Choose who is on the list first."),
    }
    return texts.get(error.code, str(error))


@dataclass(frozen=True)
class Request:
    """What to print, read from the dialog."""

    kind: str
    on: date
    selection: chosen.Selection | None = None  # the no-photo list
    school: str | None = None  # the worklists' filters
    class_name: str | None = None
    slug: str = ""

    def make(self, open_store: Callable[[], Any], progress: Progress) -> tuple[bytes, Any]:
        store = open_store()
        try:
            if self.kind == NO_PHOTO:
                assert self.selection is not None
                return no_photo_pdf_bytes(store, self.selection, self.on, progress)
            return worklists_pdf_bytes(store, self.on, self.school, self.class_name, progress)
        finally:
            store.close()

    def file_name(self) -> str:
        stem = "geen-foto" if self.kind == NO_PHOTO else "werklijsten"
        parts = [stem, self.slug, self.on.isoformat()]
        return "-".join(p for p in parts if p) + ".pdf"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60]


class PrintListDialog(QDialog):
    """``kind`` is ``NO_PHOTO`` or ``WORKLISTS``; ``school``/``class_name`` preset the choice."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        kind: str = NO_PHOTO,
        school: str | None = None,
        class_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.ui = Ui_PrintDialog()
        self.ui.setupUi(self)
        self.job: Job | None = None
        self.viewer: DocumentViewer | None = None
        self.last_summary: Any = None
        self.last_saved: Path | None = None
        # How the last job ended: "previewed", "saved", "printed", "cancelled" or "failed".
        self.outcome = ""
        self._printer: QPrinter | None = None
        self._choices_on: date | None = None
        self._students: list[PersonChoice] = []
        ui = self.ui
        for field in (ui.validOn, ui.groupDate):
            field.set_today(context.today)
        ui.validOn.set_date(context.today())
        ui.progress.hide()
        ui.cancelButton.hide()
        ui.newGroupBox.hide()
        for name in chosen.school_names(context.store):
            ui.school.addItem(name, name)
        if kind == WORKLISTS:
            self.setWindowTitle(self.tr("Print worklists"))
            ui.explanation.setText(
                self.tr(
                    "Who still owes a form or needs a follow-up on the date, one section"
                    " per worklist. Optionally for one school or one class."
                )
            )
            ui.school.insertItem(0, self.tr("All schools"), None)
            ui.school.setCurrentIndex(0)
            for widget in (
                ui.classesRadio,
                ui.schoolRadio,
                ui.groupRadio,
                ui.classesLabel,
                ui.classes,
                ui.groupLabel,
                ui.group,
                ui.newGroupButton,
            ):
                widget.hide()
            ui.validOnLabel.setText(self.tr("&Date:"))
        else:
            self.setWindowTitle(self.tr("Print no-photo list"))
            ui.explanation.setText(
                self.tr(
                    "Who may not be photographed, filmed or recorded on the date, sorted by"
                    " surname, one page per class. Only consent counts: refused, conflict,"
                    " missing and expired all print as not allowed."
                )
            )
            ui.classLabel.hide()
            ui.klass.hide()
            self.reload_groups()
        ui.school.currentIndexChanged.connect(lambda _index: self.reload_classes())
        ui.validOn.date_changed.connect(lambda _day: self.reload_classes())
        for radio in (ui.classesRadio, ui.schoolRadio, ui.groupRadio):
            radio.toggled.connect(lambda _on: self._update_visible())
        # A trip group's list is for its trip date (the date can still be changed).
        ui.groupRadio.toggled.connect(lambda on: on and self._group_chosen())
        ui.group.currentIndexChanged.connect(lambda _index: self._group_chosen())
        ui.newGroupButton.clicked.connect(self.start_new_group)
        ui.memberPicker.picked.connect(self.add_member)
        ui.addClassButton.clicked.connect(self.add_whole_class)
        ui.removeMemberButton.clicked.connect(self.remove_members)
        ui.saveGroupButton.clicked.connect(self.save_group)
        ui.groupDate.date_changed.connect(lambda _day: self._load_choices())
        ui.previewButton.clicked.connect(self.preview)
        ui.printButton.clicked.connect(self.print_list)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.cancelButton.clicked.connect(self.cancel)
        self.reload_classes()
        self.preset(school, class_name)
        self._update_visible()
        ui.group.setPlaceholderText(self.tr("No trip groups yet: make one"))
        ui.previewButton.setDefault(True)
        if kind == WORKLISTS:
            self.resize(self.width(), self.sizeHint().height())

    # -- choices ---------------------------------------------------------------------------

    def valid_on(self, quiet: bool = False) -> date | None:
        """The date the list is for; None (and, unless ``quiet``, the problem shown beside
        the field) when the field holds no date."""
        return self.ui.validOn.date() if quiet else self.ui.validOn.read()

    def current_school(self) -> str | None:
        return self.ui.school.currentData()

    def reload_classes(self) -> None:
        """The classes of the chosen school in the school year of the date."""
        ui = self.ui
        on = self.valid_on(quiet=True) or self.context.today()
        school = self.current_school()
        names = chosen.class_names(self.context.store, on, school) if school else []
        checked = set(self.checked_classes())
        current = ui.klass.currentData()
        ui.classes.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
            )
            ui.classes.addItem(item)
        ui.klass.blockSignals(True)
        ui.klass.clear()
        ui.klass.addItem(self.tr("All classes"), None)
        for name in names:
            ui.klass.addItem(name, name)
        index = ui.klass.findData(current) if current else 0
        ui.klass.setCurrentIndex(max(index, 0))
        ui.klass.setEnabled(bool(names))
        ui.klass.blockSignals(False)

    def checked_classes(self) -> list[str]:
        classes = self.ui.classes
        return [
            classes.item(row).text()
            for row in range(classes.count())
            if classes.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_classes_checked(self, names: list[str]) -> None:
        wanted = {fold(name) for name in names}
        for row in range(self.ui.classes.count()):
            item = self.ui.classes.item(row)
            state = (
                Qt.CheckState.Checked if fold(item.text()) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def preset(self, school: str | None, class_name: str | None) -> None:
        """Open on this school and class (from the selection in the window)."""
        ui = self.ui
        if school:
            index = ui.school.findText(school)
            if index >= 0:
                ui.school.setCurrentIndex(index)
        if class_name:
            if self.kind == WORKLISTS:
                index = ui.klass.findData(class_name)
                ui.klass.setCurrentIndex(max(index, 0))
            else:
                ui.classesRadio.setChecked(True)
                self.set_classes_checked([class_name])

    def _update_visible(self) -> None:
        if self.kind == WORKLISTS:
            return
        ui = self.ui
        by_class = ui.classesRadio.isChecked()
        by_group = ui.groupRadio.isChecked()
        for widget in (ui.schoolLabel, ui.school):
            widget.setVisible(not by_group)
        for widget in (ui.classesLabel, ui.classes):
            widget.setVisible(by_class)
        for widget in (ui.groupLabel, ui.group, ui.newGroupButton):
            widget.setVisible(by_group)
        if not by_group:
            ui.newGroupBox.hide()

    # -- trip groups -----------------------------------------------------------------------

    def reload_groups(self, select: int | None = None) -> None:
        combo = self.ui.group
        combo.blockSignals(True)
        combo.clear()
        for group in groups.list_groups(self.context.store):
            combo.addItem(self.group_text(group), group.id)
            combo.setItemData(combo.count() - 1, group, ID_ROLE)
        if select is not None:
            combo.setCurrentIndex(max(combo.findData(select), 0))
        combo.blockSignals(False)
        if select is not None:
            self._group_chosen()

    def group_text(self, group: TripGroup) -> str:
        students = self.tr("students: %1").replace("%1", str(group.members))
        return f"{group.name} ({format_dutch_date(group.trip_date)}) · {students}"

    def current_group(self) -> TripGroup | None:
        return self.ui.group.currentData(ID_ROLE)

    def _group_chosen(self) -> None:
        group = self.current_group()
        if group is not None:
            self.ui.validOn.set_date(group.trip_date)

    def start_new_group(self) -> None:
        ui = self.ui
        ui.groupRadio.setChecked(True)
        ui.newGroupBox.show()
        grow_to_fit(self)
        ui.saveGroupButton.setDefault(True)  # Enter saves the group, not a preview
        if not ui.groupDate.text():
            ui.groupDate.set_date(self.valid_on(quiet=True))
        self._load_choices()
        ui.groupName.setFocus()

    def _load_choices(self) -> None:
        on = self.ui.groupDate.date() or self.valid_on(quiet=True) or self.context.today()
        if on == self._choices_on:
            return
        students = [
            c for c in entry.people_to_choose(self.context.store, on) if c.kind == "student"
        ]
        self.ui.memberPicker.set_choices(students, on)
        self._students = students
        self._choices_on = on
        combo = self.ui.wholeClass
        combo.clear()
        classes = sorted(
            {(p.school, p.class_name) for p in students if p.class_name},
            key=lambda pair: (fold(pair[0]), natural_key(pair[1])),
        )
        for school, class_name in classes:
            combo.addItem(f"{class_name} ({school})", (school, class_name))
        self.ui.addClassButton.setEnabled(bool(classes))

    def add_whole_class(self) -> int:
        """Every student of the class chosen (on the trip date) joins the group; returns
        how many were added (those already in it stay once)."""
        chosen = self.ui.wholeClass.currentData()
        if chosen is None:
            return 0
        before = len(self.member_ids())
        for person in self._students:
            if (person.school, person.class_name) == tuple(chosen):
                self.add_member(person)
        added = len(self.member_ids()) - before
        self._show_group_message(
            self.tr("%1 students of %2 added.")
            .replace("%1", str(added))
            .replace("%2", self.ui.wholeClass.currentText())
        )
        return added

    def member_ids(self) -> list[int]:
        members = self.ui.members
        return [members.item(row).data(ID_ROLE) for row in range(members.count())]

    def add_member(self, person: PersonChoice) -> None:
        if person.id not in self.member_ids():
            item = QListWidgetItem(
                " · ".join(
                    p for p in (person.name, person.number, person.school, person.class_name) if p
                )
            )
            item.setData(ID_ROLE, person.id)
            self.ui.members.addItem(item)
        self.ui.memberPicker.clear()
        self.ui.memberPicker.setFocus()
        self._show_group_message("")

    def remove_members(self) -> None:
        for item in self.ui.members.selectedItems():
            self.ui.members.takeItem(self.ui.members.row(item))

    def _show_group_message(self, text: str, error: bool = False) -> None:
        label = self.ui.groupMessage
        label.setStyleSheet("color: #b00020; font-weight: bold" if error else "color: #1b5e20")
        label.setText(text)

    def save_group(self) -> TripGroup | None:
        ui = self.ui
        trip_date = ui.groupDate.read()  # a wrong date is shown beside the field
        if trip_date is None:
            return None
        try:
            group = groups.create_group(
                self.context.store, ui.groupName.text(), trip_date, self.member_ids()
            )
        except GroupError as error:
            self._show_group_message(group_error_text(error), error=True)
            return None
        ui.members.clear()
        ui.groupName.clear()
        ui.newGroupBox.hide()
        ui.previewButton.setDefault(True)
        self.reload_groups(select=group.id)
        self.show_message(self.tr("Trip group saved: %1").replace("%1", group.name))
        return group

    # -- what to print ---------------------------------------------------------------------

    def request(self) -> Request | None:
        """The chosen list and date, or None (with the reason shown)."""
        on = self.valid_on()
        if on is None:
            return None
        ui = self.ui
        school = self.current_school()
        if self.kind == WORKLISTS:
            class_name = ui.klass.currentData() if school else None
            slug = _slug(" ".join(p for p in (school, class_name) if p))
            return Request(WORKLISTS, on, school=school, class_name=class_name, slug=slug)
        if ui.groupRadio.isChecked():
            group = self.current_group()
            if group is None:
                self.show_message(self.tr("Choose a trip group, or make a new one."), True)
                return None
            return Request(NO_PHOTO, on, chosen.GroupSelection(group.id), slug=_slug(group.name))
        if school is None:
            self.show_message(self.tr("Choose a school."), True)
            return None
        if ui.schoolRadio.isChecked():
            return Request(NO_PHOTO, on, chosen.SchoolSelection(school), slug=_slug(school))
        classes = self.checked_classes()
        if not classes:
            self.show_message(self.tr("Tick at least one class."), True)
            return None
        selection = chosen.ClassesSelection(tuple(classes), school)
        return Request(NO_PHOTO, on, selection, slug=_slug(" ".join(classes)))

    # -- running ---------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        label = self.ui.message
        label.setStyleSheet("color: #b00020; font-weight: bold" if error else "color: #1b5e20")
        label.setText(text)

    def is_busy(self) -> bool:
        return self.job is not None

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> Job:
        job = Job(work)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.ended.connect(self._ended)
        self.job = job
        self.outcome = ""
        self._set_busy(True)
        self.show_message(self.tr("Making the list…"))
        self.context.jobs.start(job)
        return job

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (ui.previewButton, ui.printButton, ui.saveButton, ui.whoBox):
            button.setEnabled(not busy)
        ui.progress.setVisible(busy)
        ui.cancelButton.setVisible(busy)
        ui.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int, label: str) -> None:
        bar = self.ui.progress
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        if label == "pages":
            bar.setFormat(self.tr("Page %v of %m"))
        else:
            bar.setFormat("%p%")

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.show_message(self.tr("Cancelled; nothing was saved or printed."))

    def _failed(self, error: BaseException) -> None:
        self.outcome = "failed"
        # Choices that do not work out on this date are explained here, not in an error box.
        if isinstance(error, chosen.SelectionError):
            self.show_message(selection_error_text(error), True)
            return
        if isinstance(error, GroupError):
            self.show_message(group_error_text(error), True)
            return
        self.show_message(self.tr("That did not work; nothing was saved."), True)
        self.context.errors.show(error)

    def _ended(self) -> None:
        self.job = None
        self._set_busy(False)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def preview(self) -> Job | None:
        request = self.request()
        if request is None:
            return None
        open_store = self.context.open_store
        return self._start(lambda progress: request.make(open_store, progress), self._previewed)

    def _previewed(self, result: tuple[bytes, Any]) -> None:
        data, summary = result
        self.last_summary = summary
        self.outcome = "previewed"
        self.show_message(self.tr("Pages: %1.").replace("%1", str(summary.pages)))
        source = SourceFile(data=data, mime_type="application/pdf", name="voorbeeld.pdf")
        self.viewer = DocumentViewer(self.context, source, self.windowTitle(), self)
        self.viewer.open()

    def save_pdf(self) -> Job | None:
        request = self.request()
        if request is None:
            return None
        target = save_file(
            self,
            self.context.settings,
            PRINT,
            self.tr("Save as PDF"),
            request.file_name(),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
        )
        if target is None:
            return None
        open_store = self.context.open_store

        def work(progress: Progress) -> tuple[Path, Any]:
            data, summary = request.make(open_store, progress)
            return atomic_binary_file_write(target, data), summary

        return self._start(work, self._saved)

    def _saved(self, result: tuple[Path, Any]) -> None:
        target, summary = result
        self.last_summary = summary
        self.last_saved = target
        self.outcome = "saved"
        self.show_message(
            self.tr("Saved: %1 (pages: %2).")
            .replace("%1", str(target))
            .replace("%2", str(summary.pages))
        )

    def printer(self) -> QPrinter:
        if self._printer is None:
            self._printer = a4_printer(self.windowTitle())
        return self._printer

    def ask_printer(self, printer: QPrinter) -> bool:
        return ask_printer(self, printer)

    def print_list(self) -> Job | None:
        request = self.request()
        if request is None:
            return None
        printer = self.printer()
        if not self.ask_printer(printer):
            return None
        open_store = self.context.open_store

        def work(progress: Progress) -> tuple[int, Any]:
            data, summary = request.make(open_store, progress)
            return paint_pdf(printer, data, progress), summary

        return self._start(work, self._printed)

    def _printed(self, result: tuple[int, Any]) -> None:
        pages, self.last_summary = result
        self.outcome = "printed"
        self.show_message(self.tr("Sent to the printer (pages: %1).").replace("%1", str(pages)))

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()
        super().done(result)
