"""Protocolversies: the foundation's protocol PDFs per audience, loaded and viewed here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.protocol import Audience
from korre_desktop.errors import KorreError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.entry_base import EntryDialog
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.file_dialogs import EVIDENCE, open_file
from korre_desktop.gui.forms.ui_protocol_versions_dialog import Ui_ProtocolVersionsDialog
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.gui.widgets.evidence_panel import evidence_error_text
from korre_desktop.services import protocol_versions
from korre_desktop.services.evidence import EvidenceError, SourceFile, page_count, read_source
from korre_desktop.services.protocol_versions import ProtocolDocument, ProtocolVersionError

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class ProtocolVersionsDialog(EntryDialog):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ProtocolVersionsDialog()
        self.ui.setupUi(self)
        self._document: SourceFile | None = None
        self.ui.audience.addItem(self.tr("Staff"), Audience.EMPLOYEES)
        self.ui.audience.addItem(self.tr("Students"), Audience.STUDENTS)
        self.ui.chooseFile.clicked.connect(self.choose_file)
        self.ui.add.clicked.connect(self.add_version)
        self.ui.view.clicked.connect(self.view_selected)
        self.ui.versions.itemActivated.connect(lambda _item: self.view_selected())
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    def audience_label(self, audience: Audience) -> str:
        return self.tr("Staff") if audience is Audience.EMPLOYEES else self.tr("Students")

    def refresh(self) -> None:
        self.ui.versions.clear()
        for version in protocol_versions.list_versions(self.context.store):
            text = (
                self.tr("%1 · version %2 · in effect from %3")
                .replace("%1", self.audience_label(version.audience))
                .replace("%2", version.label)
                .replace("%3", format_dutch_date(version.effective_date))
            )
            if version.document_sha256 is None:
                text += " · " + self.tr("no document")
            item = QListWidgetItem(text)
            item.setData(VERSION_ROLE, version)
            self.ui.versions.addItem(item)
        self.ui.view.setEnabled(self.ui.versions.count() > 0)

    def choose_file(self) -> None:
        chosen = open_file(
            self,
            self.context.settings,
            EVIDENCE,
            self.tr("Choose the protocol document"),
            "PDF (*.pdf)",
        )
        if chosen is not None:
            self.use_file(chosen)

    def use_file(self, path: Path) -> bool:
        try:
            document = read_source(path)
            page_count(document)  # a damaged or password-protected PDF is refused now
        except EvidenceError as error:
            self.show_message(self.ui.message, evidence_error_text(error), error=True)
            return False
        except KorreError as error:  # missing, locked or unreadable file
            self.show_message(self.ui.message, user_message(error), error=True)
            return False
        if document.mime_type != "application/pdf":
            self.show_message(
                self.ui.message, self.tr("The protocol document must be a PDF."), error=True
            )
            return False
        self._document = document
        self.ui.fileName.setText(path.name)
        self.ui.message.clear()
        return True

    def add_version(self) -> int | None:
        ui = self.ui
        if self._document is None:
            self.show_message(ui.message, self.tr("Choose the PDF first."), error=True)
            return None
        effective = self.read_date(ui.effectiveDate, ui.message)
        if effective is None:
            return None
        try:
            version_id = protocol_versions.add_version(
                self.context.store,
                self._document,
                ui.label.text(),
                effective,
                ui.audience.currentData(),
                ui.title.text(),
            )
        except EvidenceError as error:
            self.show_message(ui.message, evidence_error_text(error), error=True)
            return None
        except ProtocolVersionError as error:
            texts = {
                "no_label": self.tr("Give the version a label, for example 2026."),
                "not_pdf": self.tr("The protocol document must be a PDF."),
                "duplicate": self.tr("This version already exists for this group."),
            }
            self.show_message(ui.message, texts.get(error.code, str(error)), error=True)
            return None
        except KorreError as error:
            self.context.errors.show(error)
            return None
        self.show_message(ui.message, self.saved_text(ui.label.text().strip()))
        self._document = None
        ui.fileName.setText(self.tr("(none chosen)"))
        ui.label.clear()
        ui.title.clear()
        ui.effectiveDate.clear()
        self.refresh()
        self.changed.emit()
        return version_id

    def view_selected(self) -> QDialog | None:
        item = self.ui.versions.currentItem() or self.ui.versions.item(0)
        if item is None:
            return None
        version: ProtocolDocument = item.data(VERSION_ROLE)
        title = self.tr("Protocol %1").replace("%1", version.label)
        viewer = (
            None
            if version.document_sha256 is None
            else open_stored_document(self, self.context, version.document_sha256, title)
        )
        if viewer is None:
            self.show_message(self.ui.message, self.tr("This version has no document."), error=True)
        return viewer
