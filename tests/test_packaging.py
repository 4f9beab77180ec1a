"""The set-up files agree with each other."""

import tomllib
from pathlib import Path

from korre_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_version_in_code_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == __version__
    assert project["scripts"]["korre-desktop"] == "korre_desktop.cli:main"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
