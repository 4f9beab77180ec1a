"""Beheer → Toestemmingsformulieren and Beheer → Instellingen, driven as the office would, in
Dutch, checked in the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from korre_desktop.domain.consent_form import Channel, FormTexts, Validity, ValidityKind
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.consent_forms import (
    CODE,
    EXPLANATION,
    FIRST_MEDIUM,
    NAME,
    ConsentFormsDialog,
    slug,
    suggested_start,
)
from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from korre_desktop.gui.dialogs.settings_dialog import SettingsDialog
from korre_desktop.gui.i18n import language_setting
from korre_desktop.services import consent_forms as cf
from korre_desktop.services import settings as service
from korre_desktop.store import Store
from tests.conftest import all_answers
from tests.gui.conftest import make_context

TODAY = date(2026, 11, 24)
FOTO, FILM, GELUID = FIRST_MEDIUM, FIRST_MEDIUM + 1, FIRST_MEDIUM + 2
SCREEN = (1366, 768 - 40)  # a laptop screen less the task bar


@pytest.fixture
def context(store: Store, tmp_path: Path, dutch) -> AppContext:
    return make_context(
        store, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), TODAY
    )


@pytest.fixture
def screenshots(tmp_path_factory) -> Path:
    folder = tmp_path_factory.getbasetemp() / "dialogs"
    folder.mkdir(exist_ok=True)
    return folder


def shown(qtbot, dialog: QDialog, size: tuple[int, int] | None = (1120, 680)) -> QDialog:
    qtbot.addWidget(dialog)
    if size:
        dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def cell_editor(dialog: ConsentFormsDialog) -> QLineEdit:
    """The line edit open on a cell of the channels table."""
    (editor,) = open_editors(dialog)
    return editor


def open_editors(dialog: ConsentFormsDialog) -> list[QLineEdit]:
    return [e for e in dialog.ui.channels.viewport().findChildren(QLineEdit) if e.isVisible()]


def finish_editing(qtbot, dialog: ConsentFormsDialog, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Enter (or Escape) in the open cell editor; the view closes it a moment later."""
    qtbot.keyClick(cell_editor(dialog), key)
    qtbot.waitUntil(lambda: not open_editors(dialog))


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, dialog: ConsentFormsDialog, row: int, column: int, text: str) -> None:
    """Type into a cell of the channels table as a user does: F2, the text, Enter."""
    table = dialog.ui.channels
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(dialog)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    finish_editing(qtbot, dialog)


def toggle(qtbot, dialog: ConsentFormsDialog, row: int, column: int) -> None:
    table = dialog.ui.channels
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def cells(dialog: ConsentFormsDialog, table_name: str = "channels") -> list[list[str]]:
    table = getattr(dialog.ui, table_name)
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def klassenfoto_en_pers(store: Store, label: str = "2027-2028") -> int:
    return cf.add_form(
        store,
        cf.FormDefinition(
            label=label,
            effective_date=date(2027, 8, 1),
            channels=(
                Channel("klassenfoto", "Klassenfoto", "De klassenfoto van de schoolfotograaf."),
                Channel("pers", "Krant en lokale media", "Een foto bij een bericht in de krant."),
            ),
            media=("foto", "film"),
            items=("foto_klassenfoto", "foto_pers", "film_pers"),
            validity=Validity(ValidityKind.SCHOOL_YEAR),
            texts=FormTexts(contact="Juf Anouk, 050-7654321"),
        ),
    )


def in_use(store: Store, records) -> None:
    """A statement on the default version: it is in use from now on."""
    employee = records.employee()
    records.statement("employee", employee, date(2026, 9, 1), all_answers(True))


# -- the list and a version's details -----------------------------------------------------------


