"""``users`` and ``--user`` on the embedded file: one local user, refused in one line."""

from pathlib import Path

import pytest

from tests.test_cli import _assert_one_line_error, _run

pytestmark = pytest.mark.embedded_only


@pytest.fixture
def made(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "k.sqlite"
    code, _, err = _run(capsys, "--db", str(path), "init")
    assert code == 0, err
    return path


@pytest.mark.parametrize(
    "command",
    [("list",), ("add", "juf", "--role", "leerkracht"), ("disable", "juf")],
)
def test_users_on_the_embedded_file_are_refused(made: Path, capsys, command) -> None:
    code, out, err = _run(capsys, "--db", str(made), "users", *command)
    assert code == 2
    assert out == ""
    _assert_one_line_error(err, "the embedded file has one local user")


def test_signing_in_as_someone_is_for_a_server(made: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(made), "--user", "juf", "check")
    assert code == 2
    _assert_one_line_error(err, "--user is for a server database")
