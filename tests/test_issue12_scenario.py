"""The school's own consent form end to end, through the command line: a new version with
a klassenfoto channel (foto only) and a pers channel (foto and film), valid for one school
year, is added from a JSON file, printed, filled in, read back from a scan, and shows in
the status export, the Excel overview and the no-photo list with the right statuses; an
older statement on the default version keeps its own validity."""

from __future__ import annotations

import csv
import json
from datetime import date

import pypdfium2
from openpyxl import load_workbook

from korre_desktop.cli import main
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import PDF_NAME, build_corpus
from tests.services.test_consent_forms import EXAMPLE

DAY = date(2026, 11, 24)


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_new_version_from_file_to_scan_to_every_list(capsys, tmp_path):
    db = tmp_path / "korre.sqlite"
    with Store.create(db, actor="test") as store:
        generate_demo(store, students=60, employees=4, seed=3, today=DAY)
        # The default version: the demo's forms, valid for the school year signed in.
        standard = next(f for f in load_forms(store) if f.label == "Standaard")
    definition = dict(EXAMPLE, effective_date="2026-11-01", label="Klassenfoto en pers")
    (tmp_path / "versie.json").write_text(json.dumps(definition), encoding="utf-8")
    assert "Klassenfoto en pers" in run(capsys, "--db", str(db), "consent-form", "add",
                                        str(tmp_path / "versie.json"))  # fmt: skip
    shown = run(capsys, "--db", str(db), "consent-form", "show", "Klassenfoto en pers")
    assert "Krant en lokale media" in shown and "klassenfoto" in shown

    # Printed (the corpus prints real forms of the version in force) and read back.
    with Store.open(db, actor="test") as store:
        corpus = build_corpus(store, tmp_path / "scans", consent=6, dpi=200, seed=5, on=DAY)
    run(capsys, "--db", str(db), "scan", str(tmp_path / "scans" / PDF_NAME), "--date", "2026-11-24")
    with Store.open(db, actor="test") as store:
        new = next(f for f in load_forms(store) if f.label == "Klassenfoto en pers")
        filed = store.rows(
            "SELECT student_id, answers FROM consent_statements WHERE form_version_id = ?",
            [new.id],
        )
        assert len(filed) == len([p for p in corpus.pages if p.kind == "consent"])
        assert all(set(json.loads(r["answers"])) == set(new.items) for r in filed)
        scanned = {r["student_id"]: json.loads(r["answers"]) for r in filed}
        numbers = {
            row["id"]: row["student_number"]
            for row in store.rows("SELECT id, student_number FROM students")
        }

    # The status export: one column per item in force (the new version's first).
    run(capsys, "--db", str(db), "export", "status", "-o", str(tmp_path / "status.csv"),
        "--date", "2026-11-24")  # fmt: skip
    with open(tmp_path / "status.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = list(rows[0])
    assert (
        header.index("foto_klassenfoto") < header.index("film_pers") < header.index("foto_website")
    )
    by_number = {row["number"]: row for row in rows}
    for student_id, answers in scanned.items():
        row = by_number[numbers[student_id]]
        for code, answer in answers.items():  # a form per guardian: two may disagree
            if answer is False:
                assert row[code] in {"refused", "conflict"}
            elif answer is True:
                assert row[code] in {"granted", "conflict"}
        # The old version's items keep their own validity (one school year: the demo's
        # statements of last school year are expired, this year's still count).
        assert row["foto_website"] in {"granted", "refused", "conflict", "missing", "expired"}

    # The Excel overview names the school's channels.
    run(capsys, "--db", str(db), "export", "overview", "-o", str(tmp_path / "overzicht.xlsx"),
        "--date", "2026-11-24")  # fmt: skip
    book = load_workbook(tmp_path / "overzicht.xlsx", read_only=True)
    texts = {str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row}
    assert any("Krant en lokale media" in t for t in texts)
    assert any("Klassenfoto" in t for t in texts)

    # The no-photo list of a class names the channels too.
    with Store.open(db, actor="test") as store:
        klass = store.rows(
            """SELECT c.name, s.name AS school FROM enrolments e JOIN classes c ON c.id = e.class_id
               JOIN schools s ON s.id = c.school_id WHERE e.student_id = ? LIMIT 1""",
            [next(iter(scanned))],
        )[0]
    run(capsys, "--db", str(db), "print", "no-photo", "--class", klass["name"], "--school",
        klass["school"], "--date", "2026-11-24", "-o", str(tmp_path / "geen-foto.pdf"))  # fmt: skip
    pdf = pypdfium2.PdfDocument(str(tmp_path / "geen-foto.pdf"))
    text = " ".join(page.get_textpage().get_text_range() for page in pdf)
    assert "Klassenfoto" in text and "Krant" in text
    assert standard.validity.to_json() == "school_year"