def test_the_versions_and_a_version_in_use_shown_read_only(qtbot, context, store, records):
    in_use(store, records)
    klassenfoto_en_pers(store)
    dialog = shown(qtbot, ConsentFormsDialog(context))
    ui = dialog.ui
    assert cells(dialog, "versions") == [
        ["2027-2028", "01-08-2027", "Schooljaar", "nee"],
        ["Standaard", "01-08-2026", "Tot intrekking", "ja"],
    ]
    assert dialog.selected().form.label == "Standaard"  # the version in effect today
    assert ui.state.text().startswith("In gebruik: er zijn verklaringen")
    assert ui.label.isReadOnly() and ui.effectiveDate.isReadOnly()
    assert not ui.saveDate.isVisibleTo(dialog) and not ui.saveVersion.isVisibleTo(dialog)
    assert not ui.validity.isEnabled() and not ui.addChannel.isVisibleTo(dialog)
    header = [ui.channels.horizontalHeaderItem(c).text() for c in range(ui.channels.columnCount())]
    assert header == ["Code", "Naam", "Foto", "Film", "Geluid", "Uitleg voor ouders"]
    assert cells(dialog)[0][:5] == ["schoolgids", "Schoolgids en brochures", "ja", "ja", "ja"]
    assert not ui.channels.item(0, NAME).flags() & Qt.ItemFlag.ItemIsEditable
    assert all(edit.isReadOnly() for edit in dialog.text_edits.values())

    ui.versions.selectRow(0)
    assert [row[:5] for row in cells(dialog)] == [
        ["klassenfoto", "Klassenfoto", "ja", "–", "–"],  # a dash: not asked
        ["pers", "Krant en lokale media", "ja", "ja", "–"],
    ]
    assert cells(dialog)[1][EXPLANATION] == "Een foto bij een bericht in de krant."
    assert ui.validity.currentText() == "Het schooljaar waarin getekend is"
    assert ui.validityHint.text() == (
        "Tot het volgende schooljaar begint op 1 augustus (een instelling: Beheer → Instellingen)."
    )
    assert ui.state.text().startswith("Nog niet in gebruik")
    assert ui.saveDate.isVisibleTo(dialog) and not ui.effectiveDate.isReadOnly()
    assert dialog.text_edits[(False, "contact")].toPlainText() == "Juf Anouk, 050-7654321"
    assert dialog.text_edits[(True, "intro")].toPlainText().startswith("Op school maken")


