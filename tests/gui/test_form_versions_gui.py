"""The window follows the school's own consent form versions: the Mediatoestemming tab,
the detail pane, the entry dialog (by keyboard) and the withdraw dialog show the channels
of the versions in force, named by their labels."""

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.domain.consent import ConsentStatus
from korre_desktop.gui import status_text
from korre_desktop.gui.detail_html import consent_grid, grid_layout
from korre_desktop.gui.widgets.answer_grid import CODE_ROLE
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.status import student_statuses_on
from tests.engines import file_of
from tests.example_form import KLASSENFOTO_LABEL, NEW_ITEMS, PERS_LABEL, add_example_form
from tests.gui.conftest import DEMO_DAY, open_window, wait_loaded
from tests.gui.test_entry_dialogs import pick, statements

NEW_FROM = date(2026, 9, 1)  # the new version is in force on the window's day


@pytest.fixture
def office(qtbot, db_path, settings, dutch, records, store, answers_all):
    """Zoë's guardian signed the default version last year; the school's own version
    (klassenfoto, pers) is in force since 1 August."""
    school = records.school("OBS De Linde")
    klass = records.klass(school, 2026, "Groep 6")
    zoe = records.student(
        school, number="004512", roepnaam="Zoë", achternaam="Meer", birth_date=date(2016, 5, 1)
    )
    records.enrol(zoe, klass)
    ilse = records.guardian(zoe, name="Ilse")
    records.statement("student", zoe, date(2025, 9, 1), answers_all(True), guardian_id=ilse)
    add_example_form(store, NEW_FROM)
    store.close()
    window = open_window(qtbot, file_of(store), settings)
    yield window
    window.close()
    window.context.jobs.wait()


def headers(tab) -> list[str]:
    model = tab.model
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def cell(tab, person_row: int, title: str) -> str:
    return tab.model.data(tab.model.index(person_row, headers(tab).index(title)))


def test_consent_tab_has_a_column_per_item_in_force_with_the_versions_labels(qtbot, office):
    office.ui.tabs.setCurrentIndex(3)
    tab = office.consent_tab
    wait_loaded(qtbot, tab)
    items = headers(tab)[5:]
    assert items[:3] == [
        "Foto\nKlassenfoto en\nschoolfotograaf",
        "Foto\nKrant en\nlokale media",
        "Film\nKrant en\nlokale media",
    ]
    assert items[3:5] == ["Foto\nSchoolgids\nen brochures", "Foto\nWebsite van\nde school"]
    assert len(items) == 3 + 18  # the default version is still in force for old statements
    tip = tab.model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Foto · {PERS_LABEL}"
    # Zoë's statement on the default version was not asked about the new channels.
    assert cell(tab, 0, items[0]) == "ontbreekt"
    assert cell(tab, 0, "Foto\nWebsite van\nde school") == "toegestaan"
    # Before the new version was in force, only the default items are columns.
    with qtbot.waitSignal(tab.loading_changed, timeout=20_000, check_params_cb=lambda b: not b):
        tab.ui.date.set_date(date(2026, 8, 15))
    assert len(headers(tab)) == 5 + 18 and headers(tab)[5] == "Foto\nSchoolgids\nen brochures"


def test_detail_pane_shows_the_channels_in_force(qtbot, office):
    office.ui.tabs.setCurrentIndex(3)
    tab = office.consent_tab
    wait_loaded(qtbot, tab)
    tab.ui.table.selectRow(0)
    text = tab.ui.detail.toPlainText()
    status_part, history = text.split("Geschiedenis toestemming")
    # Rows are channels in form order (the version in force first), columns the media.
    positions = [
        status_part.index(label)
        for label in (KLASSENFOTO_LABEL, PERS_LABEL, "Schoolgids en brochures")
    ]
    assert positions == sorted(positions)
    assert "Geluid" in status_part
    # The old statement is shown in the shape of its own version: no new channels.
    assert "Website van de school" in history and PERS_LABEL not in history


