"""The window's language: Dutch (the default) or English, remembered in the settings.

The strings in the code are English; Dutch comes from resources/translations/korre_nl.qm
and Qt's own qtbase_nl.qm (standard buttons, file dialogs). English needs neither: the
source text is shown (korre_en.ts/.qm exist for translators and stay empty).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from korre_desktop.paths import translations_dir

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "nl"
SUPPORTED_LANGUAGES = {"nl": "Nederlands", "en": "English"}
LANGUAGE_KEY = "ui/language"
_LOCALES = {"nl": QLocale.Language.Dutch, "en": QLocale.Language.English}


def language_setting(settings: QSettings) -> str:
    """The chosen language code; the default (Dutch) when none or an unknown one is stored."""
    value = settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    code = str(value or "").strip().lower()
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def set_language_setting(settings: QSettings, code: str) -> None:
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {code!r}")
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Install the app's and Qt's own translations for ``language``; English needs none.

    Returns the installed translators (remove them with app.removeTranslator to undo).
    """
    if language not in SUPPORTED_LANGUAGES:
        log.warning("unsupported language %r, using %r", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_LOCALES[language]))
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(f"korre_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("translation korre_%s not found in %s", language, translations_dir())
    qt = QTranslator(app)
    folder = next((f for f in qt_translation_dirs() if qt.load(f"qtbase_{language}", str(f))), None)
    if folder is not None:
        # Installed first, so asked last: only for what Qt's own translation lacks.
        gaps = QtGapsTranslator(qt, QT_GAPS.get(language, {}), app)
        app.installTranslator(gaps)
        app.installTranslator(qt)
        installed += [gaps, qt]
    else:
        log.warning("Qt's translation qtbase_%s not found in %s", language, qt_translation_dirs())
    return installed


# Strings of Qt's own dialogs that Qt 6 gave an Alt-letter and its Dutch translation has
# only without one ("&Look in:" is missing, "Look in:" is there): the file dialog said
# "Look in:" and "Files of type:" in the Dutch window.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QPrintSettingsOutput", "Page &Set:"): "Afdruk&bereik:",
        ("QPrintSettingsOutput", "Off"): "Uit",
        ("QPageSetupWidget", "Page &order:"): "Pagina&volgorde:",
        ("QPageSetupWidget", "Pages &per sheet:"): "&Pagina's per vel:",
    }
}


class QtGapsTranslator(QTranslator):
    """The gaps in Qt's own translation: the strings above, and any other Qt string with
    an Alt-letter whose translation exists without one (then shown without the letter)."""

    def __init__(
        self, qt: QTranslator, known: dict[tuple[str, str], str], parent: QCoreApplication
    ) -> None:
        super().__init__(parent)
        self._qt = qt
        self._known = known

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        known = self._known.get((context, source))
        if known is not None:
            return known
        if "&" in source and context.startswith("Q"):
            found = self._qt.translate(context, source.replace("&", ""), disambiguation, n)
            if found:
                return found
        return None


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_nl.qm: file dialogs, standard buttons) may be:
    where Qt says, beside PySide6 (a pip install), or inside a PyInstaller bundle."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    folders.append(Path(PySide6.__file__).parent / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return list(dict.fromkeys(folders))
