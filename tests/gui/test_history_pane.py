"""The detail pane's "Wijzigingen in het dossier" tells every change in Dutch words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QTextDocument

from korre_desktop.gui.detail_html import person_html
from korre_desktop.services import records as rec
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.entry import (
    find_signer,
    person_by_id,
    withdraw_consent,
    withdrawable_items,
)
from korre_desktop.services.person_detail import person_detail
from korre_desktop.services.status import employee_statuses_on, student_statuses_on
from korre_desktop.store import Store
from tests.services.importing.conftest import TODAY
from tests.services.test_person_history import NEW_EMAIL, reimported


def _pane_text(store: Store, person) -> str:
    html = person_html(
        person, person_detail(store, person.kind, person.id), TODAY, load_forms(store)
    )
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_a_reimport_shows_the_class_and_the_guardians_new_email(
    store: Store, records, tmp_path: Path, dutch
) -> None:
    student = reimported(store, records, tmp_path)
    (person,) = [p for p in student_statuses_on(store, TODAY) if p.id == student]
    text = _pane_text(store, person)
    history = text[text.index("Wijzigingen in het dossier (nieuwste eerst)") :]
    for line in (
        "In klas Groep 5 (2026-2027) geplaatst door test",
        "Vanaf: 24-11-2026",
        "Klas Groep 4 (2026-2027) gewijzigd door test",
        "Tot: – → 24-11-2026",
        "Gegevens van ouder/verzorger Eva van Dijk gewijzigd door test",
        f"E-mail: eva@example.org → {NEW_EMAIL}",
        "Ouder/verzorger Eva van Dijk gekoppeld",
        "Gezag: ja",
        "Dossier aangemaakt",
    ):
        assert line in history, line
    for raw in ("insert", "update", "end_date", "None", "2026-11-24"):
        assert raw not in history, raw
    # Newest first: the move comes before the first placement.
    assert history.index("Groep 5 (2026-2027) geplaatst") < history.index(
        "Groep 4 (2026-2027) geplaatst"
    )
    # The classes with their dates.
    classes = text[text.index("Klassen") : text.index("Ondertekende protocollen")]
    assert "Groep 4 · OBS De Linde (tot 24-11-2026)" in classes
    assert "Groep 5 · OBS De Linde (vanaf 24-11-2026)" in classes


def test_an_employees_changes_and_a_withdrawal_in_dutch(store: Store, records, dutch) -> None:
    school = records.school("OBS De Linde")
    employee = rec.add_employee(
        store,
        rec.EmployeeInput(
            staff_number="0042",
            roepnaam="Anouk",
            achternaam="Brouwer",
            employment_type="intern",
            school_ids=[school],
            start_date=date(2026, 8, 1),
        ),
    )
    rec.set_employee_left(store, employee, date(2027, 1, 31))
    choice = person_by_id(store, "employee", employee)
    items = withdrawable_items(store, TODAY)
    signer = find_signer(store, choice, None)
    withdraw_consent(store, choice, signer, TODAY, items, note="per e-mail", today=TODAY)
    (person,) = [p for p in employee_statuses_on(store, TODAY) if p.id == employee]
    text = _pane_text(store, person)
    history = text[text.index("Wijzigingen in het dossier") :]
    assert "Gegevens gewijzigd door test" in history
    assert "Vertrokken op: – → 31-01-2027" in history
    assert "Werkt op OBS De Linde" in history
    assert "Toestemming ingetrokken (Standaard)" in history
    assert "Antwoorden: 0 ja, 18 nee, 0 leeg" in history
    assert "Notitie: per e-mail" in history
