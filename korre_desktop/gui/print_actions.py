"""The print actions for the main window's menus: the no-photo list and the worklists.

The window creates one ``PrintActions``, puts ``actions()`` in a menu, and calls
``set_class_context(school, class_name)`` when the selected class changes (in the
Leerlingen or Mediatoestemming tab), so the dialog opens on that class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from korre_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from korre_desktop.gui.dialogs.print_no_photo import PrintListDialog

# The kinds of list (as in gui/dialogs/print_no_photo.py, which loads reportlab and
# PDFium: it is imported when a dialog first opens, so the window starts quickly).
NO_PHOTO = "no_photo"
WORKLISTS = "worklists"


class PrintActions(QObject):
    """Actions: ``print_no_photo`` and ``print_worklists``. Each opens its dialog
    window-modally (``open()``); ``current_dialog`` is the one that is open."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self._school: str | None = None
        self._class_name: str | None = None
        self.current_dialog: PrintListDialog | None = None
        self.print_no_photo = QAction(self.tr("&No-photo list…"), self)
        self.print_no_photo.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_no_photo.setStatusTip(
            self.tr("Print who may not be photographed, filmed or recorded, per class or trip")
        )
        self.print_no_photo.triggered.connect(lambda _checked=False: self.open_no_photo())
        self.print_worklists = QAction(self.tr("&Worklists as PDF…"), self)
        self.print_worklists.setStatusTip(
            self.tr("Print the worklists: protocols, turned 16, conflicts, missing forms")
        )
        self.print_worklists.triggered.connect(lambda _checked=False: self.open_worklists())

    def actions(self) -> list[QAction]:
        """All actions, in menu order."""
        return [self.print_no_photo, self.print_worklists]

    def set_class_context(self, school: str | None, class_name: str | None) -> None:
        """The school and class selected in the window (either may be None)."""
        self._school = school or None
        self._class_name = class_name or None

    def class_context(self) -> tuple[str | None, str | None]:
        return self._school, self._class_name

    def open_no_photo(self) -> PrintListDialog:
        return self._open(NO_PHOTO)

    def open_worklists(self) -> PrintListDialog:
        return self._open(WORKLISTS)

    def _open(self, kind: str) -> PrintListDialog:
        from korre_desktop.gui.dialogs.print_no_photo import PrintListDialog

        dialog = PrintListDialog(
            self.context, self._window, kind, school=self._school, class_name=self._class_name
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: PrintListDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None
