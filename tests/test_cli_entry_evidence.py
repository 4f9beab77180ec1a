"""Entering forms on the command line with evidence: ``consent``, ``withdraw`` and
``protocol sign``. Another person's form as evidence is one line, exit 2, nothing saved."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.forms import Selection
from korre_desktop.store import Store
from tests.engines import file_of
from tests.printed_evidence import make_school, page_of, print_pages
from tests.services.importing.conftest import dump
from tests.test_cli import _assert_one_line_error, _run

TODAY = date.today()  # the commands' default date; the school year around it


@pytest.fixture
def office(store, records, tmp_path):
    """The school's database (closed) and its printed forms as files."""
    school = make_school(records, SchoolYear.containing(TODAY).start_year)
    consent = print_pages(
        store, "consent", Selection.of_class_id(school.groep5), TODAY, tmp_path / "c.pdf"
    )
    protocol = print_pages(store, "protocol", Selection.staff(), TODAY, tmp_path / "p.pdf")
    files = {
        "sem_ilse": page_of(consent, school.sem, school.ilse),
        "sem_peter": page_of(consent, school.sem, school.peter),
        "lotte": page_of(consent, school.lotte),
        "anne": protocol[0],
    }
    paths = {}
    for name, page in files.items():
        paths[name] = tmp_path / f"{name}.png"
        paths[name].write_bytes(page.scan())
    paths["lotte_photo"] = tmp_path / "IMG_0412.jpg"
    paths["lotte_photo"].write_bytes(files["lotte"].photo())
    store.close()
    return file_of(store), paths


def snapshot(path: Path) -> dict:
    with Store.open(path) as store:
        return dump(store)


def refused(capsys, db: Path, *args: str) -> str:
    before = snapshot(db)
    code, _, err = _run(capsys, "--db", str(db), *args)
    assert code == 2, err
    assert snapshot(db) == before
    return err


SEM = ("--student", "004512")
LOTTE = ("--student", "004513")


def test_consent_with_another_childs_form_is_refused(office, capsys):
    db, files = office
    err = refused(
        capsys,
        db,
        "consent",
        *LOTTE,
        "--guardian",
        "marieke",
        "--yes",
        "all",
        "--evidence",
        str(files["sem_ilse"]),
    )
    _assert_one_line_error(err, "Sem de Vries", "Lotte Bakker")


def test_consent_with_the_right_form_is_saved(office, capsys):
    db, files = office
    code, out, err = _run(
        capsys,
        "--db",
        str(db),
        "consent",
        *SEM,
        "--guardian",
        "ilse",
        "--yes",
        "all",
        "--no",
        "foto_website,film_website",
        "--evidence",
        str(files["sem_ilse"]),
    )
    assert code == 0, err
    assert "Sem de Vries" in out and "Ilse Jansen" in out
    with Store.open(db) as store:
        (row,) = store.rows("SELECT * FROM consent_statements")
        original = store.original_of(row["evidence_sha256"])
        assert store.blob(original) == files["sem_ilse"].read_bytes()
    answers = json.loads(row["answers"])
    assert answers["foto_website"] is False and answers["geluid_website"] is True
    assert sum(answers.values()) == len(answers) - 2


def test_consent_signed_by_the_other_guardian_is_refused(office, capsys):
    db, files = office
    err = refused(
        capsys,
        db,
        "consent",
        *SEM,
        "--guardian",
        "ilse",
        "--yes",
        "all",
        "--evidence",
        str(files["sem_peter"]),
    )
    _assert_one_line_error(err, "Peter Jansen", "Ilse Jansen")


def test_withdrawal_with_a_photo_of_another_childs_form_is_refused(office, capsys):
    db, files = office
    err = refused(capsys, db, "withdraw", *SEM, "--evidence", str(files["lotte_photo"]))
    _assert_one_line_error(err, "Lotte Bakker", "Sem de Vries")


def test_protocol_sign_with_the_sheet_and_with_the_wrong_evidence(office, capsys):
    db, files = office
    staff = ("--employee", "100200")
    err = refused(capsys, db, "protocol", "sign", *staff, "--evidence", str(files["sem_ilse"]))
    _assert_one_line_error(err, "Sem de Vries", "Anne Visser")
    err = refused(capsys, db, "consent", *staff, "--yes", "all", "--evidence", str(files["anne"]))
    _assert_one_line_error(err, "protocol sheet", "not a consent form")
    code, out, err = _run(
        capsys,
        "--db",
        str(db),
        "protocol",
        "sign",
        *staff,
        "--place",
        "Goes",
        "--evidence",
        str(files["anne"]),
    )
    assert code == 0, err
    assert "Anne Visser" in out
    with Store.open(db) as store:
        (row,) = store.rows("SELECT * FROM protocol_signatures")
    assert row["place"] == "Goes" and row["evidence_sha256"]


def test_protocol_sign_without_a_version_says_so(office, capsys):
    db, _files = office
    err = refused(capsys, db, "protocol", "sign", *SEM)
    _assert_one_line_error(err, "no protocol version for students yet")
    err = refused(capsys, db, "protocol", "sign", "--employee", "100200", "--version", "1999")
    _assert_one_line_error(err, "no protocol version 1999")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((), "--yes"),
        (("--yes", "foto_tv"), "not on consent form"),
        (("--yes", "foto_website", "--no", "foto_website"), "both yes and no"),
        (("--yes", "all", "--no", "all"), "cannot go together"),
        (("--yes", "all", "--form", "1999"), "no consent form version 1999"),
    ],
)
def test_consent_mistakes_are_one_line(office, capsys, args, fragment):
    db, _files = office
    err = refused(capsys, db, "consent", *SEM, *args)
    _assert_one_line_error(err, fragment)
