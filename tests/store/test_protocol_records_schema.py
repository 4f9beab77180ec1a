"""Migration 10 (accounts, authorisations, press reports, the personnel file): it upgrades
a file with data, and the full check and the empty test cover the new tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from korre_desktop.services.accounts import AccountInput, add_account
from korre_desktop.services.authorisations import AuthorisationInput, PersonRef, add_authorisation
from korre_desktop.services.documents import document_from_bytes
from korre_desktop.services.dossier import DossierEntryInput, add_dossier_entry
from korre_desktop.services.press_reports import PressReportInput, add_press_report
from korre_desktop.store import Store, damage
from korre_desktop.store.connection import connect
from korre_desktop.store.migrate import migrate, schema_version
from korre_desktop.store.schema import LATEST_VERSION, MIGRATIONS
from tests.damage import flip
from tests.services.protocol_people import TODAY, build_foundation, eml_bytes

NEW_TABLES = {
    "accounts",
    "authorisations",
    "authorisation_withdrawals",
    "press_reports",
    "dossier_entries",
}


def test_migration_10_upgrades_a_file_with_data(db_path: Path) -> None:
    db = connect(db_path, create=True)
    migrate(db, db_path, MIGRATIONS[:9])
    db.execute("INSERT INTO schools (name, created_at) VALUES ('OBS De Linde', '2025-01-01')")
    db.conn.commit()
    db.close()
    with Store.open(db_path, actor="test") as store:
        assert schema_version(store.db) == LATEST_VERSION >= 10
        assert set(store.db.table_names()) >= NEW_TABLES
        assert store.rows("SELECT name FROM schools") == [{"name": "OBS De Linde"}]
        assert store.check() == []


def test_an_account_makes_a_database_not_empty() -> None:
    with Store.in_memory() as store:
        assert store.is_empty()
        store.insert("accounts", {"platform": "x", "name": "@korre", "created_at": "2026-11-24"})
        assert not store.is_empty()


UNIQUE_NOTE = "Notitie-MARK-5K2P"
ATTACHMENT = eml_bytes("Bijlage-MARK-9W4T", body="x" * 400)


def _filled(path: Path) -> dict[str, int]:
    """One record in each new table, the press report with an attachment; the
    authorisation's note and valid_from to damage."""
    with Store.create(path, actor="test") as store:
        f = build_foundation(store)
        account = add_account(store, AccountInput(platform="instagram", name="@obsdelinde"))
        authorisation = add_authorisation(
            store,
            AuthorisationInput(
                person=PersonRef("employee", f.teacher),
                scope="account",
                account_id=account,
                valid_from=date(2026, 9, 7),
                granted_by_employee_id=f.director,
                note=UNIQUE_NOTE,
            ),
        )
        report = add_press_report(
            store,
            PressReportInput(
                report_date="20-11-2026",
                employee_id=f.teacher,
                medium="Krant",
                subject="Foto",
                reported_to_employee_id=f.director,
                attachment=document_from_bytes(ATTACHMENT, "pers.eml"),
            ),
            today=TODAY,
        )
        entry = add_dossier_entry(
            store,
            DossierEntryInput(
                employee_id=f.teacher,
                entry_date=date(2026, 11, 12),
                subject="Brief",
                direction="in",
                document=document_from_bytes(eml_bytes("Dossier"), "brief.eml"),
            ),
            today=TODAY,
        )
        assert store.check() == []
        return {"authorisation": authorisation, "report": report, "entry": entry}


@pytest.mark.embedded_only
@pytest.mark.plain_file_only(reason="damages the file by changing bytes found in the plain file")
def test_the_full_check_names_the_new_records(tmp_path: Path) -> None:
    path = tmp_path / "korre.sqlite"
    ids = _filled(path)
    flip(path, ATTACHMENT[300:340], at=5, xor=0x01)
    flip(path, UNIQUE_NOTE.encode(), at=3, xor=0x80)
    with Store.open(path) as store:
        messages = [finding.message for finding in store.check()]
    assert f"press report {ids['report']} of employee 1003: attachment blob damaged" in messages
    assert (
        f"authorisation {ids['authorisation']} of employee 1003: damaged text in note" in messages
    )


@pytest.mark.embedded_only
@pytest.mark.plain_file_only(reason="damages the file by changing bytes found in the plain file")
def test_a_damaged_date_of_an_authorisation_is_found(tmp_path: Path) -> None:
    path = tmp_path / "korre.sqlite"
    ids = _filled(path)
    flip(path, b"2026-09-07", at=6, xor=0x04)  # "2026-09-07" -> "2026-0=-07"
    with Store.open(path) as store:
        findings = [f for f in store.check() if f.code == damage.DATE_DAMAGED]
    named = {(f.record.kind, f.record.key, f.column) for f in findings if f.record}
    assert ("authorisation", str(ids["authorisation"]), "valid_from") in named
