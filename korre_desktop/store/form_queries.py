"""Queries over printed form templates (page layouts) and form instances."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from korre_desktop.store.columns import person_columns

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_INSTANCE_COLUMNS = """i.id, i.code, i.template_id, t.kind, t.version AS template_version,
    i.person_kind, i.employee_id, i.student_id, i.signer_role, i.guardian_id,
    i.consent_form_version_id, i.protocol_version_id, i.pages, i.created_at, i.created_by,
    i.cancelled_at"""


class FormQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- templates -----------------------------------------------------------------------

    def template_with_layout(self, kind: str, layout: str) -> Row | None:
        """The template of ``kind`` whose layout JSON text is exactly ``layout``."""
        found = self._store.rows(
            "SELECT id, kind, version, layout, created_at FROM form_templates"
            " WHERE kind = ? AND layout = ? ORDER BY version LIMIT 1",
            [kind, layout],
        )
        return found[0] if found else None

    def template(self, kind: str, version: int) -> Row | None:
        """A template by kind and version (as a QR code names it)."""
        found = self._store.rows(
            "SELECT id, kind, version, layout, created_at FROM form_templates"
            " WHERE kind = ? AND version = ?",
            [kind, version],
        )
        return found[0] if found else None

    def template_layouts(self) -> dict[tuple[str, int], str]:
        """Every template's layout JSON by (kind, version): what the scan reader needs."""
        rows = self._store.rows("SELECT kind, version, layout FROM form_templates")
        return {(row["kind"], row["version"]): row["layout"] for row in rows}

    def next_template_version(self, kind: str) -> int:
        row = self._store.rows(
            "SELECT coalesce(max(version), 0) + 1 AS next FROM form_templates WHERE kind = ?",
            [kind],
        )
        return int(row[0]["next"])

    def add_template(self, *, kind: str, version: int, layout: str) -> int:
        """A new template (``layout`` as JSON text: what QR codes of ``kind`` and
        ``version`` point to); its id."""
        store = self._store
        return store.insert(
            "form_templates",
            {"kind": kind, "version": version, "layout": layout, "created_at": store.now()},
        )

    # -- instances -----------------------------------------------------------------------

    def add_instance(
        self,
        *,
        code: str,
        template_id: int,
        person_kind: str,
        person_id: int,
        signer_role: str,
        guardian_id: int | None,
        consent_form_version_id: int | None,
        protocol_version_id: int | None,
        pages: int,
        created_at: str,
    ) -> int:
        """A printed form for one person (``created_at``: the print run's moment, one for
        all its forms), made by the store's actor; its id."""
        return self._store.insert(
            "form_instances",
            {
                "code": code,
                "template_id": template_id,
                **person_columns(person_kind, person_id),
                "signer_role": signer_role,
                "guardian_id": guardian_id,
                "consent_form_version_id": consent_form_version_id,
                "protocol_version_id": protocol_version_id,
                "pages": pages,
                "created_at": created_at,
                "created_by": self._store.actor,
            },
        )

    def instance(self, code: str) -> Row | None:
        """The form instance with this (canonical) code, with its template's kind and version."""
        found = self._store.rows(
            f"SELECT {_INSTANCE_COLUMNS} FROM form_instances i"
            " JOIN form_templates t ON t.id = i.template_id WHERE i.code = ?",
            [code],
        )
        return found[0] if found else None

    def instances_of(self, person_kind: str, person_id: int) -> list[Row]:
        column = {"employee": "employee_id", "student": "student_id"}[person_kind]
        return self._store.rows(
            f"SELECT {_INSTANCE_COLUMNS} FROM form_instances i"
            f" JOIN form_templates t ON t.id = i.template_id WHERE i.{column} = ?"
            " ORDER BY i.id",
            [person_id],
        )

    def existing_codes(self, codes: Iterable[str]) -> set[str]:
        """Which of ``codes`` are already used by a form instance."""
        wanted = list(dict.fromkeys(codes))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._store.rows(
                f"SELECT code FROM form_instances WHERE code IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update(row["code"] for row in rows)
        return found

    def count_instances(self) -> int:
        return int(self._store.rows("SELECT count(*) AS n FROM form_instances")[0]["n"])

    # -- whom to print for -----------------------------------------------------------------

    def employee_ids_at_school(self, school_id: int) -> set[int]:
        rows = self._store.rows(
            "SELECT employee_id FROM employee_schools WHERE school_id = ?", [school_id]
        )
        return {row["employee_id"] for row in rows}
