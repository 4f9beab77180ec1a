"""Printed forms in a fresh test database, and the reader's view of their templates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from korre_desktop.services.forms import Selection, print_forms
from korre_desktop.services.scanning.reading.template import ReadingTemplate
from korre_desktop.store import Store
from tests.scanning.reading.drawing import render

PRINT_DAY = date(2026, 11, 24)


@dataclass
class Printed:
    """One print run: the PDF, its codes in page order, and the templates to read it."""

    store: Store
    kind: str
    pdf: Path
    codes: tuple[str, ...]
    template_version: int
    _pages: list[np.ndarray] | None = None

    @property
    def template(self) -> ReadingTemplate:
        return self.template_for(self.kind, self.template_version, 1)

    def template_for(self, kind: str, version: int, page: int) -> ReadingTemplate | None:
        row = self.store.forms.template(kind, version)
        if row is None:
            return None
        try:
            return ReadingTemplate.from_layout_json(row["layout"], page)
        except (KeyError, ValueError):
            return None

    def page(self, index: int = 0) -> np.ndarray:
        """Page ``index`` rendered at 300 dpi (a fresh copy to draw on)."""
        if self._pages is None:
            self._pages = render(self.pdf)
        return self._pages[index].copy()


@pytest.fixture
def school(store, records):
    """Groep 5 with two students (one has two guardians with authority): three consent
    forms; one employee with a protocol version in effect: one protocol sheet."""
    linde = records.school("OBS De Linde")
    groep5 = records.klass(linde, 2026, "Groep 5")
    zoe = records.student(
        linde, number="004512", roepnaam="Zoë", achternaam="Meer", birth_date=date(2016, 3, 1)
    )
    records.guardian(zoe, name="Ilse")
    records.guardian(zoe, name="Peter")
    sem = records.student(
        linde, number="004514", roepnaam="Sem", achternaam="Kok", birth_date=date(2015, 1, 1)
    )
    records.guardian(sem, name="Marieke")
    for student in (zoe, sem):
        records.enrol(student, groep5)
    records.employee(number="100200", roepnaam="Anne", achternaam="Bakker", school_ids=(linde,))
    records.protocol_version("employees", "2025", date(2025, 8, 1))
    return linde


def _print(store: Store, kind: str, selection: Selection, target: Path) -> Printed:
    result = print_forms(store, kind, selection, PRINT_DAY, target)
    return Printed(store, kind, target, result.codes, result.template_version)


@pytest.fixture
def consent(store, school, tmp_path) -> Printed:
    """Three consent forms (one page each)."""
    return _print(store, "consent", Selection.of_class("Groep 5"), tmp_path / "consent.pdf")


@pytest.fixture
def protocol(store, school, tmp_path) -> Printed:
    """One protocol signature sheet."""
    return _print(store, "protocol", Selection.staff(), tmp_path / "protocol.pdf")
