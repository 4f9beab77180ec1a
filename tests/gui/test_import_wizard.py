"""The import wizard: file, columns, check (dry run) and apply, off the UI thread."""

import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.import_wizard import ImportWizard
from korre_desktop.gui.dialogs.import_wizard.base import APPLY, CHECK, COLUMNS, SOURCE
from korre_desktop.gui.dialogs.import_wizard.columns_step import UNCERTAIN_STYLE
from korre_desktop.gui.errors import ErrorPresenter
from korre_desktop.gui.import_actions import ImportActions
from korre_desktop.gui.jobs import JobRunner
from korre_desktop.services import records as rec
from korre_desktop.store import Store
from tests.conftest import Records
from tests.example_form import KLASSENFOTO_LABEL, NEW_ITEMS, PERS_LABEL, add_example_form

TODAY = date(2026, 11, 24)
SAMPLE_EDEXML = Path(__file__).parents[1] / "services" / "importing" / "EDEX-voorbeeld.xml"

STUDENTS = [
    ["Leerlingnummer", "Roepnaam", "Tussenv.", "Achternaam", "Geb.datum", "Groep",
     "Naam ouder 1", "E-mailadres ouder 1"],
    ["004512", "Zoë", "", "Meer", "14-03-2019", "Groep 3", "Ilse Meer", "ilse@example.org"],
    ["004513", "Daan", "van", "Dijk", "02-05-2018", "Groep 4", "Eva van Dijk", "eva@example.org"],
    ["004514", "Sem", "", "Meer", "01-09-2017", "Groep 5", "Ilse Meer", "ilse@example.org"],
]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_bytes("\r\n".join(";".join(row) for row in rows).encode("cp1252") + b"\r\n")
    return path


@pytest.fixture
def context(tmp_path: Path, qapp) -> Iterator[AppContext]:
    path = tmp_path / "db" / "korre.sqlite"
    path.parent.mkdir()
    store = Store.create(path, actor="test")
    store.insert("schools", {"name": "OBS De Linde", "brin": "00AA", "created_at": "2026-01-01"})
    jobs = JobRunner()
    yield AppContext(
        store=store,
        open_store=lambda: Store.open(path, actor="test"),
        jobs=jobs,
        errors=ErrorPresenter(),
        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
        today=lambda: TODAY,
    )
    jobs.wait()
    store.close()


@pytest.fixture
def wizard(qtbot, context) -> Iterator[ImportWizard]:
    dialog = ImportWizard(context)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    yield dialog
    dialog.reject()
    context.jobs.wait()


@pytest.fixture
def students_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "leerlingen.csv", STUDENTS)


def students(store: Store) -> list[tuple]:
    return [
        tuple(row.values())
        for row in store.rows(
            "SELECT student_number, roepnaam, tussenvoegsel, achternaam, birth_date"
            " FROM students ORDER BY student_number"
        )
    ]


def choose(qtbot, wizard: ImportWizard, kind: str, path: Path) -> None:
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData(kind))
    wizard.file_chosen(path)
    # The file is read off the UI thread; done when its job has ended (not busy).
    qtbot.waitUntil(
        lambda: (
            not wizard.busy() and (wizard.table is not None or bool(wizard.ui.fileError.text()))
        ),
        timeout=10_000,
    )
    assert wizard.table is not None, wizard.ui.fileError.text()
    assert wizard.ui.nextButton.isEnabled()
    wizard.ui.nextButton.click()
    assert wizard.page() == COLUMNS


def check(qtbot, wizard: ImportWizard) -> None:
    assert wizard.ui.nextButton.isEnabled(), wizard.ui.columnsError.text()
    wizard.ui.nextButton.click()
    assert wizard.page() == CHECK
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.plans, wizard.ui.checkError.text()


def apply(qtbot, wizard: ImportWizard) -> None:
    assert wizard.ui.nextButton.isEnabled()
    wizard.ui.nextButton.click()
    assert wizard.page() == APPLY
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.result is not None, wizard.ui.checkError.text()


def counts(wizard: ImportWizard) -> tuple[str, ...]:
    ui = wizard.ui
    return tuple(
        label.text() for label in (ui.newCount, ui.changedCount, ui.unchangedCount, ui.errorCount)
    )


