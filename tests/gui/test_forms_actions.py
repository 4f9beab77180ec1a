"""Printing forms from the app: the choice dialog, saving as PDF in a background job."""

import itertools
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from korre_desktop.domain.form_codes import decode_payload
from korre_desktop.gui.forms_actions import FormsActions, PrintFormsDialog
from korre_desktop.services import forms
from korre_desktop.services.forms import Selection
from tests.gui.conftest import DEMO_DAY
from tests.services.test_forms_pdf import read_pdf


@pytest.fixture
def actions(window) -> FormsActions:
    return FormsActions(window.context, window)


def _save_as(monkeypatch, target: Path) -> list[tuple]:
    asked: list[tuple] = []

    def fake_dialog(*args, **_kwargs):
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    return asked


def _first_class(store):
    return forms.class_choices(store, DEMO_DAY)[0]


def test_consent_forms_for_a_class_are_saved_as_pdf_in_the_background(
    qtbot, window, actions, monkeypatch, tmp_path
):
    store = window.context.store
    klass = _first_class(store)
    target = tmp_path / "klas"  # ".pdf" is added
    asked = _save_as(monkeypatch, target)
    assert [a.text() for a in actions.actions()] == [
        actions.print_consent_forms.text(),
        actions.print_protocol_forms.text(),
    ]
    actions.print_consent_forms.trigger()
    dialog = actions.current_dialog
    assert isinstance(dialog, PrintFormsDialog) and dialog.isVisible()
    dialog.choose_class(klass.school, klass.name)
    assert dialog.selection() == Selection.of_class_id(klass.id)
    plan = dialog.plan
    assert plan is not None and plan.people > 0 and len(plan.forms) >= plan.people
    assert str(len(plan.forms)) in dialog.ui.summary.text()
    assert dialog.ok_button.isEnabled()
    assert dialog.suggested_file_name().endswith(f"-{DEMO_DAY.isoformat()}.pdf")
    with qtbot.waitSignal(actions.printed, timeout=20_000) as printed:
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    result = printed.args[0]
    assert len(asked) == 1 and asked[0][2].endswith(dialog_name(klass))
    assert result.target == tmp_path / "klas.pdf" and result.forms == len(plan.forms)
    pages = read_pdf(result.target)
    assert len(pages) == result.forms
    payload = decode_payload(pages[0].payload)
    instance = store.forms.instance(payload.code)  # the UI's own connection sees it
    assert instance is not None and instance["kind"] == "consent"
    assert str(result.target) in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: actions.current_job is None)


def dialog_name(klass) -> str:
    return f"{klass.name}-{DEMO_DAY.isoformat()}.pdf".replace(" ", "-")


def test_protocol_sheets_for_the_staff_of_a_school(qtbot, window, actions, monkeypatch, tmp_path):
    store = window.context.store
    school = forms.school_choices(store)[0]
    _save_as(monkeypatch, tmp_path / "staff.pdf")
    dialog = actions.open_dialog("protocol")
    dialog.choose_staff(school.name)
    assert not dialog.ui.klass.isEnabled()
    assert dialog.selection() == Selection.staff(school_id=school.id)
    assert dialog.plan is not None and dialog.plan.kind == "protocol"
    with qtbot.waitSignal(actions.printed, timeout=20_000) as printed:
        dialog.accept()
    result = printed.args[0]
    assert result.kind == "protocol" and result.people == dialog.plan.people
    instance = store.forms.instance(result.codes[0])
    assert instance["person_kind"] == "employee" and instance["protocol_version_id"]
    qtbot.waitUntil(lambda: actions.current_job is None)


