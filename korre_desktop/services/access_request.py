"""An access request (AVG art. 15, "inzageverzoek"): everything Korre Desktop keeps about
one student or one employee, collected as typed records.

What goes in: the person's own record (every stored field); a student's guardians,
classes, schools and trip groups; an employee's schools and classes taught; every consent
statement with its answers per channel and its evidence; the protocol signatures; the
social-media authorisations and their withdrawals; press reports about the employee; the
personnel file (only for a role that may read it: ``dossier.may_read``); the history of
changes (``person_detail``: the same reader as the detail pane, for who may read the
change log); the access-log entries that name the person (for who may read the access
log); and the purposes, recipients and retention periods.

Nothing about other people: a guardian is named (they are the child's guardians), but
no other child. Only rows that are about this person are read (a sibling's statement
signed by the same guardian is the sibling's); an access-log entry keeps only this
person's reference, not the others shown with them; evidence is a file linked to this
person's own rows, never the original of a straightened scan (a copier's batch holds
other children's forms).

``access_request_export.export_access_request`` writes the report as a ZIP (PDF, JSON,
evidence files) and logs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from korre_desktop.domain.consent_items import is_item_code, sort_item_codes, split_item_code
from korre_desktop.domain.people import person_name
from korre_desktop.domain.retention import RULE_BY_CATEGORY, PeriodUnit, RetentionCategory
from korre_desktop.domain.retention import kept_until as retention_end
from korre_desktop.domain.roles import Permission
from korre_desktop.errors import InputError, NotAllowedError
from korre_desktop.services import access_log, dossier
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.person_detail import ChangeView, person_detail
from korre_desktop.services.press_reports import list_press_reports
from korre_desktop.store import Store

Row = dict[str, Any]
KINDS = ("student", "employee")

# What the data is kept for (AVG art. 15 (1a)); the documents word each code.
PURPOSES = {
    "student": (
        "consent_images",  # photo, film and audio only with the demonstrable consent
        "protocol",  # who signed the social-media protocol
        "authorisations",  # who may post for which account
        "no_photo_lists",  # the teachers' lists of who may not be photographed
        "accountability",  # the change log and the access log (Normenkader IBP)
    ),
    "employee": (
        "consent_images",
        "protocol",
        "authorisations",
        "press_contact",  # press contact reported to management
        "personnel_file",  # correspondence about breaches of the protocol
        "accountability",
    ),
}
# Who receives it (art. 15 (1c)): within the foundation only.
RECIPIENTS = {
    "student": (
        "school_office",
        "management",
        "class_teachers",  # only "may / may not" on the lists of their classes and trips
        "privacy_officer",  # the logs
        "administrator",  # the beheerder of the application
        "no_third_parties",
    ),
    "employee": (
        "school_office",
        "management",
        "privacy_officer",
        "administrator",
        "no_third_parties",
    ),
}
# Where the data came from (art. 15 (1g)).
SOURCES = {
    "student": ("administration_system", "guardians_forms", "student_forms", "school_office"),
    "employee": ("administration_system", "employee_forms", "school_office"),
}
# The retention categories that apply to each kind of person.
RETENTION = {
    "student": (
        RetentionCategory.STUDENT_RECORDS,
        RetentionCategory.CONSENT,
        RetentionCategory.ACCESS_LOG,
    ),
    "employee": (
        RetentionCategory.STAFF_RECORDS,
        RetentionCategory.CONSENT,
        RetentionCategory.BREACH_CORRESPONDENCE,
        RetentionCategory.ACCESS_LOG,
    ),
}
# A section left out because the signed-in role may not read it.
OMITTED_CHANGES = "changes"
OMITTED_ACCESS_LOG = "access_log"
OMITTED_DOSSIER = "dossier"
OMITTED_AUTHORISATIONS = "authorisations"

# The files' extensions by their type (else the stored name's, else .bin).
_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
    "image/webp": "webp",
    "image/heic": "heic",
    "application/pdf": "pdf",
    "message/rfc822": "eml",
    "application/vnd.ms-outlook": "msg",
    "text/plain": "txt",
}
# The word in an evidence file's name: what it proves.
EVIDENCE_WORDS = {
    "consent_statement": "toestemming",
    "protocol_signature": "protocol",
    "authorisation": "machtiging",
    "press_report": "persmelding",
    "dossier_entry": "dossier",
}


@dataclass
class EvidenceFile:
    """A stored file linked to the person's rows, as it goes into the ZIP."""

    name: str  # its path in the ZIP: "bewijs/01-toestemming.jpg"
    sha256: str
    mime_type: str
    size: int
    what: str  # a key of EVIDENCE_WORDS: the first row it is linked to
    original_name: str = ""  # the name it was stored under, when known


