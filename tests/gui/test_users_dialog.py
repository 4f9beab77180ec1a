"""Beheer → Gebruikers on a real server with real logins (a beheerder's own login, not the
cluster's superuser): a teacher added through the dialog by typing, shown with their Dutch
role, given another role, disabled; two passwords that differ are shown by the field and
nothing is made. On the embedded file, and for any other role, the item is absent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from korre_desktop.domain.roles import Role
from korre_desktop.gui.dialogs.user_dialog import UserDialog
from korre_desktop.gui.dialogs.users_dialog import UsersDialog
from korre_desktop.gui.main_window import MainWindow
from korre_desktop.gui.user_actions import UserActions
from korre_desktop.server_location import with_login
from korre_desktop.services import groups, users
from korre_desktop.store import Store
from tests.gui.conftest import make_context
from tests.test_roles_server import PASSWORD, _employee, _person

TODAY = date(2026, 11, 16)


class Server:
    """A server database with a school, a class, a teacher's employee and a beheerder."""

    def __init__(self, url: str) -> None:
        self.url = url
        tag = uuid.uuid4().hex[:8]  # logins are the cluster's: each test its own
        self.beheerder = f"gui_beheer_{tag}"
        self.teacher = f"gui_juf_{tag}"
        self.teacher_b = f"gui_meester_{tag}"

    def as_(self, login: str) -> str:
        return with_login(self.url, login)

    def can_sign_in(self, login: str) -> bool | None:
        with psycopg.connect(self.url, autocommit=True) as admin:
            found = admin.execute(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", [login]
            ).fetchone()
        return None if found is None else found[0]


@pytest.fixture
def server(server_databases) -> Server:
    made = Server(server_databases.new_database())
    with Store.open(made.url, actor="it") as store, store.transaction():
        records = store.records
        linde = records.add_school(name="De Linde", brin="12AB")
        records.add_school(name="Het Anker", brin="34CD")
        year = records.add_school_year(
            label="2026-2027", start=date(2026, 8, 1), end=date(2027, 7, 31)
        )
        five = records.add_class(school_id=linde, school_year_id=year, name="5a")
        form = store.consent.form_versions()[0]["id"]
        student = _person(store, linde, "A1", "Anna", five, form)
        _employee(store, "T1", linde)
        groups.create_group(store, "Kamp", date(2027, 6, 1), [student])
        users.add_user(store, made.beheerder, Role.BEHEERDER, PASSWORD)
    return made


@pytest.fixture
def as_beheerder(server: Server, qapp, dutch, tmp_path: Path) -> Iterator[Store]:
    with Store.open(server.as_(server.beheerder)) as store:
        yield store


def _open(qtbot, store: Store, tmp_path: Path) -> UsersDialog:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = UserActions(make_context(store, settings, TODAY), parent, QMenu(parent))
    assert actions.action is not None and actions.action.text() == "&Gebruikers…"
    dialog = actions.open()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: UsersDialog) -> dict[str, list[str]]:
    model = dialog.model
    rows = {}
    for row in range(model.rowCount()):
        texts = [model.index(row, column).data() for column in range(model.columnCount())]
        rows[texts[0]] = texts[1:]
    return rows


def _save(qtbot, dialog: UserDialog) -> None:
    qtbot.keyClick(dialog.ui.again, Qt.Key.Key_Return)  # Enter saves (Save is the default)
    QApplication.processEvents()


