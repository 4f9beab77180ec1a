"""The command line makes a database with demo data and a corpus, and says so in JSON."""

import json
import subprocess
import sys

from korre_desktop.testing.scan_corpus import load_truth


def test_the_command_line_fills_a_new_database_and_prints_a_json_summary(tmp_path):
    db, out = tmp_path / "new" / "korre.sqlite", tmp_path / "corpus"
    command = [
        sys.executable,
        "-m",
        "korre_desktop.testing.scan_corpus",
        "--db",
        str(db),
        "--out",
        str(out),
        "--consent",
        "2",
        "--protocol",
        "1",
        "--dpi",
        "150",
        "--blank-backs",
        "1",
        "--profile",
        "mixed",
        "--seed",
        "4",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    summary = json.loads(lines[0])
    assert summary["demo_data"] is True and summary["files"] == ["scan.pdf"]
    assert (summary["pages"], summary["consent"], summary["protocol"], summary["blank"]) == (
        4,
        2,
        1,
        1,
    )
    assert len(load_truth(out)) == 4 and (out / "scan.pdf").is_file() and db.is_file()

    nothing = subprocess.run(
        [*command[:3], "--db", str(db), "--out", str(out), "--consent", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert nothing.returncode == 2 and nothing.stderr.startswith("error:")