@dataclass(frozen=True)
class Answer:
    code: str  # "foto_website"
    medium: str  # "foto", "film", "geluid"
    channel: str  # "website"
    channel_label: str  # as the form version it was signed on words it
    answer: bool | None  # None: left blank (counts as no)


@dataclass(frozen=True)
class Statement:
    signed_date: str
    signer_role: str  # "guardian", "student", "employee"
    signer_name: str
    counts: bool  # False for a guardian without parental authority
    form_version: str
    source: str  # "paper", "scan", "withdrawal", "import", ...
    note: str
    entered_by: str
    entered_at: str
    answers: tuple[Answer, ...]
    evidence: str | None  # the file's name in the ZIP


@dataclass(frozen=True)
class Signature:
    signed_date: str
    version: str
    audience: str
    effective_date: str
    place: str
    source: str
    note: str
    entered_by: str
    entered_at: str
    evidence: str | None


@dataclass(frozen=True)
class Authorisation:
    scope: str  # "account", "school", "foundation"
    platform: str  # of an account's authorisation: "instagram", "whatsapp_group"...
    account: str  # its name: "@obsdelinde"
    school: str
    valid_from: str
    valid_until: str | None
    granted_by: str
    granted_by_function: str
    note: str
    withdrawn_on: str | None
    withdrawal_note: str
    entered_by: str
    entered_at: str
    evidence: str | None


@dataclass(frozen=True)
class PressReport:
    role: str  # "approached" (the press contacted them) or "reported_to" (management)
    report_date: str
    school: str
    medium: str
    subject: str
    employee: str
    reported_to: str
    note: str
    entered_by: str
    entered_at: str
    evidence: str | None


@dataclass(frozen=True)
class DossierEntry:
    entry_date: str
    direction: str  # "in" (received) or "out" (sent)
    subject: str
    note: str
    corrects_earlier: bool
    corrected_later: bool
    entered_by: str
    entered_at: str
    evidence: str | None


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Change:
    at: str
    actor: str
    table: str
    action: str  # "insert", "update", "delete"
    about: str
    source: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class AccessEntry:
    at: str  # UTC
    actor: str
    action: str
    what: str
    scope: str
    people_count: int  # how many people were shown at once (only this one is named)


@dataclass(frozen=True)
class Retention:
    category: str
    setting: str
    period: int
    unit: str  # "years_after_leaving" or "days"
    left_on: str | None  # the person's leaving date, when they left
    kept_until: str | None  # the last day, when it can be known


@dataclass
class AccessReport:
    kind: str  # "student" or "employee"
    made_on: str  # the day of the request's answer
    made_by: str  # the signed-in login
    role: str
    name: str
    number: str
    person: Row  # every stored field of the person's own record
    schools: list[str] = field(default_factory=list)
    guardians: list[Row] = field(default_factory=list)
    enrolments: list[Row] = field(default_factory=list)
    trip_groups: list[Row] = field(default_factory=list)
    classes_taught: list[Row] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    authorisations: list[Authorisation] = field(default_factory=list)
    press_reports: list[PressReport] = field(default_factory=list)
    dossier: list[DossierEntry] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    access_log: list[AccessEntry] = field(default_factory=list)
    purposes: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    retention: list[Retention] = field(default_factory=list)
    omitted: list[str] = field(default_factory=list)  # sections the role may not read
    evidence: list[EvidenceFile] = field(default_factory=list)


class PersonNotFoundError(InputError):
    """No student or employee with that id (removed meanwhile)."""

    def __init__(self, kind: str, person_id: int) -> None:
        super().__init__(f"no {kind} with id {person_id}", kind=kind, person_id=person_id)


def may_export(store: Store) -> bool:
    return store.signed_in().may(Permission.ACCESS_REQUEST)


def require_permission(store: Store) -> None:
    """Raise :class:`NotAllowedError` for a role that may not answer access requests."""
    if not may_export(store):
        role = store.signed_in().role.value
        raise NotAllowedError(
            f"not allowed as {role}: an access request (the whole record of one person)",
            reason="not_allowed",
            role=role,
        )