def test_students_from_csv_are_checked_then_imported(qtbot, wizard, context, students_csv):
    choose(qtbot, wizard, "students", students_csv)
    combos = wizard.combos
    assert combos["number"].currentText() == "Leerlingnummer"
    assert combos["tussenvoegsel"].currentText() == "Tussenv."
    assert combos["birth_date"].currentText() == "Geb.datum"
    assert combos["guardian1_name"].currentText() == "Naam ouder 1"
    assert wizard.preview.rowCount() == 3
    assert wizard.preview.headerData(0, Qt.Orientation.Horizontal) == "Leerlingnummer"
    assert wizard.ui.schoolCombo.currentText() == "OBS De Linde"
    assert wizard.ui.schoolYear.text() == "2026-2027"
    check(qtbot, wizard)
    assert counts(wizard) == ("3", "0", "0", "0")
    assert students(context.store) == []  # the check saves nothing
    imported = []
    wizard.imported.connect(imported.append)
    apply(qtbot, wizard)
    assert imported and imported[0].counts["new"] == 3
    assert students(context.store) == [
        ("004512", "Zoë", "", "Meer", "2019-03-14"),
        ("004513", "Daan", "van", "Dijk", "2018-05-02"),
        ("004514", "Sem", "", "Meer", "2017-09-01"),
    ]
    guardians = context.store.rows("SELECT roepnaam FROM guardians ORDER BY roepnaam")
    assert [g["roepnaam"] for g in guardians] == ["Eva", "Ilse"]
    assert "3" in wizard.ui.summary.text()
    assert not wizard.ui.nextButton.isVisible()


def test_the_same_file_again_changes_nothing(qtbot, context, students_csv):
    for attempt in range(2):
        wizard = ImportWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        choose(qtbot, wizard, "students", students_csv)
        check(qtbot, wizard)
        if attempt == 0:
            apply(qtbot, wizard)
            wizard.accept()
    assert counts(wizard) == ("0", "0", "3", "0")
    assert not wizard.ui.nextButton.isEnabled()  # nothing to do


def test_a_row_with_an_impossible_date_blocks_the_import(qtbot, wizard, context, tmp_path):
    rows = [*STUDENTS[:2], ["004599", "Lot", "", "Bos", "31-02-2019", "Groep 3", "", ""]]
    choose(qtbot, wizard, "students", write_csv(tmp_path / "fout.csv", rows))
    check(qtbot, wizard)
    assert counts(wizard)[3] == "1"
    assert "3" in wizard.ui.report.toPlainText()  # the row number of the bad row
    assert not wizard.ui.nextButton.isEnabled()
    wizard.grab().save(str(tmp_path / "wizard_3_errors.png"))
    wizard.start_apply()  # refused, even when called directly
    assert wizard.page() == CHECK
    assert students(context.store) == []


def test_rows_with_errors_can_be_left_out_on_request(qtbot, dutch, wizard, context, tmp_path):
    rows = [*STUDENTS[:3], ["004599", "Lot", "", "Bos", "31-02-2019", "Groep 3", "", ""]]
    choose(qtbot, wizard, "students", write_csv(tmp_path / "fout.csv", rows))
    check(qtbot, wizard)
    skip = wizard.ui.skipErrors
    assert skip.isVisible() and not skip.isChecked()
    assert skip.text() == "De andere rijen importeren en de 1 rijen met &fouten overslaan"
    assert not wizard.ui.nextButton.isEnabled()  # all or nothing by default
    skip.setChecked(True)
    assert wizard.ui.nextButton.isEnabled()
    apply(qtbot, wizard)
    assert [row[0] for row in students(context.store)] == ["004512", "004513"]
    assert "1 rijen met fouten zijn overgeslagen" in wizard.ui.summary.text()


def test_cancelling_the_check_changes_nothing(qtbot, wizard, context, students_csv, monkeypatch):
    from korre_desktop.services import importing as imp

    choose(qtbot, wizard, "students", students_csv)
    clicked = threading.Event()
    real_plan = imp.plan_import

    def plan_after_the_click(*args, **kwargs):
        clicked.wait(10)  # the check is still running when Cancel is clicked
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(imp, "plan_import", plan_after_the_click)
    job = wizard.start_check()
    assert job is not None
    wizard.ui.cancelButton.click()  # cancels the job, does not close
    clicked.set()
    assert job.cancel_requested
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.isVisible()
    assert wizard.page() == COLUMNS
    assert not wizard.plans
    assert students(context.store) == []


def test_cancelling_the_import_changes_nothing(qtbot, wizard, context, students_csv):
    choose(qtbot, wizard, "students", students_csv)
    check(qtbot, wizard)
    job = wizard.start_apply()
    job.cancel()  # before the worker gets to it: the transaction never commits
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    if wizard.result is None:
        assert wizard.page() == CHECK
        assert students(context.store) == []
    else:  # the worker finished first: then everything was saved and it says so
        assert len(students(context.store)) == 3


