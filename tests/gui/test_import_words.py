"""Every code the import services can report has a Dutch wording (``gui.import_words``),
and the wordings read as they should: dates as 14-03-2019, the column named, no English.

The codes are collected from the source of ``services/importing``: the string literal at
each site that makes a problem (``Problem``, ``_problem``, ``reader.error`` /
``reader.warning``, ``Note``, ``MatchNote``, ``_class_warning``), a notice or created item
(``Notice``; in ``plan.created.append`` it is a created item), or a failure
(``ImportFileError``, ``ImportSetupError``, ``ImportBlockedError``, ``StalePlanError``),
plus the domain's codes of one value (``reader.add`` reports those). A site whose code is
not a literal must be one of the known places that pass a code on (``PASSED_ON``).
"""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from korre_desktop.domain import validation as v
from korre_desktop.gui import import_words as words
from korre_desktop.services import importing as imp
from korre_desktop.services.importing.report import Change, Entry, Notice, Problem

PACKAGE = Path(imp.__file__).parent
FAILURES = {"ImportFileError", "ImportSetupError", "ImportBlockedError", "StalePlanError"}
# (function, argument index of the code, kind) of the sites that make a report
SITES = {
    "Problem": (1, "problem"),
    "_problem": (1, "problem"),
    "error": (1, "problem"),
    "warning": (1, "problem"),
    "Note": (0, "problem"),
    "MatchNote": (0, "problem"),
    "_class_warning": (0, "problem"),
    "Notice": (1, "notice"),
    **{name: (0, "failure") for name in FAILURES},
}
# Sites that pass on a code made elsewhere (the code is checked where it is made).
PASSED_ON = {
    ("report.py", "code"),  # Notice unpickled
    ("hr_join.py", "notice.code"),  # an appointments file's notice, with its file
    ("rows.py", "code"),  # RowReader.error
    ("rows.py", "problem.code"),  # RowReader.add: the domain's codes
    ("rows.py", "note.code"),  # text_hygiene's notes
    ("students.py", "code"),  # EDEXML's class warnings; _problem
    ("students.py", "problem.code"),  # the domain's birth-date checks
    ("students.py", "note.code"),  # student_match's notes
}
# The domain's checks of one value (reported through RowReader.add).
DOMAIN_CODES = {
    v.REQUIRED, v.DATE_FORMAT, v.DATE_INVALID, v.DATE_ORDER, v.DATE_IN_FUTURE,
    v.AGE_OUT_OF_RANGE, v.UNKNOWN_CHOICE, v.EMAIL_FORMAT, v.PHONE_FORMAT, v.BRIN_FORMAT,
    v.SCHOOL_YEAR_FORMAT,
}  # fmt: skip


