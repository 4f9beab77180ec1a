"""Command line: ``python -m korre_desktop.testing.scan_corpus --db FILE --out DIR ...``.

An empty or new database gets demo data first (the print date is then the demo's day),
so one command gives a database and a corpus that belong together. Prints one line of
JSON: what was written and how long it took.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from korre_desktop.testing.scan_corpus.corpus import VARIANTS, build_corpus
from korre_desktop.testing.scan_corpus.fill import PROFILES

DEMO_DAY = date(2026, 11, 24)
DEMO_STUDENTS = 400
DEMO_EMPLOYEES = 40


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m korre_desktop.testing.scan_corpus",
        description="Generate returned paper forms (scans or photos) with ground truth.",
    )
    parser.add_argument("--db", type=Path, required=True, help="database (demo data if empty)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the files")
    parser.add_argument("--consent", type=int, default=20, help="consent forms (default 20)")
    parser.add_argument("--protocol", type=int, default=0, help="protocol sheets (default 0)")
    parser.add_argument("--variant", choices=VARIANTS, default="copier")
    parser.add_argument("--profile", choices=PROFILES, default="clean")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--blank-backs", type=int, default=0, help="pages with a blank back")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--on", type=date.fromisoformat, help="print date (YYYY-MM-DD)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from korre_desktop.errors import KorreError  # after --help: imports are slow

    try:
        return _run(args)
    except (KorreError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from korre_desktop.services.demo import generate_demo
    from korre_desktop.store import Store

    started = time.perf_counter()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(args.db, actor="scan-corpus", create=True)
    try:
        on = args.on
        demo = store.is_empty()
        if demo:
            generate_demo(
                store,
                students=DEMO_STUDENTS,
                employees=DEMO_EMPLOYEES,
                seed=args.seed,
                today=DEMO_DAY,
            )
            on = on or DEMO_DAY
        corpus = build_corpus(
            store,
            args.out,
            consent=args.consent,
            protocol=args.protocol,
            variant=args.variant,
            profile=args.profile,
            dpi=args.dpi,
            blank_backs=args.blank_backs,
            seed=args.seed,
            on=on,
        )
    finally:
        store.close()
    kinds = Counter(page.kind for page in corpus.pages)
    summary = {
        "out": str(corpus.folder),
        "db": str(args.db),
        "demo_data": demo,
        "variant": args.variant,
        "profile": args.profile,
        "files": [path.name for path in corpus.files],
        "pages": len(corpus.pages),
        "consent": kinds["consent"],
        "protocol": kinds["protocol"],
        "blank": kinds["blank"],
        "info": kinds["info"],
        "clean": sum(page.clean for page in corpus.pages if page.kind not in ("blank", "info")),
        "upside_down": sum(page.upside_down for page in corpus.pages),
        "seconds": round(time.perf_counter() - started, 2),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
