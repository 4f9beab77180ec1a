"""The first-run wizard's second way: connecting to the foundation's server (step 2), the
password in the keyring or asked at the start, and never in a file, a log or a title."""

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import psycopg.conninfo
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

import korre_desktop.gui.app as gui_app
import korre_desktop.gui.dialogs.first_run as first_run_dialog
from korre_desktop.errors import (
    DatabaseError,
    DatabaseMissingError,
    KorreError,
    NotADatabaseError,
)
from korre_desktop.gui.dialogs.first_run import FOLDER, START, FirstRunWizard
from korre_desktop.gui.dialogs.sign_in import SignInDialog
from korre_desktop.locations import config_path, remember_database, remembered_database
from korre_desktop.server_location import ServerLocation
from korre_desktop.services import first_run as fr
from korre_desktop.services import server_login as sl
from korre_desktop.store import Store
from korre_desktop.store.postgres_migrate import OlderServerSchemaError
from tests.fake_keyring import LockedKeyring, MemoryKeyring
from tests.gui.test_first_run import FakeWindow, add_schools, app_without_windows  # noqa: F401
from tests.gui.test_keyboard_and_names import unnamed, unreachable

PASSWORD = "Geheim:W@chtw/oord%1"
QUOTED = "Geheim%3AW%40chtw%2Foord%251"
KEY = "j.jansen@db.stichting.nl:5432/korre"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Everything logged during the test, at every level, in a file under tmp_path."""
    path = tmp_path / "logs" / "all.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


def files_with_password(folder: Path, password: str = PASSWORD) -> list[Path]:
    """Every file under ``folder`` that holds the password (as typed or URL-quoted)."""
    secrets = [password.encode(), QUOTED.encode()]
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and any(secret in path.read_bytes() for secret in secrets)
    ]


class FakeServer:
    """Stands in for ``server_login.probe``: records what the wizard tried and answers
    with ``answer`` (a probe result, or an error to raise), at once or when released."""

    def __init__(self) -> None:
        self.tried: list[ServerLocation] = []
        self.answer: object = sl.KORRE
        self.gate: threading.Event | None = None

    def __call__(self, location: ServerLocation) -> str:
        self.tried.append(location)
        if self.gate is not None:
            assert self.gate.wait(10)
        if isinstance(self.answer, BaseException):
            raise self.answer
        assert isinstance(self.answer, str)
        return self.answer


@pytest.fixture
def server(monkeypatch) -> FakeServer:
    fake = FakeServer()
    monkeypatch.setattr(sl, "probe", fake)
    return fake


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The warnings the wizard shows in a message box before it closes."""
    texts: list[str] = []
    monkeypatch.setattr(first_run_dialog, "tell", lambda parent, text: texts.append(text))
    return texts


