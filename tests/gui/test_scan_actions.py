"""Bestand → scanned forms: a batch in the background with a report, the review count in
the menu, and a watched folder that reads what the copier drops into it."""

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from korre_desktop.gui.scan_actions import WATCH_ENABLED_KEY, WATCH_FOLDER_KEY
from tests.gui.conftest import open_window


@pytest.fixture
def scan_window(qtbot, scan_db, settings, dutch):
    window = open_window(qtbot, scan_db, settings)
    yield window
    window.close()
    window.context.jobs.wait()


def _statuses(window) -> dict[str, int]:
    rows = window.context.store.rows("SELECT status, count(*) AS n FROM scan_pages GROUP BY status")
    return {row["status"]: row["n"] for row in rows}


def test_the_file_menu_offers_reading_checking_and_watching(scan_window):
    texts = [action.text() for action in scan_window.ui.menuFile.actions()]
    assert "Gescande formulieren in&lezen…" in texts
    assert "Gescande formulieren c&ontroleren" in texts
    assert "&Scanmap bewaken…" in texts


def test_a_batch_runs_in_the_background_and_ends_with_a_report(qtbot, scan_window, scan_corpora):
    actions = scan_window.scan_actions
    actions.run_scan([scan_corpora.copier_pdf])
    qtbot.waitUntil(lambda: actions.current_job is None, timeout=30_000)
    box = actions.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    statuses = _statuses(scan_window)
    assert f"{statuses['saved']} opgeslagen, {statuses['review']} te controleren" in box.text()
    assert "niet ondertekend" in box.informativeText()  # reasons in Dutch
    assert any(b.text() == "Nu controleren" for b in box.buttons())
    assert (
        actions.review_scans.text() == f"Gescande formulieren c&ontroleren ({statuses['review']})"
    )
    box.close()


def test_check_now_opens_the_review_queue(qtbot, scan_window, scan_corpora):
    actions = scan_window.scan_actions
    actions.run_scan([scan_corpora.copier_pdf])
    qtbot.waitUntil(lambda: actions.current_job is None, timeout=30_000)
    check = next(b for b in actions.last_message.buttons() if b.text() == "Nu controleren")
    check.click()
    dialog = actions.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.queue_ids()) == _statuses(scan_window)["review"]
    dialog.close()


def test_a_watched_folder_reads_files_once_they_stop_growing(
    qtbot, scan_window, scan_corpora, tmp_path
):
    folder = tmp_path / "scanmap"
    folder.mkdir()
    actions = scan_window.scan_actions
    actions.start_watching(folder)
    assert actions.watch_folder.isChecked()
    assert scan_window.context.settings.value(WATCH_FOLDER_KEY) == str(folder)
    shutil.copy(scan_corpora.photo_files[0], folder / "foto.jpg")
    assert actions.look_in_folder() is None  # first sight: maybe still being written
    assert actions.look_in_folder() is not None
    qtbot.waitUntil(lambda: actions.current_job is None, timeout=30_000)
    assert (folder / "ingelezen" / "foto.jpg").exists()
    assert _statuses(scan_window) == {"saved": 1}
    assert actions.last_message is None  # quietly: a status bar line, no dialog
    assert "1 opgeslagen" in actions.watch_label.text()
    assert actions.watch_label.isVisible()
    actions.stop_watching()
    assert scan_window.context.settings.value(WATCH_ENABLED_KEY) == "false"
    assert not actions.watch_label.isVisible()


def test_watching_resumes_when_the_app_starts_again(qtbot, scan_db, settings, dutch, tmp_path):
    folder = tmp_path / "scanmap"
    folder.mkdir()
    settings.setValue(WATCH_FOLDER_KEY, str(folder))
    settings.setValue(WATCH_ENABLED_KEY, "true")
    window = open_window(qtbot, scan_db, settings)
    try:
        assert window.scan_actions.watched_folder == folder
    finally:
        window.close()
        window.context.jobs.wait()
