"""How an import's report reads in the window: the codes and params the import services
report (``services.importing``), worded through ``translate``: Dutch, English in the English
window.

The services word everything in English too, for the CLI and the log; none of that is
shown here. Each kind of report has its function: ``problem_text`` (a row's problem),
``notice_text`` (``plan.notices``), ``created_text`` (``plan.created``), ``change_text``
(a ``Change``), ``entry_name`` (a consent statement's line) and ``failure_text`` (an
``ImportFailure``). A code without a wording here gets a general sentence naming the code,
never the English message. Dates read as 14-03-2019, numbers with the window's separators.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from korre_desktop.domain import validation as v
from korre_desktop.domain.consent_items import is_item_code
from korre_desktop.domain.dates import format_dutch_date
from korre_desktop.gui import status_text
from korre_desktop.services.importing.errors import ImportFailure
from korre_desktop.services.importing.report import Change, Entry, Notice, Problem

translate = QCoreApplication.translate

Params = Mapping[str, Any]
_PLACEHOLDER = re.compile(r"%([1-9])")


# -- pieces ------------------------------------------------------------------------------------


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, ... replaced in one pass (a value holding "%2" stays)."""
    return _PLACEHOLDER.sub(lambda found: str(values[int(found.group(1)) - 1]), template)


def shown_date(value: object) -> str:
    """An iso date as 14-03-2019; anything else as it is."""
    if isinstance(value, date):
        return format_dutch_date(value)
    try:
        return format_dutch_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def number(value: object) -> str:
    """A count with the window's digit grouping (12.345 in Dutch), megabytes as 70,3."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(value)


def quoted(value: object) -> str:
    return f"“{value}”"


def listed(items: Iterable[object], more: int = 0) -> str:
    text = ", ".join(str(item) for item in items)
    if more:
        text += " " + fill(translate("ImportWords", "and %1 more"), number(more))
    return text


def counted(pairs: Iterable[tuple[str, int]]) -> str:
    """ "Plusklas (2), Taalklas (3)"."""
    return ", ".join(f"{name} ({number(count)})" for name, count in pairs)


def where_text(row: object, noun: str = "row") -> str:
    """Where a problem is: "rij 3", "leerling 3" (EDEXML), "rijen 3, 5", or the file."""
    if row is None or row == "":
        return translate("ImportWords", "the file")
    several = "," in str(row)
    if noun == "leerling":
        template = (
            translate("ImportWords", "students %1")
            if several
            else translate("ImportWords", "student %1")
        )
    elif noun == "leerkracht":
        template = (
            translate("ImportWords", "teachers %1")
            if several
            else translate("ImportWords", "teacher %1")
        )
    else:
        template = (
            translate("ImportWords", "rows %1") if several else translate("ImportWords", "row %1")
        )
    return fill(template, row)


def kind_label(kind: str) -> str:
    return {
        "students": translate("ImportWizard", "Students"),
        "employees": translate("ImportWizard", "Staff"),
        "consents": translate("ImportWizard", "Existing consent register"),
    }.get(kind, kind)


def field_label(name: str, labels: Mapping[str, str] | None = None) -> str:
    """A field of the import (a mapping's field) as the user reads it; a consent item's
    channel by its label in ``labels`` (channel code -> label, from the form versions)."""
    if is_item_code(name):
        return status_text.item_label(name, labels or {}, ": ")
    if name.startswith("guardian") and "_" in name:
        position, part = name[len("guardian") :].split("_", 1)
        return fill(translate("ImportWizard", "Guardian %1: %2"), position, _guardian_part(part))
    labels = {
        "number": translate("ImportWizard", "Number"),
        "roepnaam": translate("ImportWizard", "First name"),
        "voornamen": translate("ImportWizard", "Given names"),
        "tussenvoegsel": translate("ImportWizard", "Infix"),
        "achternaam": translate("ImportWizard", "Surname"),
        "name": translate("ImportWizard", "Full name"),
        "birth_date": translate("ImportWizard", "Date of birth"),
        "class": translate("ImportWizard", "Class"),
        "enrolled_date": translate("ImportWizard", "Enrolled on"),
        "left_date": translate("ImportWizard", "Left on"),
        "email": translate("ImportWizard", "E-mail"),
        "function": translate("ImportWizard", "Function"),
        "employment": translate("ImportWizard", "Employment"),
        "start_date": translate("ImportWizard", "Start date"),
        "end_date": translate("ImportWizard", "End date"),
        "school": translate("ImportWizard", "School"),
        "voorletters": translate("ImportWizard", "Initials"),
        "partner_achternaam": translate("ImportWizard", "Partner's surname"),
        "partner_tussenvoegsel": translate("ImportWizard", "Partner's infix"),
        "naamgebruik": translate("ImportWizard", "Name use (AFAS code 0-3 or words)"),
        "naam_samenstelling": translate("ImportWizard", "Name use (Raet code 1-4)"),
        "signer": translate("ImportWizard", "Signed by"),
        "role": translate("ImportWizard", "Role"),
        "date": translate("ImportWizard", "Date"),
        "note": translate("ImportWizard", "Note"),
    }
    return labels.get(name, name)


def _guardian_part(part: str) -> str:
    return {
        "name": translate("ImportWizard", "name"),
        "roepnaam": translate("ImportWizard", "first name"),
        "voorletters": translate("ImportWizard", "initials"),
        "tussenvoegsel": translate("ImportWizard", "infix"),
        "achternaam": translate("ImportWizard", "surname"),
        "email": translate("ImportWizard", "e-mail"),
        "phone": translate("ImportWizard", "phone"),
        "relation": translate("ImportWizard", "relation"),
        "authority": translate("ImportWizard", "parental authority"),
        "parental_authority": translate("ImportWizard", "parental authority"),
    }.get(part, part)


def _column(problem: Problem) -> str:
    """The column a problem is about: its header, else the field's label."""
    column = problem.params.get("column")
    if column:
        return str(column)
    return field_label(problem.field) if problem.field else translate("ImportWords", "the row")


# -- problems of rows ---------------------------------------------------------------------------


def problem_text(problem: Problem) -> str:
    """One problem of a row (or of the file), without where it is (see ``where_text``)."""
    wording = _PROBLEMS.get(problem.code)
    if wording is None:
        return fill(
            translate("ImportWords", "%1: a problem the app cannot describe (code %2)"),
            _column(problem),
            problem.code,
        )
    return wording(problem, problem.params)


def _required(problem: Problem, p: Params) -> str:
    if p.get("fixed_by"):
        return translate("ImportWords", "No name: the surname and the first name are both empty")
    if p.get("role") == "guardian":
        return fill(
            translate("ImportWords", "%1 is empty; a parent's statement needs who signed it"),
            _column(problem),
        )
    return fill(translate("ImportWords", "%1 is empty"), _column(problem))


def _date_in_future(problem: Problem, p: Params) -> str:
    if p.get("date"):
        return fill(
            translate("ImportWords", "%1: the date %2 lies in the future"),
            _column(problem),
            shown_date(p["date"]),
        )
    return fill(translate("ImportWords", "%1: the date lies in the future"), _column(problem))


def _date_order(problem: Problem, p: Params) -> str:
    if "start" in p:
        return fill(
            translate("ImportWords", "The end date %1 is before the start date %2"),
            shown_date(p.get("end", "")),
            shown_date(p["start"]),
        )
    return fill(
        translate("ImportWords", "%1: the date is before %2"),
        _column(problem),
        shown_date(p.get("earliest", "")),
    )


def _not_an_address(problem: Problem, p: Params) -> str:
    dropped = problem.severity == "warning"
    if problem.code == v.EMAIL_FORMAT:
        template = (
            translate("ImportWords", "%1: %2 is not an e-mail address; it is left out")
            if dropped
            else translate("ImportWords", "%1: %2 is not an e-mail address")
        )
    else:
        template = (
            translate("ImportWords", "%1: %2 is not a phone number; it is left out")
            if dropped
            else translate("ImportWords", "%1: %2 is not a phone number")
        )
    return fill(template, _column(problem), quoted(p.get("value", "")))


def _unknown_choice(problem: Problem, p: Params) -> str:
    if problem.field == "employment":
        template = translate("ImportWords", "%1: %2 is not a known kind of employment")
    else:
        template = translate("ImportWords", "%1: %2 is not one of the options")
    return fill(template, _column(problem), quoted(p.get("value", "")))


def _duplicate_number(problem: Problem, p: Params) -> str:
    also = where_text(p.get("rows", ""), p.get("noun", "row"))
    if p.get("details"):
        template = translate(
            "ImportWords", "Number %1 is in the file more than once with other details (also %2)"
        )
    else:
        template = translate("ImportWords", "Number %1 is in the file more than once (also %2)")
    return fill(template, problem.number, also)


def _guardian_differs(problem: Problem, p: Params) -> str:
    return fill(
        translate(
            "ImportWords",
            "The %1 of guardian %2 differs between %3; it is left as it is",
        ),
        _guardian_part(problem.field),
        p.get("guardian", ""),
        where_text(p.get("rows", ""), p.get("noun", "row")),
    )


def _not_yes_no(problem: Problem, p: Params) -> str:
    if problem.field.startswith("guardian"):
        template = translate(
            "ImportWords", "%1: %2 is not ja or nee; the parental authority is left as it is"
        )
    else:
        template = translate("ImportWords", "%1: %2 is not ja or nee")
    return fill(template, _column(problem), quoted(p.get("value", "")))


def _group_prefix(p: Params) -> str:
    if not p.get("group"):
        return ""
    return fill(translate("ImportWords", "Group %1 is not defined in the file; "), p["group"])


def _class_from_file(problem: Problem, p: Params) -> str:
    code = problem.code
    if code == "historic_without_left_date":
        text = translate(
            "ImportWords",
            "year group H (a student who left) without a leaving date: imported without a "
            "class; enter the leaving date in the app",
        )
    elif code == "year_group_class":
        text = fill(
            translate(
                "ImportWords",
                "no group (stamgroep) in the file: placed in class %1 (year group %2)",
            ),
            p.get("class_name", ""),
            p.get("year_group", ""),
        )
    elif code == "year_group_unknown":
        text = fill(
            translate(
                "ImportWords",
                "year group %1 is not one of the standard's codes: imported without a class",
            ),
            quoted(p.get("year_group", "")),
        )
    else:
        text = translate(
            "ImportWords", "no group and no year group in the file: imported without a class"
        )
    prefix = _group_prefix(p)
    return prefix + text if prefix else text[:1].upper() + text[1:]


def _school_in_row(problem: Problem, p: Params) -> str:
    if problem.code == "school_unknown":
        template = translate("ImportWords", "%1: school %2 is not known (schools: %3)")
    else:
        template = translate("ImportWords", "%1: school %2 fits several schools (schools: %3)")
    schools = listed(p.get("schools", ())) or translate("ImportWords", "none yet")
    return fill(template, _column(problem), quoted(p.get("value", "")), schools)


def _not_found(problem: Problem, p: Params) -> str:
    if p.get("person") == "employee":
        template = translate("ImportWords", "No employee with number %1")
    else:
        template = translate("ImportWords", "No student with number %1")
    return fill(template, p.get("number", problem.number))


def _row_encoding(problem: Problem, p: Params) -> str:
    names = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}
    return fill(
        translate(
            "ImportWords",
            "This row is in %1 while the rest of the file is in %2; it was read as %1: "
            "check its accented letters",
        ),
        names.get(p.get("encoding", ""), p.get("encoding", "")),
        names.get(p.get("file_encoding", ""), p.get("file_encoding", "")),
    )


