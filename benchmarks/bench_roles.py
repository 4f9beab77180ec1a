"""What row-level security costs at 50,000 students (issue 16): the same reads as the
database's owner (no policies) and as a signed-in role, on a throwaway cluster.

    python benchmarks/bench_roles.py [--students N] [--runs R]

Copies the demo foundation (``bench_engines.demo_foundation``), moves it onto a new
cluster, adds a teacher linked to one class and an office limited to one school, then
times (in this process, median of R runs, after a first warm-up run): a teacher's
no-photo list of their class (the PDF service), the window's student list
(``people.students_on``) as the office and as the owner, and a plain
``SELECT count(*) FROM students`` for each. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg

from korre_desktop.domain.roles import Role
from korre_desktop.server_location import with_login
from korre_desktop.services import users
from korre_desktop.services.pdf.no_photo import no_photo_pdf
from korre_desktop.services.pdf.selection import ClassesSelection
from korre_desktop.store import Store
from korre_desktop.testing import pg_cluster

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_engines import demo_foundation  # noqa: E402

ON = date(2026, 11, 24)


def _median(runs: int, work: Callable[[], object]) -> float:
    work()  # warm-up: the connection's first plans
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--employees", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="korre-roles-"))
    file = folder / "foundation.sqlite"
    shutil.copyfile(demo_foundation(args.students, args.employees), file)
    with Store.open(file) as store:  # brought to the current schema
        klass = store.rows(
            "SELECT c.id, c.name, s.name AS school, s.id AS school_id FROM classes c"
            " JOIN school_years y ON y.id = c.school_year_id JOIN schools s ON s.id = c.school_id"
            " WHERE y.label = '2026-2027' ORDER BY c.id LIMIT 1"
        )[0]
    cluster = pg_cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE foundation")
        url = cluster.url("foundation")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "korre_desktop", "move-to-server", str(file), "--to", url],
            check=True,
            capture_output=True,
        )
        moved = time.perf_counter() - started
        with Store.open(url) as owner:
            users.add_user(owner, "bench_juf", Role.LEERKRACHT, "x")
            owner.users.link_class("bench_juf", klass["id"])
            users.add_user(owner, "bench_kantoor", Role.ADMINISTRATIE, "x", [klass["school"]])
        selection = ClassesSelection((klass["name"],), klass["school"])
        pdf = folder / "no-photo.pdf"
        result: dict[str, object] = {"students": args.students, "move_s": round(moved, 1)}
        for who in ("owner", "bench_juf", "bench_kantoor"):
            location = url if who == "owner" else with_login(url, who)
            with Store.open(location) as store:
                figures: dict[str, object] = {
                    "students_visible": store.rows("SELECT count(*) AS n FROM students")[0]["n"],
                    "count_students_s": _median(
                        args.runs, lambda s=store: s.rows("SELECT count(*) FROM students")
                    ),
                }
                if who != "bench_kantoor":
                    figures["no_photo_class_s"] = _median(
                        args.runs, lambda s=store: no_photo_pdf(s, selection, ON, pdf)
                    )
                if who != "bench_juf":
                    figures["student_list_s"] = _median(
                        args.runs, lambda s=store: s.people.students_on(ON)
                    )
                result[who] = figures
        print(json.dumps(result))
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