def add_student_elsewhere(context: AppContext, school: str, number: str) -> None:
    """Another office's PC saves a student (its own connection to the same database)."""
    with context.open_store() as other:
        found = [s["id"] for s in other.people.schools() if s["name"] == school]
        school_id = (
            found[0] if found else rec.add_school(other, rec.SchoolInput(name=school, brin="11BB"))
        )
        rec.add_student(
            other,
            rec.StudentInput(
                school_id=school_id, student_number=number, roepnaam="Mees", achternaam="Kok",
                birth_date=date(2019, 2, 1),
            ),
            today=TODAY,
        )  # fmt: skip


def test_a_write_elsewhere_after_the_check_does_not_stop_the_import(
    qtbot, wizard, context, students_csv
):
    choose(qtbot, wizard, "students", students_csv)
    check(qtbot, wizard)
    add_student_elsewhere(context, "Het Anker", "004512")  # another school: its own numbers
    apply(qtbot, wizard)
    assert wizard.result.counts["new"] == 3
    assert [row[0] for row in students(context.store)] == ["004512", "004512", "004513", "004514"]


def test_employees_from_xlsx(qtbot, wizard, context, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Personeelsnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Functie"])
    sheet.append(["000123", "Anne", "de", "Vries", "Leerkracht"])
    sheet.append(["000124", "Bram", "", "Smit", "Directeur"])
    path = tmp_path / "personeel.xlsx"
    workbook.save(path)
    choose(qtbot, wizard, "employees", path)
    assert wizard.combos["number"].currentText() == "Personeelsnummer"
    assert wizard.combos["function"].currentText() == "Functie"
    check(qtbot, wizard)
    assert counts(wizard) == ("2", "0", "0", "0")
    apply(qtbot, wizard)
    rows = context.store.rows(
        "SELECT staff_number, tussenvoegsel, achternaam, function FROM employees"
        " ORDER BY staff_number"
    )
    assert [tuple(row.values()) for row in rows] == [
        ("000123", "de", "Vries", "Leerkracht"),
        ("000124", "", "Smit", "Directeur"),
    ]


def test_a_guessed_column_is_highlighted_and_can_be_changed(qtbot, wizard, tmp_path):
    rows = [["Nr", "Roepnaam", "Achternaam", "Geboortedatum van het kind"],
            ["7", "Lot", "Bos", "01-02-2019"]]  # fmt: skip
    choose(qtbot, wizard, "students", write_csv(tmp_path / "raar.csv", rows))
    assert wizard.combos["number"].currentIndex() == 0  # "Nr" is not recognised
    assert not wizard.ui.nextButton.isEnabled()
    assert wizard.ui.columnsError.text()
    uncertain = [n for n, c in wizard.combos.items() if c.styleSheet() == UNCERTAIN_STYLE]
    assert uncertain == wizard.mapping.uncertain()
    wizard.combos["number"].setCurrentIndex(wizard.combos["number"].findText("Nr"))
    assert wizard.ui.nextButton.isEnabled()
    assert wizard.chosen_mapping().columns["number"] == 0


def test_edexml_imports_students_with_classes(qtbot, wizard, context):
    choose(qtbot, wizard, "students", SAMPLE_EDEXML)
    assert not wizard.combos["number"].isEnabled()  # the columns are fixed
    assert wizard.ui.schoolCombo.currentText() == "OBS De Linde"  # by its BRIN
    check(qtbot, wizard)
    assert counts(wizard)[0] == "5"  # 3 students and 2 teachers
    assert [plan.counts["new"] for plan in wizard.plans] == [3, 2]
    apply(qtbot, wizard)
    classes = context.store.rows(
        "SELECT DISTINCT c.name FROM enrolments e JOIN classes c ON c.id = e.class_id"
    )
    assert len(students(context.store)) == 3
    assert classes
    assert context.store.rows("SELECT count(*) AS n FROM employees")[0]["n"] == 2


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, wizard, tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    wizard.file_chosen(empty)
    qtbot.waitUntil(lambda: bool(wizard.ui.fileError.text()), timeout=10_000)
    assert wizard.page() == SOURCE
    assert not wizard.ui.nextButton.isEnabled()


def test_import_actions_open_the_wizard_and_report_an_import(
    qtbot, context, students_csv, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ImportActions(context, window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(students_csv), "")
    )
    actions.import_data.trigger()
    wizard = actions.wizard
    assert wizard is not None and wizard.isVisible()
    emitted = []
    actions.imported.connect(lambda: emitted.append(True))
    wizard.ui.chooseFileButton.click()
    # The table is set before the read job has ended: Next works once it has (not busy).
    qtbot.waitUntil(lambda: wizard.table is not None and not wizard.busy(), timeout=10_000)
    wizard.ui.nextButton.click()
    check(qtbot, wizard)
    apply(qtbot, wizard)
    assert emitted == [True]
    wizard.ui.cancelButton.click()  # now "Close"
    assert not wizard.isVisible()


def test_grab_the_pages(qtbot, wizard, students_csv, tmp_path):
    """Screenshots of each step, for looking at the layout (written to /tmp)."""
    wizard.ui.kindCombo.setCurrentIndex(0)
    wizard.grab().save(str(tmp_path / "wizard_1_source.png"))
    choose(qtbot, wizard, "students", students_csv)
    wizard.grab().save(str(tmp_path / "wizard_2_columns.png"))
    check(qtbot, wizard)
    wizard.grab().save(str(tmp_path / "wizard_3_check.png"))
    apply(qtbot, wizard)
    wizard.grab().save(str(tmp_path / "wizard_4_done.png"))
    assert wizard.result is not None


def test_students_missing_from_the_file_are_marked_left_only_when_asked(
    qtbot, context, students_csv, tmp_path
):
    first = ImportWizard(context)
    qtbot.addWidget(first)
    first.show()
    choose(qtbot, first, "students", students_csv)
    check(qtbot, first)
    apply(qtbot, first)
    first.accept()
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(900, 640)
    wizard.show()
    choose(qtbot, wizard, "students", write_csv(tmp_path / "minder.csv", STUDENTS[:3]))
    check(qtbot, wizard)
    assert wizard.ui.missingBox.isVisible()
    assert not wizard.ui.markLeft.isChecked()  # off by default
    assert not wizard.ui.nextButton.isEnabled()  # nothing else to do
    wizard.ui.markLeft.setChecked(True)
    wizard.ui.leftDate.setText("30-11-2026")
    wizard.grab().save(str(tmp_path / "wizard_3_missing.png"))
    apply(qtbot, wizard)
    left = context.store.rows(
        "SELECT student_number, left_date FROM students WHERE left_date IS NOT NULL"
    )
    assert [tuple(row.values()) for row in left] == [("004514", "2026-11-30")]


def test_hr_export_in_two_files_with_a_weak_guess_left_unselected(
    qtbot, dutch, wizard, context, tmp_path
):
    from tests.services.importing.hr_files import write_raet_pair

    persons, appointments = write_raet_pair(tmp_path)
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("students"))
    assert not wizard.ui.chooseAppointmentsButton.isVisible()  # only for staff
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("employees"))
    assert wizard.ui.chooseAppointmentsButton.isVisible()
    wizard.file_chosen(persons)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    wizard.appointments_chosen(appointments)
    qtbot.waitUntil(lambda: wizard.appointments is not None and not wizard.busy(), timeout=10_000)
    assert "Met de aanstellingen erbij: 6 rijen." in wizard.ui.fileInfo.text()
    wizard.ui.nextButton.click()
    function = wizard.combos["function"]
    # The function comes from the appointments; "[Blokkeren opname functiemix]" only
    # looks like a function column and is not chosen.
    assert function.currentText() != "[Blokkeren opname functiemix]"
    check(qtbot, wizard)
    apply(qtbot, wizard)
    functions = {
        row["staff_number"]: row["function"]
        for row in context.store.rows("SELECT staff_number, function FROM employees")
    }
    assert functions["000777"] == "Leerkracht"
    wizard.grab().save(str(tmp_path / "wizard_raet.png"))