def test_consent_grid_marks_what_a_version_does_not_ask(store):
    add_example_form(store, NEW_FROM)
    forms = load_forms(store)
    rows, media = grid_layout(forms[0], forms, NEW_ITEMS)
    assert rows == [("klassenfoto", KLASSENFOTO_LABEL), ("pers", PERS_LABEL)]
    assert media == ["foto", "film"]
    consent = dict.fromkeys(NEW_ITEMS, ConsentStatus.GRANTED)
    html = consent_grid(consent, forms, DEMO_DAY)
    klassenfoto_row = html.split("<tr>")[2]
    assert KLASSENFOTO_LABEL in klassenfoto_row and klassenfoto_row.count("–") == 1
    assert html.split("<tr>")[3].count("–") == 0  # pers: foto and film asked


def test_a_form_of_the_new_version_typed_by_keyboard(qtbot, office):
    dialog = office.enter_consent()
    ui = dialog.ui
    new_form = load_forms(office.context.store)[0]
    assert ui.formVersion.currentText() == new_form.label  # the version in force today
    grid = ui.grid
    assert (grid.rowCount(), grid.columnCount()) == (2, 2)  # foto, film × klassenfoto, pers
    header = [grid.horizontalHeaderItem(c).text() for c in range(2)]
    assert header == ["Klassenfoto en\nschoolfotograaf", "Krant en\nlokale\nmedia"]
    assert grid.horizontalHeaderItem(1).toolTip().startswith(f"{PERS_LABEL}: Een foto")
    assert [grid.verticalHeaderItem(r).text() for r in range(2)] == ["Foto", "Film"]
    dash = grid.item(1, 0)
    assert dash.text() == "–" and not dash.flags() & Qt.ItemFlag.ItemIsEnabled
    pick(qtbot, ui.person, "zoe mee")
    qtbot.keyClick(ui.signer, Qt.Key.Key_Tab)
    ui.signedDate.selectAll()
    qtbot.keyClicks(ui.signedDate, "18-11-2026")
    grid.setFocus()
    assert (grid.currentRow(), grid.currentColumn()) == (0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # film on the class photo is a dash: skipped
    assert grid.currentItem().flags() & Qt.ItemFlag.ItemIsEnabled
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_J)  # klassenfoto: yes, on to foto pers
    qtbot.keyClick(grid, Qt.Key.Key_N)  # foto pers: no, past the dash to film pers
    assert grid.currentItem().data(CODE_ROLE) == "film_pers"
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # film pers: yes
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.keyClick(grid, Qt.Key.Key_J)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    _old, row = statements(office)
    assert row["form_version_id"] == new_form.id, ui.message.text()
    assert json.loads(row["answers"]) == {
        "foto_klassenfoto": True,
        "foto_pers": False,
        "film_pers": True,
    }
    consent = student_statuses_on(office.context.store, DEMO_DAY)[0].consent
    assert consent["foto_klassenfoto"] is ConsentStatus.GRANTED
    assert consent["foto_pers"] is ConsentStatus.REFUSED
    assert consent["foto_website"] is ConsentStatus.GRANTED  # the old statement still counts
    # The default version still has its own shape.
    ui.formVersion.setCurrentIndex(ui.formVersion.findText("Standaard"))
    assert (grid.rowCount(), grid.columnCount()) == (3, 6)
    assert grid.horizontalHeaderItem(5).text() == "Eigen\nsociale\nmedia van\nmedewerkers"


def test_withdraw_lists_the_items_of_every_version_by_their_labels(qtbot, office):
    dialog = office.withdraw()
    items = dialog.ui.items
    texts = [items.item(r).text() for r in range(items.count())]
    assert texts[:3] == [
        f"Foto · {KLASSENFOTO_LABEL}",
        f"Foto · {PERS_LABEL}",
        f"Film · {PERS_LABEL}",
    ]
    assert "Geluid · Eigen sociale media van medewerkers" in texts and len(texts) == 3 + 18
    dialog.reject()


def test_item_label_and_wrapped_headers():
    labels = {"pers": PERS_LABEL}
    assert status_text.item_label("film_pers", labels) == f"Film · {PERS_LABEL}"
    assert status_text.item_label("foto_onbekend", labels, "\n") == "Foto\nonbekend"
    assert status_text.wrapped("Website van de school") == "Website van\nde school"
    assert status_text.wrapped("Klassenfoto en schoolfotograaf", 13) == (
        "Klassenfoto en\nschoolfotograaf"  # a long word widens the lines, no orphan "en"
    )
    assert status_text.wrapped("Nieuwsbrief") == "Nieuwsbrief"
    assert status_text.wrapped("") == ""