@pytest.fixture
def wizard(qtbot, dutch) -> FirstRunWizard:
    made = FirstRunWizard()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def to_server_page(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == FOLDER
    wizard.ui.serverChoice.setChecked(True)
    assert wizard.ui.placeStack.currentWidget() is wizard.ui.serverPlace


def fill(
    wizard: FirstRunWizard,
    host: str = "db.stichting.nl",
    database: str = "korre",
    user: str = "j.jansen",
    password: str = PASSWORD,
    port: int = 5432,
) -> None:
    ui = wizard.ui
    ui.host.setText(host)
    ui.port.setValue(port)
    ui.databaseName.setText(database)
    ui.userName.setText(user)
    ui.password.setText(password)


def connect(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.ui.connectButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard._busy, timeout=15_000)


def wait_closed(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=30_000)


def messages(wizard: FirstRunWizard) -> dict[str, str]:
    """The server page's messages on screen, by label."""
    ui = wizard.ui
    labels = {
        "host": ui.hostError,
        "database": ui.databaseError,
        "login": ui.loginError,
        "status": ui.connectStatus,
    }
    return {name: label.text() for name, label in labels.items() if visible(label)}


# -- the URL the fields make ---------------------------------------------------------------


def test_a_remote_server_is_reached_with_tls(qtbot, wizard, server) -> None:
    to_server_page(qtbot, wizard)
    assert wizard.ui.host.hasFocus()
    assert wizard.ui.port.value() == 5432
    fill(wizard)
    assert "versleuteld (TLS)" in wizard.ui.tlsNote.text()
    connect(qtbot, wizard)
    [tried] = server.tried
    assert psycopg.conninfo.conninfo_to_dict(tried.url) == {
        "host": "db.stichting.nl",
        "port": "5432",
        "dbname": "korre",
        "user": "j.jansen",
        "password": PASSWORD,
        "sslmode": "require",
    }
    assert PASSWORD not in str(tried)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1"])
def test_a_server_on_this_computer_is_reached_without_tls(qtbot, wizard, server, host) -> None:
    to_server_page(qtbot, wizard)
    fill(wizard, host=host, port=5433)
    assert "hoeft niet versleuteld" in wizard.ui.tlsNote.text()
    connect(qtbot, wizard)
    info = psycopg.conninfo.conninfo_to_dict(server.tried[0].url)
    assert "sslmode" not in info
    assert (info["host"], info["port"]) == (host, "5433")


def test_missing_fields_are_said_next_to_them_and_nothing_is_tried(qtbot, wizard, server):
    to_server_page(qtbot, wizard)
    fill(wizard, host="db.stichting.nl:5432", database=" ", user="", password="")
    qtbot.keyClick(wizard.ui.password, Qt.Key.Key_Return)  # Enter: Connect
    assert server.tried == []
    assert messages(wizard) == {
        "host": "Typ alleen de naam of het adres van de server, bijvoorbeeld db.stichting.nl "
        "(de poort heeft een eigen veld).",
        "database": "Vul de naam van de database in.",
        "login": "Vul uw gebruikersnaam in.",
    }
    assert wizard.ui.host.hasFocus()
    wizard.ui.host.setText("db.stichting.nl")  # fixed: its message goes, the others stay
    assert set(messages(wizard)) == {"database", "login"}


# -- what a connection found, or why it failed -----------------------------------------------

REASONS = [
    ("no_database", DatabaseMissingError, "database", "De database “korre” bestaat niet"),
    ("login", DatabaseError, "login", "De gebruikersnaam of het wachtwoord is onjuist"),
    ("not_allowed", DatabaseError, "login", "laat deze gebruiker vanaf deze computer niet toe"),
    ("tls", DatabaseError, "host", "Een versleutelde verbinding (TLS) is vereist"),
    ("no_host", DatabaseError, "host", "De server “db.stichting.nl” is onbekend"),
    ("unreachable", DatabaseError, "host", "db.stichting.nl is niet bereikbaar op poort 5432"),
    ("connect", DatabaseError, "status", "Er kon geen verbinding met de server worden gemaakt"),
]


@pytest.mark.parametrize(("reason", "kind", "where", "words"), REASONS, ids=[r[0] for r in REASONS])
def test_each_failure_is_worded_next_to_its_field(
    qtbot, wizard, server, reason, kind, where, words
) -> None:
    server.answer = kind(
        f"cannot connect to the database server (postgresql://x): {reason} happened",
        path=str(sl.server_location(sl.ServerFields("db.stichting.nl", "korre", "j.jansen"))),
        reason=reason,
    )
    to_server_page(qtbot, wizard)
    fill(wizard)
    connect(qtbot, wizard)
    shown = messages(wizard)
    assert list(shown) == [where]
    assert words in shown[where]
    assert wizard.server_found is None
    assert wizard.ui.nextButton.text() == "&Volgende >"
    # changing the field it concerns takes the message away
    field = {
        "host": wizard.ui.host,
        "database": wizard.ui.databaseName,
        "login": wizard.ui.password,
        "status": wizard.ui.host,
    }[where]
    field.setText(field.text() + "x")
    assert messages(wizard) == {}


@pytest.mark.parametrize(
    ("error", "where", "words"),
    [
        (NotADatabaseError("not a Korre Desktop database"), "database", "andere gegevens"),
        (OlderServerSchemaError("older", found=9, supported=10), "status", "server upgrade"),
    ],
)
def test_a_database_korre_desktop_cannot_use_is_said(qtbot, wizard, server, error, where, words):
    server.answer = error
    to_server_page(qtbot, wizard)
    fill(wizard)
    connect(qtbot, wizard)
    shown = messages(wizard)
    assert list(shown) == [where] and words in shown[where]


def test_a_message_never_shows_the_password(qtbot, wizard, server, log_file, tmp_path) -> None:
    server.answer = DatabaseError(
        f"cannot connect to the database server (x): the server echoed {PASSWORD}",
        reason="connect",
    )
    to_server_page(qtbot, wizard)
    fill(wizard)
    connect(qtbot, wizard)
    status = messages(wizard)["status"]
    assert status.endswith("the server echoed •••")
    assert PASSWORD not in status
    assert PASSWORD not in wizard.windowTitle()
    assert files_with_password(tmp_path) == []


def test_connecting_runs_in_the_background_and_a_changed_field_drops_its_answer(
    qtbot, wizard, server
) -> None:
    server.gate = threading.Event()
    to_server_page(qtbot, wizard)
    fill(wizard)
    qtbot.mouseClick(wizard.ui.connectButton, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: len(server.tried) == 1)
        # the window answers while the server has not
        assert messages(wizard) == {"status": f"Verbinden met {KEY}…"}
        assert not wizard.ui.connectButton.isEnabled()
        qtbot.keyClicks(wizard.ui.databaseName, "_test")
        assert wizard.ui.databaseName.text() == "korre_test"
    finally:
        server.gate.set()
    wizard._jobs.wait()
    QApplication.processEvents()
    assert wizard.server_found is None  # found for other fields: not used
    assert messages(wizard) == {}
    server.gate = None
    connect(qtbot, wizard)
    assert psycopg.conninfo.conninfo_to_dict(server.tried[-1].url)["dbname"] == "korre_test"
    assert wizard.server_found == sl.KORRE


# -- finishing -------------------------------------------------------------------------------


def test_a_korre_database_is_opened_and_remembered_without_its_password(
    qtbot, wizard, server, keyring_backend: MemoryKeyring, log_file, told, tmp_path
) -> None:
    to_server_page(qtbot, wizard)
    fill(wizard)
    wizard.ui.rememberPassword.setChecked(True)
    qtbot.keyClick(wizard.ui.password, Qt.Key.Key_Return)  # Enter: Connect
    qtbot.waitUntil(lambda: wizard.server_found == sl.KORRE)
    assert "staan al gegevens van Korre Desktop" in messages(wizard)["status"]
    assert wizard.ui.nextButton.text() == "Database o&penen"
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)  # no step 3
    wait_closed(qtbot, wizard)
    assert wizard.outcome == fr.FirstRunResult(server.tried[0], fr.EXISTING)
    assert remembered_database() == ServerLocation(
        "postgresql://j.jansen@db.stichting.nl:5432/korre?sslmode=require"
    )
    assert keyring_backend.passwords == {("Korre Desktop", KEY): PASSWORD}
    assert told == []
    assert config_path().is_file()
    assert files_with_password(tmp_path) == []  # config, logs, anything written


