"""Shared fixtures: a fresh database per test, and no test touching the real home folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from korre_desktop.domain.consent_items import ALL_ITEM_CODES
from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.store import Store, file_keys
from tests.engines import ENCRYPTED, ON_SERVER, TEST_KEY, copy_database
from tests.fake_keyring import MemoryKeyring

# The same examples on every run: CI on a clean clone must not pass or fail by chance.
# (Run with --hypothesis-profile=explore to search afresh.)
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None)
hypothesis_settings.register_profile("explore", deadline=None)
hypothesis_settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point platformdirs' data, state (logs), config and cache folders into tmp_path."""
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        folder = tmp_path / "home" / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("KORRE_DB", raising=False)


@pytest.fixture(autouse=True)
def keyring_backend() -> MemoryKeyring:
    """A fresh keyring in memory for each test: no test reads or writes the OS keyring."""
    import keyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def _file_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No key of one test known in the next; on the encrypted run (KORRE_TEST_ENGINE=
    sqlcipher) every new database file encrypted with the test key, given in KORRE_DB_KEY."""
    if ENCRYPTED:
        file_keys.use_for_new_files(TEST_KEY)
        monkeypatch.setenv(file_keys.KEY_ENV, file_keys.recovery_code(TEST_KEY))
    else:
        monkeypatch.delenv(file_keys.KEY_ENV, raising=False)
    yield
    file_keys.use_for_new_files(None)
    file_keys.forget_all()


CLI_TODAY = date(2026, 11, 20)  # "today" on the command line in tests that ask for it


@pytest.fixture
def cli_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Fix the day a command uses when it is given no date (``cli_commands._today``)."""
    monkeypatch.setattr("korre_desktop.cli_commands._today.today", lambda: CLI_TODAY)
    return CLI_TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a database file that does not exist yet (its folder does)."""
    folder = tmp_path / "db"
    folder.mkdir(exist_ok=True)
    return folder / "korre.sqlite"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, fully migrated database file, closed after the test."""
    opened = Store.create(tmp_path / "korre.sqlite", actor="test")
    try:
        yield opened
    finally:
        opened.close()


def all_answers(value: bool | None) -> dict[str, bool | None]:
    return dict.fromkeys(ALL_ITEM_CODES, value)


