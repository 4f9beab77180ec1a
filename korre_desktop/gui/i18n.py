"""The window's language: Dutch (the default) or English, remembered in the settings.

The strings in the code are English; Dutch comes from resources/translations/korre_nl.qm
and Qt's own qtbase_nl.qm (standard buttons, file dialogs). English needs neither: the
source text is shown (korre_en.ts/.qm exist for translators and stay empty).
"""

from __future__ import annotations

import logging

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
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
