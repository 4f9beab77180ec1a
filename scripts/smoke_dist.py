"""Smoke test of the built program in dist/ (run by `make dist`); prints JSON figures.

Starts the built program offscreen: `--version`, then `self-check` (a temporary database
migrated from schema 1, a backup checked, resources, libraries, the window), then the
app itself on a fresh database (made with `init`) until its window is shown. Exits 1 when
anything fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "korre-desktop"
SUFFIX = ".exe" if sys.platform.startswith("win") else ""


def run(program: str, *args: str, env: dict[str, str] | None = None) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(BUNDLE / f"{program}{SUFFIX}"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(
            f"{program} {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout, seconds


def folder_size(folder: Path) -> int:
    """Bytes of the files themselves (symbolic links to libraries counted once)."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def server_mode() -> list[str]:
    """The built program on a server database: psycopg and its libpq are in the bundle
    (they load only for a ``postgresql://`` location, so nothing above touched them). On a
    throwaway cluster when this machine has the PostgreSQL server programs."""
    from korre_desktop.testing import pg_cluster

    try:
        cluster = pg_cluster.start()
    except pg_cluster.ClusterUnavailableError as exc:
        return [f"not tried: {exc}"]
    try:
        url = cluster.url()
        made, _ = run("korre-desktop-cli", "--db", url, "init", "--foundation", "Stichting",
                      "--school", "De Linde=00AA")  # fmt: skip
        checked, _ = run("korre-desktop-cli", "--db", url, "check")
        return [made.strip().splitlines()[-1], checked.strip().splitlines()[-1]]
    finally:
        cluster.stop()


def main() -> None:
    if not BUNDLE.is_dir():
        raise SystemExit(f"no build in {BUNDLE}: run `make dist`")
    version, version_seconds = run("korre-desktop-cli", "--version")
    check, check_seconds = run("korre-desktop-cli", "self-check")
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "korre.sqlite"
        run("korre-desktop-cli", "--db", str(database), "init")  # the app never makes one
        starts = []
        for _ in range(3):
            shown, _seconds = run(
                "korre-desktop", "--db", str(database), env={"KORRE_QUIT_WHEN_SHOWN": "1"}
            )
            starts.append(json.loads(shown.strip().splitlines()[-1])["shown_after_seconds"])
    server = server_mode()
    print(
        json.dumps(
            {
                "version": version.strip(),
                "version_seconds": round(version_seconds, 2),
                "self_check": check.strip().splitlines(),
                "self_check_seconds": round(check_seconds, 2),
                "window_shown_seconds": starts,
                "server_mode": server,
                "bundle_mb": round(folder_size(BUNDLE) / 2**20, 1),
                "files": sum(1 for path in BUNDLE.rglob("*") if path.is_file()),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
