"""Importing EDEXML (1.03, 2.0, 2.1, Flemish) and UWLR files as the standard describes them:
what is required, year groups, dates, roles and classes of teachers, temporary keys,
encodings and envelopes, and what is never stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from korre_desktop.services import importing as imp
from korre_desktop.services.importing import reading
from korre_desktop.services.importing.edexml_codes import initials, role_label, year_group_class
from tests.services.importing import edexml_samples as samples
from tests.services.importing.conftest import TODAY, dump

KINDS = ("students", "employees")


def plans_for(store, path: Path, school=None) -> list[imp.ImportPlan]:
    found = imp.read_any(path)
    assert isinstance(found, imp.EdexFile)
    return [
        imp.plan_import(store, kind, found.table_for(kind), school=school, today=TODAY)
        for kind in KINDS
    ]


def import_file(store, path: Path, school=None) -> list[imp.ImportPlan]:
    plans = plans_for(store, path, school)
    imp.apply_import(store, plans)
    return plans


def students(store) -> dict[str, dict]:
    return {row["student_number"]: row for row in store.rows("SELECT * FROM students")}


def class_of(store) -> dict[str, str | None]:
    """Each student's class (None without one)."""
    found: dict[str, str | None] = dict.fromkeys(students(store))
    for row in store.rows(
        """SELECT s.student_number, c.name FROM enrolments e JOIN classes c ON c.id = e.class_id
           JOIN students s ON s.id = e.student_id"""
    ):
        found[row["student_number"]] = row["name"]
    return found


def teachers(store) -> dict[str, tuple[str, str, list[str]]]:
    """number -> (name, function, the classes they teach, sorted)."""
    found = {}
    for row in store.rows("SELECT * FROM employees"):
        name = " ".join(p for p in (row["roepnaam"], row["tussenvoegsel"], row["achternaam"]) if p)
        taught = store.rows(
            """SELECT c.name FROM class_teachers t JOIN classes c ON c.id = t.class_id
               WHERE t.employee_id = ? ORDER BY c.name""",
            [row["id"]],
        )
        found[row["staff_number"]] = (name, row["function"], [t["name"] for t in taught])
    return found


def numbers_warned(plan: imp.ImportPlan, code: str) -> set[str]:
    return {p.number for p in plan.warnings if p.code == code}


def assert_imports_as_expected(store, path: Path, expected: samples.Expected) -> list:
    plans = import_file(store, path)
    assert plans[0].errors == [] and plans[1].errors == []
    assert class_of(store) == expected.classes
    on_record = students(store)
    assert {n: r["left_date"] for n, r in on_record.items() if r["left_date"]} == expected.left
    assert {n for n, r in on_record.items() if r["birth_date"] is None} == expected.no_birth
    assert numbers_warned(plans[0], "birth_date_missing") == expected.no_birth
    assert teachers(store) == {
        number: (name, function, sorted(taught))
        for number, (name, function, taught) in expected.teachers.items()
    }
    made = {row["name"] for row in store.rows("SELECT name FROM classes")}
    assert made == expected.created_classes
    before = dump(store)
    again = plans_for(store, path)
    assert not any(plan.has_work for plan in again), [imp.report_lines(p) for p in again]
    imp.apply_import(store, again)
    assert dump(store) == before
    return plans


@pytest.fixture
def school(records) -> int:
    return records.school("OBS De Linde")  # BRIN 00AA, as the samples


# -- the official examples, Cito and UWLR -----------------------------------------------------


@pytest.mark.parametrize(
    ("version", "flemish"),
    [("2.1", False), ("2.1", True), ("2.0", False), ("2.0", True)],
    ids=["2.1", "2.1-Vla", "2.0", "2.0-Vla"],
)
def test_the_official_examples_import_all_students_groups_and_teachers(
    store, school, tmp_path, version, flemish
):
    xml, expected = samples.official_example(version, flemish)
    path = samples.write(tmp_path / "voorbeeld.xml", xml)
    plans = assert_imports_as_expected(store, path, expected)
    placed = "Leerjaar 4" if flemish else "Groep 5"
    assert numbers_warned(plans[0], "year_group_class") == {"00102"}
    assert any(f"placed in class {placed}" in p.message for p in plans[0].warnings)
    assert any("read as EDEXML" in notice for notice in plans[0].notices)
    assert any("composite group" in notice for notice in plans[0].notices)
    assert any("composite groups are not linked" in notice for notice in plans[1].notices)
    assert students(store)["00102"]["roepnaam"] == "Elif"  # the first of the voornamen
    assert students(store)["00102"]["enrolled_date"] == "2025-08-25"