def test_an_empty_database_is_set_up_for_the_foundation(
    qtbot, wizard, server, monkeypatch, keyring_backend, told, tmp_path
) -> None:
    made: list[tuple] = []
    gate = threading.Event()

    def set_up_server(location, foundation, schools, with_schools):
        assert gate.wait(10)
        made.append((location, foundation, schools, with_schools))
        remember_database(location)

    monkeypatch.setattr(fr, "set_up_server", set_up_server)
    keyring_backend.set_password("Korre Desktop", KEY, "an old one")
    add_schools(qtbot, wizard, "De Linde", "Het Kompas")
    server.answer = sl.EMPTY
    to_server_page(qtbot, wizard)
    fill(wizard)
    qtbot.keyClick(wizard.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.server_found == sl.EMPTY)
    assert "is leeg: Korre Desktop richt hem in" in messages(wizard)["status"]
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == START
    assert KEY in wizard.ui.summary.text()
    wizard.ui.emptyChoice.setChecked(True)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)  # Finish
    try:
        # setting up: no Cancel, no Escape, no second Finish
        assert "wordt ingericht" in wizard.ui.finishError.text()
        assert not wizard.ui.cancelButton.isEnabled()
        assert not wizard.ui.nextButton.isEnabled()
        qtbot.keyClick(wizard.ui.emptyChoice, Qt.Key.Key_Escape)
        assert wizard.isVisible()
    finally:
        gate.set()
    wait_closed(qtbot, wizard)
    assert made == [(server.tried[0], "Stichting de Korre", ["De Linde", "Het Kompas"], True)]
    assert wizard.outcome == fr.FirstRunResult(server.tried[0], fr.EMPTY)
    # not asked to remember: the old one is gone, so the start asks
    assert keyring_backend.passwords == {}
    assert told == []
    assert files_with_password(tmp_path) == []


