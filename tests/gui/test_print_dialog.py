"""The print dialog: preview, save as PDF, print, trip groups; the PDF is made off the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from korre_desktop.gui.dialogs.print_no_photo import PrintListDialog
from korre_desktop.gui.print_actions import PrintActions
from korre_desktop.services import entry, groups
from korre_desktop.services.status import student_statuses_on
from korre_desktop.store import Store
from tests.gui.conftest import DEMO_DAY, make_context

WAIT = 20_000


@pytest.fixture
def context(demo_db: Path, settings, qapp):
    store = Store.open(demo_db, actor="test")
    made = make_context(store, settings, DEMO_DAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()
    store.close()


@pytest.fixture
def actions(qtbot, context) -> Iterator[PrintActions]:
    window = QWidget()
    qtbot.addWidget(window)
    made = PrintActions(context, window)
    yield made
    if made.current_dialog is not None:  # before the database closes
        made.current_dialog.close()


@pytest.fixture
def a_class(context) -> tuple[str, str, list]:
    students = student_statuses_on(context.store, DEMO_DAY)
    school, klass = min((p.school, p.class_name) for p in students)
    return school, klass, [p for p in students if (p.school, p.class_name) == (school, klass)]


def texts(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def finished(qtbot, dialog: PrintListDialog) -> None:
    qtbot.waitUntil(lambda: dialog.outcome != "" and not dialog.is_busy(), timeout=WAIT)


def save_to(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )


def test_preview_opens_on_the_selected_class(qtbot, actions, a_class) -> None:
    school, klass, _ = a_class
    actions.set_class_context(school, klass)
    dialog = actions.open_no_photo()
    assert actions.current_dialog is dialog and dialog.isVisible()
    assert dialog.current_school() == school and dialog.checked_classes() == [klass]
    assert dialog.ui.validOn.text() == "24-11-2026"
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    assert dialog.is_busy() and not dialog.ui.previewButton.isEnabled()
    finished(qtbot, dialog)
    assert dialog.outcome == "previewed" and dialog.ui.previewButton.isEnabled()
    viewer = dialog.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.page.maximum() == dialog.last_summary.pages >= 1
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=WAIT)
    assert viewer._pixmap.width() > 1000  # an A4 page rendered sharp enough to read


def test_save_as_pdf(qtbot, monkeypatch, actions, a_class, tmp_path, context) -> None:
    school, klass, students = a_class
    actions.set_class_context(school, klass)
    dialog = actions.open_no_photo()
    dialog.ui.validOn.setText("01-12-2026")
    save_to(monkeypatch, tmp_path / "lijst")  # ".pdf" is added
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert dialog.outcome == "saved" and dialog.last_saved == tmp_path / "lijst.pdf"
    pages = texts(tmp_path / "lijst.pdf")
    assert klass in pages[0] and school in pages[0]
    assert "Geldig op dinsdag 1 december 2026" in pages[0]
    assert dialog.last_summary.students == len(students)
    assert context.settings.value("folders/print") == str(tmp_path)

    # The whole school: a section per class.
    dialog.ui.schoolRadio.setChecked(True)
    save_to(monkeypatch, tmp_path / "school.pdf")
    dialog.save_pdf()
    finished(qtbot, dialog)
    assert 1 < dialog.last_summary.sections <= dialog.ui.classes.count()


def test_trip_group_is_saved_and_reused(qtbot, monkeypatch, actions, context, tmp_path) -> None:
    dialog = actions.open_no_photo()
    ui = dialog.ui
    qtbot.mouseClick(ui.groupRadio, Qt.MouseButton.LeftButton)
    assert ui.group.count() == 0 and ui.newGroupButton.isVisible()
    qtbot.mouseClick(ui.newGroupButton, Qt.MouseButton.LeftButton)
    assert ui.newGroupBox.isVisible()

    # Refused while incomplete; nothing is written.
    qtbot.mouseClick(ui.saveGroupButton, Qt.MouseButton.LeftButton)
    assert ui.groupMessage.text() and groups.list_groups(context.store) == []

    qtbot.keyClicks(ui.groupName, "Kamp Texel")
    ui.groupDate.setText("12-06-2027")
    choices = [c for c in entry.people_to_choose(context.store, DEMO_DAY) if c.kind == "student"]
    first = choices[0]
    second = next(
        c for c in choices if (c.school, c.class_name) != (first.school, first.class_name)
    )
    for person in (first, second, first):  # picking someone twice adds them once
        ui.memberPicker.pick(person)
    assert dialog.member_ids() == [first.id, second.id]
    qtbot.mouseClick(ui.saveGroupButton, Qt.MouseButton.LeftButton)

    (saved,) = groups.list_groups(context.store)
    assert (saved.name, saved.members, str(saved.trip_date)) == ("Kamp Texel", 2, "2027-06-12")
    assert not ui.newGroupBox.isVisible() and dialog.current_group() == saved
    assert ui.validOn.text() == "12-06-2027"  # the list is for the trip date
    dialog.close()

    # Another time: pick the saved group and print it.
    again = actions.open_no_photo()
    again.ui.groupRadio.setChecked(True)
    assert again.ui.group.count() == 1
    again.ui.group.setCurrentIndex(0)
    assert again.ui.validOn.text() == "12-06-2027"
    save_to(monkeypatch, tmp_path / "kamp.pdf")
    again.save_pdf()
    finished(qtbot, again)
    text = texts(tmp_path / "kamp.pdf")[0]
    assert "Reisgroep Kamp Texel (12-06-2027)" in text
    assert first.name in text and second.name in text
    assert again.last_summary.students == 2


def test_print_paints_every_page_and_cancel_stops(
    qtbot, monkeypatch, actions, a_class, tmp_path
) -> None:
    school, klass, _ = a_class
    actions.set_class_context(school, klass)
    dialog = actions.open_no_photo()
    dialog.ui.schoolRadio.setChecked(True)
    monkeypatch.setattr(PrintListDialog, "ask_printer", lambda self, printer: True)
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(40)  # keeps the test fast; real printers use up to 300 dpi here
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert dialog.outcome == "printed"
    document = pdfium.PdfDocument(tmp_path / "printed.pdf")
    assert len(document) == dialog.last_summary.pages > 1
    document.close()

    job = dialog.preview()
    job.cancel()
    finished(qtbot, dialog)
    assert dialog.outcome == "cancelled" and dialog.viewer is None


def test_a_failure_is_shown_and_nothing_is_written(
    qtbot, monkeypatch, actions, context, a_class, tmp_path
) -> None:
    actions.set_class_context(a_class[0], a_class[1])
    dialog = actions.open_no_photo()
    save_to(monkeypatch, tmp_path / "bestaat-niet" / "lijst.pdf")
    dialog.save_pdf()
    finished(qtbot, dialog)
    assert dialog.outcome == "failed" and len(context.errors.shown) == 1
    assert not (tmp_path / "bestaat-niet").exists()
    # No class ticked: nothing starts.
    dialog.set_classes_checked([])
    assert dialog.preview() is None and not dialog.is_busy()
    # A school nobody attends on the date: said in the dialog, no error box.
    dialog.ui.schoolRadio.setChecked(True)
    dialog.ui.validOn.setText("01-01-2035")
    dialog.preview()
    finished(qtbot, dialog)
    assert dialog.outcome == "failed" and dialog.ui.message.text()
    assert len(context.errors.shown) == 1 and dialog.viewer is None


def test_worklists_for_one_school(qtbot, monkeypatch, actions, a_class, tmp_path) -> None:
    school, klass, _ = a_class
    actions.set_class_context(school, None)
    dialog = actions.open_worklists()
    assert dialog.current_school() == school and not dialog.ui.classes.isVisible()
    assert dialog.ui.klass.isVisible() and dialog.ui.klass.currentData() is None
    save_to(monkeypatch, tmp_path / "werk.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    pages = texts(tmp_path / "werk.pdf")
    assert "Werklijsten" in pages[0] and school in pages[0]
    assert "Stand op dinsdag 24 november 2026" in pages[0]
    dialog.ui.school.setCurrentIndex(0)  # all schools
    assert dialog.request().school is None
    dialog.preset(school, klass)
    assert dialog.request().class_name == klass


def test_a_trip_group_takes_a_whole_class_at_once(qtbot, dutch, actions, context, a_class) -> None:
    school, klass, pupils = a_class
    dialog = actions.open_no_photo()
    ui = dialog.ui
    dialog.start_new_group()
    index = ui.wholeClass.findText(f"{klass} ({school})")
    assert index >= 0 and tuple(ui.wholeClass.itemData(index)) == (school, klass)
    ui.wholeClass.setCurrentIndex(index)
    ui.memberPicker.pick(
        next(
            p
            for p in entry.people_to_choose(context.store, DEMO_DAY)
            if p.kind == "student" and p.id == pupils[0].id
        )
    )
    qtbot.mouseClick(ui.addClassButton, Qt.MouseButton.LeftButton)
    assert sorted(dialog.member_ids()) == sorted(p.id for p in pupils)  # each once
    assert ui.groupMessage.text().startswith(f"{len(pupils) - 1} leerlingen van {klass}")
    qtbot.keyClicks(ui.groupName, "Schoolreis")
    qtbot.mouseClick(ui.saveGroupButton, Qt.MouseButton.LeftButton)
    (saved,) = groups.list_groups(context.store)
    assert saved.members == len(pupils)
