"""``export status``: one CSV row per person on the list for a date, with every status.

One column per item of the consent form versions in force on the date, headed by its
item code (the machine format; the Excel overview words the channels)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import (
    PersonStatus,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store

FIXED_COLUMNS = ("kind", "number", "name", "school", "class", "protocol")


def _row(person: PersonStatus, item_codes: tuple[str, ...]) -> list[str]:
    return [
        person.kind,
        person.number,
        person.name,
        person.school,
        person.class_name,
        person.protocol.value,
        *(person.consent[code].value for code in item_codes),
    ]


def export_status_csv(
    store: Store, target: Path, on: date, progress: Progress = NO_PROGRESS
) -> int:
    """Write the status CSV for ``on`` to ``target``; return the number of people written."""
    settings = load_settings(store, on)
    students = student_statuses_on(store, on, settings=settings, progress=progress)
    employees = employee_statuses_on(store, on, settings=settings, progress=progress)
    students.sort(key=lambda p: (p.school.casefold(), p.class_name.casefold(), p.sort_key))
    employees.sort(key=lambda p: p.sort_key)
    with atomic_text_file(target) as handle:
        writer = csv.writer(handle)
        writer.writerow([*FIXED_COLUMNS, *settings.item_codes])
        for person in students:
            writer.writerow(_row(person, settings.item_codes))
        for person in employees:
            writer.writerow(_row(person, settings.item_codes))
    return len(students) + len(employees)
