"""``consent-form list|show LABEL|add FILE.json``: the school's consent form versions.

``add`` reads a definition file (see ``services.consent_forms``; the README has an
example) and stores it as a new version; a bad file exits 2 with one line and changes
nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from korre_desktop.domain.consent_form import ConsentForm, FormTexts
    from korre_desktop.store import Store

NOT_ASKED = "-"
ASKED = "x"


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    from korre_desktop.cli import _Parser

    parser = commands.add_parser(
        "consent-form", parents=[db_option], help="the school's consent form versions"
    )
    actions = parser.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    actions.required = True
    actions.add_parser("list", parents=[db_option], help="list the versions")
    show = actions.add_parser(
        "show", parents=[db_option], help="a version's channels, items, validity and texts"
    )
    show.add_argument("label", metavar="LABEL")
    add = actions.add_parser(
        "add", parents=[db_option], help="add a new version from a JSON file (see the README)"
    )
    add.add_argument("file", type=Path, metavar="FILE.json")
    parser.set_defaults(handler=run_consent_form)


def run_consent_form(path: Path, args: argparse.Namespace) -> int:
    from korre_desktop.cli import EXIT_OK, _open_store
    from korre_desktop.errors import InputError
    from korre_desktop.services import consent_forms

    if not path.exists():
        raise InputError(f"database file not found: {path}")
    definition = consent_forms.read_definition_file(args.file) if args.what == "add" else None
    with _open_store(path) as store:
        if definition is not None:
            form_id = consent_forms.add_form(store, definition)
            (form,) = [f for f in consent_forms.load_forms(store) if f.id == form_id]
            print(
                f"consent form version {form.label!r} stored (id {form_id}): in effect from "
                f"{form.effective_date.isoformat()}, {len(form.channels)} channel(s), "
                f"{len(form.items)} item(s)"
            )
        elif args.what == "show":
            print("\n".join(show_lines(store, find_form(store, args.label))))
        else:
            print("\n".join(list_lines(store)))
    return EXIT_OK


def find_form(store: Store, label: str) -> ConsentForm:
    """The version labelled ``label`` (case and surrounding spaces do not matter)."""
    from korre_desktop.errors import InputError
    from korre_desktop.services.consent_forms import load_forms

    forms = load_forms(store)
    wanted = label.strip().casefold()
    found = [f for f in forms if f.label.strip().casefold() == wanted]
    if not found:
        labels = ", ".join(repr(f.label) for f in forms)
        raise InputError(f"no consent form version labelled {label!r} (there are: {labels})")
    return found[0]


def list_lines(store: Store) -> list[str]:
    """One tab-separated line per version, newest first."""
    from korre_desktop.services.consent_forms import in_use, load_forms
    from korre_desktop.services.settings import validity_text

    lines = ["label\teffective_date\tvalidity\tchannels\titems\tuse"]
    for form in load_forms(store):
        use = "in use" if in_use(store, form.id) else "not in use"
        lines.append(
            f"{form.label}\t{form.effective_date.isoformat()}\t{validity_text(form.validity)}\t"
            f"{len(form.channels)}\t{len(form.items)}\t{use}"
        )
    return lines


def show_lines(store: Store, form: ConsentForm) -> list[str]:
    from korre_desktop.domain.consent_items import MEDIA
    from korre_desktop.services.consent_forms import in_use
    from korre_desktop.services.settings import validity_text

    width = max([len("channel"), *(len(c.code) for c in form.channels)])
    lines = [
        f"label: {form.label}",
        f"effective date: {form.effective_date.isoformat()}",
        f"validity: {validity_text(form.validity)}",
        f"in use: {'yes' if in_use(store, form.id) else 'no'}"
        " (a version in use cannot be changed; add a new one)",
        f"items: {', '.join(form.items)}",
        "",
        "  ".join(["channel".ljust(width), *(m.ljust(6) for m in MEDIA), "label"]),
    ]
    for channel in form.channels:
        cells = [(ASKED if form.asks(m, channel.code) else NOT_ASKED).ljust(6) for m in MEDIA]
        lines.append("  ".join([channel.code.ljust(width), *cells, channel.label]))
    lines += ["", "explanations:"]
    lines += [f"  {c.code}: {c.explanation or NOT_ASKED}" for c in form.channels]
    lines += _texts("texts for parents", form.texts)
    lines += _texts("texts for students of 16 or older", form.student_texts)
    return lines


def _texts(title: str, texts: FormTexts) -> list[str]:
    from korre_desktop.domain.consent_form import TEXT_KEYS

    lines = ["", f"{title}:"]
    for key in TEXT_KEYS:
        text = " ".join(getattr(texts, key).split())  # one line each
        lines.append(f"  {key}: {text or NOT_ASKED}")
    return lines
