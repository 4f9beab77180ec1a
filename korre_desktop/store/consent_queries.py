"""Queries over protocol versions and signatures, consent forms and statements."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from korre_desktop.store.columns import person_columns
from korre_desktop.store.id_lists import ids_json

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_PERSON_COLUMN = {"employee": "employee_id", "student": "student_id"}


def _person_column(kind: str) -> str:
    try:
        return _PERSON_COLUMN[kind]
    except KeyError:
        raise ValueError(f"unknown person kind: {kind}") from None


class ConsentQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def protocol_versions(self) -> list[Row]:
        return self._store.rows(
            "SELECT id, audience, label, title, effective_date, document_sha256"
            " FROM protocol_versions ORDER BY audience, effective_date, id"
        )

    def protocol_signatures(self, kind: str, only: Collection[int] | None = None) -> list[Row]:
        """Every protocol signature of employees or of students (for status on a date);
        ``only`` limits them to those people."""
        column = _person_column(kind)
        sql = (
            f"SELECT {column} AS person_id, version_id, signed_date FROM protocol_signatures"
            " WHERE person_kind = ?"
        )
        if only is None:
            return self._store.rows(sql, [kind])
        return self._store.rows(
            sql + f" AND {self._store.dialect.in_ids(column)}", [kind, ids_json(only)]
        )

    def signatures_of(self, kind: str, person_id: int) -> list[Row]:
        column = _person_column(kind)
        return self._store.rows(
            f"""SELECT ps.id, ps.signed_date, ps.place, ps.note, ps.source, ps.entered_by,
                       ps.entered_at, ps.evidence_sha256, v.label AS version_label,
                       v.audience, v.effective_date
                FROM protocol_signatures ps JOIN protocol_versions v ON v.id = ps.version_id
                WHERE ps.{column} = ? ORDER BY ps.signed_date, ps.id""",
            [person_id],
        )

    def form_item_codes(self) -> list[str]:
        """Every item code that any consent form version asks about."""
        return [
            row["code"] for row in self._store.rows("SELECT DISTINCT code FROM consent_form_items")
        ]

    def form_items(self) -> list[Row]:
        return self._store.rows(
            "SELECT form_version_id, code, position FROM consent_form_items"
            " ORDER BY form_version_id, position"
        )

    def form_versions(self) -> list[Row]:
        return self._store.rows(
            "SELECT id, label, effective_date, validity, texts, created_at"
            " FROM consent_form_versions ORDER BY effective_date, id"
        )

    def form_channels(self) -> list[Row]:
        return self._store.rows(
            "SELECT form_version_id, code, label, explanation, position"
            " FROM consent_form_channels ORDER BY form_version_id, position"
        )

    def form_version_labelled(self, label: str) -> Row | None:
        found = self._store.rows(
            "SELECT id, label FROM consent_form_versions WHERE lower(trim(label)) = lower(trim(?))",
            [label],
        )
        return found[0] if found else None

    def form_version_use(self, version_id: int) -> Row:
        """How many statements and printed forms refer to the version (then it is fixed)."""
        return self._store.rows(
            """SELECT (SELECT count(*) FROM consent_statements WHERE form_version_id = :v)
                          AS statements,
                      (SELECT count(*) FROM form_instances WHERE consent_form_version_id = :v)
                          AS printed""",
            {"v": version_id},
        )[0]

    def statements(self, kind: str, only: Collection[int] | None = None) -> list[Row]:
        """Consent statements about employees or students (for status on a date); ``only``
        limits them to those people."""
        column = _person_column(kind)
        sql = f"""SELECT id, {column} AS subject_id, signer_role, guardian_id, signed_date,
                         entered_at, answers, form_version_id
                  FROM consent_statements WHERE subject_kind = ?"""
        if only is None:
            return self._store.rows(sql, [kind])
        return self._store.rows(
            sql + f" AND {self._store.dialect.in_ids(column)}",
            [kind, ids_json(only)],
        )

    def statements_of(self, kind: str, person_id: int) -> list[Row]:
        column = _person_column(kind)
        return self._store.rows(
            f"""SELECT cs.id, cs.signer_role, cs.guardian_id, cs.signer_name, cs.signed_date,
                       cs.answers, cs.source, cs.evidence_sha256, cs.note, cs.entered_by,
                       cs.entered_at, cs.form_version_id, f.label AS form_label
                FROM consent_statements cs
                JOIN consent_form_versions f ON f.id = cs.form_version_id
                WHERE cs.{column} = ? ORDER BY cs.signed_date, cs.entered_at, cs.id""",
            [person_id],
        )

    # -- writing: protocol versions and signatures -------------------------------------------

    def add_protocol_version(
        self,
        *,
        audience: str,
        label: str,
        title: str,
        effective_date: date,
        document_sha256: str,
    ) -> int:
        """A new version of the protocol for employees or students (its PDF stored
        already); its id."""
        store = self._store
        return store.insert(
            "protocol_versions",
            {
                "audience": audience,
                "label": label,
                "title": title,
                "effective_date": effective_date.isoformat(),
                "document_sha256": document_sha256,
                "created_at": store.now(),
            },
        )

    def add_protocol_signature(
        self,
        *,
        person_kind: str,
        person_id: int,
        version_id: int,
        signed_date: date,
        place: str,
        evidence_sha256: str | None,
        note: str,
        source: str,
    ) -> int:
        """A signed protocol version of an employee or student, entered by the store's
        actor now; its id."""
        store = self._store
        return store.insert(
            "protocol_signatures",
            {
                **person_columns(person_kind, person_id),
                "version_id": version_id,
                "signed_date": signed_date.isoformat(),
                "place": place,
                "evidence_sha256": evidence_sha256,
                "note": note,
                "source": source,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )

    # -- writing: consent form versions and statements ---------------------------------------

    def add_form_version(
        self,
        *,
        label: str,
        effective_date: date,
        validity: object,
        texts: Mapping[str, Any],
    ) -> int:
        """A new consent form version (its items and channels follow: ``add_form_item``,
        ``add_form_channel``); ``validity`` and ``texts`` as JSON values. Its id."""
        store = self._store
        return store.insert(
            "consent_form_versions",
            {
                "label": label,
                "effective_date": effective_date.isoformat(),
                "validity": json.dumps(validity),
                "texts": json.dumps(texts, ensure_ascii=False),
                "created_at": store.now(),
            },
        )

    def add_form_channel(
        self, form_version_id: int, *, code: str, label: str, explanation: str, position: int
    ) -> int:
        """A channel (where photos may appear) of a consent form version; its id."""
        return self._store.insert(
            "consent_form_channels",
            {
                "form_version_id": form_version_id,
                "code": code,
                "label": label,
                "explanation": explanation,
                "position": position,
            },
        )

    def add_form_item(self, form_version_id: int, code: str, position: int) -> int:
        """An item (a question answered yes or no) of a consent form version; its id."""
        return self._store.insert(
            "consent_form_items",
            {"form_version_id": form_version_id, "code": code, "position": position},
        )

    def set_form_effective_date(self, form_version_id: int, day: date) -> bool:
        """The day a consent form version takes effect; False when it was that already."""
        return self._store.update(
            "consent_form_versions", form_version_id, {"effective_date": day.isoformat()}
        )

    def set_form_validity(self, form_version_id: int, validity: object) -> bool:
        """How long a consent form version's statements count (a JSON value); False when
        unchanged."""
        return self._store.update(
            "consent_form_versions", form_version_id, {"validity": json.dumps(validity)}
        )

    def add_statement(
        self,
        *,
        subject_kind: str,
        subject_id: int,
        signer_role: str,
        guardian_id: int | None,
        signer_name: str,
        signed_date: date,
        form_version_id: int,
        answers: Mapping[str, bool | None],
        source: str,
        evidence_sha256: str | None,
        note: str,
    ) -> int:
        """A consent statement about an employee or student (statements are never
        changed: a later one says what holds then), entered by the store's actor now;
        its id."""
        store = self._store
        return store.insert(
            "consent_statements",
            {
                **person_columns(subject_kind, subject_id, "subject_kind"),
                "signer_role": signer_role,
                "guardian_id": guardian_id,
                "signer_name": signer_name,
                "signed_date": signed_date.isoformat(),
                "form_version_id": form_version_id,
                "answers": json.dumps(dict(answers)),
                "source": source,
                "evidence_sha256": evidence_sha256,
                "note": note,
                "entered_by": store.actor,
                "entered_at": store.now(),
            },
        )
