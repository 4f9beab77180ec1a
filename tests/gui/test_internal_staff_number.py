"""An intern or volunteer may have no staff number: the app gives an internal one
("INT-0001"), shown as such in the dialog and the detail pane."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.domain.staff_numbers import is_internal, next_internal
from korre_desktop.gui.detail_html import person_html
from korre_desktop.gui.dialogs.employee_dialog import EmployeeDialog
from korre_desktop.services import records
from korre_desktop.services.person_detail import person_detail
from korre_desktop.services.records import EmployeeInput, RecordValidationError
from korre_desktop.services.status import employee_statuses_on
from tests.gui import test_record_dialogs as dialogs
from tests.gui.test_record_dialogs import TODAY, choose, press_enter, shown, type_into

context = dialogs.context  # the record dialogs' fixtures: a Dutch window context ...
school = dialogs.school  # ... and two schools


def _input(kind: str, number: str = "") -> EmployeeInput:
    return EmployeeInput(
        staff_number=number,
        roepnaam="Sanne",
        achternaam="Kok",
        employment_type=kind,
        start_date=date(2026, 9, 1),
    )


def test_next_internal_number() -> None:
    assert next_internal([]) == "INT-0001"
    assert next_internal(["INT-0001", "INT-0009", "004711", "INT-x"]) == "INT-0010"
    assert is_internal("INT-0042") and not is_internal("0042") and not is_internal("INT-")


def test_interns_and_volunteers_get_an_internal_number(store) -> None:
    intern = records.add_employee(store, _input("intern"))
    volunteer = records.add_employee(store, _input("volunteer"))
    numbered = records.add_employee(store, _input("intern", "004711"))
    numbers = [store.people.employee(i)["staff_number"] for i in (intern, volunteer, numbered)]
    assert numbers == ["INT-0001", "INT-0002", "004711"]
    # Saved again without a number, the intern keeps theirs.
    records.update_employee(store, intern, _input("intern"))
    assert store.people.employee(intern)["staff_number"] == "INT-0001"
    # Everyone else still needs a number from HR.
    with pytest.raises(RecordValidationError) as raised:
        records.add_employee(store, _input("permanent"))
    assert [p.field for p in raised.value.problems] == ["staff_number"]


def test_the_dialog_saves_an_intern_without_a_number(qtbot, context, store, school) -> None:
    dialog = shown(qtbot, EmployeeDialog(context))
    ui = dialog.ui
    assert ui.staffNumber.placeholderText() == ""
    type_into(qtbot, ui.roepnaam, "Sanne")
    type_into(qtbot, ui.achternaam, "Kok")
    choose(qtbot, ui.employmentType, "stagiair")
    assert ui.staffNumber.placeholderText() == "leeg: de app geeft een intern nummer"
    ui.schools.item(0).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, ui.startDate, "01-09-2026")
    press_enter(qtbot, dialog)
    assert dialog.problems_shown() == {}
    employee = store.people.employee(dialog.saved_id)
    assert employee["staff_number"] == "INT-0001"
    reopened = shown(qtbot, EmployeeDialog(context, dialog.saved_id))
    assert reopened.ui.staffNumber.text() == "INT-0001"
    assert reopened.ui.staffNumber.toolTip() == "Intern nummer, gegeven door de app"
    (person,) = employee_statuses_on(store, TODAY, with_consent=False)
    html = person_html(person, person_detail(store, "employee", person.id), TODAY, [])
    assert "INT-0001 <i>(intern nummer)</i>" in html
