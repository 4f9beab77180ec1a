"""Signing in to the server in the window: the lock after idle time, signing out, changing
the password, the sign-in dialog's login, and About saying who works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.gui import app as gui_app
from korre_desktop.gui import main_window as main_window_module
from korre_desktop.gui.dialogs.about import AboutDialog
from korre_desktop.gui.dialogs.change_password import ChangePasswordDialog
from korre_desktop.gui.dialogs.sign_in import SignInDialog
from korre_desktop.gui.main_window import TABS_PAGE, MainWindow
from korre_desktop.gui.window_lock import MINUTE_MS
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import server_login as sl
from korre_desktop.services import settings as settings_service
from korre_desktop.store import Store
from tests.gui.conftest import DEMO_DAY, make_context, wait_loaded

SESSION = ServerLocation("postgresql://j.jansen:Geheim-2026@db.stichting.nl:5432/korre")


@pytest.fixture
def server_window(qtbot, demo_db, settings, dutch, monkeypatch):
    """The main window as on the server: signed in as j.jansen (the data is the demo file;
    only what the window does differs)."""
    monkeypatch.setattr(main_window_module, "signs_in", lambda store: True)
    monkeypatch.setattr(Store, "signed_in", lambda self: SignedIn("j.jansen", Role.ADMINISTRATIE))
    store = Store.open(demo_db, actor="test")
    window = MainWindow(make_context(store, settings, DEMO_DAY), SESSION)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.context.jobs.wait()
    store.close()


def test_the_server_window_names_who_is_signed_in(server_window):
    title = server_window.windowTitle()
    assert "j.jansen (administratie)" in title and "Geheim" not in title
    for action in (
        server_window.sign_out_action,
        server_window.change_password_action,
        server_window.lock_action,
    ):
        assert action.isVisible()
    assert [a.text() for a in server_window.ui.menuFile.actions()][-5:] == [
        "Wachtwoord &wijzigen…",
        "&Vergrendelen",
        "Af&melden",
        "",
        "&Afsluiten",
    ]


def test_the_window_locks_after_idle_time_and_opens_with_the_password(
    qtbot, server_window, tmp_path: Path
):
    window = server_window
    lock = window.window_lock
    assert lock.watch.interval_ms == 15 * MINUTE_MS  # the default setting
    wait_loaded(qtbot, window.current_tab())
    about = window.show_about()
    assert about.isVisible()
    lock.watch.set_interval_ms(30)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    assert window.ui.pages.currentWidget() is lock.page
    assert not about.isVisible()
    assert not window.menuBar().isVisible() and not window.ui.entryToolBar.isVisible()
    assert not window.statusBar().isVisible()
    assert window.windowTitle() == "Korre Desktop"
    assert window.grab().save(str(tmp_path / "window-locked.png"))
    page = lock.page.ui
    assert "j.jansen" in page.message.text()
    assert window.focusWidget() is page.password
    qtbot.keyClicks(page.password, "fout")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert (
        lock.is_locked
        and page.passwordError.text() == "Dit is niet uw wachtwoord. Probeer het opnieuw."
    )
    page.password.clear()
    qtbot.keyClicks(page.password, "Geheim-2026")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.ui.pages.currentIndex() == TABS_PAGE
    assert about.isVisible() and window.menuBar().isVisible()
    assert "j.jansen" in window.windowTitle()
    assert page.password.text() == ""  # nothing of it kept on the page
    assert lock.watch.timer.isActive()


def test_input_keeps_the_window_open(qtbot, server_window):
    watch = server_window.window_lock.watch
    watch.set_interval_ms(60_000)
    watch.timer.start(100)  # as if nearly idle
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(server_window, move)
    assert watch.timer.remainingTime() > 1000


def test_a_change_from_another_pc_while_locked_waits_for_the_unlock(qtbot, server_window):
    window = server_window
    window.window_lock.lock()
    window.reload_all()  # the live refresh
    assert window.ui.pages.currentWidget() is window.window_lock.page
    window.window_lock.page.ui.password.setText("Geheim-2026")
    assert window.window_lock.try_unlock()
    assert window.ui.pages.currentIndex() == TABS_PAGE


def test_lock_setting_zero_never_locks(qtbot, server_window):
    window = server_window
    with window.context.store.transaction():
        settings_service.save_text(window.context.store, settings_service.LOCK_AFTER_MINUTES, "0")
    window._settings_changed()
    assert not window.window_lock.watch.timer.isActive()
    window.lock_action.trigger()  # by hand it still locks
    assert window.window_lock.is_locked


def test_signing_out_from_the_menu_and_the_lock_page(qtbot, server_window):
    with qtbot.waitSignal(server_window.signed_out):
        server_window.sign_out_action.trigger()
    server_window.window_lock.lock()
    with qtbot.waitSignal(server_window.signed_out):
        server_window.window_lock.page.ui.signOut.click()


@pytest.mark.embedded_only
def test_the_embedded_file_has_no_sign_in_and_no_lock(window):
    assert not window.sign_out_action.isVisible()
    assert not window.change_password_action.isVisible()
    assert not window.lock_action.isVisible()
    assert not window.window_lock.watch.timer.isActive()
    assert "(" not in window.windowTitle().split("—")[1]  # no role in the title


class StubApp:
    def __init__(self) -> None:
        self.quit_on_last = True
        self.ended: list[object] = []

    def setQuitOnLastWindowClosed(self, value: bool) -> None:
        self.quit_on_last = value

    def quit(self) -> None:
        self.ended.append("quit")

    def exit(self, code: int) -> None:
        self.ended.append(code)


class SessionWindow(QWidget):
    from PySide6.QtCore import Signal

    signed_out = Signal()

    def __init__(self, path) -> None:
        super().__init__()
        self.db_path = path


def test_signing_out_closes_the_window_and_asks_who_signs_in(qtbot, monkeypatch):
    first = SessionWindow(SESSION)
    qtbot.addWidget(first)
    first.show()
    asked: list[tuple] = []
    second = SessionWindow(sl.with_password(sl.with_login(SESSION, "p.pietersen"), "x"))
    qtbot.addWidget(second)

    def open_window(location, ask=False):
        asked.append((location, ask))
        assert not first.isVisible()  # nothing of the old session on screen
        return second

    monkeypatch.setattr(gui_app, "_open_window", open_window)
    app = StubApp()
    session = gui_app.Session(app, first)
    first.signed_out.emit()
    [(location, ask)] = asked
    assert ask and not sl.has_password(location) and str(location) == str(SESSION)
    assert session.window is second and second.isVisible()
    assert app.quit_on_last and app.ended == []
    # the next one cancels the sign-in: the app ends
    monkeypatch.setattr(gui_app, "_open_window", lambda location, ask=False: None)
    second.signed_out.emit()
    assert app.ended == ["quit"]


# -- the sign-in dialog ----------------------------------------------------------------------


@pytest.fixture
def sign_in_dialog(qtbot, dutch, monkeypatch):
    tried: list[ServerLocation] = []

    def probe(location):
        tried.append(location)
        if sl.password_of(location) != "goed-wachtwoord":
            from korre_desktop.errors import DatabaseError

            raise DatabaseError("password authentication failed", reason="login")
        return sl.KORRE

    monkeypatch.setattr(sl, "probe", probe)
    dialog = SignInDialog(sl.without_password(SESSION))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tried = tried
    return dialog


def test_the_sign_in_dialog_asks_login_and_password_in_tab_order(qtbot, sign_in_dialog):
    dialog = sign_in_dialog
    ui = dialog.ui
    assert ui.login.text() == "j.jansen"  # the remembered login
    assert dialog.focusWidget() is ui.password
    order = [ui.login]
    widget = ui.login
    for _ in range(2):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:2] == [ui.login, ui.password]
    ui.login.clear()
    qtbot.keyClick(ui.password, Qt.Key.Key_Return)
    assert ui.loginError.text() == "Typ uw inlognaam."
    assert ui.login.hasFocus()
    qtbot.keyClicks(ui.login, "p.pietersen")
    qtbot.keyClicks(ui.password, "fout")
    qtbot.keyClick(ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(ui.passwordError.text()), timeout=5000)
    assert "onjuist" in ui.passwordError.text()
    ui.password.setText("goed-wachtwoord")
    qtbot.keyClick(ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert sl.fields_of(dialog.signed_in).user == "p.pietersen"
    assert sl.password_of(dialog.signed_in) == "goed-wachtwoord"


def test_the_remembered_login_follows_who_signed_in(tmp_path, monkeypatch):
    from korre_desktop.locations import config_path, remember_database, remembered_database

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    remembered = sl.without_password(SESSION)
    remember_database(remembered)
    other = sl.with_password(sl.with_login(SESSION, "p.pietersen"), "geheim-wachtwoord")
    assert sl.remember_login(other)
    assert sl.fields_of(remembered_database()).user == "p.pietersen"
    assert "geheim" not in config_path().read_text(encoding="utf-8")
    assert not sl.remember_login(other)  # the same: nothing to change
    elsewhere = ServerLocation("postgresql://p.pietersen:x@andere.server.nl/korre")
    assert not sl.remember_login(elsewhere)  # another server: the first start's stays
    assert sl.fields_of(remembered_database()).host == "db.stichting.nl"


# -- changing the password ---------------------------------------------------------------------


def test_password_problems_are_said_per_field():
    codes = lambda *typed: [(p.field, p.code) for p in sl.password_problems("oud-1234", *typed)]  # noqa: E731
    assert codes("", "", "") == [("current", "required"), ("new", "required")]
    assert codes("fout", "kort", "kort") == [
        ("current", sl.PASSWORD_WRONG),
        ("new", sl.PASSWORD_SHORT),
    ]
    assert codes("oud-1234", "oud-1234", "oud-1234") == [("new", sl.PASSWORD_SAME)]
    assert codes("oud-1234", "nieuw-5678", "nieuw-567") == [("repeat", sl.PASSWORD_MISMATCH)]
    assert codes("oud-1234", "nieuw-5678", "nieuw-5678") == []


def test_the_change_password_dialog(qtbot, server_window, monkeypatch, keyring_backend):
    window = server_window
    fields = sl.fields_of(SESSION)
    sl.save_password(fields, "Geheim-2026")
    changed: list[tuple] = []
    monkeypatch.setattr(
        "korre_desktop.store.own_password.change_own_password",
        lambda store, new, url: changed.append((new, url)),
    )
    dialog = window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.current
    qtbot.keyClicks(ui.current, "fout")
    qtbot.keyClicks(ui.newPassword, "kort")
    dialog.accept()
    assert ui.currentError.text() == "Dit is niet het wachtwoord waarmee u bent aangemeld."
    assert ui.newError.text() == "Minstens 8 tekens."
    assert dialog.isVisible() and changed == []
    ui.current.setText("Geheim-2026")
    ui.newPassword.setText("Nieuw-Wachtwoord-1")
    ui.repeat.setText("Nieuw-Wachtwoord-1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    [(new, url)] = changed
    assert new == "Nieuw-Wachtwoord-1" and sl.password_of(ServerLocation(url)) == new
    assert sl.password_of(window.db_path) == new  # the session goes on with it
    assert sl.saved_password(fields) == new  # the keyring held the old one: replaced
    window.window_lock.lock()
    window.window_lock.page.ui.password.setText(new)
    assert window.window_lock.try_unlock()


# -- About ---------------------------------------------------------------------------------------


def test_about_says_one_local_user_on_the_file(qtbot, dutch, tmp_path: Path):
    dialog = AboutDialog(tmp_path / "k.sqlite", None, SignedIn("kantoor", Role.BEHEERDER))
    qtbot.addWidget(dialog)
    text = dialog.ui.user.text()
    assert text.startswith("Eén lokale gebruiker: het account kantoor van deze pc.")
    assert "beschermt" in text


def test_about_says_who_is_signed_in_on_the_server(qtbot, dutch):
    dialog = AboutDialog(SESSION, None, SignedIn("j.jansen", Role.LEERKRACHT))
    qtbot.addWidget(dialog)
    assert dialog.ui.user.text() == "Aangemeld op de server als j.jansen (leerkracht)."
