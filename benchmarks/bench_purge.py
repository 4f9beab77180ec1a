"""The purge at 50,000 students (issue 17): 5,000 of them left long ago.

    python benchmarks/bench_purge.py [--source FILE] [--leavers N] [--server]

Copies the demo foundation (``bench_engines.demo_foundation``: made when missing) into
benchmarks/out/purge/, gives ``--leavers`` students a leaving day in 2020, makes one
automatic backup (the purge removes it), then times the dry run (``retention.plan``) and
the purge (``retention.apply``: the removal in one transaction, the wipe — VACUUM on the
file, VACUUM FULL of the touched tables on the server — and the fresh backup on the file).
With ``--server`` the same on a throwaway PostgreSQL cluster (the copy moved there first,
not timed). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "purge"
DAY = date(2026, 12, 1)


def _leavers(store, count: int) -> int:
    """``count`` students (the lowest ids) left on 1 July 2020. A benchmark's set-up."""
    with store.transaction():
        ids = [
            row["id"] for row in store.rows("SELECT id FROM students ORDER BY id LIMIT ?", [count])
        ]
        for student_id in ids:
            store.records.set_student_left(student_id, date(2020, 7, 1))
    return len(ids)


def _measure(store, label: str) -> dict:
    from korre_desktop.services import retention

    started = time.perf_counter()
    plan = retention.plan(store, DAY)
    dry_run = time.perf_counter() - started
    marks: dict[str, float] = {}

    def step(done: int, total: int, what: str) -> None:
        marks[what] = time.perf_counter()

    started = time.perf_counter()
    result = retention.apply(store, plan, step)
    total = time.perf_counter() - started
    figures = {
        "engine": label,
        "dry_run_seconds": round(dry_run, 2),
        "purge_seconds": round(total, 2),
        "remove_seconds": round(marks["wipe"] - marks["remove"], 2),
        "people": {rule.rule: len(rule.people) for rule in plan.rules},
        "records": sum(rule.rows for rule in plan.rules),
        "rows": {rule.rule: rule.counts for rule in plan.rules},
        "blobs_removed": plan.blobs,
        "backups_removed": len(result.removed_backups),
    }
    if "backup" in marks:
        figures["wipe_seconds"] = round(marks["backup"] - marks["wipe"], 2)
        figures["backup_seconds"] = round(marks["done"] - marks["backup"], 2)
    else:
        figures["wipe_seconds"] = round(marks["done"] - marks["wipe"], 2)
    return figures


def main() -> None:
    from bench_engines import demo_foundation

    from korre_desktop.store import Store

    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, help="a demo foundation file to copy")
    parser.add_argument("--leavers", type=int, default=5_000)
    parser.add_argument("--server", action="store_true")
    args = parser.parse_args()
    source = args.source or demo_foundation(50_000, 5_000)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    file = OUT / "foundation.sqlite"
    shutil.copyfile(source, file)
    results = []
    with Store.open(file, actor="bench") as store:
        _leavers(store, args.leavers)
        before = file.stat().st_size
        store.backup_now()
        figures = _measure(store, "embedded")
        figures["file_mb_before"] = round(before / 1e6, 1)
    figures["file_mb_after"] = round(file.stat().st_size / 1e6, 1)
    results.append(figures)
    if args.server:
        results.append(_server(source, args.leavers))
    print(json.dumps(results))


def _server(source: Path, leavers: int) -> dict:
    import psycopg

    from korre_desktop.store import Store
    from korre_desktop.testing import pg_cluster

    copy = OUT / "for-server.sqlite"
    shutil.copyfile(source, copy)
    with Store.open(copy, actor="bench") as store:  # the schema of this app first
        _leavers(store, leavers)
    cluster = pg_cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE foundation")
        url = cluster.url("foundation")
        with Store.open(copy, actor="bench") as store:
            store.move_to_server(url)
        with Store.open(url, actor="bench") as store:
            return _measure(store, "server")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
