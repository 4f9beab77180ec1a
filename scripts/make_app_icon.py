"""Render resources/icons/app.svg into korre-256.png and a multi-size Windows korre.ico.

Run after editing app.svg: ``.venv/bin/python scripts/make_app_icon.py``. Each size of the
.ico is drawn from the SVG at that size (not scaled down from 256 px), so the small ones
stay sharp. tests/gui/test_icons.py fails while the committed files differ from app.svg.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "app.svg"
PNG_NAME = "korre-256.png"
ICO_NAME = "korre.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DIGEST_KEY = "Source-SHA256"  # of app.svg, stored in the PNG


def svg_digest(svg: Path) -> str:
    """SHA-256 of the SVG's text (line endings normalised, so a CRLF checkout matches)."""
    text = svg.read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(text).hexdigest()


def render(svg: Path, size: int):
    """The SVG drawn on a transparent *size*×*size* canvas, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def make(svg: Path = SVG, out_dir: Path = ICONS) -> tuple[Path, Path]:
    """Write the PNG and the ICO for *svg* into *out_dir*; returns their paths."""
    _ensure_gui_app()
    images = {size: render(svg, size) for size in ICO_SIZES}
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / PNG_NAME
    ico = out_dir / ICO_NAME
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text(DIGEST_KEY, svg_digest(svg))  # tests/gui/test_icons.py compares it
    images[256].save(png, format="PNG", optimize=True, pnginfo=info)
    largest, *others = (images[size] for size in sorted(ICO_SIZES, reverse=True))
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=others,
    )
    return png, ico


def _ensure_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app
        _app = QGuiApplication(sys.argv[:1])


_app = None


def main() -> int:
    png, ico = make()
    for path in (png, ico):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
