"""Opening a document stored in the database (evidence, a protocol PDF, a signed letter,
an e-mail): the one way every window does it.

PDFs and images open in the app's document viewer; an e-mail gets its own viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from korre_desktop.gui.context import AppContext
from korre_desktop.services.documents_sniff import EMAIL, OUTLOOK

translate = QCoreApplication.translate
MESSAGE_TYPES = frozenset({EMAIL, OUTLOOK})


def open_stored_document(
    parent: QWidget, context: AppContext, sha256: str, name: str
) -> QDialog | None:
    """Show the stored document ``sha256`` (window-modal, without blocking); ``name`` is
    its file name or what it is ("Bewijs", "Protocol 2026"), shown as the title. Returns
    the window opened, or None when the database has no such document."""
    store = context.store
    data, mime = store.blob(sha256), store.blob_mime(sha256)
    if data is None or mime is None:
        return None
    if mime in MESSAGE_TYPES:
        return _message_not_shown_yet(parent, name)
    # Imported here: the image libraries load when the first document is shown.
    from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
    from korre_desktop.services.evidence import SourceFile

    viewer = DocumentViewer(context, SourceFile(data, mime, name), name, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer


def _message_not_shown_yet(parent: QWidget, name: str) -> QMessageBox:
    # LEAD: wire message viewer (the e-mail viewer another helper builds replaces this box)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        name,
        translate(
            "StoredDocument",
            "%1 is an e-mail. It is kept in the database, but it cannot be shown here yet.",
        ).replace("%1", name),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
