"""The record dialogs, driven from the keyboard as the office would, checked in the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from korre_desktop.domain import validation as v
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.errors import DatabaseLockedError
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.class_dialog import ClassDialog
from korre_desktop.gui.dialogs.employee_dialog import EmployeeDialog
from korre_desktop.gui.dialogs.guardian_dialog import GUARDIAN_ROLE, GuardianDialog
from korre_desktop.gui.dialogs.leave_dialog import LeaveDialog
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.dialogs.record_messages import problem_text
from korre_desktop.gui.dialogs.school_dialog import SchoolDialog
from korre_desktop.gui.dialogs.school_year_dialog import SchoolYearDialog
from korre_desktop.gui.dialogs.student_dialog import StudentDialog
from korre_desktop.gui.record_actions import RecordActions
from korre_desktop.services import records
from korre_desktop.services.records import (
    ClassInput,
    GuardianInput,
    SchoolInput,
    SchoolYearInput,
    StudentInput,
)
from korre_desktop.store import Store
from tests.gui.conftest import make_context

TODAY = date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path()  # under pytest's temporary folder: see _screenshot_folder


@pytest.fixture(autouse=True)
def _screenshot_folder(tmp_path_factory) -> None:
    global SCREENSHOTS
    SCREENSHOTS = tmp_path_factory.getbasetemp() / "dialogs"


@pytest.fixture
def context(store: Store, tmp_path: Path, dutch) -> AppContext:
    return make_context(
        store, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), TODAY
    )


@pytest.fixture
def school(store: Store) -> int:
    records.add_school(store, SchoolInput(name="CBS Het Kompas"))
    return records.add_school(store, SchoolInput(name="OBS De Korre", brin="12AB"))


@pytest.fixture
def year(store: Store) -> int:
    return records.add_school_year(store, SchoolYearInput(label="2026-2027"))


@pytest.fixture
def groep5(store: Store, school: int, year: int) -> int:
    records.add_class(store, ClassInput(school_id=school, school_year_id=year, name="Groep 6"))
    return records.add_class(
        store, ClassInput(school_id=school, school_year_id=year, name="Groep 5")
    )


def add_sem(store: Store, school: int, class_id: int | None, number: str = "00123") -> int:
    return records.add_student(
        store,
        StudentInput(
            school_id=school,
            student_number=number,
            roepnaam="Sem",
            tussenvoegsel="van der",
            achternaam="Berg",
            birth_date=date(2016, 3, 5),
            class_id=class_id,
        ),
        today=TODAY,
    )


# -- driving a dialog like a user ------------------------------------------------------------------


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the arrow keys, as from the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def press_enter(qtbot, dialog: QDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def ok_button(dialog: QDialog) -> QAbstractButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def rows(store: Store, sql: str, params=()) -> list[dict]:
    return store.rows(sql, params)


def audit(store: Store, table: str, row_id: int) -> list[tuple[str, dict | None, dict | None]]:
    return [
        (
            r["action"],
            json.loads(r["before"]) if r["before"] else None,
            json.loads(r["after"]) if r["after"] else None,
        )
        for r in store.people.audit_for(table, row_id)
    ]


def screenshot(dialog: QDialog, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert dialog.grab().save(str(target))
    return target


# -- students -------------------------------------------------------------------------------------


def fill_student(qtbot, dialog: StudentDialog, number: str = "00123") -> None:
    ui = dialog.ui
    choose(qtbot, ui.school, "OBS De Korre")
    type_into(qtbot, ui.studentNumber, number)
    type_into(qtbot, ui.roepnaam, "Sem")
    type_into(qtbot, ui.tussenvoegsel, "van der")
    type_into(qtbot, ui.achternaam, "Berg")
    type_into(qtbot, ui.birthDate, "05-03-2016")
    choose(qtbot, ui.schoolClass, "Groep 5 (2026-2027)")
    ui.achternaam.setFocus()


def test_new_student_with_leading_zero_and_infix(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    assert dialog.windowTitle() == "Nieuwe leerling"
    assert dialog.ui.birthDate.placeholderText() == "dd-mm-jjjj"
    fill_student(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
    [student] = rows(store, "SELECT * FROM students")
    assert dialog.saved_id == student["id"]
    assert student["school_id"] == school
    assert student["student_number"] == "00123"
    assert (student["roepnaam"], student["tussenvoegsel"], student["achternaam"]) == (
        "Sem",
        "van der",
        "Berg",
    )
    assert student["birth_date"] == "2016-03-05"
    assert [s["class_name"] for s in store.people.students_on(TODAY)] == ["Groep 5"]
    [(action, before, after)] = audit(store, "students", student["id"])
    assert (action, before, after["student_number"]) == ("insert", None, "00123")


def test_same_number_again_shows_the_dutch_error_and_keeps_the_text(
    qtbot, context, store, school, groep5
):
    add_sem(store, school, groep5)
    audit_rows = len(rows(store, "SELECT id FROM audit_log"))
    dialog = shown(qtbot, StudentDialog(context))
    fill_student(qtbot, dialog)
    type_into(qtbot, dialog.ui.roepnaam, "Lotte")
    press_enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problems_shown() == {
        "student_number": "Leerlingnummer 00123 bestaat al op deze school (Sem van der Berg)."
    }
    assert dialog.ui.studentNumberError.isVisible()
    assert dialog.ui.studentNumberError.styleSheet() == "color: #b00020"
    # Everything typed is still there, and the field to fix has the focus.
    ui = dialog.ui
    assert (ui.studentNumber.text(), ui.roepnaam.text(), ui.tussenvoegsel.text()) == (
        "00123",
        "Lotte",
        "van der",
    )
    assert (ui.achternaam.text(), ui.birthDate.text()) == ("Berg", "05-03-2016")
    assert ui.schoolClass.currentText() == "Groep 5 (2026-2027)"
    assert dialog.focusWidget() is ui.studentNumber
    assert len(rows(store, "SELECT id FROM students")) == 1
    assert len(rows(store, "SELECT id FROM audit_log")) == audit_rows
    screenshot(dialog, "student_number_taken")
    # Another number is fine, and the message goes away.
    type_into(qtbot, ui.studentNumber, "00124")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {}
    assert len(rows(store, "SELECT id FROM students")) == 2


def test_impossible_date_and_wrong_format_show_dutch_errors(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    fill_student(qtbot, dialog)
    type_into(qtbot, dialog.ui.birthDate, "31-02-2016")
    type_into(qtbot, dialog.ui.enrolledDate, "2026-09-01")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {
        "birth_date": "31-02-2016 bestaat niet.",
        "enrolled_date": "Typ de datum als dd-mm-jjjj, bijvoorbeeld 05-09-2026.",
    }
    assert dialog.ui.birthDate.text() == "31-02-2016"
    assert dialog.ui.enrolledDate.text() == "2026-09-01"
    assert dialog.focusWidget() is dialog.ui.birthDate
    screenshot(dialog, "student_date_errors")
    assert rows(store, "SELECT id FROM students") == []
    type_into(qtbot, dialog.ui.birthDate, "28-02-2016")
    type_into(qtbot, dialog.ui.enrolledDate, "1-9-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
    [student] = rows(store, "SELECT birth_date, enrolled_date FROM students")
    assert student == {"birth_date": "2016-02-28", "enrolled_date": "2026-09-01"}


def test_empty_form_lists_every_missing_field_in_dutch(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.problems_shown() == {
        "student_number": "Vul het leerlingnummer in.",
        "roepnaam": "Vul de roepnaam of de achternaam in.",
        "achternaam": "Vul de roepnaam of de achternaam in.",
    }
    assert dialog.isVisible()
    screenshot(dialog, "student_empty")


def test_implausible_birth_date(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    fill_student(qtbot, dialog)
    type_into(qtbot, dialog.ui.birthDate, "01-01-1990")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {
        "birth_date": "Met deze geboortedatum is de leerling 36 jaar oud; controleer de datum"
        " (een leerling is 2 tot en met 30 jaar oud)."
    }
    type_into(qtbot, dialog.ui.birthDate, "01-01-2027")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {
        "birth_date": "De geboortedatum kan niet in de toekomst liggen."
    }


def test_editing_a_student_writes_an_audit_row_with_before_and_after(
    qtbot, context, store, school, groep5
):
    student = add_sem(store, school, groep5)
    dialog = shown(qtbot, StudentDialog(context, student))
    ui = dialog.ui
    assert dialog.windowTitle() == "Leerling wijzigen"
    assert (ui.studentNumber.text(), ui.tussenvoegsel.text(), ui.birthDate.text()) == (
        "00123",
        "van der",
        "05-03-2016",
    )
    assert ui.school.currentText() == "OBS De Korre" and not ui.school.isEnabled()
    assert ui.schoolClass.currentText() == "Groep 5 (2026-2027)"
    type_into(qtbot, ui.achternaam, "Bergh")
    type_into(qtbot, ui.birthDate, "6-3-2016")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved_id == student
    assert audit(store, "students", student)[-1] == (
        "update",
        {"achternaam": "Berg", "birth_date": "2016-03-05"},
        {"achternaam": "Bergh", "birth_date": "2016-03-06"},
    )
    assert len(rows(store, "SELECT id FROM enrolments")) == 1  # same class, no new enrolment


def test_moving_a_student_to_another_class(qtbot, context, store, school, groep5):
    student = add_sem(store, school, groep5)
    dialog = shown(qtbot, StudentDialog(context, student))
    choose(qtbot, dialog.ui.schoolClass, "Groep 6 (2026-2027)")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
    assert [e["end_date"] for e in store.records.enrolments(student)] == ["2026-11-24", None]
    assert store.people.students_on(TODAY)[0]["class_name"] == "Groep 6"
    assert store.people.students_on(date(2026, 11, 23))[0]["class_name"] == "Groep 5"


def test_escape_cancels_and_stores_nothing(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    fill_student(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.ui.achternaam, Qt.Key.Key_Escape)
    assert rows(store, "SELECT id FROM students") == []
    assert dialog.saved_id is None


# -- leaving --------------------------------------------------------------------------------------


def test_leaving_date_takes_the_student_off_later_lists_and_keeps_history(
    qtbot, context, store, school, groep5
):
    student = add_sem(store, school, groep5)
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    actions.set_selection("student", student)
    actions.set_left.trigger()
    dialog = actions.current_dialog
    assert isinstance(dialog, LeaveDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Leerling vertrekt"
    assert dialog.ui.explanation.text().startswith("Sem van der Berg vertrekt op deze datum")
    assert dialog.ui.leftDate.text() == "24-11-2026"  # today, ready to be typed over
    screenshot(dialog, "leave_student")
    type_into(qtbot, dialog.ui.leftDate, "01-02-2027")
    with qtbot.waitSignals([actions.record_saved, actions.records_changed], timeout=2000):
        press_enter(qtbot, dialog)
    assert store.records.student_row(student)["left_date"] == "2027-02-01"
    assert [s["id"] for s in store.people.students_on(date(2027, 1, 31))] == [student]
    assert store.people.students_on(date(2027, 2, 1)) == []
    assert store.people.students_on(date(2027, 3, 1)) == []
    assert store.people.student(student) is not None
    assert [e["class_name"] for e in store.people.enrolments_of(student)] == ["Groep 5"]
    assert store.people.enrolments_of(student)[0]["end_date"] == "2027-02-01"
    assert audit(store, "students", student)[-1] == (
        "update",
        {"left_date": None},
        {"left_date": "2027-02-01"},
    )


def test_leaving_date_before_enrolment_is_refused(qtbot, context, store, school, groep5):
    student = add_sem(store, school, groep5)
    dialog = shown(qtbot, LeaveDialog(context, "student", student))
    type_into(qtbot, dialog.ui.leftDate, "01-01-2010")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {"left_date": "Deze datum kan niet vóór 05-03-2016 liggen."}
    type_into(qtbot, dialog.ui.leftDate, "")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {"left_date": "Vul de vertrekdatum in."}
    assert store.records.student_row(student)["left_date"] is None


def test_employee_leaves(qtbot, context, store, school):
    employee = records.add_employee(
        store,
        records.EmployeeInput(
            staff_number="1001",
            roepnaam="Anne",
            achternaam="Bakker",
            employment_type="permanent",
            school_ids=[school],
            start_date="01-08-2020",
        ),
    )
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    actions.set_selection("employee", employee)
    assert actions.set_left.text() == "&Vertrekdatum invullen (uit dienst)…"
    dialog = actions.open_leave()
    assert dialog.windowTitle() == "Medewerker gaat uit dienst"
    type_into(qtbot, dialog.ui.leftDate, "31-12-2026")
    with qtbot.waitSignal(actions.records_changed, timeout=2000):
        press_enter(qtbot, dialog)
    assert store.people.employee(employee)["end_date"] == "2026-12-31"
    assert [e["id"] for e in store.people.employees_on(date(2026, 12, 30))] == [employee]
    assert store.people.employees_on(date(2026, 12, 31)) == []


# -- guardians ------------------------------------------------------------------------------------


@pytest.mark.parametrize("authority", [True, False], ids=["with-authority", "without-authority"])
def test_new_guardian_with_or_without_parental_authority(
    qtbot, context, store, school, groep5, authority
):
    student = add_sem(store, school, groep5)
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    actions.set_selection("student", student)
    assert actions.new_guardian.isEnabled()
    actions.new_guardian.trigger()
    dialog = actions.current_dialog
    assert isinstance(dialog, GuardianDialog)
    ui = dialog.ui
    assert ui.studentName.text() == "Ouder/verzorger van: Sem van der Berg"
    assert ui.newMode.isChecked() and ui.parentalAuthority.isChecked()
    type_into(qtbot, ui.roepnaam, "Anna")
    type_into(qtbot, ui.tussenvoegsel, "van der")
    type_into(qtbot, ui.achternaam, "Berg")
    type_into(qtbot, ui.email, "anna.vanderberg@example.nl")
    type_into(qtbot, ui.phone, "06-12345678")
    choose(qtbot, ui.relation, "moeder")
    if not authority:
        ui.parentalAuthority.setFocus()
        qtbot.keyClick(ui.parentalAuthority, Qt.Key.Key_Space)
    assert ui.parentalAuthority.isChecked() is authority
    screenshot(dialog, f"guardian_new_{'with' if authority else 'without'}_authority")
    ui.phone.setFocus()
    with qtbot.waitSignal(actions.records_changed, timeout=2000):
        press_enter(qtbot, dialog)
    [guardian] = store.people.guardians_of(student)
    assert guardian["id"] == dialog.saved_id
    assert (guardian["roepnaam"], guardian["tussenvoegsel"], guardian["achternaam"]) == (
        "Anna",
        "van der",
        "Berg",
    )
    assert (guardian["email"], guardian["phone"], guardian["relation"]) == (
        "anna.vanderberg@example.nl",
        "06-12345678",
        "moeder",
    )
    assert guardian["parental_authority"] == (1 if authority else 0)
    assert audit(store, "guardians", guardian["id"])[0][0] == "insert"


def test_guardian_problems_in_dutch(qtbot, context, store, school, groep5):
    student = add_sem(store, school, groep5)
    dialog = shown(qtbot, GuardianDialog(context, student))
    type_into(qtbot, dialog.ui.email, "anna@")
    type_into(qtbot, dialog.ui.phone, "bel mij")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {
        "achternaam": "Vul de achternaam in.",
        "email": "Dit is geen geldig e-mailadres.",
        "phone": "Dit is geen geldig telefoonnummer.",
    }
    screenshot(dialog, "guardian_errors")
    assert rows(store, "SELECT id FROM guardians") == []


def test_linking_the_guardian_of_a_sibling(qtbot, context, store, school, groep5):
    sem = add_sem(store, school, groep5)
    anna = records.add_guardian_for_student(
        store, sem, GuardianInput(roepnaam="Anna", achternaam="Jansen", relation="moeder")
    )
    lot = add_sem(store, school, groep5, number="00124")
    records.update_student(
        store,
        lot,
        StudentInput(
            school_id=school,
            student_number="00124",
            roepnaam="Lot",
            tussenvoegsel="van der",
            achternaam="Berg",
            birth_date="01-06-2018",
            class_id=groep5,
        ),
        today=TODAY,
    )
    dialog = shown(qtbot, GuardianDialog(context, lot))
    ui = dialog.ui
    qtbot.mouseClick(ui.existingMode, Qt.MouseButton.LeftButton)
    assert ui.pages.currentWidget() is ui.existingPage
    # Suggested at once: guardians of children with the student's surname (Sem van der Berg).
    assert ui.search.text() == "Berg"
    assert ui.guardianId.count() == 1
    assert ui.guardianId.item(0).data(GUARDIAN_ROLE) == anna
    # Nothing chosen yet: the office is told to pick one.
    type_into(qtbot, ui.search, "zzz")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {"guardian_id": "Kies een ouder/verzorger uit de lijst."}
    # The guardian's surname differs from the children's: search by the sibling's name.
    type_into(qtbot, ui.search, "Sem van der")
    assert ui.guardianId.count() == 0  # the search runs when the typing pauses
    qtbot.waitUntil(lambda: ui.guardianId.count() == 1, timeout=2000)
    item = ui.guardianId.item(0)
    assert item.text().startswith("Anna Jansen")
    assert "ouder/verzorger van: Sem van der Berg" in item.text()
    qtbot.mouseClick(
        ui.guardianId.viewport(),
        Qt.MouseButton.LeftButton,
        pos=ui.guardianId.visualItemRect(item).center(),
    )
    choose(qtbot, ui.relation, "moeder")
    screenshot(dialog, "guardian_link_existing")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        press_enter(qtbot, dialog)
    assert dialog.saved_id == anna
    assert [g["id"] for g in store.people.guardians_of(lot)] == [anna]
    assert [g["id"] for g in store.people.guardians_of(sem)] == [anna]
    assert len(rows(store, "SELECT id FROM guardians")) == 1
    link = store.records.guardian_link(lot, anna)
    assert audit(store, "student_guardians", link["id"])[0][2] == {
        "student_id": lot,
        "guardian_id": anna,
        "relation": "moeder",
        "parental_authority": 1,
    }


def test_editing_a_guardian_changes_parental_authority(qtbot, context, store, school, groep5):
    student = add_sem(store, school, groep5)
    guardian = records.add_guardian_for_student(
        store, student, GuardianInput(roepnaam="Anna", achternaam="Berg", relation="moeder")
    )
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    dialog = actions.open_guardian(student, guardian)
    ui = dialog.ui
    assert dialog.windowTitle() == "Ouder/verzorger wijzigen"
    assert ui.newMode.isHidden() and ui.existingMode.isHidden()
    assert (ui.roepnaam.text(), ui.relation.currentText()) == ("Anna", "moeder")
    screenshot(dialog, "guardian_edit")
    qtbot.mouseClick(ui.parentalAuthority, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(actions.records_changed, timeout=2000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert store.people.guardians_of(student)[0]["parental_authority"] == 0
    link = store.records.guardian_link(student, guardian)
    assert audit(store, "student_guardians", link["id"])[-1] == (
        "update",
        {"relation": "moeder", "parental_authority": 1},
        {"relation": "moeder", "parental_authority": 0},
    )


# -- employees ------------------------------------------------------------------------------------


def test_new_intern_at_two_schools(qtbot, context, store, school):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    actions.new_employee.trigger()
    dialog = actions.current_dialog
    assert isinstance(dialog, EmployeeDialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Nieuwe medewerker"
    type_into(qtbot, ui.staffNumber, "004711")
    type_into(qtbot, ui.roepnaam, "Anne")
    type_into(qtbot, ui.tussenvoegsel, "de")
    type_into(qtbot, ui.achternaam, "Vries")
    type_into(qtbot, ui.function, "Stagiair PABO")
    choose(qtbot, ui.employmentType, "stagiair")
    type_into(qtbot, ui.email, "anne.devries@korre.example")
    # Tick both schools from the keyboard: Space, Down, Space.
    ui.schools.setFocus()
    qtbot.keyClick(ui.schools, Qt.Key.Key_Space)
    qtbot.keyClick(ui.schools, Qt.Key.Key_Down)
    qtbot.keyClick(ui.schools, Qt.Key.Key_Space)
    type_into(qtbot, ui.startDate, "01-09-2026")
    screenshot(dialog, "employee_new")
    with qtbot.waitSignal(actions.record_saved, timeout=2000) as saved:
        press_enter(qtbot, dialog)
    assert saved.args == ["employee", dialog.saved_id]
    employee = store.people.employee(dialog.saved_id)
    assert employee["staff_number"] == "004711"
    assert (employee["roepnaam"], employee["tussenvoegsel"], employee["achternaam"]) == (
        "Anne",
        "de",
        "Vries",
    )
    assert (employee["function"], employee["employment_type"]) == ("Stagiair PABO", "intern")
    assert employee["schools"] == ("CBS Het Kompas", "OBS De Korre")
    assert (employee["start_date"], employee["end_date"]) == ("2026-09-01", None)
    assert audit(store, "employees", dialog.saved_id)[0][0] == "insert"
    assert len(rows(store, "SELECT * FROM employee_schools")) == 2


def test_employee_name_in_use_and_unknown_start(qtbot, context, store, school):
    dialog = shown(qtbot, EmployeeDialog(context))
    ui = dialog.ui
    type_into(qtbot, ui.staffNumber, "2040")
    type_into(qtbot, ui.roepnaam, "Petra")
    type_into(qtbot, ui.achternaam, "Jansen")
    choose(qtbot, ui.naamgebruik, "achternaam partner, dan eigen")
    choose(qtbot, ui.employmentType, "onbekend")
    ui.schools.item(0).setCheckState(Qt.CheckState.Checked)
    press_enter(qtbot, dialog)  # a partner's name in use needs that name
    assert dialog.problems_shown() == {
        "partner_achternaam": "Vul de achternaam van de partner in, of kies de eigen achternaam."
    }
    type_into(qtbot, ui.partnerTussenvoegsel, "de")
    assert "partner_achternaam" in dialog.problems_shown()  # not this field's problem
    type_into(qtbot, ui.partnerAchternaam, "Boer")
    assert dialog.problems_shown() == {}  # fixed: the message goes at once
    assert ui.nameInUse.text() == "Zo getoond: Petra de Boer-Jansen"
    screenshot(dialog, "employee_name_in_use")
    press_enter(qtbot, dialog)  # no start date: it is not known
    assert not dialog.isVisible()
    (employee,) = rows(store, "SELECT * FROM employees")
    assert (employee["naamgebruik"], employee["partner_tussenvoegsel"]) == ("partner-eigen", "de")
    assert (employee["partner_achternaam"], employee["start_date"]) == ("Boer", None)
    assert employee["employment_type"] == "unknown"
    reopened = shown(qtbot, EmployeeDialog(context, employee["id"]))
    assert reopened.ui.naamgebruik.currentData() == "partner-eigen"
    assert reopened.ui.nameInUse.text() == "Zo getoond: Petra de Boer-Jansen"


def test_a_message_goes_when_its_field_changes(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert set(dialog.problems_shown()) == {"student_number", "roepnaam", "achternaam"}
    type_into(qtbot, dialog.ui.roepnaam, "Wimpie")  # one name is enough: both messages go
    assert set(dialog.problems_shown()) == {"student_number"}


def test_employee_problems_in_dutch_and_editing(qtbot, context, store, school):
    existing = records.add_employee(
        store,
        records.EmployeeInput(
            staff_number="1001",
            roepnaam="Anne",
            achternaam="Bakker",
            employment_type="permanent",
            school_ids=[school],
            start_date="01-08-2020",
        ),
    )
    dialog = shown(qtbot, EmployeeDialog(context))
    type_into(qtbot, dialog.ui.staffNumber, "1001")
    type_into(qtbot, dialog.ui.startDate, "01-09-2026")
    type_into(qtbot, dialog.ui.endDate, "31-08-2026")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {
        "staff_number": "Personeelsnummer 1001 bestaat al (Anne Bakker).",
        "roepnaam": "Vul de roepnaam of de achternaam in.",
        "achternaam": "Vul de roepnaam of de achternaam in.",
        "employment_type": "Kies het dienstverband.",
        "end_date": "Deze datum kan niet vóór 01-09-2026 liggen.",
    }
    screenshot(dialog, "employee_errors")
    assert len(rows(store, "SELECT id FROM employees")) == 1

    edit = shown(qtbot, EmployeeDialog(context, existing))
    assert edit.windowTitle() == "Medewerker wijzigen"
    assert edit.ui.employmentType.currentText() == "vast"
    assert edit.checked_school_ids() == [school]
    choose(qtbot, edit.ui.employmentType, "tijdelijk")
    with qtbot.waitSignal(edit.accepted, timeout=2000):
        press_enter(qtbot, edit)
    assert audit(store, "employees", existing)[-1] == (
        "update",
        {"employment_type": "permanent"},
        {"employment_type": "temporary"},
    )


# -- schools, school years, classes ---------------------------------------------------------------


def test_new_school_school_year_and_class_from_the_actions(qtbot, context, store):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    changed = []
    actions.records_changed.connect(lambda: changed.append(True))

    actions.new_school.trigger()
    dialog = actions.current_dialog
    assert dialog.windowTitle() == "Nieuwe school"
    type_into(qtbot, dialog.ui.name, "OBS De Korre")
    type_into(qtbot, dialog.ui.brin, "12ab")
    screenshot(dialog, "school_new")
    press_enter(qtbot, dialog)
    assert rows(store, "SELECT name, brin FROM schools") == [
        {"name": "OBS De Korre", "brin": "12AB"}
    ]

    actions.new_school_year.trigger()
    dialog = actions.current_dialog
    assert dialog.ui.label.text() == "2026-2027"  # the current school year is suggested
    assert dialog.ui.period.text() == "01-08-2026 t/m 31-07-2027"
    screenshot(dialog, "school_year_new")
    press_enter(qtbot, dialog)
    assert rows(store, "SELECT label, start_date, end_date FROM school_years") == [
        {"label": "2026-2027", "start_date": "2026-08-01", "end_date": "2027-07-31"}
    ]

    actions.new_class.trigger()
    dialog = actions.current_dialog
    assert (dialog.ui.school.currentText(), dialog.ui.schoolYear.currentText()) == (
        "OBS De Korre",
        "2026-2027",
    )
    type_into(qtbot, dialog.ui.name, "Groep 5")
    screenshot(dialog, "class_new")
    press_enter(qtbot, dialog)
    assert rows(store, "SELECT name FROM classes") == [{"name": "Groep 5"}]
    assert len(changed) == 3


def test_school_year_and_class_problems_in_dutch(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, SchoolYearDialog(context))
    assert dialog.ui.label.text() == "2027-2028"  # the next one not yet on record
    type_into(qtbot, dialog.ui.label, "2026/2027")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {"label": "Schooljaar 2026-2027 bestaat al."}
    type_into(qtbot, dialog.ui.label, "2026-2028")
    assert dialog.ui.period.text() == "–"
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {"label": "Typ het schooljaar als 2026-2027."}

    klass = shown(qtbot, ClassDialog(context))
    choose(qtbot, klass.ui.school, "OBS De Korre")
    type_into(qtbot, klass.ui.name, "groep 5")
    press_enter(qtbot, klass)
    assert klass.problems_shown() == {
        "name": "Deze klas bestaat al op deze school in dit schooljaar."
    }
    screenshot(klass, "class_taken")

    school_dialog = shown(qtbot, SchoolDialog(context))
    type_into(qtbot, school_dialog.ui.name, "obs de korre")
    type_into(qtbot, school_dialog.ui.brin, "1A2B")
    press_enter(qtbot, school_dialog)
    assert school_dialog.problems_shown() == {
        "name": "Er bestaat al een school met deze naam.",
        "brin": "Een BRIN-nummer bestaat uit twee cijfers en twee letters, bijvoorbeeld 12AB.",
    }
    assert len(rows(store, "SELECT id FROM schools")) == 2


def test_renaming_a_class_and_editing_a_school(qtbot, context, store, school, groep5):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    dialog = actions.open_class(groep5)
    assert dialog.windowTitle() == "Klas hernoemen"
    assert not dialog.ui.school.isEnabled() and not dialog.ui.schoolYear.isEnabled()
    type_into(qtbot, dialog.ui.name, "Groep 5A")
    press_enter(qtbot, dialog)
    assert audit(store, "classes", groep5)[-1] == (
        "update",
        {"name": "Groep 5"},
        {"name": "Groep 5A"},
    )
    dialog = actions.open_school(school)
    assert (dialog.windowTitle(), dialog.ui.name.text()) == ("School wijzigen", "OBS De Korre")
    type_into(qtbot, dialog.ui.brin, "34CD")
    press_enter(qtbot, dialog)
    assert store.records.school(school)["brin"] == "34CD"


# -- the actions and errors ----------------------------------------------------------------------


def test_actions_follow_the_selection(qtbot, context):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    person_actions = (actions.new_guardian, actions.edit_selected, actions.set_left)
    always = (
        actions.new_student,
        actions.new_employee,
        actions.new_school,
        actions.new_class,
        actions.new_school_year,
    )
    assert len(actions.actions()) == 8
    assert all(a.isEnabled() for a in always)
    assert not any(a.isEnabled() for a in person_actions)
    actions.set_selection("student", 7)
    assert all(a.isEnabled() for a in person_actions)
    assert actions.selection() == ("student", 7)
    actions.set_selection("employee", 8)
    assert [a.isEnabled() for a in person_actions] == [False, True, True]
    actions.set_selection("student", None)
    assert not any(a.isEnabled() for a in person_actions)
    actions.set_selection("guardian", 3)
    assert actions.selection() == (None, None)
    # Every action has a Dutch text with its own accelerator.
    texts = [a.text() for a in actions.actions()]
    assert texts[0] == "Nieuwe &leerling…"
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(keys)) == len(keys), texts


def test_edit_selected_opens_the_right_dialog(qtbot, context, store, school, groep5):
    student = add_sem(store, school, groep5)
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    actions.set_selection("student", student)
    actions.edit_selected.trigger()
    assert isinstance(actions.current_dialog, StudentDialog)
    assert actions.current_dialog.student_id == student
    with qtbot.waitSignal(actions.current_dialog.finished, timeout=2000):
        qtbot.keyClick(actions.current_dialog.ui.roepnaam, Qt.Key.Key_Escape)
    assert actions.current_dialog is None


def test_no_reload_signal_after_cancel_or_a_refused_save(qtbot, context, store, school, groep5):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    changed = []
    actions.records_changed.connect(lambda: changed.append(True))
    dialog = actions.open_new_student()
    press_enter(qtbot, dialog)  # empty: refused
    assert dialog.isVisible()
    qtbot.keyClick(dialog.ui.roepnaam, Qt.Key.Key_Escape)
    assert changed == []


def test_other_errors_go_to_the_error_presenter(qtbot, context, store, monkeypatch):
    def locked(*_args, **_kwargs):
        raise DatabaseLockedError("locked")

    monkeypatch.setattr(records, "add_school", locked)
    dialog = shown(qtbot, SchoolDialog(context))
    type_into(qtbot, dialog.ui.name, "OBS De Korre")
    press_enter(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.name.text() == "OBS De Korre"
    assert len(context.errors.shown) == 1
    assert "in gebruik door een ander programma" in context.errors.shown[0]


# -- messages, keyboard and layout -------------------------------------------------------------


def test_every_problem_code_has_its_own_dutch_message(dutch):
    fallback = problem_text(FieldProblem("x", "no such code"))
    assert fallback == "Deze waarde kan niet worden opgeslagen."
    codes = [
        getattr(v, name)
        for name in dir(v)
        if name.isupper() and not name.startswith("_") and isinstance(getattr(v, name), str)
    ]
    for code in codes:
        text = problem_text(FieldProblem("x", code, {"earliest": "2026-08-01"}))
        assert text != fallback, code
    required = {
        field: problem_text(FieldProblem(field, v.REQUIRED))
        for field in ("student_number", "staff_number", "school_id", "left_date", "unknown")
    }
    assert required == {
        "student_number": "Vul het leerlingnummer in.",
        "staff_number": "Vul het personeelsnummer in.",
        "school_id": "Kies een school.",
        "left_date": "Vul de vertrekdatum in.",
        "unknown": "Vul dit veld in.",
    }


def all_dialogs(
    context: AppContext, store: Store, school: int, groep5: int
) -> dict[str, RecordDialog]:
    student = add_sem(store, school, groep5)
    guardian = records.add_guardian_for_student(store, student, GuardianInput(achternaam="Berg"))
    employee = records.add_employee(
        store,
        records.EmployeeInput(
            staff_number="1001",
            roepnaam="Anne",
            achternaam="Bakker",
            employment_type="intern",
            school_ids=[school],
            start_date="01-08-2020",
        ),
    )
    return {
        "school": SchoolDialog(context),
        "school_year": SchoolYearDialog(context),
        "class": ClassDialog(context),
        "student": StudentDialog(context),
        "student_edit": StudentDialog(context, student),
        "employee": EmployeeDialog(context),
        "employee_edit": EmployeeDialog(context, employee),
        "guardian": GuardianDialog(context, student),
        "guardian_edit": GuardianDialog(context, student, guardian),
        "leave_student": LeaveDialog(context, "student", student),
        "leave_employee": LeaveDialog(context, "employee", employee),
    }


def form_labels(dialog: QDialog) -> list[QLabel]:
    labels = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    return labels


def test_labels_have_buddies_and_unique_accelerators(qtbot, context, store, school, groep5):
    for name, dialog in all_dialogs(context, store, school, groep5).items():
        qtbot.addWidget(dialog)
        labels = form_labels(dialog)
        assert labels, name
        keys = []
        for label in labels:
            assert label.buddy() is not None, (name, label.objectName())
            assert "&" in label.text(), (name, label.text())
            keys.append(label.text()[label.text().index("&") + 1].lower())
        for button in dialog.findChildren(QAbstractButton):
            if "&" in button.text() and button.isVisibleTo(dialog):
                keys.append(button.text()[button.text().index("&") + 1].lower())
        assert len(set(keys)) == len(keys), (name, [label.text() for label in labels])


def test_tab_goes_through_the_fields_in_order(qtbot, context, store, school, groep5):
    dialog = shown(qtbot, StudentDialog(context))
    dialog.activateWindow()
    ui = dialog.ui
    ui.school.setFocus()
    order = [ui.school.objectName()]
    for _ in range(8):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget().objectName())
    assert order == [
        "school",
        "studentNumber",
        "roepnaam",
        "tussenvoegsel",
        "achternaam",
        "birthDate",
        "enrolledDate",
        "schoolClass",
        "",  # the OK button
    ]
    assert dialog.focusWidget() is ok_button(dialog)


def test_every_dialog_in_dutch_fits_its_window(qtbot, context, store, school, groep5):
    """Grab each dialog to /tmp/dialogs (to look at) and check that nothing is cut off."""
    for name, dialog in all_dialogs(context, store, school, groep5).items():
        shown(qtbot, dialog)
        if name in ("student", "employee", "guardian"):
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # all problems
            name += "_problems"
        qtbot.wait(0)
        assert screenshot(dialog, name).stat().st_size > 1000
        area = dialog.rect()
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisibleTo(dialog) or widget.window() is not dialog:
                continue
            rect = widget.rect().translated(widget.mapTo(dialog, widget.rect().topLeft()))
            assert area.contains(rect), (name, widget.objectName(), rect, area)
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
                assert widget.width() >= widget.sizeHint().width(), (name, widget.text())
            if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
                assert widget.height() >= widget.heightForWidth(widget.width()), (
                    name,
                    widget.text(),
                )
        dialog.close()


def test_the_next_new_student_starts_at_the_school_of_the_last(
    qtbot, context, store, school, groep5
):
    window = QWidget()
    qtbot.addWidget(window)
    actions = RecordActions(context, window)
    first = actions.open_new_student()
    assert first.ui.school.currentText() == "CBS Het Kompas"  # alphabetically first
    fill_student(qtbot, first)
    with qtbot.waitSignal(actions.records_changed, timeout=2000):
        press_enter(qtbot, first)
    second = actions.open_new_student()
    assert second.ui.school.currentText() == "OBS De Korre"
    assert actions.open_new_class().ui.school.currentText() == "OBS De Korre"
