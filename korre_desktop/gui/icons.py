"""The app's icons: line icons for actions and tabs, and the app icon.

Every icon is an SVG in ``resources/icons/<name>.svg`` (24×24, 2 px strokes in one dark
colour plus at most one accent colour). :func:`icon` checks the name against
:data:`ICON_NAMES`, so a typo fails at once (and in the tests) instead of showing an empty
button. Icons are loaded once and cached.

On a dark palette (Windows or macOS in dark mode) the dark line colour would vanish, so the
icons are then drawn with a light line colour and lighter accents instead. The choice
is made when an icon is first loaded; :func:`clear_cache` forgets it.

Qt only: this module knows nothing of the main window. Use :func:`set_icons` and
:func:`set_tab_icons` to put icons on actions, buttons and tabs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTabWidget

from korre_desktop.paths import resource_dir

ICON_NAMES: tuple[str, ...] = (
    # tabs
    "staff",
    "students",
    "protocols",
    "consent",
    "worklists",
    "authorisations",
    # actions
    "enter-consent",
    "enter-protocol",
    "withdraw",
    "print",
    "no-photo",
    "export",
    "import",
    "backup",
    "check",
    "scan-read",
    "scan-review",
    "scan-watch",
    "demo",
    "search",
    "refresh",
    "about",
    "help",
    "quit",
    "edit",
    "new-person",
    "school",
    "versions",
    "language",
    "settings",
    "calendar",
    "accounts",
    "press",
    "dossier",
)
"""Every line icon there is; ``icon(name)`` accepts exactly these."""

APP_ICON_NAME = "app"
LINE_COLOUR = "#263238"
ACCENT_COLOURS = ("#00897B", "#C62828")  # teal for doing and OK, red for no and undo
# On a dark palette: light lines and lighter accents.
ON_DARK = {LINE_COLOUR: "#ECEFF1", "#00897B": "#4DB6AC", "#C62828": "#EF5350"}
# Sizes drawn for the light-on-dark variant, which is built from pixmaps (16 px at 100 %
# up to 32 px at 200 %, toolbar sizes, and big ones for high-DPI toolbars).
_DARK_SIZES = (16, 20, 24, 32, 40, 48, 64)
APP_ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


class HasIcon(Protocol):
    def setIcon(self, icon: QIcon, /) -> None: ...


def icon_dir() -> Path:
    return resource_dir() / "icons"


def icon_path(name: str) -> Path:
    """The SVG file of a line icon; KeyError for a name not in :data:`ICON_NAMES`."""
    if name not in ICON_NAMES:
        raise KeyError(f"unknown icon {name!r}; known: {', '.join(ICON_NAMES)}")
    return icon_dir() / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The line icon called *name* (cached); KeyError for an unknown name."""
    path = icon_path(name)
    return _load(name, _palette_is_dark(), str(path))


def app_icon() -> QIcon:
    """The app icon, drawn from app.svg at 16 to 256 px (korre-256.png if that fails)."""
    return _app_icon(str(icon_dir()))


def set_icons(pairs: Iterable[tuple[HasIcon, str]]) -> None:
    """``setIcon(icon(name))`` on each (action or widget, icon name) pair."""
    for target, name in pairs:
        target.setIcon(icon(name))


def set_tab_icons(tab_widget: QTabWidget, names: Sequence[str | None]) -> None:
    """One icon name per tab, in tab order (None leaves a tab without an icon)."""
    if len(names) != tab_widget.count():
        raise ValueError(f"{len(names)} icon names for {tab_widget.count()} tabs")
    for index, name in enumerate(names):
        tab_widget.setTabIcon(index, QIcon() if name is None else icon(name))


def clear_cache() -> None:
    """Forget loaded icons, e.g. after the palette switched between light and dark."""
    _load.cache_clear()
    _app_icon.cache_clear()


# -- loading --------------------------------------------------------------------------------------


def _palette_is_dark() -> bool:
    if QGuiApplication.instance() is None:
        return False
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


@cache
def _load(name: str, dark: bool, path: str) -> QIcon:
    if not Path(path).is_file():
        raise FileNotFoundError(f"icon {name!r} is missing: {path}")
    if not dark:
        return QIcon(path)  # Qt's SVG icon engine: sharp at every size and scale
    svg = Path(path).read_text(encoding="utf-8")
    for colour, on_dark in ON_DARK.items():
        svg = svg.replace(colour, on_dark)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG: {path}")
    result = QIcon()
    for size in _DARK_SIZES:
        result.addPixmap(render_svg(renderer, size))
    return result


@cache
def _app_icon(folder: str) -> QIcon:
    # Pixmaps drawn from the SVG at each size, rather than Qt's SVG engine: then the icon
    # lists its sizes, which window managers and the Windows taskbar pick from.
    renderer = QSvgRenderer(str(Path(folder) / f"{APP_ICON_NAME}.svg"))
    result = QIcon()
    if renderer.isValid():
        for size in APP_ICON_SIZES:
            result.addPixmap(render_svg(renderer, size))
    else:  # the PNG is drawn from the same SVG (scripts/make_app_icon.py)
        result.addFile(str(Path(folder) / "korre-256.png"), QSize(256, 256))
    return result


def render_svg(renderer: QSvgRenderer, size: int) -> QPixmap:
    """A transparent *size*×*size* pixmap with the SVG drawn on it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
