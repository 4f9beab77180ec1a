"""The settings the office may change, in one place: their keys, defaults, how a value is
typed and checked, and saving (audited, through ``Store.set_setting``).

The command line (``settings list|set KEY VALUE``) and the settings window both use this.
A value is typed as text (the command line's form); ``parse_value`` checks it and gives
the stored value, ``value_text`` the other way round. Problems are ``SettingError`` with a
code and its values (the window words them in Dutch) and an English message.

The school-year cut-off is typed day first, as Dutch dates are (``01-08`` is 1 August),
and stored "MM-DD".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from korre_desktop.domain.consent import SixteenPlusPolicy
from korre_desktop.domain.consent_form import MAX_VALIDITY_YEARS, Validity, ValidityKind
from korre_desktop.domain.protocol import DEFAULT_SIGNING_DEADLINE_DAYS
from korre_desktop.domain.retention import RULE_BY_CATEGORY, RULES, PeriodUnit, RetentionCategory
from korre_desktop.errors import InputError
from korre_desktop.services import access_log
from korre_desktop.services.consent_forms import CUTOFF_SETTING, DEFAULT_VALIDITY_SETTING
from korre_desktop.store import Store, backup

FOUNDATION_NAME = "foundation_name"
DEFAULT_VALIDITY = DEFAULT_VALIDITY_SETTING
SCHOOL_YEAR_CUTOFF = CUTOFF_SETTING
SIXTEEN_PLUS_POLICY = "sixteen_plus_policy"
SIGNING_DEADLINE_DAYS = "signing_deadline_days"
BACKUP_FOLDER = backup.FOLDER_SETTING
BACKUPS_KEPT = backup.KEEP_SETTING
BACKUP_INTERVAL_HOURS = backup.INTERVAL_SETTING
ACCESS_LOG_RETENTION_DAYS = access_log.RETENTION_SETTING
# How long the foundation keeps what (``domain.retention``; ``purge`` applies them).
RETENTION_STUDENT_YEARS = RULE_BY_CATEGORY[RetentionCategory.STUDENT_RECORDS].setting
RETENTION_CONSENT_YEARS = RULE_BY_CATEGORY[RetentionCategory.CONSENT].setting
RETENTION_STAFF_YEARS = RULE_BY_CATEGORY[RetentionCategory.STAFF_RECORDS].setting
RETENTION_BREACH_YEARS = RULE_BY_CATEGORY[RetentionCategory.BREACH_CORRESPONDENCE].setting
# The server mode: the window locks after this many minutes without input (0: never).
LOCK_AFTER_MINUTES = "lock_after_minutes"
DEFAULT_LOCK_AFTER_MINUTES = 15

MAX_NAME_LENGTH = 200
BESIDE_THE_DATABASE = "default"  # typed for the backup folder: the folder beside the file


class SettingError(InputError):
    """A value that cannot be saved: ``key`` is the setting, ``code`` and ``params`` say why."""

    def __init__(self, key: str, code: str, message: str, **params: Any) -> None:
        self.key = key
        self.code = code
        self.params = params
        super().__init__(f"{key}: {message}")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any  # as stored
    allowed: str  # what may be typed, in English (the command line's help)
    parse: Callable[[str, str], Any]  # (key, typed text) -> the value stored
    text: Callable[[Any], str]  # the stored value as it is typed
    minimum: int | None = None  # for whole numbers
    maximum: int | None = None


# -- typing and checking values -------------------------------------------------------------------


def _name(key: str, text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise SettingError(key, "required", "must not be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise SettingError(
            key, "too_long", f"at most {MAX_NAME_LENGTH} characters", maximum=MAX_NAME_LENGTH
        )
    return name


def validity_text(validity: Validity) -> str:
    """``until_withdrawn``, ``school_year`` or ``years:N``: a validity as it is typed."""
    if validity.kind is ValidityKind.YEARS:
        return f"years:{validity.years}"
    return validity.kind.value


def parse_validity(text: str) -> Validity:
    """The inverse of ``validity_text``; ``ValueError`` for anything else."""
    value = text.strip().lower()
    found = re.fullmatch(r"years:\s*(\d+)", value)
    if found:
        return Validity(ValidityKind.YEARS, int(found.group(1)))
    if value == ValidityKind.YEARS.value:
        raise ValueError("a number of years is typed years:N")
    return Validity(ValidityKind(value))


def _validity(key: str, text: str) -> Any:
    try:
        return parse_validity(text).to_json()
    except ValueError:
        raise SettingError(
            key,
            "validity_format",
            f"type until_withdrawn, school_year or years:N (N from 1 to {MAX_VALIDITY_YEARS})",
            maximum=MAX_VALIDITY_YEARS,
        ) from None


def _validity_shown(value: Any) -> str:
    try:
        return validity_text(Validity.from_json(value))
    except ValueError:
        return str(value)


def _cutoff(key: str, text: str) -> str:
    found = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text.strip())
    if not found:
        raise SettingError(key, "cutoff_format", "type the day and month as DD-MM, e.g. 01-08")
    day, month = int(found.group(1)), int(found.group(2))
    shown = f"{day:02d}-{month:02d}"
    try:
        date(2028, month, day)
    except ValueError:
        raise SettingError(key, "cutoff_invalid", f"{shown} does not exist", text=shown) from None
    if (month, day) == (2, 29):  # the school year must start on a day every year has
        raise SettingError(key, "cutoff_leap_day", "29-02 is not in every year")
    return f"{month:02d}-{day:02d}"


def _cutoff_shown(value: Any) -> str:
    month, _, day = str(value).partition("-")
    return f"{day}-{month}"


def _policy(key: str, text: str) -> str:
    try:
        return SixteenPlusPolicy(text.strip().lower()).value
    except ValueError:
        choices = " or ".join(p.value for p in SixteenPlusPolicy)
        raise SettingError(key, "policy_unknown", f"type {choices}") from None


def _backup_folder(key: str, text: str) -> str:
    typed = text.strip()
    if typed in ("", BESIDE_THE_DATABASE):
        return ""
    folder = Path(typed).expanduser()
    if not folder.is_absolute():
        raise SettingError(
            key, "folder_not_absolute", f"give the whole path of the folder, not {typed!r}"
        )
    if folder.exists() and not folder.is_dir():
        raise SettingError(key, "folder_is_a_file", f"{folder} is a file, not a folder")
    return str(folder)


def _folder_shown(value: Any) -> str:
    return str(value) if value else BESIDE_THE_DATABASE


def _whole_number(minimum: int, maximum: int) -> Callable[[str, str], int]:
    def parse(key: str, text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise SettingError(
                key,
                "not_a_number",
                f"type a whole number from {minimum} to {maximum}",
                minimum=minimum,
                maximum=maximum,
            ) from None
        if not minimum <= number <= maximum:
            raise SettingError(
                key,
                "out_of_range",
                f"must be from {minimum} to {maximum}",
                minimum=minimum,
                maximum=maximum,
            )
        return number

    return parse


def _number(key: str, default: int, minimum: int, maximum: int, unit: str) -> Setting:
    return Setting(
        key,
        default,
        f"{minimum}-{maximum} {unit}",
        _whole_number(minimum, maximum),
        str,
        minimum,
        maximum,
    )


SETTINGS: tuple[Setting, ...] = (
    Setting(FOUNDATION_NAME, "Stichting de Korre", "text", _name, str),
    Setting(
        DEFAULT_VALIDITY,
        "until_withdrawn",
        f"until_withdrawn | school_year | years:N (1-{MAX_VALIDITY_YEARS}); for new versions",
        _validity,
        _validity_shown,
    ),
    Setting(
        SCHOOL_YEAR_CUTOFF, "08-01", "DD-MM, the day the school year starts", _cutoff, _cutoff_shown
    ),
    Setting(
        SIXTEEN_PLUS_POLICY,
        SixteenPlusPolicy.GUARDIAN_CONSENT_STAYS_VALID.value,
        " | ".join(p.value for p in SixteenPlusPolicy),
        _policy,
        str,
    ),
    _number(SIGNING_DEADLINE_DAYS, DEFAULT_SIGNING_DEADLINE_DAYS, 0, 365, "days"),
    Setting(
        BACKUP_FOLDER,
        "",
        f"a folder's whole path, or {BESIDE_THE_DATABASE} (beside the database)",
        _backup_folder,
        _folder_shown,
    ),
    _number(BACKUPS_KEPT, backup.AUTOMATIC_KEEP, 1, 1000, "backups"),
    _number(
        BACKUP_INTERVAL_HOURS,
        int(backup.AUTOMATIC_INTERVAL.total_seconds() // 3600),
        1,
        720,
        "hours",
    ),
    _number(
        ACCESS_LOG_RETENTION_DAYS,
        access_log.DEFAULT_RETENTION_DAYS,
        access_log.MINIMUM_RETENTION_DAYS,
        access_log.MAXIMUM_RETENTION_DAYS,
        "days the access log is kept",
    ),
    *(
        _number(rule.setting, rule.default, rule.minimum, rule.maximum, "years after leaving")
        for rule in RULES
        if rule.unit is PeriodUnit.YEARS_AFTER_LEAVING
    ),
    _number(LOCK_AFTER_MINUTES, DEFAULT_LOCK_AFTER_MINUTES, 0, 480, "minutes (0: never)"),
)
_BY_KEY = {setting.key: setting for setting in SETTINGS}


def setting(key: str) -> Setting:
    found = _BY_KEY.get(key.strip().lower())
    if found is None:
        raise SettingError(key, "unknown_setting", f"unknown setting (one of {', '.join(_BY_KEY)})")
    return found


def parse_value(key: str, text: str) -> Any:
    """The value to store for ``text`` typed for ``key``; ``SettingError`` when it cannot be."""
    found = setting(key)
    return found.parse(found.key, text)


def value_text(key: str, value: Any) -> str:
    return setting(key).text(value)


# -- reading and saving ---------------------------------------------------------------------------


def current_values(store: Store) -> dict[str, Any]:
    """Every editable setting's stored value (its default when none is stored)."""
    return {s.key: store.setting(s.key, s.default) for s in SETTINGS}