def test_a_new_version_from_a_copy_made_with_the_keyboard(qtbot, context, store, screenshots):
    dialog = shown(qtbot, ConsentFormsDialog(context))
    ui = dialog.ui
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click(qtbot, ui.newVersion)
    assert ui.state.text().startswith("Een nieuwe versie, overgenomen van versie Standaard.")
    assert (ui.label.text(), ui.effectiveDate.text()) == ("2027-2028", "01-08-2027")
    assert dialog.focusWidget() is ui.label
    assert not ui.versions.isEnabled() and not ui.preview.isEnabled()
    assert len(cells(dialog)) == 6 and cells(dialog)[0][FOTO] == ""  # ticks, not words
    assert not ui.channels.item(0, CODE).flags() & Qt.ItemFlag.ItemIsEditable  # copied

    ui.channels.setCurrentCell(0, NAME)
    for _ in range(5):  # keep one of the six, renamed below
        click(qtbot, ui.removeChannel)
    click(qtbot, ui.addChannel)  # the cursor goes to the new channel's name
    editor = cell_editor(dialog)
    qtbot.keyClicks(editor, "Krant & lokale media")
    finish_editing(qtbot, dialog)
    assert cells(dialog)[1][CODE] == "krant_lokale_media"  # suggested from the name
    edit_cell(qtbot, dialog, 1, CODE, "pers")
    toggle(qtbot, dialog, 1, FILM)  # photo is ticked already; film too
    edit_cell(qtbot, dialog, 1, EXPLANATION, "Een foto of filmpje bij een bericht in de krant.")
    click(qtbot, ui.addChannel)
    qtbot.keyClicks(cell_editor(dialog), "Klassenfoto")
    finish_editing(qtbot, dialog)
    ui.channels.setCurrentCell(2, NAME)
    click(qtbot, ui.moveUp)
    click(qtbot, ui.moveUp)  # the class photo first
    ui.channels.setCurrentCell(1, NAME)
    click(qtbot, ui.removeChannel)  # the last copied channel goes after all
    assert [row[:5] for row in cells(dialog)] == [
        ["klassenfoto", "Klassenfoto", "", "", ""],
        ["pers", "Krant & lokale media", "", "", ""],
    ]
    ui.validity.setCurrentIndex(ui.validity.findData(ValidityKind.SCHOOL_YEAR))
    ui.details.setCurrentWidget(ui.parentTab)
    contact = dialog.text_edits[(False, "contact")]
    contact.setFocus()
    contact.selectAll()
    qtbot.keyClicks(contact, "Mevrouw Hoekstra, 050-1234567")
    dialog.text_edits[(True, "contact")].setPlainText("Meld je bij mevrouw Hoekstra.")
    assert dialog.grab().save(str(screenshots / "consent_forms_new.png"))

    click(qtbot, ui.saveVersion)
    assert dialog.problems_shown() == {}
    new = cf.load_forms(store)[0]
    assert (new.label, new.effective_date) == ("2027-2028", date(2027, 8, 1))
    assert new.channels == (
        Channel("klassenfoto", "Klassenfoto", ""),
        Channel("pers", "Krant & lokale media", "Een foto of filmpje bij een bericht in de krant."),
    )
    assert new.items == ("foto_klassenfoto", "foto_pers", "film_pers")
    assert new.validity == Validity(ValidityKind.SCHOOL_YEAR)
    assert new.texts.contact == "Mevrouw Hoekstra, 050-1234567"
    assert new.student_texts.contact == "Meld je bij mevrouw Hoekstra."
    assert new.texts.intro.startswith("Op school maken")  # copied from Standaard
    audited = {r["table_name"] for r in store.rows("SELECT table_name FROM audit_log")}
    assert {"consent_form_versions", "consent_form_channels", "consent_form_items"} <= audited
    assert changed == [True]
    assert dialog.selected().form.id == new.id and ui.label.isReadOnly()
    assert (
        ui.message.text().startswith("Opgeslagen om ") and "versie 2027-2028" in ui.message.text()
    )
    assert ui.versions.isEnabled() and ui.preview.isEnabled()


def test_problems_are_shown_next_to_their_cause_in_dutch(qtbot, context, store, screenshots):
    dialog = shown(qtbot, ConsentFormsDialog(context))
    ui = dialog.ui
    click(qtbot, ui.newVersion)
    type_into(qtbot, ui.label, "")
    type_into(qtbot, ui.effectiveDate, "31-02-2027")
    click(qtbot, ui.addChannel)
    finish_editing(qtbot, dialog, Qt.Key.Key_Escape)  # no name
    edit_cell(qtbot, dialog, 6, CODE, "Pers 2")
    click(qtbot, ui.addChannel)
    qtbot.keyClicks(cell_editor(dialog), "Website")
    finish_editing(qtbot, dialog)  # code "website" is taken
    toggle(qtbot, dialog, 7, FOTO)  # and now asks nothing
    click(qtbot, ui.saveVersion)
    shown_problems = dialog.problems_shown()
    assert shown_problems.pop("label") == "Geef de versie een naam, bijvoorbeeld 2027-2028."
    assert shown_problems.pop("effective") == "31-02-2027 bestaat niet."
    assert shown_problems.pop("channels").splitlines() == [
        "Het kanaal website vraagt nergens naar: vink een medium aan of verwijder het kanaal.",
        "De code Pers 2 mag alleen kleine letters a-z, cijfers en _ bevatten (geen spaties).",
        "Het kanaal met code Pers 2 heeft geen naam.",
        "De code website staat er twee keer in.",
    ]
    assert shown_problems == {}
    assert dialog.focusWidget() is ui.label  # the first place with a problem
    assert ui.channels.currentRow() == 7  # the cursor on the (new) channel website
    assert dialog.grab().save(str(screenshots / "consent_forms_problems.png"))
    assert len(cf.load_forms(store)) == 1

    type_into(qtbot, ui.label, "standaard")  # the message goes as the label changes
    assert "label" not in dialog.problems_shown()
    type_into(qtbot, ui.effectiveDate, "1-8-2027")
    for _ in range(2):
        ui.channels.setCurrentCell(6, NAME)
        click(qtbot, ui.removeChannel)
    click(qtbot, ui.saveVersion)
    assert dialog.problems_shown() == {
        "label": "Er is al een versie met deze naam; kies een andere."
    }
    assert len(cf.load_forms(store)) == 1
    click(qtbot, ui.discard)
    assert ui.label.text() == "Standaard" and ui.label.isReadOnly() and ui.versions.isEnabled()
    assert dialog.problems_shown() == {}


