"""Step 2 of the import wizard: a column per field, the preview, the school and school year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from korre_desktop.domain.consent_form import channel_labels
from korre_desktop.domain.consent_items import is_item_code
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard.preview_model import PreviewModel
from korre_desktop.gui.dialogs.import_wizard.source_step import SourceStep
from korre_desktop.gui.import_words import field_label
from korre_desktop.gui.remembered import for_database, read_int
from korre_desktop.services import importing as imp
from korre_desktop.services import selection
from korre_desktop.services.consent_forms import form_for, load_forms
from korre_desktop.services.importing.mapping import REQUIRED

translate = QCoreApplication.translate

UNCERTAIN_STYLE = "QComboBox { background: #fff3c4 }"
NOT_IN_FILE = -1


def required_fields(kind: str) -> set[str]:
    """Fields marked as required: the first of each required group ("surname, or the full
    name": the hint explains the alternatives; the consent register's "one item column at
    least" is explained there too)."""
    return {options[0] for options in REQUIRED[kind] if len(options) <= 3}


class ColumnsStep(SourceStep):
    """Maps the ``table``'s columns to the fields (``chosen_mapping``), preselected by the
    saved mapping or the guess, and chooses the school and school year."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.labels: dict[str, str] = {}  # channel code -> label, of the form versions
        self.combos: dict[str, QComboBox] = {}
        self._field_widgets: list[QWidget] = []
        self.preview = PreviewModel(self)
        ui = self.ui
        ui.schoolCombo.setMaximumWidth(420)
        ui.previewTable.setModel(self.preview)
        ui.columnsSplitter.setSizes([300, 200])
        ui.schoolCombo.currentIndexChanged.connect(self._update_buttons)

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
        schools = selection.schools(self.context.store)
        if self.kind != "students":
            ui.schoolCombo.addItem(translate("ImportWizard", "(none: as in the file)"), None)
        for school in schools:
            ui.schoolCombo.addItem(school.name, school.id)
        brin = self.table.meta.get("brin", "") if self.table is not None else ""
        selected = 0
        if brin:
            matches = [s for s in schools if s.brin.casefold() == brin.casefold()]
            if matches:
                selected = ui.schoolCombo.findData(matches[0].id)
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
            self.context.store.location, f"import/school/{self.kind}/{self.table.fingerprint}"
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
