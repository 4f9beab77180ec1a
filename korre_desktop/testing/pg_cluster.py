"""A throwaway PostgreSQL cluster for tests and benchmarks: ``initdb`` and ``pg_ctl`` of the
machine's PostgreSQL (Debian's ``postgresql`` package) in a temporary folder, listening on
127.0.0.1 at a free port, stopped and removed by ``stop()``.

PostgreSQL refuses to run as root: when the tests run as root (CI containers), the cluster
runs as the unprivileged user ``nobody`` (``runuser``), its folder owned by that user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "korre_test"
# Speed over durability: a test cluster is thrown away.
_FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200")


class ClusterUnavailableError(RuntimeError):
    """No PostgreSQL server programs on this machine (see the README: postgresql)."""


def _bin_dir() -> Path:
    """The folder with initdb and pg_ctl: $KORRE_PG_BIN, the PATH, or Debian's versioned
    folders (newest first)."""
    configured = os.environ.get("KORRE_PG_BIN")
    if configured:
        return Path(configured)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    raise ClusterUnavailableError(
        "PostgreSQL's initdb was not found: install the Debian package 'postgresql'"
        " (or set KORRE_PG_BIN to the folder with initdb and pg_ctl)"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr.strip() or result.stdout}")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(_bin_dir() / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """Make and start a new cluster (trust authentication on 127.0.0.1 only)."""
    bin_dir = _bin_dir()
    run_as = "nobody" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="korre-pg-"))
    cluster = Cluster(folder, _free_port(), run_as)
    if run_as:
        user = pwd.getpwnam(run_as)
        os.chown(folder, user.pw_uid, user.pw_gid)
    try:
        cluster._run(
            str(bin_dir / "initdb"),
            "-D",
            str(cluster.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = " ".join(
            [
                f"-p {cluster.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={folder}",
                *(f"-c {setting}" for setting in _FAST),
            ]
        )
        cluster._run(
            str(bin_dir / "pg_ctl"),
            "start",
            "-D",
            str(cluster.data),
            "-w",
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