@pytest.mark.server_only
def test_a_beheerder_adds_a_teacher_changes_the_role_and_disables_them(
    qtbot, server: Server, as_beheerder: Store, tmp_path: Path
) -> None:
    dialog = _open(qtbot, as_beheerder, tmp_path)
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    assert _rows(dialog)[server.beheerder][:2] == ["beheerder", "ja"]

    add = dialog.open_add()
    assert isinstance(add, UserDialog)
    qtbot.waitExposed(add)
    ui = add.ui
    assert ui.role.currentText() == "leerkracht"  # the usual new user
    assert ui.employee.isVisible() and not ui.schoolList.isVisible()
    qtbot.keyClicks(ui.login, server.teacher)
    ui.employee.setCurrentIndex(ui.employee.findData("T1"))
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.again, PASSWORD)
    left = []  # what the password fields hold once saved: nothing (kept nowhere)
    add.saved.connect(lambda _id: left.append(ui.password.text() + ui.again.text()))
    with qtbot.waitSignal(add.saved, timeout=5000):
        _save(qtbot, add)
    assert left == [""]

    assert _rows(dialog)[server.teacher] == ["leerkracht", "ja", "T1", "", "", ""]
    assert dialog.selected().login == server.teacher
    with Store.open(server.as_(server.teacher)) as teacher:  # a real login, in its role
        assert teacher.signed_in().role is Role.LEERKRACHT
        assert not users.may_manage(teacher)
    with psycopg.connect(server.url, autocommit=True) as admin:
        stored = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", [server.teacher]
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored

    link = dialog.open_link()
    qtbot.waitExposed(link)
    link.ui.klass.setCurrentIndex(link.ui.klass.findText("5a (De Linde)"))
    link.ui.group.setCurrentIndex(1)
    with qtbot.waitSignal(link.saved, timeout=5000):
        link.accept()
    assert _rows(dialog)[server.teacher][4:] == ["5a", "Kamp"]

    role = dialog.open_role()
    qtbot.waitExposed(role)
    assert role.ui.login.isReadOnly() and not role.ui.password.isVisible()
    role.ui.role.setCurrentIndex(role.ui.role.findData(Role.DIRECTIE))
    assert role.ui.schoolList.isVisible()  # management may be limited to schools
    role.ui.schoolList.item(0).setCheckState(Qt.CheckState.Checked)  # De Linde
    with qtbot.waitSignal(role.saved, timeout=5000):
        role.accept()
    assert _rows(dialog)[server.teacher][:4] == ["directie", "ja", "T1", "De Linde"]

    notice = dialog.open_disable()
    qtbot.waitExposed(notice)
    assert f"{server.teacher} kan dan niet meer inloggen" in notice.informativeText()
    assert "geschiedenis" in notice.informativeText()
    notice.disable_button.click()
    QApplication.processEvents()
    assert _rows(dialog)[server.teacher][1] == "nee (uitgeschakeld)"
    assert server.can_sign_in(server.teacher) is False
    assert not dialog.ui.changeRole.isEnabled() and not dialog.ui.disable.isEnabled()
    assert dialog.ui.message.text() == f"{server.teacher} kan niet meer inloggen."
    dialog.close()


@pytest.mark.server_only
def test_a_beheerder_gives_a_new_password_and_enables_a_disabled_user(
    qtbot, server: Server, as_beheerder: Store, tmp_path: Path
) -> None:
    users.add_user(as_beheerder, server.teacher, Role.LEERKRACHT, PASSWORD)
    users.disable_user(as_beheerder, server.teacher)
    dialog = _open(qtbot, as_beheerder, tmp_path)
    assert dialog.select(server.teacher)
    ui = dialog.ui
    assert ui.enable.isVisible() and not ui.disable.isVisible()
    assert not ui.password.isEnabled()  # a disabled user first comes back
    assert ui.enable.text() == "&Inschakelen"
    ui.enable.click()
    assert server.can_sign_in(server.teacher) is True
    assert _rows(dialog)[server.teacher][1] == "ja"
    assert ui.message.text() == f"{server.teacher} kan weer inloggen."
    assert ui.disable.isVisible() and not ui.enable.isVisible() and ui.password.isEnabled()

    def stored() -> str:
        with psycopg.connect(server.url, autocommit=True) as admin:
            return admin.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", [server.teacher]
            ).fetchone()[0]

    before = stored()
    new = dialog.open_password()
    qtbot.waitExposed(new)
    assert new.windowTitle() == "Nieuw wachtwoord" and new.ui.login.isReadOnly()
    assert not new.ui.role.isVisible() and new.ui.again.isVisible()
    qtbot.keyClicks(new.ui.password, "nieuw-Wachtwoord-2")
    qtbot.keyClicks(new.ui.again, "anders")
    _save(qtbot, new)
    assert new.isVisible() and new.ui.againError.isVisible()  # by the field, nothing sent
    assert stored() == before
    new.ui.again.clear()
    qtbot.keyClicks(new.ui.again, "nieuw-Wachtwoord-2")
    with qtbot.waitSignal(new.saved, timeout=5000):
        _save(qtbot, new)
    assert stored() != before and stored().startswith("SCRAM-SHA-256$")
    dialog.close()