class _Evidence:
    """The files linked to the person's rows, numbered in the order met, each once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.files: list[EvidenceFile] = []
        self._by_sha: dict[str, EvidenceFile] = {}

    def add(self, sha256: str | None, what: str, original_name: str = "") -> str | None:
        if not sha256:
            return None
        if sha256 in self._by_sha:
            return self._by_sha[sha256].name
        mime = self._store.blob_mime(sha256) or "application/octet-stream"
        extension = _EXTENSIONS.get(mime)
        if extension is None and "." in original_name:
            extension = original_name.rsplit(".", 1)[1].lower()[:8]
        name = f"bewijs/{len(self.files) + 1:02d}-{EVIDENCE_WORDS[what]}.{extension or 'bin'}"
        found = EvidenceFile(
            name=name,
            sha256=sha256,
            mime_type=mime,
            size=self._store.blob_size(sha256) or 0,
            what=what,
            original_name=original_name,
        )
        self.files.append(found)
        self._by_sha[sha256] = found
        return name


def collect(store: Store, kind: str, person_id: int, today: date) -> AccessReport:
    """Everything kept about the person, as far as the signed-in role may read it.
    Raises :class:`NotAllowedError` for a role without ``ACCESS_REQUEST`` and
    :class:`PersonNotFoundError` when the person is not there."""
    if kind not in KINDS:
        raise ValueError(f"unknown person kind: {kind}")
    require_permission(store)
    signed_in = store.signed_in()
    detail = person_detail(store, kind, person_id)
    own = (
        store.records.student_row(person_id)
        if kind == "student"
        else store.records.employee_row(person_id)
    )
    if detail is None or own is None:
        raise PersonNotFoundError(kind, person_id)
    report = AccessReport(
        kind=kind,
        made_on=today.isoformat(),
        made_by=signed_in.login,
        role=signed_in.role.value,
        name=person_name(own),
        number=own["student_number"] if kind == "student" else own["staff_number"],
        person=dict(own),
        purposes=PURPOSES[kind],
        recipients=RECIPIENTS[kind],
        sources=SOURCES[kind],
    )
    evidence = _Evidence(store)
    if kind == "student":
        report.schools = [detail.record["school"]]
        report.guardians = [_guardian(row) for row in detail.guardians]
        report.enrolments = [dict(row) for row in detail.enrolments]
        report.trip_groups = [
            {"name": row["name"], "trip_date": row["trip_date"], "school": row["school"] or ""}
            for row in store.groups.groups_of(person_id)
        ]
    else:
        report.schools = list(detail.record["schools"])
        report.classes_taught = [
            {"class": row["name"], "school": row["school"], "school_year": row["school_year"]}
            for row in detail.classes_taught
        ]
    report.statements = _statements(store, kind, person_id, detail.guardians, evidence)
    report.signatures = [
        Signature(
            signed_date=row["signed_date"],
            version=row["version_label"],
            audience=row["audience"],
            effective_date=row["effective_date"],
            place=row["place"],
            source=row["source"],
            note=row["note"],
            entered_by=row["entered_by"],
            entered_at=row["entered_at"],
            evidence=evidence.add(row["evidence_sha256"], "protocol_signature"),
        )
        for row in detail.signatures
    ]
    if signed_in.may(Permission.READ_EMPLOYEES):  # as the detail pane (person_detail)
        report.authorisations = [_authorisation(row, evidence) for row in detail.authorisations]
    else:
        report.omitted.append(OMITTED_AUTHORISATIONS)
    if kind == "employee":
        report.press_reports = _press_reports(store, person_id, evidence)
        if dossier.may_read(store):
            report.dossier = _dossier(store, person_id, evidence)
        else:
            report.omitted.append(OMITTED_DOSSIER)
    if signed_in.may(Permission.READ_CHANGE_LOG):
        report.changes = [_change(view) for view in detail.changes]
    else:
        report.omitted.append(OMITTED_CHANGES)
    if signed_in.may(Permission.READ_ACCESS_LOG):
        report.access_log = _access_entries(store, kind, person_id)
    else:
        report.omitted.append(OMITTED_ACCESS_LOG)
    left = own["left_date"] if kind == "student" else own["end_date"]
    report.retention = _retention(store, kind, left)
    report.evidence = evidence.files
    return report


def _guardian(row: Row) -> Row:
    return {
        "name": person_name(row),
        "roepnaam": row["roepnaam"],
        "tussenvoegsel": row["tussenvoegsel"],
        "achternaam": row["achternaam"],
        "email": row["email"],
        "phone": row["phone"],
        "relation": row["relation"],
        "parental_authority": bool(row["parental_authority"]),
    }


def _statements(
    store: Store, kind: str, person_id: int, guardians: list[Row], evidence: _Evidence
) -> list[Statement]:
    """The person's statements with each answer named by the channel's label on the form
    version it was signed on (the labels the forms, lists and exports use)."""
    forms = {form.id: form for form in load_forms(store)}
    authority = {row["id"]: bool(row["parental_authority"]) for row in guardians}
    names = {row["id"]: person_name(row) for row in guardians}
    found = []
    for row in store.consent.statements_of(kind, person_id):
        form = forms.get(row["form_version_id"])
        labels = {channel.code: channel.label for channel in form.channels} if form else {}
        answers = _answers(row["answers"], labels)
        guardian = row["guardian_id"]
        found.append(
            Statement(
                signed_date=row["signed_date"],
                signer_role=row["signer_role"],
                signer_name=row["signer_name"] or names.get(guardian, ""),
                counts=authority.get(guardian, True) if guardian is not None else True,
                form_version=row["form_label"],
                source=row["source"],
                note=row["note"],
                entered_by=row["entered_by"],
                entered_at=row["entered_at"],
                answers=answers,
                evidence=evidence.add(row["evidence_sha256"], "consent_statement"),
            )
        )
    return found


def _answers(stored: str, labels: dict[str, str]) -> tuple[Answer, ...]:
    values = json.loads(stored) if stored else {}
    codes = sort_item_codes(code for code in values if is_item_code(code))
    found = []
    for code in codes:
        medium, channel = split_item_code(code)
        found.append(Answer(code, medium, channel, labels.get(channel, channel), values[code]))
    return tuple(found)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _authorisation(row: Any, evidence: _Evidence) -> Authorisation:
    return Authorisation(
        scope=str(row.scope),
        platform=row.account_platform,
        account=row.account_name,
        school=row.school_name,
        valid_from=row.valid_from.isoformat(),
        valid_until=_iso(row.valid_until),
        granted_by=row.granted_by_name,
        granted_by_function=row.granted_by_function,
        note=row.note,
        withdrawn_on=_iso(row.withdrawn_on),
        withdrawal_note=row.withdrawal_note,
        entered_by=row.entered_by,
        entered_at=row.entered_at,
        evidence=evidence.add(row.evidence_sha256, "authorisation", row.evidence_name),
    )


def _press_reports(store: Store, employee_id: int, evidence: _Evidence) -> list[PressReport]:
    found = []
    for report in reversed(list_press_reports(store)):  # oldest first
        if employee_id not in (report.employee_id, report.reported_to_employee_id):
            continue
        found.append(
            PressReport(
                role="approached" if report.employee_id == employee_id else "reported_to",
                report_date=report.report_date.isoformat(),
                school=report.school_name,
                medium=report.medium,
                subject=report.subject,
                employee=report.employee_name,
                reported_to=report.reported_to_name,
                note=report.note,
                entered_by=report.entered_by,
                entered_at=report.entered_at,
                evidence=evidence.add(
                    report.attachment_sha256, "press_report", report.attachment_name
                ),
            )
        )
    return found


def _dossier(store: Store, employee_id: int, evidence: _Evidence) -> list[DossierEntry]:
    return [
        DossierEntry(
            entry_date=entry.entry_date.isoformat(),
            direction=entry.direction,
            subject=entry.subject,
            note=entry.note,
            corrects_earlier=entry.corrects_entry_id is not None,
            corrected_later=entry.corrected,
            entered_by=entry.entered_by,
            entered_at=entry.entered_at,
            evidence=evidence.add(entry.document_sha256, "dossier_entry", entry.document_name),
        )
        for entry in dossier.list_dossier(store, employee_id)
    ]


def _plain(value: Any) -> Any:
    """A change's value as JSON has it (tuples as lists)."""
    if isinstance(value, tuple | list):
        return [_plain(part) for part in value]
    return value


