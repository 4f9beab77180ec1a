"""Everything the detail pane shows about one person: record, links and full history.

``changes`` is every audit entry about the person, whatever made it (import, scan, a
dialog, the command line), as ``ChangeView``: what changed, from what to what, who and
when. Ids are resolved here to what they name (a class, a school, a guardian); the pane
words actions, fields and values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from korre_desktop.domain.people import person_name
from korre_desktop.domain.roles import Permission
from korre_desktop.services.authorisations import AuthorisationRow, authorisations_of_person
from korre_desktop.store import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class FieldChange:
    field: str  # the column ("email"), or "answers" (yes, no, blank counts) and "signer"
    before: Any  # None for an insert
    after: Any  # None for a delete


@dataclass
class ChangeView:
    at: str
    actor: str
    table: str  # "students", "enrolments", "guardians", "student_guardians", ...
    action: str  # "insert", "update" or "delete"
    about: str = ""  # the class, school, guardian, form version or protocol version
    fields: list[FieldChange] = field(default_factory=list)
    source: str = ""  # of a consent statement or signature: "paper", "scan", "withdrawal"...
    # The authorisation an entry of "authorisations" or "authorisation_withdrawals" is about
    # (the window words what it is for).
    authorisation: AuthorisationRow | None = None


# Columns that say which rows are linked, not what changed (shown as ``about``).
_HIDDEN = frozenset(
    {"id", "created_at", "student_id", "employee_id", "guardian_id", "class_id", "school_id"}
)


@dataclass
class StatementView:
    signed_date: str
    signer_role: str
    signer_name: str
    form_label: str
    source: str
    note: str
    entered_by: str
    entered_at: str
    evidence_sha256: str | None
    answers: dict[str, bool | None]
    counts: bool = True  # False for a guardian without parental authority
    form_id: int | None = None  # the consent form version it was signed on


@dataclass
class PersonDetail:
    kind: str
    id: int
    record: Row
    guardians: list[Row] = field(default_factory=list)
    enrolments: list[Row] = field(default_factory=list)
    classes_taught: list[Row] = field(default_factory=list)  # an employee's classes
    statements: list[StatementView] = field(default_factory=list)
    signatures: list[Row] = field(default_factory=list)
    changes: list[ChangeView] = field(default_factory=list)
    # Who may post for which account (withdrawn and expired ones too), newest first.
    authorisations: list[AuthorisationRow] = field(default_factory=list)


def person_detail(store: Store, kind: str, person_id: int) -> PersonDetail | None:
    if kind == "student":
        record = store.people.student(person_id)
    elif kind == "employee":
        record = store.people.employee(person_id)
    else:
        raise ValueError(f"unknown person kind: {kind}")
    if record is None:
        return None
    detail = PersonDetail(kind=kind, id=person_id, record=record)
    guardian_names: dict[int, tuple[str, bool]] = {}
    if kind == "student":
        detail.guardians = store.people.guardians_of(person_id)
        detail.enrolments = store.people.enrolments_of(person_id)
        guardian_names = {
            g["id"]: (
                person_name(g),
                bool(g["parental_authority"]),
            )
            for g in detail.guardians
        }
    if kind == "employee":
        detail.classes_taught = store.records.classes_taught(person_id)
    for row in store.consent.statements_of(kind, person_id):
        name, counts = row["signer_name"], True
        if row["guardian_id"] is not None and row["guardian_id"] in guardian_names:
            name, counts = guardian_names[row["guardian_id"]]
            name = row["signer_name"] or name
        detail.statements.append(
            StatementView(
                signed_date=row["signed_date"],
                signer_role=row["signer_role"],
                signer_name=name,
                form_label=row["form_label"],
                source=row["source"],
                note=row["note"],
                entered_by=row["entered_by"],
                entered_at=row["entered_at"],
                evidence_sha256=row["evidence_sha256"],
                answers=json.loads(row["answers"]),
                counts=counts,
                form_id=row["form_version_id"],
            )
        )
    detail.signatures = store.consent.signatures_of(kind, person_id)
    # What the signed-in role may read (on a server the database refuses the rest): the
    # social-media authorisations are the office's and management's, the change log
    # theirs who may read it.
    signed_in = store.signed_in()
    if signed_in.may(Permission.READ_EMPLOYEES):
        detail.authorisations = authorisations_of_person(store, kind, person_id)
    if signed_in.may(Permission.READ_CHANGE_LOG):
        detail.changes = _changes(store, kind, person_id, detail)
    return detail


class _Names:
    """What ids in the audit log name, looked up once each."""

    def __init__(self, store: Store, detail: PersonDetail) -> None:
        self._store = store
        self._guardians: dict[int, str] = {g["id"]: person_name(g) for g in detail.guardians}
        self._classes: dict[int, str] = {}
        self._schools: dict[int, str] = {}
        self.versions = {v["id"]: v["label"] for v in store.consent.protocol_versions()}
        self.authorisations = {row.id: row for row in detail.authorisations}
        self.forms = {f["id"]: f["label"] for f in store.consent.form_versions()}
        self.enrolments = (
            {e["id"]: e["class_id"] for e in store.records.enrolments(detail.id)}
            if detail.kind == "student"
            else {}
        )

    def guardian(self, guardian_id: int | None) -> str:
        if guardian_id is None:
            return ""
        if guardian_id not in self._guardians:
            row = self._store.records.guardian(guardian_id)
            self._guardians[guardian_id] = person_name(row) if row else str(guardian_id)
        return self._guardians[guardian_id]

    def klass(self, class_id: int | None) -> str:
        """ "Groep 5 (2026-2027)"."""
        if class_id is None:
            return ""
        if class_id not in self._classes:
            row = self._store.records.klass(class_id)
            self._classes[class_id] = (
                f"{row['name']} ({row['school_year']})" if row else str(class_id)
            )
        return self._classes[class_id]

    def school(self, school_id: int | None) -> str:
        if school_id is None:
            return ""
        if school_id not in self._schools:
            row = self._store.records.school(school_id)
            self._schools[school_id] = row["name"] if row else str(school_id)
        return self._schools[school_id]


def _answers(answers: str | dict | None) -> tuple[int, int, int]:
    """How many items a statement answers yes, no and blank."""
    values = json.loads(answers) if isinstance(answers, str) else dict(answers or {})
    found = list(values.values())
    return (
        sum(v is True for v in found),
        sum(v is False for v in found),
        sum(v is None for v in found),
    )


def _changes(store: Store, kind: str, person_id: int, detail: PersonDetail) -> list[ChangeView]:
    names = _Names(store, detail)
    views = []
    for entry in store.people.history_of(kind, person_id):
        before = json.loads(entry["before"]) if entry["before"] else {}
        after = json.loads(entry["after"]) if entry["after"] else {}
        view = ChangeView(
            at=entry["at"], actor=entry["actor"], table=entry["table_name"], action=entry["action"]
        )
        _describe(view, int(entry["row_id"]), before, after, names)
        views.append(view)
    return views


def _describe(view: ChangeView, row_id: int, before: Row, after: Row, names: _Names) -> None:
    """Fill ``about`` and ``fields`` of one audit entry."""
    values = after or before
    table = view.table
    if table == "enrolments":
        view.about = names.klass(values.get("class_id", names.enrolments.get(row_id)))
    elif table == "guardians":
        view.about = names.guardian(row_id)
    elif table == "student_guardians":
        view.about = names.guardian(values.get("guardian_id"))
    elif table == "employee_schools":
        view.about = names.school(values.get("school_id"))
    elif table == "class_teachers":
        view.about = names.klass(values.get("class_id"))
    elif table == "consent_statements":
        view.about = names.forms.get(values.get("form_version_id"), "")
        view.source = values.get("source", "")
        signer = values.get("signer_name") or names.guardian(values.get("guardian_id"))
        view.fields = [
            FieldChange("signed_date", None, values.get("signed_date")),
            FieldChange("signer", None, (signer, values.get("signer_role", ""))),
            FieldChange("answers", None, _answers(values.get("answers"))),
        ]
        if values.get("note"):
            view.fields.append(FieldChange("note", None, values["note"]))
        return
    elif table in ("authorisations", "authorisation_withdrawals"):
        key = row_id if table == "authorisations" else values.get("authorisation_id")
        view.authorisation = names.authorisations.get(key)
        if table == "authorisations" and view.authorisation is not None:
            granted = view.authorisation
            view.fields = [FieldChange("valid_from", None, values.get("valid_from"))]
            if values.get("valid_until"):
                view.fields.append(FieldChange("valid_until", None, values["valid_until"]))
            who = f"{granted.granted_by_name} ({granted.granted_by_function})"
            view.fields.append(FieldChange("granted_by", None, who))
        else:
            view.fields = [FieldChange("withdrawn_on", None, values.get("withdrawn_on"))]
        if values.get("note"):
            view.fields.append(FieldChange("note", None, values["note"]))
        return
    elif table == "protocol_signatures":
        view.about = names.versions.get(values.get("version_id"), "")
        view.source = values.get("source", "")
        view.fields = [FieldChange("signed_date", None, values.get("signed_date"))]
        if values.get("place"):
            view.fields.append(FieldChange("place", None, values["place"]))
        return
    if view.action == "insert" and table in ("students", "employees", "guardians"):
        return  # a new record: its values are the record itself, shown above
    keys = [key for key in {**before, **after} if key not in _HIDDEN]
    view.fields = [
        FieldChange(key, before.get(key), after.get(key))
        for key in keys
        if view.action != "update" or before.get(key) != after.get(key)
    ]
    if view.action == "insert":
        view.fields = [f for f in view.fields if f.after not in (None, "")]
    elif view.action == "delete":
        view.fields = []
