"""Who is on the list on a date, and their protocol and consent status: one snapshot.

The four tabs and ``export status`` all read these rows, so the rules are applied
in one place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from korre_desktop.domain.consent import (
    ConsentPolicy,
    ConsentStatus,
    SixteenPlusPolicy,
)
from korre_desktop.domain.consent_form import ConsentForm, channel_labels, items_in_force
from korre_desktop.domain.consent_items import sort_item_codes
from korre_desktop.domain.people import NameUse, age_on, name_in_use, schools_text, sort_key
from korre_desktop.domain.protocol import (
    DEFAULT_SIGNING_DEADLINE_DAYS,
    Audience,
    ProtocolSignature,
    ProtocolStatus,
    ProtocolVersion,
    current_version,
    protocol_status,
)
from korre_desktop.services.consent_outcomes import ConsentOutcomes, rows_by_subject
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store

PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class StatusSettings:
    policy: ConsentPolicy
    deadline_days: int
    # The items shown: of the versions in effect on the settings' date, else of all versions.
    item_codes: tuple[str, ...]
    versions: tuple[ProtocolVersion, ...]
    forms: tuple[ConsentForm, ...] = ()  # newest first

    @property
    def channel_labels(self) -> dict[str, str]:
        """Each channel's label as the newest version that has it words it."""
        return channel_labels(self.forms)


