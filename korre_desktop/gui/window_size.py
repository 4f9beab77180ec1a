"""Windows that fit the screen they open on, at the size the user left them.

A viewer (a document, a print preview, evidence, a scanned page) opens at the size it had
when it was last closed (remembered in the settings under its own key), or at its default
size the first time; either way never bigger than 90 % of the available area of the screen
it opens on (that of its parent window), and centred over its parent. What does not fit
scrolls inside the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    source = parent.window() if parent is not None else window
    return source.screen() or QGuiApplication.primaryScreen()


def fit_height(dialog: QWidget, grow_only: bool = True) -> None:
    """Give a dialog the height its contents need at its current width (never narrower):
    a top-level window does not follow its wrapped labels' height by itself. With
    ``grow_only`` it does not shrink (the user may have made it bigger)."""
    layout = dialog.layout()
    if layout is not None:
        # Nested layouts keep sizes measured while messages were hidden.
        layout.invalidate()
        layout.activate()
    width = max(dialog.width(), dialog.sizeHint().width())
    height = (
        layout.totalHeightForWidth(width)
        if layout is not None and layout.hasHeightForWidth()
        else dialog.sizeHint().height()
    )
    dialog.resize(width, max(dialog.height(), height) if grow_only else height)
    if layout is not None:
        # Measuring the size hint left row heights for unwrapped text; lay out again.
        layout.invalidate()
        layout.activate()


def largest_size(window: QWidget) -> QSize:
    """90 % of the available area of the screen ``window`` opens on."""
    screen = screen_of(window)
    if screen is None:
        return QSize(16_777_215, 16_777_215)
    area = screen.availableGeometry()
    return QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))


def fit_to_screen(window: QWidget, size: QSize) -> QSize:
    """Resize ``window`` to ``size``, made smaller where the screen needs it (but not below
    the window's minimum), and centre it over its parent (or on the screen)."""
    largest = largest_size(window)
    fitted = size.boundedTo(largest).expandedTo(window.minimumSize())
    window.resize(fitted)
    screen = screen_of(window)
    parent = window.parentWidget()
    centre = (
        parent.window().frameGeometry().center()
        if parent is not None
        else (screen.availableGeometry().center() if screen is not None else None)
    )
    if centre is not None:
        frame = QRect(window.pos(), fitted)
        frame.moveCenter(centre)
        if screen is not None:
            area = screen.availableGeometry()
            frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
            frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
        window.move(frame.topLeft())
    return fitted


class RememberedSize(QObject):
    """Give ``window`` its remembered (or default) size, fitted to the screen, each time it
    is shown; remember its size when it is hidden."""

    def __init__(
        self, window: QWidget, settings: QSettings | None, key: str, default: QSize
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._key = f"windows/{key}/size"
        self._default = default

    def wanted(self) -> QSize:
        stored = self._settings.value(self._key) if self._settings is not None else None
        return stored if isinstance(stored, QSize) and stored.isValid() else self._default

    def apply(self) -> QSize:
        return fit_to_screen(self._window, self.wanted())

    def remember(self) -> None:
        if self._settings is not None:
            self._settings.setValue(self._key, self._window.size())


def grow_to_fit(window: QWidget) -> QSize:
    """After parts of ``window`` were shown: make it as big as its contents need (never
    smaller than it is, never beyond the screen), so nothing is squeezed over the rest."""
    layout = window.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    wanted = window.size().expandedTo(window.sizeHint()).boundedTo(largest_size(window))
    if wanted != window.size():
        window.resize(wanted)
    return window.size()
