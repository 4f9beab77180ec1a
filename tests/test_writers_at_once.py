"""Four writers at once, each its own process (four PCs): two imports into different
schools, a batch of scanned forms and fifty forms entered by hand. All complete: no
"database is locked", nothing lost, nothing half-written; on both engines."""

import subprocess
import sys
from pathlib import Path

from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import load_truth
from tests.conftest import SCAN_DAY
from tests.engines import location_of
from tests.services.importing.conftest import STUDENT_HEADERS, write_csv

ROWS = 150  # students per import
ENTRIES = 50
WAIT_SECONDS = 300  # a safety net against a hanging test only


def _students_csv(path: Path, prefix: str) -> Path:
    rows = [
        [f"{prefix}{n:04d}", "Noor", "", f"Visser{n}", "14-03-2019", f"Groep {1 + n % 8}",
         f"Ouder Visser{n}", f"ouder{prefix}{n}@example.org", "", "", ""]
        for n in range(ROWS)
    ]  # fmt: skip
    return write_csv(path, [STUDENT_HEADERS, *rows])


ENTRY_SCRIPT = """
import sys
from korre_desktop.cli import main
location, numbers = sys.argv[1], sys.argv[2].split(",")
for n in range({entries}):
    code = main(["--db", location, "consent", "--employee", numbers[n % len(numbers)],
                 "--yes", "all", "--date", "{day}", "--note", f"writer {{n}}"])
    if code:
        sys.exit(code)
"""


def test_four_writers_at_once_all_complete(scan_db: Path, scan_corpora, tmp_path: Path) -> None:
    with Store.open(scan_db, actor="test") as store:
        location = location_of(store)
        before = store.people.counts()
        staff = [row["staff_number"] for row in store.people.employees_on(SCAN_DAY)]
        from korre_desktop.services import records

        for name in ("De Linde", "Het Anker"):
            records.add_school(store, records.SchoolInput(name=name))
    cli = [sys.executable, "-m", "korre_desktop", "--db", location]
    year = ["--year", "2026-2027"]
    commands = [
        [*cli, "import", "students", str(_students_csv(tmp_path / "a.csv", "A")), "--school",
         "De Linde", *year],
        [*cli, "import", "students", str(_students_csv(tmp_path / "b.csv", "B")), "--school",
         "Het Anker", *year],
        [*cli, "scan", "--date", SCAN_DAY.isoformat(), str(scan_corpora.copier_pdf)],
        [sys.executable, "-c", ENTRY_SCRIPT.format(entries=ENTRIES, day=SCAN_DAY.isoformat()),
         location, ",".join(staff)],
    ]  # fmt: skip
    running = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for command in commands
    ]
    outcomes = [(job.wait(WAIT_SECONDS), *job.communicate()) for job in running]
    for code, _out, err in outcomes:
        assert code == 0, err
        assert "locked" not in err and "internal error" not in err

    truth = load_truth(scan_corpora.copier)
    saved_by_scan = sum(1 for page in truth if page.kind == "consent" and page.clean)
    with Store.open(scan_db, actor="test") as store:
        after = store.people.counts()
        assert after["students"] == before["students"] + 2 * ROWS
        scanned = store.rows("SELECT count(*) AS n FROM consent_statements WHERE source = 'scan'")[
            0
        ]["n"]
        entered = store.rows(
            "SELECT count(*) AS n FROM consent_statements WHERE note LIKE 'writer %'"
        )[0]["n"]
        assert scanned == saved_by_scan
        assert entered == ENTRIES
        # Every change audited: one insert per new student, per new statement.
        audited = store.rows(
            "SELECT count(*) AS n FROM audit_log WHERE table_name = 'students'"
            " AND action = 'insert' AND actor <> 'test'"
        )[0]["n"]
        assert audited >= 2 * ROWS
