"""The language setting and menu, the English translation file, the manual and About."""

import re
import shutil
import sys
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from korre_desktop import __version__
from korre_desktop.gui.dialogs import about, manual
from korre_desktop.gui.dialogs.about import AboutDialog
from korre_desktop.gui.dialogs.manual import (
    ManualDialog,
    ManualNotFound,
    current_language,
    heading_slug,
    manual_markdown,
    manual_path,
    open_manual,
)
from korre_desktop.gui.i18n import (
    SUPPORTED_LANGUAGES,
    install_translators,
    language_setting,
    set_language_setting,
)
from korre_desktop.gui.language_menu import LanguageMenu
from tests.gui.test_translations_and_forms import _sources

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402

# -- the setting and the translators --------------------------------------------------------------


def test_supported_languages():
    assert SUPPORTED_LANGUAGES == {"nl": "Nederlands", "en": "English"}


def test_language_setting_round_trips(tmp_path):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert language_setting(settings) == "nl"  # the default
    set_language_setting(settings, "en")
    assert language_setting(QSettings(path, QSettings.Format.IniFormat)) == "en"
    assert QSettings(path, QSettings.Format.IniFormat).value("ui/language") == "en"
    set_language_setting(settings, "nl")
    assert language_setting(settings) == "nl"


def test_an_unknown_language_is_refused_and_read_as_the_default(settings):
    with pytest.raises(ValueError):
        set_language_setting(settings, "fr")
    settings.setValue("ui/language", "klingon")
    assert language_setting(settings) == "nl"
    settings.setValue("ui/language", "EN")
    assert language_setting(settings) == "en"


@pytest.fixture
def no_translation(qapp, dutch):
    """English for the test: the session's Dutch translators are taken out and put back."""
    for translator in dutch:
        qapp.removeTranslator(translator)
    locale = QLocale()
    yield qapp
    for translator in dutch:
        qapp.installTranslator(translator)
    QLocale.setDefault(locale)


def _close_button_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    return box.button(QDialogButtonBox.StandardButton.Close).text()


def test_english_shows_the_source_texts(no_translation):
    assert install_translators(no_translation, "en") == []
    assert QCoreApplication.translate("EmployeesTab", "Staff") == "Staff"
    assert QCoreApplication.translate("Status", "granted") == "granted"
    assert _close_button_text() == "Close"  # Qt's own buttons follow: no qtbase_nl
    assert QLocale().language() == QLocale.Language.English


def test_dutch_shows_dutch_texts(no_translation):
    installed = install_translators(no_translation, "nl")
    try:
        assert len(installed) == 3  # ours, Qt's own, and the gaps in it
        assert QCoreApplication.translate("EmployeesTab", "Staff") == "Personeel"
        assert _close_button_text() == "Sluiten"
        assert QLocale().language() == QLocale.Language.Dutch
    finally:
        for translator in installed:
            no_translation.removeTranslator(translator)
    assert QCoreApplication.translate("EmployeesTab", "Staff") == "Staff"


def test_an_unknown_language_installs_dutch(no_translation):
    installed = install_translators(no_translation, "xx")
    try:
        assert QCoreApplication.translate("EmployeesTab", "Staff") == "Personeel"
    finally:
        for translator in installed:
            no_translation.removeTranslator(translator)


# -- the language menu ----------------------------------------------------------------------------


