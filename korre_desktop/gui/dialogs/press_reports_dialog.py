"""Beheer → Persmeldingen: the press reports (protocol 2.4) of one school, of the foundation
itself or of all, newest first, for management; a new report, and the attachment of the
one selected. Reports are never changed or removed, so there is nothing else to do."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from korre_desktop.gui import authorisation_words as words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.list_dialog import ListDialog
from korre_desktop.gui.dialogs.press_report_dialog import PressReportDialog
from korre_desktop.gui.forms.ui_press_reports_dialog import Ui_PressReportsDialog
from korre_desktop.gui.html_parts import by_whom, dutch_date, field_table
from korre_desktop.gui.person_model import Column
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.services import selection
from korre_desktop.services.press_reports import PressReportRow, list_press_reports

PRESS_REPORT = "press_report"
# The school filter's choices besides the schools themselves.
ALL_SCHOOLS, FOUNDATION = "all", "foundation"


@dataclass(frozen=True)
class PressReportListRow:
    """A press report as a row of ``PersonTableModel`` (in the service's order)."""

    report: PressReportRow
    position: int
    kind = PRESS_REPORT

    @property
    def id(self) -> int:
        return self.report.id

    @property
    def number(self) -> str:
        return self.report.employee_number

    @property
    def name(self) -> str:
        return self.report.employee_name

    @property
    def sort_key(self) -> int:
        return self.position


class PressReportsDialog(ListDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PressReportsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setup_list(ui.table, self.columns(), "press_reports_dialog")
        ui.school.addItem(self.tr("All schools"), ALL_SCHOOLS)
        ui.school.addItem(words.foundation_label(), FOUNDATION)
        for school in selection.schools(context.store):
            ui.school.addItem(school.name, school.id)
        ui.school.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.newReport.clicked.connect(self.open_new)
        ui.viewAttachment.clicked.connect(self.open_attachment)
        ui.table.doubleClicked.connect(lambda _index: self.open_attachment())
        self.refresh()

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Date"),
                lambda r: dutch_date(r.report.report_date),
                sort_key=lambda r: (r.report.report_date, r.report.id),
            ),
            Column(self.tr("Employee"), lambda r: r.report.employee_name),
            Column(self.tr("School"), lambda r: words.owner_label(r.report.school_name)),
            Column(self.tr("Medium"), lambda r: r.report.medium),
            Column(self.tr("Subject"), lambda r: r.report.subject, tooltip=lambda r: r.report.note),
            Column(
                self.tr("Reported to"),
                lambda r: r.report.reported_to_name,
                tooltip=lambda r: r.report.reported_to_function,
            ),
            Column(self.tr("Attachment"), lambda r: r.report.attachment_name),
        ]

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the reports of the school chosen again (few: on the UI thread)."""
        chosen = self.ui.school.currentData()
        if chosen == FOUNDATION:
            reports = list_press_reports(self.context.store, foundation=True)
        else:
            school = None if chosen == ALL_SCHOOLS else chosen
            reports = list_press_reports(self.context.store, school)
        self.show_rows(
            [PressReportListRow(report, position) for position, report in enumerate(reports)]
        )

    def selected(self) -> PressReportRow | None:
        row = self.selected_row()
        return None if row is None else row.report

    def selection_changed(self) -> None:
        report = self.selected()
        self.ui.viewAttachment.setEnabled(
            report is not None and report.attachment_sha256 is not None
        )
        self.ui.detail.setText(self._detail(report))

    def _detail(self, report: PressReportRow | None) -> str:
        if report is None:
            return escape(self.tr("Select a report to see its note."))
        return field_table(
            [
                (self.tr("Note"), escape(report.note) or "–"),
                (self.tr("Entered"), by_whom(dutch_date(report.entered_at), report.entered_by)),
            ]
        )

    # -- actions --------------------------------------------------------------------------------

    def open_new(self) -> QDialog:
        dialog = PressReportDialog(self.context, self)
        dialog.saved.connect(self._saved)
        return self.open_over(dialog)

    def open_attachment(self) -> QDialog | None:
        report = self.selected()
        if report is None or report.attachment_sha256 is None:
            return None
        name = report.attachment_name or self.tr("Attachment")
        return open_stored_document(self, self.context, report.attachment_sha256, name)

    def _saved(self, report_id: int) -> None:
        self.refresh()
        if not self.select_row(PRESS_REPORT, report_id):  # of another school than shown
            self.ui.school.setCurrentIndex(0)
            self.select_row(PRESS_REPORT, report_id)
        self.changed.emit()
