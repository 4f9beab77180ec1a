"""Bestand → Importeren: students, employees or a consent register from a file, in four steps.

1. What to import and the file (chosen, or dropped onto the dialog; EDEXML is recognised by
   its content). The file is read in the background.
2. The columns: a combo per field, preselected by the saved mapping or the guess (guesses
   highlighted, required fields marked), a preview of the first rows, school and school year.
3. The check (dry run, in the background, with progress and cancel): counts, notices
   ("Let op:"), problems with their rows; errors block the import. Students on record
   missing from the file can be marked as left on a date (off by default).
4. Apply, in the background, with progress and cancel; then a summary.

Everything the services report is worded from its code and params (``import_words``):
their English messages are for the CLI and never shown here.

Nothing touches the database before step 4, and step 4 is one transaction: cancelling at
any point leaves the database as it was. Workers open their own Store.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QProgressBar, QWidget

from korre_desktop.domain.consent_form import channel_labels
from korre_desktop.domain.consent_items import is_item_code
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.errors import DatabaseError, KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_messages import problem_text as record_problem_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.file_dialogs import IMPORT, open_file
from korre_desktop.gui.forms.ui_import_wizard import Ui_ImportWizard
from korre_desktop.gui.import_words import (
    change_text,
    created_text,
    entry_name,
    failure_text,
    field_label,
    kind_label,
    notice_text,
    problem_text,
    where_text,
)
from korre_desktop.gui.jobs import Job
from korre_desktop.gui.remembered import for_database, read_int
from korre_desktop.services import importing as imp
from korre_desktop.services.consent_forms import form_for, load_forms
from korre_desktop.services.importing.mapping import REQUIRED
from korre_desktop.services.progress import Progress
from korre_desktop.services.records import RecordValidationError

translate = QCoreApplication.translate

SOURCE, COLUMNS, CHECK, APPLY = range(4)
PREVIEW_ROWS = 20
PROGRESS_STEPS = 1000
UNCERTAIN_STYLE = "QComboBox { background: #fff3c4 }"
NOT_IN_FILE = -1


def required_fields(kind: str) -> set[str]:
    """Fields marked as required: the first of each required group ("surname, or the full
    name": the hint explains the alternatives; the consent register's "one item column at
    least" is explained there too)."""
    return {options[0] for options in REQUIRED[kind] if len(options) <= 3}


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, read-only; the vertical header shows the file's row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._numbers: list[int] = []

    def set_table(self, table: imp.Table | None, count: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._rows, self._numbers = (), [], []
        else:
            self._headers = table.headers
            self._rows = table.preview(count)
            self._numbers = table.row_numbers[: len(self._rows)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._numbers[section]) if 0 <= section < len(self._numbers) else None


class ImportWizard(QDialog):
    """The import wizard. ``imported`` carries the ``ImportResult`` after a successful apply."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = context.today()
        self.labels: dict[str, str] = {}  # channel code -> label, of the form versions
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self.path: Path | None = None
        self.found: imp.Table | imp.EdexFile | None = None
        self.appointments: imp.Table | None = None  # an HR appointments file to join
        self.table: imp.Table | None = None  # the table whose columns are mapped
        self.mapping: imp.Mapping | None = None
        self.combos: dict[str, QComboBox] = {}
        self.plans: list[imp.ImportPlan] = []
        self.result: imp.ImportResult | None = None
        self.job: Job | None = None
        self._applied: imp.ImportResult | None = None
        self._field_widgets: list[QWidget] = []
        self.preview = PreviewModel(self)
        ui = self.ui
        ui.schoolCombo.setMaximumWidth(420)
        for value in (ui.newCount, ui.changedCount, ui.unchangedCount, ui.errorCount):
            value.setStyleSheet("font-weight: bold")
        for column in (1, 3, 5, 7, 9):
            ui.countsGrid.setColumnMinimumWidth(column, 36)
        ui.previewTable.setModel(self.preview)
        ui.columnsSplitter.setSizes([300, 200])
        for kind in imp.KINDS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.chooseAppointmentsButton.clicked.connect(self.choose_appointments)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.schoolCombo.currentIndexChanged.connect(self._update_buttons)
        ui.markLeft.toggled.connect(self._mark_left_toggled)
        ui.skipErrors.toggled.connect(self._update_buttons)
        ui.leftDate.set_today(context.today)
        ui.leftDate.set_date(self.today)
        self._show_page(SOURCE)

    # -- state ------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def busy(self) -> bool:
        return self.job is not None

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

    # -- step 1: the file -------------------------------------------------------------------

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

        def work(progress: Progress) -> imp.Table | imp.EdexFile:
            return imp.read_any(path)

        job = Job(work)
        job.succeeded.connect(self._appointments_read)
        job.failed.connect(self._file_failed)
        return self._start(job)

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

        def work(progress: Progress) -> imp.Table | imp.EdexFile:
            return imp.read_any(path)

        job = Job(work)
        job.succeeded.connect(self._file_read)
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

    # -- step 2: the columns ----------------------------------------------------------------

    def _fill_columns(self) -> None:
        """Build the combos for the kind and table, preselected by the mapping."""
        ui = self.ui
        table = self.table
        assert table is not None
        self.mapping = imp.choose_mapping(self.context.store, self.kind, table)
        fixed = self.mapping.origin == "fixed"
        uncertain = set(self.mapping.uncertain())
        required = required_fields(self.kind)
        for widget in self._field_widgets:
            ui.columnsGrid.removeWidget(widget)
            widget.deleteLater()
        self._field_widgets = []
        self.combos = {}
        if self.kind == "consents":  # item fields are named by the versions' labels
            self.labels = channel_labels(load_forms(self.context.store))
        names = imp.field_names(self.kind, self._item_fields())
        half = (len(names) + 1) // 2 if len(names) > 8 else len(names)
        for position, name in enumerate(names):
            text = field_label(name, self.labels) + (" *" if name in required else "")
            label = QLabel(text + ":", ui.columnsWidget)
            if name in required:
                label.setStyleSheet("font-weight: bold")
            combo = QComboBox(ui.columnsWidget)
            combo.setObjectName(f"column_{name}")
            combo.addItem(translate("ImportWizard", "(not in the file)"), NOT_IN_FILE)
            for index, header in enumerate(table.headers):
                combo.addItem(header or f"({index + 1})", index)
            column = self.mapping.column(name)
            combo.setCurrentIndex(combo.findData(column) if column is not None else 0)
            suggested = self.mapping.suggestions.get(name)
            if name in uncertain and suggested is not None:
                # A weak guess is never used unasked: yellow, unselected, named in the tip.
                combo.setStyleSheet(UNCERTAIN_STYLE)
                combo.setToolTip(
                    translate(
                        "ImportWizard",
                        "Column %1 looks like this field but is not used: "
                        "choose it if it is right.",
                    ).replace("%1", table.headers[suggested])
                )
                combo.currentIndexChanged.connect(
                    lambda _index, combo=combo: (combo.setStyleSheet(""), combo.setToolTip(""))
                )
            combo.setEnabled(not fixed)
            combo.currentIndexChanged.connect(self._column_changed)
            label.setBuddy(combo)
            row, pair = (position, 0) if position < half else (position - half, 1)
            ui.columnsGrid.addWidget(label, row, pair * 2)
            ui.columnsGrid.addWidget(combo, row, pair * 2 + 1)
            self._field_widgets += [label, combo]
            self.combos[name] = combo
        ui.columnsGrid.setColumnStretch(1, 1)
        ui.columnsGrid.setColumnStretch(3, 1)
        if fixed:
            hint = translate(
                "ImportWizard", "The columns of an EDEXML file are fixed: nothing to choose here."
            )
        else:
            hint = translate(
                "ImportWizard",
                "Check which column holds each field. Fields marked * are required (a name: "
                "surname and first name, or the full name). A field on a yellow background has "
                "a column that only looks like it: it is not used unless you choose it. The "
                "choice is remembered for files with these columns.",
            )
            if self.kind == "consents":
                hint += " " + translate("ImportWizard", "At least one consent item column.")
        ui.columnsHint.setText(hint)
        self.preview.set_table(table)
        ui.previewTable.resizeColumnsToContents()
        self._fill_context()
        self._column_changed()

    def _item_fields(self) -> list[str]:
        """A consent register's item fields: those of the version in force today, then any
        other item the file has a column for (planning refuses it with a clear message)."""
        if self.kind != "consents":
            return []
        current = form_for(self.context.store, self.today).item_codes
        assert self.mapping is not None
        others = [n for n in self.mapping.columns if is_item_code(n) and n not in current]
        return [*current, *others]

    def _fill_context(self) -> None:
        ui = self.ui
        ui.schoolCombo.blockSignals(True)
        ui.schoolCombo.clear()
        schools = self.context.store.people.schools()
        if self.kind != "students":
            ui.schoolCombo.addItem(translate("ImportWizard", "(none: as in the file)"), None)
        for school in schools:
            ui.schoolCombo.addItem(school["name"], school["id"])
        brin = self.table.meta.get("brin", "") if self.table is not None else ""
        selected = 0
        if brin:
            matches = [s for s in schools if (s["brin"] or "").casefold() == brin.casefold()]
            if matches:
                selected = ui.schoolCombo.findData(matches[0]["id"])
        elif (remembered := self._remembered_school()) is not None and (
            ui.schoolCombo.findData(remembered) >= 0
        ):
            selected = ui.schoolCombo.findData(remembered)  # where this source went last time
        elif self.kind == "students" and len(schools) > 1:
            selected = -1  # several schools: the user chooses
        ui.schoolCombo.setCurrentIndex(selected)
        ui.schoolCombo.setPlaceholderText(translate("ImportWizard", "Choose the school"))
        ui.schoolCombo.blockSignals(False)
        file_year = self.table.meta.get("school_year", "") if self.table is not None else ""
        ui.schoolYear.setText(file_year or SchoolYear.containing(self.today).label)
        ui.schoolYear.setEnabled(self.kind == "students")
        ui.schoolYearLabel.setEnabled(self.kind == "students")

    def _school_key(self) -> str | None:
        """Where the school of this source (its header row and the kind) is remembered,
        for this database."""
        if self.table is None:
            return None
        return for_database(
            self.context.store.path, f"import/school/{self.kind}/{self.table.fingerprint}"
        )

    def _remembered_school(self) -> int | None:
        key = self._school_key()
        return None if key is None else read_int(self.context.settings, key)

    def _remember_school(self) -> None:
        key, school = self._school_key(), self.ui.schoolCombo.currentData()
        if key is not None and school is not None:
            self.context.settings.setValue(key, int(school))

    def chosen_mapping(self) -> imp.Mapping | None:
        """The mapping as the combos show it."""
        if self.mapping is None:
            return None
        columns = {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() not in (None, NOT_IN_FILE)
        }
        if columns == self.mapping.columns:
            return self.mapping
        return imp.Mapping(self.kind, columns, dict.fromkeys(columns, 1.0), "chosen")

    def mapping_problem(self) -> str | None:
        mapping = self.chosen_mapping()
        if mapping is None:
            return ""
        missing = mapping.missing_required()
        if missing:
            return translate("ImportWizard", "Choose a column for: %1").replace(
                "%1", ", ".join(self._missing_text(item) for item in missing)
            )
        if self.kind == "students" and self.ui.schoolCombo.currentIndex() < 0:
            return translate("ImportWizard", "Choose the school.")
        return None

    def _missing_text(self, item: str) -> str:
        if item == "an item column":
            return translate("ImportWizard", "at least one consent item")
        or_word = " " + translate("ImportWizard", "or") + " "
        return or_word.join(field_label(name, self.labels) for name in item.split(" or "))

    def _column_changed(self) -> None:
        problem = self.mapping_problem()
        self.ui.columnsError.setText(problem or "")
        self._update_buttons()

    def _school_year(self) -> str | None:
        text = self.ui.schoolYear.text().strip()
        if self.kind != "students" or not text:
            return None
        return text

    # -- step 3: the check ------------------------------------------------------------------

    def _tables(self) -> list[tuple[str, imp.Table, imp.Mapping | None]]:
        """What to plan: the mapped table, and an EDEXML file's teachers with its students."""
        mapping = self.chosen_mapping()
        assert self.table is not None
        tables: list[tuple[str, imp.Table, imp.Mapping | None]] = [(self.kind, self.table, mapping)]
        found = self.found
        if isinstance(found, imp.EdexFile) and self.kind == "students" and found.teachers.rows:
            tables.append(("employees", self.found.teachers, None))
        return tables

    def start_check(self) -> Job | None:
        if self.busy():
            return None
        ui = self.ui
        self.plans = []
        self._show_page(CHECK)
        self._clear_report()
        ui.checkStatus.setText(translate("ImportWizard", "Checking the file…"))
        ui.checkProgress.setValue(0)
        ui.checkProgress.show()
        tables = self._tables()
        school = ui.schoolCombo.currentData()
        year = self._school_year()
        open_store = self.context.open_store
        today = self.today

        def work(progress: Progress) -> list[imp.ImportPlan]:
            with open_store() as store:
                return [
                    imp.plan_import(
                        store,
                        kind,
                        table,
                        mapping or imp.choose_mapping(store, kind, table),
                        school,
                        year if kind == "students" else None,
                        progress,
                        today,
                    )
                    for kind, table, mapping in tables
                ]

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _l: self._progress(ui.checkProgress, done, total)
        )
        job.succeeded.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.cancelled.connect(self._check_cancelled)
        return self._start(job)

    def _clear_report(self) -> None:
        ui = self.ui
        for label in (
            ui.newCount,
            ui.changedCount,
            ui.unchangedCount,
            ui.errorCount,
            ui.warningCount,
        ):
            label.setText("–")
        ui.report.clear()
        ui.checkError.clear()
        ui.missingBox.hide()
        ui.markLeft.setChecked(False)
        ui.skipErrors.hide()
        ui.skipErrors.setChecked(False)

    def _checked(self, plans: list[imp.ImportPlan]) -> None:
        ui = self.ui
        self.plans = plans
        ui.checkProgress.hide()
        totals = {key: sum(plan.counts[key] for plan in plans) for key in plans[0].counts}
        ui.newCount.setText(str(totals["new"]))
        ui.changedCount.setText(str(totals["changed"]))
        ui.unchangedCount.setText(str(totals["unchanged"]))
        ui.errorCount.setText(str(totals["errors"]))
        ui.warningCount.setText(str(totals["warnings"]))
        red = "color: #b00020; " if totals["errors"] else ""
        ui.errorCount.setStyleSheet(red + "font-weight: bold")
        ui.errorLabel.setStyleSheet(red)
        ui.report.setPlainText("\n".join(self._report_lines(plans)))
        missing = totals["missing"]
        ui.missingBox.setVisible(bool(missing))
        ui.markLeft.setText(
            translate(
                "ImportWizard", "Mark the %1 students who are not in the file as left on"
            ).replace("%1", str(missing))
        )
        ui.skipErrors.setVisible(bool(totals["errors"]))
        ui.skipErrors.setText(
            translate(
                "ImportWizard", "Import the other rows and leave out the %1 rows with &errors"
            ).replace("%1", str(totals["errors"]))
        )
        if totals["errors"]:
            ui.checkStatus.setText(
                translate(
                    "ImportWizard",
                    "The file has rows with errors: correct them in the file (or the "
                    "administration system) and choose it again, or leave those rows out.",
                )
            )
        elif missing and not any(plan.has_work for plan in plans):
            ui.checkStatus.setText(
                translate(
                    "ImportWizard",
                    "The records already match the file. Students on record who are not in "
                    "the file can be marked as left below.",
                )
            )
        elif not any(plan.has_work for plan in plans):
            ui.checkStatus.setText(
                translate("ImportWizard", "Nothing to change: the records already match the file.")
            )
        else:
            ui.checkStatus.setText(
                translate("ImportWizard", "Checked. Press Import to save these changes.")
            )
        self._update_buttons()

    def _report_lines(self, plans: list[imp.ImportPlan]) -> list[str]:
        """The check's report, worded from the plans' codes (``import_words``): never the
        services' English."""
        lines: list[str] = []
        for plan in plans:
            if len(plans) > 1:
                lines.append(f"== {kind_label(plan.kind)} ==")
            if plan.notices:
                lines.append(translate("ImportWizard", "Note:"))
                lines += [f"  • {notice_text(notice)}" for notice in plan.notices]
            for problem in plan.errors:
                lines.append(self._problem_line(plan, problem, error=True))
            for problem in plan.warnings:
                lines.append(self._problem_line(plan, problem, error=False))
            for item in plan.created:
                lines.append(
                    translate("ImportWizard", "Will create: %1").replace("%1", created_text(item))
                )
            for entry in plan.entries:
                where = where_text(entry.row, plan.row_noun)
                who = f"{entry.number} {entry_name(entry)}".strip()
                if entry.status == "new":
                    lines.append(
                        translate("ImportWizard", "New, %1: %2")
                        .replace("%1", where)
                        .replace("%2", who)
                    )
                elif entry.status == "changed":
                    changes = "; ".join(change_text(change) for change in entry.changes)
                    lines.append(
                        translate("ImportWizard", "Changed, %1: %2: %3")
                        .replace("%1", where)
                        .replace("%2", who)
                        .replace("%3", changes)
                    )
            if plan.missing:
                lines.append(
                    translate("ImportWizard", "On record but not in the file (%1):").replace(
                        "%1", str(len(plan.missing))
                    )
                )
                for missing in plan.missing:
                    klass = f" ({missing.class_name})" if missing.class_name else ""
                    lines.append(f"    {missing.number} {missing.name}{klass}")
        return lines

    def _problem_line(self, plan: imp.ImportPlan, problem: imp.Problem, error: bool) -> str:
        text = (
            translate("ImportWizard", "Error, %1: %2")
            if error
            else translate("ImportWizard", "Warning, %1: %2")
        )
        where = where_text(problem.row, plan.row_noun)
        return text.replace("%1", where).replace("%2", problem_text(problem))

    def _check_failed(self, error: BaseException) -> None:
        self.ui.checkProgress.hide()
        self.ui.checkStatus.clear()
        self._error(self.ui.checkError, error)
        self._update_buttons()

    def _check_cancelled(self) -> None:
        self._show_page(COLUMNS)
        self.ui.columnsError.setText(
            translate("ImportWizard", "The check was cancelled. Nothing was changed.")
        )

    def _mark_left_toggled(self, checked: bool) -> None:
        self.ui.leftDate.setEnabled(checked)
        self._update_buttons()

    def _can_apply(self) -> bool:
        if not self.plans:
            return False
        if any(plan.errors for plan in self.plans) and not self.ui.skipErrors.isChecked():
            return False
        marking = self.ui.markLeft.isChecked() and any(plan.missing for plan in self.plans)
        return marking or any(plan.has_work for plan in self.plans)

    def _left_date(self) -> date | bool | None:
        """The leaving date for missing students; None when not marking; False when wrong."""
        ui = self.ui
        if not (ui.markLeft.isChecked() and ui.missingBox.isVisible()):
            return None
        day = ui.leftDate.read()  # a wrong date is shown beside the field
        return False if day is None else day

    # -- step 4: apply ----------------------------------------------------------------------

    def start_apply(self) -> Job | None:
        if self.busy() or not self._can_apply():
            return None
        left = self._left_date()
        if left is False:
            return None
        ui = self.ui
        plans = self.plans
        skip_errors = ui.skipErrors.isChecked()
        self._applied = None
        self._show_page(APPLY)
        ui.applyStatus.setText(translate("ImportWizard", "Importing…"))
        ui.applyProgress.setValue(0)
        ui.applyProgress.show()
        ui.summary.clear()
        open_store = self.context.open_store

        def work(progress: Progress) -> imp.ImportResult:
            with open_store() as store:
                result = imp.apply_import(
                    store,
                    plans,
                    progress,
                    mark_missing_left=left or None,
                    skip_errors=skip_errors,
                )
            self._applied = result  # committed: a late Cancel must not hide this
            return result

        job = Job(work)
        job.progressed.connect(
            lambda done, total, _l: self._progress(ui.applyProgress, done, total)
        )
        job.succeeded.connect(self._applied_ok)
        job.failed.connect(self._apply_failed)
        job.cancelled.connect(self._apply_cancelled)
        return self._start(job)

    def _applied_ok(self, result: imp.ImportResult) -> None:
        ui = self.ui
        self.result = result
        ui.applyProgress.setValue(PROGRESS_STEPS)
        ui.applyStatus.setText(translate("ImportWizard", "The import is done."))
        counts = result.counts
        text = (
            translate("ImportWizard", "Imported: %1 new, %2 changed, %3 unchanged.")
            .replace("%1", str(counts.get("new", 0)))
            .replace("%2", str(counts.get("changed", 0)))
            .replace("%3", str(counts.get("unchanged", 0)))
        )
        if result.marked_left:
            text += " " + translate("ImportWizard", "%1 students marked as left.").replace(
                "%1", str(result.marked_left)
            )
        if counts.get("errors"):
            text += " " + translate(
                "ImportWizard", "%1 rows with errors were left out: correct them and import again."
            ).replace("%1", str(counts["errors"]))
        ui.summary.setText(text)
        self._remember_school()
        self._update_buttons()
        self.imported.emit(result)

    def _apply_failed(self, error: BaseException) -> None:
        self._show_page(CHECK)
        if isinstance(error, imp.StalePlanError):
            self.ui.checkError.setText(
                translate(
                    "ImportWizard",
                    "The records were changed since the check. Nothing was imported: "
                    "go back and run the check again.",
                )
            )
            self.plans = []
            self._update_buttons()
        else:
            self._error(self.ui.checkError, error)

    def _apply_cancelled(self) -> None:
        if self._applied is not None:  # the transaction was committed before the cancel
            self._applied_ok(self._applied)
            return
        self._show_page(CHECK)
        self.ui.checkError.setText(
            translate("ImportWizard", "The import was cancelled. Nothing was changed.")
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

    # -- helpers ----------------------------------------------------------------------------

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