def test_the_effective_date_of_a_version_not_in_use(qtbot, context, store, records):
    later = klassenfoto_en_pers(store)
    dialog = shown(qtbot, ConsentFormsDialog(context))
    ui = dialog.ui
    ui.versions.selectRow(0)
    type_into(qtbot, ui.effectiveDate, "32-08-2027")
    click(qtbot, ui.saveDate)
    assert dialog.problems_shown() == {"effective": "32-08-2027 bestaat niet."}
    type_into(qtbot, ui.effectiveDate, "15-08-2027")
    assert dialog.problems_shown() == {}
    click(qtbot, ui.saveDate)
    form = next(f for f in cf.load_forms(store) if f.id == later)
    assert form.effective_date == date(2027, 8, 15)
    (audit,) = store.rows(
        "SELECT before, after FROM audit_log WHERE table_name = 'consent_form_versions'"
        " AND action = 'update'"
    )
    assert json.loads(audit["after"]) == {"effective_date": "2027-08-15"}
    assert cells(dialog, "versions")[0][1] == "15-08-2027"
    # Meanwhile a form was signed on it elsewhere: the date is refused, in Dutch.
    employee = records.employee()
    records.statement("employee", employee, date(2027, 9, 1), {"foto_pers": True}, form_id=later)
    type_into(qtbot, ui.effectiveDate, "01-09-2027")
    click(qtbot, ui.saveDate)
    assert dialog.problems_shown()["effective"].startswith("Deze versie is in gebruik")
    assert next(f for f in cf.load_forms(store) if f.id == later).effective_date == date(
        2027, 8, 15
    )


def test_preview_shows_the_printed_form_of_the_chosen_version(qtbot, context, store, monkeypatch):
    from korre_desktop.services import forms as form_printing

    calls = []
    real = form_printing.sample_form_pdf

    def sample_form_pdf(store, form_id, target_path, for_student=False):  # the real one, seen
        calls.append((form_id, for_student))
        return real(store, form_id, target_path, for_student=for_student)

    monkeypatch.setattr(form_printing, "sample_form_pdf", sample_form_pdf)
    later = klassenfoto_en_pers(store)
    dialog = shown(qtbot, ConsentFormsDialog(context))
    ui = dialog.ui
    ui.versions.selectRow(0)
    ui.previewStudent.setChecked(True)
    click(qtbot, ui.preview)
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=20_000)
    assert calls == [(later, True)]
    viewer = dialog.viewer
    assert isinstance(viewer, DocumentViewer)
    assert viewer.windowTitle() == "Voorbeeld van toestemmingsformulier versie 2027-2028"
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=20_000)
    assert ui.preview.isEnabled()
    viewer.close()
    click(qtbot, ui.newVersion)  # a version not yet saved has no printed form
    assert not ui.preview.isEnabled() and dialog.preview_selected() is None


def test_a_channel_code_from_its_name_and_the_suggested_start():
    assert slug("Krant & lokale média") == "krant_lokale_media"
    assert slug("  Parro-app 2 ") == "parro_app_2"
    assert suggested_start(date(2026, 11, 24), (8, 1)) == date(2027, 8, 1)
    assert suggested_start(date(2026, 7, 31), (8, 1)) == date(2026, 8, 1)
    assert suggested_start(date(2026, 8, 1), (8, 15)) == date(2026, 8, 15)


# -- the settings -------------------------------------------------------------------------------


