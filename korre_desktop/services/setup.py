"""A new database's first records (``init --foundation NAME --school NAME[=BRIN]``): the
foundation's name and its schools, through the record services' rules, in one
transaction."""

from __future__ import annotations

from collections.abc import Sequence

from korre_desktop.errors import InputError
from korre_desktop.services import records, settings
from korre_desktop.store import Store


def parse_school(text: str) -> records.SchoolInput:
    """ "De Linde=12AB" or "De Linde" (no BRIN number)."""
    name, _, brin = text.partition("=")
    if not name.strip():
        raise InputError(f"a school needs a name: {text!r} (NAME or NAME=BRIN)")
    return records.SchoolInput(name=name.strip(), brin=brin.strip())


def set_up(store: Store, foundation: str | None, schools: Sequence[records.SchoolInput]) -> None:
    with store.transaction():
        if foundation is not None:  # a wrong one raises SettingError (an InputError)
            settings.save_text(store, settings.FOUNDATION_NAME, foundation)
        for school in schools:
            records.add_school(store, school)
