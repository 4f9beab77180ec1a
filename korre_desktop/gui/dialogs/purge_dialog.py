"""Beheer → Bewaartermijnen toepassen… and a person's Gegevens verwijderen… (issue 17): what
the purge removes (the dry run), the reason for an erasure, and on "Definitief
verwijderen" the purge as a job with its progress; the dialog then shows what was done.

The job works out the plan again on its own connection (the same day, the same person):
what it removes is what the rules say at that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.change_log_dialog import table_words
from korre_desktop.gui.forms.ui_purge_dialog import Ui_PurgeDialog
from korre_desktop.gui.jobs import Job
from korre_desktop.services import retention
from korre_desktop.services.progress import Progress
from korre_desktop.services.retention import ErasureError, PurgePlan, PurgeResult
from korre_desktop.store import Store

translate = QCoreApplication.translate


def rule_words() -> dict[str, str]:
    return {
        retention.RULE_STUDENTS: translate("PurgeDialog", "Student records"),
        retention.RULE_CONSENT: translate("PurgeDialog", "Consent statements (shorter period)"),
        retention.RULE_STAFF: translate("PurgeDialog", "Staff records"),
        retention.RULE_ON_REQUEST: translate("PurgeDialog", "On request"),
    }


def count_words() -> dict[str, str]:
    return {
        **table_words(),
        "employees_anonymised": translate("PurgeDialog", "Employee kept without name"),
        "users_unlinked": translate("PurgeDialog", "User no longer linked to an employee"),
        "accounts_cleared": translate("PurgeDialog", "Account without its permission-giver"),
        "audit_log": translate("PurgeDialog", "Change log entries with copies"),
    }


def erasure_problem(error: ErasureError) -> str:
    texts = {
        "still_enrolled": translate(
            "PurgeDialog",
            "This student is still enrolled. Set the leaving date first; the data can be"
            " removed from the day after it.",
        ),
        "still_employed": translate(
            "PurgeDialog",
            "This employee is still employed. Set the end date first; the data can be"
            " removed from the day after it.",
        ),
        "reason_required": translate("PurgeDialog", "Fill in why the data are removed."),
        "reason_too_long": translate("PurgeDialog", "At most 500 characters."),
        "unknown_person": translate("PurgeDialog", "This person is no longer on record."),
        "several_people": translate("PurgeDialog", "Several people have this number."),
    }
    return texts.get(error.code, str(error))


def plan_lines(plan: PurgePlan) -> list[str]:
    """The plan in Dutch: per rule its people and the records per kind."""
    if plan.is_empty:
        return [translate("PurgeDialog", "Nothing to remove.")]
    rules, counts = rule_words(), count_words()
    kinds = {
        retention.STUDENT: translate("PurgeDialog", "Student"),
        retention.EMPLOYEE: translate("PurgeDialog", "Employee"),
    }
    lines = []
    for rule in plan.rules:
        lines.append(
            translate("PurgeDialog", "%1: %2 people, %3 records")
            .replace("%1", rules.get(rule.rule, rule.rule))
            .replace("%2", str(len(rule.people)))
            .replace("%3", str(rule.rows))
        )
        for person in rule.people:
            left = translate("PurgeDialog", "left %1").replace("%1", format_dutch_date(person.left))
            school = f" ({person.school})" if person.school else ""
            lines.append(f"  {kinds[person.kind]} {person.number}  {person.name}, {left}{school}")
        for table, count in sorted(rule.counts.items()):
            lines.append(f"      {counts.get(table, table)}: {count}")
    if plan.access_log_expired:
        lines.append(
            translate("PurgeDialog", "Access log entries past their period: %1").replace(
                "%1", str(plan.access_log_expired)
            )
        )
    for login in plan.unlinked_users:
        lines.append(
            translate(
                "PurgeDialog", "User %1 stays, no longer linked (deactivate it if unused)"
            ).replace("%1", login)
        )
    return lines


class PurgeDialog(QDialog):
    """The plan, a reason for an erasure (``person``: its kind and id), and the purge."""

    purged = Signal(object)  # the PurgeResult

    def __init__(
        self,
        context: AppContext,
        plan: PurgePlan,
        parent: QWidget | None = None,
        person: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.plan = plan
        self.person = person
        self.job: Job | None = None
        self.result: PurgeResult | None = None
        self.ui = Ui_PurgeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        erasure = person is not None
        if erasure:
            self.setWindowTitle(self.tr("Erase personal data"))
            ui.explanation.setText(
                self.tr(
                    "Everything about this person is removed for good: the record, guardians"
                    " no other student has, statements, signatures, scans and the change"
                    " log's copies. The change log keeps one line with the number of"
                    " records, the day and the reason."
                )
            )
        else:
            self.setWindowTitle(self.tr("Apply retention periods"))
            ui.explanation.setText(
                self.tr(
                    "These people left longer ago than the retention periods in the settings"
                    " allow. Everything about them is removed for good; the change log"
                    " keeps one line per rule with the number of records and the day."
                )
            )
        ui.reasonLabel.setVisible(erasure)
        ui.reason.setVisible(erasure)
        ui.reasonError.hide()
        ui.progress.hide()
        ui.planText.setPlainText("\n".join(plan_lines(plan)))
        ui.backupsNote.setText(self._backups_text())
        self.remove_button: QPushButton = ui.buttonBox.addButton(
            self.tr("Remove for &good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button.setEnabled(not plan.is_empty)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(720, 520)

    def _backups_text(self) -> str:
        if self.plan.is_empty:
            return ""
        if not self.plan.backups:
            return self.tr("A fresh backup is made afterwards.")
        if len(self.plan.backups) == 1:
            return self.tr(
                "A fresh backup is made afterwards; the older automatic backup still holds"
                " these data and is removed then."
            )
        return self.tr(
            "A fresh backup is made afterwards; the %1 older automatic backups still hold"
            " these data and are removed then."
        ).replace("%1", str(len(self.plan.backups)))

    def accept(self) -> None:
        if self.result is not None:  # done: the button closes
            QDialog.accept(self)
            return
        if self.job is not None:
            return
        reason = ""
        if self.person is not None:
            try:
                reason = retention.check_reason(self.ui.reason.text())
            except ErasureError as problem:
                self.ui.reasonError.setText(erasure_problem(problem))
                self.ui.reasonError.show()
                self.ui.reason.setFocus()
                return
        self.ui.reasonError.hide()
        self.start(reason)

    def _work(self, reason: str) -> Callable[[Progress], PurgeResult]:
        open_store = self.context.open_store
        day: date = self.plan.day
        person = self.person

        def work(progress: Progress) -> PurgeResult:
            with open_store() as store:
                found = self._plan_again(store, day, person, reason)
                return retention.apply(store, found, progress.step)

        return work

    @staticmethod
    def _plan_again(
        store: Store, day: date, person: tuple[str, int] | None, reason: str
    ) -> PurgePlan:
        if person is None:
            return retention.plan(store, day)
        kind, person_id = person
        return retention.plan_erasure(store, kind, None, reason, day, person_id=person_id)

    def start(self, reason: str) -> Job:
        ui = self.ui
        self.remove_button.setEnabled(False)
        ui.reason.setEnabled(False)
        ui.progress.setValue(0)
        ui.progress.show()
        job = Job(self._work(reason))
        job.progressed.connect(lambda done, _total, _what: ui.progress.setValue(done))
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job
        return self.context.jobs.start(job)

    def _done(self, result: PurgeResult) -> None:
        self.result = result
        self.job = None
        ui = self.ui
        ui.progress.setValue(ui.progress.maximum())
        rules = rule_words()
        lines = [
            self.tr("%1 records removed under the rule %2.")
            .replace("%1", str(rule.rows))
            .replace("%2", rules.get(rule.rule, rule.rule))
            for rule in result.plan.rules
        ]
        if result.backup is not None:
            lines.append(self.tr("Fresh backup: %1").replace("%1", str(result.backup)))
        if result.removed_backups:
            lines.append(
                self.tr("Older backups removed: %1").replace("%1", str(len(result.removed_backups)))
            )
        ui.planLabel.setText(self.tr("&Done:"))
        ui.planText.setPlainText("\n".join(lines))
        ui.backupsNote.setText("")
        self.remove_button.setText(self.tr("&Close"))
        self.remove_button.setEnabled(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.purged.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.ui.progress.hide()
        self.ui.reason.setEnabled(True)
        self.remove_button.setEnabled(True)
        if isinstance(error, ErasureError):
            self.ui.reasonError.setText(erasure_problem(error))
            self.ui.reasonError.show()
            return
        if isinstance(error, KorreError | Exception):
            self.context.errors.show(error)
