"""The language setting and menu, the English translation file, the manual and About."""

import shutil
import sys
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices
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
    manual_markdown,
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

USER_SECTIONS = [
    "## Where the data lives",
    "## The app",
    "## Printing and the Excel overview",
    "## Importing from the administration system",
    "## Keeping the records",
    "## Entering returned paper forms",
    "## Reading returned forms in batches",
    "## Consent form versions and settings",
]


def test_manual_is_the_user_part_of_the_readme():
    text = manual_markdown()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == USER_SECTIONS
    assert text.startswith("# Korre Desktop\n")
    for developer_part in ("## Command line", "## Architecture", "## Set-up", "## The rules"):
        assert developer_part not in text
    assert "make test" not in text


def test_manual_markdown_ignores_headings_in_code_and_finds_a_bundled_readme(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Title\n\nIntro.\n\n## Set-up\n\nmake\n\n## Where the data lives\n\nHere.\n\n"
        "## The app\n\n```\n## Command line\n```\n\n### Detail\n\nText.\n\n"
        "## Command line\n\nNo.\n\n## Architecture\n\nNo.\n",
        encoding="utf-8",
    )
    expected = (
        "# Title\n\nIntro.\n\n## Where the data lives\n\nHere.\n\n"
        "## The app\n\n```\n## Command line\n```\n\n### Detail\n\nText.\n"
    )
    assert manual_markdown(readme) == expected
    # In a PyInstaller bundle README.md sits beside resources/ (or inside it).
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(manual, "resource_dir", lambda: bundle / "resources")
    with pytest.raises(ManualNotFound):
        manual_markdown()
    shutil.copy(readme, bundle / "README.md")
    assert manual_markdown() == expected
    (bundle / "README.md").unlink()
    shutil.copy(readme, bundle / "resources" / "README.md")
    assert manual_markdown() == expected


@pytest.fixture
def manual_dialog(qtbot, no_translation):
    dialog = ManualDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_manual_dialog_shows_contents(manual_dialog):
    assert manual_dialog.headings() == [heading[3:] for heading in USER_SECTIONS]
    assert "Command line" not in manual_dialog.browser.toPlainText()
    assert "Where the data lives" in manual_dialog.browser.toPlainText()


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
    assert manual_dialog.browser.textCursor().block().text() == "Where the data lives"


def _shortcut(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key that works through the dialog's shortcuts: these fire in the active window."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def test_manual_search_finds_text(manual_dialog, qtbot):
    dialog = manual_dialog
    total = dialog.browser.toPlainText().lower().count("backup")
    assert total > 2
    _shortcut(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "backup")
    assert dialog.browser.textCursor().selectedText().lower() == "backup"
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


def test_manual_without_readme_says_so(qtbot, tmp_path, monkeypatch, no_translation):
    monkeypatch.setattr(manual, "resource_dir", lambda: tmp_path / "resources")
    dialog = ManualDialog()
    qtbot.addWidget(dialog)
    assert not dialog.message.isHidden()
    assert "README.md" in dialog.message.text()
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
