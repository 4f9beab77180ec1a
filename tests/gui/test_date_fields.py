"""Date fields: typed in one go as dd-mm-jjjj or d-m-jj, an impossible date refused with the
same message everywhere, and a typed date never turned into another day (Mediatoestemming's
date editor made 06-02-2026 of 31-02-2026)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QWidget

from korre_desktop.gui.widgets.date_field import DateField
from tests.gui.conftest import DEMO_DAY, wait_loaded
from tests.gui.every_window import dialog_states, first_run_states, review_states

IMPOSSIBLE = "31-02-2026 bestaat niet."


@pytest.fixture
def field(qtbot, dutch) -> Iterator[DateField]:
    root = QWidget()
    qtbot.addWidget(root)
    made = DateField(root)
    made.setObjectName("when")
    made.set_today(lambda: DEMO_DAY)
    made.set_date(DEMO_DAY)
    other = QLineEdit(root)
    other.move(0, 40)
    root.show()
    qtbot.waitExposed(root)
    yield made
    root.close()


def click_and_type(qtbot, field: DateField, text: str, end=Qt.Key.Key_Tab) -> None:
    """As a user does: a click into the field, the date typed, Tab (or Enter)."""
    field.window().activateWindow()
    field.clearFocus()  # the user was elsewhere
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(8, field.height() // 2))
    qtbot.waitUntil(lambda: field.hasFocus())
    QApplication.processEvents()  # the click selects everything: typing replaces it
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, end)


def test_an_impossible_date_stays_as_typed_and_is_refused(qtbot, field):
    changed = []
    field.date_changed.connect(changed.append)
    click_and_type(qtbot, field, "31-02-2026")
    assert field.text() == "31-02-2026"
    assert field.date() is None and field.last_date() == DEMO_DAY
    assert field.problem() == IMPOSSIBLE and field.toolTip() == IMPOSSIBLE
    assert changed == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("14-09-2026", date(2026, 9, 14)),
        ("5-9-26", date(2026, 9, 5)),
        ("5/9/2026", date(2026, 9, 5)),
        ("14-3-85", date(1985, 3, 14)),
        ("29-02-2028", date(2028, 2, 29)),
    ],
)
def test_a_date_typed_in_one_go_is_taken_and_written_out(qtbot, field, typed, meant):
    changed = []
    field.date_changed.connect(changed.append)
    click_and_type(qtbot, field, typed, end=Qt.Key.Key_Return)
    assert field.date() == meant and changed == [meant]
    assert field.text() == f"{meant.day:02d}-{meant.month:02d}-{meant.year}"
    assert field.problem() is None and field.toolTip() == ""


def test_a_wrong_shape_says_how_to_type_it(qtbot, field):
    click_and_type(qtbot, field, "2026-09-05")
    assert field.problem() == "Typ de datum als dd-mm-jjjj, bijvoorbeeld 05-09-2026."
    assert field.text() == "2026-09-05"


def test_read_shows_the_problem_beside_the_field_and_keeps_the_text(qtbot, field):
    from PySide6.QtWidgets import QLabel

    label = QLabel(field.parentWidget())
    label.setObjectName("whenError")
    label.hide()
    field.setText("31-02-2026")
    assert field.read() is None
    assert label.isVisibleTo(field.parentWidget()) and label.text() == IMPOSSIBLE
    assert field.hasFocus() and field.selectedText() == "31-02-2026"
    field.clear()
    assert field.read() is None and label.text() == "Vul de datum in."
    assert field.read(required=False) is None
    field.setText("01-10-2026")
    assert field.read() == date(2026, 10, 1)


def test_the_calendar_picks_a_day(qtbot, field):
    calendar = field.show_calendar()
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.date() == date(2026, 11, 27) and not calendar.isVisible()


def test_mediatoestemming_refuses_31_february_and_keeps_the_rows_of_the_last_date(qtbot, window):
    tab = window.consent_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    click_and_type(qtbot, tab.ui.date, "31-02-2026", end=Qt.Key.Key_Return)
    assert tab.ui.date.text() == "31-02-2026"
    assert tab.ui.dateError.isVisible() and tab.ui.dateError.text() == IMPOSSIBLE
    assert tab.selected_date() == DEMO_DAY and not tab.is_loading()
    click_and_type(qtbot, tab.ui.date, "1-9-26", end=Qt.Key.Key_Return)
    assert tab.ui.date.text() == "01-09-2026" and not tab.ui.dateError.isVisible()
    assert tab.selected_date() == date(2026, 9, 1)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)
    assert window.export_actions.date() == date(2026, 9, 1)  # the Excel overview follows


def test_the_withdrawal_keeps_the_date_typed_after_its_alt_letter(qtbot, window):
    """Alt+the date label's letter goes to the date (not to "Ingetrokken door")."""
    from PySide6.QtGui import QKeySequence

    tab = window.students_tab
    window.ui.tabs.setCurrentWidget(tab)
    wait_loaded(qtbot, tab)
    tab.ui.table.selectRow(0)
    person = tab.selected_person()
    dialog = window.withdraw()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key = QKeySequence.mnemonic(dialog.ui.dateLabel.text())[0]
    qtbot.keyClick(dialog, key.key(), key.keyboardModifiers())
    assert dialog.focusWidget() is dialog.ui.withdrawnOn
    qtbot.keyClicks(dialog.ui.withdrawnOn, "2-11-26")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    rows = window.context.store.rows(
        "SELECT signed_date FROM consent_statements WHERE student_id = ? ORDER BY id DESC",
        [person.id],
    )
    assert rows[0]["signed_date"] == "2026-11-02"


