"""Reading returned forms in batches, scored against a generated corpus; JSON on stdout.

Targets: at least 20 pages/s for a copier PDF at 300 dpi (read, decided and saved with
its evidence); no page matched to the wrong person; no wrong answer saved without
review; at most 5 % of clean copier pages and 15 % of phone photos sent to review;
every clean copier page identified, at least 97 % of phone photos.

Corpora (printed into a demo database, filled in, degraded) are made once and kept in
``benchmarks/out/scan/``; every run reads them into a fresh copy of that database.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import date
from pathlib import Path

from _measure import emit, peak_memory_mb

from korre_desktop.services.demo import generate_demo
from korre_desktop.services.scanning.batch import scan_files
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import build_corpus, load_truth
from korre_desktop.testing.scan_scoring import score_batch

HERE = Path(__file__).resolve().parent
DAY = date(2026, 11, 24)

CORPORA = {
    # name: (variant, profile, consent, protocol, blank backs, seed)
    "copier_clean": ("copier", "clean", 180, 20, 0, 11),
    "copier_mixed": ("copier", "mixed", 180, 20, 10, 12),
    "photo_clean": ("photo", "clean", 54, 6, 0, 13),
    "photo_mixed": ("photo", "mixed", 54, 6, 0, 14),
}


def corpus_folder(out: Path, name: str) -> Path:
    """The corpus and the database its forms were printed into, made when missing."""
    folder = out / name
    if (folder / "truth.json").exists() and (folder / "base.sqlite").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    variant, profile, consent, protocol, blanks, seed = CORPORA[name]
    with Store.open(folder / "base.sqlite", actor="benchmark", create=True) as store:
        generate_demo(store, students=1200, employees=120, seed=seed, today=DAY)
        build_corpus(
            store,
            folder,
            consent=consent,
            protocol=protocol,
            variant=variant,
            profile=profile,
            dpi=300,
            blank_backs=blanks,
            seed=seed,
            on=DAY,
        )
    return folder


def run(folder: Path) -> dict:
    db = folder / "run.sqlite"
    db.unlink(missing_ok=True)
    shutil.copyfile(folder / "base.sqlite", db)
    files = sorted(p for p in folder.iterdir() if p.suffix in {".pdf", ".jpg", ".tif"})
    with Store.open(db, actor="benchmark") as store:
        started = time.perf_counter()
        report = scan_files(store, files, DAY)
        seconds = time.perf_counter() - started
        scores = score_batch(store, report.batch_id, load_truth(folder))
    return {
        "seconds": round(seconds, 2),
        "pages_per_second": round(report.pages / seconds, 1),
        "saved": report.saved,
        "review": report.review,
        "skipped": report.skipped,
        "reasons": dict(report.reasons),
        **scores,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "out" / "scan")
    parser.add_argument("--only", choices=sorted(CORPORA), action="append")
    args = parser.parse_args()
    results = {}
    for name in args.only or sorted(CORPORA):
        folder = corpus_folder(args.out, name)
        results[name] = run(folder)
        print(f"{name}: {results[name]['pages_per_second']} pages/s", file=sys.stderr)
    emit(**results, peak_memory_mb=peak_memory_mb())


if __name__ == "__main__":
    main()