@pytest.mark.embedded_only  # the backup folder beside a file
def test_settings_shown_changed_and_saved_audited(qtbot, context, store, tmp_path, monkeypatch):
    dialog = shown(qtbot, SettingsDialog(context), size=None)
    ui = dialog.ui
    assert ui.foundationName.text() == "Stichting de Korre"
    assert ui.defaultValidity.currentText() == "Tot intrekking"
    assert not ui.defaultYears.isVisibleTo(dialog)
    assert ui.cutoff.text() == "01-08"
    assert ui.sixteenPlus.currentText().startswith("De toestemming van ouders telt")
    assert (ui.deadline.text(), ui.backupsKept.text(), ui.backupInterval.text()) == (
        "14 dagen",
        "10 nieuwste back-ups",
        "elke 20 uur",
    )
    assert ui.backupFolder.text() == ""
    assert ui.backupFolder.placeholderText() == (
        f"leeg: naast de database ({store.path.parent / 'korre-backups'})"
    )
    assert ui.language.currentText() == "Nederlands"
    changed, languages = [], []
    dialog.changed.connect(changed.append)
    dialog.language_changed.connect(languages.append)

    type_into(qtbot, ui.foundationName, "Stichting Klaverblad")
    ui.defaultValidity.setCurrentIndex(ui.defaultValidity.findData(ValidityKind.YEARS))
    assert ui.defaultYears.isVisibleTo(dialog)
    ui.defaultYears.setValue(3)
    type_into(qtbot, ui.cutoff, "15-08")
    ui.sixteenPlus.setCurrentIndex(1)
    ui.deadline.setValue(21)
    ui.accessLogDays.setValue(400)
    ui.consentYears.setValue(5)
    folder = tmp_path / "back-ups"
    monkeypatch.setattr(
        "korre_desktop.gui.dialogs.settings_dialog.QFileDialog.getExistingDirectory",
        lambda *_args: str(folder),
    )
    click(qtbot, ui.chooseFolder)
    assert ui.backupFolder.text() == str(folder)
    ui.backupsKept.setValue(5)
    ui.backupInterval.setValue(48)
    ui.language.setCurrentIndex(ui.language.findData("en"))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert service.current_texts(store) == {
        "foundation_name": "Stichting Klaverblad",
        "default_validity": "years:3",
        "school_year_cutoff": "15-08",
        "sixteen_plus_policy": "strict",
        "signing_deadline_days": "21",
        "backup_folder": str(folder),
        "backups_kept": "5",
        "backup_interval_hours": "48",
        "access_log_retention_days": "400",
        "retention_student_years": "2",
        "retention_consent_years": "5",
        "retention_staff_years": "2",
        "retention_breach_years": "2",
        "lock_after_minutes": "15",  # the server's (not shown for a file): as it was
    }
    audited = store.rows("SELECT row_id FROM audit_log WHERE table_name = 'settings' ORDER BY id")
    assert [a["row_id"] for a in audited] == changed[0] and len(changed[0]) == 10
    assert language_setting(context.settings) == "en" and languages == ["en"]


