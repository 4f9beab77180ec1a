"""Beheer → Persmeldingen: the list per school (newest first) and the form, which saves
through the service and shows what the service refuses beside its field in Dutch, with
nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.message_viewer import MessageViewer
from korre_desktop.gui.dialogs.press_report_dialog import PressReportDialog
from korre_desktop.gui.dialogs.press_reports_dialog import PressReportsDialog
from korre_desktop.services.entry import people_to_choose
from korre_desktop.services.press_reports import (
    PressReportInput,
    add_press_report,
    list_press_reports,
)
from korre_desktop.store import Store
from tests.gui.conftest import make_context
from tests.services.protocol_people import (
    TODAY,
    Foundation,
    build_foundation,
    eml_bytes,
    eml_document,
)


@pytest.fixture
def foundation(store: Store) -> Foundation:
    return build_foundation(store)


@pytest.fixture
def context(store: Store, foundation: Foundation, settings, dutch) -> Iterator[AppContext]:
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()


def opened(qtbot, dialog):
    """On screen, as the user has it (a message shows beside a visible field only)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def employee(store: Store, employee_id: int):
    return next(
        c for c in people_to_choose(store, TODAY) if (c.kind, c.id) == ("employee", employee_id)
    )


def count(store: Store, table: str) -> int:
    return store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def report(store: Store, f: Foundation, **changes) -> int:
    values = {
        "report_date": "20-11-2026",
        "employee_id": f.teacher,
        "medium": "Dagblad van het Noorden",
        "subject": "Vragen over een foto op Instagram",
        "reported_to_employee_id": f.director,
    }
    return add_press_report(store, PressReportInput(**{**values, **changes}), today=TODAY)


# -- the form -------------------------------------------------------------------------------


def test_a_press_report_is_saved_through_the_service(qtbot, context, foundation, tmp_path):
    store = context.store
    dialog = opened(qtbot, PressReportDialog(context))
    ui = dialog.ui
    assert dialog.windowTitle() == "Nieuwe persmelding"
    assert ui.reportDate.text() == "24-11-2026"
    assert [ui.school.itemText(i) for i in range(3)] == [
        "De school van de medewerker",
        "Stichting",
        "CBS Het Kompas",
    ]
    assert [ui.reportedTo.itemText(i) for i in range(ui.reportedTo.count())] == [
        "Bea Bos (Bestuurder)",
        "Dirk de Wit (Directeur)",
    ]
    assert ui.reportedTo.currentIndex() == -1  # chosen on purpose, never by default
    ui.reportDate.setText("20-11-26")
    ui.employee.pick(employee(store, foundation.teacher))
    ui.medium.setText("  RTV  Drenthe ")
    ui.subject.setText("Vragen over de schoolreis")
    ui.reportedTo.setCurrentIndex(ui.reportedTo.findData(foundation.director))
    ui.note.setText("Telefonisch gemeld")
    mail = tmp_path / "pers.eml"
    mail.write_bytes(eml_bytes("Vraag van RTV Drenthe"))
    ui.attachment.load_file(mail)
    qtbot.waitUntil(lambda: not ui.attachment.is_busy(), timeout=10_000)
    dialog.accept()
    assert dialog.problems_shown() == {}
    (saved,) = list_press_reports(store)
    assert saved.id == dialog.saved_id
    assert (saved.report_date, saved.employee_id, saved.medium) == (
        date(2026, 11, 20),
        foundation.teacher,
        "RTV Drenthe",
    )
    # The default school: the employee's own.
    assert (saved.school_id, saved.school_name) == (foundation.school, "OBS De Linde")
    assert (saved.reported_to_employee_id, saved.note) == (
        foundation.director,
        "Telefonisch gemeld",
    )
    assert saved.attachment_name == "pers.eml"
    assert store.blob(saved.attachment_sha256) == eml_bytes("Vraag van RTV Drenthe")


def test_reported_to_someone_not_management_is_refused_in_dutch_and_nothing_is_stored(
    qtbot, context, foundation
):
    store = context.store
    dialog = opened(qtbot, PressReportDialog(context))
    ui = dialog.ui
    dialog.accept()
    assert dialog.problems_shown() == {
        "employee_id": "Kies de medewerker.",
        "medium": "Vul het medium in: de krant, omroep of website.",
        "subject": "Vul het onderwerp in.",
        "reported_to_employee_id": "Kies aan wie van de directie het is gemeld.",
    }
    ui.employee.pick(employee(store, foundation.teacher))
    assert ui.employeeError.isHidden()  # fixed: its message goes
    ui.medium.setText("Dagblad van het Noorden")
    ui.subject.setText("Een foto op Instagram")
    ui.reportedTo.addItem("Uma Smit", foundation.unsigned_teacher)  # not management
    ui.reportedTo.setCurrentIndex(ui.reportedTo.count() - 1)
    ui.reportDate.setText("25-11-2026")
    dialog.accept()
    assert dialog.problems_shown() == {
        "report_date": "Deze datum kan niet in de toekomst liggen.",
        "reported_to_employee_id": (
            "Uma Smit (Leerkracht) hoort niet bij de directie; perscontact wordt gemeld aan de "
            "directie."
        ),
    }
    assert not ui.reportedToError.isHidden() and dialog.saved_id is None
    assert count(store, "press_reports") == 0
    # Management approached by the press reports it to someone else of management.
    ui.reportDate.setText("24-11-2026")
    ui.employee.pick(employee(store, foundation.director))
    ui.reportedTo.setCurrentIndex(ui.reportedTo.findData(foundation.director))
    dialog.accept()
    assert dialog.problems_shown() == {
        "reported_to_employee_id": (
            "Dirk de Wit is zelf door de pers benaderd: meld het aan iemand anders van de directie."
        )
    }
    assert count(store, "press_reports") == 0
    ui.reportedTo.setCurrentIndex(ui.reportedTo.findData(foundation.board))
    dialog.accept()
    assert dialog.problems_shown() == {} and count(store, "press_reports") == 1


