"""The lock after idle time (the server mode): no key pressed and no mouse moved for the
set minutes hides everything personal: the tabs give way to a lock page, open dialogs are
hidden, the menus, toolbars and status bar go and the title names nobody. Typing the
session's password opens it again as it was; signing out closes it.

On the embedded file the window does not lock: it is one local user, and the office PC's
own screen lock protects it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from korre_desktop.gui.dialogs.first_run import show_text
from korre_desktop.gui.forms.ui_lock_page import Ui_LockPage

MINUTE_MS = 60_000
# What counts as someone at the computer.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Says ``idle`` after ``interval_ms`` without keyboard or mouse input anywhere in the
    app (an application event filter); 0: never."""

    idle = Signal()

    def __init__(self, parent: QObject, interval_ms: int) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval_ms(interval_ms)
        QApplication.instance().installEventFilter(self)

    def set_interval_ms(self, interval_ms: int) -> None:
        self.interval_ms = interval_ms
        self.restart()

    def restart(self) -> None:
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def pause(self) -> None:
        self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start(self.interval_ms)
        return False


class LockPage(QWidget):
    """The page shown instead of the tabs while locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockPage()
        self.ui.setupUi(self)
        self.setObjectName("lockPage")
        self.ui.password.textChanged.connect(lambda _text: show_text(self.ui.passwordError, ""))
        show_text(self.ui.passwordError, "")


class WindowLock(QObject):
    """Locks ``window`` (its ``ui.pages`` gets the lock page) and unlocks it when
    ``check(password)`` says the typed password is the session's."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        check: Callable[[str], bool],
        login: str,
        interval_ms: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.check = check
        self.page = LockPage()
        self.page.ui.message.setText(
            self.tr("Signed in as %1. Type your password to go on.").replace("%1", login)
        )
        self.page_index = window.ui.pages.addWidget(self.page)
        self.page.ui.unlock.clicked.connect(self.try_unlock)
        self.page.ui.password.returnPressed.connect(self.try_unlock)
        self.watch = IdleWatch(self, interval_ms)
        self.watch.idle.connect(self.lock)
        self.is_locked = False
        self._restore: list[Callable[[], None]] = []

    def set_minutes(self, minutes: int) -> None:
        self.watch.set_interval_ms(max(0, minutes) * MINUTE_MS)

    def lock(self) -> None:
        if self.is_locked:
            return
        window = self.window
        self.is_locked = True
        self.watch.pause()
        restore: list[Callable[[], None]] = []
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.hide()
                restore.append(dialog.show)
        for widget in window_parts(window):
            if widget.isVisible():
                widget.hide()
                restore.append(widget.show)
        pages = window.ui.pages
        page, title = pages.currentIndex(), window.windowTitle()
        restore.append(lambda: pages.setCurrentIndex(page))
        restore.append(lambda: window.setWindowTitle(title))
        self._restore = restore
        pages.setCurrentIndex(self.page_index)
        window.setWindowTitle("Korre Desktop")  # no names, no server login
        self.page.ui.password.clear()
        show_text(self.page.ui.passwordError, "")
        window.activateWindow()  # the dialogs that had it are hidden
        self.page.ui.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked.emit()

    def try_unlock(self) -> bool:
        ui = self.page.ui
        typed = ui.password.text()
        if not typed:
            show_text(ui.passwordError, self.tr("Type your password."))
            return False
        if not self.check(typed):
            show_text(ui.passwordError, self.tr("This is not your password. Try again."))
            ui.password.selectAll()
            return False
        ui.password.clear()
        self.unlock()
        return True

    def unlock(self) -> None:
        if not self.is_locked:
            return
        self.is_locked = False
        for step in reversed(self._restore):
            step()
        self._restore = []
        self.watch.restart()
        self.unlocked.emit()


def window_parts(window: QMainWindow) -> list[QWidget]:
    """What shows more than the lock page: the menu bar, the toolbars, the status bar."""
    from PySide6.QtWidgets import QToolBar

    return [window.menuBar(), *window.findChildren(QToolBar), window.statusBar()]