def _name_use_without_partner(problem: Problem, p: Params) -> str:
    return fill(
        translate(
            "ImportWords",
            "%1: the name use is “%2” but the file has no partner's surname; the own surname "
            "is used",
        ),
        _column(problem),
        status_text.name_use_label(str(p.get("value", ""))),
    )


def _with_column(template: Callable[[], str], *keys: str) -> Callable[[Problem, Params], str]:
    """A wording "%1: ..." with the column as %1 and the params ``keys`` (values in
    quotes) as %2, %3, ...; ``template`` is called when worded (the language may change)."""

    def word(problem: Problem, p: Params) -> str:
        return fill(template(), _column(problem), *(quoted(p.get(key, "")) for key in keys))

    return word


def _plain(template: Callable[[], str], *keys: str) -> Callable[[Problem, Params], str]:
    """A wording with the params ``keys`` as %1, %2, ... as they are."""

    def word(problem: Problem, p: Params) -> str:
        return fill(template(), *(p.get(key, "") for key in keys))

    return word


_PROBLEMS: dict[str, Callable[[Problem, Params], str]] = {
    # the domain's checks of one value (domain.validation)
    v.REQUIRED: _required,
    v.DATE_FORMAT: _with_column(lambda: translate("ImportWords", "%1: %2 is not a date"), "text"),
    v.DATE_INVALID: _with_column(
        lambda: translate("ImportWords", "%1: the date %2 does not exist"), "text"
    ),
    v.DATE_IN_FUTURE: _date_in_future,
    v.AGE_OUT_OF_RANGE: lambda problem, p: fill(
        translate(
            "ImportWords",
            "%1: with this date of birth the student is %2 years old; a student is %3 to %4",
        ),
        _column(problem),
        p.get("age", ""),
        p.get("min", ""),
        p.get("max", ""),
    ),
    v.DATE_ORDER: _date_order,
    v.EMAIL_FORMAT: _not_an_address,
    v.PHONE_FORMAT: _not_an_address,
    v.UNKNOWN_CHOICE: _unknown_choice,
    v.BRIN_FORMAT: _with_column(
        lambda: translate("ImportWords", "%1: not a BRIN number (two digits and two letters)")
    ),
    v.SCHOOL_YEAR_FORMAT: _with_column(
        lambda: translate("ImportWords", "%1: not a school year like 2026-2027")
    ),
    # what cleaning a value did or found (text_hygiene)
    "too_long": lambda problem, p: fill(
        translate("ImportWords", "%1 is longer than %2 characters"),
        _column(problem),
        number(p.get("limit", "")),
    ),
    "hidden_characters": lambda problem, p: fill(
        translate(
            "ImportWords",
            "%1: invisible or control characters (%2) were removed; it reads %3",
        ),
        _column(problem),
        p.get("chars", ""),
        quoted(p.get("now", "")),
    ),
    "number_hidden_characters": lambda problem, p: fill(
        translate(
            "ImportWords",
            "%1: %2 holds invisible or control characters (%3); a number must be plain: "
            "correct it in the source",
        ),
        _column(problem),
        quoted(p.get("value", "")),
        p.get("chars", ""),
    ),
    "number_not_plain": _with_column(
        lambda: translate(
            "ImportWords",
            "%1: %2 is not a plain number (wide digits, ligatures or accents typed apart): "
            "correct it in the source",
        ),
        "value",
    ),
    "mojibake_repaired": _with_column(
        lambda: translate(
            "ImportWords",
            "%1: %2 was garbled by a wrong character encoding before this file was made; "
            "read as %3: check it",
        ),
        "value",
        "now",
    ),
    "mojibake": _with_column(
        lambda: translate(
            "ImportWords",
            "%1: %2 looks garbled (like “Ã«” for “ë”); it is kept as written: check it",
        ),
        "value",
    ),
    "lost_character": _with_column(
        lambda: translate(
            "ImportWords",
            "%1: %2 seems to have lost a letter (a ? where a letter such as ş was); check it",
        ),
        "value",
    ),
    "name_apostrophe": _with_column(
        lambda: translate("ImportWords", "%1: %2 read as %3 (the apostrophe of 't and 's)"),
        "value",
        "now",
    ),
    # reading the file (csvfile)
    "row_encoding": _row_encoding,
    "stray_quote": lambda problem, p: translate(
        "ImportWords",
        'A double quote (") in this row does not close, so the row was read with its quotes '
        "as written: check its values",
    ),
    # students (students, student_match, guardians, edexml)
    "duplicate_number": _duplicate_number,
    "guardian_differs": _guardian_differs,
    "guardian_without_name": _plain(
        lambda: translate("ImportWords", "Guardian %1 has no name and is not imported"),
        "position",
    ),
    "not_yes_no": _not_yes_no,
    "historic_without_left_date": _class_from_file,
    "year_group_class": _class_from_file,
    "year_group_unknown": _class_from_file,
    "no_class": _class_from_file,
    "temporary_number": _plain(
        lambda: translate(
            "ImportWords",
            "Number %1 is temporary (it begins with #) and may change in a later export; the "
            "student is found again by name and date of birth",
        ),
        "number",
    ),
    "matched_by_name": _plain(
        lambda: translate(
            "ImportWords",
            "Found on record as %1 %2 by name only (no date of birth on both sides to compare)",
        ),
        "number",
        "name",
    ),
    "temporary_number_taken": _plain(
        lambda: translate(
            "ImportWords",
            "The temporary number %1 is on record for another student (%2, not in this file "
            "by name and date of birth); give one of them another number in the app",
        ),
        "number",
        "other",
    ),
    "number_taken": _plain(
        lambda: translate(
            "ImportWords",
            "This is %1 %2 on record, whose number would become %3; but %3 is on record for "
            "%4, who is not in this file",
        ),
        "record_number",
        "name",
        "number",
        "holder",
    ),
    "temporary_number_ambiguous": _plain(
        lambda: translate(
            "ImportWords",
            "%1 students match %2 by name and date of birth: not matched to a student on "
            "record; check the numbers in the app",
        ),
        "count",
        "name",
    ),
    "birth_date_missing": lambda problem, p: fill(
        translate(
            "ImportWords",
            "%1 is empty: imported without a date of birth (the student is on the worklist "
            "“Date of birth missing” until it is entered)",
        ),
        _column(problem),
    ),
    "left_but_listed": lambda problem, p: fill(
        translate(
            "ImportWords",
            "%1 %2 left on %3 but is in this file; change it in the app if they are back",
        ),
        p.get("number", problem.number),
        p.get("name", ""),
        shown_date(p.get("date", "")),
    ),
    # employees
    "name_use_unknown": _with_column(
        lambda: translate("ImportWords", "%1: %2 is not a known name use; the own surname is used"),
        "value",
    ),
    "name_use_without_partner": _name_use_without_partner,
    "school_unknown": _school_in_row,
    "school_ambiguous": _school_in_row,
    # a consent register
    "unknown_role": _with_column(
        lambda: translate("ImportWords", "%1: %2 is not ouder, leerling or medewerker"), "value"
    ),
    "no_answers": lambda problem, p: translate("ImportWords", "The row has no ja/nee answers"),
    "date_before_birth": lambda problem, p: fill(
        translate("ImportWords", "%1: %2 is before the date of birth of %3"),
        _column(problem),
        shown_date(p.get("date", "")),
        p.get("name", ""),
    ),
    "duplicate_row": lambda problem, p: fill(
        translate("ImportWords", "The same statement as %1; it is added once"),
        where_text(p.get("other", ""), p.get("noun", "row")),
    ),
    "role_needed": lambda problem, p: fill(
        translate("ImportWords", "%1 is empty: fill in ouder, leerling or medewerker"),
        _column(problem),
    ),
    "not_found": _not_found,
    "ambiguous": lambda problem, p: fill(
        translate(
            "ImportWords",
            "Number %1 is used at several schools (%2): add a school column or choose the school",
        ),
        p.get("number", problem.number),
        listed(p.get("schools", ())),
    ),
    "wrong_signer": lambda problem, p: fill(
        translate("ImportWords", "%1: %2 is not the name of %3"),
        _column(problem),
        quoted(p.get("value", "")),
        p.get("name", ""),
    ),
    "which_guardian": lambda problem, p: fill(
        translate("ImportWords", "%1 fits several guardians (%2)"),
        quoted(p.get("value", "")),
        listed(p.get("names", ())),
    ),
    "no_authority": _plain(
        lambda: translate(
            "ImportWords",
            "%1 has no parental authority for %2: the statement is kept but does not count",
        ),
        "name",
        "student",
    ),
}


