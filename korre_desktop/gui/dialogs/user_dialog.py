"""One user of Beheer → Gebruikers: a new user (login, role, password twice, the schools of
an office or management, the employee of a teacher), another role, the schools, or a
class or trip group linked by hand. One form; each mode shows the rows it needs.

The password goes to the service (which sends it to the server already hashed) and
nowhere else: the fields are emptied when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from korre_desktop.domain.roles import Role
from korre_desktop.errors import InputError, KorreError
from korre_desktop.gui import user_words
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.record_base import RecordDialog
from korre_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from korre_desktop.gui.role_words import role_label
from korre_desktop.services import groups, selection, users
from korre_desktop.services.entry import employees_to_choose
from korre_desktop.services.users import User

ADD, ROLE, SCHOOLS, LINK, PASSWORD = "add", "role", "schools", "link", "password"
LIMITED_ROLES = (Role.ADMINISTRATIE, Role.DIRECTIE)
ROWS = ("login", "role", "password", "again", "schools", "employee", "klass", "group")
ROWS_OF = {  # the rows a mode may show (schools and employee follow the role)
    ADD: ("login", "role", "password", "again", "schools", "employee"),
    ROLE: ("login", "role", "schools"),
    SCHOOLS: ("login", "schools"),
    LINK: ("login", "klass", "group"),
    PASSWORD: ("login", "password", "again"),
}


class UserDialog(RecordDialog):
    """``mode`` is one of ADD, ROLE, SCHOOLS, LINK, PASSWORD; ``user`` the user changed (not ADD).
    ``saved_login`` is the login saved."""

    def __init__(
        self,
        context: AppContext,
        mode: str = ADD,
        user: User | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self.user = user
        self.saved_login: str | None = None
        ui = self.ui
        self.setup_problems(
            ui.generalError,
            {
                "login": (ui.login, ui.loginError),
                "role": (ui.role, ui.roleError),
                "password": (ui.password, ui.passwordError),
                "again": (ui.again, ui.againError),
                "schools": (ui.schoolList, ui.schoolsError),
                "employee": (ui.employee, ui.employeeError),
                "klass": (ui.klass, ui.klassError),
                "group": (ui.group, ui.groupError),
            },
        )
        ui.password.textChanged.connect(lambda _text: self.clear_problem("again"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        for role in Role:
            ui.role.addItem(role_label(role), role)
        ui.role.currentIndexChanged.connect(lambda _index: self._show_rows())
        self._fill_schools()
        self._fill_choices()
        ui.note.setTextFormat(Qt.TextFormat.PlainText)
        if user is not None:
            ui.login.setText(user.login)
            ui.login.setReadOnly(True)
            ui.role.setCurrentIndex(ui.role.findData(user.role))
        else:
            ui.role.setCurrentIndex(ui.role.findData(Role.LEERKRACHT))
        self.setWindowTitle(
            {
                ADD: self.tr("Add user"),
                ROLE: self.tr("Change role"),
                SCHOOLS: self.tr("Schools of a user"),
                LINK: self.tr("Link a class or trip group"),
                PASSWORD: self.tr("New password"),
            }[mode]
        )
        self._take_other_rows()
        self._show_rows()
        self.finished.connect(lambda _result: self._forget_password())

    # -- the form -------------------------------------------------------------------------------

    def _fill_schools(self) -> None:
        chosen = {name.strip() for name in self.user.schools.split(",")} if self.user else set()
        for school in selection.schools(self.store):
            item = QListWidgetItem(school.name, self.ui.schoolList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = school.name in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill_choices(self) -> None:
        ui = self.ui
        if self.mode == ADD:
            ui.employee.addItem(self.tr("none (classes linked by hand)"), None)
            for person in employees_to_choose(self.store, self.today):
                if person.left_on is None:
                    ui.employee.addItem(f"{person.name} ({person.number})", person.number)
        if self.mode == LINK:
            ui.klass.addItem(self.tr("none"), None)
            for klass in selection.classes_on(self.store, self.today):
                ui.klass.addItem(f"{klass.name} ({klass.school})", klass)
            ui.group.addItem(self.tr("none"), None)
            for group in groups.list_groups(self.store):
                ui.group.addItem(group.label, group)

    def _take_other_rows(self) -> None:
        """Out of the form, the rows this mode never shows (a hidden row keeps its
        spacing)."""
        for name in ROWS:
            if name not in ROWS_OF[self.mode]:
                box = getattr(self.ui, f"{name}Box")
                self.ui.form.takeRow(box)
                getattr(self.ui, f"{name}Label").hide()
                for index in range(box.count()):
                    widget = box.itemAt(index).widget()
                    if widget is not None:
                        widget.hide()

    def role(self) -> Role:
        return Role(self.ui.role.currentData())  # Qt keeps the value as a plain str

    def _show_rows(self) -> None:
        """The rows this mode (and, adding or changing a role, the chosen role) needs."""
        limited = self.role() in LIMITED_ROLES
        shown = {
            ADD: {"login", "role", "password", "again"}
            | ({"schools"} if limited else set())
            | ({"employee"} if self.role() is Role.LEERKRACHT else set()),
            ROLE: {"login", "role"} | ({"schools"} if limited else set()),
            SCHOOLS: {"login", "schools"},
            LINK: {"login", "klass", "group"},
            PASSWORD: {"login", "password", "again"},
        }[self.mode]
        for name in ROWS_OF[self.mode]:
            self.ui.form.setRowVisible(getattr(self.ui, f"{name}Box"), name in shown)
        for _widget, error in self._fields.values():  # a row shown shows all its widgets
            if error is not None and not error.text():
                error.hide()
        self.ui.note.setText(self._note())
        self.ui.note.setVisible(bool(self.ui.note.text()))
        if self.isVisible():
            self._fit(grow_only=False)  # other rows: the height they need

    def _note(self) -> str:
        if self.mode == ADD and self.role() is Role.LEERKRACHT:
            return self.tr(
                "A teacher sees the classes the import links to their employee, and the"
                " classes and trip groups linked by hand."
            )
        if self.mode == LINK:
            return self.tr("The teacher may then read and print this class's or group's lists.")
        if self.mode == PASSWORD:
            return self.tr(
                "Give the user the new password in person. They can change it themselves"
                " after signing in (File → Change password)."
            )
        if self.mode == ROLE and self.user is not None and self.role() is not self.user.role:
            return self.tr("The new role counts from the user's next sign-in.")
        return ""

    def chosen_schools(self) -> list[str]:
        items = (self.ui.schoolList.item(row) for row in range(self.ui.schoolList.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> int:
        ui, store = self.ui, self.store
        login = ui.login.text().strip()
        role = self.role()
        schools = self.chosen_schools() if role in LIMITED_ROLES else []
        if self.mode in (ADD, PASSWORD) and ui.password.text() != ui.again.text():
            raise _Refused(user_words.PASSWORDS_DIFFER)
        if self.mode == PASSWORD:
            if not ui.password.text():
                raise _Refused(user_words.PASSWORD_REQUIRED)
            users.set_password(store, login, ui.password.text())
        elif self.mode == ADD:
            password = ui.password.text()
            staff = ui.employee.currentData() if role is Role.LEERKRACHT else None
            users.add_user(store, login, role, password or None, schools, staff)
        elif self.mode == ROLE:
            users.set_role(store, login, role)
            if role in LIMITED_ROLES:
                users.set_schools(store, login, schools)
        elif self.mode == SCHOOLS:
            users.set_schools(store, login, self.chosen_schools())
        else:
            klass, group = ui.klass.currentData(), ui.group.currentData()
            if klass is None and group is None:
                raise _Refused(user_words.NOTHING_TO_LINK)
            if klass is not None:
                users.link_class(store, login, klass.name, klass.school, self.today)
            if group is not None:
                users.link_trip_group(store, login, group.name, group.trip_date)
        self.saved_login = login
        return 0

    def accept(self) -> None:
        """Save; a refusal is shown by the field it is about (or above the form)."""
        try:
            saved = self.save()
        except KorreError as error:
            self.show_refusal(error)
            return
        self._forget_password()
        self.saved_id = saved
        self.saved.emit(saved)
        super(RecordDialog, self).accept()

    def show_refusal(self, error: KorreError) -> None:
        field, text = user_words.problem_of(error)
        widget, label = self._fields.get(field, (None, None))
        if widget is None or label is None or not widget.isVisibleTo(self):
            self.show_general(text)
            return
        self.clear_problems()
        label.show()  # then the text: a hidden label's size would stay stale
        label.setText(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _forget_password(self) -> None:
        self.ui.password.clear()
        self.ui.again.clear()


class _Refused(InputError):
    """A problem the window finds itself before anything is sent (``reason`` as the
    service's refusals have it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
