"""Printed forms as proof files, for the tests of evidence that shows another form.

A small school (Sem de Vries with two guardians, Lotte Bakker with one, Anne Visser on
the staff), its forms printed for real through ``print_forms`` (so their codes exist in
the database), and each page as a copier scan (PNG) or as a phone photo (JPEG).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import cv2
import numpy as np

from korre_desktop.services.forms import Selection, print_forms
from korre_desktop.store import Store
from korre_desktop.testing.scan_corpus import degrade
from tests.scanning.reading.drawing import render

SCAN_DPI = 200


@dataclass(frozen=True)
class School:
    linde: int
    groep5: int
    sem: int  # students
    lotte: int
    ilse: int  # Sem's guardians (both with parental authority)
    peter: int
    marieke: int  # Lotte's guardian
    anne: int  # an employee


def make_school(records, start_year: int) -> School:
    """The school, its class in the school year starting in ``start_year``, a staff
    protocol version in effect from 1 August of that year (none for students)."""
    linde = records.school("OBS De Linde")
    groep5 = records.klass(linde, start_year, "Groep 5")
    sem = records.student(
        linde, number="004512", roepnaam="Sem", tussenvoegsel="de", achternaam="Vries"
    )
    ilse = records.guardian(sem, name="Ilse")
    peter = records.guardian(sem, name="Peter")
    lotte = records.student(linde, number="004513", roepnaam="Lotte", achternaam="Bakker")
    marieke = records.guardian(lotte, name="Marieke")
    for student in (sem, lotte):
        records.enrol(student, groep5)
    anne = records.employee(
        number="100200", roepnaam="Anne", achternaam="Visser", school_ids=(linde,)
    )
    records.protocol_version("employees", str(start_year), date(start_year, 8, 1))
    return School(linde, groep5, sem, lotte, ilse, peter, marieke, anne)


@dataclass(frozen=True)
class PrintedPage:
    code: str
    kind: str  # "consent" or "protocol"
    person_kind: str
    person_id: int
    guardian_id: int | None
    grey: np.ndarray  # the page rendered at SCAN_DPI

    def scan(self) -> bytes:
        """The page as a copier scan: a PNG."""
        ok, data = cv2.imencode(".png", self.grey)
        assert ok
        return data.tobytes()

    def photo(self, seed: int = 3) -> bytes:
        """The page photographed on a table with a phone: a JPEG."""
        capture = degrade.photo(self.grey, SCAN_DPI, random.Random(seed))
        ok, data = cv2.imencode(".jpg", capture.image, [cv2.IMWRITE_JPEG_QUALITY, 88])
        assert ok
        return data.tobytes()


def print_pages(
    store: Store, kind: str, selection: Selection, on: date, pdf: Path
) -> list[PrintedPage]:
    """Print forms of ``kind`` (one page each) to ``pdf`` and render its pages."""
    result = print_forms(store, kind, selection, on, pdf)
    assert result.pages == result.forms, "these tests expect one page per form"
    pages = []
    for code, grey in zip(result.codes, render(pdf, SCAN_DPI), strict=True):
        instance = store.forms.instance(code)
        assert instance is not None
        person_kind = instance["person_kind"]
        pages.append(
            PrintedPage(
                code,
                kind,
                person_kind,
                instance[f"{person_kind}_id"],
                instance["guardian_id"],
                grey,
            )
        )
    return pages


def page_of(
    pages: list[PrintedPage], person_id: int, guardian_id: int | None = None
) -> PrintedPage:
    """The printed page of this person (and guardian)."""
    (page,) = [
        page
        for page in pages
        if page.person_id == person_id and (guardian_id is None or page.guardian_id == guardian_id)
    ]
    return page
