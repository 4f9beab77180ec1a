"""Gescande formulieren controleren: the pages the reader was not sure of, one by one.

Left the queue, in the middle the page with its tick boxes outlined, right what the page
is about, why it needs a person, the doubtful boxes enlarged, and the answers as read in
the keyboard grid. The person corrects what is wrong and saves, skips, or rejects the
page; a page without a readable QR code is linked to its form by typing the printed code.

Keys: Ctrl+Enter save · Ctrl+Right / Page Down skip · Ctrl+Left / Page Up previous ·
Ctrl+Delete reject · Ctrl++ / Ctrl+- / Ctrl+0 zoom · F5 reload the queue · Esc close.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.domain.consent_form import channel_labels
from korre_desktop.domain.consent_items import is_item_code
from korre_desktop.errors import KorreError
from korre_desktop.gui import status_text
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog, entry_error_text, signer_text
from korre_desktop.gui.forms.ui_scan_review_dialog import Ui_ScanReviewDialog
from korre_desktop.gui.scan_words import reason_text
from korre_desktop.gui.widgets.answer_grid import ANSWER_ROLE, CODE_ROLE
from korre_desktop.gui.widgets.scan_page_view import (
    DOUBT,
    EMPTY,
    OUTLINE_COLOURS,
    SIGNATURE_COLOUR,
    TICKED,
    BoxMark,
    box_crop,
    region_crop,
)
from korre_desktop.services import documents
from korre_desktop.services.entry import EntryError, PersonChoice, SignerChoice
from korre_desktop.services.person_detail import person_detail
from korre_desktop.services.scanning import review
from korre_desktop.services.scanning.review import ReviewPage
from korre_desktop.services.scanning.review_rules import (
    UNSIGNED_REASONS,
    crop_scale,
    ink_of,
    main_reason,
    read_day,
    signature_region,
)

CROP_COLUMNS = 2
SIGNATURE_WIDTH = 560
DOUBT_CELL = QColor("#ffe0b2")


def box_state(page: ReviewPage, code: str, side: str) -> str:
    if code in page.doubtful_items:
        return DOUBT
    answer = page.answers.get(code)
    if answer is None:
        return EMPTY
    return TICKED if answer == (side == "yes") else EMPTY


def percent(value: float) -> str:
    return f"{value * 100:.0f} %"


class ScanReviewDialog(EntryDialog):
    """``ScanReviewDialog(context, parent)``; ``saved(id)`` after each saved page."""

    saved = Signal(int)  # the id of the scanned page just saved (scan_pages.id)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ScanReviewDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._ids: list[int] = []
        self._index = -1
        self._page: ReviewPage | None = None
        self._image = QImage()
        self._px_per_mm = 0.0
        self._blank_confirmed = False
        self._unsigned_confirmed = False
        self.ui.signedDate.set_today(context.today)
        self._connect()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setStretchFactor(2, 0)
        self.ui.splitter.setSizes([230, 480, 690])
        self.ui.legend.setText(self._legend())
        self.ui.queue.setStyleSheet(
            "QListWidget::item { padding: 3px 2px; border-bottom: 1px solid #d0d0d0 }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text) }"
        )
        self.reload_queue()

    # -- set-up -------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.queue.currentRowChanged.connect(self._queue_row_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.skipButton.clicked.connect(self.skip)
        ui.previousButton.clicked.connect(self.previous)
        ui.rejectButton.clicked.connect(self.reject_page)
        ui.closeButton.clicked.connect(self.reject)
        ui.linkButton.clicked.connect(self.assign_code)
        ui.codeEdit.returnPressed.connect(self.assign_code)
        ui.zoomIn.clicked.connect(ui.pageView.zoom_in)
        ui.zoomOut.clicked.connect(ui.pageView.zoom_out)
        ui.fitWidth.clicked.connect(ui.pageView.fit_width)
        ui.pageView.zoom_changed.connect(lambda z: ui.zoomLabel.setText(f"{round(z * 100)} %"))
        ui.pageView.item_clicked.connect(self._box_clicked)
        ui.grid.currentCellChanged.connect(self._grid_cell_changed)
        ui.grid.changed.connect(self._answers_changed)
        ui.signer.currentIndexChanged.connect(lambda _i: self._clear_error())
        keys = (
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+Right", self.skip),
            ("PgDown", self.skip),
            ("Ctrl+Left", self.previous),
            ("PgUp", self.previous),
            ("Ctrl+Delete", self.reject_page),
            ("Ctrl++", ui.pageView.zoom_in),
            ("Ctrl+=", ui.pageView.zoom_in),
            ("Ctrl+-", ui.pageView.zoom_out),
            ("Ctrl+0", ui.pageView.fit_width),
            ("F5", self.reload_queue),
        )
        self._shortcuts = [QShortcut(QKeySequence(key), self, slot) for key, slot in keys]

    def _legend(self) -> str:
        def swatch(colour: QColor, word: str) -> str:
            return f'<span style="color:{colour.name()}">■</span>&nbsp;{html.escape(word)}'

        return " &nbsp; ".join(
            (
                swatch(OUTLINE_COLOURS[TICKED], self.tr("ticked")),
                swatch(OUTLINE_COLOURS[EMPTY], self.tr("empty")),
                swatch(OUTLINE_COLOURS[DOUBT], self.tr("in doubt")),
                swatch(SIGNATURE_COLOUR, self.tr("signature")),
            )
        )

    # -- the queue ----------------------------------------------------------------------------

    def reload_queue(self) -> None:
        """Read the queue again (F5); stays on the same page when it is still waiting."""
        current = self.current_page_id()
        self._ids = review.pages_to_review(self.context.store)
        ui = self.ui
        ui.queue.blockSignals(True)
        ui.queue.clear()
        for page_id in self._ids:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            ui.queue.addItem(item)
            self._describe_in_queue(item, page_id)
        ui.queue.blockSignals(False)
        if not self._ids:
            self._show_empty()
            return
        index = self._ids.index(current) if current in self._ids else 0
        self.show_page(index)

    def _describe_in_queue(
        self, item: QListWidgetItem, page_id: int, page: ReviewPage | None = None
    ) -> None:
        try:
            page = page or review.review_page(self.context.store, page_id)
        except EntryError:
            item.setText(self.tr("(page no longer on record)"))
            return
        if page.form_code is None:
            who = self.tr("unknown form")
        elif page.person is None:
            who = self.tr("person not found")
        else:
            who = page.person.name
        reason = main_reason(page.reasons)
        lines = [
            self.tr("%1, page %2").replace("%1", page.source).replace("%2", str(page.index + 1)),
            who,
        ]
        if reason:
            lines.append(reason_text(reason))
        item.setText("\n".join(lines))
        item.setToolTip("\n".join(reason_text(code) for code in page.reasons))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))

    def current_page_id(self) -> int | None:
        return self._ids[self._index] if 0 <= self._index < len(self._ids) else None

    def current_page(self) -> ReviewPage | None:
        return self._page

    def queue_ids(self) -> list[int]:
        return list(self._ids)

    def _queue_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._ids) and row != self._index:
            self.show_page(row)

    def skip(self) -> None:
        """The next page without deciding this one (after the last: the first again)."""
        if len(self._ids) > 1:
            self.show_page((self._index + 1) % len(self._ids))

    def previous(self) -> None:
        if len(self._ids) > 1:
            self.show_page((self._index - 1) % len(self._ids))

    def _drop_current(self, keep_message: bool = True) -> None:
        """The current page was decided: take it out of the queue and show the next."""
        if not 0 <= self._index < len(self._ids):
            return
        del self._ids[self._index]
        self.ui.queue.blockSignals(True)
        self.ui.queue.takeItem(self._index)
        self.ui.queue.blockSignals(False)
        if not self._ids:
            self._show_empty(keep_message)
            return
        self.show_page(min(self._index, len(self._ids) - 1), keep_message=keep_message)

    def _show_empty(self, keep_message: bool = False) -> None:
        ui = self.ui
        self._index = -1
        self._page = None
        self._image = QImage()
        text = self.tr("There are no forms to check.")
        ui.counter.setText("")
        ui.personTitle.setText(text)
        for label in (ui.formText, ui.classText, ui.scanText, ui.signerText, ui.reasons):
            label.clear()
        ui.signer.clear()
        ui.grid.set_form(None)
        self._clear_crops()
        ui.signature.clear()
        ui.pageView.clear_page(text)
        self._show_parts(False)
        for widget in (
            ui.queuePane,
            ui.pagePane,
            ui.detailPane,
            ui.saveButton,
            ui.skipButton,
            ui.previousButton,
            ui.rejectButton,
        ):
            widget.setEnabled(False)
        previous = ui.message.text() if keep_message else ""
        self.show_message(ui.message, (previous + "\n" if previous else "") + text)
        ui.closeButton.setFocus()

    # -- one page -----------------------------------------------------------------------------

    def _show_parts(self, shown: bool) -> None:
        """Everything about a page: hidden while the queue is empty."""
        ui = self.ui
        for row in range(ui.facts.rowCount()):
            ui.facts.setRowVisible(row, shown)
        for row in range(ui.bottomForm.rowCount()):
            ui.bottomForm.setRowVisible(row, shown)
        for widget in (
            ui.reasonsHeading,
            ui.reasons,
            ui.cropsHeading,
            ui.crops,
            ui.signatureHeading,
            ui.signature,
            ui.answersLabel,
            ui.grid,
            ui.keysHint,
            ui.legend,
        ):
            widget.setVisible(shown)

    def show_page(self, index: int, keep_message: bool = False) -> None:
        """Show the page at ``index`` in the queue with everything known about it."""
        ui = self.ui
        page_id = self._ids[index]
        try:
            page = review.review_page(self.context.store, page_id)
        except EntryError:
            self._index = index
            self._drop_current(keep_message)
            return
        self._index = index
        self._page = page
        self._blank_confirmed = False
        self._unsigned_confirmed = False
        for widget in (ui.queuePane, ui.pagePane, ui.detailPane, ui.saveButton, ui.rejectButton):
            widget.setEnabled(True)
        ui.skipButton.setEnabled(len(self._ids) > 1)
        ui.previousButton.setEnabled(len(self._ids) > 1)
        ui.queue.blockSignals(True)
        ui.queue.setCurrentRow(index)
        ui.queue.blockSignals(False)
        ui.counter.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self._ids)))
        )
        if not keep_message:
            ui.message.clear()
        self._show_parts(True)
        self._load_image(page)
        self._show_facts(page)
        self._show_reasons(page)
        self._show_answers(page)
        self._show_crops(page)
        self._show_signature(page)
        ui.signedDate.set_date(read_day(page.read_at, self.today))
        ui.note.clear()
        ui.detailScroll.verticalScrollBar().setValue(0)
        self._focus_first(page)

    def _focus_first(self, page: ReviewPage) -> None:
        ui = self.ui
        if page.form_code is None:
            ui.codeEdit.setFocus()
        elif page.kind == "consent" and page.form is not None:
            ui.grid.setFocus()
        else:
            ui.signedDate.setFocus()
            ui.signedDate.selectAll()

    def _stored(self, sha256: str | None) -> documents.StoredDocument | None:
        return documents.stored_document(self.context.store, sha256) if sha256 else None

    def _load_image(self, page: ReviewPage) -> None:
        view = self.ui.pageView
        self._image = QImage()
        self._px_per_mm = 0.0
        stored = self._stored(page.image_sha256)
        if stored is not None and stored.data:
            self._image = QImage.fromData(QByteArray(stored.data))
        if self._image.isNull():
            view.clear_page(self.tr("No image of this page was kept."))
            self.ui.legend.setVisible(False)
            return
        template = page.template
        marks: list[BoxMark] = []
        signature = None
        if template is not None and template.page_w > 0:
            scale = self._image.width() / template.page_w
            self._px_per_mm = scale
            for code, boxes in template.items.items():
                for side in ("yes", "no"):
                    if side in boxes:
                        state = box_state(page, code, side)
                        marks.append(BoxMark(code, side, self._px_rect(boxes[side]), state))
            if template.signature is not None:
                signature = self._px_rect(template.signature)
        view.set_page(self._image, marks, signature, self._px_per_mm)
        self.ui.legend.setVisible(bool(marks))

    def _px_rect(self, rect: Any) -> QRectF:
        s = self._px_per_mm
        return QRectF(rect.x * s, rect.y * s, rect.w * s, rect.h * s)

    def _show_facts(self, page: ReviewPage) -> None:
        ui = self.ui
        has_form = page.form_code is not None
        ui.facts.setRowVisible(1, not has_form)
        ui.codeEdit.clear()
        if not has_form:
            ui.personTitle.setText(self.tr("Unknown form"))
            ui.formText.setText(
                self.tr(
                    "No form was found for this page. Type the code printed under the QR code "
                    "(for example KF-7Q3M-4X2B) and press Enter."
                )
            )
        else:
            kind = self.tr("consent form") if page.kind == "consent" else self.tr("protocol sheet")
            text = f"{page.display_code} · {kind}"
            if page.form is not None:
                text += f" ({page.form.label})"
            ui.formText.setText(text)
            ui.personTitle.setText(
                page.person.name if page.person else self.tr("Person not found in the database")
            )
        person = page.person
        ui.facts.setRowVisible(2, person is not None)
        if person is not None:
            ui.classLabel.setText(
                self.tr("Class:") if person.kind == "student" else self.tr("School:")
            )
            ui.classText.setText(self._where(person))
        self._show_signer(page)
        read = page.read_at.replace("T", " ")[:16]
        ui.scanText.setText(
            self.tr("%1, page %2 · read %3")
            .replace("%1", page.source)
            .replace("%2", str(page.index + 1))
            .replace("%3", read)
        )

    def _where(self, person: PersonChoice) -> str:
        """'Groep 6, OBS De Linde' for a student; the schools for an employee."""
        parts = []
        if person.kind == "student":
            detail = person_detail(self.context.store, "student", person.id)
            current = [
                row
                for row in (detail.enrolments if detail else [])
                if not row["end_date"] or row["end_date"] >= self.today.isoformat()
            ]
            if current:
                parts.append(current[-1]["class_name"])
            parts.append(person.school)
            parts.append(self.tr("student number %1").replace("%1", person.number))
        else:
            parts.append(person.school)
            parts.append(self.tr("staff number %1").replace("%1", person.number))
        return ", ".join(part for part in parts if part)

    def _show_signer(self, page: ReviewPage) -> None:
        ui = self.ui
        ui.signer.blockSignals(True)
        ui.signer.clear()
        choose = review.needs_signer_choice(page)
        ui.facts.setRowVisible(3, page.person is not None)
        ui.signer.setVisible(choose)
        if choose:
            for signer in page.signers:
                ui.signer.addItem(signer_text(signer), signer)
            ui.signer.setCurrentIndex(-1)
            ui.signer.setPlaceholderText(self.tr("Choose who signed…"))
            ui.signerText.setText(
                self.tr("printed on the form: %1").replace("%1", page.signer.name)
                if page.signer is not None
                else ""
            )
        elif page.kind == "protocol" and page.person is not None:
            ui.signerText.setText(
                f"{page.person.name} ({status_text.kind_label(page.person.kind)})"
            )
        elif page.signer is not None:
            ui.signerText.setText(signer_text(page.signer))
        else:
            ui.signerText.setText("")
        ui.signerText.setVisible(bool(ui.signerText.text()))
        ui.signer.blockSignals(False)

    def _show_reasons(self, page: ReviewPage) -> None:
        items = "".join(f"<li>{html.escape(reason_text(code))}</li>" for code in page.reasons)
        if page.duplicate_of is not None and page.form_code is not None:
            items += "<li>{}</li>".format(
                html.escape(self.tr("another scan of this form came in earlier"))
            )
        self.ui.reasons.setText(
            f'<ul style="margin-left: 0; -qt-list-indent: 1">{items}</ul>' if items else ""
        )

    def _show_answers(self, page: ReviewPage) -> None:
        ui = self.ui
        consent = page.kind == "consent" or page.form_code is None
        for widget in (ui.answersLabel, ui.grid, ui.keysHint):
            widget.setVisible(consent)
        ui.grid.blockSignals(True)
        ui.grid.set_form(page.form)  # the printed version's channels and media
        for code, answer in page.answers.items():
            ui.grid.set_answer(code, answer)
        ui.grid.blockSignals(False)
        ui.grid.setEnabled(page.form is not None)
        self._mark_doubtful_cells()
        first = next(iter(page.doubtful_items), None)
        if first is not None:
            self.select_item(first, focus=False)
        else:
            self._grid_cell_changed(ui.grid.currentRow(), ui.grid.currentColumn())

    def _mark_doubtful_cells(self) -> None:
        page, grid = self._page, self.ui.grid
        if page is None:
            return
        tip = self.tr("Read with doubt: look at this box on the page")
        for row in range(grid.rowCount()):
            for column in range(grid.columnCount()):
                item = grid.item(row, column)
                if item.data(CODE_ROLE) not in page.doubtful_items:
                    continue
                if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                    continue
                item.setToolTip(tip)
                if item.data(ANSWER_ROLE) is None:
                    item.setText("?")
                    item.setBackground(QBrush(DOUBT_CELL))

    def _clear_crops(self) -> None:
        layout = self.ui.cropsLayout
        while layout.count():
            child = layout.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()

    def _show_crops(self, page: ReviewPage) -> None:
        ui = self.ui
        self._clear_crops()
        doubtful = [code for code in page.doubtful_items if is_item_code(code)]
        ui.cropsHeading.setVisible(bool(doubtful))
        ui.crops.setVisible(bool(doubtful))
        if not doubtful:
            return
        template = page.template
        if template is None or self._image.isNull() or self._px_per_mm <= 0:
            note = QLabel(
                self.tr("The positions of the boxes are not known for this scan: look at the page.")
            )
            note.setWordWrap(True)
            ui.cropsLayout.addWidget(note, 0, 0)
            return
        scale, margin = crop_scale(self._px_per_mm)
        placed = 0
        for code in doubtful:
            boxes = template.items.get(code)
            if not boxes:
                continue
            parts = [
                (self.tr("yes") if side == "yes" else self.tr("no"), self._px_rect(rect), DOUBT)
                for side, rect in boxes.items()
                if side in ("yes", "no")
            ]
            image = box_crop(self._image, parts, margin, scale, self.font())
            if image.isNull():
                continue
            ui.cropsLayout.addWidget(
                self._crop_widget(code, image, page), placed // CROP_COLUMNS, placed % CROP_COLUMNS
            )
            placed += 1

    def _crop_widget(self, code: str, image: QImage, page: ReviewPage) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        picture = QLabel()
        picture.setPixmap(QPixmap.fromImage(image))
        picture.setStyleSheet("border: 1px solid #bbb")
        picture.setFixedSize(image.width() + 2, image.height() + 2)
        name = status_text.item_label(code, channel_labels([page.form] if page.form else []))
        picture.setAccessibleName(name)
        caption = QLabel()
        caption.setWordWrap(True)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        lines = [name]
        yes, no = ink_of(page.scores, code, "yes"), ink_of(page.scores, code, "no")
        if yes is not None or no is not None:
            lines.append(
                self.tr("ink: yes %1 · no %2")
                .replace("%1", percent(yes) if yes is not None else "–")
                .replace("%2", percent(no) if no is not None else "–")
            )
        caption.setText("\n".join(lines))
        caption.setMaximumWidth(max(image.width() + 2, 180))
        layout.addWidget(picture)
        layout.addWidget(caption)
        return widget

    def _show_signature(self, page: ReviewPage) -> None:
        ui = self.ui
        image = QImage()
        template = page.template
        if template is not None and template.signature is not None and self._px_per_mm > 0:
            region = self._px_rect(signature_region(template.signature))
            image = region_crop(self._image, region, SIGNATURE_WIDTH)
        if image.isNull() and page.signature_sha256:
            stored = self._stored(page.signature_sha256)
            if stored is not None and stored.data:
                image = QImage.fromData(QByteArray(stored.data))
                if not image.isNull() and image.width() > SIGNATURE_WIDTH:
                    image = image.scaledToWidth(
                        SIGNATURE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
        shown = not image.isNull()
        ui.signatureHeading.setVisible(shown)
        ui.signature.setVisible(shown)
        if shown:
            ui.signature.setPixmap(QPixmap.fromImage(image))
            ui.signature.setStyleSheet("border: 1px solid #bbb; background: white")
        else:
            ui.signature.clear()

    # -- grid and page together ---------------------------------------------------------------

    def select_item(self, code: str, focus: bool = True) -> bool:
        """Make ``code`` the grid's current cell (and frame its boxes on the page)."""
        grid = self.ui.grid
        for row in range(grid.rowCount()):
            for column in range(grid.columnCount()):
                if grid.item(row, column).data(CODE_ROLE) == code:
                    grid.setCurrentCell(row, column)
                    self.ui.pageView.set_current(code)
                    if focus and grid.isEnabled():
                        grid.setFocus()
                    return True
        return False

    def _box_clicked(self, code: str) -> None:
        self.select_item(code)

    def _grid_cell_changed(self, row: int, column: int, *_previous: int) -> None:
        item = self.ui.grid.item(row, column) if row >= 0 and column >= 0 else None
        self.ui.pageView.set_current(item.data(CODE_ROLE) if item is not None else None)

    def _answers_changed(self) -> None:
        self._blank_confirmed = False
        self._unsigned_confirmed = False
        self._mark_doubtful_cells()

    def _clear_error(self) -> None:
        self.ui.message.clear()

    # -- decisions ----------------------------------------------------------------------------

    def _error_text(self, error: EntryError, assigning: bool = False) -> str:
        texts = {
            "no_form": self.tr(
                "This page is not linked to a form yet: type the code printed under the QR code."
            ),
            "cancelled_form": self.tr(
                "This form was cancelled, so it cannot be saved. Reject the page."
            ),
            "person_missing": self.tr("The person of this form is not in the database."),
            "already_decided": self.tr(
                "This page has already been dealt with (perhaps on another computer)."
            ),
            "not_found": self.tr("This page is no longer in the database."),
            "bad_code": self.tr(
                "This is not a valid form code. Type it as printed under the QR code, for "
                "example KF-7Q3M-4X2B."
            ),
            "unknown_form": self.tr("No form with this code was printed from this database.")
            if assigning
            else self.tr("The form version of this form is not in the database."),
        }
        return texts.get(error.code) or entry_error_text(error)

    def _refused(self, error: EntryError, assigning: bool = False) -> None:
        self.show_message(self.ui.message, self._error_text(error, assigning), error=True)
        if error.code in ("already_decided", "not_found"):
            self._drop_current()

    def save(self) -> int | None:
        """Save the page with the answers in the grid (Ctrl+Enter), then show the next page.

        Returns the new consent statement's or protocol signature's id (None: not saved).
        """
        ui, page = self.ui, self._page
        if page is None:
            return None
        if page.form_code is None:
            self.show_message(
                ui.message,
                self.tr("Type the code printed under the QR code first, then press Enter."),
                error=True,
            )
            ui.codeEdit.setFocus()
            return None
        signer = None
        if review.needs_signer_choice(page):
            signer = ui.signer.currentData()
            if signer is None:
                self.show_message(
                    ui.message, self.tr("Choose who signed the form first."), error=True
                )
                ui.signer.setFocus()
                return None
        signed = self.read_date(ui.signedDate, ui.message)
        if signed is None:
            return None
        if UNSIGNED_REASONS & set(page.reasons) and not self._unsigned_confirmed:
            self._unsigned_confirmed = True
            self.show_message(
                ui.message,
                self.tr(
                    "No clear signature was found on this page. Save only if the form is "
                    "signed: press Ctrl+Enter again. Otherwise reject it (Ctrl+Delete)."
                ),
                error=True,
            )
            return None
        answers: dict[str, bool | None] = {}
        if page.kind == "consent":
            answers = ui.grid.answers()
            if self.open_items_need_a_second_look(ui.grid, ui.message, "Ctrl+Enter"):
                return None
        try:
            saved_id = self._confirm(page, answers, signed, signer, ui.note.text())
        except EntryError as error:
            self._refused(error)
            return None
        except KorreError as error:
            self.context.errors.show(error)
            return None
        if saved_id is None:
            self.show_message(
                ui.message, self.tr("Not saved: this form was already saved from another scan.")
            )
            return None
        who = page.person.name if page.person else page.display_code
        if signer is not None:
            who += f" ({signer.name})"
        self.show_message(ui.message, self.saved_text(who))
        self.saved.emit(page.id)
        self._drop_current()
        return saved_id

    def _confirm(
        self,
        page: ReviewPage,
        answers: dict[str, bool | None],
        signed: date,
        signer: SignerChoice | None,
        note: str,
    ) -> int | None:
        """Save; when the form was saved before from another scan, ask first (None: no)."""
        store = self.context.store
        try:
            return review.confirm(store, page.id, answers, signed, signer, note, today=self.today)
        except EntryError as error:
            if error.code != "already_saved" or not self._ask_second_copy():
                if error.code == "already_saved":
                    return None
                raise
        return review.confirm(
            store, page.id, answers, signed, signer, note, today=self.today, allow_second=True
        )

    def _ask_second_copy(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "This form has already been saved from another scan. Save it once more anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def assign_code(self) -> ReviewPage | None:
        """Link a page without a readable QR code to the form whose code was typed."""
        ui, page = self.ui, self._page
        if page is None:
            return None
        typed = ui.codeEdit.text().strip()
        if not typed:
            self.show_message(
                ui.message, self.tr("Type the code printed under the QR code."), error=True
            )
            ui.codeEdit.setFocus()
            return None
        try:
            linked = review.assign_code(self.context.store, page.id, typed)
        except EntryError as error:
            self._refused(error, assigning=True)
            ui.codeEdit.setFocus()
            ui.codeEdit.selectAll()
            return None
        except KorreError as error:
            self.context.errors.show(error)
            return None
        item = ui.queue.item(self._index)
        if item is not None:
            self._describe_in_queue(item, linked.id, linked)
        who = linked.person.name if linked.person else ""
        self.show_message(
            ui.message,
            self.tr("Linked to form %1: %2.").replace("%1", linked.display_code).replace("%2", who),
        )
        self.show_page(self._index, keep_message=True)
        return linked

    def reject_page(self) -> bool:
        """Save nothing from this page (Ctrl+Delete); asks for a short reason."""
        page = self._page
        if page is None:
            return False
        note, ok = QInputDialog.getText(
            self,
            self.tr("Reject page"),
            self.tr(
                "Nothing is saved from this page; the scan stays on record.\n"
                "Why is it rejected? (for example: not a form, unreadable, a copy)"
            ),
        )
        if not ok:
            return False
        try:
            review.reject(self.context.store, page.id, note)
        except EntryError as error:
            self._refused(error)
            return False
        except KorreError as error:
            self.context.errors.show(error)
            return False
        self.show_message(
            self.ui.message,
            self.tr("Rejected: %1, page %2. Nothing was saved from it.")
            .replace("%1", page.source)
            .replace("%2", str(page.index + 1)),
        )
        self._drop_current()
        return True
