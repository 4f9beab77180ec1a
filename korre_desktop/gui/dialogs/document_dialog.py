"""A record dialog that keeps a document with its record (an authorisation's evidence, a
press report's attachment, a letter in the personnel file): the file may be dropped
anywhere on the dialog, and saving waits until it has been read, so the record is saved
with its document or not at all."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.widgets.document_field import DocumentField


class DocumentRecordDialog(RecordDialog):
    """A subclass calls ``setup_document`` with its form's document field."""

    _document_field: DocumentField | None = None

    def setup_document(self, field: DocumentField) -> None:
        self._document_field = field
        field.set_jobs(self.context.jobs)
        field.set_settings(self.context.settings)
        self.setAcceptDrops(True)

    def accept(self) -> None:
        field = self._document_field
        if field is not None and field.is_busy():
            self.show_general(self.tr("One moment: the file is still being read."))
            return
        super().accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._document_field is not None:
            self._document_field.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._document_field is not None:
            self._document_field.dropEvent(event)