class Records:
    """Small helpers that write people and forms through Store.insert (so they are audited)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._numbers = 0

    def _next(self) -> int:
        self._numbers += 1
        return self._numbers

    def school(self, name: str | None = None) -> int:
        return self.store.insert(
            "schools",
            {"name": name or f"School {self._next()}", "brin": "00AA", "created_at": "2026-01-01"},
        )

    def school_year(self, start_year: int) -> int:
        year = SchoolYear(start_year)
        existing = self.store.rows("SELECT id FROM school_years WHERE label = ?", [year.label])
        if existing:
            return existing[0]["id"]
        return self.store.insert(
            "school_years",
            {
                "label": year.label,
                "start_date": year.start.isoformat(),
                "end_date": year.end.isoformat(),
            },
        )

    def klass(self, school_id: int, start_year: int, name: str = "Groep 5") -> int:
        return self.store.insert(
            "classes",
            {"school_id": school_id, "school_year_id": self.school_year(start_year), "name": name},
        )

    def student(
        self,
        school_id: int,
        *,
        number: str | None = None,
        roepnaam: str = "Sem",
        tussenvoegsel: str = "",
        achternaam: str = "Jansen",
        birth_date: date = date(2016, 3, 1),
        enrolled_date: date | None = None,
        left_date: date | None = None,
    ) -> int:
        return self.store.insert(
            "students",
            {
                "school_id": school_id,
                "student_number": number or str(5000 + self._next()),
                "roepnaam": roepnaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "birth_date": birth_date.isoformat(),
                "enrolled_date": enrolled_date.isoformat() if enrolled_date else None,
                "left_date": left_date.isoformat() if left_date else None,
                "created_at": "2026-01-01",
            },
        )

    def enrol(
        self,
        student_id: int,
        class_id: int,
        start_date: date | None = None,
        end_date: date | None = None,
    ) -> int:
        return self.store.insert(
            "enrolments",
            {
                "student_id": student_id,
                "class_id": class_id,
                "start_date": start_date.isoformat() if start_date else None,
                "end_date": end_date.isoformat() if end_date else None,
            },
        )

    def guardian(self, student_id: int, *, authority: bool = True, name: str = "Ouder") -> int:
        guardian_id = self.store.insert(
            "guardians", {"roepnaam": name, "achternaam": "Jansen", "created_at": "2026-01-01"}
        )
        self.store.insert(
            "student_guardians",
            {
                "student_id": student_id,
                "guardian_id": guardian_id,
                "relation": "moeder",
                "parental_authority": 1 if authority else 0,
            },
        )
        return guardian_id

    def employee(
        self,
        *,
        number: str | None = None,
        roepnaam: str = "Anne",
        tussenvoegsel: str = "",
        achternaam: str = "Bakker",
        start_date: date = date(2020, 8, 1),
        end_date: date | None = None,
        employment_type: str = "permanent",
        school_ids: tuple[int, ...] = (),
    ) -> int:
        employee_id = self.store.insert(
            "employees",
            {
                "staff_number": number or str(100000 + self._next()),
                "roepnaam": roepnaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "function": "Leerkracht",
                "employment_type": employment_type,
                "start_date": start_date.isoformat(),
                "end_date": end_date.isoformat() if end_date else None,
                "created_at": "2026-01-01",
            },
        )
        for school_id in school_ids:
            self.store.insert(
                "employee_schools", {"employee_id": employee_id, "school_id": school_id}
            )
        return employee_id

    def protocol_version(self, audience: str, label: str, effective_date: date) -> int:
        return self.store.insert(
            "protocol_versions",
            {
                "audience": audience,
                "label": label,
                "effective_date": effective_date.isoformat(),
                "created_at": "2026-01-01",
            },
        )

    def sign(self, kind: str, person_id: int, version_id: int, signed: date) -> int:
        return self.store.insert(
            "protocol_signatures",
            {
                "person_kind": kind,
                "employee_id": person_id if kind == "employee" else None,
                "student_id": person_id if kind == "student" else None,
                "version_id": version_id,
                "signed_date": signed.isoformat(),
                "entered_by": "test",
                "entered_at": f"{signed.isoformat()}T10:00:00",
            },
        )

    def statement(
        self,
        kind: str,
        subject_id: int,
        signed: date,
        answers: Mapping[str, bool | None],
        *,
        signer_role: str | None = None,
        guardian_id: int | None = None,
        source: str = "paper",
        form_id: int | None = None,
    ) -> int:
        role = signer_role or ("guardian" if guardian_id else kind)
        form = form_id or self.store.consent.form_versions()[0]["id"]
        row: dict[str, Any] = {
            "subject_kind": kind,
            "employee_id": subject_id if kind == "employee" else None,
            "student_id": subject_id if kind == "student" else None,
            "signer_role": role,
            "guardian_id": guardian_id,
            "signed_date": signed.isoformat(),
            "form_version_id": form,
            "answers": json.dumps(dict(answers)),
            "source": source,
            "entered_by": "test",
            "entered_at": f"{signed.isoformat()}T10:00:00",
        }
        return self.store.insert("consent_statements", row)


@pytest.fixture
def records(store: Store) -> Records:
    return Records(store)


@pytest.fixture
def answers_all():
    """``answers_all(True)``: an answer for every item code."""
    return all_answers


# -- scanned forms -----------------------------------------------------------------------

SCAN_DAY = date(2026, 11, 24)


class ScanCorpora:
    """Forms printed into a demo database, filled in and scanned (made once per session).

    ``base`` is the database they were printed into; tests read them into a copy of it
    (``scan_db``), so every test still has its own database.
    """

    def __init__(self, folder: Path) -> None:
        from korre_desktop.services.demo import generate_demo
        from korre_desktop.testing.scan_corpus import build_corpus

        self.base = folder / "base.sqlite"
        self.copier = folder / "copier"
        self.photos = folder / "photos"
        with Store.create(self.base, actor="test") as store:
            generate_demo(store, students=150, employees=15, seed=2, today=SCAN_DAY)
            build_corpus(
                store,
                self.copier,
                consent=14,
                protocol=2,
                profile="mixed",
                dpi=200,
                blank_backs=1,
                seed=7,
                on=SCAN_DAY,
            )
            build_corpus(
                store, self.photos, consent=2, protocol=1, variant="photo", seed=8, on=SCAN_DAY
            )

    @property
    def copier_pdf(self) -> Path:
        return self.copier / "scan.pdf"

    @property
    def photo_files(self) -> list[Path]:
        return sorted(self.photos.glob("*.jpg"))


@pytest.fixture(scope="session")
def scan_corpora(tmp_path_factory: pytest.TempPathFactory) -> ScanCorpora:
    return ScanCorpora(tmp_path_factory.mktemp("scan-corpora"))


@pytest.fixture
def scan_db(scan_corpora: ScanCorpora, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh copy of the database the scanned forms were printed into."""

    return copy_database(scan_corpora.base, tmp_path / "scans.sqlite", request)


# KORRE_TEST_ENGINE=postgresql: every test's database on a throwaway PostgreSQL cluster.
if ON_SERVER:
    from tests.server_engine import (  # noqa: F401
        _files_are_server_databases,
        server_cluster,
        server_databases,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "embedded_only: about the embedded file itself (runs on SQLite only)"
    )
    config.addinivalue_line(
        "markers", "server_only: about what only a server has (runs on PostgreSQL only)"
    )
    config.addinivalue_line(
        "markers",
        "plain_file_only(reason): about the bytes of a plain SQLite file (not on the"
        " encrypted run)",
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    if ON_SERVER:  # an embedded_only test's fixtures make files, as on the embedded run
        from tests.server_engine import set_active

        set_active(not item.get_closest_marker("embedded_only"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each run leaves out the other engine's own tests (deselected, not skipped: the
    other run has them; ``make test`` runs both)."""
    others = ["embedded_only"] if ON_SERVER else ["server_only"]
    if ENCRYPTED:
        others.append("plain_file_only")

    def other(item: pytest.Item) -> bool:
        return any(item.get_closest_marker(name) for name in others)

    kept = [item for item in items if not other(item)]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if other(i)])
        items[:] = kept
