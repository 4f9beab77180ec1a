"""The printed layouts that returned pages are read against, loaded once per batch."""

from __future__ import annotations

import json
import threading

from korre_desktop.services.pdf.form_layout import answer_page_number
from korre_desktop.services.scanning.reading.template import ReadingTemplate
from korre_desktop.store import Store


class TemplateCache:
    """``template_for(kind, version, page)`` for the reader; safe to call from worker threads.

    The layouts are read from the database up front (the store belongs to one thread), so
    workers never touch the store.
    """

    def __init__(self, store: Store) -> None:
        self._layouts = store.forms.template_layouts()
        self._parsed: dict[tuple[str, int, int], ReadingTemplate | None] = {}
        self._lock = threading.Lock()

    def template_for(self, kind: str, version: int, page: int) -> ReadingTemplate | None:
        key = (kind, version, page)
        with self._lock:
            if key not in self._parsed:
                layout = self._layouts.get((kind, version))
                try:
                    parsed = (
                        None if layout is None else ReadingTemplate.from_layout_json(layout, page)
                    )
                except (ValueError, KeyError, IndexError):
                    parsed = None  # a page number the template does not have
                self._parsed[key] = parsed
            return self._parsed[key]


def answer_page(layout: str | None) -> int:
    """The page of a stored layout that holds the boxes and the signature."""
    try:
        return answer_page_number(json.loads(layout or "{}").get("pages", []))
    except (ValueError, AttributeError):
        return 1