def test_a_failed_set_up_is_said_and_finish_may_be_tried_again(
    qtbot, wizard, server, monkeypatch
) -> None:
    calls: list[int] = []

    def set_up_server(location, foundation, schools, with_schools):
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseError("cannot connect (x): timeout expired", reason="unreachable")
        remember_database(location)

    monkeypatch.setattr(fr, "set_up_server", set_up_server)
    server.answer = sl.EMPTY
    to_server_page(qtbot, wizard)
    fill(wizard)
    connect(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niet bereikbaar" in wizard.ui.finishError.text())
    assert wizard.isVisible() and wizard.outcome is None
    assert wizard.ui.cancelButton.isEnabled() and wizard.ui.nextButton.isEnabled()
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, wizard)
    assert wizard.outcome is not None and wizard.outcome.choice == fr.IMPORT


def test_without_a_keyring_the_option_is_off_with_the_reason(qtbot, dutch, server) -> None:
    keyring.set_keyring(fail.Keyring())
    made = FirstRunWizard()
    qtbot.addWidget(made)
    made.show()
    to_server_page(qtbot, made)
    assert not made.ui.rememberPassword.isEnabled()
    assert visible(made.ui.keyringNote)
    assert "geen sleutelhanger" in made.ui.keyringNote.text()
    assert "geen sleutelhanger" in made.ui.rememberPassword.accessibleDescription()


def test_a_keyring_that_refuses_is_told_and_the_wizard_still_ends(
    qtbot, wizard, server, told
) -> None:
    keyring.set_keyring(LockedKeyring())
    to_server_page(qtbot, wizard)
    fill(wizard)
    wizard.ui.rememberPassword.setChecked(True)
    connect(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, wizard)
    assert told == [
        "Het wachtwoord kon niet in de sleutelhanger van deze computer worden bewaard. "
        "Korre Desktop vraagt er bij elke start om."
    ]
    assert wizard.outcome is not None


# -- keyboard, names, size -----------------------------------------------------------------


def test_the_server_page_is_named_reachable_and_in_tab_order(qtbot, wizard) -> None:
    to_server_page(qtbot, wizard)
    assert unnamed(wizard) == []
    assert unreachable(wizard) == []
    wizard.ui.serverChoice.setFocus()
    order = []
    for _ in range(11):
        widget = QApplication.focusWidget()
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert order == [
        "serverChoice",
        "host",
        "port",
        "databaseName",
        "userName",
        "password",
        "rememberPassword",
        "connectButton",
        "backButton",
        "nextButton",
        "cancelButton",
    ]
    buddies = {label.buddy() for label in wizard.findChildren(QLabel) if label.buddy()}
    ui = wizard.ui
    assert {ui.host, ui.port, ui.databaseName, ui.userName, ui.password} <= buddies


