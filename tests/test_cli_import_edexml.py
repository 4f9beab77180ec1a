"""The command line with EDEXML and UWLR files: `import students FILE` brings the students,
their classes and the teachers, and says what it left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from korre_desktop.store import Store
from tests.engines import file_of
from tests.services.importing import edexml_samples as samples
from tests.services.importing.conftest import dump
from tests.test_cli import _run


@pytest.fixture
def school_db(records, store) -> Path:
    records.school("OBS De Linde")  # BRIN 00AA, as in the samples
    store.close()
    return file_of(store)


def db_dump(path: Path) -> dict:
    with Store.open(path) as store:
        return dump(store)


def test_a_cito_export_through_the_command_line(capsys, school_db, tmp_path):
    xml, expected = samples.cito_lvs()
    path = samples.write(tmp_path / "cito-export.xml", xml)
    args = ("--db", str(school_db), "import", "students", str(path))
    code, out, err = _run(capsys, *args, "--dry-run")
    assert code == 0, err
    assert "dry run: nothing was changed" in out
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    assert "Import of students from cito-export.xml (edexml) at OBS De Linde" in out
    assert "400 new, 0 changed, 0 unchanged, 0 row(s) with errors" in out
    assert "Import of employees from cito-export.xml (edexml)" in out
    assert "29 new, 0 changed" in out
    assert "note: read as EDEXML 1.03" in out
    assert "note: left out of the students (not needed by the app): BSN (5)" in out
    assert "will create class Groep 4" in out and "will create class 8B Meester Frits" in out
    assert "placed in class Groep" in out  # students with a year group but no stamgroep
    assert "Geboortedatum is empty: imported without a date of birth" in out
    assert out.strip().endswith("imported: 429 new, 0 changed, 0 unchanged")
    everything = json.dumps(db_dump(school_db), ensure_ascii=False, default=str)
    assert not any(value in everything for value in expected.bsn + expected.postal_codes)
    before = db_dump(school_db)
    code, out, _ = _run(capsys, *args)
    assert code == 0 and "nothing to change" in out
    assert db_dump(school_db) == before


@pytest.mark.parametrize("form", ["envelope", "answer", "bare"])
def test_a_uwlr_answer_through_the_command_line(capsys, school_db, tmp_path, form):
    xml, _ = samples.uwlr(form)
    path = samples.write(tmp_path / "antwoord.txt", xml, declare=form != "envelope")
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 0, err
    assert "note: read as UWLR 2.3" in out
    assert out.strip().endswith("imported: 8 new, 0 changed, 0 unchanged")


def test_a_utf_16_export_through_the_command_line(capsys, school_db, tmp_path):
    xml, _ = samples.official_example("2.1")
    path = samples.write(tmp_path / "export.xml", xml, "UTF-16", bom=False)
    code, out, err = _run(capsys, "--db", str(school_db), "import", "students", str(path))
    assert code == 0, err
    assert "new, leerling 2: 00102 Elif Yılmaz" in out
    assert out.strip().endswith("imported: 6 new, 0 changed, 0 unchanged")
