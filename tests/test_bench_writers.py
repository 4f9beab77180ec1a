"""The four-writers benchmark's own checks (benchmarks/bench_writers.py): what the writers
reported is counted in the database, and a write that is not there counts as lost."""

import importlib.util
import sys
from pathlib import Path

import pytest

from korre_desktop.services.scanning.batch import scan_files
from korre_desktop.services.scanning.wording import report_lines
from korre_desktop.store import Store
from tests.conftest import SCAN_DAY
from tests.engines import location_of

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_writers.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_writers", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_writers"] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["bench_writers"]


def test_writes_reported_are_found_and_missing_ones_count_as_lost(
    bench, scan_db: Path, scan_corpora, capsys
) -> None:
    with Store.open(scan_db, actor="test") as store:
        location = location_of(store)
        staff = [row["staff_number"] for row in store.people.employees_on(SCAN_DAY)]
        first = bench.last_batch(store)
        from tests.conftest import Records

        records = Records(store)
        north, south = (records.school(name) for name in bench.SCHOOLS)
        for _ in range(3):
            records.student(north)
        for _ in range(2):
            records.student(south)
        report = scan_files(store, [scan_corpora.copier_pdf], SCAN_DAY)
    bench.enter_forms(location, 4, staff)
    printed = capsys.readouterr().out.splitlines()
    assert len(bench.json.loads(printed[-1])["entry_seconds"]) == 4
    reported = bench.scan_reported("\n".join(report_lines(report)))
    assert reported == {
        "pages": report.pages,
        "saved": report.saved,
        "review": report.review,
        "skipped": report.skipped,
    }
    assert report.saved > 0

    def lost(imports, scan, entries):
        schools = dict(zip(bench.SCHOOLS, imports, strict=True))
        expected = bench.Expected(schools, scan, entries, first)
        with Store.open(scan_db, actor="test") as store:
            return bench.lost_writes(store, expected), expected.found

    found_all, found = lost((3, 2), reported, 4)
    assert found_all == {"import_1": 0, "import_2": 0, "scan": 0, "entries": 0}
    assert found["scan"]["statements"] == found["scan"]["audited"] == report.saved
    assert found["entries"] == {"statements": 4, "audited": 4}
    # Each writer claiming more than the database holds.
    more_saved = {**reported, "saved": reported["saved"] + 1}
    assert lost((3, 3), more_saved, 6)[0] == {
        "import_1": 0,
        "import_2": 1,
        "scan": 1,
        "entries": 2,
    }
    # A scan that failed printed no report: nothing it claimed to compare with.
    assert bench.scan_reported("korre-desktop: database is locked") is None
    assert lost((3, 2), None, 4)[0]["scan"] == 0
