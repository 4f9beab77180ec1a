"""Beheer → Instellingen: what the office may change (``services.settings``), and the
window's language on this computer (the same choice as Beeld → Taal).

OK checks every value; problems show in Dutch under their field and nothing is saved
until all are right. Each changed setting is saved audited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QSpinBox, QWidget

from korre_desktop.domain.consent import SixteenPlusPolicy
from korre_desktop.domain.consent_form import Validity
from korre_desktop.errors import KorreError
from korre_desktop.gui import consent_form_words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from korre_desktop.gui.i18n import SUPPORTED_LANGUAGES, language_setting, set_language_setting
from korre_desktop.services import settings
from korre_desktop.services.settings import SettingError, SettingsError

translate = QCoreApplication.translate


def sixteen_plus_choices() -> list[tuple[str, str]]:
    return [
        (
            SixteenPlusPolicy.GUARDIAN_CONSENT_STAYS_VALID.value,
            translate("SettingsDialog", "The parents' consent counts until the student answers"),
        ),
        (
            SixteenPlusPolicy.STRICT.value,
            translate("SettingsDialog", "Only the student's own answer counts (else: missing)"),
        ),
    ]


def problem_text(problem: SettingError) -> str:
    params = problem.params
    texts = {
        "required": translate("SettingsDialog", "Fill in the name."),
        "too_long": translate("SettingsDialog", "At most %1 characters."),
        "validity_format": translate("SettingsDialog", "Choose how long consent stays valid."),
        "cutoff_format": translate(
            "SettingsDialog", "Type the day and month as dd-mm, for example 01-08."
        ),
        "cutoff_invalid": translate("SettingsDialog", "The day %1 does not exist."),
        "cutoff_leap_day": translate(
            "SettingsDialog", "29 February is not in every year; choose another day."
        ),
        "policy_unknown": translate("SettingsDialog", "Choose one of the rules."),
        "not_a_number": translate("SettingsDialog", "Type a whole number from %1 to %2."),
        "out_of_range": translate("SettingsDialog", "Choose a number from %1 to %2."),
        "folder_not_absolute": translate(
            "SettingsDialog",
            "Give the whole path of the folder (or choose it), or leave it empty for the"
            " folder beside the database.",
        ),
        "folder_is_a_file": translate("SettingsDialog", "This is a file, not a folder."),
    }
    text = texts.get(problem.code, str(problem))
    first = params.get("maximum") if problem.code == "too_long" else params.get("minimum")
    if first is None:
        first = params.get("text", "")
    return text.replace("%1", str(first)).replace("%2", str(params.get("maximum", "")))


class SettingsDialog(RecordDialog):
    """Problems under their fields as in the record dialogs; OK saves every setting."""

    changed = Signal(list)  # the keys that changed
    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for box in self.findChildren(QGroupBox):
            # Wrapped messages inside a group: its height must follow its width.
            policy = box.sizePolicy()
            policy.setHeightForWidth(True)
            box.setSizePolicy(policy)
        consent_form_words.setup_validity(ui.defaultValidity, ui.defaultYears)
        for value, text in sixteen_plus_choices():
            ui.sixteenPlus.addItem(text, value)
        self._number(ui.deadline, settings.SIGNING_DEADLINE_DAYS, self.tr(" days"))
        self._number(ui.accessLogDays, settings.ACCESS_LOG_RETENTION_DAYS, self.tr(" days"))
        for spin, key in self._retention_fields():
            self._number(spin, key, self.tr(" years"))
        self._number(ui.backupsKept, settings.BACKUPS_KEPT, self.tr(" newest backups"))
        self._number(ui.backupInterval, settings.BACKUP_INTERVAL_HOURS, self.tr(" hours"))
        ui.backupInterval.setPrefix(self.tr("every "))
        self._number(ui.lockAfter, settings.LOCK_AFTER_MINUTES, self.tr(" minutes"))
        ui.lockAfter.setSpecialValueText(self.tr("never"))
        for code, name in SUPPORTED_LANGUAGES.items():
            ui.language.addItem(name, code)  # each language in its own words
        beside = settings.default_backup_folder(self.store)
        ui.backupFolder.setPlaceholderText(
            self.tr("empty: beside the database (%1)").replace("%1", str(beside or ""))
        )
        ui.chooseFolder.clicked.connect(self.choose_folder)
        # A server database is backed up on the server (its administrator's job), not by
        # each PC: the automatic backups of a file do not apply.
        ui.backupBox.setVisible(not self.store.is_server)
        # The lock after idle time is the server's: the embedded file is one local user
        # whose PC locks its own screen.
        ui.lockBox.setVisible(self.store.is_server)
        self.setup_problems(
            ui.generalError,
            {
                settings.FOUNDATION_NAME: (ui.foundationName, ui.foundationNameError),
                settings.DEFAULT_VALIDITY: (ui.defaultValidity, ui.defaultValidityError),
                settings.SCHOOL_YEAR_CUTOFF: (ui.cutoff, ui.cutoffError),
                settings.SIXTEEN_PLUS_POLICY: (ui.sixteenPlus, ui.sixteenPlusError),
                settings.SIGNING_DEADLINE_DAYS: (ui.deadline, ui.deadlineError),
                settings.ACCESS_LOG_RETENTION_DAYS: (ui.accessLogDays, ui.accessLogDaysError),
                settings.RETENTION_STUDENT_YEARS: (ui.studentYears, ui.studentYearsError),
                settings.RETENTION_CONSENT_YEARS: (ui.consentYears, ui.consentYearsError),
                settings.RETENTION_STAFF_YEARS: (ui.staffYears, ui.staffYearsError),
                settings.RETENTION_BREACH_YEARS: (ui.breachYears, ui.breachYearsError),
                settings.BACKUP_FOLDER: (ui.backupFolder, ui.backupFolderError),
                settings.BACKUPS_KEPT: (ui.backupsKept, ui.backupsKeptError),
                settings.BACKUP_INTERVAL_HOURS: (ui.backupInterval, ui.backupIntervalError),
                settings.LOCK_AFTER_MINUTES: (ui.lockAfter, ui.lockAfterError),
            },
        )
        self.load()

    def _retention_fields(self) -> list[tuple[QSpinBox, str]]:
        ui = self.ui
        return [
            (ui.studentYears, settings.RETENTION_STUDENT_YEARS),
            (ui.consentYears, settings.RETENTION_CONSENT_YEARS),
            (ui.staffYears, settings.RETENTION_STAFF_YEARS),
            (ui.breachYears, settings.RETENTION_BREACH_YEARS),
        ]

    def _number(self, spin: QSpinBox, key: str, suffix: str) -> None:
        spec = settings.setting(key)
        spin.setRange(spec.minimum or 0, spec.maximum or 0)
        spin.setSuffix(suffix)

    # -- the values -----------------------------------------------------------------------------

    def load(self) -> None:
        ui = self.ui
        values = settings.current_values(self.store)
        ui.foundationName.setText(str(values[settings.FOUNDATION_NAME]))
        try:
            validity = Validity.from_json(values[settings.DEFAULT_VALIDITY])
        except ValueError:
            validity = Validity()
        consent_form_words.show_validity(ui.defaultValidity, ui.defaultYears, validity)
        texts = settings.current_texts(self.store)
        ui.cutoff.setText(texts[settings.SCHOOL_YEAR_CUTOFF])
        index = ui.sixteenPlus.findData(values[settings.SIXTEEN_PLUS_POLICY])
        ui.sixteenPlus.setCurrentIndex(max(index, 0))
        ui.deadline.setValue(int(values[settings.SIGNING_DEADLINE_DAYS]))
        ui.accessLogDays.setValue(int(values[settings.ACCESS_LOG_RETENTION_DAYS]))
        for spin, key in self._retention_fields():
            spin.setValue(int(values[key]))
        ui.backupFolder.setText(str(values[settings.BACKUP_FOLDER] or ""))
        ui.backupsKept.setValue(int(values[settings.BACKUPS_KEPT]))
        ui.backupInterval.setValue(int(values[settings.BACKUP_INTERVAL_HOURS]))
        ui.lockAfter.setValue(int(values[settings.LOCK_AFTER_MINUTES]))
        ui.language.setCurrentIndex(ui.language.findData(language_setting(self.context.settings)))

    def typed(self) -> dict[str, str]:
        """Every setting as typed in the window (the command line's form)."""
        ui = self.ui
        validity = consent_form_words.chosen_validity(ui.defaultValidity, ui.defaultYears)
        return {
            settings.FOUNDATION_NAME: ui.foundationName.text(),
            settings.DEFAULT_VALIDITY: settings.validity_text(validity),
            settings.SCHOOL_YEAR_CUTOFF: ui.cutoff.text(),
            settings.SIXTEEN_PLUS_POLICY: str(ui.sixteenPlus.currentData()),
            settings.SIGNING_DEADLINE_DAYS: str(ui.deadline.value()),
            settings.ACCESS_LOG_RETENTION_DAYS: str(ui.accessLogDays.value()),
            **{key: str(spin.value()) for spin, key in self._retention_fields()},
            settings.BACKUP_FOLDER: ui.backupFolder.text(),
            settings.BACKUPS_KEPT: str(ui.backupsKept.value()),
            settings.BACKUP_INTERVAL_HOURS: str(ui.backupInterval.value()),
            settings.LOCK_AFTER_MINUTES: str(ui.lockAfter.value()),
        }

    def choose_folder(self) -> None:
        start = self.ui.backupFolder.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"), start)
        if folder:
            self.ui.backupFolder.setText(str(Path(folder)))

    # -- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        self.clear_problems()
        try:
            changed = settings.save_texts(self.store, self.typed())
        except SettingsError as error:
            self.show_setting_problems(error.problems)
            return
        except KorreError as error:
            self.context.errors.show(error)
            return
        language = str(self.ui.language.currentData())
        if language != language_setting(self.context.settings):
            set_language_setting(self.context.settings, language)
            self.language_changed.emit(language)
        if changed:
            self.changed.emit(changed)
        QDialog.accept(self)  # not RecordDialog's: that saves a record

    def show_setting_problems(self, problems: list[SettingError]) -> None:
        """Each problem in Dutch under its field; the focus to the first."""
        self.clear_problems()
        for problem in problems:
            widget, label = self._fields.get(problem.key, (None, self._general))
            label.show()  # then the text: a hidden label's size would stay stale
            label.setText(problem_text(problem))
        for key, (widget, _label) in self._fields.items():
            if any(p.key == key for p in problems):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self._fit()
        # The groups' form layouts measure wrapped messages only once they are laid out
        # with them: measure again when that has happened.
        QTimer.singleShot(0, self._fit)
