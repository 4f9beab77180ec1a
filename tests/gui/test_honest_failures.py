"""Failures the window used to hide: a vanished database, a failed automatic backup,
damaged data; and the full database check with progress and Cancel."""

from pathlib import Path

import pytest

from korre_desktop.errors import DatabaseMissingError
from korre_desktop.gui.app import create_main_window
from korre_desktop.gui.errors import user_message
from korre_desktop.services.demo import generate_demo
from korre_desktop.store import Store
from tests.damage import damage_marked, mark_statements
from tests.gui.conftest import DEMO_DAY, open_window


def test_a_missing_database_is_said_in_dutch_and_not_made(qtbot, db_path: Path, settings, dutch):
    with pytest.raises(DatabaseMissingError) as caught:
        create_main_window(db_path, settings)
    message = user_message(caught.value)
    assert message.startswith(f"Het databasebestand is niet gevonden: {db_path}.")
    assert "nooit een nieuwe, lege database" in message
    assert not db_path.exists()


@pytest.mark.embedded_only  # the file itself: deleted, its backups, damaged bytes
def test_a_database_deleted_while_the_window_is_open_is_not_made_again(
    qtbot, window, demo_db: Path, tmp_path: Path
):
    window.context.jobs.wait()
    demo_db.unlink()
    shown = window.context.errors.shown
    # Wait for the outcome, not the job: its signals arrive after it stopped running.
    window.run_export_status(tmp_path / "status.csv", DEMO_DAY)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert shown[-1].startswith("Het databasebestand is niet gevonden")
    window.check_database()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert window.last_check_message is None  # never "in good order"
    assert window.context.errors.shown[-1].startswith("Het databasebestand is niet gevonden")
    assert not demo_db.exists()
    assert not (tmp_path / "status.csv").exists()


@pytest.mark.embedded_only  # the file itself: deleted, its backups, damaged bytes
def test_a_failed_automatic_backup_is_shown_naming_the_backup_folder(
    qtbot, window, demo_db: Path, tmp_path: Path, monkeypatch
):
    window.context.jobs.wait()
    blocked = tmp_path / "usb-stick" / "backups"
    blocked.parent.mkdir()
    blocked.write_text("a file where the backup folder should be")
    window.context.store.set_setting("backup_folder", str(blocked))
    failures = []
    # Counted where the window handles the failure: a slot connected to the job after it
    # started could miss a job that failed at once.
    handle = window._automatic_backup_failed
    monkeypatch.setattr(
        window, "_automatic_backup_failed", lambda error: (failures.append(error), handle(error))
    )
    for attempt in (1, 2):  # at the start, and an hour later
        window.start_automatic_backup()
        qtbot.waitUntil(lambda attempt=attempt: len(failures) == attempt, timeout=20_000)
    assert not window.backup_warning.isHidden()
    text = window.backup_warning.text()
    assert text.startswith("Geen automatische back-up: Er is geen back-up gemaakt in de map")
    assert str(blocked) in text and str(demo_db) not in text
    # A message box the first time in the session only.
    shown = [m for m in window.context.errors.shown if "back-up" in m]
    assert shown == [text.removeprefix("Geen automatische back-up: ")]
    # Once a backup succeeds again, the warning goes.
    window.context.store.set_setting("backup_folder", str(tmp_path / "elders"))
    (tmp_path / "elders").mkdir()
    window.start_automatic_backup()
    qtbot.waitUntil(window.backup_warning.isHidden, timeout=20_000)
    assert list((tmp_path / "elders").glob("korre-*.sqlite"))


def test_the_check_is_cancelled_from_its_progress_dialog(qtbot, window):
    window.context.jobs.wait()
    job = window.check_database()
    job.cancel()  # what the dialog's Cancel button does
    qtbot.waitUntil(lambda: window.last_check_message is not None, timeout=20_000)
    assert window.last_check_message == "De controle is afgebroken."


@pytest.fixture
def damaged_db(db_path: Path):
    with Store.create(db_path, actor="test") as store:
        generate_demo(store, students=40, employees=6, seed=5, today=DEMO_DAY)
        marked = mark_statements(store)
    damage_marked(db_path, marked)
    return db_path, marked


@pytest.mark.embedded_only  # the file itself: deleted, its backups, damaged bytes
@pytest.mark.plain_file_only(reason="damages the file by changing bytes found in the plain file")
def test_the_check_names_the_damaged_records_in_dutch(qtbot, damaged_db, settings, dutch):
    path, marked = damaged_db
    window = open_window(qtbot, path, settings)
    window.check_database()
    qtbot.waitUntil(lambda: window.last_check_message is not None, timeout=30_000)
    message = window.last_check_message or ""
    assert message.startswith("De database heeft problemen:")
    student = f"van leerling {marked.number}"
    assert (
        f"toestemmingsverklaring {marked.with_evidence} {student}: het bewijsstuk is beschadigd"
        in message
    )
    assert f"toestemmingsverklaring {marked.with_note} {student}: beschadigde tekst" in message
    assert (
        f"toestemmingsverklaring {marked.with_answers} {student}: beschadigde gegevens" in message
    )
    window.close()
    window.context.jobs.wait()


@pytest.mark.embedded_only  # the file itself: deleted, its backups, damaged bytes
@pytest.mark.plain_file_only(reason="damages the file by changing bytes found in the plain file")
def test_a_tab_reading_a_damaged_row_names_it_instead_of_an_internal_error(
    qtbot, damaged_db, settings, dutch
):
    path, marked = damaged_db
    window = open_window(qtbot, path, settings)
    window.ui.tabs.setCurrentIndex(3)  # Mediatoestemming reads every statement's answers
    shown = window.context.errors.shown

    def damaged() -> list[str]:
        return [m for m in shown if m.startswith("Een deel van de database is beschadigd")]

    def no_backup() -> bool:
        return any(m.startswith("Er is geen back-up gemaakt in de map") for m in shown)

    # The tab and the automatic backup at the start run side by side: wait for both.
    qtbot.waitUntil(lambda: bool(damaged()) and no_backup(), timeout=30_000)
    message = damaged()[0]
    assert f"toestemmingsverklaring {marked.with_answers} van leerling {marked.number}" in message
    assert not any("niet verwachtte" in m for m in shown)  # never "something unexpected"
    # The automatic backup at the start refused to keep a copy of the damage, and said so.
    assert no_backup()
    window.close()
    window.context.jobs.wait()