# -- notices and what will be created ----------------------------------------------------------

_LEFT_OUT_WORDS: dict[str, Callable[[], str]] = {
    "bsn_last_digits": lambda: translate("ImportWords", "last digits of the BSN"),
    "first_names": lambda: translate("ImportWords", "given names"),
    "initials": lambda: translate("ImportWords", "initials"),
    "gender": lambda: translate("ImportWords", "gender"),
    "country_of_birth": lambda: translate("ImportWords", "country of birth"),
    "parents_country_of_birth": lambda: translate("ImportWords", "parents' country of birth"),
    "ethnicity": lambda: translate("ImportWords", "ethnicity"),
    "student_weight": lambda: translate("ImportWords", "student weight"),
    "postal_code": lambda: translate("ImportWords", "postal code"),
    "email": lambda: translate("ImportWords", "e-mail address"),
    "user_name": lambda: translate("ImportWords", "user name"),
    "photo_address": lambda: translate("ImportWords", "photo address"),
    "start_group_3": lambda: translate("ImportWords", "start of group 3"),
    "location": lambda: translate("ImportWords", "location"),
    "supplier_additions": lambda: translate("ImportWords", "supplier additions"),
}
# Names that read the same in every language.
_LEFT_OUT_NAMES = {
    "bsn": "BSN",
    "onderwijsnummer": "onderwijsnummer",
    "rijksregisternummer": "rijksregisternummer",
    "eckid": "ECK-iD",
}


