"""Whether a previewed plan still holds when it is applied.

Several offices work on one database at once, so between an import's preview and its
apply others write: another school's import, forms entered on another PC, a scan batch, an
account, a setting. Only a write that changes what this import would do makes its plan
stale; any other leaves it as the preview showed it.

``apply_import`` decides that inside its transaction, which holds the write lock (nothing
changes from then until it commits): it makes each plan again from what it was made from,
the same parsed file, mapping, school, school year and day (``plan_again``), and compares
what the two would change (``planned_changes``). Equal: the plan made under the lock is
applied, and it does exactly what the preview showed. Different: ``StalePlanError``, and
nothing is saved.

What a plan would change, and so what is compared:

- the records it creates, changes or links (its ``work``), each existing record it changes
  with its values as the plan read them: a student's, employee's or guardian's row, a
  guardian link's values. A record the import changes that was changed meanwhile (even in
  a column the import leaves alone) makes the plan stale: applying it would otherwise
  write over a change nobody saw in the preview;
- the new and changed rows of the report, with their values before and after;
- the school year and classes it creates, and the existing classes it places students in;
- the rows it leaves out for their errors;
- with a leaving date: the students it marks as left.

Not compared: unchanged rows, warnings and notices, and the records the import does not
touch (another school's, a statement about someone not in the file, other classes).

When nothing at all was saved since the preview (its audit stamp, the number of changes
ever saved, is the same: the usual case on one PC) the plan is applied as it is, without
making it again: 50,000 students are planned in about 1.5 s.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from korre_desktop.services.importing.errors import ImportSetupError, StalePlanError
from korre_desktop.services.importing.plan import plan_again
from korre_desktop.services.importing.report import UNCHANGED, ImportPlan
from korre_desktop.services.importing.students import StudentWork
from korre_desktop.services.progress import Progress
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

CHECKING = "checking for changes since the preview"


def stale_error() -> StalePlanError:
    return StalePlanError(
        "stale",
        "records this import would add or change were changed meanwhile (on another"
        " computer, by another import or a scan); nothing was imported: run it again",
    )


def planned_changes(plan: ImportPlan, marking_left: bool) -> tuple[Any, ...]:
    """What applying ``plan`` would change, as a value that compares equal for two plans
    that would change the same (see the module's docstring)."""
    return (
        plan.kind,
        plan.school_id,
        [entry for entry in plan.entries if entry.status != UNCHANGED],
        [str(item) for item in plan.created],
        plan.errors,
        _work(plan.work),
        plan.missing if marking_left else None,
    )


def _work(work: Any) -> Any:
    if isinstance(work, StudentWork):
        # Of the school year's classes only those it places students in: a class added to
        # the school meanwhile is not this import's business.
        used = {update.class_key for update in work.updates}
        used |= {placed[0] for placed in work.new_student_classes if placed is not None}
        classes = {key: value for key, value in work.classes.items() if key in used}
        return dataclasses.replace(work, classes=classes)
    return work


def plans_still_holding(
    store: Store, plans: Sequence[ImportPlan], marking_left: bool, progress: Progress
) -> list[ImportPlan]:
    """The plans made again against the data as it is now (call inside the apply's
    transaction); ``StalePlanError`` when one of them would change anything else than its
    preview showed."""
    stamp = ImportQueries(store).audit_stamp()
    if all(plan.stamp == stamp for plan in plans):
        return list(plans)  # nothing was saved since the preview
    checking = Progress(lambda done, total, _label: progress.step(done, total, CHECKING))
    again = []
    for plan in plans:
        try:
            fresh = plan_again(store, plan, checking)
        except ImportSetupError as error:  # its school or consent form changed meanwhile
            raise stale_error() from error
        if planned_changes(fresh, marking_left) != planned_changes(plan, marking_left):
            raise stale_error()
        again.append(fresh)
    return again
