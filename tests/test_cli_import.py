"""The command line: `import students|employees|consents FILE` and `export template consents`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services.importing import reading
from korre_desktop.store import Store
from tests.engines import file_of
from tests.services.importing import bad_files
from tests.services.importing.conftest import (
    SAMPLE_EDEXML,
    STUDENT_HEADERS,
    STUDENT_ROWS,
    dump,
    write_csv,
)
from tests.services.importing.hr_files import write_afas, write_raet_pair
from tests.test_cli import _assert_one_line_error, _run

SIGNED = (date.today() - timedelta(days=20)).strftime("%d-%m-%Y")


@pytest.fixture
def school_db(db_path: Path, records, store) -> Path:
    records.school("OBS De Linde")  # BRIN 00AA, as in the EDEXML sample
    store.close()
    return file_of(store)


@pytest.fixture
def students_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "leerlingen.csv", [STUDENT_HEADERS, *STUDENT_ROWS])


def db_dump(path: Path) -> dict:
    with Store.open(path) as store:
        return dump(store)


def test_import_students_prints_the_report_and_imports(capsys, school_db, students_csv):
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(students_csv))
    assert code == 0, err
    assert "Import of students from leerlingen.csv (csv) at OBS De Linde" in out
    assert "3 new, 0 changed, 0 unchanged, 0 row(s) with errors" in out
    assert "new, row 2: 004512 Zoë Meer" in out
    assert "will create class Groep 3" in out
    assert out.strip().endswith("imported: 3 new, 0 changed, 0 unchanged")
    code, out, _ = _run(capsys, "--db", str(school_db), "import", "students", str(students_csv))
    assert code == 0
    assert "0 new, 0 changed, 3 unchanged" in out
    assert "columns (saved)" in out
    assert "nothing to change" in out


def test_dry_run_changes_nothing(capsys, school_db, students_csv):
    before = db_dump(school_db)
    code, out, _ = _run(
        capsys, "--db", str(school_db), "import", "students", str(students_csv), "--dry-run"
    )
    assert code == 0
    assert "3 new" in out and out.strip().endswith("dry run: nothing was changed")
    assert db_dump(school_db) == before


@pytest.mark.parametrize(
    ("maker", "fragments"),
    [
        (bad_files.undecodable, ("row 3:", "not text in UTF-8 or Windows-1252")),
        (bad_files.mixed_delimiters, ("row 3:", "mixed separators")),
        (bad_files.header_only, ("row 1:", "no data rows")),
        (bad_files.empty_file, ("the file is empty",)),
        (bad_files.formula_without_result, ("row 3:", "cell F3 holds a formula")),
        (bad_files.zip_bomb_ratio, ("would unpack",)),
        (bad_files.value_in_last_row, ("row 1048576:",)),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_a_file_that_cannot_be_read_exits_2_and_changes_nothing(
    capsys, school_db, tmp_path, maker, fragments
):
    path = maker(tmp_path)
    before = db_dump(school_db)
    code, _, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 2
    _assert_one_line_error(err, f"cannot import {path.name}", *fragments)
    assert db_dump(school_db) == before


def test_a_locked_file(capsys, school_db, students_csv, monkeypatch):
    real_open = reading.open_regular_file

    def locked(path):
        if Path(path) == students_csv:
            raise PermissionError(13, "locked")
        return real_open(path)

    monkeypatch.setattr(reading, "open_regular_file", locked)
    code, _, err = _run(capsys, "--db", str(school_db), "import", "students", str(students_csv))
    assert code == 2
    _assert_one_line_error(err, "open in another program")


def test_rows_with_errors_are_reported_and_nothing_is_imported(capsys, school_db, tmp_path):
    rows = [list(row) for row in STUDENT_ROWS]
    rows[1][4] = "31-02-2018"
    rows[2][0] = "004512"
    path = write_csv(tmp_path / "fouten.csv", [STUDENT_HEADERS, *rows])
    before = db_dump(school_db)
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 2
    _assert_one_line_error(err, "3 row(s) have errors", "nothing was imported")
    assert "error, row 3: Geb.datum: the date '31-02-2018' does not exist" in out
    assert "error, row 2: number 004512 is in the file more than once (also row 4)" in out
    assert db_dump(school_db) == before
    code, out, _ = _run(
        capsys, "--db", str(school_db), "import", "students", str(path), "--skip-errors"
    )
    assert code == 0
    assert "nothing imported, 3 row(s) with errors left out" in out


def test_mapping_file_and_saved_mapping(capsys, school_db, tmp_path):
    rows = [["Nr", "Voornaam", "Familienaam", "Geboren op", "Lokaal"],
            ["1", "Jan", "Berg", "01-02-2018", "Groep 4"]]  # fmt: skip
    path = write_csv(tmp_path / "eigen.csv", rows)
    code, _, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 2
    _assert_one_line_error(err, "no column found for number;", "--mapping", '"Lokaal"')
    mapping = tmp_path / "kolommen.json"
    mapping.write_text(json.dumps({"number": "Nr", "class": 5, "birth_date": "Geboren op"}))
    code, out, err = _run(
        capsys, "--db", str(school_db), "import", "students", str(path), "--mapping", str(mapping)
    )
    assert code == 0, err
    assert "columns (file): number <- Nr" in out
    assert "birth_date <- Geboren op;" in out
    assert "class <- Lokaal" in out
    code, out, _ = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 0 and "columns (saved)" in out and "1 unchanged" in out


def test_edexml_brings_students_and_teachers(capsys, school_db):
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(SAMPLE_EDEXML))
    assert code == 0, err
    assert "Import of students from EDEX-voorbeeld.xml (edexml) at OBS De Linde, school year" in out
    assert "Import of employees from EDEX-voorbeeld.xml (edexml)" in out
    assert "new, leerling 3: 05122 Deniz Öztürk" in out
    assert "imported: 5 new" in out
    code, _, err = _run(capsys, "--db", str(school_db), "import", "consents", str(SAMPLE_EDEXML))
    assert code == 2
    _assert_one_line_error(err, "holds no consent register")


def test_mark_missing_left(capsys, school_db, students_csv, tmp_path):
    _run(capsys, "--db", str(school_db), "import", "students", str(students_csv))
    shorter = write_csv(tmp_path / "kort.csv", [STUDENT_HEADERS, *STUDENT_ROWS[:2]])
    leave = (date.today() + timedelta(days=1)).isoformat()
    args = [
        "--db",
        str(school_db),
        "import",
        "students",
        str(shorter),
        "--mark-missing-left",
        leave,
    ]
    code, out, _ = _run(capsys, *args, "--dry-run")
    assert code == 0 and f"1 student(s) would leave on {leave}" in out
    assert "004514 Sem Meer (Groep 5)" in out
    code, out, _ = _run(capsys, *args)
    assert code == 0 and "1 marked as left" in out
    with Store.open(school_db) as store:
        left = store.rows("SELECT left_date FROM students WHERE student_number = '004514'")
    assert left == [{"left_date": leave}]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["employees", "{csv}", "--mark-missing-left", "2026-12-01"], "only for students"),
        (["students", "{csv}", "--school", "Nergens"], "unknown school 'Nergens'"),
        (["students", "{csv}", "--year", "2026"], "is not a school year"),
        (["students", "{edex}", "--mapping", "x.json"], "not used for EDEXML"),
        (["students", "{missing}"], "file not found"),
        (["teachers", "{csv}"], "invalid choice"),
    ],
)
def test_user_errors(capsys, school_db, students_csv, tmp_path, args, fragment):
    values = {"csv": str(students_csv), "edex": str(SAMPLE_EDEXML), "missing": str(tmp_path / "x")}
    argv = [arg.format(**values) for arg in args]
    code, _, err = _run(capsys, "--db", str(school_db), "import", *argv)
    assert code == 2
    _assert_one_line_error(err, fragment)


def test_a_missing_database(capsys, tmp_path, students_csv):
    code, _, err = _run(capsys, "--db", str(tmp_path / "nope.sqlite"), "import", "students",
                        str(students_csv))  # fmt: skip
    assert code == 2
    _assert_one_line_error(err, "database file not found")


def test_export_template_and_import_the_register(capsys, school_db, students_csv, tmp_path):
    _run(capsys, "--db", str(school_db), "import", "students", str(students_csv))
    target = tmp_path / "register.xlsx"
    code, out, err = _run(
        capsys, "--db", str(school_db), "export", "template", "consents", "-o", str(target)
    )
    assert code == 0, err
    assert f"written to {target} (23 columns)" in out
    workbook = load_workbook(target)
    sheet = workbook.active
    assert [c.value for c in sheet[1]] == [
        "nummer", "ondertekend_door", "rol", "datum", "notitie", *ALL_ITEM_CODES
    ]  # fmt: skip
    sheet.append(["004512", "Ilse van der Meer", "ouder", SIGNED, "", *["ja"] * 18])
    sheet.append(["004512", "Piet Meer", "ouder", SIGNED, "", *["nee"] * 18])
    workbook.save(target)
    code, out, err = _run(capsys, "--db", str(school_db), "import", "consents", str(target))
    assert code == 0, err
    assert "will create guardian Piet Meer of Zoë Meer (004512)" in out
    assert "imported: 2 new" in out
    before = db_dump(school_db)
    code, out, _ = _run(capsys, "--db", str(school_db), "import", "consents", str(target))
    assert code == 0 and "2 unchanged" in out
    assert db_dump(school_db) == before


def test_export_status_still_works_beside_the_template(capsys, school_db, tmp_path):
    code, _, err = _run(
        capsys, "--db", str(school_db), "export", "status", "-o", str(tmp_path / "s.csv")
    )
    assert code == 0, err
    code, _, err = _run(capsys, "--db", str(school_db), "export", "template", "-o", "x.xlsx")
    assert code == 2 and "Traceback" not in err


def test_help_lists_import_and_the_template(capsys):
    with pytest.raises(SystemExit):
        _run(capsys, "--help")
    assert "import" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        _run(capsys, "export", "--help")
    assert "template" in capsys.readouterr().out


# -- HR exports: AFAS Profit (one file), Visma|Raet (persons + appointments) -----------------


def test_import_employees_from_afas(capsys, school_db, tmp_path):
    path = write_afas(tmp_path / "afas.csv")
    code, out, err = _run(capsys, "--db", str(school_db), "import", "employees", str(path))
    assert code == 0, err
    assert "number <- Medewerker" in out and "achternaam <- Geboortenaam" in out
    assert "new, row 3: 1234 P. Jansen-de Boer" in out
    assert out.strip().endswith("imported: 4 new, 0 changed, 0 unchanged")
    with Store.open(school_db) as store:
        rows = store.rows("SELECT staff_number, function FROM employees ORDER BY staff_number")
    assert [tuple(row.values()) for row in rows] == [
        ("000123", "Leerkracht"), ("000125", "Invalleerkracht"), ("000126", "Stagiaire"),
        ("1234", "Onderwijsassistent"),
    ]  # fmt: skip


def test_import_employees_with_an_appointments_file(capsys, school_db, tmp_path):
    persons, appointments = write_raet_pair(tmp_path)
    argv = ["--db", str(school_db), "import", "employees", str(persons), str(appointments)]
    code, out, err = _run(capsys, *argv, "--dry-run")
    assert code == 0, err
    assert "Import of employees from Medewerker.csv + Aanstellingen.csv (csv)" in out
    assert "5 new, 0 changed" in out
    assert "note: 1 person(s) without appointments in Aanstellingen.csv (dossiers 5004)" in out
    assert "looks like" not in out  # the function comes from the appointments
    code, out, err = _run(capsys, *argv)
    assert code == 0, err
    with Store.open(school_db) as store:
        row = store.rows("SELECT * FROM employees WHERE staff_number = '000779'")[0]
    assert (row["function"], row["employment_type"], row["start_date"]) == (
        "Leerkracht", "permanent", "2020-08-01"
    )  # fmt: skip
    code, out, _ = _run(capsys, *argv)
    assert code == 0 and "nothing to change" in out


def test_a_weak_guess_is_listed_and_not_used(capsys, school_db, tmp_path):
    rows = [["Personeelsnummer", "Naam", "[Blokkeren opname functiemix]"], ["7", "Ineke Bos", "N"]]
    path = write_csv(tmp_path / "raet.csv", rows)
    code, out, err = _run(capsys, "--db", str(school_db), "import", "employees", str(path))
    assert code == 0, err
    assert (
        'column "[Blokkeren opname functiemix]" looks like function but was not used; name it'
        " in --mapping FILE.json to use it"
    ) in out
    with Store.open(school_db) as store:
        assert store.rows("SELECT function FROM employees") == [{"function": ""}]


def test_a_required_field_with_only_a_weak_guess_is_refused(capsys, school_db, tmp_path):
    rows = [["Nummer medewerker", "Naam"], ["7", "Ineke Bos"]]
    path = write_csv(tmp_path / "raar.csv", rows)
    before = db_dump(school_db)
    code, _, err = _run(capsys, "--db", str(school_db), "import", "employees", str(path))
    assert code == 2
    _assert_one_line_error(
        err,
        "no column found for number",
        'column "Nummer medewerker" looks like number but was not used',
        "--mapping FILE.json",
    )
    assert db_dump(school_db) == before


@pytest.mark.parametrize(
    ("swap", "kind", "fragment"),
    [
        (True, "employees", "Aanstellingen.csv holds the appointments and Medewerker.csv"),
        (False, "students", "a second file (the appointments) is only for employees"),
    ],
)
def test_hr_file_pair_errors(capsys, school_db, tmp_path, swap, kind, fragment):
    persons, appointments = write_raet_pair(tmp_path)
    files = [appointments, persons] if swap else [persons, appointments]
    before = db_dump(school_db)
    code, _, err = _run(capsys, "--db", str(school_db), "import", kind, *map(str, files))
    assert code == 2
    _assert_one_line_error(err, fragment)
    assert db_dump(school_db) == before