def left_out_label(kind: str) -> str:
    """A kind of data an EDEXML import leaves out (``edexml.LEFT_OUT_KINDS``)."""
    word = _LEFT_OUT_WORDS.get(kind)
    return word() if word is not None else _LEFT_OUT_NAMES.get(kind, kind)


def _left_out(p: Params) -> str:
    parts = [f"{left_out_label(kind)} ({number(count)})" for kind, count in p.get("kinds", ())]
    if p.get("other"):
        parts.append(fill(translate("ImportWords", "other elements: %1"), counted(p["other"])))
    if p.get("whose") == "teachers":
        template = translate(
            "ImportWords", "Left out of the teachers (the app does not need it): %1"
        )
    else:
        template = translate(
            "ImportWords", "Left out of the students (the app does not need it): %1"
        )
    return fill(template, ", ".join(parts))


def _read_as(p: Params) -> str:
    if p.get("flemish"):
        return fill(translate("ImportWords", "Read as %1 (Flemish)"), p.get("standard", ""))
    return fill(translate("ImportWords", "Read as %1"), p.get("standard", ""))


def _dossiers(p: Params) -> str:
    return listed(p.get("dossiers", ()), p.get("more", 0))


_NOTICES: dict[str, Callable[[Params], str]] = {
    "header_below_title": lambda p: fill(
        translate("ImportWords", "The rows above the header (row %1) were skipped"),
        p.get("row", ""),
    ),
    "unnamed_values": lambda p: translate(
        "ImportWords", "Values in columns without a header were ignored"
    ),
    "formulas": lambda p: fill(
        translate("ImportWords", "Cells with formulas: %1; their saved results were used"),
        number(p.get("count", "")),
    ),
    "read_as_cp1252": lambda p: translate(
        "ImportWords", "The file is not UTF-8 as it says: it was read as Windows-1252"
    ),
    "read_as": _read_as,
    "left_out": _left_out,
    "composite_teachers": lambda p: fill(
        translate(
            "ImportWords",
            "Teachers of composite groups are not linked to a class (a composite group is not "
            "a class in Korre): %1",
        ),
        counted(p.get("groups", ())),
    ),
    "teacher_groups_unknown": lambda p: fill(
        translate("ImportWords", "Teachers refer to groups the file does not define: %1"),
        listed(p.get("groups", ())),
    ),
    "persons_without_appointments": lambda p: fill(
        translate(
            "ImportWords",
            "Staff without appointments in %1: %2 (dossiers %3); no function, employment or "
            "dates from there",
        ),
        p.get("appointments", ""),
        number(p.get("count", "")),
        _dossiers(p),
    ),
    "appointments_without_person": lambda p: fill(
        translate(
            "ImportWords",
            "Appointments in %1 without a person in %2: %3 (dossiers %4); not imported",
        ),
        p.get("appointments", ""),
        p.get("persons", ""),
        number(p.get("count", "")),
        _dossiers(p),
    ),
    "number_column_numeric": lambda p: fill(
        translate(
            "ImportWords",
            "Column %1 holds numbers, not text, in the workbook: leading zeros may have been "
            "lost there (format the column as text)",
        ),
        p.get("column", ""),
    ),
    "employment_unknown": lambda p: fill(
        translate(
            "ImportWords",
            "New staff without an employment type in the file: %1; recorded as unknown",
        ),
        number(p.get("count", "")),
    ),
    "start_date_unknown": lambda p: fill(
        translate(
            "ImportWords",
            "New staff without a start date in the file: %1; recorded as unknown (not overdue "
            "for the protocol until it is known)",
        ),
        number(p.get("count", "")),
    ),
    "employee_dossiers": lambda p: fill(
        translate(
            "ImportWords",
            "Employee %1 is in the file more than once with other dates (%2): the current one "
            "(%3) is used",
        ),
        p.get("number", ""),
        where_text(p.get("rows", ""), p.get("noun", "row")),
        where_text(p.get("row", ""), p.get("noun", "row")),
    ),
    "teacher_by_email": lambda p: fill(
        translate("ImportWords", "Teacher %1 %2 is %3 on record (the same e-mail address)"),
        p.get("number", ""),
        p.get("name", ""),
        p.get("staff_number", ""),
    ),
    "no_birth_dates": lambda p: fill(
        translate(
            "ImportWords",
            "The file has no date of birth: new students imported without one: %1 (they are "
            "on the worklist “Date of birth missing”)",
        ),
        number(p.get("count", "")),
    ),
    "composite_group": lambda p: fill(
        translate(
            "ImportWords",
            "Composite group %1 (students: %2) is not imported as a class: a student has one "
            "class per school year in Korre",
        ),
        p.get("name", ""),
        number(p.get("count", "")),
    ),
}


