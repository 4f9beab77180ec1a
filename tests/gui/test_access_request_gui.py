"""The window's "Inzageverzoek…" on the selected person: file dialog, job, outcome."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from korre_desktop.services import access_log


def tr(text: str) -> str:
    return QCoreApplication.translate("AccessRequestActions", text)


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """The save dialog answers with ``chosen["path"]`` and remembers what it was asked."""
    answer: dict[str, object] = {"path": str(tmp_path / "inzage")}

    def dialog(parent, caption, suggested, filters):
        answer["asked"] = (parent, caption, suggested, filters)
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return answer


def select_student(window) -> dict:
    student = window.context.store.rows(
        "SELECT id, student_number FROM students ORDER BY id LIMIT 1"
    )[0]
    window.access_request_actions.set_selection("student", student["id"], student["student_number"])
    return student


def test_the_action_is_on_the_records_menu_and_the_tables(window) -> None:
    actions = window.access_request_actions
    assert actions.export.text() == "In&zageverzoek…"
    assert actions.export in window.records_menu.actions()
    assert actions.export in window.students_tab.ui.table.actions()
    assert actions.export in window.employees_tab.ui.table.actions()
    actions.set_selection(None, None)
    assert not actions.export.isEnabled()


def test_the_action_saves_the_zip_and_says_where(qtbot, window, chosen, tmp_path) -> None:
    actions = window.access_request_actions
    student = select_student(window)
    assert actions.export.isEnabled()
    actions.export.trigger()
    assert actions.job is not None
    qtbot.waitUntil(lambda: actions.job is None, timeout=20_000)
    target = tmp_path / "inzage.zip"  # the suffix added
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("gegevens.json"))
    assert data["person"]["id"] == student["id"]
    parent, caption, suggested, filters = chosen["asked"]
    assert parent is window and caption == "Inzageverzoek"
    assert suggested == str(Path.home() / f"inzageverzoek-leerling-{student['student_number']}.zip")
    assert "*.zip" in filters
    assert window.context.errors.shown == []
    box = actions.message
    assert box is not None and box.isVisible()
    assert str(target) in box.text() and box.text().startswith("Het inzageverzoek voor ")
    assert str(target) in window.statusBar().currentMessage()
    entry = access_log.entries(window.context.store, action=access_log.EXPORT)[0]
    assert entry.person_refs == (f"student:{student['id']}",)
    assert actions.export.isEnabled() and actions.progress_dialog is None
    box.close()


def test_a_folder_as_target_is_said_in_dutch(qtbot, window, chosen, tmp_path) -> None:
    folder = tmp_path / "map.zip"
    folder.mkdir()
    chosen["path"] = str(folder)
    select_student(window)
    window.access_request_actions.export.trigger()
    assert window.access_request_actions.job is None
    assert window.context.errors.shown == [
        tr("%1 is a folder. Choose a file name.").replace("%1", str(folder))
    ]
    assert window.context.errors.shown[0].endswith("is een map. Kies een bestandsnaam.")


def test_cancelling_the_file_dialog_does_nothing(window, chosen) -> None:
    chosen["path"] = ""
    select_student(window)
    window.access_request_actions.export.trigger()
    assert window.access_request_actions.job is None
    assert window.context.errors.shown == []
