"""`export status` at full size, through the real command line entry point."""

import sys
import time

from _measure import emit, peak_memory_mb

from korre_desktop.cli import main

started = time.perf_counter()
code = main(["--db", sys.argv[1], "export", "status", "-o", sys.argv[2]])
seconds = time.perf_counter() - started
if code != 0:
    raise SystemExit(code)
with open(sys.argv[2], encoding="utf-8") as handle:
    rows = sum(1 for _ in handle) - 1
emit(seconds=round(seconds, 2), rows=rows, peak_memory_mb=peak_memory_mb())
