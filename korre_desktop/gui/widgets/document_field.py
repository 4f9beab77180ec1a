"""Attaching a document kept as it is (``services.documents``): a signed letter as PDF, a
photo or scan of it, or an e-mail (``.eml``; an Outlook ``.msg`` where the caller allows
it). By a file button or by dropping the file on the field; read off the UI thread.

Unlike the evidence panel (one page of a signed form, cropped and rotated by hand), a
document is kept whole: every page of a PDF, the raw bytes of an e-mail.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from korre_desktop.gui.document_words import document_error_text
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.file_dialogs import EVIDENCE, open_file
from korre_desktop.gui.jobs import Job, JobRunner
from korre_desktop.gui.widgets.evidence_panel import FILE_FILTER, evidence_error_text
from korre_desktop.services.documents import Document, DocumentError, read_document
from korre_desktop.services.documents_sniff import EMAIL, OUTLOOK
from korre_desktop.services.evidence import EvidenceError, PreparedEvidence, page_count
from korre_desktop.services.evidence.sniff import PDF
from korre_desktop.services.mail import MessageError
from korre_desktop.services.progress import Progress

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020"


def read_error_text(error: BaseException) -> str:
    if isinstance(error, DocumentError | MessageError):
        return document_error_text(error)
    if isinstance(error, EvidenceError):
        return evidence_error_text(error)
    return user_message(error)


def describe(document: Document) -> str:
    """What was attached: "brief.pdf · PDF, 2 pages", "mail.eml · e-mail"."""
    if isinstance(document, PreparedEvidence):
        name = document.source.name
        kind = translate("DocumentField", "photo or scan")
        if document.operation.get("straightened"):
            kind += ", " + translate("DocumentField", "straightened")
    else:
        name = document.name
        if document.mime_type == PDF:
            kind = translate("DocumentField", "PDF, %1 pages").replace(
                "%1", str(page_count(document))
            )
        elif document.mime_type in (EMAIL, OUTLOOK):
            kind = translate("DocumentField", "e-mail")
        else:
            kind = document.mime_type
    return f"{name} · {kind}"


class DocumentField(QWidget):
    """``document()`` is the document attached (or None); ``document_changed`` follows
    every change. ``outlook``: accept an Outlook ``.msg`` too."""

    document_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, outlook: bool = False) -> None:
        super().__init__(parent)
        self.outlook = outlook
        self._jobs: JobRunner | None = None
        self._settings: QSettings | None = None
        self._document: Document | None = None
        self._job: Job | None = None
        self.shown = QLabel()
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setWordWrap(True)
        self.shown.setStyleSheet("QLabel { border: 1px dashed #999; padding: 4px; }")
        self.choose = QPushButton(self.tr("Choose &file…"))
        self.remove = QPushButton(self.tr("Re&move"))
        self.error = QLabel()
        self.error.setObjectName("documentError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.shown, 1)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.choose.clicked.connect(self.choose_file)
        self.remove.clicked.connect(self.clear)
        self.setFocusProxy(self.choose)  # a label's Alt-letter goes to the file button
        self.setAcceptDrops(True)
        self._show()

    def set_jobs(self, jobs: JobRunner) -> None:
        self._jobs = jobs

    def set_settings(self, settings: QSettings) -> None:
        """Where the folder of the last file chosen is remembered."""
        self._settings = settings

    # -- state --------------------------------------------------------------------------------

    def document(self) -> Document | None:
        return self._document

    def is_busy(self) -> bool:
        return self._job is not None

    def problem(self) -> str:
        """The message shown about the last file tried ("" when none)."""
        return self.error.text() if not self.error.isHidden() else ""

    def clear(self) -> None:
        self._document = None
        self._show_error(None)
        self._show()
        self.document_changed.emit()

    def _show(self) -> None:
        if self._job is not None:
            self.shown.setText(self.tr("Reading the file…"))
        elif self._document is None:
            self.shown.setText(self.tr("None: choose a file or drop it here"))
        else:
            self.shown.setText(describe(self._document))
        self.remove.setEnabled(self._document is not None and self._job is None)

    def _show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    # -- loading --------------------------------------------------------------------------------

    def choose_file(self) -> None:
        kinds = f"{FILE_FILTER} *.eml" + (" *.msg" if self.outlook else "")
        chosen = open_file(
            self,
            self._settings,
            EVIDENCE,
            self.tr("Choose the letter or e-mail"),
            self.tr("Letters and e-mails") + f" ({kinds})",
        )
        if chosen is not None:
            self.load_file(chosen)

    def load_file(self, path: Path) -> Job:
        """Read ``path`` (in the background when a job runner was given); a file that
        cannot be kept leaves what was attached and says why."""
        if self._job is not None:
            self._job.cancel()
        outlook = self.outlook

        def work(_progress: Progress) -> Document:
            return read_document(path, outlook=outlook)

        job = Job(work)
        job.succeeded.connect(lambda document: self._read(job, document))
        job.failed.connect(lambda error: self._failed(job, error))
        job.ended.connect(lambda: self._ended(job))
        self._job = job
        self._show_error(None)
        self._show()
        if self._jobs is None:
            job.run()  # no runner given (a bare widget): do it here
        else:
            self._jobs.start(job)
        return job

    def _read(self, job: Job, document: Document) -> None:
        if job is self._job:  # else a later file was chosen meanwhile
            self._document = document
            self._show_error(None)
            self.document_changed.emit()

    def _failed(self, job: Job, error: BaseException) -> None:
        if job is self._job:  # what was attached stays
            self._show_error(read_error_text(error))

    def _ended(self, job: Job) -> None:
        if self._job is job:
            self._job = None
            self._show()

    # -- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            self.load_file(Path(local[0]))
            event.acceptProposedAction()
