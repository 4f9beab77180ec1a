"""Beheer → Toestemmingsformulieren: the school's consent form versions.

The list of versions, and the chosen one's details: its channels with the media asked on
each (a dash where a medium is not asked), its validity, and its texts for parents and for
students of 16+. "Nieuwe versie…" starts an editor from a copy of the current version; it
is saved as a new version (``services.consent_forms.add_form``). A version that a
statement or printed form refers to is never changed; one not in use can get another
effective date. "Voorbeeld…" shows the printed form of the chosen version.
"""

from __future__ import annotations

import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from korre_desktop.domain.consent_form import (
    TEXT_KEYS,
    Channel,
    ConsentForm,
    DefinitionProblem,
    FormTexts,
    Validity,
    ValidityKind,
    check_definition,
    current_form,
    item_code,
)
from korre_desktop.domain.consent_items import MEDIA
from korre_desktop.domain.dates import ImpossibleDateError, format_dutch_date, parse_dutch_date
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.errors import KorreError
from korre_desktop.gui import consent_form_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from korre_desktop.gui.forms.ui_consent_forms_dialog import Ui_ConsentFormsDialog
from korre_desktop.gui.jobs import Job
from korre_desktop.gui.status_text import medium_label
from korre_desktop.services import consent_forms
from korre_desktop.services.consent_forms import ConsentFormError, FormDefinition
from korre_desktop.services.evidence import SourceFile, read_source
from korre_desktop.services.progress import Progress

ERROR_STYLE = "color: #b00020"
SAVED_STYLE = "color: #1b5e20"
# The channels table: code and name, the media grid, then the explanation (it stretches).
CODE, NAME, FIRST_MEDIUM = 0, 1, 2
EXPLANATION = FIRST_MEDIUM + len(MEDIA)
NEW_CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 1  # on the code cell: added in this draft
NOT_ASKED = "–"
TEXT_ROWS = 2  # the least height of a text field, in lines


@dataclass(frozen=True)
class VersionRow:
    form: ConsentForm
    in_use: bool


def slug(text: str) -> str:
    """A channel code from its name: "Krant & lokale media" -> "krant_lokale_media"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = "".join(c if c.isalnum() else " " for c in plain).split()
    return "_".join(parts)


def suggested_start(today: date, cutoff: tuple[int, int]) -> date:
    """A new version's suggested effective date: the next start of a school year."""
    found = Validity(ValidityKind.SCHOOL_YEAR).expires_on(today, cutoff)
    assert found is not None
    return found


