"""Beheer → Wijzigingslog: every change to the records, newest first, with who, when and
what it was before and after; filtered by a day, a user and the kind of record; saved as
CSV; the menu item only for who may read it. And ``korre-desktop change-log``."""

from __future__ import annotations

import csv
import io
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

from korre_desktop.cli import main
from korre_desktop.domain.roles import Role, SignedIn
from korre_desktop.gui.dialogs.change_log_dialog import ChangeLogDialog
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.services import change_log, records
from korre_desktop.store import Store
from tests.engines import file_of
from tests.gui.conftest import open_window


def _changed(store: Store) -> int:
    """A school added and renamed by "office-pc", a setting by "someone-else"."""
    school = records.add_school(store, records.SchoolInput(name="De Linde"))
    with store.transaction():
        store.records.update_school(school, {"name": "De Linde Noord"})
    other = Store.open(file_of(store), actor="someone-else")
    with other:
        other.set_setting("signing_deadline_days", "42")
    return school


def test_the_changes_newest_first_with_before_and_after(store: Store) -> None:
    school = _changed(store)
    found = change_log.entries(store)
    renamed = next(c for c in found if c.action == "update" and c.table == "schools")
    assert renamed.before["name"] == "De Linde" and renamed.after["name"] == "De Linde Noord"
    assert renamed.fields == ("name",) and renamed.row_id == str(school)
    assert [c.id for c in found] == sorted((c.id for c in found), reverse=True)
    assert {c.actor for c in change_log.entries(store, user="someone-else")} == {"someone-else"}
    assert {c.table for c in change_log.entries(store, table="schools")} == {"schools"}
    assert change_log.entries(store, since=date(2999, 1, 1)) == []


def test_the_dialog_filters_and_saves_csv(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    store = window.context.store
    _changed(store)
    action = window.access_log_actions.change_log_action
    assert action is not None and action.isVisible()  # the embedded file's user: beheerder
    dialog = window.access_log_actions.open_change_log()
    assert isinstance(dialog, ChangeLogDialog)
    dialog.ui.since.setText("")
    dialog.refresh()
    everything = dialog.ui.table.model().rowCount()
    assert everything >= 3
    dialog.ui.tableFilter.setCurrentIndex(dialog.ui.tableFilter.findData("schools"))
    model = dialog.ui.table.model()
    assert 0 < model.rowCount() < everything
    assert dialog.ui.tableFilter.currentText() == "School"  # the kind of record, in Dutch
    assert model.data(model.index(0, 3)).startswith("School ")
    target = tmp_path / "wijzigingen.csv"
    monkeypatch.setattr("korre_desktop.gui.dialogs.log_dialog.save_file", lambda *a, **k: target)
    assert dialog.export_csv() == target
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0] == list(change_log.CSV_COLUMNS)
    assert {row[3] for row in rows[1:]} == {"schools"} and "De Linde Noord" in target.read_text()
    dialog.close()


def test_the_fields_are_named_in_words(qtbot, window: MainWindow) -> None:
    store = window.context.store
    student = store.rows("SELECT id FROM students ORDER BY id LIMIT 1")[0]["id"]
    with store.transaction():
        store.update("students", student, {"achternaam": "Anders", "left_date": "2026-07-01"})
    dialog = window.access_log_actions.open_change_log()
    model = dialog.ui.table.model()
    fields, before, after = (model.data(model.index(0, column)) for column in (4, 5, 6))
    assert fields == "Achternaam, Vertrokken op"
    assert after == "Achternaam: Anders, Vertrokken op: 01-07-2026"
    assert before.startswith("Achternaam: ") and "left_date" not in before
    dialog.close()


def test_only_who_may_read_it_sees_the_item(qtbot, demo_db, settings, dutch, monkeypatch):
    who = SignedIn("juf", Role.LEERKRACHT)
    monkeypatch.setattr(Store, "signed_in", lambda self: who)
    window = open_window(qtbot, demo_db, settings)
    assert window.access_log_actions.change_log_action is None
    assert not change_log.may_read(window.context.store)


def test_the_command_prints_the_changes(store: Store) -> None:
    _changed(store)
    location = str(file_of(store))
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["change-log", "--db", location, "--table", "schools"]) == 0
    lines = out.getvalue().splitlines()
    assert lines and all(line.split("\t")[3] == "schools" for line in lines)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["change-log", "--db", location, "--user", "someone-else", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(change_log.CSV_COLUMNS) and {r[1] for r in rows[1:]} == {"someone-else"}
