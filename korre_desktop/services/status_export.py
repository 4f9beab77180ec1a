"""``export status``: one CSV row per person on the list for a date, with every status.

Two flavours of the same rows:

* the machine format (``export status``): UTF-8, commas, English codes as headers
  (``kind``, ``number``, ..., one column per item code of the consent form versions in
  force on the date) and values (``granted``, ``unsigned``), for scripts;
* the format for Excel (``export status --excel``, and Bestand → Status exporteren): what
  Dutch Excel opens in columns with "ë" intact: UTF-8 with a byte order mark, semicolons
  (the list separator of Dutch Windows), Dutch headers (the items as "Foto – Website van
  de school", named as the versions name their channels) and Dutch status words; text a
  spreadsheet would turn into a number or date keeps its leading zeros
  (``safe_text.csv_text``).

In both, a cell that starts like a formula (``=``, ``+``, ``-``, ``@``, tab, carriage
return) gets a leading apostrophe, as OWASP advises against CSV injection: a name is
stored as typed but never reaches a spreadsheet as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from korre_desktop.domain.consent_items import split_item_code
from korre_desktop.domain.people import fold, natural_key
from korre_desktop.services import access_log
from korre_desktop.services.atomic_file import atomic_text_file
from korre_desktop.services.excel.safe_text import csv_text
from korre_desktop.services.excel.words import (
    CONSENT_WORDS,
    KIND_WORDS,
    MEDIUM_WORDS,
    PROTOCOL_WORDS,
)
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.services.status import (
    PersonStatus,
    StatusSettings,
    employee_statuses_on,
    load_settings,
    student_statuses_on,
)
from korre_desktop.store import Store

FIXED_COLUMNS = ("kind", "number", "name", "school", "class", "protocol")
EXCEL_COLUMNS = ("Soort", "Nummer", "Naam", "School", "Klas", "Protocol")
EXCEL_DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff"
ITEM_SEPARATOR = " – "  # "Foto – Website van de school"


def excel_item_header(code: str, labels: dict[str, str]) -> str:
    medium, channel = split_item_code(code)
    return f"{MEDIUM_WORDS[medium]}{ITEM_SEPARATOR}{labels.get(channel, channel)}"


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


def _excel_row(person: PersonStatus, item_codes: tuple[str, ...]) -> list[str]:
    return [
        KIND_WORDS[person.kind].lower(),
        person.number,
        person.name,
        person.school,
        person.class_name,
        PROTOCOL_WORDS[person.protocol],
        *(CONSENT_WORDS[person.consent[code]] for code in item_codes),
    ]


def _write(
    handle,
    header: Sequence[str],
    people: Sequence[PersonStatus],
    row: Callable[[PersonStatus], list[str]],
    excel: bool,
) -> None:
    writer = csv.writer(handle, delimiter=EXCEL_DELIMITER if excel else ",")
    writer.writerow([csv_text(cell, keep_as_text=excel) for cell in header])
    for person in people:
        writer.writerow([csv_text(cell, keep_as_text=excel) for cell in row(person)])


def export_status_csv(
    store: Store,
    target: Path,
    on: date,
    progress: Progress = NO_PROGRESS,
    *,
    excel: bool = False,
) -> int:
    """Write the status CSV for ``on`` to ``target`` (for Excel with ``excel``); return
    the number of people written."""
    settings = load_settings(store, on)
    students = student_statuses_on(store, on, settings=settings, progress=progress)
    employees = employee_statuses_on(store, on, settings=settings, progress=progress)
    students.sort(key=lambda p: (fold(p.school), natural_key(p.class_name), p.sort_key))
    employees.sort(key=lambda p: p.sort_key)
    header, row = _columns(settings, excel)
    with atomic_text_file(target) as handle:
        if excel:
            handle.write(BYTE_ORDER_MARK)  # Excel reads the file as UTF-8 only with it
        _write(handle, header, [*students, *employees], row, excel)
    count = len(students) + len(employees)
    access_log.record(store, access_log.EXPORT, access_log.STATUS_CSV, count)
    return count


def _columns(
    settings: StatusSettings, excel: bool
) -> tuple[list[str], Callable[[PersonStatus], list[str]]]:
    codes = settings.item_codes
    if excel:
        labels = settings.channel_labels
        header = [*EXCEL_COLUMNS, *(excel_item_header(code, labels) for code in codes)]
        return header, lambda person: _excel_row(person, codes)
    # Looked up at write time, so a test can stand in for ``_row``.
    return [*FIXED_COLUMNS, *codes], lambda person: _row(person, codes)