def test_a_cito_export_of_400_students(store, school, tmp_path):
    xml, expected = samples.cito_lvs()
    path = samples.write(tmp_path / "cito.xml", xml)
    plans = assert_imports_as_expected(store, path, expected)
    assert len(students(store)) == 400 and len(teachers(store)) == 29
    placed = [number for number, name in class_of(store).items() if name]
    assert len(placed) == 399  # the one who left before the school year has no class
    assert len(numbers_warned(plans[0], "year_group_class")) == 11
    assert len(expected.no_birth) == 2
    assert any(r["tussenvoegsel"] == "v. d." for r in students(store).values())
    assert {t[1] for t in teachers(store).values()} == {"Leerkracht", ""}
    left_out = next(n for n in plans[0].notices if n.startswith("left out of the students"))
    assert "BSN (5)" in left_out and "postal code (24)" in left_out
    assert "country of birth (400)" in left_out and "student weight (800)" in left_out
    assert "gender (400)" in left_out and "ethnicity (400)" in left_out


def test_nothing_the_app_does_not_need_is_stored(store, school, tmp_path):
    xml, expected = samples.cito_lvs()
    path = samples.write(tmp_path / "cito.xml", xml)
    plans = plans_for(store, path)
    reported = "\n".join(line for plan in plans for line in imp.report_lines(plan, 10_000))
    imp.apply_import(store, plans)
    everything = json.dumps(dump(store), ensure_ascii=False, default=str)
    secrets = expected.bsn + expected.postal_codes
    assert len(secrets) == 29
    for value in secrets:
        assert value in xml
        assert value not in everything
        assert value not in reported
    table = imp.read_table(path)
    assert all(value not in json.dumps(table.meta) for value in secrets)
    assert all(value not in str(table.rows) for value in secrets)


@pytest.mark.parametrize("form", ["envelope", "answer", "bare"])
def test_a_uwlr_answer(store, school, tmp_path, form):
    xml, expected = samples.uwlr(form)
    path = samples.write(tmp_path / "uwlr.xml", xml, declare=form != "envelope")
    plans = assert_imports_as_expected(store, path, expected)
    assert plans[0].source.format == "edexml"
    assert any("read as UWLR 2.3" in notice for notice in plans[0].notices)
    assert numbers_warned(plans[1], "email_format") == {"T2"}  # "email" is no address


def test_a_uwlr_error_message_is_refused(tmp_path):
    path = samples.write(tmp_path / "fout.xml", samples.uwlr_fault(), declare=False)
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_any(path)
    assert caught.value.code == "uwlr_fault"
    assert "SOAP error message" in str(caught.value)
    assert "Geen toegang voor deze BRIN" in str(caught.value)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("UTF-16", True), ("UTF-16", False), ("ISO-8859-1", False), ("windows-1252", False),
     ("UTF-8", True)],
    ids=["utf-16-bom", "utf-16-no-bom", "iso-8859-1", "cp1252", "utf-8-bom"],
)  # fmt: skip
def test_any_declared_encoding(store, school, tmp_path, encoding, bom):
    xml, _ = samples.official_example("2.1")
    xml = xml.replace("Yılmaz", "Öztürk")  # ı is not in ISO-8859-1
    path = samples.write(tmp_path / "export.dat", xml, encoding, bom)
    assert reading.detect_format(path.read_bytes()) == "edexml"
    import_file(store, path)
    assert students(store)["00102"]["achternaam"] == "Öztürk"
    assert len(teachers(store)) == 3


def test_a_file_saved_as_windows_1252_but_declared_utf_8(store, school, tmp_path):
    xml, _ = samples.official_example("2.1")
    path = tmp_path / "export.xml"
    path.write_bytes(xml.replace("Yılmaz", "Öztürk").encode("cp1252"))
    plans = import_file(store, path)
    assert students(store)["00102"]["achternaam"] == "Öztürk"
    assert any("read as Windows-1252" in notice for notice in plans[0].notices)


def test_an_xml_file_of_another_kind_in_utf_16_is_refused(tmp_path):
    path = tmp_path / "x.xml"
    path.write_bytes('<?xml version="1.0" encoding="UTF-16"?><Workbook/>'.encode("utf-16"))
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_any(path)
    assert caught.value.code == "not_edexml"


