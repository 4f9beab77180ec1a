"""Dutch words for consent form versions: their validity, their texts' parts, and the
problems ``services.consent_forms`` reports as codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox

from korre_desktop.domain.consent_form import (
    MAX_VALIDITY_YEARS,
    DefinitionProblem,
    Validity,
    ValidityKind,
)
from korre_desktop.gui.widgets.date_field import date_format_text, impossible_date_text

translate = QCoreApplication.translate


def validity_choices() -> list[tuple[ValidityKind, str]]:
    return [
        (ValidityKind.UNTIL_WITHDRAWN, translate("ConsentFormWords", "Until withdrawn")),
        (
            ValidityKind.SCHOOL_YEAR,
            translate("ConsentFormWords", "The school year it is signed in"),
        ),
        (ValidityKind.YEARS, translate("ConsentFormWords", "A number of years")),
    ]


def setup_validity(kind: QComboBox, years: QSpinBox) -> None:
    """A validity chosen with a list of kinds and, for "a number of years", a number."""
    for value, text in validity_choices():
        kind.addItem(text, value.value)
    kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    years.setRange(1, MAX_VALIDITY_YEARS)
    years.setSuffix(translate("ConsentFormWords", " years"))
    kind.currentIndexChanged.connect(lambda _i: years.setVisible(chosen_kind(kind) is YEARS))


YEARS = ValidityKind.YEARS


def chosen_kind(kind: QComboBox) -> ValidityKind:
    return ValidityKind(kind.currentData())


def show_validity(kind: QComboBox, years: QSpinBox, validity: Validity) -> None:
    kind.setCurrentIndex(kind.findData(validity.kind.value))
    years.setValue(validity.years or 1)
    years.setVisible(validity.kind is YEARS)


def chosen_validity(kind: QComboBox, years: QSpinBox) -> Validity:
    chosen = chosen_kind(kind)
    return Validity(chosen, years.value() if chosen is YEARS else None)


def validity_label(validity: Validity) -> str:
    """Short, for a table cell: "Tot intrekking", "Schooljaar", "3 jaar"."""
    if validity.kind is ValidityKind.YEARS:
        return translate("ConsentFormWords", "%1 years").replace("%1", str(validity.years))
    if validity.kind is ValidityKind.SCHOOL_YEAR:
        return translate("ConsentFormWords", "School year")
    return translate("ConsentFormWords", "Until withdrawn")


def text_labels() -> dict[str, str]:
    """The parts of a version's texts (``domain.consent_form.TEXT_KEYS``), as labels."""
    return {
        "intro": translate("ConsentFormWords", "What it is for, who records:"),
        "scope": translate("ConsentFormWords", "Where recordings are used:"),
        "no_consent_needed": translate("ConsentFormWords", "What needs no consent:"),
        "withdraw": translate("ConsentFormWords", "Later, changing, withdrawing:"),
        "contact": translate("ConsentFormWords", "Contact (name, e-mail, phone):"),
    }


# Where each problem is shown in the window.
LABEL, EFFECTIVE, CHANNELS, GENERAL = "label", "effective", "channels", ""
_PLACE = {
    "label_required": LABEL,
    "label_taken": LABEL,
    "date_invalid": EFFECTIVE,
    "date_format": EFFECTIVE,
    "version_in_use": EFFECTIVE,
}


def problem_place(problem: DefinitionProblem) -> str:
    return _PLACE.get(problem.code, CHANNELS if "channel" in problem.code else GENERAL)


def problem_text(problem: DefinitionProblem) -> str:
    code = str(problem.params.get("code", ""))
    texts = {
        "label_required": translate(
            "ConsentFormWords", "Give the version a label, for example 2027-2028."
        ),
        "label_taken": translate(
            "ConsentFormWords", "There is a version with this label already; choose another."
        ),
        "no_channels": translate("ConsentFormWords", "Add at least one channel."),
        "channel_code_format": translate(
            "ConsentFormWords",
            "The code %1 may hold only lower-case letters a-z, digits and _ (no spaces).",
        ),
        "duplicate_channel": translate("ConsentFormWords", "The code %1 is there twice."),
        "channel_label_required": translate(
            "ConsentFormWords", "The channel with code %1 has no name."
        ),
        "channel_without_media": translate(
            "ConsentFormWords", "The channel %1 asks about nothing: tick a medium or remove it."
        ),
        "no_items": translate("ConsentFormWords", "Tick at least one medium on a channel."),
        "duplicate_item": translate("ConsentFormWords", "A medium is asked twice on a channel."),
        "unknown_medium": translate("ConsentFormWords", "A medium is unknown."),
        "item_not_defined": translate(
            "ConsentFormWords", "The item %1 is not a medium on one of the channels."
        ),
        "version_in_use": translate(
            "ConsentFormWords",
            "This version is in use (statements or printed forms refer to it): its date can no"
            " longer change. Make a new version instead.",
        ),
        "date_invalid": translate("ConsentFormWords", "This date does not exist."),
        "date_format": date_format_text(),
    }
    if problem.code == "date_invalid" and problem.params.get("text"):
        return impossible_date_text(str(problem.params["text"]))
    text = texts.get(problem.code)
    if text is None:
        return problem.message
    return text.replace("%1", code or "–")
