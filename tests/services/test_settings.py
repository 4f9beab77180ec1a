"""The settings the office may change: typed as text, checked, saved audited, all or nothing;
the automatic backups follow theirs."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from korre_desktop.domain.consent import SixteenPlusPolicy
from korre_desktop.domain.consent_form import Validity, ValidityKind
from korre_desktop.services import consent_forms
from korre_desktop.services import settings as s
from korre_desktop.services.status import load_settings
from korre_desktop.store import Store, backup


def test_defaults_as_typed(store: Store) -> None:
    assert s.current_texts(store) == {
        "foundation_name": "Stichting de Korre",
        "default_validity": "until_withdrawn",
        "school_year_cutoff": "01-08",
        "sixteen_plus_policy": "guardian_consent_stays_valid",
        "signing_deadline_days": "14",
        "backup_folder": "default",
        "backups_kept": "10",
        "backup_interval_hours": "20",
        "access_log_retention_days": "365",
        "retention_student_years": "2",
        "retention_consent_years": "2",
        "retention_staff_years": "2",
        "retention_breach_years": "2",
        "lock_after_minutes": "15",
    }
    assert [item.key for item in s.SETTINGS] == list(s.current_texts(store))


@pytest.mark.parametrize(
    ("key", "text", "stored", "shown"),
    [
        (
            "foundation_name",
            "  Stichting   Klaverblad ",
            "Stichting Klaverblad",
            "Stichting Klaverblad",
        ),
        ("default_validity", "school_year", "school_year", None),
        ("default_validity", "Years:3", {"years": 3}, "years:3"),
        ("default_validity", "UNTIL_WITHDRAWN", "until_withdrawn", "until_withdrawn"),
        ("school_year_cutoff", "15-8", "08-15", "15-08"),
        ("school_year_cutoff", "01-09", "09-01", None),
        ("sixteen_plus_policy", "strict", "strict", None),
        ("signing_deadline_days", "0", 0, None),
        ("signing_deadline_days", "365", 365, None),
        ("backups_kept", "1", 1, None),
        ("backup_interval_hours", "720", 720, None),
        ("lock_after_minutes", "0", 0, None),
        ("backup_folder", "default", "", "default"),
        ("backup_folder", "", "", "default"),
    ],
)
def test_values_typed_and_shown(key, text, stored, shown) -> None:
    assert s.parse_value(key, text) == stored
    assert s.value_text(key, stored) == (shown if shown is not None else text.strip())


@pytest.mark.parametrize(
    ("key", "text", "code"),
    [
        ("foundation_name", "   ", "required"),
        ("foundation_name", "x" * 201, "too_long"),
        ("default_validity", "forever", "validity_format"),
        ("default_validity", "years", "validity_format"),
        ("default_validity", "years:0", "validity_format"),
        ("default_validity", "years:21", "validity_format"),
        ("school_year_cutoff", "08/01", "cutoff_format"),
        ("school_year_cutoff", "31-09", "cutoff_invalid"),
        ("school_year_cutoff", "29-02", "cutoff_leap_day"),
        ("sixteen_plus_policy", "lax", "policy_unknown"),
        ("signing_deadline_days", "-1", "out_of_range"),
        ("signing_deadline_days", "366", "out_of_range"),
        ("signing_deadline_days", "twee", "not_a_number"),
        ("backups_kept", "0", "out_of_range"),
        ("backup_interval_hours", "1.5", "not_a_number"),
        ("backup_folder", "backups", "folder_not_absolute"),
        ("colour", "red", "unknown_setting"),
    ],
)
def test_bad_values_are_refused_with_a_code(key, text, code) -> None:
    with pytest.raises(s.SettingError) as caught:
        s.parse_value(key, text)
    assert caught.value.code == code and caught.value.key == key
    assert str(caught.value).startswith(f"{key}: ") and "\n" not in str(caught.value)


def test_a_backup_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("x")
    with pytest.raises(s.SettingError) as caught:
        s.parse_value("backup_folder", str(file))
    assert caught.value.code == "folder_is_a_file"
    assert s.parse_value("backup_folder", str(tmp_path / "new")) == str(tmp_path / "new")


def test_saving_is_audited_and_used_by_the_rules(store: Store) -> None:
    changed = s.save_texts(
        store,
        {
            "sixteen_plus_policy": "strict",
            "signing_deadline_days": "21",
            "school_year_cutoff": "15-08",
            "default_validity": "years:2",
            "foundation_name": "Stichting de Korre",  # unchanged: not saved, not audited
        },
    )
    assert changed == [
        "sixteen_plus_policy",
        "signing_deadline_days",
        "school_year_cutoff",
        "default_validity",
    ]
    audit = store.rows(
        "SELECT row_id, before, after FROM audit_log WHERE table_name = 'settings' ORDER BY id"
    )
    assert [(a["row_id"], json.loads(a["after"])["value"]) for a in audit] == [
        ("sixteen_plus_policy", "strict"),
        ("signing_deadline_days", 21),
        ("school_year_cutoff", "08-15"),
        ("default_validity", {"years": 2}),
    ]
    assert json.loads(audit[1]["before"]) == {"value": 14}
    rules = load_settings(store, date(2026, 11, 24))
    assert rules.policy.sixteen_plus is SixteenPlusPolicy.STRICT
    assert rules.policy.school_year_cutoff == (8, 15)
    assert rules.deadline_days == 21
    assert consent_forms.default_validity(store) == Validity(ValidityKind.YEARS, 2)
    assert s.save_text(store, "signing_deadline_days", "21") is False  # the same again


def test_one_bad_value_saves_nothing_and_all_problems_are_listed(store: Store) -> None:
    before = store.rows("SELECT * FROM audit_log")
    with pytest.raises(s.SettingsError) as caught:
        s.save_texts(
            store,
            {"foundation_name": "Nieuwe naam", "backups_kept": "0", "school_year_cutoff": "x"},
        )
    assert [(p.key, p.code) for p in caught.value.problems] == [
        ("backups_kept", "out_of_range"),
        ("school_year_cutoff", "cutoff_format"),
    ]
    assert store.rows("SELECT * FROM audit_log") == before
    assert s.current_texts(store)["foundation_name"] == "Stichting de Korre"


@pytest.mark.embedded_only  # the automatic backups of a file
def test_automatic_backups_follow_the_settings(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "elders" / "kopieen"
    s.save_texts(
        store,
        {"backup_folder": str(folder), "backups_kept": "2", "backup_interval_hours": "48"},
    )
    assert s.backup_folder_shown(store) == folder
    start = datetime(2026, 11, 1, 9, 0)
    made = backup.automatic_backup(store.db, store.path, now=start)
    assert made is not None and made.parent == folder
    # Within 48 hours nothing new (the file's time is now: look from now on).
    assert backup.automatic_backup(store.db, store.path, now=datetime.now()) is None
    later = datetime.now() + timedelta(hours=49)
    for hours in (0, 1, 2):
        assert backup.automatic_backup(
            store.db, store.path, now=later + timedelta(hours=hours * 49)
        )
    assert len(backup.list_backups(store.path, folder)) == 2  # the newest two kept
    assert not backup.backup_folder(store.path).exists()  # nothing beside the database


@pytest.mark.embedded_only  # the automatic backups of a file
def test_backup_settings_default_and_tolerate_damage(store: Store) -> None:
    assert backup.backup_settings(store.db) == backup.BackupSettings()
    assert s.backup_folder_shown(store) == store.path.parent / "korre-backups"
    store.set_setting("backups_kept", "many")  # written by hand: the default is used
    store.set_setting("backup_interval_hours", True)
    assert backup.backup_settings(store.db) == backup.BackupSettings()