def _change(view: ChangeView) -> Change:
    about = view.about
    if view.authorisation is not None:
        granted = view.authorisation
        about = granted.account_name or granted.school_name or about
    return Change(
        at=view.at,
        actor=view.actor,
        table=view.table,
        action=view.action,
        about=about,
        source=view.source,
        fields=tuple(
            FieldChange(change.field, _plain(change.before), _plain(change.after))
            for change in view.fields
        ),
    )


def _access_entries(store: Store, kind: str, person_id: int) -> list[AccessEntry]:
    ref = access_log.ref_text((kind, person_id))
    return [
        AccessEntry(
            at=row["at"],
            actor=row["actor"],
            action=row["action"],
            what=row["what"],
            # an opened file's hash names the file, not a person; the scope (a class, a
            # school, a trip group) says where, never who else
            scope=row["scope"],
            people_count=int(row["people_count"]),
        )
        for row in store.access_log.about(ref)
    ]


def _retention(store: Store, kind: str, left: str | None) -> list[Retention]:
    found = []
    for category in RETENTION[kind]:
        rule = RULE_BY_CATEGORY[category]
        period = int(store.setting(rule.setting, rule.default))
        until = None
        if rule.unit is PeriodUnit.YEARS_AFTER_LEAVING and left:
            until = _iso(retention_end(date.fromisoformat(left), period))
        found.append(
            Retention(
                category=category.value,
                setting=rule.setting,
                period=period,
                unit=rule.unit.value,
                left_on=left if rule.unit is PeriodUnit.YEARS_AFTER_LEAVING else None,
                kept_until=until,
            )
        )
    return found