def test_a_weak_guess_is_yellow_and_not_used_until_chosen(qtbot, dutch, wizard, tmp_path):
    rows = [["Personeelsnummer", "Roepnaam", "Achternaam", "Blokkeren opname functiemix"],
            ["7", "Lot", "Bos", "N"]]  # fmt: skip
    choose(qtbot, wizard, "employees", write_csv(tmp_path / "hr.csv", rows))
    function = wizard.combos["function"]
    assert function.currentIndex() == 0  # "(niet in het bestand)": not used
    assert function.styleSheet() == UNCERTAIN_STYLE
    assert "Blokkeren opname functiemix" in function.toolTip()
    assert "function" not in wizard.chosen_mapping().columns
    function.setCurrentIndex(function.findText("Blokkeren opname functiemix"))
    assert wizard.chosen_mapping().columns["function"] == 3
    assert function.styleSheet() == ""  # chosen: no longer a guess


def test_a_register_follows_the_consent_form_version_in_force(
    qtbot, dutch, wizard, context, tmp_path
):
    """The item fields are the current version's, named by its labels; a column of an item
    the version does not ask is listed too and stops the check with a clear message."""
    store = context.store
    records = Records(store)
    zoe = records.student(1, number="004512", roepnaam="Zoë", achternaam="Meer")
    records.guardian(zoe, name="Ilse")  # Ilse Jansen
    form = add_example_form(store, date(2026, 9, 1))
    rows = [["nummer", "ondertekend_door", "rol", "datum", "Foto klassenfoto",
             "Krant en lokale media foto", "Film pers"],
            ["004512", "Ilse Jansen", "ouder", "14-09-2026", "ja", "nee", "ja"]]  # fmt: skip
    choose(qtbot, wizard, "consents", write_csv(tmp_path / "register.csv", rows))
    items = [name for name in wizard.combos if name.startswith(("foto_", "film_", "geluid_"))]
    assert items == list(NEW_ITEMS)
    assert [wizard.combos[name].currentIndex() - 1 for name in items] == [4, 5, 6]
    labels = {
        w.buddy(): w.text() for w in wizard.ui.columnsWidget.findChildren(QLabel) if w.buddy()
    }
    assert labels[wizard.combos["foto_klassenfoto"]] == f"Foto: {KLASSENFOTO_LABEL}:"
    assert labels[wizard.combos["film_pers"]] == f"Film: {PERS_LABEL}:"
    check(qtbot, wizard)
    assert counts(wizard) == ("1", "0", "0", "0")
    apply(qtbot, wizard)
    (saved,) = store.rows("SELECT form_version_id, answers FROM consent_statements")
    assert saved["form_version_id"] == form.id
    assert json.loads(saved["answers"]) == {
        "foto_klassenfoto": True, "foto_pers": False, "film_pers": True,
    }  # fmt: skip


