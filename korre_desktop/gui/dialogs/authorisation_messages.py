"""Dutch sentences for the problems the account and authorisation services report (codes
in ``domain.authorisation``; a press report's receiver must be management too);
``record_messages.problem_text`` asks here first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from korre_desktop.domain import authorisation as a
from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.domain.validation import FieldProblem
from korre_desktop.gui.authorisation_words import account_label

translate = QCoreApplication.translate

GRANTER_FIELDS = frozenset({"granted_by_employee_id"})
REPORT_FIELDS = frozenset({"reported_to_employee_id"})


def _day(iso: object) -> str:
    try:
        return format_dutch_date(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def _not_management(field: str, params: dict) -> str:
    name, function = str(params.get("name", "")), str(params.get("function", "")).strip()
    if field in REPORT_FIELDS:  # a press report goes to management (protocol 2.4)
        text = (
            translate(
                "AuthorisationMessages",
                "%1 (%2) is not management; press contact is reported to management.",
            )
            if function
            else translate(
                "AuthorisationMessages",
                "%1 has no function on record that makes them management; press contact is reported to management.",  # noqa: E501
            )
        )
        return text.replace("%1", name).replace("%2", function)
    if not function:
        return translate(
            "AuthorisationMessages",
            "%1 has no function on record that makes them management; only management can give this.",  # noqa: E501
        ).replace("%1", name)
    return (
        translate(
            "AuthorisationMessages",
            "%1 (%2) is not management; only management can give this.",
        )
        .replace("%1", name)
        .replace("%2", function)
    )


def _person_left(field: str, params: dict) -> str:
    if field in GRANTER_FIELDS:
        text = translate(
            "AuthorisationMessages", "%1 left on %2 and can no longer grant anything from %3."
        )
    else:
        text = translate("AuthorisationMessages", "%1 left on %2 and cannot be authorised from %3.")
    return (
        text.replace("%1", str(params.get("name", "")))
        .replace("%2", _day(params.get("left_on")))
        .replace("%3", _day(params.get("before")))
    )


def authorisation_problem_text(problem: FieldProblem) -> str | None:
    """The sentence for one of the codes of ``domain.authorisation``; None for others."""
    code, params = problem.code, problem.params
    if code == a.NOT_MANAGEMENT:
        return _not_management(problem.field, params)
    if code == a.GRANTED_BY_SELF:
        return translate(
            "AuthorisationMessages", "%1 cannot grant an authorisation to themselves."
        ).replace("%1", str(params.get("name", "")))
    if code == a.PERSON_LEFT:
        return _person_left(problem.field, params)
    if code == a.ACCOUNT_ENDED:
        return (
            translate(
                "AuthorisationMessages",
                "The account %1 ended on %2: choose another account or an earlier start date.",
            )
            .replace("%1", str(params.get("name", "")))
            .replace("%2", _day(params.get("ended_on")))
        )
    if code == a.ACCOUNT_EXISTS:
        name = account_label(str(params.get("platform", "")), str(params.get("name", "")))
        return translate("AuthorisationMessages", "The account %1 is already on record.").replace(
            "%1", name
        )
    if code == a.ALREADY_ENDED:
        return translate("AuthorisationMessages", "This account already ended on %1.").replace(
            "%1", _day(params.get("ended_on"))
        )
    if code == a.ALREADY_WITHDRAWN:
        return translate(
            "AuthorisationMessages", "This authorisation was already withdrawn on %1."
        ).replace("%1", _day(params.get("withdrawn_on")))
    return None
