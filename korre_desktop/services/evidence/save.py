"""Storing a prepared page beside its untouched original."""

from __future__ import annotations

from korre_desktop.services.evidence.prepare import PreparedEvidence
from korre_desktop.store.store import Store


def save_evidence(store: Store, prepared: PreparedEvidence) -> str:
    """Store the original file and the prepared page; return the page's SHA-256.

    Both are content-addressed, so saving the same file (and choices) twice stores nothing new.
    """
    derived, derived_mime = prepared.encoded()
    return store.put_derived_blob(
        original=prepared.source.data,
        original_mime=prepared.source.mime_type,
        derived=derived,
        derived_mime=derived_mime,
        page=prepared.page,
        operation=prepared.operation,
    )
