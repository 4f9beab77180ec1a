"""A previewed import while others write to the same database: two stores on one file
(two offices' PCs). A write the plan does not depend on, between the preview and the
apply, leaves the plan as it was: it applies exactly what the preview showed. A write
that changes what it would do makes it stale: ``StalePlanError``, nothing of it saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.services import accounts
from korre_desktop.services import importing as imp
from korre_desktop.services import records as rec
from korre_desktop.store import Store
from tests.conftest import Records, all_answers
from tests.engines import file_of
from tests.services.importing.conftest import (
    SAMPLE_EDEXML,
    STUDENT_HEADERS,
    STUDENT_ROWS,
    TODAY,
    YEAR,
    dump,
    write_csv,
)
from tests.services.importing.test_students import classes_of, guardians_of, plan_for, students

LOT = ["004516", "Lot", "", "Bos", "05-06-2018", "Groep 4", "", "", "", "", ""]
V1 = [STUDENT_HEADERS, *STUDENT_ROWS, LOT]
# The next export: Zoë as she was; Daan renamed and his mother's e-mail address changed;
# Sem to a new class; a new student; Lot no longer in it.
V2 = [
    STUDENT_HEADERS,
    STUDENT_ROWS[0],
    ["004513", "Daniel", "van", "Dijk", "2-5-18", "Groep 4",
     "Eva van Dijk", "eva.vandijk@example.org", "", "", ""],
    ["004514", "Sem", "", "Meer", "01-09-2017", "Groep 6",
     "Ilse van der Meer", "ilse@example.org", "0612345678", "", ""],
    ["004515", "Noor", "", "Bos", "10-10-2019", "Groep 3",
     "Karin Bos", "karin.bos@example.org", "", "", ""],
]  # fmt: skip
# Another school's export: the same numbers (numbers are per school), other people.
ANKER = [
    STUDENT_HEADERS,
    ["004512", "Mees", "", "Kok", "01-02-2019", "Groep 1", "Rik Kok", "rik@example.org", "", "",
     ""],
    ["004515", "Fenna", "", "Wit", "03-04-2018", "Groep 2", "", "", "", "", ""],
]  # fmt: skip

Write = Callable[[Store, Path], None]


@pytest.fixture
def other_pc(store: Store) -> Iterator[Store]:
    """A second connection to the same file: another office, another PC."""
    with Store.open(file_of(store), actor="office 2") as other:
        yield other


@pytest.fixture
def imported(store, school, tmp_path) -> Path:
    """The school imported from V1; returns the V2 file, whose preview is to be applied."""
    imp.apply_import(store, plan_for(store, write_csv(tmp_path / "v1.csv", V1)))
    return write_csv(tmp_path / "v2.csv", V2)


def student_id(store: Store, number: str, school: str = "OBS De Linde") -> int:
    return next(
        row["id"]
        for row in store.people.students_all()
        if row["student_number"] == number and row["school"] == school
    )


def de_linde(store: Store) -> int:
    return next(s["id"] for s in store.people.schools() if s["name"] == "OBS De Linde")


def anker(store: Store) -> int:
    return rec.add_school(store, rec.SchoolInput(name="Het Anker", brin="11BB"))


def by_hand(store: Store, school_id: int, number: str, roepnaam: str = "Lieke") -> int:
    return rec.add_student(
        store,
        rec.StudentInput(
            school_id=school_id, student_number=number, roepnaam=roepnaam, achternaam="Smit",
            birth_date=date(2019, 1, 1),
        ),
        today=TODAY,
    )  # fmt: skip


def add_class(store: Store, name: str) -> int:
    year = store.records.school_year_labelled(YEAR)["id"]
    return rec.add_class(
        store, rec.ClassInput(school_id=de_linde(store), school_year_id=year, name=name)
    )


def edit_student(store: Store, number: str, **changes) -> None:
    store.update("students", student_id(store, number), changes)


def assert_applied_as_previewed(store: Store, plan: imp.ImportPlan, result) -> None:
    done = ("new", "changed", "unchanged", "errors")  # (who is missing is said as of now)
    assert {key: result.counts[key] for key in done} == {key: plan.counts[key] for key in done}
    mine = {n: s for n, s in students(store).items() if s["school_id"] == plan.school_id}
    assert mine["004513"]["roepnaam"] == "Daniel"
    assert mine["004515"]["roepnaam"] == "Noor"
    assert classes_of(store, "004514")[-1] == ("Groep 6", TODAY.isoformat(), None)
    assert ("Eva", "Dijk", "eva.vandijk@example.org", 1) in guardians_of(store, "004513")


# -- writes the plan does not depend on ------------------------------------------------------


def another_schools_import(other: Store, folder: Path) -> None:
    anker(other)
    table = imp.read_table(write_csv(folder / "anker.csv", ANKER), "students")
    plan = imp.plan_import(other, "students", table, school="Het Anker", year=YEAR, today=TODAY)
    imp.apply_import(other, plan)


def a_student_added_by_hand_not_in_the_file(other: Store, _folder: Path) -> None:
    by_hand(other, de_linde(other), "009999")


def a_statement_for_someone_the_import_leaves_alone(other: Store, _folder: Path) -> None:
    Records(other).statement("student", student_id(other, "004512"), TODAY, all_answers(True))


def a_column_the_file_lacks_of_a_student_it_leaves_alone(other: Store, _folder: Path) -> None:
    edit_student(other, "004512", enrolled_date="2023-08-21")


def a_class_the_import_does_not_use(other: Store, _folder: Path) -> None:
    add_class(other, "Groep 8")


def a_scan_batch(other: Store, _folder: Path) -> None:
    batch = other.insert(
        "scan_batches",
        {"origin": "files", "sources": "[]", "thresholds": "{}", "started_at": other.now(),
         "created_by": other.actor},
    )  # fmt: skip
    other.update("scan_batches", batch, {"finished_at": other.now(), "report": "{}"})


def an_account(other: Store, _folder: Path) -> None:
    accounts.add_account(
        other, accounts.AccountInput(platform="instagram", name="@obsdelinde"), today=TODAY
    )


def a_setting(other: Store, _folder: Path) -> None:
    other.set_setting("school_year_cutoff", "08-15")


def an_employee(other: Store, _folder: Path) -> None:
    Records(other).employee(number="100300")


UNRELATED: dict[str, Write] = {
    "another school's import, the same numbers": another_schools_import,
    "a student added by hand who is not in the file": a_student_added_by_hand_not_in_the_file,
    "a statement for someone the import leaves alone": (
        a_statement_for_someone_the_import_leaves_alone
    ),
    "a column the file lacks, of a student it leaves alone": (
        a_column_the_file_lacks_of_a_student_it_leaves_alone
    ),
    "a class the import does not use": a_class_the_import_does_not_use,
    "a scan batch": a_scan_batch,
    "a social-media account": an_account,
    "a setting": a_setting,
    "an employee": an_employee,
}


@pytest.mark.parametrize("write", UNRELATED.values(), ids=UNRELATED.keys())
def test_a_write_elsewhere_leaves_the_preview_as_it_was(store, other_pc, imported, tmp_path, write):
    plan = plan_for(store, imported)
    write(other_pc, tmp_path)
    result = imp.apply_import(store, plan)
    assert_applied_as_previewed(store, plan, result)


def test_a_student_added_by_hand_counts_when_the_missing_leave(store, other_pc, imported):
    """Marking the students who are not in the file as left, the plan depends on who
    they are: one added meanwhile would leave too, unseen."""
    plan = plan_for(store, imported)
    assert [m.number for m in plan.missing] == ["004516"]
    by_hand(other_pc, de_linde(other_pc), "009999")
    before = dump(store)
    with pytest.raises(imp.StalePlanError):
        imp.apply_import(store, plan, mark_missing_left=date(2026, 12, 1))
    assert dump(store) == before


def test_the_missing_leave_after_a_write_elsewhere(store, other_pc, imported, tmp_path):
    plan = plan_for(store, imported)
    another_schools_import(other_pc, tmp_path)
    result = imp.apply_import(store, plan, mark_missing_left=date(2026, 12, 1))
    assert result.marked_left == 1
    assert students(store)["004516"]["left_date"] == "2026-12-01"
    assert_applied_as_previewed(store, plan, result)


# -- writes that change what the import would do ---------------------------------------------


def the_new_students_number_added_by_hand(other: Store, _folder: Path) -> None:
    by_hand(other, de_linde(other), "004515", roepnaam="Noor")


def the_same_file_imported_on_another_pc(other: Store, folder: Path) -> None:
    table = imp.read_table(folder / "v2.csv", "students")
    plan = imp.plan_import(other, "students", table, school="OBS De Linde", year=YEAR, today=TODAY)
    imp.apply_import(other, plan)


def the_name_the_import_changes_edited(other: Store, _folder: Path) -> None:
    edit_student(other, "004513", roepnaam="Dani")


def another_column_of_a_student_it_changes_edited(other: Store, _folder: Path) -> None:
    edit_student(other, "004513", enrolled_date="2022-08-22")  # the file has no such column


def the_class_it_creates_created(other: Store, _folder: Path) -> None:
    add_class(other, "Groep 6")


def the_student_it_moves_moved(other: Store, _folder: Path) -> None:
    year = other.records.school_year_labelled(YEAR)["id"]
    groep_3 = other.records.class_named(de_linde(other), year, "Groep 3")["id"]
    rec.place_in_class(other, student_id(other, "004514"), groep_3, TODAY)


def the_guardian_it_changes_edited(other: Store, _folder: Path) -> None:
    eva = next(g for g in other.people.guardian_names().values() if g["roepnaam"] == "Eva")
    other.update("guardians", eva["id"], {"phone": "0687654321"})


def the_new_guardian_added_at_another_school(other: Store, _folder: Path) -> None:
    """The import would now link Noor to this guardian (same e-mail address and surname)
    instead of making a second one."""
    sibling = by_hand(other, anker(other), "000001")
    rec.add_guardian_for_student(
        other,
        sibling,
        rec.GuardianInput(roepnaam="Karin", achternaam="Bos", email="karin.bos@example.org"),
    )


def the_missing_student_marked_left(other: Store, _folder: Path) -> None:
    rec.set_student_left(other, student_id(other, "004516"), date(2026, 11, 1))


RELATED: dict[str, Write] = {
    "the new student's number added by hand": the_new_students_number_added_by_hand,
    "the same file imported on another PC": the_same_file_imported_on_another_pc,
    "the name the import changes edited": the_name_the_import_changes_edited,
    "another column of a student it changes edited": (
        another_column_of_a_student_it_changes_edited
    ),
    "the class it creates created": the_class_it_creates_created,
    "the student it moves moved": the_student_it_moves_moved,
    "the guardian it changes edited": the_guardian_it_changes_edited,
    "the new guardian added at another school": the_new_guardian_added_at_another_school,
    "the missing student marked as left": the_missing_student_marked_left,
}


@pytest.mark.parametrize("write", RELATED.values(), ids=RELATED.keys())
def test_a_write_that_changes_what_the_import_would_do_makes_it_stale(
    store, other_pc, imported, tmp_path, write
):
    plan = plan_for(store, imported)
    write(other_pc, tmp_path)
    before = dump(store)
    with pytest.raises(imp.StalePlanError) as caught:
        imp.apply_import(store, plan, mark_missing_left=date(2026, 12, 1))
    assert caught.value.code == "stale"
    assert dump(store) == before  # nothing of the import, not even its run or mapping
    assert str(caught.value) == (
        "records this import would add or change were changed meanwhile (on another"
        " computer, by another import or a scan); nothing was imported: run it again"
    )


def test_a_stale_plan_made_again_applies(store, other_pc, imported, tmp_path):
    plan = plan_for(store, imported)
    the_name_the_import_changes_edited(other_pc, tmp_path)
    with pytest.raises(imp.StalePlanError):
        imp.apply_import(store, plan)
    again = plan_for(store, imported)
    assert [c.before for c in again.entries[1].changes][:1] == ["Dani"]  # what it sees now
    assert_applied_as_previewed(store, again, imp.apply_import(store, again))


def test_an_edexml_files_students_and_teachers_apply_or_go_stale_together(
    store, other_pc, tmp_path
):
    Records(store).school("OBS De Linde")  # BRIN 00AA, as the sample

    def plans() -> list[imp.ImportPlan]:
        edex = imp.read_any(SAMPLE_EDEXML)
        return [
            imp.plan_import(store, kind, edex.table_for(kind), year=YEAR, today=TODAY)
            for kind in ("students", "employees")
        ]

    previewed = plans()
    teacher = previewed[1].entries[0].number
    Records(other_pc).employee(number=teacher, roepnaam="Kees")  # the teachers' plan makes one
    before = dump(store)
    with pytest.raises(imp.StalePlanError):
        imp.apply_import(store, previewed)
    assert dump(store) == before  # the students' plan held, and is not saved either
    previewed = plans()
    a_setting(other_pc, tmp_path)
    imp.apply_import(store, previewed)
    assert not any(plan.has_work for plan in plans())


# -- employees and the consent register ------------------------------------------------------

HR_HEADERS = ["Personeelsnummer", "Voornaam", "Achternaam", "Functie", "Soort dienstverband",
              "Datum in dienst", "E-mailadres werk"]  # fmt: skip
HR_ROWS = [
    ["0100234", "Ineke", "Bos", "Leerkracht", "Vast", "01-08-2015", "i.bos@example.org"],
    ["0100235", "Bas", "Vliet", "Leerkracht", "Tijdelijk", "01-08-2026", ""],
]


def plan_employees(store: Store, path: Path) -> imp.ImportPlan:
    table = imp.read_table(path, "employees")
    return imp.plan_import(store, "employees", table, year=YEAR, today=TODAY)


@pytest.fixture
def hr_v2(store, tmp_path) -> Path:
    imp.apply_import(store, plan_employees(store, write_csv(tmp_path / "hr1.csv",
                                                            [HR_HEADERS, *HR_ROWS])))  # fmt: skip
    ineke = ["0100234", "Ineke", "Bos", "Intern begeleider", "Vast", "01-08-2015",
             "i.bos@example.org"]  # fmt: skip
    return write_csv(tmp_path / "hr2.csv", [HR_HEADERS, ineke, HR_ROWS[1]])


def employee(store: Store, number: str) -> dict:
    return store.records.employee_row(store.records.employee_with_number(number)["id"])


def test_employees_after_a_write_elsewhere(store, other_pc, hr_v2):
    plan = plan_employees(store, hr_v2)
    other_pc.update("employees", employee(other_pc, "0100235")["id"], {"email": "b@example.org"})
    Records(other_pc).employee(number="100300")
    imp.apply_import(store, plan)
    assert employee(store, "0100234")["function"] == "Intern begeleider"
    assert employee(store, "0100235")["email"] == "b@example.org"  # theirs stays


def test_an_employee_the_import_changes_edited_meanwhile(store, other_pc, hr_v2):
    plan = plan_employees(store, hr_v2)
    other_pc.update("employees", employee(other_pc, "0100234")["id"], {"email": "ib@example.org"})
    before = dump(store)
    with pytest.raises(imp.StalePlanError):
        imp.apply_import(store, plan)
    assert dump(store) == before


REGISTER = ["nummer", "ondertekend_door", "rol", "datum", "notitie", *ALL_ITEM_CODES]


@pytest.fixture
def register(store, school, tmp_path) -> Path:
    records = Records(store)
    zoe = records.student(school, number="004512", roepnaam="Zoë", achternaam="Meer",
                          birth_date=date(2019, 3, 14))  # fmt: skip
    records.guardian(zoe, name="Ilse")  # "Ilse Jansen"
    records.student(school, number="000077", roepnaam="Roos", achternaam="Smit",
                    birth_date=date(2009, 5, 1))  # fmt: skip
    row = ["004512", "Ilse Jansen", "ouder", "14-09-2026", "", *["ja"] * len(ALL_ITEM_CODES)]
    return write_csv(tmp_path / "register.csv", [REGISTER, row])


def plan_register(store: Store, path: Path) -> imp.ImportPlan:
    return imp.plan_import(store, "consents", imp.read_table(path, "consents"), today=TODAY)


def test_a_register_after_a_statement_for_someone_else(store, other_pc, register):
    plan = plan_register(store, register)
    roos = student_id(other_pc, "000077")
    Records(other_pc).statement("student", roos, date(2026, 10, 1), all_answers(False))
    imp.apply_import(store, plan)
    assert len(store.consent.statements("student")) == 2


def test_a_register_whose_statement_was_entered_meanwhile(store, other_pc, register):
    plan = plan_register(store, register)
    zoe = student_id(other_pc, "004512")
    ilse = next(iter(other_pc.people.guardian_names()))
    Records(other_pc).statement(
        "student", zoe, date(2026, 9, 14), all_answers(True), guardian_id=ilse
    )
    before = dump(store)
    with pytest.raises(imp.StalePlanError):
        imp.apply_import(store, plan)
    assert dump(store) == before


def test_with_nothing_saved_since_the_preview_it_is_not_made_again(store, imported, monkeypatch):
    """The usual case on one PC costs nothing: the audit stamp is the same."""
    plan = plan_for(store, imported)

    def made_again(*_args, **_kwargs):
        raise AssertionError("made again although nothing was saved")

    monkeypatch.setattr("korre_desktop.services.importing.staleness.plan_again", made_again)
    assert_applied_as_previewed(store, plan, imp.apply_import(store, plan))
