"""Opening a stored document (evidence, a letter, an e-mail) in the viewer that fits it:
PDFs and images in the document viewer, e-mails in the message viewer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.document_words import cannot_show_text
from korre_desktop.services import documents
from korre_desktop.services.evidence.sniff import SUPPORTED_MIME_TYPES, sniff_mime
from korre_desktop.services.mail import MESSAGE_MIME_TYPES, sniff_message

translate = QCoreApplication.translate


def viewer_kind(data: bytes, mime: str) -> str | None:
    """ "message", "document" or None. The stored type decides; a type the app does not
    know (stored by an older version, or "application/octet-stream") is told by content."""
    if mime in MESSAGE_MIME_TYPES:
        return "message"
    if mime in SUPPORTED_MIME_TYPES:
        return "document"
    if sniff_mime(data) is not None:
        return "document"
    if sniff_message(data) is not None:
        return "message"
    return None


def show_stored_document(
    context: AppContext,
    parent: QWidget | None,
    data: bytes,
    mime: str,
    filename: str,
    title: str | None = None,
) -> QDialog:
    """Open the viewer for ``data`` (window-modal over ``parent``, deleted when closed) and
    return it; for a kind of file no viewer shows, a message box saying so."""
    kind = viewer_kind(data, mime)
    if kind == "message":
        from korre_desktop.gui.dialogs.message_viewer import MessageViewer

        viewer: QDialog = MessageViewer(context, data, filename, parent)
    elif kind == "document":
        # Imported here: the image libraries load when the first document is shown.
        from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
        from korre_desktop.services.evidence import SourceFile

        mime = mime if mime in SUPPORTED_MIME_TYPES else (sniff_mime(data) or mime)
        shown_title = title or filename or translate("StoredDocument", "Document")
        viewer = DocumentViewer(context, SourceFile(data, mime, filename), shown_title, parent)
    else:
        viewer = QMessageBox(
            QMessageBox.Icon.Information,
            title or translate("StoredDocument", "Document"),
            cannot_show_text(),
            QMessageBox.StandardButton.Close,
            parent,
        )
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer


def open_stored_document(
    parent: QWidget, context: AppContext, sha256: str, name: str
) -> QDialog | None:
    """Show the stored document ``sha256`` (window-modal, without blocking); ``name`` is
    its file name or what it is ("Bewijs", "Protocol 2026"), shown as the title. Returns
    the window opened, or None when the database has no such document."""
    stored = documents.stored_document(context.store, sha256)
    if stored is None:
        return None
    return show_stored_document(context, parent, stored.data, stored.mime_type, name, title=name)
