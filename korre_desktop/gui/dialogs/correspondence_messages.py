"""Dutch sentences for the problems the press-report and personnel-file services report
(codes in ``domain.correspondence``); ``record_messages.problem_text`` asks here too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain import correspondence as c
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.gui.correspondence_words import entry_number

translate = QCoreApplication.translate


def correspondence_problem_text(problem: FieldProblem) -> str | None:
    """The sentence for one of the codes of ``domain.correspondence``; None for others."""
    code, params = problem.code, problem.params
    if code == c.REPORTED_TO_SELF:
        return translate(
            "CorrespondenceMessages",
            "%1 was approached by the press: report it to someone else of management.",
        ).replace("%1", str(params.get("name", "")))
    if code == c.SCHOOL_AMBIGUOUS:
        schools = "; ".join(str(name) for name in params.get("schools", ()))
        return translate(
            "CorrespondenceMessages",
            "The employee works at several schools (%1): choose the school the report is about.",
        ).replace("%1", schools)
    if code == c.CORRECTS_OTHER_EMPLOYEE:
        return translate(
            "CorrespondenceMessages",
            "This entry is in the personnel file of %1: a correction belongs in the same file.",
        ).replace("%1", str(params.get("name", "")))
    if code == c.ALREADY_CORRECTED:
        return translate(
            "CorrespondenceMessages",
            "This entry was already corrected by %1: correct that one instead.",
        ).replace("%1", entry_number(int(params.get("by", 0))))
    return None
