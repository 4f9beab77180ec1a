"""The import wizard in Dutch: its report, notices and error labels are worded from the
services' codes (``gui.import_words``); none of the services' English reaches the window."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from korre_desktop.gui.dialogs.import_wizard import ImportWizard
from korre_desktop.gui.dialogs.import_wizard.base import CHECK, SOURCE
from korre_desktop.services import importing as imp
from tests.gui import test_import_wizard as wizard_tests
from tests.gui.test_import_wizard import (
    STUDENTS,
    add_student_elsewhere,
    apply,
    check,
    choose,
    write_csv,
)
from tests.services.importing import edexml_samples as samples
from tests.services.importing.hr_files import write_raet_pair
from tests.services.importing.test_hostile_text import hostile_csv

context = wizard_tests.context  # the fixtures of the wizard's tests
wizard = wizard_tests.wizard

# Words of the services' English that Dutch sentences never hold.
ENGLISH = re.compile(
    r"\b(the|are|not|were|row|rows|file|with|without|empty|student|students|employee|"
    r"teacher|teachers|guardian|error|warning|left out|will create|changed|new)\b",
    re.IGNORECASE,
)


def english_of(plans: Sequence[imp.ImportPlan]) -> list[str]:
    """Everything the plans say in English (what the CLI prints)."""
    texts = [problem.message for plan in plans for problem in plan.problems]
    texts += [str(notice) for plan in plans for notice in plan.notices]
    texts += [str(item) for plan in plans for item in plan.created]
    texts += [str(c) for plan in plans for entry in plan.entries for c in entry.changes]
    return texts


def assert_dutch(text: str, plans: Sequence[imp.ImportPlan] = ()) -> None:
    shown = [english for english in english_of(plans) if english in text]
    assert not shown, f"English of the services in the window: {shown}"
    found = ENGLISH.findall(text)
    assert not found, f"English words in the window: {sorted(set(found))}\n{text}"


def report(wizard: ImportWizard) -> str:
    return wizard.ui.report.toPlainText()


def file_error(qtbot, wizard: ImportWizard, path: Path) -> str:
    wizard.file_chosen(path)
    qtbot.waitUntil(lambda: bool(wizard.ui.fileError.text()), timeout=10_000)
    assert wizard.page() == SOURCE and not wizard.ui.nextButton.isEnabled()
    return wizard.ui.fileError.text()


def test_a_duplicate_number_and_an_impossible_date_in_dutch(qtbot, dutch, wizard, tmp_path):
    rows = [
        *STUDENTS[:3],
        ["004512", "Lot", "", "Bos", "01-02-2019", "Groep 3", "", ""],
        ["004599", "Mees", "", "Bos", "31-02-2019", "Groep 3", "", ""],
    ]
    choose(qtbot, wizard, "students", write_csv(tmp_path / "fout.csv", rows))
    check(qtbot, wizard)
    text = report(wizard)
    lines = text.splitlines()
    assert "Fout, rij 2: Nummer 004512 staat meer dan eens in het bestand (ook rij 4)" in lines
    assert "Fout, rij 4: Nummer 004512 staat meer dan eens in het bestand (ook rij 2)" in lines
    assert "Fout, rij 5: Geb.datum: de datum “31-02-2019” bestaat niet" in lines
    assert "Nieuw, rij 3: 004513 Daan van Dijk" in lines
    assert "Wordt aangemaakt: schooljaar 2026-2027" in lines
    assert "Wordt aangemaakt: klas Groep 4 (2026-2027)" in lines
    assert_dutch(text, wizard.plans)


def test_stray_quotes_and_hidden_characters_in_dutch(qtbot, dutch, wizard, tmp_path):
    choose(qtbot, wizard, "students", hostile_csv(tmp_path / "vreemd.csv"))
    check(qtbot, wizard)
    text = report(wizard)
    lines = text.splitlines()
    assert (
        'Waarschuwing, rij 3: Een aanhalingsteken (") in deze rij sluit niet; de rij is'
        " gelezen met de aanhalingstekens zoals ze er staan: controleer de waarden"
    ) in lines
    assert "Waarschuwing, rij 3: Achternaam: “\"t Hooft” gelezen als “'t Hooft”" in text
    assert (
        "Waarschuwing, rij 7: Roepnaam: onzichtbare tekens of stuurtekens (U+200B) zijn"
        " weggehaald; er staat nu “Daan”"
    ) in lines
    assert (
        "Waarschuwing, rij 4: Deze rij is in Windows-1252, de rest van het bestand in UTF-8;"
        " de rij is gelezen als Windows-1252: controleer de letters met accenten"
    ) in lines
    assert "Waarschuwing, rij 5: Roepnaam: “ChloÃ«” was verminkt" in text
    assert (
        "Fout, rij 8: Leerlingnummer: “0046\u200b07” bevat onzichtbare tekens of stuurtekens"
        " (U+200B); een nummer moet gewoon zijn: verbeter het in de bron"
    ) in lines
    assert_dutch(text, wizard.plans)


def test_edexml_notices_say_what_was_left_out_in_dutch(qtbot, dutch, wizard, tmp_path):
    xml, _expected = samples.cito_lvs()
    choose(qtbot, wizard, "students", samples.write(tmp_path / "cito.xml", xml))
    check(qtbot, wizard)
    text = report(wizard)
    lines = text.splitlines()
    assert "Let op:" in lines
    left_out = next(line for line in lines if "Niet overgenomen van de leerlingen" in line)
    assert left_out.startswith(
        "  • Niet overgenomen van de leerlingen (de app heeft het niet nodig): "
    )
    assert "BSN (5)" in left_out and "postcode (24)" in left_out
    assert "geboorteland (400)" in left_out and "leerlinggewicht (800)" in left_out
    assert "  • Gelezen als EDEXML 1.03" in lines
    assert (
        "  • Nieuwe medewerkers zonder dienstverband in het bestand: 29; vastgelegd als onbekend"
        in lines
    )
    assert "Nieuw, leerkracht 1: 233 Ahmet Aydın" in lines
    placed = [line for line in lines if "geplaatst in klas" in line]
    assert placed and all(line.startswith("Waarschuwing, leerling ") for line in placed)
    assert "== Personeel ==" in lines
    assert_dutch(text, wizard.plans)


def test_an_hr_export_in_two_files_reports_in_dutch(qtbot, dutch, wizard, tmp_path):
    persons, appointments = write_raet_pair(tmp_path)
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("employees"))
    wizard.file_chosen(persons)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    wizard.appointments_chosen(appointments)
    qtbot.waitUntil(lambda: wizard.appointments is not None and not wizard.busy(), timeout=10_000)
    wizard.ui.nextButton.click()
    check(qtbot, wizard)
    text = report(wizard)
    lines = text.splitlines()
    assert (
        "  • Medewerkers zonder aanstelling in Aanstellingen.csv: 1 (dossiers 5004); daaruit"
        " geen functie, dienstverband of datums"
    ) in lines
    assert (
        "  • Aanstellingen in Aanstellingen.csv zonder medewerker in Medewerker.csv: 1"
        " (dossiers 5999); niet geïmporteerd"
    ) in lines
    assert (
        "  • Medewerker 000779 staat meer dan eens in het bestand met andere datums (rij 4):"
        " de huidige (rij 5) wordt gebruikt"
    ) in lines
    assert_dutch(text, wizard.plans)


def test_changes_read_with_dutch_labels_and_dates(qtbot, dutch, context, tmp_path):
    first = ImportWizard(context)
    qtbot.addWidget(first)
    choose(qtbot, first, "students", write_csv(tmp_path / "v1.csv", STUDENTS))
    check(qtbot, first)
    apply(qtbot, first)
    first.accept()
    rows = [list(row) for row in STUDENTS]
    rows[2][1], rows[2][4], rows[2][5] = "Daantje", "03-05-2018", "Groep 5"
    rows[1][7] = rows[3][7] = "ilse.meer@example.org"  # Ilse, on both her children's rows
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    choose(qtbot, wizard, "students", write_csv(tmp_path / "v2.csv", rows))
    check(qtbot, wizard)
    text = report(wizard)
    assert (
        "Gewijzigd, rij 3: 004513 Daantje van Dijk: Roepnaam: Daan → Daantje;"
        " Geboortedatum: 02-05-2018 → 03-05-2018; Klas: Groep 4 → Groep 5"
    ) in text.splitlines()
    assert "Ouder/verzorger 1: e-mail: ilse@example.org → ilse.meer@example.org" in text
    assert_dutch(text, wizard.plans)
    wizard.reject()


def test_a_file_that_cannot_be_read_is_explained_in_dutch(qtbot, dutch, wizard, tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    assert file_error(qtbot, wizard, empty) == "Het bestand is leeg."
    pdf = tmp_path / "leerlingen.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert file_error(qtbot, wizard, pdf) == (
        "Dit is een PDF, geen tabel: exporteer de gegevens als CSV of Excel (XLSX)."
    )
    ragged = tmp_path / "scheef.csv"
    ragged.write_bytes(b"Leerlingnummer;Roepnaam;Achternaam\r\n1;Lot;Bos\r\n2,Mees,Bos\r\n")
    assert file_error(qtbot, wizard, ragged) == (
        "Rij 3: De rij heeft 1 waarden, de kolomnamen zijn er 3. Deze rij lijkt gescheiden"
        " door ‘,’, de kolomnamen door ‘;’ (gemengde scheidingstekens)."
    )
    assert_dutch(wizard.ui.fileError.text())


def test_hr_files_given_the_wrong_way_round_are_explained_in_dutch(qtbot, dutch, wizard, tmp_path):
    persons, appointments = write_raet_pair(tmp_path)
    wizard.ui.kindCombo.setCurrentIndex(wizard.ui.kindCombo.findData("employees"))
    wizard.file_chosen(appointments)
    qtbot.waitUntil(lambda: wizard.found is not None and not wizard.busy(), timeout=10_000)
    wizard.appointments_chosen(persons)
    qtbot.waitUntil(lambda: bool(wizard.ui.fileError.text()), timeout=10_000)
    assert wizard.ui.fileError.text() == (
        "Aanstellingen.csv bevat de aanstellingen en Medewerker.csv de medewerkers: kies eerst"
        " het bestand met medewerkers, dan de aanstellingen."
    )
    assert wizard.table is None


def test_a_failed_check_is_explained_in_dutch(qtbot, dutch, wizard):
    choose(qtbot, wizard, "students", wizard_tests.SAMPLE_EDEXML)
    wizard.ui.schoolYear.setText("2025-2026")  # the file is of 2026-2027
    wizard.ui.nextButton.click()
    assert wizard.page() == CHECK
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert not wizard.plans
    assert wizard.ui.checkError.text() == (
        "Het bestand is voor schooljaar 2026-2027, niet voor 2025-2026."
    )


def test_a_refused_import_is_explained_in_dutch(qtbot, dutch, context, tmp_path):
    first = ImportWizard(context)
    qtbot.addWidget(first)
    choose(qtbot, first, "students", write_csv(tmp_path / "v1.csv", STUDENTS))
    check(qtbot, first)
    apply(qtbot, first)
    first.accept()
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    choose(qtbot, wizard, "students", write_csv(tmp_path / "v2.csv", STUDENTS[:3]))
    check(qtbot, wizard)
    wizard.ui.markLeft.setChecked(True)
    wizard.ui.leftDate.setText("01-01-2017")  # before Sem was born
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.page() == CHECK and wizard.result is None
    assert wizard.ui.checkError.text() == (
        "004514 Sem Meer kan niet vertrekken op 01-01-2017: dat is vóór 01-09-2017."
        " Er is niets geïmporteerd."
    )
    wizard.reject()


def test_an_import_made_stale_meanwhile_is_explained_in_dutch(
    qtbot, dutch, wizard, context, tmp_path
):
    choose(qtbot, wizard, "students", write_csv(tmp_path / "v1.csv", STUDENTS))
    check(qtbot, wizard)
    add_student_elsewhere(context, "OBS De Linde", "004513")  # a student the file has
    wizard.ui.nextButton.click()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=20_000)
    assert wizard.page() == CHECK and wizard.result is None
    assert wizard.ui.checkError.text() == (
        "Gegevens die deze import zou toevoegen of wijzigen, zijn sinds de controle gewijzigd"
        " (op een andere computer, door een andere import of een scan). Er is niets"
        " geïmporteerd: ga terug en controleer opnieuw."
    )
    assert not wizard.plans and not wizard.ui.nextButton.isEnabled()
    assert [row["student_number"] for row in context.store.people.students_all()] == ["004513"]
