"""The server mode's figures, both engines side by side at 50,000 students + 5,000 staff.

    python benchmarks/bench_engines.py [--students N] [--employees M] [--runs R]
    python benchmarks/bench_engines.py --encrypted [--runs R]

Makes (or reuses) the demo foundation as a file in benchmarks/out/engines/, starts a
throwaway PostgreSQL cluster on this machine (korre_desktop.testing.pg_cluster), moves the
file onto it with ``move-to-server`` (timed), then measures on each engine, each in its own
process: start to the first filled table, the Mediatoestemming tab, typing in the search
box (bench_first_table.py), ``print no-photo --class`` as a whole process, and importing
50,000 students (bench_import.py). Prints JSON.

``--encrypted`` compares the plain file with an encrypted copy of it (SQLCipher, made once
as ``foundation-N-encrypted.sqlite``, its key given in KORRE_DB_KEY) instead of the server:
the same measurements, and the cost in per cent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from korre_desktop.testing import pg_cluster

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "engines"
PYTHON = sys.executable
CLI = [PYTHON, "-m", "korre_desktop"]


def _json(command: list[str], env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=HERE, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _seconds(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, env=env)
    return time.perf_counter() - started


def demo_foundation(students: int, employees: int) -> Path:
    """The demo foundation as a file in ``out/engines/``, made when missing (benchmarks
    that write work on a copy of it)."""
    OUT.mkdir(parents=True, exist_ok=True)
    file = OUT / f"foundation-{students}.sqlite"
    if not file.exists():
        subprocess.run(
            [*CLI, "--db", str(file), "demo", "--students", str(students),
             "--employees", str(employees), "--date", "2026-11-24"],
            check=True, capture_output=True,
        )  # fmt: skip
    return file


def _first_class(file: Path) -> tuple[str, str]:
    """A class of this school year and its school."""
    from korre_desktop.store import Store

    with Store.open(file) as store:
        row = store.rows(
            "SELECT c.name, s.name AS school FROM classes c"
            " JOIN school_years y ON y.id = c.school_year_id JOIN schools s ON s.id = c.school_id"
            " WHERE y.label = '2026-2027' ORDER BY c.id LIMIT 1"
        )[0]
    return row["name"], row["school"]


def _engine(
    location: str, runs: int, klass: str, school: str, env: dict[str, str] | None = None
) -> dict:
    tables = [
        _json([PYTHON, "bench_first_table.py", location, str(OUT / "window.ini")], env)
        for _ in range(runs)
    ]
    pdf = OUT / "no-photo.pdf"
    prints = [
        _seconds([
            *CLI, "--db", location, "print", "no-photo", "--class", klass, "--school", school,
            "--date", "2026-11-24", "-o", str(pdf),
        ], env)
        for _ in range(runs + 2)
    ]  # fmt: skip
    return {
        "first_table_seconds": statistics.median(t["first_table_seconds"] for t in tables),
        "consent_tab_seconds": statistics.median(t["consent_tab_seconds"] for t in tables),
        "filter_ms_median": statistics.median(t["filter_ms_median"] for t in tables),
        "filter_ms_p95": statistics.median(t["filter_ms_p95"] for t in tables),
        "print_no_photo_class_seconds": round(statistics.median(prints), 3),
        "peak_memory_mb": max(t["peak_memory_mb"] for t in tables),
    }


# The encrypted copy's key (a benchmark's: the file holds made-up data only).
BENCH_KEY = bytes(range(32))


def encrypted_copy(file: Path) -> Path:
    """``file`` encrypted with BENCH_KEY beside it (made once)."""
    from korre_desktop.store import encryption

    target = file.with_name(f"{file.stem}-encrypted.sqlite")
    if not target.exists():
        partial = target.with_name(f".{target.name}.partial")
        shutil.copyfile(file, partial)
        encryption.encrypt(partial, BENCH_KEY)
        partial.replace(target)
    return target


def encryption_cost(file: Path, runs: int, klass: str, school: str) -> dict:
    """The plain file and its encrypted copy, measured alike; the cost in per cent."""
    from korre_desktop.store.file_keys import KEY_ENV, recovery_code

    plain_env = {k: v for k, v in os.environ.items() if k != KEY_ENV}
    encrypted = encrypted_copy(file)
    keyed_env = {**plain_env, KEY_ENV: recovery_code(BENCH_KEY)}
    # Taken in turns, so a busy moment of the machine falls on both alike.
    plains, secrets = [], []
    for _ in range(runs):
        plains.append(_engine(str(file), 1, klass, school, plain_env))
        secrets.append(_engine(str(encrypted), 1, klass, school, keyed_env))
    plain = {name: statistics.median(run[name] for run in plains) for name in plains[0]}
    secret = {name: statistics.median(run[name] for run in secrets) for name in secrets[0]}
    cost = {
        name: round(100 * (secret[name] / plain[name] - 1), 1)
        for name in plain
        if name != "peak_memory_mb" and plain[name]
    }
    return {"plain": plain, "encrypted": secret, "encrypted_slower_percent": cost}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument(
        "--encrypted", action="store_true", help="plain file against an encrypted copy (no server)"
    )
    args = parser.parse_args()
    file = demo_foundation(args.students, args.employees)
    klass, school = _first_class(file)
    if args.encrypted:
        result = {"students": args.students, "employees": args.employees}
        result.update(encryption_cost(file, args.runs, klass, school))
        print(json.dumps(result, indent=2))
        return
    cluster = pg_cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE foundation")
            admin.execute("CREATE DATABASE import")
        move = _seconds([*CLI, "move-to-server", str(file), "--to", cluster.url("foundation")])
        result = {
            "students": args.students,
            "employees": args.employees,
            "move_to_server_seconds": round(move, 2),
            "embedded": _engine(str(file), args.runs, klass, school),
            "server": _engine(cluster.url("foundation"), args.runs, klass, school),
        }
        if not args.skip_import:
            result["embedded"]["import"] = _json([PYTHON, "bench_import.py"])
            result["server"]["import"] = _json(
                [PYTHON, "bench_import.py", "--db", cluster.url("import")]
            )
    finally:
        cluster.stop()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
