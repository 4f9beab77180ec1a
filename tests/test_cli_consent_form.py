"""``consent-form list|show|add``: the school's own form versions from the command line. A bad
file exits 2 with one line and changes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.cli import main
from korre_desktop.services import consent_forms
from korre_desktop.store import Store
from tests.services.importing.conftest import dump

# The example of the README: a class photo (photo only) and the press (photo and film).
EXAMPLE = {
    "label": "2027-2028",
    "effective_date": "2027-08-01",
    "channels": [
        {"code": "klassenfoto", "label": "Klassenfoto en schoolfotograaf",
         "explanation": "De klassenfoto en de portretfoto door de schoolfotograaf."},
        {"code": "pers", "label": "Krant en lokale media",
         "explanation": "Een foto of filmpje bij een bericht over de school in de krant."},
    ],
    "media": ["foto", "film"],
    "items": ["foto_klassenfoto", "foto_pers", "film_pers"],
    "validity": "school_year",
    "texts": {"contact": "Mevrouw T. Hoekstra, administratie@obs-voorbeeld.nl, 050-1234567",
              "student": {"contact": "Meld je bij mevrouw T. Hoekstra (administratie)."}},
}  # fmt: skip


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("korre-desktop: error: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def db(db_path: Path) -> Path:
    Store.create(db_path, actor="test").close()
    return db_path


def write(tmp_path: Path, value: object, name: str = "formulier.json") -> Path:
    path = tmp_path / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def test_add_then_list_and_show(capsys, db: Path, tmp_path: Path) -> None:
    code, out, err = _run(
        capsys, "--db", str(db), "consent-form", "add", str(write(tmp_path, EXAMPLE))
    )
    assert code == 0, err
    assert out.startswith("consent form version '2027-2028' stored")
    assert "in effect from 2027-08-01, 2 channel(s), 3 item(s)" in out

    code, out, err = _run(capsys, "consent-form", "list", "--db", str(db))
    assert code == 0, err
    assert out.splitlines() == [
        "label\teffective_date\tvalidity\tchannels\titems\tuse",
        "2027-2028\t2027-08-01\tschool_year\t2\t3\tnot in use",
        "Standaard\t2026-08-01\tuntil_withdrawn\t6\t18\tnot in use",
    ]

    code, out, err = _run(capsys, "--db", str(db), "consent-form", "show", " 2027-2028 ")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:5] == [
        "label: 2027-2028",
        "effective date: 2027-08-01",
        "validity: school_year",
        "in use: no (a version in use cannot be changed; add a new one)",
        "items: foto_klassenfoto, foto_pers, film_pers",
    ]
    grid = [line.split() for line in lines[6:9]]
    assert grid[0] == ["channel", "foto", "film", "geluid", "label"]
    assert grid[1][:4] == ["klassenfoto", "x", "-", "-"]  # a dash: not asked
    assert grid[2][:4] == ["pers", "x", "x", "-"]
    assert " ".join(grid[2][4:]) == "Krant en lokale media"
    assert "  pers: Een foto of filmpje bij een bericht over de school in de krant." in lines
    contact = [line for line in lines if line.startswith("  contact: ")]
    assert contact == [
        "  contact: Mevrouw T. Hoekstra, administratie@obs-voorbeeld.nl, 050-1234567",
        "  contact: Meld je bij mevrouw T. Hoekstra (administratie).",
    ]
    # Texts the file left out come from the version in effect then (the default one).
    assert any(line.startswith("  withdraw: U kunt later") for line in lines)


def test_a_version_in_use_says_so(capsys, db: Path, records_on_db) -> None:
    records_on_db()
    code, out, _ = _run(capsys, "--db", str(db), "consent-form", "list")
    assert code == 0
    assert out.splitlines()[1].endswith("\tin use")
    code, out, _ = _run(capsys, "--db", str(db), "consent-form", "show", "standaard")
    assert "in use: yes" in out


@pytest.fixture
def records_on_db(db: Path):
    """Sign one statement on the default version (it is then in use)."""

    def sign() -> None:
        from tests.conftest import Records, all_answers

        with Store.open(db, actor="test") as store:
            records = Records(store)
            employee = records.employee()
            records.statement("employee", employee, date(2026, 9, 1), all_answers(True))

    return sign


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"media": ["foto", "video"]}, "unknown medium 'video'"),
        (
            {"channels": EXAMPLE["channels"] * 2},
            "channel code 'klassenfoto' is there more than once",
        ),
        (
            {"channels": [{"code": "Pers-2", "label": "Pers"}]},
            "channel code 'Pers-2' may hold only",
        ),
        ({"effective_date": "2027-02-30"}, "the date 2027-02-30 does not exist"),
        ({"effective_date": "1-8-2027"}, "is not YYYY-MM-DD"),
        ({"validity": "forever"}, "validity must be"),
        ({"label": "Standaard"}, "exists already"),
        ({"items": ["geluid_pers"]}, "item 'geluid_pers' is not a medium of the form"),
        ('{"label": ', "not valid JSON"),
    ],
)
def test_a_bad_file_gets_one_line_and_changes_nothing(
    capsys, db: Path, tmp_path: Path, change, fragment
) -> None:
    value = change if isinstance(change, str) else {**EXAMPLE, **change}
    with Store.open(db, actor="test") as store:
        before = dump(store)
    code, out, err = _run(
        capsys, "--db", str(db), "consent-form", "add", str(write(tmp_path, value))
    )
    assert code == 2 and out == ""
    _one_line_error(err, fragment)
    with Store.open(db, actor="test") as store:
        assert dump(store) == before


def test_unknown_label_missing_file_and_database(capsys, db: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", str(db), "consent-form", "show", "2030")
    assert code == 2
    _one_line_error(err, "no consent form version labelled '2030'", "'Standaard'")
    code, _, err = _run(capsys, "--db", str(db), "consent-form", "add", str(tmp_path / "weg.json"))
    assert code == 2
    _one_line_error(err, "file not found")
    missing = tmp_path / "nergens.sqlite"
    code, _, err = _run(capsys, "--db", str(missing), "consent-form", "list")
    assert code == 2
    _one_line_error(err, "database file not found")
    assert not missing.exists()
    code, _, err = _run(capsys, "--db", str(db), "consent-form")
    assert code == 2
    _one_line_error(err, "required")


def test_the_readme_example_file_is_accepted(db: Path, tmp_path: Path) -> None:
    """The JSON example in the README is a file that `consent-form add` takes as it is."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    part = readme.split("## Consent form versions", 1)[1]
    example = part.split("```json", 1)[1].split("```", 1)[0]
    definition = consent_forms.read_definition_file(write(tmp_path, example))
    assert [c.code for c in definition.channels] == ["klassenfoto", "pers"]
    assert definition.items == ("foto_klassenfoto", "foto_pers", "film_pers")
    with Store.open(db, actor="test") as store:
        form_id = consent_forms.add_form(store, definition)
        (form,) = [f for f in consent_forms.load_forms(store) if f.id == form_id]
    assert not form.asks("film", "klassenfoto") and form.asks("film", "pers")
    assert form.texts.contact and form.student_texts.contact