def notice_text(notice: Notice | str) -> str:
    """A notice of a plan or table (``Notice``); one from another file says which."""
    code = getattr(notice, "code", "")
    params: Params = getattr(notice, "params", {})
    wording = _NOTICES.get(code)
    if wording is None:
        text = fill(
            translate("ImportWords", "A remark about the file the app cannot describe (code %1)"),
            code or "?",
        )
    else:
        text = wording(params)
    if params.get("file"):
        return f"{params['file']}: {text}"
    return text


_CREATED: dict[str, Callable[[Params], str]] = {
    "school_year": lambda p: fill(translate("ImportWords", "school year %1"), p.get("year", "")),
    "class": lambda p: fill(
        translate("ImportWords", "class %1 (%2)"), p.get("name", ""), p.get("year", "")
    ),
    "guardian": lambda p: fill(
        translate("ImportWords", "guardian %1 of %2 (%3), with parental authority"),
        p.get("name", ""),
        p.get("student", ""),
        p.get("number", ""),
    ),
}


def created_text(item: Notice | str) -> str:
    """Something applying the plan creates (``plan.created``)."""
    code = getattr(item, "code", "")
    wording = _CREATED.get(code)
    if wording is None:
        return fill(
            translate("ImportWords", "a record the app cannot describe (code %1)"), code or "?"
        )
    return wording(getattr(item, "params", {}))