@pytest.mark.server_only
def test_refusals_are_shown_by_their_field_and_nothing_is_made(
    qtbot, server: Server, as_beheerder: Store, tmp_path: Path
) -> None:
    dialog = _open(qtbot, as_beheerder, tmp_path)
    add = dialog.open_add()
    qtbot.waitExposed(add)
    ui = add.ui
    qtbot.keyClicks(ui.login, server.teacher_b)
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.again, PASSWORD + "x")
    _save(qtbot, add)
    assert add.isVisible()
    assert add.problems_shown() == {
        "again": "De twee wachtwoorden verschillen: typ twee keer hetzelfde wachtwoord."
    }
    assert ui.againError.isVisible()
    assert server.can_sign_in(server.teacher_b) is None
    assert server.teacher_b not in _rows(dialog)

    ui.login.setText(server.beheerder)  # a user already: by the login name
    ui.again.setText(PASSWORD)
    _save(qtbot, add)
    assert add.problems_shown() == {"login": "Deze inlognaam is al een gebruiker."}
    ui.login.setText("pg_stiekem")
    _save(qtbot, add)
    assert list(add.problems_shown()) == ["login"]
    ui.login.setText(server.teacher_b)
    ui.password.clear()
    ui.again.clear()
    _save(qtbot, add)
    assert add.problems_shown() == {"password": "Vul een wachtwoord in voor de nieuwe inlognaam."}
    assert server.can_sign_in(server.teacher_b) is None
    add.reject()
    dialog.close()


@pytest.mark.server_only
def test_only_a_beheerder_sees_the_item(qtbot, server: Server, dutch, tmp_path: Path) -> None:
    with Store.open(server.url, actor="it") as store:
        users.add_user(store, server.teacher, Role.ADMINISTRATIE, PASSWORD)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    with Store.open(server.as_(server.teacher)) as office:
        parent = QWidget()
        qtbot.addWidget(parent)
        menu = QMenu(parent)
        actions = UserActions(make_context(office, settings, TODAY), parent, menu)
        assert actions.action is None and menu.actions() == []


@pytest.mark.server_only
def test_a_trip_group_is_linked_on_the_command_line(server: Server, capsys) -> None:
    from tests.test_cli import _run

    with Store.open(server.url, actor="it") as store:
        users.add_user(store, server.teacher, Role.LEERKRACHT, PASSWORD)
    base = ("--db", server.as_(server.beheerder), "users")
    code, out, err = _run(capsys, *base, "link-group", server.teacher, "--group", "kamp")
    assert code == 0, err
    assert out.strip() == f"trip group Kamp (01-06-2027) linked to {server.teacher}"
    code, _, err = _run(capsys, *base, "link-group", server.teacher, "--group", "Zeeland")
    assert code == 2
    assert "no trip group named 'Zeeland'" in err
    with Store.open(server.as_(server.teacher)) as teacher:
        found = teacher.db.execute("SELECT name FROM trip_groups").fetchall()
        assert [row[0] for row in found] == ["Kamp"]


@pytest.mark.embedded_only
def test_the_embedded_file_has_no_users_item(window: MainWindow) -> None:
    assert window.user_actions.action is None
    assert "&Gebruikers…" not in [action.text() for action in window.manage_menu.actions()]
    assert not users.may_manage(window.context.store)