def test_settings_problems_in_dutch_and_nothing_saved(qtbot, context, store, screenshots):
    dialog = shown(qtbot, SettingsDialog(context), size=None)
    ui = dialog.ui
    before = store.rows("SELECT * FROM audit_log")
    type_into(qtbot, ui.foundationName, "  ")
    type_into(qtbot, ui.cutoff, "31-02")
    type_into(qtbot, ui.backupFolder, "kopieen")
    ui.deadline.setValue(30)
    qtbot.keyClick(ui.backupFolder, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problems_shown() == {
        "foundation_name": "Vul de naam in.",
        "school_year_cutoff": "De dag 31-02 bestaat niet.",
        "backup_folder": "Geef het volledige pad van de map (of kies de map), of laat dit leeg"
        " voor de map naast de database.",
    }
    assert dialog.focusWidget() is ui.foundationName
    assert store.rows("SELECT * FROM audit_log") == before
    qtbot.wait(10)  # the second measuring, once laid out with the messages
    assert_fits(dialog)
    assert dialog.grab().save(str(screenshots / "settings_problems.png"))
    type_into(qtbot, ui.cutoff, "29-02")
    assert "school_year_cutoff" not in dialog.problems_shown()  # goes as it is changed
    type_into(qtbot, ui.foundationName, "Stichting de Korre")
    type_into(qtbot, ui.backupFolder, "")
    qtbot.keyClick(ui.backupFolder, Qt.Key.Key_Return)
    assert dialog.problems_shown() == {
        "school_year_cutoff": "29 februari komt niet elk jaar voor; kies een andere dag."
    }
    type_into(qtbot, ui.cutoff, "1-9")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(ui.cutoff, Qt.Key.Key_Return)
    assert service.current_texts(store)["school_year_cutoff"] == "01-09"
    assert service.current_texts(store)["signing_deadline_days"] == "30"


# -- keyboard, names and fitting the screen -----------------------------------------------------


def mnemonics(dialog: QDialog) -> list[str]:
    """The Alt-letters visible now: labels, buttons and the tabs of the visible tab bars."""
    texts = [
        widget.text()
        for kind in (QLabel, QAbstractButton)
        for widget in dialog.findChildren(kind)
        if widget.isVisibleTo(dialog) and widget.isEnabled()
    ]
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


def consent_forms_states(dialog: ConsentFormsDialog):
    """Every state of the window, on every tab page."""
    for editing in (False, True):
        if editing:
            dialog.start_new_version()
        for page in range(dialog.ui.details.count()):
            dialog.ui.details.setCurrentIndex(page)
            yield f"{'editing' if editing else 'viewing'}-{page}"


def test_alt_letters_are_unique_in_dutch(qtbot, context, store):
    dialog = shown(qtbot, ConsentFormsDialog(context))
    for state in consent_forms_states(dialog):
        keys = mnemonics(dialog)
        assert len(keys) >= 9, state
        assert len(set(keys)) == len(keys), (state, sorted(keys))
    settings_dialog = shown(qtbot, SettingsDialog(context), size=None)
    keys = mnemonics(settings_dialog)
    assert len(set(keys)) == len(keys), sorted(keys)
    backups = [] if store.is_server else ["b", "k", "m", "v"]  # the backups: a file's only
    lock = ["r"] if store.is_server else []  # the lock after idle time: the server's only
    retention = ["d", "e", "l", "p"]  # the retention periods
    assert sorted(keys) == sorted(["1", "a", "g", "n", "o", "s", "t", *retention, *backups, *lock])


def test_the_settings_tab_order(qtbot, context, store):
    dialog = shown(qtbot, SettingsDialog(context), size=None)
    dialog.activateWindow()
    dialog.ui.foundationName.setFocus()
    backups = (
        [] if store.is_server else ["backupFolder", "chooseFolder", "backupsKept", "backupInterval"]
    )
    expected = [
        "foundationName",
        "defaultValidity",
        "cutoff",
        "sixteenPlus",
        "deadline",
        "accessLogDays",
        "studentYears",
        "consentYears",
        "staffYears",
        "breachYears",
        *(["lockAfter"] if store.is_server else []),  # the server's lock after idle time
        *backups,  # a file's automatic backups
        "language",
        "",  # OK
    ]
    order = [dialog.focusWidget().objectName()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget().objectName())
    assert order == expected


def test_the_new_version_tab_order(qtbot, context, store):
    dialog = shown(qtbot, ConsentFormsDialog(context))
    dialog.activateWindow()
    dialog.start_new_version()
    order = [dialog.focusWidget().objectName()]
    for _ in range(10):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget().objectName())
    assert order == [
        "label",
        "effectiveDate",
        "validity",
        "qt_tabwidget_tabbar",  # the tabs of the channels and the texts
        "channels",
        "addChannel",
        "removeChannel",
        "moveUp",
        "moveDown",
        "discard",
        "saveVersion",
    ]
    dialog.ui.details.setCurrentWidget(dialog.ui.parentTab)
    dialog.ui.details.setFocus()
    order = []
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget().objectName())
    assert order == [
        "parent_intro",
        "parent_scope",
        "parent_no_consent_needed",
        "parent_withdraw",
        "parent_contact",
        "discard",
    ]


