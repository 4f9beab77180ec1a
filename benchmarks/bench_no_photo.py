"""The no-photo list of one school of 2,000 students (target: at most 2 s), printed as JSON.

The demo foundation has no school that big, so this builds one: a demo foundation
(``--foundation`` students, default 6,000) plus "Korre Campus" with ``--size`` students
in classes of 27, each student with two guardians and a realistic mix of consent:
everything granted, some channels, refused, guardians disagreeing, no form, last
year's forms (expired: the demo uses the per-school-year policy), and 16-year-olds who
refused themselves. The database is kept in ``benchmarks/out/`` and reused.

Measured in this process: the first run (cold: imports done, fonts not yet loaded)
and the median of the next runs, each end to end (statuses of everyone on the list,
choosing the school, laying out and drawing the PDF, writing it atomically).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from _measure import emit, peak_memory_mb

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.demo import generate_demo
from korre_desktop.services.pdf.no_photo import no_photo_pdf
from korre_desktop.services.pdf.selection import SchoolSelection
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store

HERE = Path(__file__).resolve().parent
DAY = date(2026, 11, 24)
CAMPUS = "Korre Campus"
FIRST_NAMES = ("Sem", "Noah", "Liam", "Emma", "Julia", "Mila", "Daan", "Zoë", "Kübra", "Łukasz")
SURNAMES = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Şahin"),
    ("", "Bakker"),
    ("van", "Dijk"),
    ("", "Öztürk"),
    ("", "Visser"),
    ("ter", "Horst"),
    ("", "Nowak"),
)


def _answers(value: bool | None) -> dict[str, bool | None]:
    return dict.fromkeys(ALL_ITEM_CODES, value)


def build(path: Path, foundation: int, size: int) -> None:
    rng = random.Random(20261124)
    with Store.open(path, actor="benchmark", create=True) as store:
        generate_demo(store, students=foundation, employees=100, seed=1, today=DAY)
        school_id = store.insert(
            "schools", {"name": CAMPUS, "brin": "99ZZ", "created_at": "2026-08-01"}
        )
        year_id = store.people.school_year_on(DAY)["id"]
        class_ids = [
            store.insert(
                "classes",
                {"school_id": school_id, "school_year_id": year_id, "name": f"{level}{letter}"},
            )
            for level in range(1, 7)
            for letter in "ABCDEFGHIJKLM"[: -(-size // 27 // 6) or 1]
        ]
        form = store.consent.form_versions()[-1]["id"]
        student_id = max(row["id"] for row in store.people.students_all()) + 1
        guardian_id = max(store.people.guardian_names()) + 1
        rows: dict[str, list[dict]] = {
            "students": [],
            "enrolments": [],
            "guardians": [],
            "student_guardians": [],
            "consent_statements": [],
        }

        def statement(student: int, signed: date, answers: dict, guardian: int | None) -> None:
            rows["consent_statements"].append(
                {
                    "subject_kind": "student",
                    "student_id": student,
                    "signer_role": "guardian" if guardian else "student",
                    "guardian_id": guardian,
                    "signed_date": signed.isoformat(),
                    "form_version_id": form,
                    "answers": json.dumps(answers),
                    "entered_by": "benchmark",
                    "entered_at": f"{signed.isoformat()}T10:00:00",
                }
            )

        for index in range(size):
            sid = student_id + index
            infix, surname = rng.choice(SURNAMES)
            age = rng.randint(12, 18)
            rows["students"].append(
                {
                    "id": sid,
                    "school_id": school_id,
                    "student_number": f"{index + 1:05d}",
                    "roepnaam": rng.choice(FIRST_NAMES),
                    "tussenvoegsel": infix,
                    "achternaam": surname,
                    "birth_date": (
                        DAY - timedelta(days=365 * age + rng.randint(0, 364))
                    ).isoformat(),
                    "enrolled_date": None,
                    "left_date": None,
                    "created_at": "2026-08-01",
                }
            )
            rows["enrolments"].append(
                {"student_id": sid, "class_id": class_ids[index % len(class_ids)]}
            )
            parents = []
            for _ in range(2):
                rows["guardians"].append(
                    {"id": guardian_id, "achternaam": surname, "created_at": "2026-08-01"}
                )
                rows["student_guardians"].append({"student_id": sid, "guardian_id": guardian_id})
                parents.append(guardian_id)
                guardian_id += 1
            signed = date(2026, 9, rng.randint(1, 30))
            roll = rng.random()
            if roll < 0.55:
                statement(sid, signed, _answers(True), parents[0])
            elif roll < 0.70:
                partial = {code: rng.random() < 0.6 for code in ALL_ITEM_CODES}
                statement(sid, signed, partial, parents[0])
            elif roll < 0.77:
                statement(sid, signed, _answers(False), parents[0])
            elif roll < 0.82:
                statement(sid, signed, _answers(True), parents[0])
                statement(sid, signed, _answers(False), parents[1])
            elif roll < 0.92:
                pass  # no form
            elif roll < 0.97:
                statement(sid, date(2026, 3, 2), _answers(True), parents[0])  # expired
            else:
                statement(sid, signed, _answers(True), parents[0])
                statement(sid, signed, {c: False for c in ALL_ITEM_CODES if "foto" in c}, None)
        store.bulk_insert(rows.items())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--foundation", type=int, default=6000, help="demo students besides")
    parser.add_argument("--size", type=int, default=2000, help="students in the printed school")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    path = out / f"bench-no-photo-{args.foundation}-{args.size}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.foundation, args.size)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    target = out / "no-photo.pdf"
    seconds = []
    with Store.open(path, actor="benchmark") as store:
        started = time.perf_counter()
        everyone = student_statuses_on(store, DAY)
        statuses_seconds = time.perf_counter() - started
        for _ in range(max(1, args.runs)):
            started = time.perf_counter()
            summary = no_photo_pdf(store, SchoolSelection(CAMPUS), DAY, target)
            seconds.append(time.perf_counter() - started)
    warm = seconds[1:] or seconds
    emit(
        school_students=summary.students,
        students_on_list=len(everyone),
        pages=summary.pages,
        no_photo=summary.no_photo,
        pdf_kb=round(target.stat().st_size / 1024),
        cold_seconds=round(seconds[0], 3),
        median_seconds=round(statistics.median(warm), 3),
        statuses_seconds=round(statuses_seconds, 3),
        target_seconds=2.0,
        peak_memory_mb=peak_memory_mb(),
    )


if __name__ == "__main__":
    main()
