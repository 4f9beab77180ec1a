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


def _foundation(url: str, tag: str) -> dict[Role, str]:
    """Two classes of one school and another school; a login per role (a teacher of 5a,
    an office of De Linde); the logins by role."""
    logins = {role: f"gui_{role.value}_{tag}" for role in Role}  # logins are the cluster's
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
        anker = records.add_school(name="Het Anker", brin="34CD")
        seven = records.add_class(school_id=anker, school_year_id=year, name="7c")
        _person(store, anker, "C1", "Dirk", seven, form)
        _employee(store, "T1", linde)
        _employee(store, "T2", anker)
        for role, login in logins.items():
            schools = ("De Linde",) if role is Role.ADMINISTRATIE else ()
            users.add_user(store, login, role, PASSWORD, schools)
        users.link_class(store, logins[Role.LEERKRACHT], "5a", "De Linde", TODAY)
    return logins


def _window(qtbot, url: str, login: str, tmp_path: Path):
    settings = QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat)
    window = create_main_window(
        ServerLocation(with_login(url, login)), settings, today=lambda: TODAY
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_teacher_opens_the_window_and_sees_their_class_only(
    qtbot, server_databases, dutch, tmp_path: Path, monkeypatch
) -> None:
    url = server_databases.new_database()
    teacher = _foundation(url, uuid.uuid4().hex[:8])[Role.LEERKRACHT]
    shown: list[BaseException] = []
    monkeypatch.setattr(ErrorPresenter, "show", lambda self, error, *a, **k: shown.append(error))
    window = _window(qtbot, url, teacher, tmp_path)
    window.ui.tabs.setCurrentWidget(window.consent_tab)
    wait_loaded(qtbot, window.consent_tab)
    model = window.consent_tab.model
    rows = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert sorted(rows) == ["A1", "A2"]  # their class's students; no staff, no other class
    assert shown == []
    window.close()
    window.context.jobs.wait()


@pytest.mark.parametrize("role", list(Role))
def test_every_tab_a_role_sees_loads_with_a_persons_detail(
    role: Role, qtbot, server_databases, dutch, tmp_path: Path, monkeypatch
) -> None:
    """What the window shows a role it may read: each visible tab loads and shows its
    first person's detail without an error from the server."""
    url = server_databases.new_database()
    login = _foundation(url, uuid.uuid4().hex[:8])[role]
    shown: list[BaseException] = []
    monkeypatch.setattr(ErrorPresenter, "show", lambda self, error, *a, **k: shown.append(error))
    window = _window(qtbot, url, login, tmp_path)
    tabs = window.ui.tabs
    visible = [tab for tab in window.record_tabs if tabs.isTabVisible(tabs.indexOf(tab))]
    for tab in visible:
        tabs.setCurrentWidget(tab)
        wait_loaded(qtbot, tab)
        if tab.model.rowCount():
            tab.ui.table.selectRow(0)
    assert shown == []
    assert bool(visible) is (role is not Role.PRIVACY)
    window.close()
    window.context.jobs.wait()