# -- changes and entries ----------------------------------------------------------------------

_DATE_FIELDS = frozenset({"birth_date", "enrolled_date", "left_date", "start_date", "end_date"})


def change_field_label(name: str) -> str:
    """A field of a ``Change``: the import's fields, and "student_number", "employment_type",
    "teacher of class", "guardian 1" and "guardian 1 email" and the like."""
    if name.startswith("guardian ") and name[len("guardian ") :][:1].isdigit():
        position, _, part = name[len("guardian ") :].partition(" ")
        if not part:
            return fill(translate("ImportWords", "Guardian %1"), position)
        return fill(translate("ImportWizard", "Guardian %1: %2"), position, _guardian_part(part))
    labels = {
        "student_number": translate("ImportWords", "Student number"),
        "staff_number": translate("ImportWords", "Staff number"),
        "employment_type": translate("ImportWizard", "Employment"),
        "naamgebruik": translate("ImportWords", "Name use"),
        "teacher of class": translate("ImportWords", "Teacher of class"),
    }
    return labels.get(name) or field_label(name)


def change_value(name: str, value: Any) -> str:
    if value is None or value == "":
        return translate("ImportWords", "(empty)")
    if name in _DATE_FIELDS:
        return shown_date(value)
    if name == "employment_type":
        return status_text.employment_label(str(value))
    if name == "naamgebruik":
        return status_text.name_use_label(str(value))
    if name.endswith("parental_authority"):
        return translate("ImportWords", "yes") if int(value) else translate("ImportWords", "no")
    return str(value)


def change_text(change: Change) -> str:
    """ "Geboortedatum: 14-03-2019 → 15-03-2019"."""
    after = change_value(change.field, change.after)
    if change.note == "new":
        after += " " + translate("ImportWords", "(new)")
    elif change.note == "on_record":
        after += " " + translate("ImportWords", "(already on record)")
    before = change_value(change.field, change.before)
    return f"{change_field_label(change.field)}: {before} → {after}"


def entry_name(entry: Entry) -> str:
    """Who a line of the report is about; a consent statement says who signed it when."""
    p = entry.params
    if "signer" in p:
        return fill(
            translate("ImportWords", "%1, signed by %2 on %3"),
            p.get("person", ""),
            p["signer"],
            shown_date(p.get("date", "")),
        )
    return entry.name


# -- failures --------------------------------------------------------------------------------


def failure_text(error: ImportFailure) -> str:
    """Why a file cannot be read or an import cannot start or be applied; with its row."""
    wording = _FAILURES.get(error.code)
    p: Params = error.params
    if wording is None:
        text = fill(
            translate(
                "ImportWords",
                "The import cannot go on: a problem the app cannot describe (code %1).",
            ),
            error.code,
        )
    else:
        text = wording(p)
    if error.row is None or error.code in ("far_value", "rows_with_errors"):
        return text
    if error.code in ("damaged", "unsafe_xml"):
        where = fill(translate("ImportWords", "Line %1"), error.row)
    else:
        where = fill(translate("ImportWords", "Row %1"), error.row)
    return f"{where}: {text}"


def _too_large(p: Params) -> str:
    if "megabytes" in p:
        return fill(
            translate("ImportWords", "The file is %1 MB; at most %2 MB can be imported."),
            number(p["megabytes"]),
            number(p.get("max_megabytes", "")),
        )
    if "max_megabytes" in p:
        return fill(
            translate("ImportWords", "The file is larger than %1 MB: too large to import."),
            number(p["max_megabytes"]),
        )
    return translate("ImportWords", "A row of the worksheet is too large.")


def _csv_structure(p: Params) -> str:
    if p.get("swallowed"):
        return fill(
            translate(
                "ImportWords",
                'A double quote (") on this row does not close: the next rows (%1) were read '
                "as part of its value. Correct the quote in the file.",
            ),
            number(p["swallowed"]),
        )
    if p.get("ends_in_quotes"):
        return translate(
            "ImportWords",
            'The file ends inside a value between double quotes ("): a quote does not close.',
        )
    return translate("ImportWords", "This line cannot be read as CSV.")


def _delimiter(text: str) -> str:
    return translate("ImportWords", "a tab") if text == "\t" else f"‘{text}’"


def _row_width(p: Params) -> str:
    text = fill(
        translate("ImportWords", "The row has %1 values where the header has %2."),
        number(p.get("values", "")),
        number(p.get("width", "")),
    )
    if p.get("row_delimiter"):
        text += " " + fill(
            translate(
                "ImportWords",
                "This row seems separated by %1 while the header uses %2 (mixed separators).",
            ),
            _delimiter(p["row_delimiter"]),
            _delimiter(p.get("delimiter", "")),
        )
    elif p.get("unquoted"):
        text += " " + fill(
            translate("ImportWords", "A value may contain %1 without quotes around it."),
            _delimiter(p.get("delimiter", "")),
        )
    return text


