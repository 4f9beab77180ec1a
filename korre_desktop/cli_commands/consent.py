"""``consent``: a returned consent form entered from the command line, with its scan.

``--yes`` and ``--no`` name the items answered (``all``: every item of the form not named
in the other); items named in neither are saved as blank, which never counts as consent.
The form version is the one in force on the signed date unless ``--form`` names one.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from korre_desktop.cli_commands import _today
from korre_desktop.cli_commands._entry import (
    add_person_arguments,
    attach,
    database_must_exist,
    find_person,
    person_number,
    prepare_file,
)
from korre_desktop.errors import InputError

if TYPE_CHECKING:
    from korre_desktop.domain.consent_form import ConsentForm
    from korre_desktop.store import Store

EVERY_ITEM = "all"


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "consent", parents=[db_option], help="enter a returned consent form (a new statement)"
    )
    add_person_arguments(parser)
    parser.add_argument("--form", metavar="LABEL", help="form version (default: the one in force)")
    parser.add_argument("--yes", default="", metavar="CODE,CODE|all", help="items answered yes")
    parser.add_argument("--no", default="", metavar="CODE,CODE|all", help="items answered no")
    parser.set_defaults(handler=run_consent)


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def answers_for(form: ConsentForm, yes: list[str], no: list[str]) -> dict[str, bool | None]:
    """The answers ``--yes`` and ``--no`` give on ``form``; the rest stays blank."""
    if EVERY_ITEM in yes and EVERY_ITEM in no:
        raise InputError("--yes all and --no all cannot go together")
    named = [code for code in (*yes, *no) if code != EVERY_ITEM]
    unknown = [code for code in named if code not in form.item_codes]
    if unknown:
        raise InputError(f"not on consent form {form.label}: {', '.join(unknown)}")
    twice = sorted(set(yes) & set(no))
    if twice:
        raise InputError(f"answered both yes and no: {', '.join(twice)}")
    answers: dict[str, bool | None] = dict.fromkeys(form.item_codes)
    rest = True if EVERY_ITEM in yes else False if EVERY_ITEM in no else None
    for code in form.item_codes:
        answers[code] = True if code in yes else False if code in no else rest
    return answers


def _form(store: Store, label: str | None, on: date) -> ConsentForm:
    from korre_desktop.domain.consent_form import current_form
    from korre_desktop.services import entry

    forms = entry.form_versions(store)
    if label is None:
        form = current_form(forms, on) or (forms[0] if forms else None)
        if form is None:
            raise InputError("there is no consent form version yet")
        return form
    for form in forms:
        if form.label == label.strip():
            return form
    labels = ", ".join(form.label for form in forms) or "none"
    raise InputError(f"no consent form version {label} (there are: {labels})")


def run_consent(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.services import entry

    database_must_exist(path)
    on = args.date or _today.today()
    yes, no = _codes(args.yes), _codes(args.no)
    if not yes and not no:
        raise InputError("give the answers with --yes and/or --no (item codes, or all)")
    person_number(args)
    prepared = prepare_file(args.evidence)
    with _open_store(path) as store:
        person = find_person(store, args, on)
        signer = entry.find_signer(store, person, args.guardian)
        form = _form(store, args.form, on)
        answers = answers_for(form, yes, no)
        with store.transaction():
            evidence = attach(store, prepared, person, "consent", signer)
            entry.save_consent(
                store, entry.ConsentEntry(person, signer, on, form, answers, args.note, evidence)
            )
    blank = sum(answer is None for answer in answers.values())
    print(
        f"consent form {form.label} of {person.name} ({person.number}) signed by {signer.name}"
        f" on {on.isoformat()}: {len(answers) - blank} answered, {blank} blank"
    )
    return EXIT_OK
