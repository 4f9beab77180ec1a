"""Loading the Dutch translation (the default) into the application."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from korre_desktop.paths import translations_dir

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "nl"


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the app's and Qt's own translations; English needs none."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
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
