"""Viewing a stored document or scan inside the app: pages, zoom in and out."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.jobs import Job
from korre_desktop.gui.widgets.evidence_panel import evidence_error_text
from korre_desktop.gui.window_size import RememberedSize
from korre_desktop.services.evidence import (
    EvidenceError,
    SourceFile,
    load_page,
    page_count,
    preview_png,
)
from korre_desktop.services.progress import Progress

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
RENDER_SIDE = 2400
A4_VIEW = QSize(900, 1000)  # the first time; then the size it was left at


class DocumentViewer(QDialog):
    def __init__(
        self, context: AppContext, source: SourceFile, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.source = source
        self.setWindowTitle(title)
        self.remembered_size = RememberedSize(self, context.settings, "document_viewer", A4_VIEW)
        self.finished.connect(lambda _result: self.remembered_size.remember())
        self._sized = False
        self._pixmap = QPixmap()
        self._zoom = ZOOM_STEPS.index(0.5)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setPrefix(self.tr("Page "))
        self.zoom_out = QPushButton(self.tr("Zoom &out"))
        self.zoom_in = QPushButton(self.tr("Zoom &in"))
        self.zoom_label = QLabel()
        self.message = QLabel()
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        for widget in (self.page, self.zoom_out, self.zoom_in, self.zoom_label):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self._zoom + 1))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self._zoom - 1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.ZoomIn),
            self,
            lambda: self.set_zoom(self._zoom + 1),
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            self,
            lambda: self.set_zoom(self._zoom - 1),
        )
        self.page.valueChanged.connect(lambda _page: self.render_page())
        try:
            self.page.setMaximum(page_count(source))
        except EvidenceError as error:
            self.message.setText(evidence_error_text(error))
            return
        self.page.setVisible(self.page.maximum() > 1)
        self.render_page()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the first time only: the user may resize it afterwards
            self._sized = True
            self.remembered_size.apply()
        super().showEvent(event)

    def render_page(self) -> None:
        source, page = self.source, self.page.value() - 1

        def work(_progress: Progress) -> bytes:
            return preview_png(load_page(source, page), RENDER_SIDE)

        job = Job(work)
        job.succeeded.connect(self._rendered)
        job.failed.connect(
            lambda error: self.message.setText(
                evidence_error_text(error) if isinstance(error, EvidenceError) else str(error)
            )
        )
        self.context.jobs.start(job)

    def _rendered(self, png: bytes) -> None:
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(QByteArray(png), "PNG")
        self.set_zoom(self._zoom)

    def set_zoom(self, step: int) -> None:
        self._zoom = max(0, min(step, len(ZOOM_STEPS) - 1))
        factor = ZOOM_STEPS[self._zoom]
        self.zoom_label.setText(f"{round(factor * 100)} %")
        if not self._pixmap.isNull():
            self.image.setPixmap(
                self._pixmap.scaledToWidth(
                    max(1, int(self._pixmap.width() * factor)),
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