# -- what is required, and what is filled in ---------------------------------------------------


def write_edexml(tmp_path: Path, students_: list[dict], teachers_=(), name="e.xml") -> Path:
    return samples.write(tmp_path / name, samples.edexml(students_, list(teachers_)))


def test_only_a_key_and_a_name_are_required(store, school, tmp_path):
    path = write_edexml(
        tmp_path,
        [
            {"key": " 0042 ", "roepnaam": "Wimpie", "jaargroep": "3", "groep": "G3"},
            {"key": "0043", "achternaam": "Dekker", "voorletters-1": "JB", "groep": "G4"},
            {"key": "0044", "achternaam": "Vos", "geboortedatum": "?", "groep": "G4"},
            {"key": "0045", "geslacht": "1", "groep": "G4"},
        ],
        [{"key": "LK9", "achternaam": "Veldman", "voorletters-1": "UGH"}],
    )
    plans = plans_for(store, path)
    assert [(p.row, p.code) for p in plans[0].errors] == [(4, "required")]  # no name at all
    imp.apply_import(store, plans, skip_errors=True)
    found = students(store)
    assert set(found) == {"0042", "0043", "0044"}  # the key's spaces are not part of it
    assert (found["0042"]["roepnaam"], found["0042"]["achternaam"]) == ("Wimpie", "")
    assert found["0043"]["roepnaam"] == "J.B."
    assert found["0044"]["birth_date"] is None
    assert teachers(store) == {"LK9": ("U.G.H. Veldman", "", [])}


def test_year_groups_and_students_without_a_class(store, school, tmp_path):
    path = write_edexml(
        tmp_path,
        [
            {"key": "1", "achternaam": "A", "jaargroep": "12"},
            {"key": "2", "achternaam": "B", "jaargroep": "S"},
            {"key": "3", "achternaam": "C", "jaargroep": "H"},
            {"key": "4", "achternaam": "D", "jaargroep": "H", "instroomdatum": "2020-08-17",
             "uitstroomdatum": "2026-10-09"},
            {"key": "5", "achternaam": "E"},
            {"key": "6", "achternaam": "F", "jaargroep": "X"},
            {"key": "7", "achternaam": "G", "jaargroep": "4", "groep": "G9"},
            {"key": "8", "achternaam": "H", "jaargroep": "4", "groep": "G4",
             "uitstroomdatum": "2027-01-29"},
        ],
    )  # fmt: skip
    plans = import_file(store, path)
    assert class_of(store) == {
        "1": "Leerjaar 2", "2": "Groep SBO", "3": None, "4": None, "5": None, "6": None,
        "7": "Groep 4", "8": "Groep 4a",
    }  # fmt: skip
    codes = {p.number: p.code for p in plans[0].warnings if p.field == "class"}
    assert codes == {
        "1": "year_group_class", "2": "year_group_class", "3": "historic_without_left_date",
        "5": "no_class", "6": "year_group_unknown", "7": "year_group_class",
    }  # fmt: skip
    found = students(store)
    assert found["4"]["left_date"] == "2026-10-09" and found["4"]["enrolled_date"] == "2020-08-17"
    assert found["8"]["left_date"] == "2027-01-29"
    ended = store.rows(
        "SELECT e.end_date FROM enrolments e JOIN students s ON s.id = e.student_id"
        " WHERE s.student_number = '8'"
    )
    assert [row["end_date"] for row in ended] == ["2027-01-29"]


def test_teacher_roles_become_their_function(store, school, tmp_path):
    path = write_edexml(
        tmp_path,
        [{"key": "1", "achternaam": "A", "groep": "G3"}],
        [
            {"key": "T1", "achternaam": "Ib", "rol": "IB"},
            {"key": "T2", "achternaam": "Dir", "rol": "DIR", "groepen": "G3"},
            {"key": "T3", "achternaam": "Vak", "rol": "VAK", "rolomschrijving": "Gym"},
            {"key": "T4", "achternaam": "Zonder", "groepen": "G3,G4"},
            {"key": "T5", "achternaam": "Los"},
            {"key": "T6", "achternaam": "Eigen", "rol": "XYZ"},
        ],
    )
    import_file(store, path)
    assert teachers(store) == {
        "T1": ("Ib", "Intern begeleider", []),
        "T2": ("Dir", "Directeur", ["Groep 3a"]),
        "T3": ("Vak", "Vakleerkracht, Gym", []),
        "T4": ("Zonder", "Leerkracht", ["Groep 3a", "Groep 4a"]),  # Groep 4a has no student
        "T5": ("Los", "", []),
        "T6": ("Eigen", "XYZ", []),
    }
    employment = {r["employment_type"] for r in store.rows("SELECT * FROM employees")}
    assert employment == {"unknown"}


