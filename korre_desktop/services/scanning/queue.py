"""How many scanned pages wait for a person; light enough to ask at start-up."""

from __future__ import annotations

from korre_desktop.store import Store


def pages_to_review(store: Store) -> list[int]:
    """Ids of the pages in the queue: the least confident first."""
    return [row["id"] for row in store.scans.pages_to_review()]


def count_to_review(store: Store) -> int:
    return store.scans.count_to_review()
