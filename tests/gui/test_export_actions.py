"""The window's "Export overview to Excel…" action: file dialog, job, progress, outcome."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from korre_desktop.gui.export_actions import ExportActions
from korre_desktop.services.excel import overview, target
from korre_desktop.services.excel.target import ExportFileError, Problem
from tests.gui.conftest import DEMO_DAY


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


@pytest.fixture
def actions(window) -> ExportActions:
    return ExportActions(window.context, window)


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """The save dialog answers with ``chosen["path"]`` and remembers what it was asked."""
    answer: dict[str, object] = {"path": str(tmp_path / "overzicht.xlsx")}

    def dialog(parent, caption, suggested, filters):
        answer["asked"] = (parent, caption, suggested, filters)
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return answer


def trigger(actions: ExportActions, typed: str | None = None) -> None:
    """The menu item, then OK on the date question (with ``typed`` typed into it)."""
    actions.export_overview.trigger()
    question = actions.date_question
    assert question is not None and question.isVisible()
    if typed is not None:
        question.field.setText(typed)
    question.buttons.button(question.buttons.StandardButton.Ok).click()


def _partials(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if "partial" in p.name]


def test_the_action_exports_the_overview(qtbot, window, actions, chosen, tmp_path) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    actions.set_date(date(2026, 11, 20))
    assert actions.export_overview.text() == tr("Export &overview to Excel…")
    trigger(actions)
    assert actions.job is not None
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    assert out_file.exists()
    parent, _caption, suggested, filters = chosen["asked"]
    assert parent is window
    assert suggested == str(Path.home() / "overzicht-2026-11-20.xlsx")
    assert "*.xlsx" in filters
    wb = load_workbook(out_file)
    assert wb.sheetnames == [
        "Samenvatting",
        "Leerlingen",
        "Medewerkers",
        "Ontbrekend",
        "Accounts",
        "Bevoegdheden",
    ]
    assert wb["Samenvatting"]["B2"].value == datetime(2026, 11, 20)
    message = window.statusBar().currentMessage()
    expected = tr("Overview written to %1: %2 students, %3 staff, %4 open items")
    assert message.startswith(expected.split("%1")[0])
    assert str(out_file) in message
    assert str(wb["Leerlingen"].max_row - 1) in message
    assert window.context.errors.shown == []
    assert actions.export_overview.isEnabled()
    assert actions.progress_dialog is None


def test_default_date_is_today_and_suffix_is_added(
    qtbot, window, actions, chosen, tmp_path
) -> None:
    chosen["path"] = str(tmp_path / "zonder-extensie")
    trigger(actions)
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    assert chosen["asked"][2] == str(Path.home() / f"overzicht-{DEMO_DAY.isoformat()}.xlsx")
    out_file = tmp_path / "zonder-extensie.xlsx"
    assert out_file.exists()
    assert load_workbook(out_file)["Samenvatting"]["B2"].value.date() == DEMO_DAY


def test_the_date_is_asked_first_and_a_wrong_one_is_refused(
    qtbot, window, actions, chosen, tmp_path
) -> None:
    actions.set_date(date(2026, 11, 20))
    actions.export_overview.trigger()
    question = actions.date_question
    assert question.field.text() == "20-11-2026"  # the Mediatoestemming tab's date
    question.field.setText("31-02-2026")
    question.buttons.button(question.buttons.StandardButton.Ok).click()
    assert question.isVisible() and question.error.text() == "31-02-2026 bestaat niet."
    assert "asked" not in chosen and actions.job is None
    question.field.setText("1-9-26")
    question.buttons.button(question.buttons.StandardButton.Ok).click()
    assert not question.isVisible()
    assert chosen["asked"][2].endswith("overzicht-2026-09-01.xlsx")
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    cell = load_workbook(tmp_path / "overzicht.xlsx")["Samenvatting"]["B2"].value
    assert cell.date() == date(2026, 9, 1)


def test_cancelling_the_date_question_does_nothing(window, actions, chosen) -> None:
    actions.export_overview.trigger()
    actions.date_question.reject()
    assert "asked" not in chosen and actions.job is None


def test_the_file_dialog_opens_in_the_export_folder_used_last(
    qtbot, window, actions, chosen, tmp_path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    chosen["path"] = str(folder / "eerste.xlsx")
    trigger(actions)
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    trigger(actions)
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    assert chosen["asked"][2] == str(folder / f"overzicht-{DEMO_DAY.isoformat()}.xlsx")


def test_cancelling_the_file_dialog_does_nothing(window, actions, chosen) -> None:
    chosen["path"] = ""
    trigger(actions)
    assert actions.job is None
    assert window.context.errors.shown == []


def test_cancel_in_the_progress_dialog_writes_no_file(
    qtbot, window, actions, chosen, tmp_path, monkeypatch
) -> None:
    started, gate = threading.Event(), threading.Event()
    real = overview.export_overview

    def gated(store, path, on, progress):
        started.set()
        gate.wait(20)  # until the test has pressed Cancel
        return real(store, path, on, progress)

    monkeypatch.setattr(overview, "export_overview", gated)
    trigger(actions)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    assert not actions.export_overview.isEnabled()  # one export at a time
    assert actions.run_export_overview(tmp_path / "tweede.xlsx", DEMO_DAY) is None
    button = actions.progress_dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    assert not (tmp_path / "overzicht.xlsx").exists()
    assert _partials(tmp_path) == []
    assert window.statusBar().currentMessage() == tr("Cancelled: the overview was not written.")
    assert window.context.errors.shown == []


def test_a_locked_file_is_shown_as_an_error(
    qtbot, window, actions, chosen, tmp_path, monkeypatch
) -> None:
    out_file = tmp_path / "overzicht.xlsx"
    out_file.write_bytes(b"open in Excel")
    window.context.jobs.wait()  # the automatic backup, before every rename is refused

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(target.os, "replace", refuse)
    trigger(actions)
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    expected = tr(
        "%1 is open in Excel or another program, or it is read-only. Close it and export again."
    ).replace("%1", str(out_file))
    assert window.context.errors.shown == [expected]
    assert out_file.read_bytes() == b"open in Excel"
    assert _partials(tmp_path) == []


def test_an_excel_lock_file_stops_the_export_before_it_starts(
    window, actions, chosen, tmp_path
) -> None:
    (tmp_path / "~$overzicht.xlsx").write_bytes(b"")
    trigger(actions)
    assert actions.job is None
    assert len(window.context.errors.shown) == 1
    assert str(tmp_path / "overzicht.xlsx") in window.context.errors.shown[0]


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (Problem.FOLDER_MISSING, "The folder %1 does not exist."),
        (Problem.IS_FOLDER, "%1 is a folder. Choose a file name."),
        (Problem.NOT_XLSX, "The overview is an Excel workbook: choose a name that ends in .xlsx."),
        (Problem.NOT_WRITABLE, "%1 cannot be written. Choose another folder."),
    ],
)
def test_every_file_problem_has_a_message(actions, tmp_path, problem, text) -> None:
    path = tmp_path / "x" / "overzicht.xlsx"
    message = actions.file_message(ExportFileError(problem, path, "english"))
    shown = path.parent if problem is Problem.FOLDER_MISSING else path
    assert message == tr(text).replace("%1", str(shown))
