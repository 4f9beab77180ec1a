"""Beheer → Bewaartermijnen toepassen… and Gegevens verwijderen… (issue 17): the dry run
shown, the purge run as a job, an erasure refused while the person is enrolled."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from korre_desktop.gui.dialogs.purge_dialog import PurgeDialog
from korre_desktop.gui.purge_actions import PurgeActions
from korre_desktop.store import Store
from tests.gui.conftest import make_context
from tests.purge_world import DAY, World, build


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


@pytest.fixture
def actions(qtbot, store: Store, settings, world: World, dutch) -> PurgeActions:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    return PurgeActions(make_context(store, settings, DAY), parent)


def _remove(qtbot, dialog: PurgeDialog) -> None:
    with qtbot.waitSignal(dialog.purged, timeout=20_000):
        dialog.remove_button.click()
    dialog.context.jobs.wait()


def test_the_periods_dialog_shows_who_goes_and_purges(qtbot, actions, store) -> None:
    dialog = actions.open_periods()
    qtbot.waitExposed(dialog)
    text = dialog.ui.planText.toPlainText()
    assert "Leerling 1001  Zwaantje Ravensberg, vertrokken 01-07-2023 (De Linde)" in text
    assert "Leerlinggegevens: 1 personen" in text
    assert not dialog.ui.reason.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    _remove(qtbot, dialog)
    assert "verwijderd volgens de regel Leerlinggegevens" in dialog.ui.planText.toPlainText()
    assert dialog.remove_button.text() == "&Sluiten"
    rows = store.rows("SELECT after FROM audit_log WHERE action = 'purge'")
    assert {json.loads(row["after"])["rule"] for row in rows} == {
        "student_records",
        "staff_records",
    }
    dialog.remove_button.click()
    assert not dialog.isVisible()


def test_an_erasure_asks_the_reason(qtbot, actions, store, world: World) -> None:
    actions.set_selection("student", world.ids["gone"])
    dialog = actions.open_erasure()
    qtbot.waitExposed(dialog)
    assert dialog.ui.reason.isVisible()
    dialog.remove_button.click()
    assert dialog.ui.reasonError.text() == "Vul in waarom de gegevens worden verwijderd."
    assert store.records.student_row(world.ids["gone"]) is not None
    dialog.ui.reason.setText("Verzoek van de moeder")
    _remove(qtbot, dialog)
    assert store.records.student_row(world.ids["gone"]) is None
    row = store.rows("SELECT after FROM audit_log WHERE action = 'purge'")[0]
    assert json.loads(row["after"])["reason"] == "Verzoek van de moeder"


def test_an_erasure_is_refused_while_enrolled(qtbot, actions, world: World, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(actions, "refuse", shown.append)
    actions.set_selection("student", world.ids["stays"])
    assert actions.open_erasure() is None
    assert shown == [
        "Deze leerling staat nog ingeschreven. Vul eerst de vertrekdatum in; de gegevens"
        " kunnen vanaf de dag daarna worden verwijderd."
    ]
    actions.set_selection("employee", world.ids["colleague"])
    assert actions.open_erasure() is None
    assert "nog in dienst" in shown[-1]


def test_cancel_changes_nothing(qtbot, actions, store) -> None:
    before = store.rows("SELECT count(*) AS n FROM students")
    dialog = actions.open_periods()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert store.rows("SELECT count(*) AS n FROM students") == before
