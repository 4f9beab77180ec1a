"""``export status``: the CSV for a date, written atomically."""

import csv
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.errors import InputError
from korre_desktop.services import status_export
from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.status_export import export_status_csv
from korre_desktop.store import Store
from tests.example_form import NEW_ITEMS, add_example_form

ON = date(2026, 11, 2)
HEADER = ["kind", "number", "name", "school", "class", "protocol", *ALL_ITEM_CODES]


@pytest.fixture
def people(store: Store, records, answers_all) -> dict[str, int]:
    school = records.school("OBS De Eendracht")
    other = records.school("CBS Het Anker")
    klass = records.klass(school, 2026, "Groep 7")
    other_class = records.klass(other, 2026, "Groep 3")
    version = records.protocol_version("employees", "2026", date(2026, 8, 1))
    ids = {
        "noël": records.student(
            school, number="000417", roepnaam="Noël", tussenvoegsel="van 't", achternaam="Hoff"
        ),
        "anker": records.student(other, number="7001", roepnaam="Ab", achternaam="Zwart"),
        "left": records.student(school, number="9999", roepnaam="Weg", left_date=date(2026, 10, 1)),
        "teacher": records.employee(
            number="012345", roepnaam="Anouk", achternaam="Brouwer", school_ids=(school,)
        ),
        "future": records.employee(number="777", start_date=date(2027, 1, 1)),
    }
    records.enrol(ids["noël"], klass)
    records.enrol(ids["anker"], other_class)
    records.enrol(ids["left"], klass)
    guardian = records.guardian(ids["noël"])
    records.statement(
        "student",
        ids["noël"],
        date(2026, 9, 1),
        answers_all(True) | {"foto_website": False},
        guardian_id=guardian,
    )
    records.sign("employee", ids["teacher"], version, date(2026, 8, 20))
    return ids


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_header_is_fixed_columns_and_item_codes_in_canonical_order(
    store: Store, people, tmp_path: Path
) -> None:
    target = tmp_path / "status.csv"
    export_status_csv(store, target, ON)
    assert _read(target)[0] == HEADER
    first_line = target.read_bytes().split(b"\r\n")[0]
    assert first_line.startswith(b"kind,number,name,school,class,protocol,foto_schoolgids,")


def test_one_row_per_person_on_the_list(store: Store, people, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    count = export_status_csv(store, target, ON)
    rows = _read(target)[1:]
    assert count == len(rows) == 3
    assert all(len(row) == len(HEADER) for row in rows)
    numbers = [row[1] for row in rows]
    assert "9999" not in numbers  # left before ON
    assert "777" not in numbers  # starts after ON
    # Students by school and class, then employees.
    assert [(row[0], row[1]) for row in rows] == [
        ("student", "7001"),
        ("student", "000417"),
        ("employee", "012345"),
    ]


def test_values_leading_zeros_and_utf8(store: Store, people, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    export_status_csv(store, target, ON)
    by_number = {row[1]: dict(zip(HEADER, row, strict=True)) for row in _read(target)[1:]}
    noel = by_number["000417"]
    assert noel["name"] == "Noël van 't Hoff"
    assert noel["school"] == "OBS De Eendracht"
    assert noel["class"] == "Groep 7"
    assert noel["protocol"] == "unsigned"
    assert noel["foto_website"] == "refused"
    assert noel["film_website"] == "granted"
    teacher = by_number["012345"]
    assert teacher["kind"] == "employee"
    assert teacher["class"] == ""
    assert teacher["school"] == "OBS De Eendracht"
    assert teacher["protocol"] == "signed"
    assert teacher["foto_website"] == "missing"
    assert "Noël".encode() in target.read_bytes()


def test_the_date_decides_who_is_listed(store: Store, people, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    assert export_status_csv(store, target, date(2026, 9, 15)) == 4  # "left" still there
    assert "9999" in [row[1] for row in _read(target)]
    assert export_status_csv(store, target, date(2027, 1, 1)) == 4  # the future employee
    assert "777" in [row[1] for row in _read(target)]


def test_empty_database_gives_the_header_only(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "status.csv"
    assert export_status_csv(store, target, ON) == 0
    assert _read(target) == [HEADER]


def test_missing_folder_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder does not exist"):
        export_status_csv(store, tmp_path / "nope" / "status.csv", ON)


def test_failure_while_writing_keeps_the_old_file(
    store: Store, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "status.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    calls = {"n": 0}
    real_row = status_export._row

    def failing_row(person, codes):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk trouble halfway")
        return real_row(person, codes)

    monkeypatch.setattr(status_export, "_row", failing_row)
    with pytest.raises(RuntimeError, match="halfway"):
        export_status_csv(store, target, ON)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "status" in p.name) == ["status.csv"]


def test_failure_without_an_old_file_leaves_nothing(
    store: Store, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "status.csv"

    def boom(person, codes):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(status_export, "_row", boom)
    with pytest.raises(InputError, match="No space left on device"):
        export_status_csv(store, target, ON)
    assert not target.exists()
    assert not any("status" in p.name for p in tmp_path.iterdir())


def test_atomic_text_file_onto_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "status.csv"
    folder.mkdir()
    with pytest.raises(InputError, match="cannot write"), atomic_text_file(folder) as handle:
        handle.write("x")
    assert folder.is_dir()
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*"))


def test_atomic_text_file_writes_utf8(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_text_file(target) as handle:
        handle.write("Zoë\r\n")
        assert not target.exists()  # nothing visible until the end
    assert target.read_bytes() == "Zoë\r\n".encode()


def test_columns_follow_the_versions_in_force(store: Store, records, answers_all, tmp_path):
    """One column per item of the versions in force on the date (the new version's items
    first); an item a statement was not asked is missing for it; each statement keeps the
    validity of its own version."""
    new_form = add_example_form(store)  # in force from 1 August 2027
    old = records.employee(number="100", achternaam="Oud")
    new = records.employee(number="200", achternaam="Nieuw")
    records.statement("employee", old, date(2026, 9, 1), answers_all(True))  # Standaard
    records.statement(
        "employee", new, date(2027, 9, 1),
        {"foto_klassenfoto": True, "foto_pers": False, "film_pers": True}, form_id=new_form.id,
    )  # fmt: skip
    target = tmp_path / "status.csv"
    export_status_csv(store, target, date(2027, 10, 1))
    header, *rows = _read(target)
    assert header == [*HEADER[:6], *NEW_ITEMS, *ALL_ITEM_CODES]
    by_number = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_number["100"]["foto_klassenfoto"] == "missing"  # not on the old form
    assert by_number["100"]["foto_website"] == "granted"
    assert [by_number["200"][code] for code in NEW_ITEMS] == ["granted", "refused", "granted"]
    assert by_number["200"]["foto_website"] == "missing"
    # A school year later the new statement has expired; the old one is valid until withdrawn.
    export_status_csv(store, target, date(2028, 8, 1))
    header, *rows = _read(target)
    by_number = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_number["200"]["foto_klassenfoto"] == "expired"
    assert by_number["100"]["foto_website"] == "granted"
    # Before the new version is in force its items are no columns.
    export_status_csv(store, target, date(2027, 7, 31))
    assert _read(target)[0] == HEADER