def test_a_csv_without_dates_of_birth(store, school, tmp_path):
    from tests.services.importing.conftest import write_csv

    rows = [["Leerlingnummer", "Roepnaam", "Achternaam", "Groep"], ["1", "Jan", "Berg", "4"]]
    path = write_csv(tmp_path / "zonder.csv", rows)
    table = imp.read_table(path)
    plan = imp.plan_import(store, "students", table, school=school, today=TODAY)
    assert plan.errors == [] and plan.warnings == []
    assert any("no date of birth: 1 new student" in notice for notice in plan.notices)
    imp.apply_import(store, plan)
    assert students(store)["1"]["birth_date"] is None
    rows = [["Leerlingnummer", "Roepnaam", "Achternaam", "Geboortedatum"], ["2", "Piet", "Bos", ""]]
    other = imp.read_table(write_csv(tmp_path / "leeg.csv", rows))
    plan = imp.plan_import(store, "students", other, school=school, today=TODAY)
    assert numbers_warned(plan, "birth_date_missing") == {"2"}
    # Student 1 is not in this file: leaving needs no date to compare with.
    assert [m.number for m in plan.missing] == ["1"] and plan.missing[0].earliest_left == ""
    imp.apply_import(store, plan, mark_missing_left=TODAY)
    assert students(store)["1"]["left_date"] == TODAY.isoformat()


def test_a_later_export_leaves_out_what_it_does_not_know(store, school, tmp_path):
    full = {"key": "0042", "achternaam": "Vos", "roepnaam": "Sam", "geboortedatum": "2018-05-04",
            "instroomdatum": "2022-08-22", "groep": "G3"}  # fmt: skip
    import_file(store, write_edexml(tmp_path, [full]))
    less = {"key": "0042", "achternaam": "Vos", "roepnaam": "Sam", "groep": "G3"}
    plans = plans_for(store, write_edexml(tmp_path, [less], name="2.xml"))
    assert not plans[0].has_work and plans[0].warnings == []  # the date of birth stays
    leaving = {**less, "uitstroomdatum": "2027-02-26"}
    plans = import_file(store, write_edexml(tmp_path, [leaving], name="3.xml"))
    assert [str(c) for c in plans[0].entries[0].changes] == ["left_date: (empty) -> 2027-02-26"]
    found = students(store)["0042"]
    assert (found["birth_date"], found["enrolled_date"], found["left_date"]) == (
        "2018-05-04",
        "2022-08-22",
        "2027-02-26",
    )


# -- temporary keys ----------------------------------------------------------------------------


def person(key: str, roepnaam: str, birth: str | None = "2018-03-01", group="G3") -> dict:
    found = {"key": key, "achternaam": "Jansen", "roepnaam": roepnaam}
    if birth:
        found["geboortedatum"] = birth
    found["groep"] = group
    return found


def numbers_by_name(store) -> dict[str, str]:
    return {r["roepnaam"]: r["student_number"] for r in students(store).values()}


def test_temporary_keys_that_shift_change_the_numbers(store, school, tmp_path):
    first = [person("#1", "Anna", "2018-01-05"), person("#2", "Bram", "2018-02-06")]
    plans = import_file(store, write_edexml(tmp_path, first, name="1.xml"))
    assert numbers_warned(plans[0], "temporary_number") == {"#1", "#2"}
    ids = {r["roepnaam"]: r["id"] for r in students(store).values()}
    shifted = [
        person("#1", "Aaron", "2018-04-07"),
        person("#2", "Anna", "2018-01-05"),
        person("#3", "Bram", "2018-02-06"),
    ]
    path = write_edexml(tmp_path, shifted, name="2.xml")
    plan = plans_for(store, path)[0]
    assert plan.counts["new"] == 1 and plan.counts["changed"] == 2 and not plan.missing
    changes = {e.name: [str(c) for c in e.changes] for e in plan.entries if e.changes}
    assert changes == {
        "Anna Jansen": ["student_number: #1 -> #2"],
        "Bram Jansen": ["student_number: #2 -> #3"],
    }
    imp.apply_import(store, plans_for(store, path))
    assert numbers_by_name(store) == {"Aaron": "#1", "Anna": "#2", "Bram": "#3"}
    assert {
        r["roepnaam"]: r["id"] for r in students(store).values() if r["id"] in ids.values()
    } == ids
    before = dump(store)
    assert not any(p.has_work for p in plans_for(store, path))
    assert dump(store) == before


