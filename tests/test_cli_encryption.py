"""``encrypt``, ``decrypt`` and ``change-key`` on the command line: the recovery code
printed once, backups along, one clear line for every refusal (exit 2)."""

import io
from pathlib import Path

import pytest

from korre_desktop.cli import main
from korre_desktop.store import Store, encryption, file_keys
from korre_desktop.store.backup import list_backups
from tests.fake_keyring import LockedKeyring

pytestmark = pytest.mark.embedded_only


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str, fragment: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("korre-desktop: error: ") and fragment in lines[0], err


@pytest.fixture
def plain_db(tmp_path: Path, capsys, monkeypatch) -> Path:
    """A plain demo database with one automatic backup, and no KORRE_DB_KEY."""
    path = tmp_path / "korre.sqlite"
    code, _, err = _run(capsys, "--db", str(path), "demo", "--students", "60", "--seed", "2")
    assert code == 0, err
    if file_keys.is_encrypted(path):  # the encrypted run encrypts every new file
        encryption.decrypt(path)
    with Store.open(path) as store:
        store.backup_now()
    monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    file_keys.forget_all()
    return path


def _code_of(out: str) -> str:
    lines = out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("recovery code")))
    return "-".join(line.strip() for line in lines[start + 1 : start + 3])


def test_encrypt_prints_the_recovery_code_and_encrypts_the_backups(
    plain_db: Path, capsys, monkeypatch
) -> None:
    code, out, err = _run(capsys, "--db", str(plain_db), "encrypt")
    assert code == 0, err
    assert "the key is kept in this computer's keyring" in out
    assert "1 backup(s) encrypted too" in out
    recovery = _code_of(out)
    assert file_keys.key_of_recovery_code(recovery) is not None
    assert file_keys.is_encrypted(plain_db)
    assert all(file_keys.is_encrypted(b) for b in list_backups(plain_db))
    # The keyring opens it in a new program; so does the recovery code alone.
    file_keys.forget_all()
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0
    file_keys.forget_in_keyring(plain_db)
    file_keys.forget_all()
    code, _, err = _run(capsys, "--db", str(plain_db), "check", "--quick")
    assert code == 2
    _one_line_error(err, "no key for it was found")
    monkeypatch.setenv(file_keys.KEY_ENV, recovery)
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0
    for backup in list_backups(plain_db):
        with Store.open(backup) as opened:
            assert opened.people.counts()["students"] == 60


def test_change_key_and_decrypt(plain_db: Path, capsys, monkeypatch) -> None:
    assert _run(capsys, "--db", str(plain_db), "encrypt")[0] == 0
    code, out, err = _run(capsys, "--db", str(plain_db), "change-key")
    assert code == 0, err
    new_code = _code_of(out)
    file_keys.forget_all()
    file_keys.forget_in_keyring(plain_db)
    monkeypatch.setenv(file_keys.KEY_ENV, new_code)
    code, out, err = _run(capsys, "--db", str(plain_db), "decrypt")
    assert code == 0, err
    assert "recovery code" not in out
    monkeypatch.delenv(file_keys.KEY_ENV)
    file_keys.forget_all()
    assert not file_keys.is_encrypted(plain_db)
    assert not any(file_keys.is_encrypted(b) for b in list_backups(plain_db))
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0


def test_a_passphrase_from_stdin(plain_db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("een lange zin als wachtwoord\n"))
    code, out, err = _run(capsys, "--db", str(plain_db), "encrypt", "--passphrase")
    assert code == 0, err
    assert "asked at every start" in out
    file_keys.forget_all()
    monkeypatch.setenv(file_keys.KEY_ENV, "een lange zin als wachtwoord")
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0


def test_refusals_are_one_clear_line(plain_db: Path, capsys, monkeypatch, tmp_path) -> None:
    code, _, err = _run(capsys, "--db", str(plain_db), "decrypt")
    assert code == 2
    _one_line_error(err, "not encrypted")
    code, _, err = _run(capsys, "--db", "postgresql://korre@db.example.org/korre", "encrypt")
    assert code == 2
    _one_line_error(err, "a server database is protected by its server")
    code, _, err = _run(capsys, "--db", str(tmp_path / "none.sqlite"), "encrypt")
    assert code == 2
    _one_line_error(err, "not found")
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    code, _, err = _run(capsys, "--db", str(plain_db), "encrypt", "--passphrase")
    assert code == 2
    _one_line_error(err, "too short")
    import keyring

    keyring.set_keyring(LockedKeyring())
    code, _, err = _run(capsys, "--db", str(plain_db), "encrypt")
    assert code == 2
    _one_line_error(err, "could not be kept")
    assert not file_keys.is_encrypted(plain_db)  # undone: the key was nowhere kept
    assert _run(capsys, "--db", str(plain_db), "encrypt")[0] == 2
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0
    monkeypatch.setenv(file_keys.KEY_ENV, "een verkeerde lange zin")
    assert _run(capsys, "--db", str(plain_db), "check", "--quick")[0] == 0  # plain: ignored
