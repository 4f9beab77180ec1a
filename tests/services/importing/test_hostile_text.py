"""Hostile text in import files: stray quotes, mixed encodings, mojibake, lost letters and
invisible characters, each on its own row. The good rows import with the right values,
every finding is listed with its row, and a refused import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from tests.engines import file_of
from tests.services.importing.conftest import (
    SAMPLE_EDEXML,
    STUDENT_HEADERS,
    STUDENT_ROWS,
    TODAY,
    YEAR,
    dump,
    write_csv,
    write_xlsx,
)
from tests.test_cli import _assert_one_line_error, _run

HEADERS = "Leerlingnummer;Roepnaam;Tussenv.;Achternaam;Geb.datum;Groep;Naam ouder 1"
# (line in the file, encoding, what the office expects for roepnaam/tussenvoegsel/achternaam)
HOSTILE = [
    ("004601;Zoë;;Meer;14-03-2019;Groep 3;Ilse Meer", "utf-8"),
    ('004602;Bram;;"t Hooft;02-05-2018;Groep 4;Karin "t Hooft', "utf-8"),  # no closing "
    ("004603;Noël;;Peeters;01-09-2017;Groep 5;Els Peeters", "cp1252"),  # pasted from Excel
    ("004604;ChloÃ«;;Jansen;03-03-2018;Groep 4;Mark Jansen", "utf-8"),  # mojibake
    ("004605;Ay?e;;Yılmaz;04-04-2018;Groep 4;Fatma Yılmaz", "utf-8"),  # Excel's ?
    ("004606;Da\u200ban;\u202e;Dijk;05-05-2018;Groep 4;Eva van\u2066 Dijk", "utf-8"),
    ("0046\u200b07;Sem;;Bos;06-06-2018;Groep 4;Anna Bos", "utf-8"),  # number: refused
    ("004608;Rene\u0301;;Vries\u00ad;07-07-2018;Groep 4;Joost de Vries", "utf-8"),
    ("004609;Lotte;;Smit;\u200e08-08-2018;Groep 4;Petra Smit", "utf-8"),
    ("004610;Daan;van;Dijk;09-09-2018;Groep 4;Eva van Dijk", "utf-8"),
]
EXPECTED_NAMES = {
    "004601": ("Zoë", "", "Meer"),
    "004602": ("Bram", "", "'t Hooft"),
    "004603": ("Noël", "", "Peeters"),
    "004604": ("Chloë", "", "Jansen"),
    "004605": ("Ay?e", "", "Yılmaz"),
    "004606": ("Daan", "", "Dijk"),
    "004608": ("René", "", "Vries"),
    "004609": ("Lotte", "", "Smit"),
    "004610": ("Daan", "van", "Dijk"),
}
EXPECTED_WARNINGS = {
    (3, "stray_quote", ""),
    (3, "name_apostrophe", "achternaam"),
    (3, "name_apostrophe", "guardian1_name"),
    (4, "row_encoding", ""),
    (5, "mojibake_repaired", "roepnaam"),
    (6, "lost_character", "roepnaam"),
    (7, "hidden_characters", "roepnaam"),
    (7, "hidden_characters", "tussenvoegsel"),
    (7, "hidden_characters", "guardian1_name"),
    (9, "hidden_characters", "achternaam"),
    (10, "hidden_characters", "birth_date"),
}


def hostile_csv(path: Path) -> Path:
    lines = [HEADERS.encode()] + [line.encode(encoding) for line, encoding in HOSTILE]
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def plan_for(store, path: Path, kind: str = "students"):
    table = imp.read_table(path, kind)
    return imp.plan_import(store, kind, table, school="OBS De Linde", year=YEAR, today=TODAY)


def names(store) -> dict[str, tuple[str, str, str]]:
    return {
        row["student_number"]: (row["roepnaam"], row["tussenvoegsel"], row["achternaam"])
        for row in store.rows("SELECT * FROM students")
    }


def findings(plan, severity: str) -> set[tuple[int, str, str]]:
    return {(p.row, p.code, p.field) for p in plan.problems if p.severity == severity}


def test_a_hostile_csv_imports_its_good_rows_and_lists_every_finding(store, school, tmp_path):
    plan = plan_for(store, hostile_csv(tmp_path / "vijandig.csv"))
    assert findings(plan, "error") == {(8, "number_hidden_characters", "number")}
    assert findings(plan, "warning") == EXPECTED_WARNINGS
    assert "U+200B" in plan.errors[0].message
    guardians = {entry.number: entry for entry in plan.entries}
    assert set(guardians) == set(EXPECTED_NAMES)
    lines = imp.report_lines(plan)
    assert (
        "  1 row(s) with errors would be skipped; unless they are skipped, nothing is imported"
        in lines
    )
    assert any(line.startswith("  warning, row 4: this row is in Windows-1252") for line in lines)

    before = dump(store)
    with pytest.raises(imp.ImportBlockedError):
        imp.apply_import(store, plan)
    assert dump(store) == before  # a refused import changes nothing at all

    imp.apply_import(store, plan, skip_errors=True)
    assert names(store) == EXPECTED_NAMES
    guardian_names = {
        (row["roepnaam"], row["tussenvoegsel"], row["achternaam"])
        for row in store.rows("SELECT * FROM guardians")
    }
    assert ("Karin", "'t", "Hooft") in guardian_names
    assert ("Eva", "van", "Dijk") in guardian_names  # one guardian: the isolate is gone
    birth = store.rows("SELECT birth_date FROM students WHERE student_number = '004609'")
    assert birth[0]["birth_date"] == "2018-08-08"


def test_a_number_that_differs_only_by_an_invisible_character_is_refused(store, school, tmp_path):
    imp.apply_import(
        store, plan_for(store, write_csv(tmp_path / "a.csv", [STUDENT_HEADERS, *STUDENT_ROWS]))
    )
    before = dump(store)
    rows = [list(row) for row in STUDENT_ROWS]
    rows[0][0] = "\u2066004512\u2069"  # the student on record, wrapped in bidi isolates
    rows[0][1] = "Zoey"
    plan = plan_for(
        store, write_csv(tmp_path / "b.csv", [STUDENT_HEADERS, *rows], encoding="utf-8")
    )
    assert findings(plan, "error") == {(2, "number_hidden_characters", "number")}
    assert not any(entry.number == "004512" for entry in plan.entries)
    with pytest.raises(imp.ImportBlockedError):
        imp.apply_import(store, plan)
    imp.apply_import(store, plan, skip_errors=True)
    assert dump(store)["students"] == before["students"]  # no second 004512, no new name


def test_two_rows_whose_numbers_differ_only_by_an_invisible_character(store, school, tmp_path):
    rows = [list(row) for row in STUDENT_ROWS]
    rows[2][0] = "004512\ufeff"
    plan = plan_for(
        store, write_csv(tmp_path / "b.csv", [STUDENT_HEADERS, *rows], encoding="utf-8")
    )
    assert {(p.row, p.code) for p in plan.errors} == {
        (2, "duplicate_number"),
        (4, "duplicate_number"),
        (4, "number_hidden_characters"),
    }


def test_the_same_cleaning_applies_to_workbooks(store, school, tmp_path):
    rows = [
        STUDENT_HEADERS[:6],
        ["004601", "Da\u200ban", "", "ChloÃ«", "14-03-2019", "Groep 3"],
        ["0046\u202e02", "Sem", "", "Bos", "02-05-2018", "Groep 4"],
        ["004603", "Rene\u0301", "", '"t Hooft', "01-09-2017", "Groep 5"],
    ]
    plan = plan_for(store, write_xlsx(tmp_path / "v.xlsx", rows))
    assert findings(plan, "error") == {(3, "number_hidden_characters", "number")}
    assert findings(plan, "warning") == {
        (2, "hidden_characters", "roepnaam"),
        (2, "mojibake_repaired", "achternaam"),
        (4, "name_apostrophe", "achternaam"),
    }
    imp.apply_import(store, plan, skip_errors=True)
    assert names(store) == {"004601": ("Daan", "", "Chloë"), "004603": ("René", "", "'t Hooft")}


def test_the_same_cleaning_applies_to_edexml(store, records, school, tmp_path):
    store.update("schools", school, {"brin": "00AA"})
    xml = SAMPLE_EDEXML.read_text(encoding="utf-8")
    xml = xml.replace("<roepnaam>Noah</roepnaam>", "<roepnaam>No\u200dah</roepnaam>")
    xml = xml.replace('<leerling key="5121">', '<leerling key="51\u200b21">')
    path = tmp_path / "edex.xml"
    path.write_text(xml, encoding="utf-8")
    table = imp.read_table(path)
    plan = imp.plan_import(store, "students", table, today=TODAY)
    assert {(p.code, p.field) for p in plan.errors} == {("number_hidden_characters", "number")}
    assert ("hidden_characters", "roepnaam") in {(p.code, p.field) for p in plan.warnings}
    imp.apply_import(store, plan, skip_errors=True)
    assert names(store)["5120"][0] == "Noah"
    assert "5121" not in names(store)


def test_employee_numbers_and_names(store, school, tmp_path):
    rows = [
        ["Personeelsnummer", "Voornaam", "Achternaam"],
        ["0100234", "Ineke\u00ad", "Bos"],
        ["0100\u200c235", "Bas", "Vliet"],
        ["０１００２３６", "Mo", "Amrani"],
    ]
    plan = plan_for(store, write_csv(tmp_path / "p.csv", rows, encoding="utf-8"), "employees")
    assert findings(plan, "error") == {
        (3, "number_hidden_characters", "number"),
        (4, "number_not_plain", "number"),
    }
    assert findings(plan, "warning") == {(2, "hidden_characters", "roepnaam")}
    imp.apply_import(store, plan, skip_errors=True)
    employees = store.rows("SELECT staff_number, roepnaam FROM employees")
    assert [(e["staff_number"], e["roepnaam"]) for e in employees] == [("0100234", "Ineke")]


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def school_db(db_path: Path, records, store) -> Path:
    records.school("OBS De Linde")
    store.close()
    return file_of(store)


def test_the_command_line_says_how_to_skip_the_rows_with_errors(capsys, school_db, tmp_path):
    from korre_desktop.store import Store

    path = hostile_csv(tmp_path / "vijandig.csv")
    with Store.open(school_db) as store:
        before = dump(store)
    code, out, err = _run(
        capsys, "--db", str(school_db), "import", "students", str(path), "--dry-run"
    )
    assert code == 0
    assert "1 row(s) with errors would be skipped" in out
    assert "with --skip-errors, 1 row(s) with errors would be skipped and the other" in out
    assert "warning, row 3: a double quote" in out
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 2
    _assert_one_line_error(err, "1 row(s) have errors", "nothing was imported", "--skip-errors")
    with Store.open(school_db) as store:
        assert dump(store) == before
    code, out, err = _run(
        capsys, "--db", str(school_db), "import", "students", str(path), "--skip-errors"
    )
    assert code == 0, err
    assert out.strip().endswith(
        "imported: 9 new, 0 changed, 0 unchanged, 1 row(s) with errors left out"
    )