def test_cancelling_the_file_dialog_prints_nothing(qtbot, window, actions, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = actions.open_dialog("consent")
    dialog.accept()
    assert actions.current_job is None
    assert window.context.store.forms.count_instances() == 0


def test_a_failing_print_shows_one_error_and_stores_nothing(
    qtbot, window, actions, monkeypatch, tmp_path
):
    klass = _first_class(window.context.store)
    with qtbot.waitSignal(actions.print_ended, timeout=20_000):
        actions.run_print(
            "consent", Selection.of_class_id(klass.id), tmp_path / "missing" / "forms.pdf"
        )
    assert len(window.context.errors.shown) == 1
    assert window.context.store.forms.count_instances() == 0


def test_a_cancelled_print_stores_nothing(qtbot, window, actions, monkeypatch, tmp_path):
    klass = _first_class(window.context.store)
    started, proceed = threading.Event(), threading.Event()
    real_print = forms.print_forms

    def gated_print(*args, **kwargs):
        started.set()
        assert proceed.wait(20)
        return real_print(*args, **kwargs)

    monkeypatch.setattr(forms, "print_forms", gated_print)
    job = actions.run_print("consent", Selection.of_class_id(klass.id), tmp_path / "x.pdf")
    assert started.wait(20)
    with qtbot.waitSignal(actions.print_ended, timeout=20_000):
        job.cancel()
        proceed.set()
    assert not (tmp_path / "x.pdf").exists()
    assert window.context.store.forms.count_instances() == 0
    assert window.context.errors.shown == []


def test_a_school_without_classes_or_protocol_cannot_be_chosen(qtbot, window, actions):
    store = window.context.store
    school_id = store.insert("schools", {"name": "AAA Nieuwe school", "created_at": "2026-01-01"})
    dialog = actions.open_dialog("consent")
    dialog.ui.school.setCurrentIndex(dialog.ui.school.findData(school_id))
    assert dialog.selection() is None and not dialog.ok_button.isEnabled()
    assert dialog.ui.summary.text()
    dialog.ui.staffChoice.setChecked(True)  # nobody works there yet
    assert dialog.plan is None and not dialog.ok_button.isEnabled()
    assert dialog.ui.summary.text()
    dialog.reject()


def test_forms_are_previewed_printed_and_saved_as_the_same_forms(
    qtbot, window, actions, monkeypatch, tmp_path
):
    """Preview, print and save: the forms are made (and recorded) once."""
    import pypdfium2 as pdfium
    from PySide6.QtPrintSupport import QPrinter

    store = window.context.store
    klass = _first_class(store)
    dialog = actions.open_dialog("consent")
    dialog.choose_class(klass.school, klass.name)
    forms_planned = len(dialog.plan.forms)
    with qtbot.waitSignal(actions.print_ended, timeout=20_000):
        dialog.ui.previewButton.click()
    assert dialog.viewer is not None and dialog.viewer.isVisible()
    assert store.forms.count_instances() == forms_planned
    previewed = dialog.made.target.read_bytes()
    assert dialog.made.target.parent != tmp_path and dialog.made.forms == forms_planned

    monkeypatch.setattr(FormsActions, "ask_printer", lambda self, parent, printer: True)
    printer = actions.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(40)  # fast; a real printer gets up to 300 dpi
    with qtbot.waitSignal(actions.printed, timeout=20_000):
        dialog.ui.printButton.click()
    document = pdfium.PdfDocument(tmp_path / "printed.pdf")
    assert len(document) == forms_planned
    document.close()
    assert store.forms.count_instances() == forms_planned  # no second set of forms

    _save_as(monkeypatch, tmp_path / "klas.pdf")
    temporary = dialog.made.target
    with qtbot.waitSignal(actions.printed, timeout=20_000) as saved:
        dialog.accept()
    assert saved.args[0].target == tmp_path / "klas.pdf"
    assert (tmp_path / "klas.pdf").read_bytes() == previewed
    assert store.forms.count_instances() == forms_planned
    assert not temporary.exists()  # the temporary copy went with the dialog
    qtbot.waitUntil(lambda: actions.current_job is None)


def test_a_new_choice_makes_new_forms(qtbot, window, actions):
    store = window.context.store
    first, second = forms.class_choices(store, DEMO_DAY)[:2]
    dialog = actions.open_dialog("consent")
    dialog.choose_class(first.school, first.name)
    with qtbot.waitSignal(actions.print_ended, timeout=20_000):
        actions.preview(dialog)
    made = dialog.made
    dialog.choose_class(second.school, second.name)
    assert dialog.made_pdf() is None
    with qtbot.waitSignal(actions.print_ended, timeout=20_000):
        actions.preview(dialog)
    assert dialog.made is not made and dialog.made.description != made.description
    dialog.reject()


def test_forms_for_chosen_students(qtbot, window, actions, monkeypatch, tmp_path):
    from korre_desktop.services import entry

    store = window.context.store
    students = [c for c in entry.people_to_choose(store, DEMO_DAY) if c.kind == "student"]
    first = students[0]
    other = next(s for s in students if s.class_name != first.class_name)
    dialog = actions.open_dialog("consent")
    dialog.ui.studentsChoice.setChecked(True)
    assert dialog.ui.studentPicker.isVisible() and not dialog.ui.klass.isVisible()
    assert not dialog.ok_button.isEnabled()  # nobody chosen yet
    qtbot.keyClicks(dialog.ui.studentPicker.search, first.number)
    qtbot.keyClick(dialog.ui.studentPicker.search, Qt.Key.Key_Return)
    dialog.ui.studentPicker.pick(other)
    dialog.ui.studentPicker.pick(first)  # once only
    assert [p.id for p in dialog.chosen_students()] == [first.id, other.id]
    assert dialog.plan is not None and dialog.plan.people == 2
    _save_as(monkeypatch, tmp_path / "twee.pdf")
    with qtbot.waitSignal(actions.printed, timeout=20_000) as printed:
        dialog.accept()
    result = printed.args[0]
    assert result.people == 2
    people = {store.forms.instance(code)["student_id"] for code in result.codes}
    assert people == {first.id, other.id}
    qtbot.waitUntil(lambda: actions.current_job is None)


@pytest.mark.parametrize("kind", ["consent", "protocol"])
def test_the_choice_of_whom_is_not_cut_off(qtbot, window, actions, kind):
    dialog = actions.open_dialog(kind)
    qtbot.waitExposed(dialog)
    radios = [dialog.ui.classChoice, dialog.ui.studentsChoice, dialog.ui.staffChoice]
    for radio in radios:
        assert radio.height() >= radio.sizeHint().height(), radio.text()
        assert radio.width() >= radio.sizeHint().width(), radio.text()
    tops = [radio.geometry() for radio in radios]
    assert all(not a.intersects(b) for a, b in itertools.pairwise(tops))
    assert dialog.height() >= dialog.minimumSizeHint().height()
    dialog.reject()
