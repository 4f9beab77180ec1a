"""A FIFO given as a file, and a guard so a test that would hang on it fails instead."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def outcome(work: Callable[[], object], fifo: Path, seconds: float = 10) -> object:
    """What ``work`` returned or raised; the test fails when it hangs on ``fifo``."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as exc:  # handed to the test
            result["value"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # let the reader go
        os.close(descriptor)
        thread.join(5)
        pytest.fail(f"reading {fifo.name} hung: it was read instead of refused")
    return result["value"]
