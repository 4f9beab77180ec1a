"""``export overview``: the Excel overview for management, for one date.

Six sheets; the first four from the one status snapshot of ``services.status`` (the
tabs and the CSV export read the same):

* **Samenvatting**: per school and class the number of students, forms returned (at
  least one consent statement), the response rate, one consent-rate column per item
  (share of the class with status ``granted``: only that permits use), and how many
  students have a conflict, a missing or an expired item, or should be asked themselves
  (16+); a bold total row per school and one for all schools. Below it, staff per school:
  total and each protocol status (signed, re-sign, unsigned, overdue) with the share
  signed; an employee at two schools counts at both, once in the total.
* **Leerlingen** and **Medewerkers**: a row per person with the protocol status and the
  status word of every item on a coloured fill.
* **Ontbrekend**: a row per person per thing still owed, in words.
* **Accounts** and **Bevoegdheden**: the social-media accounts and who may post where on
  the date, with the authorisation worklists' follow-ups (``account_sheets``).

Nothing of the personnel file or the press reports: they are confidential.

Here the data is gathered; each sheet is planned by its module (``summary_sheet``,
``people_sheets``, ``missing_sheet``, ``account_sheets``) and ``workbook`` writes them.

The workbook is read by Dutch management and made without Qt, so it is not
Qt-translated: every word in it is in ``OVERVIEW_WORDS`` and the other mappings of
``words``. The channels are named as the consent form versions name them
(``StatusSettings.channel_labels``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from korre_desktop.services import access_log
from korre_desktop.services.excel.account_sheets import ACCOUNTS, AUTHORISATIONS, account_sheets
from korre_desktop.services.excel.missing_sheet import MISSING, missing_plan, owed_rows
from korre_desktop.services.excel.people_sheets import (
    EMPLOYEES,
    STUDENTS,
    employee_rows,
    employees_plan,
    item_headers_for,
    sort_students,
    student_rows,
    students_plan,
)
from korre_desktop.services.excel.summary_sheet import SUMMARY, summary_sheet
from korre_desktop.services.excel.target import check_target
from korre_desktop.services.excel.workbook import write_workbook
from korre_desktop.services.progress import NO_PROGRESS, Progress, Share
from korre_desktop.services.status import employee_statuses_on, load_settings, student_statuses_on
from korre_desktop.store import Store

SHEET_NAMES = (SUMMARY, STUDENTS, EMPLOYEES, MISSING, ACCOUNTS, AUTHORISATIONS)


@dataclass(frozen=True)
class OverviewResult:
    path: Path
    on: date
    students: int
    employees: int
    missing: int  # rows on Ontbrekend
    rows: int  # data rows on all sheets
    accounts: int = 0  # rows on Accounts
    authorisations: int = 0  # rows on Bevoegdheden


def export_overview(
    store: Store, target: Path, on: date, progress: Progress = NO_PROGRESS
) -> OverviewResult:
    """Write the overview for ``on`` to ``target`` (an .xlsx file, replaced atomically)."""
    target = check_target(target)
    settings = load_settings(store, on)  # one column per item of the versions in force
    students = student_statuses_on(store, on, settings=settings, progress=Share(progress, 0.0, 0.4))
    employees = employee_statuses_on(
        store, on, settings=settings, progress=Share(progress, 0.4, 0.45)
    )
    item_codes = settings.item_codes
    sort_students(students)
    employees.sort(key=lambda p: p.sort_key)
    labels = settings.channel_labels
    headers = item_headers_for(item_codes, labels)
    missing = owed_rows(students, employees, item_codes, labels)
    plans = [
        summary_sheet(students, employees, item_codes, headers, on, datetime.now()),
        students_plan(student_rows(students, item_codes, on), headers),
        employees_plan(employee_rows(employees, item_codes), headers),
        missing_plan(missing),
    ]
    sheets = account_sheets(store, on)
    plans += [sheets.accounts, sheets.authorisations]
    progress.step(460, 1000)
    rows = write_workbook(target, plans, Share(progress, 0.46, 1.0))
    access_log.record(
        store, access_log.EXPORT, access_log.OVERVIEW_XLSX, len(students) + len(employees)
    )
    return OverviewResult(
        path=target,
        on=on,
        students=len(students),
        employees=len(employees),
        missing=len(missing),
        rows=rows,
        accounts=sheets.account_rows,
        authorisations=sheets.authorisation_rows,
    )
