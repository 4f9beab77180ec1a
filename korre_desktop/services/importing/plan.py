"""Making the plan (the dry-run report plus what to do) for an import of any kind."""

from __future__ import annotations

from datetime import date

from korre_desktop.domain.school_year import SchoolYear
from korre_desktop.services.importing.consents import plan_consents
from korre_desktop.services.importing.context import resolve_school, resolve_year
from korre_desktop.services.importing.employees import plan_employees
from korre_desktop.services.importing.errors import ImportSetupError
from korre_desktop.services.importing.gc_pause import gc_paused
from korre_desktop.services.importing.mapping import Mapping, choose_mapping, require_usable
from korre_desktop.services.importing.report import ImportPlan, Notice
from korre_desktop.services.importing.students import plan_students
from korre_desktop.services.importing.table import Table
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries


def plan_import(
    store: Store,
    kind: str,
    table: Table,
    mapping: Mapping | None = None,
    school: int | str | None = None,
    year: str | SchoolYear | None = None,
    progress: Progress = NO_PROGRESS,
    today: date | None = None,
) -> ImportPlan:
    """What importing ``table`` as ``kind`` would do; changes nothing.

    ``mapping`` defaults to the saved one for this source, else a guess; ``school`` is a
    school id, name or BRIN (default: the file's BRIN, else the only school); ``year``
    a label like "2026-2027" (default: the file's, else the current school year).
    """
    with gc_paused():
        return _plan(store, kind, table, mapping, school, year, progress, today)


def plan_again(store: Store, plan: ImportPlan, progress: Progress = NO_PROGRESS) -> ImportPlan:
    """``plan`` made again from what it was made from (the same table, mapping, school,
    school year and day) against the data as it is now."""
    assert plan.year is not None and plan.today is not None, "not made by plan_import"
    with gc_paused():
        return _plan(
            store, plan.kind, plan.table, plan.mapping, plan.school_id, plan.year, progress,
            plan.today,
        )  # fmt: skip


def _plan(
    store: Store,
    kind: str,
    table: Table,
    mapping: Mapping | None,
    school: int | str | None,
    year: str | SchoolYear | None,
    progress: Progress,
    today: date | None,
) -> ImportPlan:
    today = today or store.clock().date()
    mapping = mapping or choose_mapping(store, kind, table)
    if mapping.kind != kind:
        raise ImportSetupError(
            "mapping_kind",
            f"the mapping is for {mapping.kind}, not for {kind}",
            mapping_kind=mapping.kind,
            kind=kind,
        )
    if kind == "consents" and table.source.format == "edexml":
        raise ImportSetupError("not_a_register", "an EDEXML file holds no consent register")
    require_usable(mapping, table.headers)
    stamp = ImportQueries(store).audit_stamp()  # before reading anything else
    brin = table.meta.get("brin", "")
    chosen_year = resolve_year(year, table.meta.get("school_year", ""), today)
    # An EDEXML file is of one school: its teachers are staff of the students' school.
    required = kind == "students" or table.source.format == "edexml"
    chosen = resolve_school(store, school, brin, required=required)
    plan = ImportPlan(
        kind=kind,
        source=table.source,
        mapping=mapping,
        row_noun=table.row_noun,
        school_id=chosen.id if chosen else None,
        school_name=chosen.name if chosen else "",
        school_year=chosen_year.label if kind == "students" else "",
        stamp=stamp,
        year=chosen_year,
        today=today,
        table=table,
    )
    plan.notices += table.notices
    plan.problems += table.warnings
    number = mapping.column("number")
    if number is not None and number in table.numeric_columns:
        plan.notices.append(
            Notice(
                f"column {table.headers[number]} holds numbers, not text, in the workbook:"
                " leading zeros may have been lost there (format the column as text)",
                "number_column_numeric",
                column=table.headers[number],
            )
        )
    if kind == "students":
        assert chosen is not None
        plan_students(store, table, mapping, chosen, chosen_year, today, plan, progress)
    elif kind == "employees":
        plan_employees(store, table, mapping, chosen, chosen_year, today, plan, progress)
    else:
        plan_consents(store, table, mapping, chosen, today, plan, progress)
    return plan
