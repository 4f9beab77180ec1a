"""``export overview`` at full size: seconds and peak memory, as JSON.

Usage: ``python benchmarks/bench_overview.py [--students N] [--employees M]``. The demo
database ``benchmarks/out/bench-N-M.sqlite`` is reused, or made first with
``generate_demo``. The export runs in a child process (this script with ``--measure``), so
its peak memory (max RSS) is the export's own. Targets: ≤ 10 s and ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
TARGETS = {"overview_seconds": 10.0, "overview_peak_memory_mb": 1024.0}


def measure(db: Path, output: Path, on: date) -> dict[str, object]:
    """Runs in the child: open the database and export, as the command line does."""
    from _measure import peak_memory_mb

    from korre_desktop.services.excel.overview import export_overview
    from korre_desktop.store import Store

    started = time.perf_counter()
    with Store.open(db, actor="benchmark") as store:
        result = export_overview(store, output, on)
    seconds = time.perf_counter() - started
    return {
        "overview_seconds": round(seconds, 2),
        "overview_peak_memory_mb": peak_memory_mb(),
        "rows": result.rows,
        "students": result.students,
        "employees": result.employees,
        "open_items": result.missing,
        "file_mb": round(output.stat().st_size / 2**20, 1),
    }


def ensure_database(students: int, employees: int) -> Path:
    from korre_desktop.services.demo import generate_demo
    from korre_desktop.store import Store

    OUT.mkdir(exist_ok=True)
    db = OUT / f"bench-{students}-{employees}.sqlite"
    if not db.exists():
        with Store.open(db, actor="benchmark", create=True) as store:
            generate_demo(store, students=students, employees=employees, seed=1)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    parser.add_argument("--measure", nargs=2, metavar=("DB", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        db, output = (Path(p) for p in args.measure)
        print(json.dumps(measure(db, output, args.date)))
        return
    db = ensure_database(args.students, args.employees)
    output = OUT / "overview.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--measure",
            str(db),
            str(output),
            "--date",
            args.date.isoformat(),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"the export failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["targets"] = TARGETS
    figures["met"] = {key: figures[key] <= limit for key, limit in TARGETS.items()}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