def test_an_employee_at_several_schools_is_asked_to_choose_the_school(qtbot, context, foundation):
    store = context.store
    store.insert(
        "employee_schools",
        {"employee_id": foundation.teacher, "school_id": foundation.other_school},
    )
    dialog = opened(qtbot, PressReportDialog(context))
    ui = dialog.ui
    ui.employee.pick(employee(store, foundation.teacher))
    ui.medium.setText("Dagblad van het Noorden")
    ui.subject.setText("Een foto op Instagram")
    ui.reportedTo.setCurrentIndex(ui.reportedTo.findData(foundation.director))
    dialog.accept()
    assert dialog.problems_shown() == {
        "school_id": (
            "De medewerker werkt op meer scholen (CBS Het Kompas; OBS De Linde): kies de school "
            "waar de melding over gaat."
        )
    }
    assert count(store, "press_reports") == 0
    ui.school.setCurrentIndex(ui.school.findData(foundation.other_school))
    assert ui.schoolError.isHidden()
    dialog.accept()
    assert list_press_reports(store)[0].school_id == foundation.other_school


# -- the list -------------------------------------------------------------------------------


def test_the_list_per_school_newest_first_with_the_note_and_the_attachment(
    qtbot, context, foundation
):
    store = context.store
    f = foundation
    older = report(store, f, report_date="02-10-2026", school_id=f.other_school)
    own = report(
        store,
        f,
        employee_id=f.board,
        subject="Interview over het beleid",
        note="Doorverwezen naar de woordvoerder",
        attachment=eml_document("Interviewverzoek"),
    )
    newest = report(store, f, report_date="21-11-2026")
    dialog = opened(qtbot, PressReportsDialog(context))
    ui, model = dialog.ui, dialog.model
    assert dialog.windowTitle() == "Persmeldingen"
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Datum",
        "Medewerker",
        "School",
        "Medium",
        "Onderwerp",
        "Gemeld aan",
        "Bijlage",
    ]
    assert [model.person(r).id for r in range(model.rowCount())] == [newest, own, older]
    assert [model.index(r, 2).data() for r in range(3)] == [
        "OBS De Linde",
        "Stichting",
        "CBS Het Kompas",
    ]
    assert [ui.school.itemText(i) for i in range(2)] == ["Alle scholen", "Stichting"]
    assert ui.detail.text() == "Kies een melding om de opmerking te zien."
    assert not ui.viewAttachment.isEnabled()
    ui.school.setCurrentIndex(1)  # the foundation's own
    assert [model.person(r).id for r in range(model.rowCount())] == [own]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "20-11-2026",
        "Bea Bos",
        "Stichting",
        "Dagblad van het Noorden",
        "Interview over het beleid",
        "Dirk de Wit",
        "toestemming.eml",
    ]
    assert (
        model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Doorverwezen naar de woordvoerder"
    )
    ui.table.selectRow(0)
    assert "Doorverwezen naar de woordvoerder" in ui.detail.text()
    assert ui.viewAttachment.isEnabled()
    viewer = dialog.open_attachment()
    assert isinstance(viewer, MessageViewer)
    assert viewer.ui.subject.text() == "Interviewverzoek"
    viewer.close()
    ui.school.setCurrentIndex(ui.school.findData(f.school))
    assert [model.person(r).id for r in range(model.rowCount())] == [newest]
    ui.table.selectRow(0)
    assert not ui.viewAttachment.isEnabled()  # no attachment


def test_a_new_report_from_the_list_is_shown_selected(qtbot, context, foundation):
    store = context.store
    dialog = opened(qtbot, PressReportsDialog(context))
    dialog.ui.school.setCurrentIndex(1)  # the foundation's: the new one is of a school
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    form = dialog.open_new()
    assert isinstance(form, PressReportDialog)
    form.ui.employee.pick(employee(store, foundation.teacher))
    form.ui.medium.setText("Omroep Zuid")
    form.ui.subject.setText("Een filmpje op TikTok")
    form.ui.reportedTo.setCurrentIndex(form.ui.reportedTo.findData(foundation.board))
    form.accept()
    assert changed == [True]
    assert dialog.ui.school.currentIndex() == 0  # all schools: the new report is in view
    assert dialog.selected().id == form.saved_id
    # Append-only: the window offers nothing to change or remove a report with.
    texts = {button.text() for button in dialog.findChildren(type(dialog.ui.newReport))}
    assert not any("wijzig" in t.casefold() or "verwijder" in t.casefold() for t in texts)