def test_temporary_keys_that_swap(store, school, tmp_path):
    import_file(store, write_edexml(tmp_path, [person("#1", "Anna"), person("#2", "Bram")]))
    swapped = [person("#2", "Anna"), person("#1", "Bram")]
    plans = import_file(store, write_edexml(tmp_path, swapped, name="2.xml"))
    assert plans[0].counts["changed"] == 2
    assert numbers_by_name(store) == {"Anna": "#2", "Bram": "#1"}


def test_a_temporary_key_on_record_becomes_the_permanent_one(store, school, tmp_path):
    import_file(store, write_edexml(tmp_path, [person("#7", "Anna")]))
    plans = import_file(store, write_edexml(tmp_path, [person("1234", "Anna")], name="2.xml"))
    assert [str(c) for c in plans[0].entries[0].changes] == ["student_number: #7 -> 1234"]
    assert numbers_by_name(store) == {"Anna": "1234"}
    assert plans[0].missing == []


def test_without_dates_of_birth_only_a_unique_name_matches(store, school, tmp_path):
    import_file(store, write_edexml(tmp_path, [person("#1", "Anna", None)]))
    plans = import_file(store, write_edexml(tmp_path, [person("#5", "Anna", None)], name="2.xml"))
    assert numbers_warned(plans[0], "matched_by_name") == {"#5"}
    assert numbers_by_name(store) == {"Anna": "#5"}
    two = [person("#1", "Bram", None), person("#2", "Bram", "2018-05-05")]
    import_file(store, write_edexml(tmp_path, [person("#5", "Anna", None), *two], name="3.xml"))
    plans = plans_for(store, write_edexml(tmp_path, [person("#9", "Bram", None)], name="4.xml"))
    assert plans[0].counts["new"] == 1  # two students named Bram Jansen: no match


def test_two_rows_never_match_one_record(store, school, tmp_path):
    import_file(store, write_edexml(tmp_path, [person("#1", "Anna")]))
    twins = [person("#4", "Anna"), person("#5", "Anna")]
    plan = plans_for(store, write_edexml(tmp_path, twins, name="2.xml"))[0]
    assert numbers_warned(plan, "temporary_number_ambiguous") == {"#4", "#5"}
    assert plan.counts["new"] == 2 and [m.number for m in plan.missing] == ["#1"]


def test_a_temporary_key_of_another_student_is_an_error(store, school, tmp_path):
    import_file(store, write_edexml(tmp_path, [person("#1", "Anna", "2018-01-01")]))
    other = [person("#1", "Bram", "2019-09-09")]
    plan = plans_for(store, write_edexml(tmp_path, other, name="2.xml"))[0]
    assert [(p.number, p.code) for p in plan.errors] == [("#1", "temporary_number_taken")]
    renamed = [person("#1", "Annabel", "2018-01-01")]  # the same birth date: a new name
    plan = plans_for(store, write_edexml(tmp_path, renamed, name="3.xml"))[0]
    assert plan.errors == [] and plan.counts["changed"] == 1


# -- the codes of the standard -----------------------------------------------------------------


def test_year_group_codes():
    assert [year_group_class(c) for c in ("0", "4", "08", "11", "16")] == [
        "Groep 0", "Groep 4", "Groep 8", "Leerjaar 1", "Leerjaar 6"
    ]  # fmt: skip
    assert [year_group_class(c) for c in "SVCBDN"] == [
        "Groep SBO", "Groep VSO", "Combinatiegroep", "Jaargroep B", "Jaargroep D", "Jaargroep N"
    ]  # fmt: skip
    assert year_group_class("H") is None and year_group_class("9") is None
    assert [year_group_class(c, flemish=True) for c in ("1", "3", "8", "12")] == [
        "Kleuterklas 2", "Leerjaar 1", "Leerjaar 6", "Secundair leerjaar 2"
    ]  # fmt: skip
    assert role_label("ib") == "Intern begeleider" and role_label("Eigen rol") == "Eigen rol"
    assert [initials(t) for t in ("UGH", "J.H.", "", "a b")] == ["U.G.H.", "J.H.", "", "a.b."]
