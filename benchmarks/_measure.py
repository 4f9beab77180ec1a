"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def peak_memory_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(**figures: object) -> None:
    print(json.dumps(figures))


def timed_cli(report: Path, *commands: Sequence[str]) -> list[float]:
    """Seconds each ``korre-desktop`` command line took, run in this process one after
    the other, with what they print going to ``report``; a command that fails stops it."""
    from korre_desktop.cli import main

    seconds = []
    with open(report, "w", encoding="utf-8") as quiet:
        stdout, sys.stdout = sys.stdout, quiet
        try:
            for argv in commands:
                started = time.perf_counter()
                code = main(list(argv))
                if code != 0:
                    raise SystemExit(f"{' '.join(argv)} exited {code}")
                seconds.append(time.perf_counter() - started)
        finally:
            sys.stdout = stdout
    return seconds


def wait_loaded(app, tab) -> float:
    """Seconds until a record tab has loaded its rows (events handled meanwhile)."""
    started = time.perf_counter()
    tab.ensure_loaded()
    while not tab._loaded or tab.is_loading():
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started