def assert_fits(dialog: QDialog) -> None:
    """Nothing cut off: every visible widget inside the window, labels at their size."""
    area = dialog.rect()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.window() is not dialog:
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ == "QScrollArea":
            continue
        rect = widget.rect().translated(widget.mapTo(dialog, widget.rect().topLeft()))
        assert area.contains(rect), (widget.objectName(), rect, area)
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.sizeHint().width(), widget.text()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()


def test_both_windows_fit_a_1366_by_768_screen(qtbot, context, store, records, screenshots):
    in_use(store, records)
    klassenfoto_en_pers(store)
    dialog = shown(qtbot, ConsentFormsDialog(context))
    for state in consent_forms_states(dialog):
        qtbot.wait(0)
        size = dialog.minimumSizeHint()
        assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], state
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
        assert_fits(dialog)
        assert dialog.grab().save(str(screenshots / f"consent_forms_{state}.png"))
    settings_dialog = shown(qtbot, SettingsDialog(context), size=None)
    qtbot.wait(0)
    assert settings_dialog.width() <= SCREEN[0] and settings_dialog.height() <= SCREEN[1]
    assert_fits(settings_dialog)
    assert settings_dialog.grab().save(str(screenshots / "settings.png"))


# -- the menu -------------------------------------------------------------------------------------


def test_the_manage_menu_opens_both_and_the_tabs_follow_a_change(qtbot, window, monkeypatch):
    assert window.manage_menu.title() == "B&eheer"
    assert [a.text() for a in window.manage_menu.actions()] == [
        "&Toestemmingsformulieren…",
        "&Instellingen…",
        "",  # the accounts and authorisations follow
        "&Accounts…",
        "Bevoegdheid ge&ven…",
        "Bevoegdheid intrekke&n…",
        "Bewijs bekij&ken",
        "",  # the press reports and the personnel file follow
        "&Persmeldingen…",
        "Personeels&dossier (vertrouwelijk)…",
        "",  # the retention periods (the beheerder's)
        "&Bewaartermijnen toepassen…",
        "",  # the two logs: the change log, then the access log (beheerder, privacy)
        "&Wijzigingslog…",
        "",
        "Toegangs&log…",
        # a server's users (its beheerder: here the tables' owner)
        *(["", "&Gebruikers…"] if window.context.store.is_server else []),
    ]
    titles = [a.text() for a in window.menuBar().actions()]
    keys = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(keys)) == len(keys), titles
    reloads = []
    monkeypatch.setattr(window, "records_changed", lambda: reloads.append(True))

    window.consent_forms_action.trigger()
    dialog = window.findChild(ConsentFormsDialog)
    qtbot.waitExposed(dialog)
    dialog.close()
    assert reloads == []  # nothing changed: no reload
    dialog = window.consent_forms()
    qtbot.waitExposed(dialog)
    dialog.start_new_version()
    dialog.ui.label.setText("2027-2028 nieuw")
    assert dialog.save_new_version() is not None
    dialog.close()
    assert reloads == [True]

    window.settings_action.trigger()
    settings_dialog = window.findChild(SettingsDialog)
    qtbot.waitExposed(settings_dialog)
    settings_dialog.ui.sixteenPlus.setCurrentIndex(1)
    settings_dialog.ui.language.setCurrentIndex(settings_dialog.ui.language.findData("en"))
    settings_dialog.accept()
    assert reloads == [True, True]
    assert window.language_menu.language_actions["en"].isChecked()
    assert service.current_texts(window.context.store)["sixteen_plus_policy"] == "strict"


def test_the_automatic_backups_of_a_file_are_not_offered_for_a_server(qtbot, context, store):
    """Each PC backs up its own file; a server is backed up on the server."""
    dialog = shown(qtbot, SettingsDialog(context), size=None)
    assert dialog.ui.backupBox.isVisibleTo(dialog) is not store.is_server
    assert dialog.ui.foundationName.isVisibleTo(dialog)
