"""The Bevoegdheden tab (its lists, the four worklists, reload and an empty database), the
person's authorisations in the detail pane, and the window's actions on them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from korre_desktop.domain.authorisation import Scope, WorklistKind
from korre_desktop.gui.dialogs.message_viewer import MessageViewer
from korre_desktop.gui.main_window import START_PAGE, TABS_PAGE, MainWindow
from korre_desktop.gui.tabs.authorisation_rows import EVERYTHING, VALID
from korre_desktop.services.accounts import AccountInput, add_account
from korre_desktop.services.authorisations import (
    AuthorisationInput,
    PersonRef,
    add_authorisation,
    withdraw_authorisation,
)
from korre_desktop.services.documents import document_from_bytes
from korre_desktop.services.entry import people_to_choose
from korre_desktop.store import Store
from tests.gui.conftest import DEMO_DAY, open_window, wait_loaded
from tests.services.protocol_people import TODAY, Foundation, build_foundation, eml_bytes

assert TODAY == DEMO_DAY  # the window's today is the foundation's


class Cases:
    """The four worklist cases, and a valid and a withdrawn authorisation."""

    def __init__(self, store: Store, f: Foundation) -> None:
        self.f = f
        account = AccountInput(platform="instagram", name="@obsdelinde", school_id=f.school)
        self.linde = add_account(store, account, today=TODAY)
        # Nobody may post for the other school's account: on the first worklist.
        kompas = AccountInput(platform="tiktok", name="@hetkompas", school_id=f.other_school)
        self.kompas = add_account(store, kompas, today=TODAY)

        def grant(kind: str, person: int, **changes) -> int:
            values = {
                "person": PersonRef(kind, person),
                "scope": Scope.ACCOUNT,
                "account_id": self.linde,
                "valid_from": "01-09-2026",
                "granted_by_employee_id": f.director,
                **changes,
            }
            return add_authorisation(store, AuthorisationInput(**values))

        # Valid, with the signed letter as an e-mail.
        evidence = document_from_bytes(eml_bytes(), "toestemming.eml")
        self.valid = grant("employee", f.teacher, evidence=evidence)
        self.left = grant("employee", f.teacher_left)  # left on 01-10-2026
        self.ending = grant(
            "student",
            f.student,
            scope=Scope.SCHOOL,
            account_id=None,
            school_id=f.school,
            valid_until="10-12-2026",
        )
        self.unsigned = grant(
            "employee", f.unsigned_teacher, scope=Scope.FOUNDATION, account_id=None
        )
        self.withdrawn = grant("employee", f.board, scope=Scope.FOUNDATION, account_id=None)
        withdraw_authorisation(store, self.withdrawn, "01-11-2026", "Rol gewijzigd", today=TODAY)


@pytest.fixture
def cases(db_path: Path) -> Cases:
    with Store.create(db_path, actor="test") as store:
        return Cases(store, build_foundation(store))


@pytest.fixture
def window(qtbot, cases: Cases, db_path: Path, settings, dutch) -> Iterator[MainWindow]:
    opened = open_window(qtbot, db_path, settings)
    opened.ui.tabs.setCurrentWidget(opened.authorisations_tab)
    wait_loaded(qtbot, opened.authorisations_tab)
    yield opened
    opened.close()
    opened.context.jobs.wait()


def rows_shown(tab) -> list[tuple[str, str, str]]:
    """(person, for, follow-up) of each row on screen."""
    model = tab.model
    return [
        (model.index(r, 0).data(), model.index(r, 3).data(), model.index(r, 9).data())
        for r in range(model.rowCount())
    ]


def select_row(tab, kind: str, row_id: int) -> None:
    assert tab.select_person(kind, row_id)


def test_the_tab_lists_valid_authorisations_with_words_and_colours(window, cases):
    tab = window.authorisations_tab
    assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == "Bevoegdheden"
    assert tab.ui.statusLabel.text() == "&Lijst:" and tab.ui.dateLabel.text() == "Geldig &op:"
    assert [tab.ui.status.itemText(i) for i in range(tab.ui.status.count())] == [
        "Geldig op deze datum",
        "Alle, ook ingetrokken en verlopen",
        "Accounts zonder bevoegde",
        "Bevoegden die vertrokken zijn: toegang intrekken",
        "Loopt binnen 30 dagen af",
        "Bevoegd zonder getekend protocol",
    ]
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Persoon",
        "Soort",
        "Nummer",
        "Voor",
        "School",
        "Van",
        "Tot",
        "Verleend door",
        "Status",
        "Aandachtspunt",
    ]
    assert sorted(rows_shown(tab)) == [
        ("Lex Mol", "Instagram · @obsdelinde", "vertrokken op 01-10-2026: intrekken"),
        ("Sara Kok", "OBS De Linde, algemeen", "loopt af op 10-12-2026"),
        ("Tom Visser", "Instagram · @obsdelinde", ""),
        ("Uma Smit", "Stichting, algemeen", "protocol: te laat"),
    ]
    select_row(tab, "authorisation", cases.ending)
    row = tab.ui.table.currentIndex().row()
    assert [model.index(row, c).data() for c in (1, 2, 4, 5, 6, 7, 8)] == [
        "leerling",
        "004512",
        "OBS De Linde",
        "01-09-2026",
        "10-12-2026",
        "Dirk de Wit",
        "geldig",
    ]
    assert model.index(row, 8).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert window.counts_label.text() == "4 van 6 regels"  # the account row is loaded too


def test_all_shows_withdrawn_ones_and_a_date_changes_the_status(qtbot, window, cases):
    tab = window.authorisations_tab
    tab.show_list(EVERYTHING)
    assert tab.model.rowCount() == 5  # every authorisation; not the account row
    select_row(tab, "authorisation", cases.withdrawn)
    row = tab.ui.table.currentIndex().row()
    assert tab.model.index(row, 8).data() == "ingetrokken"
    text = tab.ui.detail.toPlainText()
    assert "Ingetrokken op" in text and "01-11-2026 · Rol gewijzigd" in text
    # On 01-08-2026 nothing was valid yet.
    tab.ui.date.set_date(date(2026, 8, 1))
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    statuses = {tab.model.index(r, 8).data() for r in range(tab.model.rowCount())}
    assert statuses == {"nog niet geldig"}
    tab.show_list(VALID)
    assert tab.model.rowCount() == 0


@pytest.mark.parametrize(
    ("worklist", "expected"),
    [
        (
            WorklistKind.ACCOUNT_WITHOUT_AUTHORISED,
            [("", "TikTok · @hetkompas", "niemand bevoegd voor dit account")],
        ),
        (
            WorklistKind.AUTHORISED_LEFT,
            [("Lex Mol", "Instagram · @obsdelinde", "vertrokken op 01-10-2026: intrekken")],
        ),
        (
            WorklistKind.ENDING_SOON,
            [("Sara Kok", "OBS De Linde, algemeen", "loopt af op 10-12-2026")],
        ),
        (
            WorklistKind.AUTHORISED_WITHOUT_PROTOCOL,
            [("Uma Smit", "Stichting, algemeen", "protocol: te laat")],
        ),
    ],
)
def test_each_worklist_shows_its_case(window, worklist, expected):
    tab = window.authorisations_tab
    tab.show_list(worklist)
    assert rows_shown(tab) == expected


def test_an_account_row_shows_the_account_and_no_person(window, cases):
    tab = window.authorisations_tab
    tab.show_list(WorklistKind.ACCOUNT_WITHOUT_AUTHORISED)
    select_row(tab, "account", cases.kompas)
    text = tab.ui.detail.toPlainText()
    assert "@hetkompas" in text and "CBS Het Kompas" in text
    assert "niemand bevoegd voor dit account" in text
    # No person: the person actions and withdrawing are off.
    assert window.record_actions.selection() == (None, None)
    assert not window.authorisation_actions.withdraw.isEnabled()
    assert window.selected_choice() is None


def test_school_filter_and_search(qtbot, window, cases):
    tab = window.authorisations_tab
    tab.show_list(EVERYTHING)
    schools = [tab.ui.school.itemText(i) for i in range(tab.ui.school.count())]
    assert schools == ["Alle", "CBS Het Kompas", "OBS De Linde", "Stichting"]
    tab.ui.school.setCurrentIndex(tab.ui.school.findText("Stichting"))
    assert sorted(r[0] for r in rows_shown(tab)) == ["Bea Bos", "Uma Smit"]
    tab.ui.school.setCurrentIndex(0)
    qtbot.keyClicks(tab.ui.search, "obsdelinde")  # an account's name finds its rows
    assert sorted(r[0] for r in rows_shown(tab)) == ["Lex Mol", "Tom Visser"]


def test_withdrawing_from_the_tab_keeps_the_row_as_withdrawn(qtbot, window, cases):
    tab = window.authorisations_tab
    actions = window.authorisation_actions
    select_row(tab, "authorisation", cases.left)
    assert actions.withdraw.isEnabled() and not actions.view_evidence.isEnabled()
    assert tab.ui.table.actions() == actions.tab_actions()  # the context menu
    dialog = actions.open_withdraw()
    qtbot.waitExposed(dialog)
    dialog.ui.note.setText("Vertrokken: toegang ingetrokken")
    dialog.accept()
    wait_loaded(qtbot, tab)
    tab.show_list(EVERYTHING)
    select_row(tab, "authorisation", cases.left)
    row = tab.ui.table.currentIndex().row()
    assert tab.model.index(row, 8).data() == "ingetrokken"
    assert not actions.withdraw.isEnabled()
    tab.show_list(WorklistKind.AUTHORISED_LEFT)
    assert tab.model.rowCount() == 0  # followed up


def test_the_evidence_opens_through_the_stored_document_function(qtbot, window, cases):
    tab = window.authorisations_tab
    select_row(tab, "authorisation", cases.valid)
    actions = window.authorisation_actions
    assert actions.view_evidence.isEnabled()
    assert "toestemming.eml" in tab.ui.detail.toPlainText()
    viewer = actions.open_evidence()
    assert isinstance(viewer, MessageViewer) and viewer.windowTitle().startswith("E-mail: ")
    assert viewer.error is None  # the stored e-mail reads cleanly
    viewer.close()
    # The link in the detail pane carries the file name too.
    html = tab.ui.detail.toHtml()
    assert "?name=toestemming.eml" in html


def test_the_tab_survives_f5_and_keeps_the_selected_row(qtbot, window, cases):
    tab = window.authorisations_tab
    select_row(tab, "authorisation", cases.unsigned)
    window.ui.actionRefresh.trigger()
    wait_loaded(qtbot, tab)
    assert tab.selected_person().id == cases.unsigned
    window.ui.actionFind.trigger()
    assert tab.ui.search.hasFocus()


def test_granting_from_the_menu_reloads_the_tab(qtbot, window, cases):
    tab = window.authorisations_tab
    before = tab.model.total_count()
    dialog = window.authorisation_actions.open_grant()
    qtbot.waitExposed(dialog)
    store = window.context.store
    sara = next(c for c in people_to_choose(store, TODAY) if c.id == cases.f.student)
    dialog.ui.person.pick(sara)
    dialog.ui.foundationScope.setChecked(True)
    dialog.ui.grantedBy.setCurrentIndex(dialog.ui.grantedBy.findData(cases.f.board))
    dialog.accept()
    assert dialog.saved_id is not None
    wait_loaded(qtbot, tab)
    assert tab.model.total_count() == before + 1


def test_a_person_selected_elsewhere_is_the_one_authorised(qtbot, window, cases):
    window.ui.tabs.setCurrentWidget(window.employees_tab)
    wait_loaded(qtbot, window.employees_tab)
    assert window.employees_tab.select_person("employee", cases.f.teacher)
    dialog = window.authorisation_actions.open_grant()
    assert dialog.ui.person.person().id == cases.f.teacher
    dialog.reject()


def test_an_empty_database_shows_the_start_page_with_the_new_tab(qtbot, db_path, settings, dutch):
    Store.create(db_path, actor="test").close()
    window = open_window(qtbot, db_path, settings)
    try:
        assert window.ui.pages.currentIndex() == START_PAGE
        assert window.authorisations_tab in window.record_tabs
        assert not window.authorisation_actions.grant.isEnabled()
        window.ui.actionRefresh.trigger()  # F5 on an empty database: still the start page
        assert window.ui.pages.currentIndex() == START_PAGE
        window.ui.tabs.setCurrentWidget(window.authorisations_tab)
        assert window.counts_label.text() == "Lege database"
    finally:
        window.close()
        window.context.jobs.wait()


def test_an_account_alone_leaves_the_start_page_for_the_tab(qtbot, db_path, settings, dutch):
    with Store.create(db_path, actor="test") as store:
        add_account(store, AccountInput(platform="x", name="@dekorre"), today=TODAY)
    window = open_window(qtbot, db_path, settings)
    try:
        assert window.ui.pages.currentIndex() == TABS_PAGE
        tab = window.authorisations_tab
        window.ui.tabs.setCurrentWidget(tab)
        wait_loaded(qtbot, tab)
        tab.show_list(WorklistKind.ACCOUNT_WITHOUT_AUTHORISED)
        assert rows_shown(tab) == [("", "X · @dekorre", "niemand bevoegd voor dit account")]
    finally:
        window.close()
        window.context.jobs.wait()


def test_the_layout_of_the_tab_is_remembered(qtbot, window, settings):
    tab = window.authorisations_tab
    tab.ui.table.setColumnWidth(0, 211)
    window.save_layout()
    assert settings.value("window/tab") == window.record_tabs.index(tab)
    assert settings.value("authorisations/splitter") is not None


# -- the person's detail pane -------------------------------------------------------------------


def test_the_detail_pane_shows_a_persons_authorisations(qtbot, window, cases):
    tab = window.employees_tab
    window.ui.tabs.setCurrentWidget(tab)
    tab.ui.includeInactive.setChecked(True)
    wait_loaded(qtbot, tab)
    qtbot.waitUntil(lambda: tab.select_person("employee", cases.f.board), timeout=10_000)
    text = tab.ui.detail.toPlainText()
    assert "Bevoegdheden" in text
    assert "Stichting, algemeen" in text
    assert "vanaf 01-09-2026" in text
    assert "Dirk de Wit (Directeur)" in text
    assert "ingetrokken" in text and "01-11-2026 · Rol gewijzigd" in text
    # Someone without authorisations gets no such section.
    assert tab.select_person("employee", cases.f.director)
    assert "Bevoegdheden" not in tab.ui.detail.toPlainText()


def test_the_history_pane_tells_an_authorisation_granted_and_withdrawn(qtbot, window, cases):
    """Every change about a person shows in "Wijzigingen in het dossier" (issue 13): an
    authorisation given to them and its withdrawal too, in Dutch words."""
    tab = window.employees_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    qtbot.waitUntil(lambda: tab.select_person("employee", cases.f.board), timeout=10_000)
    text = tab.ui.detail.toPlainText()
    history = text[text.index("Wijzigingen in het dossier") :]
    assert "Bevoegdheid gegeven: Stichting, algemeen" in history
    assert "Bevoegdheid ingetrokken: Stichting, algemeen" in history
    assert "Geldig van: 01-09-2026" in history
    assert "Verleend door: Dirk de Wit (Directeur)" in history
    assert "Ingetrokken op: 01-11-2026" in history
    assert "Notitie: Rol gewijzigd" in history
    assert "authorisation" not in history  # no table names
