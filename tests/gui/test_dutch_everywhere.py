"""Every text a user reads in the Dutch window is Dutch: the app's own windows and dialogs
(beside the check that every tr() string has a Dutch translation) and Qt's own dialogs (file
dialogs, message boxes), which take Qt's Dutch translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from korre_desktop.gui import i18n
from tests.gui.english_words import english_found, english_in, menu_texts
from tests.gui.every_window import (
    dialog_states,
    first_run_states,
    menus,
    review_states,
    window_states,
)

# Proper names and words that read the same in Dutch (lower case).
ALLOWED = frozenset({"korre", "desktop"})


def english_everywhere(qtbot, window, folder, context) -> list[str]:
    found: list[str] = []
    for walk in (
        window_states(qtbot, window),
        dialog_states(qtbot, window, folder),
        review_states(qtbot, context),
        first_run_states(qtbot),
    ):
        for name, root in walk:
            if name == "manual":
                continue  # the manual's text is the Dutch manual's own task (issue 13, item 7)
            found += [f"{name}: {problem}" for problem in english_found(root, ALLOWED)]
    for name, menu in menus(window):
        for text in menu_texts(menu):
            words = [w for w in english_in(text) if w.casefold() not in ALLOWED]
            if words:
                found.append(f"menu {name}: {', '.join(words)} in {text!r}")
    return found


def test_the_dutch_window_shows_no_english(qtbot, window, tmp_path, review_context):
    found = english_everywhere(qtbot, window, tmp_path, review_context)
    assert not found, "\n".join(found)


def test_the_check_finds_english_and_passes_dutch_and_names():
    assert english_in("Choose the file to import") == ["Choose", "the", "to"]
    assert english_in("Kies het bestand om te importeren") == []
    assert english_in("Zoë van der Meer · 004512 · Groep 6 · OBS De Linde") == []
    assert english_in("<b>Bewijs</b> (scan of foto van het &amp;formulier)") == []
    assert english_in("Dit kan niet: the file is empty") == ["empty", "the"]
    assert english_in("Opslaan (Ctrl+Enter) naar /home/the/data of Page Up, Delete") == []
    assert english_in("Back-up maken") == []


def test_the_check_reads_a_window(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Zoeken in:"))
    button = QPushButton("Look in")
    button.setObjectName("lookIn")
    layout.addWidget(button)
    root.show()
    assert english_found(root) == ["QPushButton 'lookIn': Look in 'Look in'"]


def texts_of_qt_dialog(qtbot, dialog: QWidget) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    try:
        return english_found(dialog, ALLOWED)
    finally:
        dialog.close()


def test_qt_file_dialogs_speak_dutch(qtbot, dutch, tmp_path):
    (tmp_path / "leerlingen.csv").write_text("x")
    dialog = QFileDialog(None, "Kies het bestand", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert texts_of_qt_dialog(qtbot, dialog) == []
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestanden van &type:"


@pytest.mark.parametrize(
    "make",
    [
        lambda: QMessageBox(
            QMessageBox.Icon.Question,
            "Korre Desktop",
            "Doorgaan?",
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        ),
        lambda: QProgressDialog("Bezig…", None, 0, 10),
        lambda: _input_dialog(),
    ],
    ids=["message box", "progress", "input dialog"],
)
def test_qt_standard_dialogs_speak_dutch(qtbot, dutch, make):
    dialog = make()
    qtbot.addWidget(dialog)
    assert texts_of_qt_dialog(qtbot, dialog) == []


def _input_dialog() -> QInputDialog:
    dialog = QInputDialog()
    dialog.setLabelText("Reden:")
    return dialog


def test_qt_translations_are_found_when_qt_looks_elsewhere(qapp, monkeypatch, tmp_path):
    """A bundle or an install where Qt's own path holds no translations: the copy beside
    PySide6 is used (the file dialogs said "Look in:" without it)."""
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path)))
    translators = i18n.install_translators(qapp, "nl")
    try:
        assert len(translators) == 3  # ours, Qt's, and the gaps in Qt's
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_english_needs_no_translators(qapp):
    try:
        assert i18n.install_translators(qapp, "en") == []
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch))
