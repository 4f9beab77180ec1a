"""Queries over scanned pages and their batches, and the form instances they point to."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from korre_desktop.store.columns import only

if TYPE_CHECKING:
    from korre_desktop.store.store import Store

Row = dict[str, Any]

_INSTANCE_SELECT = """SELECT i.id, i.code, i.template_id, t.kind, t.version AS template_version,
        i.person_kind, i.employee_id, i.student_id, i.signer_role, i.guardian_id,
        i.consent_form_version_id, i.protocol_version_id, i.pages, i.created_at,
        i.cancelled_at
    FROM form_instances i JOIN form_templates t ON t.id = i.template_id"""

# One row per page waiting for a person, with what the queue shows about it.
_PAGE_SELECT = """SELECT p.id, p.batch_id, p.source_name, p.source_index, p.image_sha256,
        p.signature_sha256, p.form_instance_id, p.form_page, p.outcome, p.status, p.reasons,
        p.answers, p.signed, p.confidence, p.alignment_error_mm, p.scores, p.statement_id,
        p.protocol_signature_id, p.duplicate_of, p.read_at, p.reviewed_at, p.reviewed_by,
        p.review_note, i.code AS form_code, i.person_kind, i.employee_id, i.student_id
    FROM scan_pages p LEFT JOIN form_instances i ON i.id = p.form_instance_id"""


# What filing a page records about it (the review columns come later: ``mark_page_saved``,
# ``reject_page``).
_FILED_PAGE_COLUMNS = frozenset(
    {
        "batch_id",
        "source_name",
        "source_index",
        "image_sha256",
        "signature_sha256",
        "form_instance_id",
        "form_page",
        "outcome",
        "status",
        "reasons",
        "answers",
        "signed",
        "confidence",
        "alignment_error_mm",
        "scores",
        "statement_id",
        "protocol_signature_id",
        "duplicate_of",
        "read_at",
    }
)


class ScanQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def instance(self, code: str) -> Row | None:
        """The form instance with ``code``, with its template's kind and version."""
        found = self._store.rows(_INSTANCE_SELECT + " WHERE i.code = ?", [code])
        return found[0] if found else None

    def instance_by_id(self, instance_id: int) -> Row | None:
        found = self._store.rows(_INSTANCE_SELECT + " WHERE i.id = ?", [instance_id])
        return found[0] if found else None

    def template_layout_by_id(self, template_id: int) -> str | None:
        found = self._store.rows("SELECT layout FROM form_templates WHERE id = ?", [template_id])
        return found[0]["layout"] if found else None

    def pages_of_instance(self, instance_id: int, form_page: int) -> list[Row]:
        """Earlier reads of the same printed page, oldest first (not rejected ones)."""
        return self._store.rows(
            _PAGE_SELECT + " WHERE p.form_instance_id = ? AND p.form_page = ?"
            " AND p.status IN ('saved', 'review') ORDER BY p.id",
            [instance_id, form_page],
        )

    def page_with_image(self, image_sha256: str) -> Row | None:
        """The first kept read of exactly this page image (the same scan file again)."""
        found = self._store.rows(
            _PAGE_SELECT + " WHERE p.image_sha256 = ? AND p.status != 'rejected'"
            " ORDER BY p.id LIMIT 1",
            [image_sha256],
        )
        return found[0] if found else None

    def page(self, page_id: int) -> Row | None:
        found = self._store.rows(_PAGE_SELECT + " WHERE p.id = ?", [page_id])
        return found[0] if found else None

    def pages_to_review(self) -> list[Row]:
        """Pages waiting for a person: the least confident first, then in reading order."""
        return self._store.rows(
            _PAGE_SELECT
            + " WHERE p.status = 'review' ORDER BY coalesce(p.confidence, 0), p.batch_id, p.id"
        )

    def count_to_review(self) -> int:
        row = self._store.db.execute(
            "SELECT count(*) FROM scan_pages WHERE status = 'review'"
        ).fetchone()
        return int(row[0])

    def outcomes_of_batch(self, batch_id: int) -> list[Row]:
        """Each page of a batch with where it went: its place in the scanned files, its
        status and reasons, the code of the form it was filed under and the answers of the
        statement saved from it (for scoring a batch against what was printed)."""
        return self._store.rows(
            """SELECT p.source_name, p.source_index, p.status, p.reasons, p.reviewed_at,
                      i.code, s.answers AS saved_answers, p.signed
               FROM scan_pages p
               LEFT JOIN form_instances i ON i.id = p.form_instance_id
               LEFT JOIN consent_statements s ON s.id = p.statement_id
               WHERE p.batch_id = ?""",
            [batch_id],
        )

    def batch(self, batch_id: int) -> Row | None:
        found = self._store.rows("SELECT * FROM scan_batches WHERE id = ?", [batch_id])
        return found[0] if found else None

    def batches(self, limit: int = 50) -> list[Row]:
        return self._store.rows("SELECT * FROM scan_batches ORDER BY id DESC LIMIT ?", [limit])

    # -- writing -----------------------------------------------------------------------------

    def add_batch(
        self, *, origin: str, sources: Sequence[str], thresholds: Mapping[str, Any]
    ) -> int:
        """A batch of scanned files begun now by the store's actor (``thresholds``: the
        reading thresholds it uses); its id."""
        store = self._store
        return store.insert(
            "scan_batches",
            {
                "origin": origin,
                "sources": json.dumps(list(sources), ensure_ascii=False),
                "thresholds": json.dumps(thresholds),
                "started_at": store.now(),
                "created_by": store.actor,
            },
        )

    def close_batch(self, batch_id: int, *, cancelled: bool, report: Mapping[str, Any]) -> bool:
        """The batch finished now (or was cancelled), with its report."""
        return self._store.update(
            "scan_batches",
            batch_id,
            {
                "finished_at": self._store.now(),
                "cancelled": int(cancelled),
                "report": json.dumps(report),
            },
        )

    def add_page(self, page: Mapping[str, Any]) -> int:
        """A page as filing read it (the columns of ``_FILED_PAGE_COLUMNS``; JSON ones as
        text); its id."""
        return self._store.insert("scan_pages", only(page, _FILED_PAGE_COLUMNS, "a filed page"))

    def mark_page_saved(
        self,
        page_id: int,
        *,
        statement_id: int | None,
        protocol_signature_id: int | None,
        review_note: str,
    ) -> bool:
        """A page in review saved by the store's actor now, with what was saved from it."""
        store = self._store
        return store.update(
            "scan_pages",
            page_id,
            {
                "status": "saved",
                "statement_id": statement_id,
                "protocol_signature_id": protocol_signature_id,
                "reviewed_at": store.now(),
                "reviewed_by": store.actor,
                "review_note": review_note,
            },
        )

    def assign_page(
        self, page_id: int, *, form_instance_id: int, form_page: int, reasons: Sequence[str]
    ) -> bool:
        """A page in review linked by hand to a printed form's page (its QR code was not
        read); ``reasons``: why it is in review."""
        return self._store.update(
            "scan_pages",
            page_id,
            {
                "form_instance_id": form_instance_id,
                "form_page": form_page,
                "reasons": json.dumps(list(reasons)),
            },
        )

    def reject_page(self, page_id: int, note: str) -> bool:
        """A page in review kept on record, nothing saved from it, by the store's actor now."""
        store = self._store
        return store.update(
            "scan_pages",
            page_id,
            {
                "status": "rejected",
                "reviewed_at": store.now(),
                "reviewed_by": store.actor,
                "review_note": note,
            },
        )