def test_the_server_page_fits_a_small_screen_with_every_message(qtbot, wizard, server) -> None:
    """1366 x 768, with every message of the page shown at once."""
    server.answer = DatabaseError("x", reason="login")
    keyring.set_keyring(fail.Keyring())
    to_server_page(qtbot, wizard)
    fill(wizard, host="")
    connect(qtbot, wizard)
    ui = wizard.ui
    for label in (ui.hostError, ui.databaseError, ui.loginError, ui.connectStatus):
        first_run_dialog.show_text(label, "Een lange melding die de ruimte vult. " * 4)
    first_run_dialog.show_text(ui.keyringNote, "Geen sleutelhanger. " * 6)
    QApplication.processEvents()
    size = wizard.minimumSizeHint().expandedTo(wizard.minimumSize())
    assert size.width() <= 1366 and size.height() <= 768 - 60  # the taskbar and title


# -- the start: the kept password, or asked --------------------------------------------------


REMEMBERED = ServerLocation("postgresql://j.jansen@db.stichting.nl:5432/korre?sslmode=require")


def test_the_start_uses_the_password_kept_in_the_keyring(
    app_without_windows,  # noqa: F811
    monkeypatch,
    tmp_path,
) -> None:
    remember_database(REMEMBERED)
    sl.save_password(sl.fields_of(REMEMBERED), PASSWORD)
    monkeypatch.setattr(
        "korre_desktop.gui.dialogs.sign_in.ask_sign_in",
        lambda *args: pytest.fail("no password should be asked"),
    )
    assert gui_app.run_app(remembered_database(), given=False) == 0
    [window] = app_without_windows
    assert psycopg.conninfo.conninfo_to_dict(window.path.url)["password"] == PASSWORD
    assert files_with_password(tmp_path) == []


def _refusing_window(windows: list, good: str) -> Callable:
    """create_main_window that refuses any password but ``good`` as the server would."""

    def create(path):
        password = psycopg.conninfo.conninfo_to_dict(path.url).get("password")
        if password != good:
            raise DatabaseError(
                "cannot connect (x): password authentication failed", reason="login"
            )
        window = FakeWindow(path)
        windows.append(window)
        return window

    return create


def test_the_start_asks_the_password_when_none_is_kept(
    app_without_windows,  # noqa: F811
    monkeypatch,
) -> None:
    remember_database(REMEMBERED)
    asked: list[tuple] = []

    def ask(location, refused):
        asked.append((location, refused))
        return sl.with_password(location, PASSWORD)

    monkeypatch.setattr(
        gui_app, "create_main_window", _refusing_window(app_without_windows, PASSWORD)
    )
    monkeypatch.setattr("korre_desktop.gui.dialogs.sign_in.ask_sign_in", ask)
    assert gui_app.run_app(remembered_database(), given=False) == 0
    [(location, refused)] = asked
    assert location == REMEMBERED and sl.is_login_failure(refused)
    [window] = app_without_windows
    assert psycopg.conninfo.conninfo_to_dict(window.path.url)["password"] == PASSWORD


def test_cancelling_the_password_ends_the_app_quietly(
    app_without_windows,  # noqa: F811
    monkeypatch,
) -> None:
    remember_database(REMEMBERED)
    sl.save_password(sl.fields_of(REMEMBERED), "an old one")
    monkeypatch.setattr(
        gui_app, "create_main_window", _refusing_window(app_without_windows, PASSWORD)
    )
    monkeypatch.setattr("korre_desktop.gui.dialogs.sign_in.ask_sign_in", lambda *args: None)
    assert gui_app.run_app(remembered_database(), given=False) == 0
    assert app_without_windows == []