@pytest.fixture
def messages(monkeypatch):
    shown = []

    def information(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return shown


def test_language_menu_stores_the_choice(qtbot, settings, messages):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = LanguageMenu(settings, parent)
    assert menu.title() == QCoreApplication.translate("LanguageMenu", "&Language")
    actions = menu.actions()
    assert [a.text().replace("&", "") for a in actions] == ["Nederlands", "English"]
    assert all(a.isCheckable() for a in actions)
    assert menu.group.isExclusive()
    assert menu.language_actions["nl"].isChecked()

    menu.language_actions["en"].trigger()
    assert language_setting(settings) == "en"
    assert menu.language_actions["en"].isChecked()
    assert not menu.language_actions["nl"].isChecked()
    assert messages == [
        QCoreApplication.translate(
            "LanguageMenu", "The language changes the next time Korre Desktop starts."
        )
    ]

    menu.language_actions["en"].trigger()  # already chosen: nothing to say
    assert len(messages) == 1
    menu.language_actions["nl"].trigger()
    assert language_setting(settings) == "nl"
    assert len(messages) == 2


def test_language_menu_shows_the_stored_choice(qtbot, settings):
    set_language_setting(settings, "en")
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = LanguageMenu(settings, parent)
    assert [code for code, a in menu.language_actions.items() if a.isChecked()] == ["en"]


# -- the English translation file -----------------------------------------------------------------


def test_english_ts_is_english_and_holds_every_source_string(tmp_path):
    root = SafeET.parse(translations.EN_TS).getroot()
    assert (root.get("language"), root.get("sourcelanguage")) == ("en", "en")
    ts = tmp_path / "korre_en.ts"
    shutil.copy(translations.EN_TS, ts)
    translations.update_ts(ts, "en")
    assert sorted(_sources(ts)) == sorted(_sources(translations.EN_TS)), "run `make translations`"
    assert sorted(_sources(translations.EN_TS)) == sorted(_sources(translations.TS))


def test_compiled_english_translation_is_up_to_date(tmp_path):
    qm = tmp_path / "korre_en.qm"
    translations.release(translations.EN_TS, qm)
    assert qm.read_bytes() == translations.EN_QM.read_bytes(), "run `make translations`"


def test_compiled_english_translation_loads_and_shows_the_source(no_translation):
    translator = QTranslator()
    assert translator.load("korre_en", str(translations.EN_QM.parent))
    assert translator.language() == "en"
    no_translation.installTranslator(translator)
    try:
        assert QCoreApplication.translate("EmployeesTab", "Staff") == "Staff"
    finally:
        no_translation.removeTranslator(translator)


# -- the manual -----------------------------------------------------------------------------------

DOCS = ROOT / "docs"
MANUAL_FILES = {"nl": DOCS / "handleiding.md", "en": DOCS / "manual.md"}
# Words for developers, not for the office: the manual never uses them.
DEVELOPER_WORDS = (
    "SQLite", "SHA-256", "SHA256", "openpyxl", "JSON", "PySide", "Qt ", "pypdfium", "OpenCV",
    "zxing", "reportlab", "Python", "--db", "make test", "README.md",
)  # fmt: skip
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _headings(text: str, level: int) -> list[str]:
    mark = "#" * level + " "
    return [line[len(mark) :].strip() for line in text.splitlines() if line.startswith(mark)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_manual_has_no_developer_words(language):
    text = MANUAL_FILES[language].read_text(encoding="utf-8")
    for word in DEVELOPER_WORDS:
        assert word.lower() not in text.lower(), word


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_picture_of_the_manual_exists(language):
    path = MANUAL_FILES[language]
    pictures = _PICTURE.findall(path.read_text(encoding="utf-8"))
    assert len(pictures) >= 20
    missing = [name for name in pictures if not (path.parent / name).is_file()]
    assert missing == []
    if language == "en":  # the English window's pictures; the printed paper is Dutch in both
        assert all(p.startswith(("screenshots/en/", "screenshots/afdruk-")) for p in pictures)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_link_of_the_manual_goes_to_one_of_its_headings(language):
    text = MANUAL_FILES[language].read_text(encoding="utf-8")
    slugs = [heading_slug(h) for level in (1, 2, 3) for h in _headings(text, level)]
    assert len(slugs) == len(set(slugs)), "two headings with the same anchor"
    links = _LINK.findall(text)
    assert len(links) >= 20
    assert [link for link in links if link[1:] not in slugs or link[0] != "#"] == []
    # The contents at the top name every chapter.
    chapters = [heading_slug(h) for h in _headings(text, 2)][1:]
    assert [link[1:] for link in links[: len(chapters)]] == chapters


def test_both_manuals_have_the_same_structure():
    dutch, english = (MANUAL_FILES[lang].read_text(encoding="utf-8") for lang in ("nl", "en"))
    for level in (2, 3):
        assert len(_headings(dutch, level)) == len(_headings(english, level))
    chapters = [
        [line.startswith("### ") for line in text.splitlines() if line.startswith(("## ", "### "))]
        for text in (dutch, english)
    ]
    assert chapters[0] == chapters[1]
    pictures = [
        [name.replace("screenshots/en/", "screenshots/") for name in _PICTURE.findall(text)]
        for text in (dutch, english)
    ]
    assert pictures[0] == pictures[1]
    assert len(_LINK.findall(dutch)) == len(_LINK.findall(english))


def test_the_dutch_manual_covers_the_office_jobs():
    headings = _headings(MANUAL_FILES["nl"].read_text(encoding="utf-8"), 2)
    for chapter in (
        "Beginnen",
        "Leerlingen en personeel importeren",
        "Gegevens bijhouden",
        "Teruggekomen formulieren invoeren",
        "Formulieren afdrukken en ingevuld terug inlezen",
        "De lijst 'geen foto' voor een uitje",
        "Werklijsten: wie moet nog iets doen",
        "Het overzicht in Excel voor de directie",
        "Toestemmingsformulieren van de school beheren",
        "De regels in gewone taal",
        "Problemen oplossen",
    ):
        assert chapter in headings


def test_heading_slugs_are_githubs():
    assert (
        heading_slug("De lijst 'geen foto' voor een uitje") == "de-lijst-geen-foto-voor-een-uitje"
    )
    assert (
        heading_slug("Werklijsten: wie moet nog iets doen") == "werklijsten-wie-moet-nog-iets-doen"
    )
    assert heading_slug("Een ouder/verzorger toevoegen") == "een-ouderverzorger-toevoegen"
    assert (
        heading_slug("Managing the school's consent forms") == "managing-the-schools-consent-forms"
    )
    assert heading_slug(" Vanaf 16 jaar ") == "vanaf-16-jaar"


def test_the_manual_follows_the_window_language(no_translation):
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    assert current_language() == "nl"
    assert manual_path("nl") == MANUAL_FILES["nl"]
    QLocale.setDefault(QLocale(QLocale.Language.English))
    assert current_language() == "en"
    assert manual_path("en") == MANUAL_FILES["en"]


def test_a_bundled_manual_is_found_and_a_missing_one_refused(tmp_path, monkeypatch):
    # In a PyInstaller bundle docs/ sits beside resources/ (or inside it).
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(manual, "resource_dir", lambda: bundle / "resources")
    assert manual_path("nl") is None
    with pytest.raises(ManualNotFound):
        manual_markdown("nl")
    (bundle / "docs").mkdir()
    shutil.copy(MANUAL_FILES["nl"], bundle / "docs" / "handleiding.md")
    assert manual_path("nl") == bundle / "docs" / "handleiding.md"
    assert manual_markdown("nl").startswith("# Handleiding Korre Desktop\n")
    assert manual_path("en") is None  # each language has its own file
    (bundle / "resources" / "docs").mkdir()
    shutil.copy(MANUAL_FILES["en"], bundle / "resources" / "docs" / "manual.md")
    assert manual_markdown("en").startswith("# Korre Desktop manual\n")


def test_the_build_bundles_both_manuals_and_their_pictures():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for part in ('"handleiding.md"), "docs")', '"manual.md"), "docs")', '"docs/screenshots")'):
        assert part in spec


def _open_manual_dialog(qtbot, language: str | None = None) -> ManualDialog:
    dialog = ManualDialog(language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_the_dutch_window_shows_the_dutch_manual(qtbot, dutch):
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    dialog = _open_manual_dialog(qtbot)
    assert dialog.language == "nl"
    assert dialog.windowTitle() == "Handleiding – Korre Desktop"
    headings = dialog.headings()
    assert "Teruggekomen formulieren invoeren" in headings
    assert "Een toestemmingsformulier invoeren" in headings
    text = dialog.browser.toPlainText()
    assert "Getting started" not in text
    for word in ("SQLite", "SHA-256", "openpyxl"):
        assert word not in text


def test_the_english_window_shows_the_english_manual(qtbot, no_translation):
    QLocale.setDefault(QLocale(QLocale.Language.English))
    dialog = _open_manual_dialog(qtbot)
    assert dialog.language == "en"
    assert dialog.windowTitle() == "Manual – Korre Desktop"
    assert "Entering returned forms" in dialog.headings()
    assert "Beginnen" not in dialog.headings()
    assert "SQLite" not in dialog.browser.toPlainText()


@pytest.fixture
def manual_dialog(qtbot, no_translation):
    """The Dutch manual, in a dialog speaking the English source texts."""
    return _open_manual_dialog(qtbot, "nl")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_manual_shows_its_pictures(qtbot, no_translation, language):
    dialog = _open_manual_dialog(qtbot, language)
    pictures = dialog.pictures()
    assert pictures == _PICTURE.findall(MANUAL_FILES[language].read_text(encoding="utf-8"))
    for name in pictures:
        found = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        image = found if isinstance(found, (QImage, QPixmap)) else QImage.fromData(found)
        assert not image.isNull(), name  # the browser finds the picture and it decodes
        # ... made smaller smoothly beforehand, to the pixels it is shown at
        shown = round(manual.PICTURE_WIDTH * dialog.browser.devicePixelRatioF())
        natural = QImageReader(str(MANUAL_FILES[language].parent / name)).size().width()
        assert image.width() == min(natural, shown), name
    widths = {}
    block = dialog.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                widths[form.toImageFormat().name()] = form.toImageFormat().width()
            fragments += 1
        block = block.next()
    folder = MANUAL_FILES[language].parent
    for name, width in widths.items():
        natural = QImageReader(str(folder / name)).size().width()
        assert width == min(natural, manual.PICTURE_WIDTH), name  # smaller ones not enlarged


def test_a_link_in_the_manual_goes_to_its_heading(manual_dialog):
    dialog = manual_dialog
    assert set(dialog.anchors()) >= {"beginnen", "problemen-oplossen", "instellingen"}
    dialog.browser.anchorClicked.emit(QUrl("#problemen-oplossen"))
    assert dialog.browser.textCursor().block().text() == "Problemen oplossen"
    assert dialog.browser.verticalScrollBar().value() > 0
    assert dialog.follow_link(QUrl("#een-back-up-terugzetten"))
    assert dialog.browser.textCursor().block().text() == "Een back-up terugzetten"
    assert not dialog.follow_link(QUrl("#no-such-heading"))
    assert not dialog.follow_link(QUrl("other.md#beginnen"))
    assert dialog.browser.textCursor().block().text() == "Een back-up terugzetten"


def test_every_contents_link_in_the_text_works(manual_dialog):
    text = MANUAL_FILES["nl"].read_text(encoding="utf-8")
    for link in _LINK.findall(text):
        assert manual_dialog.follow_link(QUrl(link)), link


def test_manual_dialog_shows_contents(manual_dialog):
    headings = manual_dialog.headings()
    text = MANUAL_FILES["nl"].read_text(encoding="utf-8")
    assert headings == [
        line.lstrip("#").strip() for line in text.splitlines() if line.startswith(("## ", "### "))
    ]
    assert headings[:3] == ["Inhoud", "Beginnen", "De eerste start"]


def test_contents_scroll_to_the_heading(manual_dialog, qtbot):
    contents = manual_dialog.contents
    last = contents.topLevelItem(contents.topLevelItemCount() - 1)
    contents.setFocus()
    contents.setCurrentItem(last)
    bar = manual_dialog.browser.verticalScrollBar()
    assert bar.value() > 0
    assert manual_dialog.browser.textCursor().block().text() == last.text(0)
    qtbot.keyClick(contents, Qt.Key.Key_Home)
    assert contents.currentItem() is contents.topLevelItem(0)
    assert manual_dialog.browser.textCursor().block().text() == "Inhoud"


def _shortcut(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key that works through the dialog's shortcuts: these fire in the active window."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def test_manual_search_finds_text(manual_dialog, qtbot):
    dialog = manual_dialog
    total = dialog.browser.toPlainText().lower().count("back-up")
    assert total > 2
    _shortcut(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "back-up")
    assert dialog.browser.textCursor().selectedText().lower() == "back-up"
    assert dialog.found.text() == f"1 of {total}"
    first = dialog.browser.textCursor().selectionStart()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter: next, and the dialog stays
    assert dialog.isVisible()
    assert dialog.found.text() == f"2 of {total}"
    assert dialog.browser.textCursor().selectionStart() > first
    _shortcut(qtbot, dialog, Qt.Key.Key_F3)
    assert dialog.found.text() == f"3 of {total}"
    _shortcut(qtbot, dialog, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.found.text() == f"2 of {total}"
    for _ in range(total - 1):
        dialog.find_next()
    assert dialog.found.text() == f"1 of {total}"  # wrapped around
    assert len(dialog.browser.extraSelections()) == total

    dialog.search.setText("zzqx no such text")
    assert dialog.found.text() == "Not found"
    assert not dialog.find_next()


def test_manual_missing_from_the_installation_says_so(qtbot, tmp_path, monkeypatch, no_translation):
    monkeypatch.setattr(manual, "resource_dir", lambda: tmp_path / "resources")
    dialog = ManualDialog(language="en")
    qtbot.addWidget(dialog)
    assert not dialog.message.isHidden()
    assert "docs/manual.md" in dialog.message.text()
    assert not dialog.search.isEnabled()
    assert dialog.headings() == []


def test_open_manual_reuses_the_open_one(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    first = open_manual(window)
    assert first.isVisible()
    assert open_manual(window) is first
    first.close()


# -- the About dialog -----------------------------------------------------------------------------


@pytest.fixture
def about_dialog(qtbot, db_path, no_translation):
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_paths_and_licences(about_dialog, db_path):
    ui = about_dialog.ui
    assert __version__ in ui.version.text()
    assert ui.appName.text() == "Korre Desktop"
    assert ui.databasePath.text() == str(db_path)
    assert ui.databasePath.isReadOnly()
    assert ui.logFolder.text() == str(about.log_folder())
    assert "Python" in ui.versions.text() and "PySide6" in ui.versions.text()
    text = ui.libraries.toPlainText()
    for name, licence in (
        ("PySide6", "LGPL"),
        ("ReportLab", "BSD"),
        ("openpyxl", "MIT"),
        ("OpenCV", "Apache-2.0"),
        ("zxing-cpp", "Apache-2.0"),
        ("pypdfium2", "BSD"),
        ("Pillow", "HPND"),
        ("DejaVu", "Bitstream"),
    ):
        line = next(line for line in text.splitlines() if name in line)
        assert licence in line
    assert ui.libraries.isReadOnly()
    assert about_dialog.has_icon == about.app_icon_path().is_file()


def test_about_opens_the_database_folder(about_dialog, db_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    about_dialog.ui.openDatabaseFolder.click()
    assert opened == [QUrl.fromLocalFile(str(db_path.parent))]


def test_about_without_database_or_icon(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(about, "app_icon_path", lambda: tmp_path / "no.svg")
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.has_icon
    assert dialog.ui.icon.isHidden()
    assert not dialog.ui.openDatabaseFolder.isEnabled()
    assert dialog.ui.databasePath.text()


def test_about_closes_with_its_button(about_dialog):
    close = about_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not about_dialog.isVisible()


# -- keyboard and names ---------------------------------------------------------------------------


def _unnamed_or_unreachable(dialog: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit

    kinds = (QLineEdit, QAbstractButton, QAbstractItemView, QTextEdit, QPlainTextEdit)
    controls = [
        widget
        for kind in kinds
        for widget in dialog.findChildren(kind)
        if widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and "qt_" not in widget.objectName()
        and not isinstance(widget.parent(), QAbstractItemView)
    ]
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    problems = [
        f"no name: {type(w).__name__} {w.objectName()!r}"
        for w in controls
        if not (w.accessibleName() or w in labelled)
    ]
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(3 * len(controls)):
        reached.add(QApplication.focusWidget())
        dialog.focusNextChild()
    problems += [
        f"not reachable: {type(w).__name__} {w.objectName()!r}"
        for w in controls
        if w not in reached
    ]
    return problems


def test_about_controls_are_named_and_reachable(about_dialog):
    about_dialog.activateWindow()
    assert _unnamed_or_unreachable(about_dialog) == []


def test_manual_controls_are_named_and_reachable(manual_dialog):
    assert _unnamed_or_unreachable(manual_dialog) == []


def test_tab_goes_round_the_manual(manual_dialog, qtbot):
    dialog = manual_dialog
    close = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "&Close")
    dialog.search.setFocus()
    seen = []
    for _ in range(7):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        dialog.search,
        dialog.previous_button,
        dialog.next_button,
        close,
        dialog.contents,
        dialog.browser,
        dialog.search,  # round again, not stuck in the text
    ]
