"""Every control of the window and the main dialogs is reachable with Tab and has a name
a screen reader can say (its own text, an accessible name, or a label pointing at it)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractButton,
)


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls that take keyboard focus (not parts of other controls)."""
    found = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root) or not widget.isEnabled():
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView)):
                continue  # a combo's line edit, a spin box's field, a view's editor
            if "qt_" in widget.objectName():
                continue  # Qt's own helpers (wizard buttons, scroll-area internals)
            found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in controls(root):
        if widget.accessibleName() or widget in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        proxy = widget.parent()
        if isinstance(proxy, QWidget) and proxy.focusProxy() is widget and proxy in labelled:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def unreachable(root: QWidget) -> list[str]:
    """Controls that Tab never reaches, starting from the first one."""
    wanted = controls(root)
    if not wanted:
        return []
    root.activateWindow()
    wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = []
    for _ in range(4 * len(wanted) + 20):
        current = QApplication.focusWidget()
        if current is not None:
            seen.append(current)
        root.focusNextChild()
        QApplication.processEvents()
    reached = set(seen)
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in wanted
        if widget not in reached
        and widget.focusProxy() not in reached
        # Tab reaches a group of radio buttons at its checked one; arrows move within it.
        and not (isinstance(widget, QRadioButton) and widget.autoExclusive())
    ]


def test_every_tab_of_the_window_is_named_and_reachable(window):
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = window.ui.tabs.currentWidget()
        assert unnamed(tab) == [], window.ui.tabs.tabText(index)
        assert unreachable(tab) == [], window.ui.tabs.tabText(index)


@pytest.mark.parametrize(
    "open_dialog",
    [
        lambda w: w.enter_consent(),
        lambda w: w.enter_protocol(),
        lambda w: w.protocol_versions(),
        lambda w: w.import_actions.open_wizard(),
        lambda w: w.scan_actions.open_review(),
        lambda w: w.show_about(),
        lambda w: w.show_manual(),
        lambda w: w.forms_actions.open_dialog("consent"),
        lambda w: w.consent_forms(),
        lambda w: w.edit_settings(),
        lambda w: w.authorisation_actions.open_accounts(),
        lambda w: w.authorisation_actions.open_accounts().open_new(),
        lambda w: w.authorisation_actions.open_grant(),
    ],
    ids=[
        "consent entry",
        "protocol entry",
        "protocol versions",
        "import",
        "scan review",
        "about",
        "manual",
        "print forms",
        "consent forms",
        "settings",
        "accounts",
        "new account",
        "grant authorisation",
    ],
)
def test_the_main_dialogs_are_named_and_reachable(qtbot, window, open_dialog):
    dialog = open_dialog(window)
    qtbot.waitExposed(dialog)
    try:
        assert unnamed(dialog) == []
        assert unreachable(dialog) == []
    finally:
        dialog.close()


def test_the_first_run_wizard_is_named_and_reachable(qtbot, dutch):
    from korre_desktop.gui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert unnamed(wizard) == []
    assert unreachable(wizard) == []


def test_the_checks_catch_an_unnamed_or_unreachable_control(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    named = QLineEdit(root)
    named.setAccessibleName("Named")
    anonymous = QLineEdit(root)
    anonymous.setObjectName("anonymous")
    skipped = QLineEdit(root)
    skipped.setObjectName("skipped")
    skipped.setAccessibleName("Skipped")
    root.show()
    qtbot.waitExposed(root)
    assert unnamed(root) == ["QLineEdit 'anonymous'"]
    skipped.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the mouse only: Tab passes it by
    assert unreachable(root) == ["QLineEdit 'skipped'"]


def _minimum(widget: QWidget) -> tuple[int, int]:
    size = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return size.width(), size.height()


def test_the_window_fits_a_full_hd_screen_at_200_percent(window):
    """1920 x 1080 at 200 % leaves 960 x 540 device-independent pixels."""
    width, height = _minimum(window)
    assert width <= 960 and height <= 540


@pytest.mark.parametrize(
    "open_dialog",
    [
        lambda w: w.enter_consent(),
        lambda w: w.enter_protocol(),
        lambda w: w.scan_actions.open_review(),
        lambda w: w.import_actions.open_wizard(),
        lambda w: w.show_about(),
        lambda w: w.show_manual(),
        lambda w: w.consent_forms(),
        lambda w: w.edit_settings(),
    ],
    ids=[
        "consent entry",
        "protocol entry",
        "scan review",
        "import",
        "about",
        "manual",
        "consent forms",
        "settings",
    ],
)
def test_the_main_dialogs_fit_a_1440p_screen_at_200_percent(qtbot, window, open_dialog):
    """2560 x 1440 at 200 % leaves 1280 x 720 device-independent pixels."""
    dialog = open_dialog(window)
    qtbot.waitExposed(dialog)
    try:
        width, height = _minimum(dialog)
        assert width <= 1280 and height <= 720
    finally:
        dialog.close()
