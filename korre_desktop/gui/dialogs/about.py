"""Help → About: version, where the database and the logs are, versions and licences."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from korre_desktop import __version__
from korre_desktop.domain.roles import SignedIn
from korre_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from korre_desktop.gui.role_words import signed_in_text
from korre_desktop.locations import log_folder
from korre_desktop.paths import resource_dir
from korre_desktop.server_location import ServerLocation
from korre_desktop.store.connection import engine_version

ICON_SIZE = 64

# (name, distribution for its version or None, licence): the libraries of pyproject.toml
# and what ships with them. Names and licences are not translated.
LIBRARIES: tuple[tuple[str, str | None, str], ...] = (
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLite", None, "public domain"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "zlib (SQLCipher: BSD-3-Clause; OpenSSL: Apache-2.0)"),
    ("psycopg 3 (server mode; libpq)", "psycopg", "LGPL-3.0 (libpq: PostgreSQL licence)"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Pillow", "Pillow", "MIT-CMU (HPND)"),
    ("pillow-heif", "pillow-heif", "BSD-3-Clause (libheif: LGPL-3.0)"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("OpenCV (opencv-python-headless)", "opencv-python-headless", "Apache-2.0"),
    ("pypdfium2 (PDFium)", "pypdfium2", "Apache-2.0 / BSD-3-Clause"),
    ("ReportLab", "reportlab", "BSD"),
    ("rl-accel", "rl-accel", "BSD"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-calamine", "python-calamine", "MIT"),
    ("defusedxml", "defusedxml", "PSF-2.0"),
    ("zxing-cpp", "zxing-cpp", "Apache-2.0"),
    ("olefile", "olefile", "BSD-2-Clause"),
    ("keyring", "keyring", "MIT"),
    ("DejaVu fonts", None, "Bitstream Vera licence / public domain"),
    ("Python", None, "PSF-2.0"),
)


def app_icon_path() -> Path:
    return resource_dir() / "icons" / "app.svg"


def _version(distribution: str | None, name: str) -> str:
    if name == "SQLite":
        return engine_version()
    if name == "Python":
        return platform.python_version()
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a bundle without the package's metadata
        return ""


def libraries_text() -> str:
    rows = [
        (f"{name} {_version(dist, name)}".strip(), licence) for name, dist, licence in LIBRARIES
    ]
    width = max(len(name) for name, _licence in rows) + 2
    return "\n".join(f"{name:<{width}}{licence}" for name, licence in rows)


def versions_text() -> str:
    return f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}"


class AboutDialog(QDialog):
    def __init__(
        self,
        db_path: Path | ServerLocation | None,
        parent: QWidget | None = None,
        signed_in: SignedIn | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        ui = self.ui

        title = QFont(ui.appName.font())
        title.setPointSizeF(title.pointSizeF() * 1.6)
        title.setBold(True)
        ui.appName.setFont(title)
        ui.version.setText(self.tr("Version %1").replace("%1", __version__))
        ui.version.setAccessibleName(ui.version.text())
        self.has_icon = self._load_icon()

        if db_path is not None:
            ui.databasePath.setText(str(db_path))  # a server's without its password
            ui.openDatabaseFolder.setEnabled(isinstance(db_path, Path))
            if not isinstance(db_path, Path):  # the foundation's server: no file, no folder
                ui.databasePath.setAccessibleName(self.tr("Database on the server"))
                ui.openDatabaseFolder.hide()
        else:
            ui.databasePath.setText(self.tr("(no database open)"))
            ui.openDatabaseFolder.setEnabled(False)
        ui.user.setText(self.user_text(db_path, signed_in))
        ui.logFolder.setText(str(log_folder()))
        ui.versions.setText(versions_text())
        for field in (ui.databasePath, ui.logFolder, ui.versions):
            field.setCursorPosition(0)
            field.setToolTip(field.text())

        fixed = QFont("monospace")
        fixed.setStyleHint(QFont.StyleHint.Monospace)
        ui.libraries.setFont(fixed)
        ui.libraries.setPlainText(libraries_text())
        # Tall enough for the whole list, so it reads without scrolling.
        lines = ui.libraries.document().blockCount() + 1
        frame = 2 * ui.libraries.frameWidth() + 2 * int(ui.libraries.document().documentMargin())
        ui.libraries.setMinimumHeight(ui.libraries.fontMetrics().lineSpacing() * lines + frame)
        self.resize(self.width(), self.sizeHint().height())

        ui.openDatabaseFolder.clicked.connect(self.open_database_folder)
        ui.openLogFolder.clicked.connect(self.open_log_folder)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        close.setFocus()

    def user_text(self, db_path: Path | ServerLocation | None, signed_in: SignedIn | None) -> str:
        """Who works: on the server the person signed in and their role; on a file one
        local user, the PC's account, whose own login protects the file."""
        if isinstance(db_path, ServerLocation) and signed_in is not None:
            return self.tr("Signed in to the server as %1.").replace(
                "%1", signed_in_text(signed_in)
            )
        if isinstance(db_path, Path):
            account = signed_in.login if signed_in is not None else ""
            text = self.tr(
                "One local user: this PC's account %1. The database file has no logins of "
                "its own; the office PC's own sign-in protects it."
            ).replace("%1", account)
            return f"{text} {self.encryption_text(db_path)}"
        return ""

    def encryption_text(self, db_path: Path) -> str:
        from korre_desktop.services.encryption import is_encrypted

        if is_encrypted(db_path):
            return self.tr("The database file is encrypted (SQLCipher), and so are its backups.")
        return self.tr("The database file is not encrypted (korre-desktop encrypt).")

    def _load_icon(self) -> bool:
        path = app_icon_path()
        if not path.is_file():
            self.ui.icon.hide()
            return False
        pixmap = QIcon(str(path)).pixmap(ICON_SIZE, ICON_SIZE, QIcon.Mode.Normal)
        if pixmap.isNull():
            self.ui.icon.hide()
            return False
        self.ui.icon.setPixmap(pixmap)
        return True

    def open_database_folder(self) -> bool:
        return isinstance(self.db_path, Path) and self._open_folder(self.db_path.parent)

    def open_log_folder(self) -> bool:
        return self._open_folder(log_folder())

    def _open_folder(self, folder: Path) -> bool:
        if not folder.is_dir():
            message = self.tr("The folder %1 does not exist (yet).")
        elif QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        else:
            message = self.tr("The folder %1 could not be opened.")
        QMessageBox.warning(self, self.tr("Open folder"), message.replace("%1", str(folder)))
        return False
