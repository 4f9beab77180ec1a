"""Run every benchmark in its own process and print the figures as JSON."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
TARGETS = {
    "startup_median_seconds": 1.0,
    "filter_ms_per_keystroke_p95": 50.0,
    "export_status_seconds": 5.0,
    "peak_memory_mb": 500.0,
}


def child(script: str, *args: str) -> tuple[dict, float]:
    """Run a benchmark script; return its JSON line and the wall time."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, env=env
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{script} failed:\n{done.stderr}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]), elapsed


def peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--startups", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="reuse the database in out/")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"bench-{args.students}-{args.employees}.sqlite"
    result: dict[str, object] = {
        "students": args.students,
        "employees": args.employees,
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
    }

    if db.exists() and not args.keep:
        db.unlink()
    if not db.exists():
        demo, _ = child("bench_demo.py", str(db), str(args.students), str(args.employees))
        result["demo_seconds"] = demo["seconds"]
        result["demo_peak_memory_mb"] = demo["peak_memory_mb"]
        result["database_mb"] = round(db.stat().st_size / 2**20, 1)

    startups = []
    for _ in range(args.startups):
        shown, _wall = child("bench_startup.py", str(db))
        startups.append(shown["seconds"])
    result["startup_seconds"] = startups
    result["startup_median_seconds"] = round(statistics.median(startups), 3)

    gui, _ = child("bench_filter.py", str(db))
    result.update(gui)

    export, _ = child("bench_export.py", str(db), str(OUT / "status.csv"))
    result["export_status_seconds"] = export["seconds"]
    result["export_rows"] = export["rows"]
    result["export_peak_memory_mb"] = export["peak_memory_mb"]

    edexml, _ = child("bench_edexml.py")
    result.update({key: value for key, value in edexml.items() if key.startswith("edexml_")})
    hr, _ = child("bench_import_hr.py", str(args.employees))
    result["import_afas_seconds"] = hr["afas_seconds"]
    result["import_raet_seconds"] = hr["raet_seconds"]

    result["peak_memory_mb"] = round(max(gui["gui_peak_memory_mb"], export["peak_memory_mb"]), 1)
    result["targets"] = TARGETS
    result["met"] = {key: result[key] <= limit for key, limit in TARGETS.items()}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
