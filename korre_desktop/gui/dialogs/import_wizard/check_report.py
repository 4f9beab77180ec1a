"""The import check's report: what each plan will do, worded from its codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from korre_desktop.gui.import_words import (
    change_text,
    created_text,
    entry_name,
    kind_label,
    notice_text,
    problem_text,
    where_text,
)
from korre_desktop.services import importing as imp

translate = QCoreApplication.translate


def report_lines(plans: list[imp.ImportPlan]) -> list[str]:
    """The check's report, worded from the plans' codes (``import_words``): never the
    services' English."""
    lines: list[str] = []
    for plan in plans:
        if len(plans) > 1:
            lines.append(f"== {kind_label(plan.kind)} ==")
        if plan.notices:
            lines.append(translate("ImportWizard", "Note:"))
            lines += [f"  • {notice_text(notice)}" for notice in plan.notices]
        for problem in plan.errors:
            lines.append(problem_line(plan, problem, error=True))
        for problem in plan.warnings:
            lines.append(problem_line(plan, problem, error=False))
        for item in plan.created:
            lines.append(
                translate("ImportWizard", "Will create: %1").replace("%1", created_text(item))
            )
        for entry in plan.entries:
            where = where_text(entry.row, plan.row_noun)
            who = f"{entry.number} {entry_name(entry)}".strip()
            if entry.status == "new":
                lines.append(
                    translate("ImportWizard", "New, %1: %2").replace("%1", where).replace("%2", who)
                )
            elif entry.status == "changed":
                changes = "; ".join(change_text(change) for change in entry.changes)
                lines.append(
                    translate("ImportWizard", "Changed, %1: %2: %3")
                    .replace("%1", where)
                    .replace("%2", who)
                    .replace("%3", changes)
                )
        if plan.missing:
            lines.append(
                translate("ImportWizard", "On record but not in the file (%1):").replace(
                    "%1", str(len(plan.missing))
                )
            )
            for missing in plan.missing:
                klass = f" ({missing.class_name})" if missing.class_name else ""
                lines.append(f"    {missing.number} {missing.name}{klass}")
    return lines


def problem_line(plan: imp.ImportPlan, problem: imp.Problem, error: bool) -> str:
    text = (
        translate("ImportWizard", "Error, %1: %2")
        if error
        else translate("ImportWizard", "Warning, %1: %2")
    )
    where = where_text(problem.row, plan.row_noun)
    return text.replace("%1", where).replace("%2", problem_text(problem))