def every_date_field(qtbot, window, folder, context):
    """Each visible, editable date field of every window (once per field name and window)."""
    seen = set()
    walks = (
        dialog_states(qtbot, window, folder),
        review_states(qtbot, context),
        first_run_states(qtbot),
    )
    for tab in window.record_tabs:
        window.ui.tabs.setCurrentWidget(tab)
        if tab.ui.date.isVisible():
            yield f"tab {tab.title()}", tab.ui.date
    for walk in walks:
        for name, root in walk:
            for widget in root.findChildren(QLineEdit):
                key = (type(root).__name__, widget.objectName())
                if key in seen or not isinstance(widget, DateField):
                    continue
                if widget.isVisibleTo(root) and widget.isEnabled() and not widget.isReadOnly():
                    seen.add(key)
                    yield f"{name}: {widget.objectName()}", widget


def test_every_date_field_of_the_app_is_one_date_field(qtbot, window, tmp_path, review_context):
    """No spin-box date editor anywhere; every field that takes a date is a DateField, and
    each one refuses 31-02-2026 with the same words and takes 5-9-26 as 05-09-2026."""
    checked, wrong = [], []
    for name, field in every_date_field(qtbot, window, tmp_path, review_context):
        root = field.window()
        assert not root.findChildren(QDateEdit), name
        text_before = field.text()
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "31-02-2026")
        field.editingFinished.emit()
        if field.text() != "31-02-2026" or field.problem() != IMPOSSIBLE:
            wrong.append(f"{name}: {field.text()!r} {field.problem()!r}")
        field.selectAll()
        qtbot.keyClicks(field, "5-9-26")
        field.editingFinished.emit()
        if field.text() != "05-09-2026":
            wrong.append(f"{name}: 5-9-26 became {field.text()!r}")
        field.setText(text_before)
        checked.append(name.split(": ")[-1])
    assert wrong == []
    # The fields the office types dates into: tabs, entry, records, print, import, admin,
    # press reports and the personnel file.
    for expected in (
        "signedDate",
        "withdrawnOn",
        "effectiveDate",
        "validOn",
        "groupDate",
        "birthDate",
        "enrolledDate",
        "startDate",
        "endDate",
        "leftDate",
        "reportDate",
        "entryDate",
    ):
        assert expected in checked, expected


def test_no_line_edit_asks_for_a_date_without_being_a_date_field(qtbot, window, tmp_path):
    """A plain text field with a date placeholder would escape the rules above."""
    found = []
    for name, root in dialog_states(qtbot, window, tmp_path):
        for widget in root.findChildren(QLineEdit):
            hint = widget.placeholderText().casefold()
            if ("jjjj" in hint or "yyyy" in hint) and not isinstance(widget, DateField):
                found.append(f"{name}: {widget.objectName()}")
    assert found == []
