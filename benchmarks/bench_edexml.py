"""Importing an EDEXML file of 1,000 students (a Cito-like export, with its teachers):
reading, planning and applying the students and teachers together, then the same file
again (which must change nothing).

    python benchmarks/bench_edexml.py [STUDENTS]

Prints JSON: edexml_students, edexml_import_seconds (read + plan + apply),
edexml_read_seconds, edexml_plan_seconds, edexml_apply_seconds, edexml_reimport_seconds,
edexml_file_kb, peak_memory_mb.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _measure import emit, peak_memory_mb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test files' generator

from korre_desktop.services import importing as imp
from korre_desktop.services import records
from korre_desktop.store import Store
from tests.services.importing.edexml_samples import cito_lvs, write

TODAY = date(2026, 11, 24)  # in the file's school year
KINDS = ("students", "employees")


def plans(store: Store, found: imp.EdexFile) -> list[imp.ImportPlan]:
    return [imp.plan_import(store, kind, found.table_for(kind), today=TODAY) for kind in KINDS]


def run(folder: Path, students: int) -> None:
    xml, _ = cito_lvs(students=students, teachers=max(29, students // 14))
    path = write(folder / "edexml.xml", xml)
    with Store.open(folder / "bench-edexml.sqlite", actor="bench", create=True) as store:
        records.add_school(store, records.SchoolInput(name="OBS De Linde", brin="00AA"))
        started = time.perf_counter()
        found = imp.read_any(path)
        read = time.perf_counter() - started
        planned = plans(store, found)
        plan = time.perf_counter() - started - read
        imp.apply_import(store, planned)
        total = time.perf_counter() - started
        imported = store.people.counts()["students"]
        started = time.perf_counter()
        again = plans(store, imp.read_any(path))
        if any(p.has_work for p in again):
            raise SystemExit("importing the same file again would change something")
        reimport = time.perf_counter() - started
    emit(
        edexml_students=students,
        imported_students=imported,
        edexml_import_seconds=round(total, 3),
        edexml_read_seconds=round(read, 3),
        edexml_plan_seconds=round(plan, 3),
        edexml_apply_seconds=round(total - read - plan, 3),
        edexml_reimport_seconds=round(reimport, 3),
        edexml_file_kb=round(path.stat().st_size / 1024),
        peak_memory_mb=peak_memory_mb(),
    )


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1_000
    with tempfile.TemporaryDirectory() as folder:
        run(Path(folder), count)