def test_a_register_column_the_current_version_does_not_ask_is_refused(
    qtbot, dutch, wizard, context, tmp_path
):
    add_example_form(context.store, date(2026, 9, 1))
    rows = [["nummer", "ondertekend_door", "rol", "datum", "Foto klassenfoto", "Foto website"],
            ["004512", "Ilse Jansen", "ouder", "14-09-2026", "ja", "ja"]]  # fmt: skip
    choose(qtbot, wizard, "consents", write_csv(tmp_path / "register.csv", rows))
    assert "foto_website" in wizard.combos  # listed, so the user sees what is in the file
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert not wizard.plans
    assert "Foto: Website van de school" in wizard.ui.checkError.text()


def open_wizard(qtbot, context) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_school_is_remembered_per_source(qtbot, context, students_csv, tmp_path):
    """Two schools: the first export of this administration system goes to the second
    school; the next file with the same columns opens on that school, another source not."""
    other = context.store.insert(
        "schools", {"name": "CBS Het Kompas", "brin": "11BB", "created_at": "2026-01-01"}
    )
    wizard = open_wizard(qtbot, context)
    choose(qtbot, wizard, "students", students_csv)
    assert wizard.ui.schoolCombo.currentIndex() == -1  # several schools: the user chooses
    wizard.ui.schoolCombo.setCurrentIndex(wizard.ui.schoolCombo.findData(other))
    check(qtbot, wizard)
    apply(qtbot, wizard)
    wizard.accept()
    again = open_wizard(qtbot, context)
    later = write_csv(tmp_path / "later.csv", [STUDENTS[0], STUDENTS[1]])
    choose(qtbot, again, "students", later)
    assert again.ui.schoolCombo.currentData() == other
    again.reject()
    elsewhere = open_wizard(qtbot, context)
    other_source = [["Stamnr", "Voornaam", "Achternaam", "Klas"], ["7", "Ot", "Bos", "1A"]]
    choose(qtbot, elsewhere, "students", write_csv(tmp_path / "ander.csv", other_source))
    assert elsewhere.ui.schoolCombo.currentIndex() == -1
    elsewhere.reject()


def test_the_file_dialog_opens_in_the_import_folder_used_last(qtbot, wizard, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "exports"
    folder.mkdir()
    asked = []

    def dialog(parent, caption, start, filters):
        asked.append(start)
        return str(write_csv(folder / "leerlingen.csv", STUDENTS)), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    wizard.choose_file()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10_000)
    wizard.choose_file()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=10_000)
    assert asked[1] == str(folder)