def _literal(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "v":
        return [getattr(v, node.attr)]  # domain.validation's constants
    if isinstance(node, ast.IfExp):
        body, orelse = _literal(node.body), _literal(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


def collect_codes() -> tuple[dict[str, set[str]], set[tuple[str, str]]]:
    """The codes of the importing package by kind, and the sites that pass one on."""
    found: dict[str, set[str]] = {"problem": set(DOMAIN_CODES), "notice": set(),
                                  "created": set(), "failure": set()}  # fmt: skip
    passed_on: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        created = {
            id(argument)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "created"
            for argument in node.args
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in SITES or (name in ("error", "warning") and len(node.args) < 2):
                continue
            index, kind = SITES[name]
            if kind == "notice" and id(node) in created:
                kind = "created"
            argument = node.args[index] if len(node.args) > index else None
            codes = _literal(argument) if argument is not None else None
            if codes is None:
                passed_on.add((path.name, ast.unparse(argument) if argument else "?"))
            else:
                found[kind].update(codes)
    return found, passed_on


CODES, PASSED = collect_codes()
ALL = sorted((kind, code) for kind, codes in CODES.items() for code in codes)


def test_the_scan_finds_the_codes_and_only_known_sites_pass_one_on():
    assert PASSED == PASSED_ON
    assert {"duplicate_number", "stray_quote", "hidden_characters", "year_group_class",
            "temporary_number_taken", v.DATE_INVALID} <= CODES["problem"]  # fmt: skip
    assert {"left_out", "header_below_title", "persons_without_appointments"} <= CODES["notice"]
    assert CODES["created"] == {"school_year", "class", "guardian"}
    assert {"empty", "pdf", "stale", "rows_with_errors", "school_year_format"} <= CODES["failure"]
    assert len(ALL) >= 110


class Recorder:
    """Stands in for ``translate``: what was asked of the ImportWords context, and got."""

    def __init__(self, translate) -> None:
        self.translate = translate
        self.calls: list[tuple[str, str]] = []

    def __call__(self, context: str, source: str, *args):
        text = self.translate(context, source, *args)
        if context == "ImportWords":
            self.calls.append((source, text))
        return text


def _worded(kind: str, code: str) -> str:
    english = "ENGLISH MESSAGE"
    if kind == "problem":
        return words.problem_text(Problem(3, code, english))
    if kind == "notice":
        return words.notice_text(Notice(english, code))
    if kind == "created":
        return words.created_text(Notice(english, code))
    return words.failure_text(imp.ImportFileError(code, english))


@pytest.mark.parametrize(("kind", "code"), ALL, ids=[f"{k}:{c}" for k, c in ALL])
def test_every_code_has_a_dutch_wording(dutch, monkeypatch, kind, code):
    assert code in words.worded_codes()[kind], f"no wording for the {kind} code {code!r}"
    recorder = Recorder(words.translate)
    monkeypatch.setattr(words, "translate", recorder)
    text = _worded(kind, code)  # without params: a wording never needs one to exist
    assert "ENGLISH" not in text
    assert code not in text  # the general sentence names the code; a wording does not
    assert recorder.calls, "worded without translate()"
    untranslated = [source for source, got in recorder.calls if got == source]
    assert not untranslated, f"no Dutch for {untranslated}"


def test_a_code_without_a_wording_gets_a_general_sentence(dutch):
    english = "something in English"
    assert words.problem_text(Problem(3, "new_code", english, params={"column": "Klas"})) == (
        "Klas: een probleem dat de app niet kan omschrijven (code new_code)"
    )
    assert words.notice_text(Notice(english, "new_code")) == (
        "Een opmerking over het bestand die de app niet kan omschrijven (code new_code)"
    )
    assert words.notice_text(english) == (
        "Een opmerking over het bestand die de app niet kan omschrijven (code ?)"
    )
    assert "code new_code" in words.created_text(Notice(english, "new_code"))
    failure = words.failure_text(imp.ImportSetupError("new_code", english, row=4))
    assert failure == (
        "Rij 4: Het importeren kan niet verder: een probleem dat de app niet kan omschrijven"
        " (code new_code)."
    )


def test_problems_name_the_column_and_show_dates_the_dutch_way(dutch):
    problem = Problem(3, v.DATE_INVALID, "x", params={"text": "31-02-2019", "column": "Geb.datum"})
    assert words.problem_text(problem) == "Geb.datum: de datum “31-02-2019” bestaat niet"
    order = Problem(4, v.DATE_ORDER, "x", field="left_date",
                    params={"earliest": "2019-03-14", "column": "Uitschrijfdatum"})  # fmt: skip
    assert words.problem_text(order) == "Uitschrijfdatum: de datum ligt vóór 14-03-2019"
    ended = Problem(5, v.DATE_ORDER, "x", params={"end": "2026-07-31", "start": "2026-08-01"})
    assert words.problem_text(ended) == "De einddatum 31-07-2026 ligt vóór de begindatum 01-08-2026"
    email = Problem(6, v.EMAIL_FORMAT, "x", "warning", "guardian1_email", params={"value": "ilse@"})
    assert words.problem_text(email) == (
        "Ouder/verzorger 1: e-mail: “ilse@” is geen e-mailadres; het wordt niet overgenomen"
    )
    duplicate = Problem(2, "duplicate_number", "x", number="004512",
                        params={"rows": "5, 7", "noun": "row"})  # fmt: skip
    assert words.problem_text(duplicate) == (
        "Nummer 004512 staat meer dan eens in het bestand (ook rijen 5, 7)"
    )
    assert words.where_text(3, "leerling") == "leerling 3"
    assert words.where_text(None) == "het bestand"


def test_changes_are_worded_with_labels_and_dutch_values(dutch):
    assert words.change_text(Change("birth_date", "2019-03-14", "2019-03-15")) == (
        "Geboortedatum: 14-03-2019 → 15-03-2019"
    )
    assert words.change_text(Change("class", "Groep 4", "Groep 5")) == "Klas: Groep 4 → Groep 5"
    assert words.change_text(Change("student_number", "#1", "1234")) == (
        "Leerlingnummer: #1 → 1234"
    )
    assert words.change_text(Change("left_date", None, "2027-02-26")) == (
        "Vertrokken op: (leeg) → 26-02-2027"
    )
    assert words.change_text(Change("guardian 1 email", "a@x.nl", "b@x.nl")) == (
        "Ouder/verzorger 1: e-mail: a@x.nl → b@x.nl"
    )
    assert words.change_text(Change("guardian 1 parental_authority", 1, 0)) == (
        "Ouder/verzorger 1: ouderlijk gezag: ja → nee"
    )
    assert words.change_text(Change("guardian 2", None, "Ilse Meer", "new")) == (
        "Ouder/verzorger 2: (leeg) → Ilse Meer (nieuw)"
    )
    assert words.change_text(Change("guardian 1", None, "Eva Dijk", "on_record")) == (
        "Ouder/verzorger 1: (leeg) → Eva Dijk (al geregistreerd)"
    )
    assert words.change_text(Change("teacher of class", None, "Groep 5")) == (
        "Leerkracht van klas: (leeg) → Groep 5"
    )
    assert words.change_text(Change("employment_type", "unknown", "permanent")).startswith(
        "Dienstverband: "
    )
    assert "unknown" not in words.change_text(Change("employment_type", "unknown", "permanent"))
    said = {"person": "Zoë Meer", "signer": "Piet Meer", "date": "2026-09-01"}
    statement = Entry(
        "new", 2, "004512", "Zoë Meer, signed by Piet Meer on 2026-09-01", params=said
    )
    assert words.entry_name(statement) == "Zoë Meer, ondertekend door Piet Meer op 01-09-2026"


def test_notices_of_another_file_say_which(dutch):
    notice = Notice("Aanstellingen.csv: rows above ...", "header_below_title", row=3,
                    file="Aanstellingen.csv")  # fmt: skip
    assert words.notice_text(notice) == (
        "Aanstellingen.csv: De rijen boven de kolomnamen (rij 3) zijn overgeslagen"
    )
    left_out = Notice("left out ...", "left_out", whose="students",
                      kinds=[("bsn", 5), ("postal_code", 24)], other=[("sexe", 2)])  # fmt: skip
    assert words.notice_text(left_out) == (
        "Niet overgenomen van de leerlingen (de app heeft het niet nodig): BSN (5),"
        " postcode (24), andere elementen: sexe (2)"
    )


def test_failures_keep_their_row_and_params(dutch):
    error = imp.ImportFileError("row_width", "x", row=7, values=3, width=5, delimiter=";",
                                row_delimiter=",")  # fmt: skip
    assert words.failure_text(error) == (
        "Rij 7: De rij heeft 3 waarden, de kolomnamen zijn er 5. Deze rij lijkt gescheiden"
        " door ‘,’, de kolomnamen door ‘;’ (gemengde scheidingstekens)."
    )
    first = Problem(3, v.REQUIRED, "x", params={"column": "Achternaam"})
    blocked = imp.ImportBlockedError("rows_with_errors", "x", errors=2, noun="row", first=first)
    assert words.failure_text(blocked) == (
        "Rijen met fouten: 2. Er is niets geïmporteerd. De eerste, rij 3: Achternaam is leeg."
    )


def test_item_fields_are_named_by_the_versions_labels(dutch):
    labels = {"pers": "Krant en lokale media"}
    assert words.field_label("film_pers", labels) == "Film: Krant en lokale media"
    assert words.field_label("foto_pers") == "Foto: pers"  # without the versions: the code
    error = imp.ImportSetupError(
        "item_not_on_form", "x", items=["foto_pers", "geluid_pers"], form="2027",
        labels=labels,
    )  # fmt: skip
    assert words.failure_text(error) == (
        "Niet op het huidige toestemmingsformulier (2027): Foto: Krant en lokale media,"
        " Geluid: Krant en lokale media."
    )


def test_the_english_window_shows_the_english_source_texts(qapp, dutch):
    for translator in dutch:
        qapp.removeTranslator(translator)
    try:
        problem = Problem(3, v.DATE_INVALID, "x", params={"text": "31-02-2019", "column": "Geb"})
        assert words.problem_text(problem) == "Geb: the date “31-02-2019” does not exist"
        assert words.failure_text(imp.ImportFileError("empty", "x")) == "The file is empty."
    finally:
        for translator in dutch:
            qapp.installTranslator(translator)
    assert words.failure_text(imp.ImportFileError("empty", "x")) == "Het bestand is leeg."


def test_a_notice_is_the_plain_english_string_with_a_code():
    notice = Notice("rows above the header (row 3) were skipped", "header_below_title", row=3)
    assert notice == "rows above the header (row 3) were skipped"
    assert "above the header" in notice and notice.startswith("rows")
    assert f"note: {notice}" == "note: rows above the header (row 3) were skipped"
    assert json.dumps([notice]) == '["rows above the header (row 3) were skipped"]'
    again = pickle.loads(pickle.dumps(notice))
    assert (again, again.code, again.params) == (notice, "header_below_title", {"row": 3})
    assert (
        str(Change("guardian 1", None, "Ilse Meer", "new"))
        == "guardian 1: (empty) -> Ilse Meer (new)"
    )
