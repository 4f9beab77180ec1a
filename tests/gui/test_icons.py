"""The icon set: safe, valid SVGs that draw something at 16 and 32 px; the app icon's files."""

import sys
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QTabWidget, QToolButton, QWidget

from korre_desktop.gui import icons
from korre_desktop.paths import resource_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_app_icon  # noqa: E402

ICON_DIR = resource_dir() / "icons"
SVG_NS = "{http://www.w3.org/2000/svg}"
ALL_SVGS = (*icons.ICON_NAMES, icons.APP_ICON_NAME)


@pytest.fixture(autouse=True)
def fresh_icons():
    icons.clear_cache()
    yield
    icons.clear_cache()


def test_icon_names_and_files_match():
    on_disk = {path.stem for path in ICON_DIR.glob("*.svg")}
    assert on_disk == set(ALL_SVGS)
    assert len(set(icons.ICON_NAMES)) == len(icons.ICON_NAMES)


@pytest.mark.parametrize("name", ALL_SVGS)
def test_svg_is_plain_and_safe(name):
    path = ICON_DIR / f"{name}.svg"
    assert path.stat().st_size < 2500, "keep icons small and simple"
    root = SafeET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == ("0 0 256 256" if name == "app" else "0 0 24 24")
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in ("script", "foreignObject", "image", "use", "style", "text")
        for attribute, value in element.attrib.items():
            assert not attribute.lower().startswith("on"), f"{name}: event handler {attribute}"
            assert not attribute.endswith("href"), f"{name}: reference {attribute}={value}"
            assert "url(" not in value or value.startswith("url(#"), f"{name}: {value}"
    if name != "app":
        colours = {
            value.upper()
            for element in root.iter()
            for key, value in element.attrib.items()
            if key in ("stroke", "fill") and value != "none"
        }
        assert icons.LINE_COLOUR.upper() in colours
        assert len(colours) <= 2, f"{name}: one dark colour and at most one accent: {colours}"
        assert colours <= {icons.LINE_COLOUR, *icons.ACCENT_COLOURS}, f"{name}: {colours}"


def pixels(name: str, size: int) -> list[QColor]:
    image = icons.icon(name).pixmap(size, size).toImage()
    assert image.width() == size and image.height() == size
    return [image.pixelColor(x, y) for y in range(size) for x in range(size)]


@pytest.mark.parametrize("size", [16, 32])
@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_icon_draws_at_small_sizes(qapp, name, size):
    assert QSvgRenderer(str(ICON_DIR / f"{name}.svg")).isValid()
    colours = pixels(name, size)
    opaque = [colour for colour in colours if colour.alpha() > 128]
    dark = [colour for colour in opaque if colour.lightness() < 100]
    assert len(opaque) >= size * size * 0.08, f"{name} at {size} px draws almost nothing"
    assert len(dark) >= size, f"{name} at {size} px has hardly any dark line"
    assert len(opaque) < size * size * 0.6, f"{name} at {size} px is mostly filled"
    # Drawn inside the square, not clipped: the outer pixel ring stays (nearly) empty.
    edge = [colours[i] for i in range(size * size) if i % size in (0, size - 1)]
    edge += colours[:size] + colours[-size:]
    assert sum(colour.alpha() > 200 for colour in edge) <= size // 2


def test_unknown_icon_name_raises(qapp):
    with pytest.raises(KeyError, match="enter-consnet"):
        icons.icon("enter-consnet")
    with pytest.raises(KeyError):
        icons.set_icons([(QToolButton(), "no-such-icon")])


def test_icons_are_cached(qapp):
    assert icons.icon("print").cacheKey() == icons.icon("print").cacheKey()


def test_set_icons_and_tab_icons(qapp):
    button = QToolButton()
    icons.set_icons([(button, "search")])
    assert not button.icon().isNull()
    tabs = QTabWidget()
    for title in ("a", "b", "c"):
        tabs.addTab(QWidget(), title)
    icons.set_tab_icons(tabs, ["staff", None, "consent"])
    assert not tabs.tabIcon(0).isNull()
    assert tabs.tabIcon(1).isNull()
    assert not tabs.tabIcon(2).isNull()
    with pytest.raises(ValueError):
        icons.set_tab_icons(tabs, ["staff"])


def test_dark_palette_draws_light_lines(qapp: QApplication):
    saved = qapp.palette()
    dark = QPalette(saved)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f1f3f4"))
    qapp.setPalette(dark)
    try:
        icons.clear_cache()
        for name in icons.ICON_NAMES:
            colours = [c for c in pixels(name, 32) if c.alpha() > 128]
            assert len(colours) > 32, name
            assert all(colour.lightness() > 110 for colour in colours), name
    finally:
        qapp.setPalette(saved)
        icons.clear_cache()


def test_app_icon_has_sizes(qapp):
    app_icon = icons.app_icon()
    assert not app_icon.isNull()
    sizes = {size.width() for size in app_icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    for size in (16, 32, 256):
        image = app_icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size // 8).alpha() == 255


def test_app_icon_falls_back_to_the_png(qapp, tmp_path):
    (tmp_path / make_app_icon.PNG_NAME).write_bytes(
        (ICON_DIR / make_app_icon.PNG_NAME).read_bytes()
    )
    fallback = icons._app_icon(str(tmp_path))
    assert [size.width() for size in fallback.availableSizes()] == [256]


def differs(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ by more than a little in any channel."""
    assert a.size == b.size
    diff = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
    bands = [band.point(lambda v: 255 if v > 24 else 0) for band in diff.split()]
    mask = bands[0]
    for band in bands[1:]:
        mask = ImageChops.lighter(mask, band)
    return mask.histogram()[255] / (a.width * a.height)


def test_png_and_ico_are_up_to_date_with_app_svg(qapp, tmp_path):
    """Edited app.svg? Run scripts/make_app_icon.py and commit korre.ico and korre-256.png."""
    png, ico = make_app_icon.make(make_app_icon.SVG, tmp_path)
    hint = "app.svg changed: run scripts/make_app_icon.py"
    with Image.open(ICON_DIR / make_app_icon.PNG_NAME) as committed, Image.open(png) as fresh:
        assert committed.size == (256, 256)
        digest = make_app_icon.svg_digest(make_app_icon.SVG)
        assert committed.text.get(make_app_icon.DIGEST_KEY) == digest, hint
        assert differs(committed, fresh) < 0.002, hint
    with Image.open(ICON_DIR / make_app_icon.ICO_NAME) as committed, Image.open(ico) as fresh:
        sizes = {(size, size) for size in make_app_icon.ICO_SIZES}
        assert set(committed.ico.sizes()) == sizes
        for size in sorted(sizes):
            assert differs(committed.ico.getimage(size), fresh.ico.getimage(size)) < 0.002, (
                f"{hint} ({size[0]} px)"
            )