def test_another_start_failure_is_shown_not_asked(
    app_without_windows,  # noqa: F811
    monkeypatch,
) -> None:
    shown: list[BaseException] = []

    def unreachable_server(path):
        # as store/postgres.py connect_error says it: where, without the password
        raise DatabaseError(
            "cannot connect (x): timeout expired", path=str(path), reason="unreachable"
        )

    monkeypatch.setattr(gui_app, "create_main_window", unreachable_server)
    monkeypatch.setattr(gui_app.ErrorPresenter, "show", lambda self, exc: shown.append(exc))
    monkeypatch.setattr(
        "korre_desktop.gui.dialogs.sign_in.ask_sign_in",
        lambda *args: pytest.fail("no password should be asked"),
    )
    assert gui_app.run_app(REMEMBERED, given=True) == 2
    [error] = shown
    from korre_desktop.gui.errors import user_message

    assert user_message(error).startswith(f"De stichtingsserver is niet bereikbaar ({REMEMBERED})")


@pytest.fixture
def password_dialog(qtbot, dutch, server) -> Callable[..., SignInDialog]:
    def make(refused: KorreError | None = None, location=REMEMBERED) -> SignInDialog:
        dialog = SignInDialog(location, refused)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_the_password_dialog_says_a_wrong_password_and_keeps_a_right_one(
    qtbot, password_dialog, server, keyring_backend
) -> None:
    dialog = password_dialog()
    assert "db.stichting.nl:5432/korre" in dialog.ui.intro.text()
    assert dialog.ui.login.text() == "j.jansen"
    assert not visible(dialog.ui.passwordError)  # asked the first time: no reproach
    assert dialog.focusWidget() is dialog.ui.password
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.ui.passwordError.text() == "Typ uw wachtwoord."
    server.answer = DatabaseError("refused", reason="login")
    qtbot.keyClicks(dialog.ui.password, "fout")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(dialog.ui.passwordError))
    assert "gebruikersnaam of het wachtwoord is onjuist" in dialog.ui.passwordError.text()
    assert dialog.isVisible()
    server.answer = sl.KORRE
    dialog.ui.password.setText(PASSWORD)
    assert not visible(dialog.ui.passwordError)
    dialog.ui.rememberPassword.setChecked(True)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert psycopg.conninfo.conninfo_to_dict(dialog.signed_in.url)["password"] == PASSWORD
    assert str(dialog.signed_in) == str(REMEMBERED)
    assert keyring_backend.passwords == {("Korre Desktop", KEY): PASSWORD}