def _too_many_columns(p: Params) -> str:
    if "columns" in p:
        return fill(
            translate("ImportWords", "The header has %1 columns; at most %2 can be imported."),
            number(p["columns"]),
            number(p.get("max_columns", "")),
        )
    return fill(
        translate("ImportWords", "Values reach column %1; at most %2 columns can be imported."),
        p.get("column", ""),
        number(p.get("max_columns", "")),
    )


def _mapping_file(p: Params) -> str:
    if p.get("missing"):
        return fill(
            translate("ImportWords", "The mapping file %1 was not found."), p.get("path", "")
        )
    if "line" in p:
        return fill(
            translate("ImportWords", "The mapping file is not valid JSON (line %1)."), p["line"]
        )
    return fill(translate("ImportWords", "The mapping file %1 cannot be read."), p.get("path", ""))


def _missing_fields(p: Params) -> str:
    or_word = " " + translate("ImportWizard", "or") + " "
    return ", ".join(
        or_word.join(field_label(name) for name in str(item).split(" or "))
        for item in p.get("missing", ())
    )


def _rows_with_errors(p: Params) -> str:
    first = p.get("first")
    text = fill(
        translate("ImportWords", "Rows with errors: %1. Nothing was imported."),
        number(p.get("errors", "")),
    )
    if isinstance(first, Problem):
        text += " " + fill(
            translate("ImportWords", "The first, %1: %2."),
            where_text(first.row, p.get("noun", "row")),
            problem_text(first),
        )
    return text


def _school_year_format(p: Params) -> str:
    if p.get("in_file"):
        template = translate(
            "ImportWords", "The file's school year %1 is not a school year like 2026-2027."
        )
    else:
        template = translate("ImportWords", "%1 is not a school year like 2026-2027.")
    return fill(template, quoted(p.get("value", "")))


def _schools(p: Params) -> str:
    return listed(p.get("schools", ())) or translate("ImportWords", "none yet")


