"""Showing a stored e-mail (.eml or Outlook .msg) read-only: who, when, the text and the
attachments, and saving the original file. The text is plain: nothing in an e-mail is
loaded, run or opened from here (no pictures, no scripts, no links)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path, PurePath

from PySide6.QtCore import QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidgetItem, QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.errors import InputError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.document_words import document_error_text, size_text
from korre_desktop.gui.file_dialogs import EVIDENCE, save_file
from korre_desktop.gui.forms.ui_message_viewer import Ui_MessageViewer
from korre_desktop.gui.window_size import RememberedSize
from korre_desktop.services.atomic_file import atomic_binary_file_write
from korre_desktop.services.mail import MessageDocument, MessageError, read_message

MESSAGE_VIEW = QSize(820, 680)  # the first time; then the size it was left at
ERROR_STYLE = "color: #b00020; font-weight: bold"
SAVED_STYLE = "color: #1b5e20"
SUFFIXES = {"eml": ".eml", "msg": ".msg"}


def shown_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """``09-03-2026 14:45`` on the clock of this computer (or ``zone``); "" when unknown."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return f"{format_dutch_date(local.date())} {local:%H:%M}"


class MessageViewer(QDialog):
    def __init__(
        self,
        context: AppContext,
        data: bytes,
        filename: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = bytes(data)
        self.filename = filename
        self.ui = Ui_MessageViewer()
        self.ui.setupUi(self)
        self.remembered_size = RememberedSize(
            self, context.settings, "message_viewer", MESSAGE_VIEW
        )
        self.finished.connect(lambda _result: self.remembered_size.remember())
        self._sized = False
        self.document: MessageDocument | None = None
        self.error: MessageError | None = None
        self.last_saved: Path | None = None
        self.ui.truncatedNote.hide()
        self.ui.problem.hide()
        self.ui.saveAs.clicked.connect(self.save_as)
        try:
            self.document = read_message(self.data, filename)
        except MessageError as error:
            self.error = error
            self._show_problem(document_error_text(error))
            self.setWindowTitle(
                self.tr("E-mail: %1").replace("%1", filename or self.tr("(no name)"))
            )
            return
        self._show(self.document)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the first time only: the user may resize it afterwards
            self._sized = True
            self.remembered_size.apply()
        super().showEvent(event)

    def _show(self, document: MessageDocument) -> None:
        ui = self.ui
        subject = document.subject or self.tr("(no subject)")
        self.setWindowTitle(self.tr("E-mail: %1").replace("%1", subject))
        _fill(ui.sender, document.sender)
        _fill(ui.recipients, "; ".join(document.recipients))
        _fill(ui.cc, "; ".join(document.cc))
        _fill(ui.sentOn, shown_time(document.sent_on) or self.tr("(unknown)"))
        _fill(ui.subject, document.subject)
        ui.body.setPlainText(document.body_text or self.tr("(This e-mail has no text.)"))
        ui.truncatedNote.setVisible(document.body_truncated)
        for attachment in document.attachments:
            name = attachment.name or self.tr("(no name)")
            item = QListWidgetItem(f"{name}   ({size_text(attachment.size)})")
            item.setToolTip(attachment.mime)
            ui.attachments.addItem(item)
        if not document.attachments:
            ui.attachments.addItem(self.tr("(none)"))
            ui.attachments.setEnabled(False)

    def _show_problem(self, text: str) -> None:
        self.ui.problem.setStyleSheet(ERROR_STYLE)
        self.ui.problem.setText(text)
        self.ui.problem.show()

    # -- saving the original -----------------------------------------------------------------

    def suggested_name(self) -> str:
        suffix = SUFFIXES[self.document.kind] if self.document is not None else ""
        name = PurePath(self.filename).name if self.filename else self.tr("e-mail")
        if suffix and PurePath(name).suffix.lower() != suffix:
            name += suffix
        return name

    def save_as(self) -> Path | None:
        kind = self.document.kind if self.document is not None else None
        filters = {
            "eml": self.tr("E-mail (*.eml)"),
            "msg": self.tr("Outlook e-mail (*.msg)"),
        }.get(kind, self.tr("All files (*)"))
        target = save_file(
            self,
            self.context.settings,
            EVIDENCE,
            self.tr("Save e-mail as"),
            self.suggested_name(),
            filters,
            suffix=SUFFIXES.get(kind, ""),
        )
        if target is None:
            return None
        return self.save_to(target)

    def save_to(self, target: Path) -> Path | None:
        """Write the original bytes, exactly as stored, to ``target``."""
        try:
            saved = atomic_binary_file_write(target, self.data)
        except InputError:
            self.ui.saved.setStyleSheet(ERROR_STYLE)
            self.ui.saved.setText(
                self.tr(
                    "Not saved: %1 cannot be written (is the folder read-only, or is the file "
                    "open in another program?)"
                ).replace("%1", str(target))
            )
            return None
        self.last_saved = saved
        self.ui.saved.setStyleSheet(SAVED_STYLE)
        self.ui.saved.setText(self.tr("Saved as %1").replace("%1", str(saved)))
        return saved


def _fill(field: QLineEdit, text: str) -> None:
    field.setText(text)
    field.setCursorPosition(0)  # the start of a long list, not its end
    field.setToolTip(text[:2000] if len(text) > 60 else "")  # a long list: read it whole