def test_the_password_dialog_after_a_kept_password_was_refused(
    qtbot, password_dialog, keyring_backend
) -> None:
    keyring_backend.set_password("Korre Desktop", KEY, "an old one")
    refused = DatabaseError("cannot connect (x): password authentication failed", reason="login")
    dialog = password_dialog(refused, sl.with_password(REMEMBERED, "an old one"))
    assert "onjuist" in dialog.ui.passwordError.text()
    assert dialog.ui.rememberPassword.isChecked()  # it was kept: keep the new one
    dialog.ui.rememberPassword.setChecked(False)
    dialog.ui.password.setText(PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert keyring_backend.passwords == {}  # not to be kept any more: forgotten


def test_the_password_dialog_without_a_keyring(qtbot, password_dialog) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = password_dialog()
    assert not dialog.ui.rememberPassword.isEnabled()
    assert "geen sleutelhanger" in dialog.ui.keyringNote.text()
    assert unnamed(dialog) == [] and unreachable(dialog) == []


def test_the_about_window_shows_a_server_without_its_password(qtbot, dutch) -> None:
    from korre_desktop.gui.dialogs.about import AboutDialog

    dialog = AboutDialog(sl.with_password(REMEMBERED, PASSWORD))
    qtbot.addWidget(dialog)
    assert dialog.ui.databasePath.text() == str(REMEMBERED)
    assert PASSWORD not in dialog.ui.databasePath.text()
    assert QUOTED not in dialog.ui.databasePath.text()
    assert dialog.ui.databasePath.accessibleName() == "Database op de server"
    assert not dialog.ui.openDatabaseFolder.isEnabled()


# -- on a real server (KORRE_TEST_ENGINE=postgresql) ----------------------------------------


def fill_from_url(wizard: FirstRunWizard, url: str) -> sl.ServerFields:
    fields = sl.fields_of(url)
    assert fields is not None
    fill(wizard, fields.host, fields.database, fields.user, PASSWORD, fields.port)
    return fields


@pytest.mark.server_only
def test_the_wizard_sets_up_an_empty_server_database(
    qtbot, wizard, server_databases, keyring_backend, log_file, told, tmp_path
) -> None:
    url = server_databases.new_empty_database()
    wizard.ui.foundationName.setText("Stichting Het Anker")
    add_schools(qtbot, wizard, "De Linde", "Het Kompas")
    to_server_page(qtbot, wizard)
    fields = fill_from_url(wizard, url)
    wizard.ui.rememberPassword.setChecked(True)
    connect(qtbot, wizard)
    assert wizard.server_found == sl.EMPTY, messages(wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    wizard.ui.emptyChoice.setChecked(True)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, wizard)
    assert wizard.outcome.choice == fr.EMPTY
    with Store.open(wizard.outcome.path) as store:
        assert store.setting("foundation_name") == "Stichting Het Anker"
        names = [row["name"] for row in store.rows("SELECT name FROM schools ORDER BY id")]
        assert names == ["De Linde", "Het Kompas"]
    assert remembered_database() == sl.server_location(fields)
    assert keyring_backend.passwords == {("Korre Desktop", fields.key): PASSWORD}
    assert files_with_password(tmp_path) == []


@pytest.mark.server_only
def test_the_wizard_opens_an_existing_server_database(
    qtbot, wizard, server_databases, told, tmp_path
) -> None:
    url = server_databases.new_database()
    with Store.open(url, actor="test") as store, store.transaction():
        store.set_setting("foundation_name", "Stichting Bestaand")
    to_server_page(qtbot, wizard)
    fields = fill_from_url(wizard, url)
    connect(qtbot, wizard)
    assert wizard.server_found == sl.KORRE, messages(wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, wizard)
    assert wizard.outcome.choice == fr.EXISTING
    with Store.open(wizard.outcome.path) as store:
        assert store.setting("foundation_name") == "Stichting Bestaand"  # untouched
    assert remembered_database() == sl.server_location(fields)
    assert files_with_password(tmp_path) == []


@pytest.mark.server_only
def test_the_wizard_words_a_missing_server_database(qtbot, wizard, server_databases) -> None:
    url = server_databases.new_empty_database()
    to_server_page(qtbot, wizard)
    fields = sl.fields_of(url)
    fill(wizard, fields.host, "er_is_geen", fields.user, PASSWORD, fields.port)
    connect(qtbot, wizard)
    assert messages(wizard) == {
        "database": "De database “er_is_geen” bestaat niet op de server. "
        "Controleer de naam van de database."
    }


@pytest.mark.server_only
def test_a_window_on_the_server_keeps_its_password_out_of_title_and_settings(
    qtbot, dutch, server_databases, settings, log_file, tmp_path
) -> None:
    url = server_databases.new_database()
    location = sl.with_password(ServerLocation(url), PASSWORD)
    window = gui_app.create_main_window(location, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        assert PASSWORD not in window.windowTitle()
        about = window.show_about()
        assert about.ui.databasePath.text() == url
        about.close()
    finally:
        window.close()
        window.context.jobs.wait()
    settings.sync()
    assert (tmp_path / "window.ini").is_file()
    assert files_with_password(tmp_path) == []