class ConsentFormsDialog(QDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.ui = Ui_ConsentFormsDialog()
        self.ui.setupUi(self)
        self.rows: list[VersionRow] = []
        self.draft_from: ConsentForm | None = None  # editing a new version copied from this
        self.viewer: DocumentViewer | None = None
        self._preview_job: Job | None = None
        self._preview_label = ""
        self._filling = False
        self.text_edits: dict[tuple[bool, str], QPlainTextEdit] = {}
        self._build_text_fields()
        self._setup_tables()
        words.setup_validity(self.ui.validity, self.ui.years)
        self._errors = {
            words.LABEL: self.ui.labelError,
            words.EFFECTIVE: self.ui.effectiveError,
            words.CHANNELS: self.ui.channelsError,
            words.GENERAL: self.ui.message,
        }
        for label in self._errors.values():
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.effectiveDate.set_today(context.today)
        self.ui.effectiveDate.set_error_label(self.ui.effectiveError)
        self._connect()
        self.refresh()

    # -- set-up -------------------------------------------------------------------------------

    def _build_text_fields(self) -> None:
        """The five texts, for parents and for students of 16+ (one tab each)."""
        previous: QWidget = self.ui.moveDown
        for student, form in ((False, self.ui.parentForm), (True, self.ui.studentForm)):
            for key, text in words.text_labels().items():
                edit = QPlainTextEdit()
                edit.setObjectName(f"{'student' if student else 'parent'}_{key}")
                edit.setTabChangesFocus(True)
                line = edit.fontMetrics().lineSpacing()
                edit.setMinimumHeight(line * TEXT_ROWS + 12)
                label = QLabel(text)
                label.setBuddy(edit)
                label.setWordWrap(True)
                form.addRow(label, edit)
                self.text_edits[(student, key)] = edit
                QWidget.setTabOrder(previous, edit)
                previous = edit
        QWidget.setTabOrder(previous, self.ui.discard)

    def _setup_tables(self) -> None:
        versions = self.ui.versions
        versions.setColumnCount(4)
        versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("In effect from"), self.tr("Validity"), self.tr("In use")]
        )
        header = versions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        channels = self.ui.channels
        channels.setColumnCount(EXPLANATION + 1)
        channels.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name")]
            + [medium_label(m) for m in MEDIA]
            + [self.tr("Explanation for parents")]
        )
        header = channels.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped explanations: the rows follow the columns' widths.
        header.sectionResized.connect(lambda *_args: channels.resizeRowsToContents())
        for column in range(FIRST_MEDIUM, FIRST_MEDIUM + len(MEDIA)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        channels.setColumnWidth(NAME, 190)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([410, 690])

    def _connect(self) -> None:
        ui = self.ui
        ui.versions.itemSelectionChanged.connect(self._selection_changed)
        ui.newVersion.clicked.connect(self.start_new_version)
        ui.preview.clicked.connect(self.preview_selected)
        ui.saveDate.clicked.connect(self.save_effective_date)
        ui.saveVersion.clicked.connect(self.save_new_version)
        ui.discard.clicked.connect(self.discard_draft)
        ui.addChannel.clicked.connect(self.add_channel)
        ui.removeChannel.clicked.connect(self.remove_channel)
        ui.moveUp.clicked.connect(lambda: self.move_channel(-1))
        ui.moveDown.clicked.connect(lambda: self.move_channel(1))
        ui.channels.itemChanged.connect(self._channel_edited)
        ui.validity.currentIndexChanged.connect(lambda _i: self._validity_changed())
        ui.label.textChanged.connect(lambda _t: self._clear(words.LABEL))
        ui.effectiveDate.textChanged.connect(lambda _t: self._clear(words.EFFECTIVE))
        ui.buttons.rejected.connect(self.reject)

    # -- the list -----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        forms = consent_forms.load_forms(self.store)
        self.rows = [VersionRow(f, consent_forms.in_use(self.store, f.id)) for f in forms]
        current = current_form(forms, self.context.today())
        table = self.ui.versions
        table.blockSignals(True)
        table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            form = entry.form
            cells = [
                form.label,
                format_dutch_date(form.effective_date),
                words.validity_label(form.validity),
                self.tr("yes") if entry.in_use else self.tr("no"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if current is not None and form.id == current.id:
                    item.setToolTip(self.tr("The version in effect today"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.blockSignals(False)
        wanted = select_id if select_id is not None else (current.id if current else None)
        index = next((i for i, r in enumerate(self.rows) if r.form.id == wanted), 0)
        if self.rows:
            table.selectRow(index)
            table.setCurrentCell(index, 0)
        self._selection_changed()

    def selected(self) -> VersionRow | None:
        rows = self.ui.versions.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selection_changed(self) -> None:
        if self.draft_from is not None:
            return
        entry = self.selected()
        if entry is not None:
            self.show_version(entry)

    # -- showing a version ----------------------------------------------------------------------

    def show_version(self, entry: VersionRow) -> None:
        form = entry.form
        self._clear_all()
        self._fill(form, form.label, form.effective_date)
        if entry.in_use:
            state = self.tr(
                "In use: statements or printed forms refer to this version, so it can no longer"
                " be changed. To change the form, make a new version."
            )
        else:
            state = self.tr(
                "Not in use yet: nothing refers to this version. Its effective date can still"
                " change; for anything else, make a new version."
            )
        self.ui.state.setText(state)
        self._set_editing(False, date_editable=not entry.in_use)

    def _fill(self, form: ConsentForm, label: str, effective: date) -> None:
        ui = self.ui
        self._filling = True
        ui.label.setText(label)
        ui.effectiveDate.set_date(effective)
        words.show_validity(ui.validity, ui.years, form.validity)
        for (student, key), edit in self.text_edits.items():
            texts = form.student_texts if student else form.texts
            edit.setPlainText(getattr(texts, key))
        table = ui.channels
        table.setRowCount(0)
        for channel in form.channels:
            self._add_channel_row(
                channel, {m for m in MEDIA if form.asks(m, channel.code)}, new=False
            )
        table.resizeRowsToContents()
        self._filling = False
        self._validity_changed()

    def _add_channel_row(self, channel: Channel, asked: set[str], new: bool) -> int:
        table = self.ui.channels
        row = table.rowCount()
        table.insertRow(row)
        for column, text in ((CODE, channel.code), (NAME, channel.label)):
            table.setItem(row, column, QTableWidgetItem(text))
        table.setItem(row, EXPLANATION, QTableWidgetItem(channel.explanation))
        table.item(row, CODE).setData(NEW_CHANNEL_ROLE, new)
        for offset, medium in enumerate(MEDIA):
            table.setItem(row, FIRST_MEDIUM + offset, self._medium_cell(medium in asked))
        return row

    def _medium_cell(self, asked: bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setData(Qt.ItemDataRole.UserRole, asked)
        return item

    def _set_editing(self, editing: bool, date_editable: bool = False) -> None:
        """Read-only for a saved version (only its date while not in use); everything
        editable for a new version."""
        ui = self.ui
        ui.label.setReadOnly(not editing)
        ui.effectiveDate.setReadOnly(not (editing or date_editable))
        ui.saveDate.setVisible(date_editable and not editing)
        ui.validity.setEnabled(editing)
        ui.years.setEnabled(editing)
        for widget in (ui.addChannel, ui.removeChannel, ui.moveUp, ui.moveDown):
            widget.setVisible(editing)
        ui.discard.setVisible(editing)
        ui.saveVersion.setVisible(editing)
        for edit in self.text_edits.values():
            edit.setReadOnly(not editing)
        ui.versions.setEnabled(not editing)
        ui.newVersion.setEnabled(not editing)
        ui.preview.setEnabled(not editing and self._preview_job is None)
        ui.previewStudent.setEnabled(not editing)
        table = ui.channels
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.EditKeyPressed
            | table.EditTrigger.AnyKeyPressed
            if editing
            else table.EditTrigger.NoEditTriggers
        )
        self._filling = True
        for row in range(table.rowCount()):
            new = bool(table.item(row, CODE).data(NEW_CHANNEL_ROLE))
            for column in range(table.columnCount()):
                item = table.item(row, column)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if FIRST_MEDIUM <= column < EXPLANATION:
                    asked = bool(item.data(Qt.ItemDataRole.UserRole))
                    if editing:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                        item.setCheckState(
                            Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked
                        )
                        item.setText("")
                    else:
                        item.setData(Qt.ItemDataRole.CheckStateRole, None)
                        item.setText(self.tr("yes") if asked else NOT_ASKED)
                elif editing and (column != CODE or new):
                    flags |= Qt.ItemFlag.ItemIsEditable
                if column == CODE and editing and not new:
                    item.setToolTip(
                        self.tr(
                            "A copied channel keeps its code: it links the answers on"
                            " earlier versions to this channel."
                        )
                    )
                item.setFlags(flags)
        self._filling = False

    def _validity_changed(self) -> None:
        ui = self.ui
        if words.chosen_kind(ui.validity) is ValidityKind.SCHOOL_YEAR:
            month, day = consent_forms.school_year_cutoff(self.store)
            start = QLocale().toString(QDate(2001, month, day), "d MMMM")
            ui.validityHint.setText(
                self.tr(
                    "Until the next school year starts on %1 (a setting: Manage → Settings)."
                ).replace("%1", start)
            )
            ui.validityHint.show()
        else:
            ui.validityHint.clear()
            ui.validityHint.hide()

    # -- a new version --------------------------------------------------------------------------

    def start_new_version(self) -> None:
        today = self.context.today()
        source = consent_forms.form_for(self.store, today)
        start = suggested_start(today, consent_forms.school_year_cutoff(self.store))
        label = SchoolYear.containing(start).label
        taken = {r.form.label.casefold() for r in self.rows}
        if label.casefold() in taken:
            label = ""
        self.draft_from = source
        self._clear_all()
        self._fill(source, label, start)
        self.ui.state.setText(
            self.tr(
                "A new version, copied from version %1. Change what you need, then save it;"
                " nothing is saved before that."
            ).replace("%1", source.label)
        )
        self._set_editing(True)
        self.ui.label.setFocus()
        self.ui.label.selectAll()

    def discard_draft(self) -> None:
        self.draft_from = None
        self._clear_all()
        self.refresh()

    def add_channel(self) -> None:
        self._filling = True
        row = self._add_channel_row(Channel("", ""), set(MEDIA[:1]), new=True)
        self._filling = False
        self._set_editing(True)
        table = self.ui.channels
        table.setCurrentCell(row, NAME)
        table.setFocus()
        table.editItem(table.item(row, NAME))

    def remove_channel(self) -> None:
        table = self.ui.channels
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._clear(words.CHANNELS)

    def move_channel(self, step: int) -> None:
        table = self.ui.channels
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        column = table.currentColumn()
        self._filling = True
        taken = [table.takeItem(row, c) for c in range(table.columnCount())]
        table.removeRow(row)
        table.insertRow(target)
        for c, item in enumerate(taken):
            table.setItem(target, c, item)
        self._filling = False
        table.setCurrentCell(target, max(column, 0))

    def _channel_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._clear(words.CHANNELS)
        table = self.ui.channels
        row = item.row()
        if FIRST_MEDIUM <= item.column() < EXPLANATION:
            item.setData(Qt.ItemDataRole.UserRole, item.checkState() == Qt.CheckState.Checked)
        elif item.column() == NAME:
            code = table.item(row, CODE)
            if code.data(NEW_CHANNEL_ROLE) and not code.text().strip():
                code.setText(slug(item.text()))  # a suggestion; it may still be edited

    def effective_date(self) -> tuple[date | None, DefinitionProblem | None]:
        """The effective date typed, or what is wrong with it (worded as every date field)."""
        text = self.ui.effectiveDate.text()
        try:
            return parse_dutch_date(text, self.context.today()), None
        except ImpossibleDateError:
            return None, DefinitionProblem("date_invalid", "no such date", {"text": text.strip()})
        except ValueError:
            return None, DefinitionProblem("date_format", "not dd-mm-yyyy")

    def definition(self) -> tuple[FormDefinition | None, list[DefinitionProblem]]:
        """The new version as typed, or the problems with it (all at once)."""
        ui = self.ui
        problems: list[DefinitionProblem] = []
        effective, date_problem = self.effective_date()
        if date_problem is not None:
            problems.append(date_problem)
        table = ui.channels
        channels, asked = [], []
        for row in range(table.rowCount()):
            channel = Channel(
                table.item(row, CODE).text().strip(),
                table.item(row, NAME).text().strip(),
                table.item(row, EXPLANATION).text().strip(),
            )
            channels.append(channel)
            media = [
                m
                for offset, m in enumerate(MEDIA)
                if table.item(row, FIRST_MEDIUM + offset).data(Qt.ItemDataRole.UserRole)
            ]
            asked += [item_code(m, channel.code) for m in media]
            if not media and channel.code:
                problems.append(
                    DefinitionProblem(
                        "channel_without_media", "asks nothing", {"code": channel.code}
                    )
                )
        media = tuple(m for m in MEDIA if any(code.startswith(f"{m}_") for code in asked))
        items = tuple(  # once each, also when a code is there twice (that is its own problem)
            dict.fromkeys(
                item_code(m, c.code)
                for m in MEDIA
                for c in channels
                if item_code(m, c.code) in asked
            )
        )
        problems += check_definition(ui.label.text(), channels, media, items or None)
        validity = words.chosen_validity(ui.validity, ui.years)
        texts = [
            FormTexts(**{k: self.text_edits[(student, k)].toPlainText().strip() for k in TEXT_KEYS})
            for student in (False, True)
        ]
        if problems or effective is None:
            return None, problems
        definition = FormDefinition(
            label=ui.label.text().strip(),
            effective_date=effective,
            channels=tuple(channels),
            media=media,
            items=items,
            validity=validity,
            texts=texts[0],
            student_texts=texts[1],
        )
        return definition, []

    def save_new_version(self) -> int | None:
        if self.draft_from is None:
            return None
        self._clear_all()
        definition, problems = self.definition()
        if definition is not None:
            try:
                form_id = consent_forms.add_form(self.store, definition)
            except ConsentFormError as error:
                problems = error.problems
            except KorreError as error:
                self.context.errors.show(error)
                return None
        if problems:
            self.show_problems(problems)
            return None
        self.draft_from = None
        self.refresh(select_id=form_id)
        self._say(self._saved_text(definition.label))
        self.changed.emit()
        return form_id

    # -- the effective date of a version not in use ---------------------------------------------

    def save_effective_date(self) -> bool:
        entry = self.selected()
        if entry is None or self.draft_from is not None:
            return False
        self._clear_all()
        day, problem = self.effective_date()
        if problem is not None or day is None:
            self.show_problems([problem] if problem is not None else [])
            return False
        try:
            changed = consent_forms.set_effective_date(self.store, entry.form.id, day)
        except ConsentFormError as error:
            self.show_problems(error.problems)
            return False
        except KorreError as error:
            self.context.errors.show(error)
            return False
        self.refresh(select_id=entry.form.id)
        if changed:
            self._say(self._saved_text(entry.form.label))
            self.changed.emit()
        return changed

    # -- preview --------------------------------------------------------------------------------

    def preview_selected(self) -> Job | None:
        """Make the printed form of the chosen version (in the background) and show it."""
        entry = self.selected()
        if entry is None or self.draft_from is not None or self._preview_job is not None:
            return None
        form, for_student = entry.form, self.ui.previewStudent.isChecked()
        open_store = self.context.open_store

        def work(_progress: Progress) -> SourceFile:
            # Loaded when first used: the PDF libraries are heavy.
            from korre_desktop.services import forms as form_printing

            with tempfile.TemporaryDirectory() as folder, open_store() as store:
                target = Path(folder) / "voorbeeld.pdf"
                form_printing.sample_form_pdf(store, form.id, target, for_student=for_student)
                return read_source(target)

        job = Job(work)
        # Bound methods: the connections end with the window if it is closed meanwhile.
        job.succeeded.connect(self._show_preview)
        job.failed.connect(self.context.errors.show)
        job.ended.connect(self._preview_ended)
        self._preview_job = job
        self._preview_label = form.label
        self.ui.preview.setEnabled(False)
        self._say(self.tr("Making the preview…"))
        return self.context.jobs.start(job)

    def _preview_ended(self) -> None:
        self._preview_job = None
        self.ui.preview.setEnabled(self.draft_from is None)
        if self.ui.message.text() == self.tr("Making the preview…"):
            self.ui.message.clear()

    def _show_preview(self, source: SourceFile) -> None:
        title = self.tr("Preview of consent form version %1").replace("%1", self._preview_label)
        viewer = DocumentViewer(self.context, source, title, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda _obj=None: setattr(self, "viewer", None))
        viewer.open()
        self.viewer = viewer

    # -- messages -------------------------------------------------------------------------------

    def show_problems(self, problems: list[DefinitionProblem]) -> None:
        """Each problem next to what caused it, in Dutch; the focus to the first place."""
        found: dict[str, list[str]] = {}
        for problem in problems:
            text = words.problem_text(problem)
            place = words.problem_place(problem)
            if text not in found.setdefault(place, []):
                found[place].append(text)
        for place, texts in found.items():
            label = self._errors[place]
            label.setStyleSheet(ERROR_STYLE)
            label.setText("\n".join(texts))
            label.show()
        focus = {
            words.LABEL: self.ui.label,
            words.EFFECTIVE: self.ui.effectiveDate,
            words.CHANNELS: self.ui.channels,
        }
        for place in (words.LABEL, words.EFFECTIVE, words.CHANNELS):
            if place in found:
                if place == words.CHANNELS:
                    self.ui.details.setCurrentWidget(self.ui.channelsTab)
                focus[place].setFocus()
                break
        codes = [p.params.get("code") for p in problems if words.problem_place(p) == words.CHANNELS]
        self._go_to_channel(next((c for c in codes if c is not None), None))

    def _go_to_channel(self, code: str | None) -> None:
        """The cursor to (the last) row of the channel a problem is about."""
        table = self.ui.channels
        rows = [r for r in range(table.rowCount()) if table.item(r, CODE).text().strip() == code]
        if code is not None and rows:
            table.setCurrentCell(rows[-1], CODE)

    def problems_shown(self) -> dict[str, str]:
        """What is on screen now: place ("label", "effective", "channels", "" for the
        message under everything) -> text."""
        return {
            place: label.text()
            for place, label in self._errors.items()
            if label.isVisibleTo(self) and label.text() and label.styleSheet() == ERROR_STYLE
        }

    def _clear(self, place: str) -> None:
        label = self._errors[place]
        label.clear()
        label.setHidden(place != words.GENERAL)

    def _clear_all(self) -> None:
        for place in self._errors:
            self._clear(place)

    def _say(self, text: str) -> None:
        self.ui.message.setStyleSheet(SAVED_STYLE)
        self.ui.message.setText(text)
        self.ui.message.show()

    def _saved_text(self, label: str) -> str:
        return (
            self.tr("Saved at %1: version %2")
            .replace("%1", QTime.currentTime().toString("HH:mm"))
            .replace("%2", label)
        )
