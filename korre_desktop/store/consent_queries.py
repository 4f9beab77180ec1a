"""Queries over protocol versions and signatures, consent forms and statements."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

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
