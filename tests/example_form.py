"""The school's own consent form version of issue 12, for the tests of every place that
shows the channels: ``klassenfoto`` (foto only) and ``pers`` (foto and film), valid for
the school year it was signed in, in force from 1 August 2027 unless told otherwise."""

from __future__ import annotations

import dataclasses
from datetime import date

from korre_desktop.domain.consent_form import ConsentForm
from korre_desktop.services import consent_forms as cf
from korre_desktop.store import Store
from tests.services.test_consent_forms import EXAMPLE

NEW_ITEMS = ("foto_klassenfoto", "foto_pers", "film_pers")
PERS_LABEL = "Krant en lokale media"
KLASSENFOTO_LABEL = "Klassenfoto en schoolfotograaf"


def add_example_form(store: Store, effective_date: date | None = None) -> ConsentForm:
    """Save the example version (optionally in force from another day) and return it."""
    definition = cf.parse_definition(EXAMPLE)
    if effective_date is not None:
        definition = dataclasses.replace(definition, effective_date=effective_date)
    form_id = cf.add_form(store, definition)
    return next(form for form in cf.load_forms(store) if form.id == form_id)
