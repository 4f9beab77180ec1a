"""The first-run wizard: the foundation and schools, the data folder, how to begin."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

import korre_desktop.gui.app as gui_app
from korre_desktop.gui.dialogs.first_run import (
    FOLDER,
    START,
    WELCOME,
    FirstRunWizard,
    run_first_run,
)
from korre_desktop.locations import config_path, default_database_path, remembered_database
from korre_desktop.services import first_run as fr
from korre_desktop.store import Store

SHOTS = os.environ.get("KORRE_SCREENSHOTS")  # a folder: the pages are saved there as PNG


@pytest.fixture
def wizard(qtbot, dutch) -> FirstRunWizard:
    made = FirstRunWizard()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def choose_folder(wizard: FirstRunWizard, folder: Path) -> fr.FolderCheck:
    wizard.ui.folder.setText(str(folder))
    return wizard.check_folder()


def to_folder_page(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == FOLDER


def add_schools(qtbot, wizard: FirstRunWizard, *names: str) -> None:
    for name in names:
        wizard.ui.newSchool.setFocus()
        qtbot.keyClicks(wizard.ui.newSchool, name)
        qtbot.keyClick(wizard.ui.newSchool, Qt.Key.Key_Return)


def shot(wizard: FirstRunWizard, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        assert wizard.grab().save(str(Path(SHOTS) / f"firstrun_{name}.png"))


# -- step 1 --------------------------------------------------------------------------------


def test_defaults(wizard: FirstRunWizard) -> None:
    assert wizard.page() == WELCOME
    assert wizard.ui.foundationName.text() == "Stichting de Korre"
    assert wizard.ui.folder.text() == str(default_database_path().parent)
    assert wizard.check.problem is None and wizard.check.warning is None
    assert wizard.check.database == default_database_path()
    assert wizard.ui.importChoice.isChecked()
    assert not visible(wizard.ui.backButton)
    assert wizard.ui.nextButton.isEnabled()


def test_schools_are_added_edited_and_removed_by_keyboard(qtbot, wizard) -> None:
    add_schools(qtbot, wizard, "De Regenboog", "  Het   Kompas ")
    assert wizard.page() == WELCOME  # Enter with a name typed adds it, it does not go on
    assert wizard.schools() == ["De Regenboog", "Het Kompas"]
    add_schools(qtbot, wizard, "de regenboog")
    assert wizard.schools() == ["De Regenboog", "Het Kompas"]
    assert "staat al in de lijst" in wizard.ui.schoolsError.text()
    wizard.ui.newSchool.clear()
    # editing a line into a duplicate blocks Next until it is solved
    wizard.ui.schoolList.item(1).setText("DE REGENBOOG")
    assert "twee keer" in wizard.ui.schoolsError.text()
    assert not wizard.ui.nextButton.isEnabled()
    wizard.ui.schoolList.setCurrentRow(1)
    wizard.ui.schoolList.setFocus()
    qtbot.keyClick(wizard.ui.schoolList, Qt.Key.Key_Delete)
    assert wizard.schools() == ["De Regenboog"]
    assert wizard.ui.nextButton.isEnabled()
    # a line emptied by editing goes
    wizard.ui.schoolList.item(0).setText("  ")
    assert wizard.schools() == []
    assert not wizard.ui.removeSchool.isEnabled()


def test_the_foundation_name_is_required(qtbot, wizard) -> None:
    wizard.ui.foundationName.clear()
    assert not wizard.ui.nextButton.isEnabled()
    assert visible(wizard.ui.foundationError)
    qtbot.keyClick(wizard.ui.foundationName, Qt.Key.Key_Return)
    assert wizard.page() == WELCOME
    qtbot.keyClicks(wizard.ui.foundationName, "Stichting Het Anker")
    assert wizard.ui.nextButton.isEnabled()
    assert not visible(wizard.ui.foundationError)


# -- step 2 --------------------------------------------------------------------------------


def test_cloud_folder_warns_and_blocks_next_until_the_risk_is_accepted(
    qtbot, wizard, tmp_path
) -> None:
    to_folder_page(qtbot, wizard)
    choose_folder(wizard, tmp_path / "OneDrive - Stichting de Korre" / "Korre")
    assert wizard.check.warning == "cloud"
    assert visible(wizard.ui.problemFrame)
    assert "OneDrive" in wizard.ui.problemText.text()
    assert "OneDrive" in wizard.ui.folder.accessibleDescription()
    assert visible(wizard.ui.riskAccepted)
    assert not wizard.ui.nextButton.isEnabled()
    shot(wizard, "2b_cloud")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == FOLDER
    wizard.ui.riskAccepted.setChecked(True)
    assert wizard.ui.nextButton.isEnabled()
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == START
    # back and to another folder: the warning goes, and the tick with it
    qtbot.mouseClick(wizard.ui.backButton, Qt.MouseButton.LeftButton)
    choose_folder(wizard, tmp_path / "local")
    assert not visible(wizard.ui.problemFrame)
    assert not visible(wizard.ui.riskAccepted)
    assert not wizard.ui.riskAccepted.isChecked()


def test_an_unwritable_folder_is_refused(qtbot, wizard, tmp_path, monkeypatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if fr.folder_writable(locked):  # running as root: the mode bits do not stop it
            real = fr.folder_writable
            monkeypatch.setattr(
                fr, "folder_writable", lambda folder: folder != locked and real(folder)
            )
        to_folder_page(qtbot, wizard)
        check = choose_folder(wizard, locked)
        assert check.problem == fr.NOT_WRITABLE
        assert visible(wizard.ui.problemFrame)
        assert "kan niet schrijven" in wizard.ui.problemText.text()
        assert not visible(wizard.ui.riskAccepted)
        assert not wizard.ui.nextButton.isEnabled()
        shot(wizard, "2d_unwritable")
        qtbot.keyClick(wizard.ui.folder, Qt.Key.Key_Return)
        assert wizard.page() == FOLDER
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_typing_a_folder_is_checked_after_a_pause(qtbot, wizard, tmp_path) -> None:
    to_folder_page(qtbot, wizard)
    (tmp_path / "a-file").write_text("x")
    wizard.ui.folder.setText(str(tmp_path / "a-file"))
    qtbot.waitUntil(lambda: wizard.check.problem == fr.NOT_A_FOLDER)
    assert not wizard.ui.nextButton.isEnabled()
    # Enter right after typing checks at once
    wizard.ui.folder.setText(str(tmp_path / "fine"))
    qtbot.keyClick(wizard.ui.folder, Qt.Key.Key_Return)
    assert wizard.page() == START
    assert wizard.check.database == tmp_path / "fine" / "korre.sqlite"


@pytest.mark.embedded_only  # a database file found in the chosen folder
def test_an_existing_database_is_opened_untouched(qtbot, wizard, tmp_path) -> None:
    folder = tmp_path / "kept"
    folder.mkdir()
    with Store.create(folder / "korre.sqlite", actor="test") as store:
        store.insert("schools", {"name": "Bestaand", "brin": "", "created_at": "2026-01-01"})
    before = (folder / "korre.sqlite").read_bytes()
    add_schools(qtbot, wizard, "De Regenboog")
    to_folder_page(qtbot, wizard)
    choose_folder(wizard, folder)
    assert wizard.check.existing
    assert visible(wizard.ui.existingFrame)
    assert "al een database" in wizard.ui.existingText.text()
    assert wizard.ui.nextButton.text() == "Database o&penen"
    shot(wizard, "2e_existing")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)  # no step 3
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.outcome == fr.FirstRunResult(folder / "korre.sqlite", fr.EXISTING)
    assert (folder / "korre.sqlite").read_bytes() == before
    assert remembered_database() == folder / "korre.sqlite"


# -- step 3 and finishing ------------------------------------------------------------------


def test_keyboard_only_empty_start(qtbot, wizard, tmp_path) -> None:
    """Enter moves on, Enter in "New school" adds, arrows pick the choice."""
    foundation = wizard.ui.foundationName
    assert foundation.hasFocus()
    qtbot.keyClick(foundation, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(foundation, "Stichting Het Anker")
    qtbot.keyClick(foundation, Qt.Key.Key_Tab)
    assert wizard.ui.newSchool.hasFocus()
    add_schools(qtbot, wizard, "De Regenboog", "Het Kompas")
    qtbot.keyClick(wizard.ui.newSchool, Qt.Key.Key_Return)  # nothing typed: Next
    assert wizard.page() == FOLDER
    folder = wizard.ui.folder
    assert folder.hasFocus()
    folder.selectAll()
    qtbot.keyClicks(folder, str(tmp_path / "Korre data"))
    qtbot.keyClick(folder, Qt.Key.Key_Return)
    assert wizard.page() == START
    assert wizard.ui.importChoice.hasFocus()
    qtbot.keyClick(wizard.ui.importChoice, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.ui.demoChoice, Qt.Key.Key_Down)
    assert wizard.ui.emptyChoice.isChecked() and wizard.choice() == fr.EMPTY
    qtbot.keyClick(wizard.ui.emptyChoice, Qt.Key.Key_Return)  # Finish
    path = tmp_path / "Korre data" / "korre.sqlite"
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert (wizard.outcome.path, wizard.outcome.choice) == (path, fr.EMPTY)
    assert wizard.outcome.recovery_code is not None  # encrypted: a keyring keeps the key
    with Store.open(path) as store:
        assert store.setting("foundation_name") == "Stichting Het Anker"
        schools = [row["name"] for row in store.rows("SELECT name FROM schools ORDER BY id")]
        assert schools == ["De Regenboog", "Het Kompas"]
    assert remembered_database() == path
    assert not fr.needs_first_run(None)


def test_demo_start_makes_an_empty_database(qtbot, wizard, tmp_path) -> None:
    add_schools(qtbot, wizard, "De Regenboog")
    to_folder_page(qtbot, wizard)
    choose_folder(wizard, tmp_path / "demo")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == START
    assert not visible(wizard.ui.demoNote)
    wizard.ui.demoChoice.setChecked(True)
    assert visible(wizard.ui.demoNote)
    assert "eigen scholen" in wizard.ui.demoNote.text()
    shot(wizard, "3b_demo")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    path = tmp_path / "demo" / "korre.sqlite"
    assert (wizard.outcome.path, wizard.outcome.choice) == (path, fr.DEMO)
    with Store.open(path) as store:
        assert store.is_empty()
        assert store.setting("foundation_name") == "Stichting de Korre"


def test_a_failure_on_finish_is_shown_and_nothing_is_kept(
    qtbot, wizard, tmp_path, monkeypatch
) -> None:
    def fail(_path: Path) -> None:
        from korre_desktop.errors import InputError

        raise InputError("cannot write the configuration")

    monkeypatch.setattr(fr, "remember_database", fail)
    to_folder_page(qtbot, wizard)
    choose_folder(wizard, tmp_path / "new")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.page() == START and wizard.outcome is None
    assert "cannot write the configuration" in wizard.ui.finishError.text()
    assert not (tmp_path / "new").exists()


def test_cancel_creates_nothing(qtbot, wizard, tmp_path) -> None:
    add_schools(qtbot, wizard, "De Regenboog")
    to_folder_page(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.outcome is None
    assert not default_database_path().parent.exists()
    assert not config_path().exists()
    assert fr.needs_first_run(None)


def test_escape_cancels(qtbot, wizard) -> None:
    qtbot.keyClick(wizard.ui.foundationName, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert not default_database_path().exists()


# -- accessibility and the look --------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_fields_a_label(wizard) -> None:
    controls = [
        w
        for w in wizard.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QListWidget)
        and w.objectName()
        and not w.objectName().startswith("qt_")
    ]
    assert len(controls) >= 13
    for control in controls:
        assert control.accessibleName(), control.objectName()
    buddies = {label.buddy() for label in wizard.findChildren(QLabel) if label.buddy()}
    for field in (wizard.ui.foundationName, wizard.ui.newSchool, wizard.ui.schoolList):
        assert field in buddies
    assert wizard.ui.folder in buddies
    for label in wizard.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text()


def test_tab_order_follows_the_page(qtbot, wizard) -> None:
    add_schools(qtbot, wizard, "De Regenboog")
    wizard.ui.foundationName.setFocus()
    order = []
    for _ in range(7):
        widget = QApplication.focusWidget()
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert order == [
        "foundationName",
        "newSchool",
        "addSchool",
        "schoolList",
        "removeSchool",
        "nextButton",
        "cancelButton",
    ]


def test_pages_in_dutch(qtbot, wizard, tmp_path) -> None:
    """Every page renders (saved as PNG when KORRE_SCREENSHOTS names a folder)."""
    add_schools(qtbot, wizard, "De Regenboog", "Het Kompas", "Sint-Jozefschool")
    shot(wizard, "1_welkom")
    to_folder_page(qtbot, wizard)
    shot(wizard, "2_gegevensmap")
    choose_folder(wizard, tmp_path / "data")
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    shot(wizard, "3_beginnen")
    assert wizard.ui.nextButton.text() != "&Next >"
    assert not wizard.grab().isNull()


# -- the app: wizard first, then the window --------------------------------------------------


class FakeWindow(QWidget):
    signed_out = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.started: list[str] = []

    def start_after_first_run(self, choice: str) -> None:
        self.started.append(choice)


class NoLoopApp:
    """The application as run_app sees it, except that exec() returns at once (a real
    QApplication.exec() and quit() in the middle of the test run upset later tests)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app

    def __getattr__(self, name: str):
        return getattr(self._app, name)

    def exec(self) -> int:
        return 0


