"""Four writers at once in a foundation of 50,000 students + 5,000 staff, on both engines.

    python benchmarks/bench_writers.py [--students-per-import N] [--pages 100]
                                       [--entries 50] [--engine file|server|both]

Four processes (four PCs) start at the same moment and write to one database: two
``import students`` into two new schools (an XLSX of N students each, two parents per
student; default 2,000: the largest school a foundation has; a Dutch primary school has
some 200-600), a ``scan`` of a copier PDF of ``--pages`` filled-in consent forms
printed for students of the foundation, and ``--entries`` consent forms entered by hand
one after the other (``consent --employee``, one command each, as an office does).

Then nothing may be lost: each new school holds its file's students, each with an audit
entry; the scan's pages are all stored with the outcome its report printed, every saved
page with its statement and that statement's audit entry; every form entered is there,
audited. Prints JSON per engine: failures (writers that did not exit 0), lost_writes,
seconds_total and each writer's seconds and exit code (with its error when it failed).

Inputs are made once into ``benchmarks/out/writers/``: the demo foundation (shared with
bench_engines.py), a copy of it with the two new schools and the forms printed into it
(``base.sqlite``; the form codes must be known to the database that reads them), the
filled-in copier PDF (``korre_desktop.testing.scan_corpus``, 300 dpi, pages filled in
like people do, some with hard cases that go to review) and the two XLSX files. Every
engine writes into a fresh copy of ``base.sqlite``: the file copied, or moved with
``move-to-server`` onto a new database of a throwaway PostgreSQL cluster.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "writers"
PYTHON = sys.executable
CLI = [PYTHON, "-m", "korre_desktop"]
DAY = date(2026, 11, 24)  # the demo foundation's day; the forms are printed and read on it
YEAR = "2026-2027"
SCHOOLS = ("Nieuwbouwschool Noord", "Nieuwbouwschool Zuid")  # new: not in the demo data
ENTRY_NOTE = "bench-writers entry"
SCAN_REPORT = re.compile(
    r"(?P<pages>\d+) page\(s\) read from \d+ file\(s\) in [\d.]+ s: (?P<saved>\d+) saved,"
    r" (?P<review>\d+) to review, (?P<skipped>\d+) skipped"
)
WAIT_SECONDS = 1800  # a safety net against a hanging writer only


@dataclass(frozen=True)
class Inputs:
    base: Path  # the foundation with the two new schools and the forms printed into it
    pdf: Path  # the copier's scan of the filled-in forms
    files: tuple[Path, Path]  # the student files of the two new schools
    rows: int  # students per file
    staff: tuple[str, ...]  # staff numbers the hand-entered forms are for
    entries: int


@dataclass
class Writer:
    name: str
    command: list[str]
    exit_code: int | None = None
    seconds: float = 0.0
    stdout: str = ""
    stderr: str = ""


@dataclass
class Expected:
    """What the writers said they wrote, to be found in the database afterwards."""

    imports: dict[str, int]  # school name -> students in its file
    scan: dict[str, int] | None  # the scan's printed report: pages, saved, review, skipped
    entries: int
    last_batch: int  # the newest scan batch's id before the writers started (0: none)
    found: dict[str, object] = field(default_factory=dict)


# -- inputs -------------------------------------------------------------------------------


def _base(foundation: Path, pages: int) -> tuple[Path, Path]:
    """The foundation with the new schools and ``pages`` printed, filled-in and scanned
    consent form pages; made once (printing and filling 100 pages at 300 dpi takes a
    minute)."""
    from korre_desktop.services import records
    from korre_desktop.store import Store
    from korre_desktop.testing.scan_corpus import PDF_NAME, TRUTH_FILE, build_corpus

    folder = OUT / f"{foundation.stem}-{pages}p"
    base, scans = folder / "base.sqlite", folder / "scan"
    if base.exists() and (scans / TRUTH_FILE).exists():
        return base, scans / PDF_NAME
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    making = folder / "making.sqlite"
    shutil.copyfile(foundation, making)
    with Store.open(making, actor="benchmark") as store:
        for name in SCHOOLS:
            records.add_school(store, records.SchoolInput(name=name))
        build_corpus(
            store, scans, consent=pages, variant="copier", profile="mixed", dpi=300, seed=41,
            on=DAY,
        )  # fmt: skip
    making.rename(base)  # only a complete base is reused
    return base, scans / PDF_NAME


def make_inputs(foundation: Path, pages: int, rows: int, entries: int) -> Inputs:
    from bench_import import write_xlsx

    from korre_desktop.store import Store

    base, pdf = _base(foundation, pages)
    files = []
    for number in range(1, len(SCHOOLS) + 1):
        file = base.parent / f"import-{number}-{rows}.xlsx"
        if not file.exists():  # parents at a domain of each school's own: no one shared
            write_xlsx(file, rows, domain=f"school{number}.example.org")
        files.append(file)
    with Store.open(base, actor="benchmark") as store:
        staff = [row["staff_number"] for row in store.people.employees_on(DAY)][:entries]
    return Inputs(base, pdf, (files[0], files[1]), rows, tuple(staff), entries)


# -- the writers --------------------------------------------------------------------------


def writer_commands(location: str, inputs: Inputs) -> list[Writer]:
    cli = [*CLI, "--db", location]
    imports = [
        Writer(
            f"import_{number}",
            [*cli, "import", "students", str(file), "--school", school, "--year", YEAR],
        )
        for number, (file, school) in enumerate(zip(inputs.files, SCHOOLS, strict=True), 1)
    ]
    scan = Writer("scan", [*cli, "scan", "--date", DAY.isoformat(), str(inputs.pdf)])
    entries = Writer(
        "entries",
        [PYTHON, __file__, "--enter", location, str(inputs.entries), ",".join(inputs.staff)],
    )
    return [*imports, scan, entries]


def enter_forms(location: str, count: int, staff: list[str]) -> None:
    """``count`` consent forms entered one after the other, one command each (as someone
    at a desk does); prints the seconds of each as JSON. Stops at the first that fails."""
    from korre_desktop.cli import main

    seconds = []
    for number in range(count):
        started = time.perf_counter()
        code = main([
            "--db", location, "consent", "--employee", staff[number % len(staff)],
            "--yes", "all", "--date", DAY.isoformat(), "--note", f"{ENTRY_NOTE} {number}",
        ])  # fmt: skip
        if code:
            sys.exit(code)
        seconds.append(time.perf_counter() - started)
    print(json.dumps({"entry_seconds": [round(s, 3) for s in seconds]}))


def run_at_once(writers: list[Writer]) -> float:
    """Start every writer at the same moment and wait for all; the total seconds."""

    def wait(writer: Writer, job: subprocess.Popen, started: float) -> None:
        try:
            writer.stdout, writer.stderr = job.communicate(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            job.kill()
            writer.stdout, writer.stderr = job.communicate()
            writer.stderr += f"\nbench_writers: killed after {WAIT_SECONDS} s"
        writer.seconds = round(time.perf_counter() - started, 2)
        writer.exit_code = job.returncode

    started = time.perf_counter()
    jobs = [
        subprocess.Popen(w.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in writers
    ]
    waiting = [
        threading.Thread(target=wait, args=(writer, job, started))
        for writer, job in zip(writers, jobs, strict=True)
    ]
    for thread in waiting:
        thread.start()
    for thread in waiting:
        thread.join()
    return round(time.perf_counter() - started, 2)


# -- nothing lost -------------------------------------------------------------------------


def last_batch(store) -> int:
    return store.rows("SELECT coalesce(max(id), 0) AS n FROM scan_batches")[0]["n"]


def scan_reported(stdout: str) -> dict[str, int] | None:
    """The totals the ``scan`` command printed (None when it printed none)."""
    found = SCAN_REPORT.search(stdout)
    return {key: int(value) for key, value in found.groupdict().items()} if found else None


def _audited(store, table: str, ids: list[int]) -> int:
    """How many of the rows ``ids`` of ``table`` have their insert in the audit log."""
    if not ids:
        return 0
    audited = store.rows(
        "SELECT DISTINCT row_id FROM audit_log WHERE table_name = ? AND action = 'insert'",
        [table],
    )
    return len({str(i) for i in ids} & {row["row_id"] for row in audited})


def lost_writes(store, expected: Expected) -> dict[str, int]:
    """Per writer, the writes it reported that the database does not hold (audit entries
    included); fills ``expected.found`` with what was found."""
    lost: dict[str, int] = {}
    for number, (school, rows) in enumerate(expected.imports.items(), 1):
        ids = [
            row["id"]
            for row in store.rows(
                "SELECT st.id FROM students st JOIN schools sc ON sc.id = st.school_id"
                " WHERE sc.name = ?",
                [school],
            )
        ]
        audited = _audited(store, "students", ids)
        expected.found[f"import_{number}"] = {"students": len(ids), "audited": audited}
        lost[f"import_{number}"] = max(0, rows - len(ids)) + (len(ids) - audited)
    lost["scan"] = _lost_by_scan(store, expected)
    entered = store.rows(
        "SELECT id, note FROM consent_statements WHERE note LIKE ?", [f"{ENTRY_NOTE} %"]
    )
    notes = {row["note"] for row in entered}
    audited = _audited(store, "consent_statements", [row["id"] for row in entered])
    expected.found["entries"] = {"statements": len(notes), "audited": audited}
    lost["entries"] = max(0, expected.entries - len(notes)) + (len(entered) - audited)
    return lost


def _lost_by_scan(store, expected: Expected) -> int:
    """The pages the scan reported that are not stored with that outcome, plus saved pages
    without their statement (or protocol signature) or its audit entry. A scan that failed
    printed no report: then there is nothing it claimed to compare with."""
    if expected.scan is None:
        expected.found["scan"] = None
        return 0
    pages = store.rows(
        "SELECT p.status, s.id AS statement, g.id AS signature FROM scan_pages p"
        " LEFT JOIN consent_statements s ON s.id = p.statement_id"
        " LEFT JOIN protocol_signatures g ON g.id = p.protocol_signature_id"
        " WHERE p.batch_id > ?",
        [expected.last_batch],
    )
    by_status = {
        status: sum(1 for p in pages if p["status"] == status)
        for status in ("saved", "review", "skipped")
    }
    saved = [p for p in pages if p["status"] == "saved"]
    statements = [p["statement"] for p in saved if p["statement"]]
    signatures = [p["signature"] for p in saved if p["signature"]]
    audited = _audited(store, "consent_statements", statements)
    audited += _audited(store, "protocol_signatures", signatures)
    expected.found["scan"] = {
        "pages": len(pages),
        **by_status,
        "statements": len(statements) + len(signatures),
        "audited": audited,
    }
    short = sum(max(0, expected.scan[key] - by_status[key]) for key in by_status)
    recorded = len(statements) + len(signatures)
    return short + (by_status["saved"] - recorded) + (recorded - audited)


# -- one engine ---------------------------------------------------------------------------


def run_engine(location: str, inputs: Inputs) -> dict:
    """The four writers on the database at ``location`` (a fresh copy of the base)."""
    from korre_desktop.store import Store

    with Store.open(location, actor="benchmark") as store:
        before = last_batch(store)
    writers = writer_commands(location, inputs)
    seconds_total = run_at_once(writers)
    by_name = {writer.name: writer for writer in writers}
    expected = Expected(
        imports=dict.fromkeys(SCHOOLS, inputs.rows),
        scan=scan_reported(by_name["scan"].stdout),
        entries=inputs.entries,
        last_batch=before,
    )
    with Store.open(location, actor="benchmark") as store:
        lost = lost_writes(store, expected)
    failed = [w for w in writers if w.exit_code != 0]
    result: dict = {
        "failures": len(failed),
        "lost_writes": sum(lost.values()),
        "seconds_total": seconds_total,
        "writers": {
            w.name: {"seconds": w.seconds, "exit_code": w.exit_code, "lost": lost[w.name]}
            for w in writers
        },
        "scan_reported": expected.scan,
        "found": expected.found,
    }
    for writer in failed:  # the error as the writer printed it: a finding, not retried
        result["writers"][writer.name]["error"] = writer.stderr.strip()[-2000:]
    entries = by_name["entries"].stdout.strip().splitlines()
    if entries and entries[-1].startswith("{"):
        each = sorted(json.loads(entries[-1])["entry_seconds"])
        result["writers"]["entries"]["seconds_per_entry_median"] = each[len(each) // 2]
        result["writers"]["entries"]["seconds_per_entry_max"] = each[-1]
    return result


def on_file(inputs: Inputs) -> dict:
    run = inputs.base.parent / "run.sqlite"
    for stale in (run, run.with_name(run.name + "-wal"), run.with_name(run.name + "-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(inputs.base, run)
    return run_engine(str(run), inputs)


def on_server(inputs: Inputs) -> dict:
    import psycopg

    from korre_desktop.testing import pg_cluster

    cluster = pg_cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE writers")
        started = time.perf_counter()
        subprocess.run(
            [*CLI, "move-to-server", str(inputs.base), "--to", cluster.url("writers")],
            check=True, capture_output=True,
        )  # fmt: skip
        moved = round(time.perf_counter() - started, 2)
        return {**run_engine(cluster.url("writers"), inputs), "move_to_server_seconds": moved}
    finally:
        cluster.stop()


def main() -> None:
    from bench_engines import demo_foundation

    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000, help="in the foundation")
    parser.add_argument("--employees", type=int, default=5_000, help="in the foundation")
    parser.add_argument("--students-per-import", type=int, default=2_000)
    parser.add_argument("--pages", type=int, default=100, help="pages in the scan batch")
    parser.add_argument("--entries", type=int, default=50, help="forms entered by hand")
    parser.add_argument("--engine", choices=("file", "server", "both"), default="both")
    args = parser.parse_args()
    foundation = demo_foundation(args.students, args.employees)
    inputs = make_inputs(foundation, args.pages, args.students_per_import, args.entries)
    result: dict = {
        "students": args.students,
        "employees": args.employees,
        "students_per_import": args.students_per_import,
        "pages": args.pages,
        "entries": args.entries,
    }
    if args.engine in ("file", "both"):
        result["file"] = on_file(inputs)
    if args.engine in ("server", "both"):
        result["server"] = on_server(inputs)
    print(json.dumps(result, indent=2))


if __name__ == "__main__" and "--enter" in sys.argv:
    at = sys.argv.index("--enter")
    enter_forms(sys.argv[at + 1], int(sys.argv[at + 2]), sys.argv[at + 3].split(","))
elif __name__ == "__main__":
    main()
