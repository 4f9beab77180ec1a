"""The main window on demo data, driven as a user would."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.domain.protocol import ProtocolStatus
from korre_desktop.gui.main_window import START_PAGE, TABS_PAGE
from korre_desktop.gui.person_model import PERSON_ROLE
from korre_desktop.store import Store
from tests.gui.conftest import open_window, wait_loaded


def shown_people(tab):
    return [tab.model.data(tab.model.index(r, 0), PERSON_ROLE) for r in range(tab.model.rowCount())]


def test_the_tabs_in_dutch_with_the_database_in_the_title(window, demo_db):
    titles = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
    assert titles == [
        "Personeel",
        "Leerlingen",
        "Protocollen",
        "Mediatoestemming",
        "Werklijsten",
        "Bevoegdheden",
    ]
    assert str(demo_db) in window.windowTitle()
    assert window.ui.pages.currentIndex() == TABS_PAGE
    assert window.ui.menuFile.title() == "&Bestand"


def test_staff_tab_lists_employees_with_protocol_status_and_counts(qtbot, window, demo_db):
    tab = window.employees_tab
    wait_loaded(qtbot, tab)
    with Store.open(demo_db) as store:
        expected = len(store.people.employees_on(date(2026, 11, 24)))
    assert tab.model.rowCount() == expected > 0
    assert window.counts_label.text() == f"{expected} medewerkers"
    protocol_column = tab.model.columnCount() - 1
    texts = {tab.model.data(tab.model.index(r, protocol_column)) for r in range(expected)}
    assert texts <= {"getekend", "opnieuw tekenen", "niet getekend", "te laat"}
    # Colour and text together: every status cell has a background.
    assert tab.model.data(tab.model.index(0, protocol_column), Qt.ItemDataRole.BackgroundRole)


def test_search_as_you_type_on_students_tab(qtbot, window):
    window.ui.tabs.setCurrentIndex(1)
    tab = window.students_tab
    wait_loaded(qtbot, tab)
    total = tab.model.rowCount()
    target = shown_people(tab)[5]
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert tab.ui.search.hasFocus()
    qtbot.keyClicks(tab.ui.search, target.achternaam[:3])
    narrowed = tab.model.rowCount()
    assert 0 < narrowed < total
    assert all(target.achternaam[:3].lower() in p.name.lower() for p in shown_people(tab))
    tab.ui.search.clear()
    qtbot.keyClicks(tab.ui.search, target.number)
    assert target in shown_people(tab)
    assert window.counts_label.text().startswith(f"{tab.model.rowCount()} van ")


def test_school_class_and_status_filters(qtbot, window):
    window.ui.tabs.setCurrentIndex(1)
    tab = window.students_tab
    wait_loaded(qtbot, tab)
    tab.ui.school.setCurrentIndex(1)
    school = tab.ui.school.currentData()
    assert {p.school for p in shown_people(tab)} == {school}
    tab.ui.group.setCurrentIndex(1)
    klass = tab.ui.group.currentData()
    assert {p.class_name for p in shown_people(tab)} == {klass}
    tab.ui.group.setCurrentIndex(0)
    unsigned = tab.ui.status.findData(ProtocolStatus.UNSIGNED)
    tab.ui.status.setCurrentIndex(unsigned)
    people = shown_people(tab)
    assert people and {p.protocol for p in people} == {ProtocolStatus.UNSIGNED}


def test_detail_pane_shows_person_and_history(qtbot, window):
    window.ui.tabs.setCurrentIndex(3)
    tab = window.consent_tab
    wait_loaded(qtbot, tab)
    withdrawn = next(
        row
        for row in range(tab.model.rowCount())
        if ConsentStatus.REFUSED in tab.model.person(row).consent.values()
    )
    tab.ui.table.selectRow(withdrawn)
    person = tab.model.person(withdrawn)
    html = tab.ui.detail.toPlainText()
    assert person.name in html
    assert "Mediatoestemming op 24-11-2026" in html
    assert "Geschiedenis toestemming" in html
    assert "geweigerd" in html


def test_consent_tab_date_changes_the_statuses(qtbot, window):
    window.ui.tabs.setCurrentIndex(3)
    tab = window.consent_tab
    wait_loaded(qtbot, tab)
    today = {(p.kind, p.id): dict(p.consent) for p in tab.model.all_rows()}
    assert any(ConsentStatus.EXPIRED in c.values() for c in today.values())
    with qtbot.waitSignal(
        tab.loading_changed, timeout=20_000, check_params_cb=lambda busy: not busy
    ):
        tab.ui.date.set_date(date(2026, 7, 1))  # last school year
    earlier = {(p.kind, p.id): p.consent for p in tab.model.all_rows()}
    assert earlier != today
    # Expired this year means valid last year for the demo's per-school-year policy.
    assert not any(ConsentStatus.EXPIRED in c.values() for c in earlier.values())


def test_consent_tab_status_filter_shows_conflicts(qtbot, window):
    window.ui.tabs.setCurrentIndex(3)
    tab = window.consent_tab
    wait_loaded(qtbot, tab)
    tab.ui.status.setCurrentIndex(tab.ui.status.findData(ConsentStatus.CONFLICT))
    people = shown_people(tab)
    assert people and all(ConsentStatus.CONFLICT in p.consent.values() for p in people)
    first_item = 5
    texts = [tab.model.data(tab.model.index(r, first_item)) for r in range(tab.model.rowCount())]
    assert set(texts) <= {"toegestaan", "geweigerd", "conflict", "ontbreekt", "verlopen"}


def test_layout_is_remembered(qtbot, demo_db, settings, dutch):
    first = open_window(qtbot, demo_db, settings)
    wait_loaded(qtbot, first.employees_tab)
    first.employees_tab.ui.table.setColumnWidth(1, 333)
    first.ui.tabs.setCurrentIndex(2)
    first.close()
    first.context.jobs.wait()
    second = open_window(qtbot, demo_db, settings)
    assert second.ui.tabs.currentIndex() == 2
    assert second.employees_tab.ui.table.columnWidth(1) == 333
    second.close()
    second.context.jobs.wait()


def test_empty_database_offers_demo_data(qtbot, db_path: Path, settings, dutch):
    Store.create(db_path).close()
    window = open_window(qtbot, db_path, settings)
    assert window.ui.pages.currentIndex() == START_PAGE
    assert window.start_page.ui.loadDemo.text() == "Demogegevens &laden"
    qtbot.mouseClick(window.start_page.ui.loadDemo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ui.pages.currentIndex() == TABS_PAGE, timeout=30_000)
    wait_loaded(qtbot, window.current_tab())
    assert window.current_tab().model.rowCount() > 0
    window.close()
    window.context.jobs.wait()


def test_cancelled_demo_leaves_the_database_empty(qtbot, db_path: Path, settings, dutch):
    Store.create(db_path).close()
    window = open_window(qtbot, db_path, settings)
    window.load_demo()
    job = window._demo_job
    job.cancel()
    qtbot.waitUntil(lambda: window._demo_job is None, timeout=30_000)
    assert window.ui.pages.currentIndex() == START_PAGE
    with Store.open(db_path) as store:
        assert store.is_empty()
    window.close()


def test_export_status_from_the_window(qtbot, window, tmp_path):
    target = tmp_path / "status.csv"
    job = window.run_export_status(target, date(2026, 11, 24))
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)
    # The window writes the CSV for Dutch Excel (the command line keeps the machine format).
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Soort;Nummer;Naam;School;Klas;Protocol;Foto – Schoolgids")
    assert len(lines) > 100


def test_check_and_backup_from_the_window(qtbot, window, tmp_path):
    window.check_database()
    # Wait for the outcome, not a signal: a fast job can end before a waiter connects.
    qtbot.waitUntil(lambda: window.last_check_message is not None, timeout=20_000)
    assert window.last_check_message == "De database is in orde."
    target = tmp_path / "copy.sqlite"
    job = window.run_backup(target)
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)
    with Store.open(target) as copy:
        assert copy.people.counts()["students"] == 150


def test_worklists_tab_lists_who_needs_follow_up(qtbot, window):
    from korre_desktop.services.worklists import Worklist, worklists_of

    window.ui.tabs.setCurrentIndex(4)
    tab = window.worklists_tab
    assert window.ui.tabs.tabText(4) == "Werklijsten"
    wait_loaded(qtbot, tab)
    people = shown_people(tab)
    assert people and all(worklists_of(p) for p in people)
    for worklist in Worklist:
        tab.ui.status.setCurrentIndex(tab.ui.status.findData(worklist))
        shown = shown_people(tab)
        assert shown, worklist  # the demo has someone on every list
        assert all(worklist in worklists_of(p) for p in shown)
    tab.ui.status.setCurrentIndex(tab.ui.status.findData(Worklist.PROTOCOL))
    assert {p.kind for p in shown_people(tab)} == {"employee"}
    # Who has not signed the current version, as the Excel sheet "Ontbrekend" lists them.
    assert {p.protocol for p in shown_people(tab)} <= {
        ProtocolStatus.OVERDUE,
        ProtocolStatus.UNSIGNED,
        ProtocolStatus.RESIGN,
    }


def test_records_menu_edits_the_selected_person_and_reloads(qtbot, window):
    window.ui.tabs.setCurrentIndex(1)
    tab = window.students_tab
    wait_loaded(qtbot, tab)
    assert window.records_menu.title() == "&Gegevens"
    actions = window.record_actions
    assert not actions.edit_selected.isEnabled()
    tab.ui.table.selectRow(0)
    person = tab.selected_person()
    assert actions.selection() == ("student", person.id)
    assert actions.edit_selected.isEnabled() and actions.new_guardian.isEnabled()
    dialog = actions.open_edit()
    dialog.ui.roepnaam.setText("Veranderd")
    dialog.accept()
    # The tab reloads with the new name, and the same person stays selected.
    qtbot.waitUntil(
        lambda: tab._loaded and not tab.is_loading() and tab.selected_person() is not None,
        timeout=20_000,
    )
    assert tab.selected_person().roepnaam == "Veranderd"
    window.ui.tabs.setCurrentIndex(0)
    assert actions.selection() == (None, None)


def test_print_and_export_are_in_the_menus_and_follow_the_selection(qtbot, window):
    assert window.print_menu.title() == "&Afdrukken"
    assert window.print_actions.print_no_photo in window.print_menu.actions()
    assert window.forms_actions.print_consent_forms in window.print_menu.actions()
    assert window.export_actions.export_overview in window.ui.menuFile.actions()
    window.ui.tabs.setCurrentIndex(1)
    tab = window.students_tab
    wait_loaded(qtbot, tab)
    tab.ui.table.selectRow(0)
    person = tab.selected_person()
    assert window.print_actions.class_context() == (person.school, person.class_name)
    dialog = window.print_actions.open_no_photo()
    assert dialog.isVisible()
    dialog.close()
