"""Print real forms into the store and render their pages, one at a time.

The forms go through ``print_forms`` like the app's own, so every form instance and its
template exist in the database a reader will look them up in. Pages are rendered lazily:
a 300 dpi A4 page is 8.7 MB, and a corpus of hundreds must not sit in memory at once.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from korre_desktop.services.evidence.pdf import _PDFIUM_LOCK  # PDFium is not thread-safe
from korre_desktop.services.forms import (
    FormsError,
    Selection,
    class_choices,
    print_forms,
    school_choices,
)
from korre_desktop.store import Store


@dataclass(frozen=True)
class PrintedPage:
    """One printed page, rendered: white paper (255), black print (0)."""

    image: np.ndarray  # greyscale uint8, ``dpi`` pixels per inch, from the page's top-left
    dpi: float
    code: str
    page: int
    kind: str  # "consent" or "protocol"
    template_version: int
    layout: dict[str, Any]  # the template's whole layout JSON
    writes_name: bool = False  # no signer on record: the signer writes their name by hand

    @property
    def spec(self) -> dict[str, Any]:
        """This page's entry in the layout (markers, qr, fields, items)."""
        return self.layout["pages"][self.page - 1]

    @property
    def information(self) -> bool:
        """The first page of a two-page consent form: texts only, nothing to fill in."""
        return not self.spec.get("items") and "signature" not in self.spec["fields"]


@dataclass(frozen=True)
class _Planned:
    pdf: Path
    index: int  # page index in that PDF
    code: str
    page: int  # page number within the form
    kind: str
    template_version: int


def print_day(store: Store, on: date | None) -> date:
    """``on``, or today clamped into the newest school year that has classes."""
    if on is not None:
        return on
    today = date.today()
    if class_choices(store, today):
        return today
    for year in reversed(store.people.school_years()):
        start, end = date.fromisoformat(year["start_date"]), date.fromisoformat(year["end_date"])
        day = min(max(today, start), end)
        if class_choices(store, day):
            return day
    return today


def _print_until(
    store: Store,
    kind: str,
    selections: list[Selection],
    wanted: int,
    on: date,
    work: Path,
    rng: random.Random,
) -> list[_Planned]:
    """Print selections in turn (again from the start if needed) until ``wanted`` pages."""
    planned: list[_Planned] = []
    printable = list(selections)
    turn = 0
    while len(planned) < wanted:
        if not printable:
            raise FormsError("nobody", f"nobody to print {kind} forms for")
        selection = printable[turn % len(printable)]
        target = work / f"{kind}_{turn:03d}.pdf"
        try:
            result = print_forms(store, kind, selection, on, target, random_index=rng.randrange)
        except FormsError as exc:
            if exc.code != "nobody":
                raise
            printable.remove(selection)  # an empty class or a school without staff
            continue
        turn += 1
        per_form = result.pages // result.forms  # every form of a print has the same pages
        for index in range(result.pages):
            code, page = result.codes[index // per_form], index % per_form + 1
            planned.append(_Planned(target, index, code, page, kind, result.template_version))
    return planned[:wanted]


def plan_pages(
    store: Store, *, consent: int, protocol: int, on: date, rng: random.Random, work: Path
) -> list[_Planned]:
    """Print enough consent forms (by class) and protocol sheets (staff by school)."""
    planned: list[_Planned] = []
    if consent > 0:
        classes = class_choices(store, on)
        rng.shuffle(classes)
        selections = [Selection.of_class_id(c.id) for c in classes]
        planned += _print_until(store, "consent", selections, consent, on, work, rng)
    if protocol > 0:
        schools = school_choices(store)
        rng.shuffle(schools)
        selections = [Selection.staff(school_id=s.id) for s in schools]
        planned += _print_until(store, "protocol", selections, protocol, on, work, rng)
    return planned


def render_pages(store: Store, planned: list[_Planned], dpi: float) -> Iterator[PrintedPage]:
    """Render the planned pages in the given order, each once, at ``dpi``."""
    layouts: dict[tuple[str, int], dict[str, Any]] = {}
    documents: dict[Path, pdfium.PdfDocument] = {}
    try:
        for item in planned:
            key = (item.kind, item.template_version)
            if key not in layouts:
                layouts[key] = json.loads(store.forms.template(*key)["layout"])
            with _PDFIUM_LOCK:
                if item.pdf not in documents:
                    documents[item.pdf] = pdfium.PdfDocument(item.pdf)
                page = documents[item.pdf][item.index]
                try:
                    bitmap = page.render(scale=dpi / 72, grayscale=True)
                    image = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
                finally:
                    page.close()
            instance = store.forms.instance(item.code) or {}
            yield PrintedPage(
                image,
                dpi,
                item.code,
                item.page,
                item.kind,
                item.template_version,
                layouts[key],
                writes_name=instance.get("signer_role") == "guardian"
                and instance.get("guardian_id") is None,
            )
    finally:
        with _PDFIUM_LOCK:
            for document in documents.values():
                document.close()
