"""A tab of people: search box, filters, a table and a detail pane, loaded off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QHeaderView, QWidget

from korre_desktop.domain.people import natural_key
from korre_desktop.domain.roles import Permission, SignedIn
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.detail_html import (
    THUMBNAIL_SCHEME,
    THUMBNAIL_WIDTH,
    person_html,
    thumbnails_in,
    without_evidence,
)
from korre_desktop.gui.forms.ui_record_tab import Ui_RecordTab
from korre_desktop.gui.jobs import Job
from korre_desktop.gui.person_model import PERSON_ROLE, Column, PersonTableModel
from korre_desktop.gui.remembered import for_database
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.services import access_log, documents
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.person_detail import person_detail
from korre_desktop.services.progress import Progress
from korre_desktop.services.status import PersonStatus
from korre_desktop.store import Store

ALL = None  # the userData of a combo's "all" entry
EMPLOYEES_GROUP = "__employees__"
STUDENTS_GROUP = "__students__"
MAX_FITTED_WIDTH = 220
# A search is logged once it settles: this long after the last keystroke (not every letter).
SEARCH_SETTLES_MS = 2000


class RecordTab(QWidget):
    """Base of the four tabs. Subclasses say what to load, show and filter on."""

    counts_changed = Signal()
    person_selected = Signal(object)  # PersonStatus or None
    loading_changed = Signal(bool)
    progressed = Signal(int, int)

    settings_key = "tab"
    shows_date = False
    shows_group = True
    shows_inactive = True
    status_has_all = True  # the status combo starts with "All"
    max_fitted_width = MAX_FITTED_WIDTH  # the widest a column is made to fit its contents
    # Who reads the tab (gui/role_view.py sets it): the detail pane shows the record's
    # history and the scans only to a role that may read them. None: everything.
    signed_in: SignedIn | None = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RecordTab()
        self.ui.setupUi(self)
        self.model = PersonTableModel(self.columns(), self)
        self.ui.table.setModel(self.model)
        self.ui.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setResizeContentsPrecision(60)  # measure a sample, not 50,000 rows
        header.setSortIndicator(-1, header.sortIndicatorOrder())
        self.ui.table.verticalHeader().setDefaultSectionSize(
            self.ui.table.fontMetrics().height() + 8
        )
        self.ui.date.set_today(context.today)
        self.ui.date.set_date(context.today())
        self.ui.dateLabel.setVisible(self.shows_date)
        self.ui.date.setVisible(self.shows_date)
        self.ui.groupLabel.setVisible(self.shows_group)
        self.ui.group.setVisible(self.shows_group)
        self.ui.includeInactive.setVisible(self.shows_inactive)
        self.ui.groupLabel.setText(self.group_label())
        self.ui.statusLabel.setText(self.status_label())
        self._fill_status_combo()
        self._loaded = False
        self._job: Job | None = None
        self._pending_reload = False
        self._header_restored = False
        # The access log: a settled search, and each person whose detail is shown.
        self.search_log_timer = QTimer(self)
        self.search_log_timer.setSingleShot(True)
        self.search_log_timer.setInterval(SEARCH_SETTLES_MS)
        self.search_log_timer.timeout.connect(self.log_search)
        self._detail_logged: tuple[str, int] | None = None

        self.ui.search.textChanged.connect(self._search_changed)
        self.ui.school.currentIndexChanged.connect(self._school_changed)
        self.ui.group.currentIndexChanged.connect(self._apply_filters)
        self.ui.status.currentIndexChanged.connect(self._apply_filters)
        self.ui.includeInactive.toggled.connect(self.reload)
        self.ui.date.date_changed.connect(lambda _day: self.reload())
        self.ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.detail.anchorClicked.connect(self._link_clicked)
        self.model.modelReset.connect(self.counts_changed)
        self._show_detail(None)

    # -- what subclasses define -----------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def noun(self, count: int) -> str:
        """'N people' for the status bar, e.g. '1.234 van 5.000 leerlingen'."""
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def group_label(self) -> str:
        return self.tr("&Class:")

    def status_label(self) -> str:
        return self.tr("S&tatus:")

    def status_options(self) -> list[tuple[str, Any]]:
        return []

    def status_matches(self, person: PersonStatus, wanted: Any) -> bool:
        return True

    def group_matches(self, person: PersonStatus, wanted: Any) -> bool:
        if wanted == EMPLOYEES_GROUP:
            return person.kind == "employee"
        if wanted == STUDENTS_GROUP:
            return person.kind == "student"
        return person.class_name == wanted

    def group_options(self, rows: list[PersonStatus], school: str | None) -> list[tuple[str, Any]]:
        names = sorted(
            {
                p.class_name
                for p in rows
                if p.class_name and (school is None or p.at_school(school))
            },
            key=natural_key,
        )
        return [(name, name) for name in names]

    def empty_detail_text(self) -> str:
        """What the detail pane says while no row is selected."""
        return self.tr("Select a person to see their details and history.")

    def load(
        self, store: Store, on: date, include_inactive: bool, progress: Progress
    ) -> list[PersonStatus]:
        raise NotImplementedError

    def person_ref(self, row: Any) -> tuple[str, int] | None:
        """The person a row is about (for the access log); None: no person."""
        return (row.kind, row.id)

    def detail_html(self, person: PersonStatus) -> str:
        store = self.context.store
        detail = person_detail(store, person.kind, person.id)
        if detail is not None and not self.may(Permission.READ_CHANGE_LOG):
            detail = replace(detail, changes=[])
        html = person_html(person, detail, self.selected_date(), load_forms(store))
        return html if self.may(Permission.READ_EVIDENCE) else without_evidence(html)

    def may(self, permission: Permission) -> bool:
        return self.signed_in is None or self.signed_in.may(permission)

    # -- loading ----------------------------------------------------------------------------------

    def selected_date(self) -> date:
        """The date the rows are for: the last date typed that exists (a wrong one stays
        in the field, marked, until it is corrected)."""
        return self.ui.date.last_date() or self.context.today()

    def ensure_loaded(self) -> None:
        if not self._loaded and self._job is None:
            self.reload()

    def is_loading(self) -> bool:
        return self._job is not None

    def reload(self) -> None:
        """Load the rows again in a worker thread; a load already running is cancelled."""
        if self._job is not None:
            self._job.cancel()
            self._pending_reload = True
            return
        on = self.selected_date()
        include_inactive = self.ui.includeInactive.isChecked()
        open_store = self.context.open_store

        def work(progress: Progress) -> list[PersonStatus]:
            with open_store() as store:
                return self.load(store, on, include_inactive, progress)

        job = Job(work)
        job.succeeded.connect(self._loaded_rows)
        job.failed.connect(self.context.errors.show)
        job.progressed.connect(lambda done, total, _label: self.progressed.emit(done, total))
        job.ended.connect(self._job_ended)
        self._job = job
        self.loading_changed.emit(True)
        self.context.jobs.start(job)

    def _job_ended(self) -> None:
        self._job = None
        self.loading_changed.emit(False)
        if self._pending_reload:
            self._pending_reload = False
            self.reload()

    def _loaded_rows(self, rows: list[PersonStatus]) -> None:
        selected = self.selected_person()
        # Read again (F5, a change on another PC): the list stays where the user was.
        scrolled = self.ui.table.verticalScrollBar().value()
        self._loaded = True
        self._refill_combo(
            self.ui.school, sorted({s for p in rows for s in p.schools}, key=str.casefold)
        )
        first_rows = self.model.total_count() == 0
        self.model.set_rows(rows)
        self._refill_groups()
        self._apply_filters()
        if first_rows and not self._header_restored:
            self._fit_columns()
        if selected is not None:
            self.restore_selection(selected)
        if not first_rows:
            self.ui.table.verticalScrollBar().setValue(scrolled)

    # -- filtering --------------------------------------------------------------------------------

    def _fill_status_combo(self) -> None:
        self.ui.status.blockSignals(True)
        self.ui.status.clear()
        if self.status_has_all:
            self.ui.status.addItem(self.tr("All"), ALL)
        for label, value in self.status_options():
            self.ui.status.addItem(label, value)
        self.ui.status.blockSignals(False)

    def _refill_combo(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), ALL)
        for value in values:
            combo.addItem(value, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def _refill_groups(self) -> None:
        current = self.ui.group.currentData()
        self.ui.group.blockSignals(True)
        self.ui.group.clear()
        self.ui.group.addItem(self.tr("All"), ALL)
        for label, value in self.group_options(self.model.all_rows(), self.ui.school.currentData()):
            self.ui.group.addItem(label, value)
        self.ui.group.setCurrentIndex(max(0, self.ui.group.findData(current)))
        self.ui.group.blockSignals(False)

    def _school_changed(self) -> None:
        self._refill_groups()
        self._apply_filters()

    def _predicate(self) -> Callable[[PersonStatus], bool] | None:
        school = self.ui.school.currentData()
        group = self.ui.group.currentData() if self.shows_group else ALL
        status = self.ui.status.currentData()
        if school is ALL and group is ALL and status is ALL:
            return None

        def accepts(person: PersonStatus) -> bool:
            return (
                (school is ALL or person.at_school(school))
                and (group is ALL or self.group_matches(person, group))
                and (status is ALL or self.status_matches(person, status))
            )

        return accepts

    def _apply_filters(self) -> None:
        selected = self.selected_person()
        self.model.set_filter(self.ui.search.text(), self._predicate())
        if selected is not None:
            self.restore_selection(selected)

    def _search_changed(self, text: str) -> None:
        self.model.set_search_text(text)
        if self.model.rowCount() == 1:
            self.ui.table.selectRow(0)
        self.search_log_timer.start()  # again: logged once the typing stops

    def log_search(self) -> bool:
        """Log the search shown now (the tab and who or how many, not the typed text);
        False when there is nothing to log (no search text, no rows)."""
        shown = self.model.rowCount()
        if not self.ui.search.text().strip() or shown == 0:
            return False
        people: list[tuple[str, int]] | int = shown
        if shown <= access_log.REFS_LIMIT:
            rows = (self.model.data(self.model.index(row, 0), PERSON_ROLE) for row in range(shown))
            people = [ref for ref in map(self.person_ref, rows) if ref is not None]
        try:
            access_log.record_search(self.context.store, self.settings_key, people)
        except Exception as exc:
            self.context.errors.show(exc)
            return False
        return True

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    # -- selection and detail ---------------------------------------------------------------------

    def selected_person(self) -> PersonStatus | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], PERSON_ROLE)

    def select_person(self, kind: str, person_id: int) -> bool:
        row = self.model.row_of(kind, person_id)
        if row is None:
            self._show_detail(None)
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def restore_selection(self, row: Any) -> None:
        """Select ``row`` again after a reload or a filter change (the same person)."""
        self.select_person(row.kind, row.id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person = self.selected_person()
        self._show_detail(person)
        self.person_selected.emit(person)

    def _show_detail(self, person: PersonStatus | None) -> None:
        if person is None:
            self.ui.detail.setHtml(f"<p style='color:#555'>{self.empty_detail_text()}</p>")
            return
        try:
            html = self.detail_html(person)
            self._log_detail(person)  # before it shows: no detail without its entry
            self._add_thumbnails(html)
            self.ui.detail.setHtml(html)
        except Exception as exc:  # a broken detail must not break the table
            self.context.errors.show(exc)

    def _log_detail(self, row: Any) -> None:
        """Log a person's detail the first time it is shown, not again while it stays
        (a reload or a filter selects the same person again)."""
        ref = self.person_ref(row)
        if ref is None or ref == self._detail_logged:
            return
        access_log.record_detail(self.context.store, *ref)
        self._detail_logged = ref

    def _add_thumbnails(self, html: str) -> None:
        document = self.ui.detail.document()
        for sha256 in thumbnails_in(html):
            stored = documents.stored_document(self.context.store, sha256)
            image = QImage()
            if (
                stored is None
                or not stored.mime_type.startswith("image/")
                or not image.loadFromData(stored.data)
            ):
                continue  # no thumbnail for a PDF original: the link still opens the viewer
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"{THUMBNAIL_SCHEME}:{sha256}"),
                image.scaledToWidth(
                    THUMBNAIL_WIDTH * 2, Qt.TransformationMode.SmoothTransformation
                ),
            )

    def _fit_columns(self) -> None:
        table = self.ui.table
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), self.max_fitted_width))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "evidence":
            name = QUrlQuery(url).queryItemValue(
                "name", QUrl.ComponentFormattingOption.FullyDecoded
            )
            self.show_evidence(url.path(), name or None)

    def show_evidence(self, sha256: str, name: str | None = None) -> QDialog | None:
        """Open a stored document the detail pane links to (``name``: its file name)."""
        if not self.may(Permission.READ_EVIDENCE):
            return None
        person = self.selected_person()
        ref = None if person is None else self.person_ref(person)
        if ref is not None:  # logged before it shows, as the detail itself
            access_log.record_evidence(self.context.store, *ref, sha256)
        return open_stored_document(self, self.context, sha256, name or self.tr("Evidence"))

    # -- layout memory ----------------------------------------------------------------------------

    def _header_key(self) -> str:
        """Column widths and order belong to the data: remembered per database (another
        database starts with its columns fitted to its own contents)."""
        return for_database(self.context.store.location, f"{self.settings_key}/header")

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue(self._header_key(), self.ui.table.horizontalHeader().saveState())
        settings.setValue(f"{self.settings_key}/splitter", self.ui.splitter.saveState())

    def restore_layout(self) -> None:
        settings = self.context.settings
        header = settings.value(self._header_key())
        splitter = settings.value(f"{self.settings_key}/splitter")
        self._header_restored = header is not None and bool(
            self.ui.table.horizontalHeader().restoreState(header)
        )
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([860, 420])

    def status_text(self) -> str:
        return self.noun_counts(self.model.rowCount(), self.model.total_count())

    def noun_counts(self, shown: int, total: int) -> str:
        if shown == total:
            return self.noun(total)
        return (
            self.tr("%1 of %2").replace("%1", dutch_number(shown)).replace("%2", self.noun(total))
        )


def dutch_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