_FAILURES: dict[str, Callable[[Params], str]] = {
    # the file (reading, csvfile, xlsxfile, edexml_xml)
    "not_a_file": lambda p: fill(
        translate("ImportWords", "%1 is a folder, not a file."), p.get("path", "")
    ),
    "not_found": lambda p: fill(
        translate("ImportWords", "The file %1 was not found."), p.get("path", "")
    ),
    "too_large": _too_large,
    "locked": lambda p: fill(
        translate(
            "ImportWords",
            "%1 cannot be opened: it is open in another program (close it in Excel), or you "
            "may not read it.",
        ),
        p.get("name", ""),
    ),
    "unreadable": lambda p: fill(translate("ImportWords", "%1 cannot be read."), p.get("name", "")),
    "empty": lambda p: translate("ImportWords", "The file is empty."),
    "damaged": lambda p: translate("ImportWords", "The file is damaged and cannot be read."),
    "old_excel": lambda p: translate(
        "ImportWords",
        "This is an old Excel file (.xls) or a workbook with a password: save it as .xlsx or "
        "CSV without a password.",
    ),
    "pdf": lambda p: translate(
        "ImportWords", "This is a PDF, not a table: export the data as CSV or Excel (XLSX)."
    ),
    "not_edexml": lambda p: translate(
        "ImportWords", "This XML file is not an EDEXML export of students."
    ),
    "unsafe_xml": lambda p: translate(
        "ImportWords", "This XML file is refused: it holds parts that are not safe to read."
    ),
    "uwlr_fault": lambda p: fill(
        translate(
            "ImportWords", "This is an error message of a UWLR service, not student data: %1"
        ),
        p.get("reason") or translate("ImportWords", "no reason given"),
    ),
    "cell_too_long": lambda p: fill(
        translate("ImportWords", "Column %1 holds %2 characters; at most %3 can be imported."),
        p.get("column", ""),
        number(p.get("chars", "")),
        number(p.get("max_chars", "")),
    ),
    "too_many_columns": _too_many_columns,
    "one_column": lambda p: (
        translate(
            "ImportWords",
            "The header row has only one column: is the column separator ; , or tab?",
        )
        if p.get("csv")
        else translate("ImportWords", "The header row has only one column.")
    ),
    "too_many_rows": lambda p: fill(
        translate("ImportWords", "The file has more than %1 rows of data: too many to import."),
        number(p.get("max_rows", "")),
    ),
    "header_only": lambda p: translate(
        "ImportWords", "The file has a header row but no data rows."
    ),
    "row_width": _row_width,
    "encoding": lambda p: fill(
        translate(
            "ImportWords",
            "Byte 0x%1 is not text in UTF-8 or Windows-1252: save the file as CSV UTF-8 and try "
            "again.",
        ),
        p.get("byte", "?"),
    ),
    "binary": lambda p: translate(
        "ImportWords", "The file holds a NUL byte: it is not a CSV text file."
    ),
    "csv_structure": _csv_structure,
    "zip_bomb": lambda p: translate(
        "ImportWords", "The workbook would unpack far too large: it is refused."
    ),
    "encrypted": lambda p: translate(
        "ImportWords", "The workbook is protected with a password: save it without one."
    ),
    "not_xlsx": lambda p: translate(
        "ImportWords", "This zip file is not an Excel workbook (.xlsx)."
    ),
    "no_sheet": lambda p: translate(
        "ImportWords", "The workbook has no visible worksheet with data."
    ),
    "far_value": lambda p: fill(
        translate(
            "ImportWords",
            "A value lies far below the table, in row %1: delete the empty rows above it, or "
            "that value, and save again.",
        ),
        number(p.get("row", "")),
    ),
    "too_many_cells": lambda p: fill(
        translate(
            "ImportWords", "The worksheet's used range has %1 cells; at most %2 can be imported."
        ),
        number(p.get("cells", "")),
        number(p.get("max_cells", "")),
    ),
    "formula": lambda p: fill(
        translate(
            "ImportWords",
            "Cell %1 holds a formula whose result is not saved in the file: open it in Excel "
            "and save it, or replace the formulas by their values.",
        ),
        p.get("cell", ""),
    ),
    "error_value": lambda p: fill(
        translate("ImportWords", "Cell %1 holds the Excel error %2."),
        p.get("cell", ""),
        p.get("value", ""),
    ),
    # two HR files (hr_join)
    "hr_files_swapped": lambda p: fill(
        translate(
            "ImportWords",
            "%1 holds the appointments and %2 the persons: choose the persons file first, then "
            "the appointments.",
        ),
        p.get("persons", ""),
        p.get("appointments", ""),
    ),
    "hr_not_persons": lambda p: fill(
        translate(
            "ImportWords",
            "%1 holds appointments, not persons: choose the persons file first, then the "
            "appointments.",
        ),
        p.get("file", ""),
    ),
    "hr_not_appointments": lambda p: fill(
        translate(
            "ImportWords",
            "%1 holds persons, not appointments: the second file is the appointments file "
            "(Aanstellingen).",
        ),
        p.get("file", ""),
    ),
    "join_column_missing": lambda p: fill(
        translate(
            "ImportWords",
            "%1 has no column [Dossiernummer] or [Dossiernummer_2] to join the appointments on.",
        )
        if p.get("of") == "persons"
        else translate("ImportWords", "%1 has no column [Dossiernummer] to join the persons on."),
        p.get("file", ""),
    ),
    # the school, the school year and the columns (context, mapping, plan, consents)
    "school_unknown": lambda p: fill(
        translate("ImportWords", "There is no school %1 (schools: %2); add it in the app first."),
        quoted(p.get("school", "")),
        _schools(p),
    ),
    "school_brin_unknown": lambda p: fill(
        translate(
            "ImportWords",
            "No school has BRIN number %1 (schools: %2): choose the school, or add the BRIN "
            "number to the school in the app.",
        ),
        p.get("brin", ""),
        _schools(p),
    ),
    "no_schools": lambda p: translate(
        "ImportWords", "There are no schools yet: add the school in the app first."
    ),
    "school_needed": lambda p: fill(
        translate("ImportWords", "Choose the school (schools: %1)."), _schools(p)
    ),
    "school_ambiguous": lambda p: fill(
        translate("ImportWords", "Several schools fit (%1): choose one."), _schools(p)
    ),
    "school_year_format": _school_year_format,
    "school_year_conflict": lambda p: fill(
        translate("ImportWords", "The file is for school year %1, not %2."),
        p.get("file_year", ""),
        p.get("year", ""),
    ),
    "kind": lambda p: fill(
        translate("ImportWords", "Unknown kind of import: %1."), p.get("kind", "")
    ),
    "mapping_kind": lambda p: fill(
        translate("ImportWords", "The columns chosen are for %1, not for %2."),
        kind_label(str(p.get("mapping_kind", ""))),
        kind_label(str(p.get("kind", ""))),
    ),
    "mapping_format": lambda p: translate(
        "ImportWords", "The mapping file must be a JSON object of field: column."
    ),
    "mapping_field": lambda p: fill(
        translate("ImportWords", "The mapping names a field that does not exist here: %1."),
        p.get("field", ""),
    ),
    "mapping_column": lambda p: fill(
        translate("ImportWords", "The mapping's column %1 for %2 is not in the file."),
        quoted(p.get("column", "")),
        field_label(str(p.get("field", ""))),
    ),
    "mapping_file": _mapping_file,
    "mapping_incomplete": lambda p: fill(
        translate("ImportWords", "No column was found for: %1."), _missing_fields(p)
    ),
    "not_a_register": lambda p: translate(
        "ImportWords", "An EDEXML file holds students and teachers, no consent register."
    ),
    "item_not_on_form": lambda p: fill(
        translate("ImportWords", "Not on the current consent form (%1): %2."),
        p.get("form", ""),
        ", ".join(field_label(str(item), p.get("labels")) for item in p.get("items", ())),
    ),
    # applying (apply)
    "rows_with_errors": _rows_with_errors,
    "mark_left_students_only": lambda p: translate(
        "ImportWords", "Only students missing from a file can be marked as left."
    ),
    "left_too_early": lambda p: fill(
        translate(
            "ImportWords",
            "%1 %2 cannot leave on %3: that is before %4. Nothing was imported.",
        ),
        p.get("number", ""),
        p.get("name", ""),
        shown_date(p.get("date", "")),
        shown_date(p.get("earliest", "")),
    ),
    "stale": lambda p: translate(
        "ImportWords",
        "Records this import would add or change were changed meanwhile (on another computer,"
        " by another import or a scan). Nothing was imported: run it again.",
    ),
}


def worded_codes() -> dict[str, frozenset[str]]:
    """The codes worded here, by kind of report (for the test that every code is)."""
    return {
        "problem": frozenset(_PROBLEMS),
        "notice": frozenset(_NOTICES),
        "created": frozenset(_CREATED),
        "failure": frozenset(_FAILURES),
    }