@dataclass(slots=True)
class PersonStatus:
    """One person on the list for a date, with everything the tables show.

    ``consent`` is shared between people with the same statuses (read it, never change
    it): at 50,000 students that keeps a few hundred dicts instead of 50,000.
    """

    kind: str  # "student" or "employee"
    id: int
    number: str
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    school: str  # to show: a student's school, an employee's schools joined (schools_text)
    class_name: str
    birth_date: date | None
    start_date: date | None
    end_date: date | None
    function: str
    employment_type: str
    protocol: ProtocolStatus
    protocol_version: str
    consent: dict[str, ConsentStatus]
    ask_student: bool
    active: bool
    has_statements: bool = False
    naamgebruik: str = NameUse.OWN
    partner_tussenvoegsel: str = ""
    partner_achternaam: str = ""
    start_unknown: bool = False  # an employee whose start date the records do not know
    # The school names apart: a student's one school, an employee's schools (a name may
    # hold a comma). Filters and lists ask ``at_school``, never split ``school``.
    schools: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The name in use ("Petra Jansen-de Boer"); sorting stays on the own surname."""
        return name_in_use(
            self.roepnaam,
            self.tussenvoegsel,
            self.achternaam,
            self.naamgebruik,
            self.partner_tussenvoegsel,
            self.partner_achternaam,
        )

    def at_school(self, name: str) -> bool:
        return name in self.schools

    @property
    def birth_date_missing(self) -> bool:
        return self.kind == "student" and self.birth_date is None

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return sort_key(self.roepnaam, self.tussenvoegsel, self.achternaam)

    def age_on(self, day: date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)


def load_settings(store: Store, on: date | None = None) -> StatusSettings:
    """The rules' settings; with ``on`` the items are those of the consent form versions in
    effect on that day (one column per item in the tabs and exports)."""
    from korre_desktop.services.consent_forms import load_forms, school_year_cutoff

    policy = ConsentPolicy(
        sixteen_plus=SixteenPlusPolicy(
            store.setting("sixteen_plus_policy", SixteenPlusPolicy.GUARDIAN_CONSENT_STAYS_VALID)
        ),
        school_year_cutoff=school_year_cutoff(store),
    )
    forms = tuple(load_forms(store))
    if on is not None:
        items = items_in_force(forms, on)
    else:
        items = tuple(sort_item_codes(code for form in forms for code in form.items))
    return StatusSettings(
        policy=policy,
        deadline_days=int(store.setting("signing_deadline_days", DEFAULT_SIGNING_DEADLINE_DAYS)),
        item_codes=items,
        versions=protocol_versions(store),
        forms=forms,
    )


def protocol_versions(store: Store) -> tuple[ProtocolVersion, ...]:
    return tuple(
        ProtocolVersion(
            id=row["id"],
            audience=Audience(row["audience"]),
            label=row["label"],
            effective_date=date.fromisoformat(row["effective_date"]),
        )
        for row in store.consent.protocol_versions()
    )


def _optional_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _signatures_by_person(
    store: Store, kind: str, only: Collection[int] | None = None
) -> dict[int, list[ProtocolSignature]]:
    grouped: dict[int, list[ProtocolSignature]] = defaultdict(list)
    for row in store.consent.protocol_signatures(kind, only):
        grouped[row["person_id"]].append(
            ProtocolSignature(
                version_id=row["version_id"], signed_date=date.fromisoformat(row["signed_date"])
            )
        )
    return grouped


def student_statuses_on(
    store: Store,
    on: date,
    *,
    with_consent: bool = True,
    include_inactive: bool = False,
    settings: StatusSettings | None = None,
    progress: Progress = NO_PROGRESS,
    only: Collection[int] | None = None,
) -> list[PersonStatus]:
    """Students on the list for ``on`` (or every student) with their statuses on ``on``.

    ``only`` limits the work to those student ids (a class list needs a few dozen of
    the foundation's students): only their rows, signatures, statements and guardian
    links are read.
    """
    settings = settings or load_settings(store, on)
    if only is not None:
        only = set(only)
    active_rows = store.people.students_on(on, only=only)
    active_ids = {row["id"] for row in active_rows}
    if include_inactive:
        by_id = {row["id"]: row for row in store.people.students_all()}
        by_id.update({row["id"]: row for row in active_rows})
        rows = list(by_id.values())
        if only is not None:
            rows = [row for row in rows if row["id"] in only]
    else:
        rows = active_rows
    signatures = _signatures_by_person(store, "student", only)
    statements: dict[int, list[dict[str, Any]]] = {}
    if with_consent:
        no_authority = store.people.guardians_without_authority(only)
        statements = rows_by_subject(store.consent.statements("student", only), no_authority)
    outcomes = ConsentOutcomes("student", settings.forms, settings.item_codes, on, settings.policy)
    version_label = _version_label(settings, Audience.STUDENTS, on)
    # A student's protocol status depends on their signatures alone (most have none, or
    # signed the same version): worked out once per set of signatures.
    protocols: dict[tuple[ProtocolSignature, ...], ProtocolStatus] = {}
    result: list[PersonStatus] = []
    total = len(rows)
    for index, row in enumerate(rows):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, total)
        birth = _optional_date(row["birth_date"])
        consent: dict[str, ConsentStatus] = {}
        ask = False
        if with_consent:
            consent, ask = outcomes.of(statements.get(row["id"], ()), birth)
        signed = tuple(signatures.get(row["id"], ()))
        protocol = protocols.get(signed)
        if protocol is None:
            protocol = protocols[signed] = protocol_status(
                signed, settings.versions, Audience.STUDENTS, on
            )
        result.append(
            PersonStatus(
                kind="student",
                id=row["id"],
                number=row["student_number"],
                roepnaam=row["roepnaam"],
                tussenvoegsel=row["tussenvoegsel"],
                achternaam=row["achternaam"],
                school=row["school"],
                schools=(row["school"],),
                class_name=row.get("class_name") or "",
                birth_date=birth,
                start_date=_optional_date(row["enrolled_date"]),
                end_date=_optional_date(row["left_date"]),
                function="",
                employment_type="",
                protocol=protocol,
                protocol_version=version_label,
                consent=consent,
                ask_student=ask,
                active=row["id"] in active_ids,
                has_statements=row["id"] in statements,
            )
        )
    progress.step(total, total)
    return result


def employee_statuses_on(
    store: Store,
    on: date,
    *,
    with_consent: bool = True,
    include_inactive: bool = False,
    settings: StatusSettings | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[PersonStatus]:
    """Employees on the list for ``on`` (or every employee) with their statuses on ``on``."""
    settings = settings or load_settings(store, on)
    rows = store.people.employees_all() if include_inactive else store.people.employees_on(on)
    signatures = _signatures_by_person(store, "employee")
    statements = rows_by_subject(store.consent.statements("employee")) if with_consent else {}
    outcomes = ConsentOutcomes("employee", settings.forms, settings.item_codes, on, settings.policy)
    version_label = _version_label(settings, Audience.EMPLOYEES, on)
    result: list[PersonStatus] = []
    total = len(rows)
    for index, row in enumerate(rows):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, total)
        start = _optional_date(row["start_date"])
        end = _optional_date(row["end_date"])
        consent = outcomes.of(statements.get(row["id"], ()))[0] if with_consent else {}
        result.append(
            PersonStatus(
                kind="employee",
                id=row["id"],
                number=row["staff_number"],
                roepnaam=row["roepnaam"],
                tussenvoegsel=row["tussenvoegsel"],
                achternaam=row["achternaam"],
                school=schools_text(row["schools"]),
                schools=row["schools"],
                class_name="",
                birth_date=None,
                start_date=start,
                end_date=end,
                function=row["function"],
                employment_type=row["employment_type"],
                protocol=protocol_status(
                    signatures.get(row["id"], ()),
                    settings.versions,
                    Audience.EMPLOYEES,
                    on,
                    start_date=start,
                    deadline_days=settings.deadline_days,
                    start_unknown=start is None,
                ),
                protocol_version=version_label,
                consent=consent,
                ask_student=False,
                active=(start is None or start <= on) and (end is None or end > on),
                has_statements=row["id"] in statements,
                naamgebruik=row["naamgebruik"],
                partner_tussenvoegsel=row["partner_tussenvoegsel"],
                partner_achternaam=row["partner_achternaam"],
                start_unknown=start is None,
            )
        )
    progress.step(total, total)
    return result


def _version_label(settings: StatusSettings, audience: Audience, on: date) -> str:
    version = current_version(settings.versions, audience, on)
    return version.label if version else ""