def lock_after_minutes(store: Store) -> int:
    """How long the window on the server stays open without input (0: no lock)."""
    value = current_values(store)[LOCK_AFTER_MINUTES]
    return value if isinstance(value, int) else DEFAULT_LOCK_AFTER_MINUTES


def current_texts(store: Store) -> dict[str, str]:
    """Every editable setting's value as it is typed."""
    return {key: value_text(key, value) for key, value in current_values(store).items()}


class SettingsError(InputError):
    """Several values that cannot be saved (all of them, for the window)."""

    def __init__(self, problems: list[SettingError]) -> None:
        self.problems = problems
        self.code = problems[0].code
        super().__init__("; ".join(str(p) for p in problems))


def save_texts(store: Store, texts: Mapping[str, str]) -> list[str]:
    """Check every typed value, then save the changed ones in one transaction (each
    audited with before and after). Nothing is saved when one is wrong (``SettingsError``
    lists them all). Returns the keys that changed."""
    values, problems = {}, []
    for key, text in texts.items():
        try:
            values[setting(key).key] = parse_value(key, text)
        except SettingError as problem:
            problems.append(problem)
    if problems:
        raise SettingsError(problems)
    current = current_values(store)
    changed = [key for key, value in values.items() if current[key] != value]
    with store.transaction():
        for key in changed:
            store.set_setting(key, values[key])
    return changed


def save_text(store: Store, key: str, text: str) -> bool:
    """One setting (the command line): True when it changed. ``SettingError`` when the
    value cannot be saved."""
    try:
        return bool(save_texts(store, {key: text}))
    except SettingsError as error:
        raise error.problems[0] from None


def backup_folder_shown(store: Store) -> Path | None:
    """Where the automatic backups go now (None for a database in memory)."""
    if store.path is None:
        return None
    return backup.backup_folder(store.path, store.backup_settings().folder)


def default_backup_folder(store: Store) -> Path | None:
    """Where they go when no folder is set: beside the database."""
    return None if store.path is None else backup.backup_folder(store.path)