@pytest.fixture
def app_without_windows(monkeypatch, qapp):
    """run_app with a stand-in window, no event loop and no translator installed."""
    windows: list[FakeWindow] = []

    def create(path: Path) -> FakeWindow:
        window = FakeWindow(path)
        windows.append(window)
        return window

    monkeypatch.setattr(gui_app, "make_application", lambda: NoLoopApp(qapp))
    monkeypatch.setattr(gui_app, "install_translators", lambda app, language="nl": [])
    monkeypatch.setattr(gui_app, "create_main_window", create)
    yield windows
    for window in windows:
        window.deleteLater()


def test_run_app_cancelled_wizard_exits_0_and_opens_nothing(app_without_windows, monkeypatch):
    import korre_desktop.gui.dialogs.first_run as dialog

    monkeypatch.setattr(dialog, "run_first_run", lambda app: None)
    assert gui_app.run_app(default_database_path(), given=False) == 0
    assert app_without_windows == []


def test_run_app_opens_the_wizards_database_and_starts_the_choice(
    qtbot, app_without_windows, monkeypatch, tmp_path
):
    import korre_desktop.gui.dialogs.first_run as dialog

    chosen = tmp_path / "chosen" / "korre.sqlite"
    monkeypatch.setattr(dialog, "run_first_run", lambda app: fr.FirstRunResult(chosen, fr.DEMO))
    assert gui_app.run_app(default_database_path(), given=False) == 0
    [window] = app_without_windows
    assert window.path == chosen
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.started == [fr.DEMO])  # once the event loop runs


def test_run_app_does_not_start_anything_for_an_existing_database(
    app_without_windows, monkeypatch, tmp_path
):
    import korre_desktop.gui.dialogs.first_run as dialog

    found = tmp_path / "korre.sqlite"
    monkeypatch.setattr(dialog, "run_first_run", lambda app: fr.FirstRunResult(found, "existing"))
    assert gui_app.run_app(default_database_path(), given=False) == 0
    [window] = app_without_windows
    assert window.path == found
    QApplication.processEvents()
    assert window.started == []


def test_run_app_without_first_run_skips_the_wizard(app_without_windows, monkeypatch, tmp_path):
    import korre_desktop.gui.dialogs.first_run as dialog

    def never(app):
        raise AssertionError("no wizard expected")

    monkeypatch.setattr(dialog, "run_first_run", never)
    given = tmp_path / "given.sqlite"
    assert gui_app.run_app(given, given=True) == 0
    assert [w.path for w in app_without_windows] == [given]
    QApplication.processEvents()
    assert app_without_windows[0].started == []


def test_run_first_run_returns_none_when_cancelled(qtbot, monkeypatch) -> None:
    def cancel():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunWizard)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert run_first_run(QApplication.instance()) is None
    assert not default_database_path().parent.exists()
