"""Applying plans: one transaction, all or nothing, every change audited.

New students, their enrolments and guardians are inserted in bulk (one audit entry per
row, ``ImportQueries.add_students`` and the like); everything else goes through the record
services (``services.records``, ``services.entry``), so their rules and audit (before and after)
hold for imports too. A plan is applied only while it holds: inside the transaction it is
made again and compared with the preview (``staleness``); when another computer, import or
scan changed what this import would do, ``StalePlanError`` says so: run it again. Writes
elsewhere (another school, other people, settings) do not stop it. A plan with errors is
refused unless ``skip_errors`` (the rows with errors are then left out).
A plan with nothing to do writes nothing at all, so importing a file again changes
nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from korre_desktop.services import records
from korre_desktop.services.importing.consents import ConsentWork, apply_consents
from korre_desktop.services.importing.employees import EmployeeWork
from korre_desktop.services.importing.errors import ImportBlockedError
from korre_desktop.services.importing.gc_pause import gc_paused
from korre_desktop.services.importing.mapping import save_mapping
from korre_desktop.services.importing.report import ImportPlan, ImportResult
from korre_desktop.services.importing.staleness import plans_still_holding
from korre_desktop.services.importing.students import StudentWork
from korre_desktop.services.progress import NO_PROGRESS, Progress
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

PROGRESS_EVERY = 500


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _check(plans: list[ImportPlan], mark_missing_left: date | None, skip_errors: bool) -> None:
    for plan in plans:
        if plan.errors and not skip_errors:
            first = plan.errors[0]
            raise ImportBlockedError(
                "rows_with_errors",
                f"{plan.error_rows} {plan.row_noun}(s) have errors, first {plan.where(first)}:"
                f" {first.message}; nothing was imported",
                errors=plan.error_rows,
                noun=plan.row_noun,
                first=first,
            )
    if mark_missing_left is not None:
        if not any(plan.kind == "students" for plan in plans):
            raise ImportBlockedError(
                "mark_left_students_only", "only students missing from a file can be marked as left"
            )
        for plan in plans:
            too_early = [m for m in plan.missing if mark_missing_left.isoformat() < m.earliest_left]
            if too_early:
                m = too_early[0]
                raise ImportBlockedError(
                    "left_too_early",
                    f"{m.number} {m.name} cannot leave on {mark_missing_left.isoformat()}:"
                    f" that is before {m.earliest_left}; nothing was imported",
                    number=m.number,
                    name=m.name,
                    date=mark_missing_left.isoformat(),
                    earliest=m.earliest_left,
                )


def apply_import(
    store: Store,
    plan: ImportPlan | Sequence[ImportPlan],
    progress: Progress = NO_PROGRESS,
    mark_missing_left: date | None = None,
    skip_errors: bool = False,
) -> ImportResult:
    """Carry out one plan, or several together (an EDEXML file's students and teachers).

    ``mark_missing_left``: students on record who are not in the file leave on that date.
    Raises ``ImportBlockedError`` (errors in the plan), ``StalePlanError`` (records the
    plan would change were changed since it was made), ``Cancelled`` (progress asked to
    stop), or a record service's error; in every case nothing is saved.
    """
    plans = [plan] if isinstance(plan, ImportPlan) else list(plan)
    _check(plans, mark_missing_left, skip_errors)
    with gc_paused():
        return _apply(store, plans, progress, mark_missing_left)


def _apply(
    store: Store, plans: list[ImportPlan], progress: Progress, mark_missing_left: date | None
) -> ImportResult:
    result = ImportResult(counts={}, run_ids=[])
    with store.transaction():
        # Made again under the write lock: what is applied is what holds now, and it
        # is what the preview showed (else StalePlanError).
        plans = plans_still_holding(store, plans, mark_missing_left is not None, progress)
        # Students first: an EDEXML file's teachers are linked to the classes it makes.
        for one in sorted(plans, key=lambda plan: plan.kind != "students"):
            marked = 0
            if one.kind == "students":
                _apply_students(store, one.work, progress)
                if mark_missing_left is not None:
                    marked = _mark_left(store, one, mark_missing_left, progress)
            elif one.kind == "employees":
                _apply_employees(store, one.work, progress)
            else:
                _apply_consent_work(store, one.work, progress)
            result.marked_left += marked
            for key, value in one.counts.items():
                result.counts[key] = result.counts.get(key, 0) + value
            if one.table is not None and one.mapping.origin != "fixed":
                result.mapping_saved = (
                    save_mapping(store, one.mapping, one.table) or result.mapping_saved
                )
            if one.has_work or marked:
                result.run_ids.append(_record_run(store, one, marked))
        progress.step(1, 1, "saved")
    return result


def _record_run(store: Store, plan: ImportPlan, marked: int) -> int:
    summary = {
        **plan.counts,
        "marked_left": marked,
        "school": plan.school_name,
        "school_year": plan.school_year,
        "mapping": plan.mapping.origin,
        "created": plan.created,
        "skipped_error_rows": plan.error_rows,
    }
    return ImportQueries(store).record_run(
        {
            "kind": plan.kind,
            "file_name": plan.source.name,
            "file_sha256": plan.source.sha256,
            "summary": json.dumps(summary, ensure_ascii=False),
            "applied_by": store.actor,
            "applied_at": store.now(),
        },
    )


# -- students ------------------------------------------------------------------------------


def _ref(ref: tuple[str, int], new_ids: list[int]) -> int:
    kind, value = ref
    return value if kind == "id" else new_ids[value]


def _apply_students(store: Store, work: StudentWork, progress: Progress) -> None:
    queries = ImportQueries(store)
    progress.step(0, 5, "school year and classes")
    year_id = work.year_id
    if year_id is None and work.new_classes:
        year_id = records.add_school_year(store, records.SchoolYearInput(label=work.year.label))
    class_ids = dict(work.classes)
    for key, name in work.new_classes.items():
        class_ids[key] = records.add_class(
            store, records.ClassInput(school_id=work.school_id, school_year_id=year_id, name=name)
        )
    # Changed students first: a temporary number that moves on frees it for a new student.
    progress.step(1, 5, "changed students")
    for index, update in enumerate(work.updates):
        if index % PROGRESS_EVERY == 0:
            progress.step(1, 5, "changed students")
        if update.values:
            row = {**update.current, **update.values}
            records.update_student(
                store,
                update.student_id,
                records.StudentInput(
                    school_id=work.school_id,
                    student_number=row["student_number"],
                    roepnaam=row["roepnaam"],
                    tussenvoegsel=row["tussenvoegsel"],
                    achternaam=row["achternaam"],
                    birth_date=_day(row["birth_date"]),
                    enrolled_date=_day(row["enrolled_date"]),
                ),
                today=work.today,
            )
        if update.class_key is not None:
            records.place_in_class(
                store, update.student_id, class_ids[update.class_key], work.today
            )
        if update.left is not None:
            records.set_student_left(store, update.student_id, update.left)
    progress.step(2, 5, "new students")
    made = {"created_at": store.now()}  # when the records are made, not when planned
    student_ids = queries.add_students(work.new_students, made)
    enrolments = [
        {
            "student_id": student_id,
            "class_id": class_ids[placed[0]],
            "start_date": None,
            "end_date": placed[1],
        }
        for student_id, placed in zip(student_ids, work.new_student_classes, strict=True)
        if placed is not None
    ]
    queries.add_enrolments(enrolments)
    progress.step(3, 5, "guardians")
    guardian_ids = queries.add_guardians(work.new_guardians, made)
    links = [
        {
            "student_id": _ref(student, student_ids),
            "guardian_id": _ref(guardian, guardian_ids),
            "relation": relation,
            "parental_authority": authority,
        }
        for student, guardian, relation, authority in work.links
    ]
    queries.add_guardian_links(links)
    progress.step(4, 5, "changed guardians")
    for guardian_id, changes in work.guardian_updates.items():
        current = store.records.guardian(guardian_id)
        assert current is not None
        row = {**current, **changes}
        records.update_guardian(
            store,
            guardian_id,
            records.GuardianInput(
                roepnaam=row["roepnaam"],
                tussenvoegsel=row["tussenvoegsel"],
                achternaam=row["achternaam"],
                email=row["email"],
                phone=row["phone"],
            ),
        )
    for student_id, guardian_id, changes, _before in work.link_updates:
        store.records.update_guardian_link(student_id, guardian_id, changes)


def _mark_left(store: Store, plan: ImportPlan, day: date, progress: Progress) -> int:
    for index, missing in enumerate(plan.missing):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, len(plan.missing), "marking students as left")
        records.set_student_left(store, missing.student_id, day)
    return len(plan.missing)


# -- employees -------------------------------------------------------------------------------


def _employee_input(row: dict[str, Any], school_ids: list[int]) -> records.EmployeeInput:
    return records.EmployeeInput(
        staff_number=row["staff_number"],
        roepnaam=row["roepnaam"],
        tussenvoegsel=row["tussenvoegsel"],
        achternaam=row["achternaam"],
        function=row["function"],
        employment_type=row["employment_type"],
        school_ids=school_ids,
        start_date=_day(row["start_date"]),
        end_date=_day(row["end_date"]),
        email=row["email"],
        naamgebruik=row["naamgebruik"],
        partner_tussenvoegsel=row["partner_tussenvoegsel"],
        partner_achternaam=row["partner_achternaam"],
    )


def _apply_employees(store: Store, work: EmployeeWork, progress: Progress) -> None:
    total = len(work.new) + len(work.updates)
    ids: dict[str, int] = {}
    for index, new in enumerate(work.new):
        if index % PROGRESS_EVERY == 0:
            progress.step(index, total, "new employees")
        ids[new["staff_number"]] = records.add_employee(
            store, _employee_input(new, new["school_ids"])
        )
    for index, (employee_id, update) in enumerate(work.updates):
        if index % PROGRESS_EVERY == 0:
            progress.step(len(work.new) + index, total, "changed employees")
        current = store.records.employee_row(employee_id)
        assert current is not None
        records.update_employee(
            store,
            employee_id,
            _employee_input({**current, **update["values"]}, update["school_ids"]),
        )
    _link_teachers(store, work, ids)


def _link_teachers(store: Store, work: EmployeeWork, ids: dict[str, int]) -> None:
    """Teachers of the classes their file names (the classes exist by now: the students'
    plan of the same file is applied first)."""
    if not work.class_links or work.school_id is None:
        return
    year = store.records.school_year_labelled(work.school_year)
    if year is None:
        return
    for number, class_name in work.class_links:
        employee_id = ids.get(number)
        if employee_id is None:
            found = store.records.employee_with_number(number)
            employee_id = found["id"] if found else None
        klass = store.records.class_named(work.school_id, year["id"], class_name)
        if employee_id is not None and klass is not None:
            records.link_class_teacher(store, klass["id"], employee_id)


def _apply_consent_work(store: Store, work: ConsentWork, progress: Progress) -> None:
    apply_consents(store, work, progress)
