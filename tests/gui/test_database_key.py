"""The encrypted file in the window: the wizard's choice to encrypt a new file (a keyring
keeps the key, or a passphrase), the recovery code shown once, and the passphrase or
recovery code asked at the start when the key is not on this computer."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

import korre_desktop.gui.app as gui_app
from korre_desktop.errors import DatabaseKeyError
from korre_desktop.gui.dialogs.database_key import RecoveryCodeDialog, UnlockDialog
from korre_desktop.gui.dialogs.first_run import START, FirstRunWizard
from korre_desktop.services import first_run as fr
from korre_desktop.store import Store, file_keys
from tests.fake_keyring import LockedKeyring

pytestmark = pytest.mark.embedded_only


def _to_start(qtbot, wizard: FirstRunWizard, folder: Path) -> None:
    wizard.ui.nextButton.click()
    wizard.ui.folder.setText(str(folder))
    wizard.check_folder()
    wizard.ui.nextButton.click()
    assert wizard.page() == START


def test_the_wizard_encrypts_a_new_file_when_a_keyring_keeps_the_key(
    qtbot, tmp_path, keyring_backend, monkeypatch
) -> None:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.ui.encryptFile.isChecked()
    _to_start(qtbot, wizard, tmp_path / "data")
    assert not wizard.ui.passphraseBox.isVisibleTo(wizard)
    wizard.ui.emptyChoice.setChecked(True)
    wizard.ui.nextButton.click()
    path = tmp_path / "data" / "korre.sqlite"
    assert wizard.outcome.path == path
    code = wizard.outcome.recovery_code
    assert file_keys.is_encrypted(path)
    assert len(keyring_backend.passwords) == 1
    file_keys.forget_all()  # a new start: the keyring opens it
    with Store.open(path) as store:
        assert store.setting("foundation_name") == "Stichting de Korre"
    file_keys.forget_all()
    keyring_backend.passwords.clear()  # the keyring lost: the recovery code opens it
    monkeypatch.setenv(file_keys.KEY_ENV, code)
    with Store.open(path) as store:
        assert store.setting("foundation_name") == "Stichting de Korre"


def test_without_a_keyring_the_wizard_asks_a_passphrase(qtbot, tmp_path, monkeypatch) -> None:
    import keyring

    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    keyring.set_keyring(LockedKeyring())
    monkeypatch.setattr(file_keys, "keyring_usable", lambda: False)
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.ui.encryptFile.isChecked()  # off by default without a keyring
    _to_start(qtbot, wizard, tmp_path / "data")
    wizard.ui.encryptFile.setChecked(True)
    assert wizard.ui.passphraseBox.isVisibleTo(wizard)
    path = tmp_path / "data" / "korre.sqlite"
    wizard.ui.passphrase.setText("kort")
    wizard.ui.passphraseAgain.setText("kort")
    wizard.ui.nextButton.click()
    assert wizard.outcome is None and not path.exists()
    assert "12" in wizard.ui.passphraseError.text()
    wizard.ui.passphrase.setText("een lange zin als wachtwoord")
    wizard.ui.passphraseAgain.setText("een lange zin als wachtwoort")
    wizard.ui.nextButton.click()
    assert wizard.outcome is None and wizard.ui.passphraseError.text()
    wizard.ui.passphraseAgain.setText("een lange zin als wachtwoord")
    wizard.ui.nextButton.click()
    assert wizard.outcome is not None and file_keys.is_encrypted(path)
    file_keys.forget_all()
    monkeypatch.setenv(file_keys.KEY_ENV, "een lange zin als wachtwoord")
    with Store.open(path) as store:
        assert store.schema_version() > 0


@pytest.fixture
def encrypted(tmp_path, monkeypatch) -> tuple[Path, str]:
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    path = tmp_path / "korre.sqlite"
    key = file_keys.new_key()
    Store.create(path, key=key).close()
    file_keys.forget_all()
    return path, file_keys.recovery_code(key)


def test_the_unlock_dialog_says_a_wrong_code_next_to_the_field(
    qtbot, encrypted, keyring_backend
) -> None:
    path, code = encrypted
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.try_secret()
    assert dialog.ui.secretError.text()
    qtbot.keyClicks(dialog.ui.secret, "een verkeerde wachtwoordzin")
    assert dialog.ui.secretError.text() == ""  # typing clears it
    assert not dialog.try_secret()
    from korre_desktop.services import encryption

    assert dialog.ui.secretError.text() == dialog.problem_text(encryption.WRONG)
    dialog.ui.secret.setText(code.lower())
    assert dialog.try_secret()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert file_keys.keyring_key(path) == file_keys.key_of_recovery_code(code)


def test_the_start_asks_the_key_when_it_is_not_here(qtbot, encrypted, monkeypatch) -> None:
    path, code = encrypted
    opened: list[Path] = []
    asked: list[bool] = []

    def create(where):
        Store.open(where).close()  # as the window does: a missing key is an error
        opened.append(where)
        return "window"

    def answer(where, wrong=False, parent=None):
        asked.append(wrong)
        from korre_desktop.services import encryption

        return encryption.unlock(where, code) is None

    monkeypatch.setattr(gui_app, "create_main_window", create)
    monkeypatch.setattr("korre_desktop.gui.dialogs.database_key.ask_database_key", answer)
    assert gui_app._open_window(path) == "window"
    assert asked == [False] and opened == [path]
    # Cancelled: nothing opens.
    file_keys.forget_all()
    file_keys.forget_in_keyring(path)
    monkeypatch.setattr(
        "korre_desktop.gui.dialogs.database_key.ask_database_key", lambda *a, **k: False
    )
    assert gui_app._open_window(path) is None


def test_the_recovery_code_dialog_closes_only_once_the_code_was_kept(qtbot, tmp_path) -> None:
    code = file_keys.recovery_code(bytes(range(32)))
    dialog = RecoveryCodeDialog(code, tmp_path / "korre.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.code.text().replace("\n", "-") == code
    assert not dialog.ok.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.copy()
    assert QApplication.clipboard().text() == code
    assert code.split("-")[0] in dialog.printed_html()
    dialog.ui.kept.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_run_first_run_shows_the_recovery_code_of_an_encrypted_file(
    qtbot, tmp_path, monkeypatch
) -> None:
    from korre_desktop.gui.dialogs import database_key, first_run

    shown: list[str] = []
    monkeypatch.setattr(database_key, "show_recovery_code", lambda code, path: shown.append(code))

    def finish():
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        wizard.ui.nextButton.click()
        wizard.ui.folder.setText(str(tmp_path / "data"))
        wizard.check_folder()
        wizard.ui.nextButton.click()
        wizard.ui.emptyChoice.setChecked(True)
        wizard.ui.nextButton.click()

    QTimer.singleShot(0, finish)
    outcome = first_run.run_first_run(QApplication.instance())
    assert outcome is not None and shown == [outcome.recovery_code]
    assert outcome.choice == fr.EMPTY


def test_a_wrong_key_error_has_dutch_words(dutch) -> None:
    from korre_desktop.gui.errors import user_message

    assert "sleutel" in user_message(DatabaseKeyError("x", reason="wrong_key"))
    assert "herstelcode" in user_message(DatabaseKeyError("x", reason="key_needed"))


def test_step_3_with_the_passphrase_fits_a_small_screen(qtbot, tmp_path, dutch) -> None:
    """1366 x 768, with the demo note, the passphrase fields and their message shown."""
    from korre_desktop.gui.dialogs.first_run import show_text

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard._keyring = False
    _to_start(qtbot, wizard, tmp_path / "data")
    ui = wizard.ui
    ui.schoolList.addItem("De Regenboog")
    ui.demoChoice.setChecked(True)
    ui.encryptFile.setChecked(True)
    show_text(ui.passphraseError, "Een lange melding die de ruimte vult. " * 4)
    show_text(ui.finishError, "Een lange melding die de ruimte vult. " * 4)
    QApplication.processEvents()
    assert ui.passphraseBox.isVisibleTo(wizard)
    size = wizard.minimumSizeHint().expandedTo(wizard.minimumSize())
    assert size.width() <= 1366 and size.height() <= 768 - 60  # the taskbar and title


def test_the_key_dialogs_show_their_whole_introduction(qtbot, tmp_path, dutch) -> None:
    """A long path wraps the introduction over more lines: the dialog grows to show all
    of it (it was cut off at the top and bottom)."""
    path = tmp_path / ("een-lange-mapnaam-van-de-administratie" * 2) / "korre.sqlite"
    code = file_keys.recovery_code(bytes(range(32)))
    for dialog in (RecoveryCodeDialog(code, path), UnlockDialog(path)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        intro = dialog.ui.intro
        assert intro.height() >= intro.heightForWidth(intro.width())
        assert dialog.height() <= 768
