"""Attaching evidence: a scan or photo by file, drag and drop or paste; straightened,
rotated and cropped before saving, with a preview. Work happens off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QPoint,
    QRect,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRubberBand,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.domain.form_codes import display_code
from korre_desktop.errors import KorreError
from korre_desktop.gui.errors import user_message
from korre_desktop.gui.file_dialogs import EVIDENCE, open_file
from korre_desktop.gui.jobs import Job, JobRunner
from korre_desktop.services.evidence import (
    EvidenceError,
    PreparedEvidence,
    SourceFile,
    page_count,
    prepare_evidence,
    preview_png,
    read_source,
    source_from_bytes,
)
from korre_desktop.services.progress import Progress

FILE_FILTER = "*.png *.jpg *.jpeg *.tif *.tiff *.heic *.heif *.webp *.bmp *.gif *.pdf"


def evidence_error_text(error: EvidenceError) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    texts = {
        "too_big_file": translate("Evidence", "The file is too big to attach."),
        "unreadable_image": translate(
            "Evidence", "The image cannot be read: it is damaged or incomplete."
        ),
        "too_many_pixels": translate(
            "Evidence", "The image is far too large (too many pixels) to attach safely."
        ),
        "wrong_type": translate(
            "Evidence", "The file is not what its name says (for example a text file named .png)."
        ),
        "unsupported_type": translate(
            "Evidence",
            "This kind of file cannot be attached: use an image (PNG, JPEG, TIFF, HEIC) or a PDF.",
        ),
        "corrupt_pdf": translate("Evidence", "The PDF is damaged and cannot be read."),
        "encrypted_pdf": translate(
            "Evidence", "The PDF is protected with a password; save it without a password first."
        ),
        "empty_pdf": translate("Evidence", "The PDF has no pages."),
        "page_out_of_range": translate("Evidence", "That page does not exist in this file."),
    }
    return texts.get(error.reason, user_message(error))


class CropLabel(QLabel):
    """The preview; dragging a rectangle on it chooses a crop."""

    cropped = Signal(tuple)  # (left, top, right, bottom) as fractions of the image

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._origin = QPoint()
        self.cropping = False

    def _image_rect(self) -> QRect:
        pixmap = self.pixmap()
        if pixmap is None or pixmap.isNull():
            return QRect()
        size = pixmap.size()
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.cropping:
            self._origin = event.position().toPoint()
            self._band.setGeometry(QRect(self._origin, self._origin))
            self._band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.cropping and self._band.isVisible():
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not (self.cropping and self._band.isVisible()):
            return
        self._band.hide()
        area = self._band.geometry().intersected(self._image_rect())
        image = self._image_rect()
        if area.width() < 10 or area.height() < 10 or image.isEmpty():
            return
        self.cropped.emit(
            (
                (area.left() - image.left()) / image.width(),
                (area.top() - image.top()) / image.height(),
                (area.right() - image.left()) / image.width(),
                (area.bottom() - image.top()) / image.height(),
            )
        )


class EvidencePanel(QWidget):
    evidence_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: JobRunner | None = None
        self._settings: QSettings | None = None
        self._source: SourceFile | None = None
        self._prepared: PreparedEvidence | None = None
        self._turns = 0
        self._crop: tuple[float, float, float, float] | None = None
        self._job: Job | None = None
        self._notes = ""  # what the info line says about the prepared evidence
        self._build()
        self.setAcceptDrops(True)
        self._update_buttons()

    def _build(self) -> None:
        self.title = QLabel(self.tr("<b>Evidence</b> (scan or photo of the signed form)"))
        self.title.setWordWrap(True)
        self.preview = CropLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(210, 300)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel { border: 1px dashed #999; background: #fafafa; }")
        self.preview.setText(self.tr("Drop a file here,\nchoose one, or paste (Ctrl+V)"))
        self.preview.cropped.connect(self._crop_chosen)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choose = QPushButton(self.tr("Fil&e…"))
        self.paste_button = QPushButton(self.tr("Pa&ste"))
        self.rotate = QPushButton(self.tr("&Rotate"))
        self.crop = QPushButton(self.tr("&Crop"))
        self.crop.setCheckable(True)
        self.remove = QPushButton(self.tr("Re&move"))
        self.straighten = QCheckBox(self.tr("Straig&hten photo"))
        self.straighten.setChecked(True)
        self.page_label = QLabel(self.tr("Page:"))
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page_label.setBuddy(self.page)
        # Two buttons a row: the panel stays narrow enough for the dialog to fit 960 pixels.
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.choose, self.paste_button, self.rotate, self.crop, self.remove)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        options = QHBoxLayout()
        options.addWidget(self.straighten)
        options.addStretch()
        options.addWidget(self.page_label)
        options.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addLayout(options)
        layout.addWidget(self.info)
        self.choose.clicked.connect(self.choose_file)
        self.paste_button.clicked.connect(self.paste)
        self.rotate.clicked.connect(self._rotate)
        self.crop.toggled.connect(self._crop_toggled)
        self.remove.clicked.connect(self.clear)
        self.straighten.toggled.connect(lambda _on: self._prepare())
        self.page.valueChanged.connect(lambda _page: self._reset_edits_and_prepare())

    def set_jobs(self, jobs: JobRunner) -> None:
        self._jobs = jobs

    def set_settings(self, settings: QSettings) -> None:
        """Where the folder of the last evidence chosen is remembered."""
        self._settings = settings

    # -- state ------------------------------------------------------------------------------

    def prepared(self) -> PreparedEvidence | None:
        return self._prepared

    def is_busy(self) -> bool:
        return self._job is not None

    def clear(self) -> None:
        self._source = None
        self._prepared = None
        self._notes = ""
        self._turns = 0
        self._crop = None
        self.crop.setChecked(False)
        self.preview.clear()
        self.preview.setText(self.tr("Drop a file here,\nchoose one, or paste (Ctrl+V)"))
        self.info.clear()
        self._update_buttons()
        self.evidence_changed.emit()

    def _update_buttons(self) -> None:
        loaded = self._source is not None
        for widget in (self.rotate, self.crop, self.remove, self.straighten, self.page):
            widget.setEnabled(loaded)
        self.page.setVisible(loaded and self.page.maximum() > 1)
        self.page_label.setVisible(self.page.isVisible())

    def _show_error(self, error: BaseException) -> None:
        text = (
            evidence_error_text(error) if isinstance(error, EvidenceError) else user_message(error)
        )
        self.info.setStyleSheet("color: #b00020")
        self.info.setText(text)

    def show_problem(self, text: str | None) -> None:
        """Say beside the evidence why it cannot be used here (e.g. another person's form);
        None: the evidence is fine (again), show what was done with it."""
        if self._prepared is None:
            return
        self.info.setStyleSheet("color: #b00020; font-weight: bold" if text else "")
        self.info.setText(text or self._notes)

    # -- loading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = open_file(
            self,
            self._settings,
            EVIDENCE,
            self.tr("Choose the scan or photo"),
            self.tr("Scans and photos") + f" ({FILE_FILTER})",
        )
        if chosen is not None:
            self.load_file(chosen)

    def load_file(self, path: Path) -> None:
        try:
            self._use_source(read_source(path))
        except KorreError as error:  # unreadable, locked or refused: what was attached stays
            self._show_error(error)

    def load_bytes(self, data: bytes, name: str) -> None:
        try:
            self._use_source(source_from_bytes(data, name))
        except KorreError as error:
            self._show_error(error)

    def paste(self) -> None:
        self.load_mime(QGuiApplication.clipboard().mimeData(), self.tr("clipboard"))

    def load_mime(self, mime: QMimeData | None, name: str) -> bool:
        if mime is None:
            return False
        local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if local:
            self.load_file(Path(local[0]))
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.load_bytes(bytes(buffer.data()), name)
            return True
        self.info.setText(self.tr("The clipboard holds no image or file."))
        return False

    def _use_source(self, source: SourceFile) -> None:
        pages = page_count(source)
        self._source = source
        self._turns = 0
        self._crop = None
        self.page.blockSignals(True)
        self.page.setMaximum(pages)
        self.page.setValue(1)
        self.page.blockSignals(False)
        self._update_buttons()
        self._prepare()

    def _reset_edits_and_prepare(self) -> None:
        self._turns = 0
        self._crop = None
        self._prepare()

    def _rotate(self) -> None:
        self._turns = (self._turns + 1) % 4
        self._crop = None
        self._prepare()

    def _crop_toggled(self, on: bool) -> None:
        self.preview.cropping = on
        self.preview.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        if on:
            self.info.setStyleSheet("")
            self.info.setText(self.tr("Drag a rectangle over the part to keep."))

    def _crop_chosen(self, box: tuple[float, float, float, float]) -> None:
        self._crop = box
        self.crop.setChecked(False)
        self._prepare()

    def _prepare(self) -> None:
        if self._source is None:
            return
        if self._job is not None:
            self._job.cancel()
        source, page = self._source, self.page.value() - 1
        straighten, turns, crop = self.straighten.isChecked(), self._turns, self._crop

        def work(_progress: Progress) -> tuple[PreparedEvidence, bytes]:
            prepared = prepare_evidence(
                source, page, straighten_page=straighten, quarter_turns=turns, crop=crop
            )
            return prepared, preview_png(prepared.image, 900)

        job = Job(work)
        job.succeeded.connect(self._prepared_ready)
        job.failed.connect(self._show_error)
        job.ended.connect(lambda: self._job_ended(job))
        self._job = job
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Processing…"))
        if self._jobs is None:
            job.run()  # no runner given (a bare widget): do it here
        else:
            self._jobs.start(job)

    def _job_ended(self, job: Job) -> None:
        if self._job is job:
            self._job = None

    def _prepared_ready(self, result: tuple[PreparedEvidence, bytes]) -> None:
        prepared, png = result
        self._prepared = prepared
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(png), "PNG")
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        notes = [self._source.name if self._source else ""]
        if self.straighten.isChecked():
            notes.append(
                self.tr("straightened")
                if prepared.operation.get("straightened")
                else self.tr("no page edge found: not straightened")
            )
        for code in dict.fromkeys(payload.code for payload in prepared.form_codes or ()):
            notes.append(self.tr("form %1").replace("%1", display_code(code)))
        self._notes = " · ".join(n for n in notes if n)
        self.info.setStyleSheet("")
        self.info.setText(self._notes)
        self.evidence_changed.emit()

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.load_mime(event.mimeData(), self.tr("dropped image")):
            event.acceptProposedAction()
