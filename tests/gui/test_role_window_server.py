"""The window as a real teacher login on a real server: it opens (nothing of the office's
scan queue asked), the Mediatoestemming tab loads their class's students and no staff,
and no error is shown. (Found by looking: the window once failed to open for a teacher.)"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from korre_desktop.domain.roles import Role
from korre_desktop.gui.app import create_main_window
from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.server_location import ServerLocation, with_login
from korre_desktop.services import users
from korre_desktop.store import Store
from tests.gui.conftest import wait_loaded
from tests.test_roles_server import PASSWORD, _employee, _person

pytestmark = pytest.mark.server_only
TODAY = date(2026, 11, 16)


def test_a_teacher_opens_the_window_and_sees_their_class_only(
    qtbot, server_databases, dutch, tmp_path: Path, monkeypatch
) -> None:
    url = server_databases.new_database()
    teacher = f"gui_leerkracht_{uuid.uuid4().hex[:8]}"  # logins are the cluster's
    with Store.open(url, actor="it") as store, store.transaction():
        records = store.records
        linde = records.add_school(name="De Linde", brin="12AB")
        year = records.add_school_year(
            label="2026-2027", start=date(2026, 8, 1), end=date(2027, 7, 31)
        )
        five = records.add_class(school_id=linde, school_year_id=year, name="5a")
        six = records.add_class(school_id=linde, school_year_id=year, name="6b")
        form = store.consent.form_versions()[0]["id"]
        _person(store, linde, "A1", "Anna", five, form)
        _person(store, linde, "A2", "Bram", five, form)
        _person(store, linde, "B1", "Cees", six, form)
        _employee(store, "T1", linde)
        users.add_user(store, teacher, Role.LEERKRACHT, PASSWORD)
        users.link_class(store, teacher, "5a", "De Linde", TODAY)
    shown: list[BaseException] = []
    monkeypatch.setattr(ErrorPresenter, "show", lambda self, error, *a, **k: shown.append(error))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = create_main_window(
        ServerLocation(with_login(url, teacher)), settings, today=lambda: TODAY
    )
    qtbot.addWidget(window)
    window.show()
    window.ui.tabs.setCurrentWidget(window.consent_tab)
    wait_loaded(qtbot, window.consent_tab)
    model = window.consent_tab.model
    rows = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert sorted(rows) == ["A1", "A2"]  # their class's students; no staff, no other class
    assert shown == []
    window.close()
    window.context.jobs.wait()
