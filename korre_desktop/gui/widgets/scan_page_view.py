"""A scanned page with its tick boxes outlined: zoom, pan, and click a box to pick its item.

The page image is shown as it was stored. When its box positions are known (the image is
the straightened page in the template's space), every tick box gets an outline: green for
a box read as ticked, grey for one read as empty, thick orange for a box in doubt. The
signature box is outlined in blue, and the item chosen in the answer grid is marked with a
dashed frame. Keys: + and - zoom (Ctrl+wheel too), 0 fits the page to the width.

Also here: ``box_crop`` and ``region_crop``, enlarged cut-outs of the page for the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

# What a box was read as.
TICKED, EMPTY, DOUBT = "ticked", "empty", "doubt"

OUTLINE_COLOURS = {
    TICKED: QColor("#2e7d32"),
    EMPTY: QColor("#9e9e9e"),
    DOUBT: QColor("#ef6c00"),
}
OUTLINE_WIDTHS = {TICKED: 2.0, EMPTY: 1.5, DOUBT: 4.0}  # screen pixels, at any zoom
SIGNATURE_COLOUR = QColor("#1565c0")
CURRENT_COLOUR = QColor("#6a1b9a")
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.25


@dataclass(frozen=True)
class BoxMark:
    """One tick box on the page, in image pixels."""

    code: str  # the consent item
    side: str  # "yes" or "no"
    rect: QRectF
    state: str  # TICKED, EMPTY or DOUBT


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # the same width on screen at every zoom
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


class ScanPageView(QGraphicsView):
    item_clicked = Signal(str)  # the item code of the box that was clicked
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#6d6d6d")))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Scanned page"))
        self._image_item: QGraphicsPixmapItem | None = None
        self._marks: list[BoxMark] = []
        self._outlines: dict[tuple[str, str], QGraphicsRectItem] = {}
        self._current: QGraphicsRectItem | None = None
        self._current_code: str | None = None
        self._margin = 0.0  # image pixels around a box that still count as a click on it
        self._zoom = 1.0
        self._fit = True  # follow the width when the view is resized

    # -- content ----------------------------------------------------------------------------

    def clear_page(self, text: str = "") -> None:
        self.scene().clear()
        self._image_item = None
        self._marks = []
        self._outlines = {}
        self._current = None
        self._current_code = None
        if text:
            label = self.scene().addText(text, QFont(self.font().family(), 12))
            label.setDefaultTextColor(QColor("white"))
            self.scene().setSceneRect(label.boundingRect())
        else:
            self.scene().setSceneRect(QRectF())
        self.resetTransform()
        self._zoom = 1.0
        self.zoom_changed.emit(self._zoom)

    def set_page(
        self,
        image: QImage,
        marks: Sequence[BoxMark] = (),
        signature: QRectF | None = None,
        pixels_per_mm: float = 0.0,
    ) -> None:
        """Show ``image`` with ``marks`` outlined; fits the page to the width."""
        self.clear_page()
        scene = self.scene()
        self._image_item = scene.addPixmap(QPixmap.fromImage(image))
        self._image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scene.setSceneRect(QRectF(image.rect()))
        grow = 0.7 * pixels_per_mm  # outlines just outside the printed box: the tick stays visible
        self._margin = 1.5 * pixels_per_mm
        self._marks = list(marks)
        for mark in self._marks:
            rect = mark.rect.adjusted(-grow, -grow, grow, grow)
            pen = _pen(OUTLINE_COLOURS[mark.state], OUTLINE_WIDTHS[mark.state])
            outline = scene.addRect(rect, pen)
            outline.setToolTip(mark.code)
            outline.setZValue(2 if mark.state == DOUBT else 1)
            self._outlines[(mark.code, mark.side)] = outline
        if signature is not None:
            outline = scene.addRect(signature, _pen(SIGNATURE_COLOUR, 2.0, Qt.PenStyle.DashLine))
            outline.setZValue(1)
        self._fit = True
        self.fit_width()

    def marks(self) -> list[BoxMark]:
        return list(self._marks)

    def has_image(self) -> bool:
        return self._image_item is not None

    def set_current(self, code: str | None, scroll: bool = True) -> None:
        """Frame the boxes of ``code`` (the item chosen in the answer grid)."""
        if self._current is not None:
            self.scene().removeItem(self._current)
            self._current = None
        self._current_code = code
        rects = [mark.rect for mark in self._marks if mark.code == code]
        if not rects:
            return
        frame = rects[0]
        for rect in rects[1:]:
            frame = frame.united(rect)
        pad = 1.6 * self._margin
        frame = frame.adjusted(-pad, -pad, pad, pad)
        self._current = self.scene().addRect(frame, _pen(CURRENT_COLOUR, 2.0, Qt.PenStyle.DashLine))
        self._current.setZValue(3)
        self._current.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        if scroll:
            self.ensureVisible(frame, 40, 40)

    def current_code(self) -> str | None:
        return self._current_code

    def code_at(self, point: QPointF) -> str | None:
        """The item whose box (or the space just around it) holds ``point`` (image pixels)."""
        for mark in self._marks:
            grown = mark.rect.adjusted(-self._margin, -self._margin, self._margin, self._margin)
            if grown.contains(point):
                return mark.code
        return None

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(QTransform.fromScale(factor, factor))
        self._zoom = factor
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self._fit = False
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit = False
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        if self._image_item is None:
            return
        width = self.scene().sceneRect().width()
        available = self.viewport().width() - 4
        if width > 0 and available > 0:
            self.set_zoom(available / width)

    # -- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit_width()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_width()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._marks:
            code = self.code_at(self.mapToScene(event.position().toPoint()))
            if code is not None:
                self.item_clicked.emit(code)
                event.accept()
                return
        super().mousePressEvent(event)


# -- enlarged cut-outs ----------------------------------------------------------------------


def region_crop(image: QImage, region: QRectF, width: int) -> QImage:
    """``region`` (image pixels, clipped to the image) scaled to ``width`` pixels wide."""
    clipped = region.intersected(QRectF(image.rect())).toAlignedRect()
    if clipped.isEmpty():
        return QImage()
    cut = image.copy(clipped)
    return cut.scaledToWidth(max(1, width), Qt.TransformationMode.SmoothTransformation)


def box_crop(
    image: QImage,
    boxes: list[tuple[str, QRectF, str]],
    margin: float,
    scale: float,
    font: QFont,
) -> QImage:
    """The boxes of one item with ``margin`` around them, enlarged by ``scale``.

    ``boxes`` holds (caption, rect in image pixels, state) per box; each caption ("yes",
    "no") is written above its box and each box is outlined as on the page.
    """
    if not boxes:
        return QImage()
    region = boxes[0][1]
    for _caption, rect, _state in boxes[1:]:
        region = region.united(rect)
    region = region.adjusted(-margin, -margin, margin, margin)
    region = region.intersected(QRectF(image.rect())).toAlignedRect()
    if region.isEmpty():
        return QImage()
    cut = image.copy(region).convertToFormat(QImage.Format.Format_RGB32)
    width = max(1, round(region.width() * scale))
    cut = cut.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    caption_h = round(font.pointSizeF() * 2.0) if font.pointSizeF() > 0 else 20
    result = QImage(cut.width(), cut.height() + caption_h, QImage.Format.Format_RGB32)
    result.fill(QColor("white"))
    painter = QPainter(result)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawImage(0, caption_h, cut)
        painter.setFont(font)
        for caption, rect, state in boxes:
            x = (rect.x() - region.x()) * scale
            y = (rect.y() - region.y()) * scale + caption_h
            w, h = rect.width() * scale, rect.height() * scale
            grow = 0.25 * margin * scale / 4
            pen = QPen(OUTLINE_COLOURS[state], max(1.5, OUTLINE_WIDTHS[state] * 0.75))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x - grow, y - grow, w + 2 * grow, h + 2 * grow))
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(x - w, 0, 3 * w, caption_h), Qt.AlignmentFlag.AlignCenter, caption
            )
    finally:
        painter.end()
    return result
