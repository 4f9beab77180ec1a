"""Importing a 50,000-row student XLSX (with two guardians each) through the command line:
a dry run, then the import, then the same file again (which must change nothing).

    python benchmarks/bench_import.py [ROWS] [--keep FOLDER] [--db EMPTY_SERVER_URL]

Prints JSON: import_rows, import_seconds (dry run + import), dry_run_seconds,
apply_seconds, reimport_seconds, read_seconds, xlsx_mb, peak_memory_mb.

And what another PC's write between preview and apply costs (the plan is then made again
and compared, ``services/importing/staleness.py``), measured afterwards on two more schools,
each with a file of its own and in a process of its own: apply_only_seconds
(``apply_import`` alone, nothing written since the preview) and apply_only_peak_memory_mb
(that process: read, plan, apply); apply_after_other_write_seconds and
apply_after_other_write_peak_memory_mb (the same after another connection saved a
setting); import_seconds_after_other_write (import_seconds plus that difference: the
command line's total when someone else wrote meanwhile).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _measure import emit, peak_memory_mb, timed_cli

from korre_desktop.services import records
from korre_desktop.services.importing import apply_import, plan_import, read_table
from korre_desktop.store import Store

HEADERS = [
    "Leerlingnummer", "Roepnaam", "Voornamen", "Tussenvoegsel", "Achternaam", "Geboortedatum",
    "Groep", "Naam ouder 1", "E-mailadres ouder 1", "Telefoon ouder 1", "Naam ouder 2",
    "E-mailadres ouder 2", "Telefoon ouder 2", "Relatie ouder 1", "Relatie ouder 2",
]  # fmt: skip
FIRST = [
    "Noah",
    "Emma",
    "Sem",
    "Julia",
    "Daan",
    "Mila",
    "Lucas",
    "Tess",
    "Finn",
    "Zoë",
    "Levi",
    "Sara",
    "Bram",
    "Nora",
    "Luuk",
    "Anna",
]
SURNAMES = (
    "Jansen, de Vries, van den Berg, Bakker, van Dijk, Visser, Smit, Meijer, de Boer, Mulder,"
    " de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Öztürk"
)
LAST = [tuple(name.strip().rpartition(" ")[::2]) for name in SURNAMES.split(",")]
PARENTS = ["Marieke", "Joost", "Sanne", "Mark", "Ilse", "Peter", "Femke", "Ahmed", "Linda", "Erik"]


def write_xlsx(path: Path, rows: int, domain: str = "example.org") -> None:
    """``rows`` students; their parents' e-mail addresses are at ``domain``."""
    from openpyxl import Workbook

    rng = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Leerlingen")
    sheet.append(HEADERS)
    for index in range(rows):
        infix, surname = rng.choice(LAST)
        birth = date(2010, 8, 1) + timedelta(days=rng.randrange(0, 12 * 365))
        family = f"{surname.lower()}{index}"
        parent1, parent2 = rng.sample(PARENTS, 2)
        sheet.append(
            [
                f"{index + 1:06d}",
                rng.choice(FIRST),
                "",
                infix,
                surname,
                birth.strftime("%d-%m-%Y"),
                f"Groep {rng.randrange(1, 9)}{rng.choice('ABC')}",
                f"{parent1} {infix} {surname}".replace("  ", " "),
                f"{parent1.lower()}.{family}@{domain}",
                f"06{rng.randrange(10_000_000, 99_999_999)}",
                f"{parent2} {infix} {surname}".replace("  ", " "),
                f"{parent2.lower()}.{family}@{domain}",
                "",
                "moeder",
                "vader",
            ]
        )
    workbook.save(path)


def apply_seconds(folder: Path, db: Path | str, rows: int, school: str, other_write: bool) -> float:
    """``apply_import`` of a preview into a new school (its own file: no parent is on record
    yet), timed alone; with ``other_write`` another connection (another PC) saves a setting
    between the preview and the apply."""
    xlsx = folder / f"{school.replace(' ', '')}.xlsx"
    write_xlsx(xlsx, rows, domain=f"{school.lower().replace(' ', '')}.example.org")
    with Store.open(db, actor="bench") as store:
        records.add_school(store, records.SchoolInput(name=school))
        table = read_table(xlsx, "students")
        plan = plan_import(store, "students", table, school=school, year="2026-2027")
        if other_write:
            with Store.open(db, actor="other pc") as other:
                other.set_setting("school_year_cutoff", "08-01")
        started = time.perf_counter()
        apply_import(store, plan)
        return time.perf_counter() - started


def measure_apply(
    folder: Path, db: Path | str, rows: int, school: str, other_write: bool
) -> dict[str, float]:
    """``apply_seconds`` in a process of its own: its seconds and peak memory."""
    command = [sys.executable, __file__, "--apply", str(folder), str(db), str(rows), school]
    done = subprocess.run(
        [*command, *(["--other-write"] if other_write else [])],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def run(folder: Path, rows: int, server: str | None = None) -> None:
    """Into a new file in ``folder``, or the empty server database ``server`` (a URL)."""
    xlsx = folder / "leerlingen.xlsx"
    db = server or folder / "bench-import.sqlite"
    if server is None:
        db.unlink(missing_ok=True)
    write_xlsx(xlsx, rows)
    with Store.open(db, actor="bench", create=True) as store:
        records.add_school(store, records.SchoolInput(name="OBS De Linde", brin="00AA"))
    started = time.perf_counter()
    read_table(xlsx)
    read_seconds = time.perf_counter() - started
    args = ["--db", str(db), "import", "students", str(xlsx), "--year", "2026-2027"]
    dry, apply, again = timed_cli(folder / "report.txt", [*args, "--dry-run"], args, args)
    with Store.open(db) as store:
        imported = store.people.counts()["students"]
    # Each into a database holding De Linde's students and parents (as a foundation's
    # does); one after the other, so the second also finds the first's.
    after_other_write = measure_apply(folder, db, rows, "Het Anker", other_write=True)
    alone = measure_apply(folder, db, rows, "De Wilg", other_write=False)
    emit(
        import_rows=rows,
        imported_students=imported,
        import_seconds=round(dry + apply, 2),
        dry_run_seconds=round(dry, 2),
        apply_seconds=round(apply, 2),
        reimport_seconds=round(again, 2),
        read_seconds=round(read_seconds, 2),
        apply_only_seconds=alone["seconds"],
        apply_only_peak_memory_mb=alone["peak_memory_mb"],
        apply_after_other_write_seconds=after_other_write["seconds"],
        apply_after_other_write_peak_memory_mb=after_other_write["peak_memory_mb"],
        import_seconds_after_other_write=round(
            dry + apply + after_other_write["seconds"] - alone["seconds"], 2
        ),
        xlsx_mb=round(xlsx.stat().st_size / 2**20, 1),
        peak_memory_mb=peak_memory_mb(),
    )


if __name__ == "__main__" and "--apply" in sys.argv:
    at = sys.argv.index("--apply")
    folder, db, rows, school = sys.argv[at + 1 : at + 5]
    seconds = apply_seconds(Path(folder), db, int(rows), school, "--other-write" in sys.argv)
    emit(seconds=round(seconds, 2), peak_memory_mb=peak_memory_mb())
elif __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 50_000
    url = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
    if "--keep" in sys.argv:
        target = Path(sys.argv[sys.argv.index("--keep") + 1])
        target.mkdir(parents=True, exist_ok=True)
        run(target, count, url)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(Path(folder), count, url)
