"""The school's consent form versions: reading them, and adding a new one.

A version holds its channels (code, Dutch label, explanation for parents), the items it
asks (``<medium>_<channel>``), its validity and its texts (to parents and to students of
16+). A version that a statement or a printed form refers to is never changed (the
database refuses it too); a new version follows it. New versions start from a copy of the
current one (the window) or from a JSON file (``consent-form add FILE.json``)::

    {"label": "2027", "effective_date": "2027-08-01",
     "channels": [{"code": "klassenfoto", "label": "Klassenfoto", "explanation": "..."}],
     "media": ["foto", "film"], "items": ["foto_klassenfoto"],
     "validity": "school_year",
     "texts": {"intro": "...", "scope": "...", "no_consent_needed": "...",
               "withdraw": "...", "contact": "...", "student": {"intro": "...", ...}}}

``items`` is optional (every medium on every channel); ``validity`` is
"until_withdrawn", "school_year" or {"years": N} (default: the setting
``default_validity``); ``texts`` is optional per key (empty keys take the current
version's text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from korre_desktop.domain.consent_form import (
    TEXT_KEYS,
    Channel,
    ConsentForm,
    DefinitionProblem,
    FormTexts,
    Validity,
    check_definition,
    current_form,
    default_items,
    texts_from_json,
    texts_to_json,
)
from korre_desktop.domain.consent_items import MEDIA
from korre_desktop.errors import InputError
from korre_desktop.store import Store

DEFAULT_VALIDITY_SETTING = "default_validity"
CUTOFF_SETTING = "school_year_cutoff"
MAX_DEFINITION_BYTES = 1_000_000


class ConsentFormError(InputError):
    """A form definition that cannot be saved; ``problems`` say what (codes, for the GUI)."""

    def __init__(self, problems: Sequence[DefinitionProblem]) -> None:
        self.problems = list(problems)
        self.code = self.problems[0].code
        self.params = self.problems[0].params
        super().__init__("; ".join(p.message for p in self.problems), code=self.code)


def _problem(code: str, message: str, **params: Any) -> ConsentFormError:
    return ConsentFormError([DefinitionProblem(code, message, params)])


# -- reading ---------------------------------------------------------------------------------


def load_forms(store: Store) -> list[ConsentForm]:
    """Every version, newest first (latest effective date, then the highest id)."""
    channels: dict[int, list[Channel]] = {}
    for row in store.consent.form_channels():
        channels.setdefault(row["form_version_id"], []).append(
            Channel(row["code"], row["label"], row["explanation"])
        )
    items: dict[int, list[str]] = {}
    for row in store.consent.form_items():
        items.setdefault(row["form_version_id"], []).append(row["code"])
    forms = []
    for row in store.consent.form_versions():
        texts, student_texts = texts_from_json(json.loads(row["texts"]))
        forms.append(
            ConsentForm(
                id=row["id"],
                label=row["label"],
                effective_date=date.fromisoformat(row["effective_date"]),
                channels=tuple(channels.get(row["id"], ())),
                items=tuple(items.get(row["id"], ())),
                validity=Validity.from_json(json.loads(row["validity"])),
                texts=texts,
                student_texts=student_texts,
            )
        )
    return sorted(forms, key=lambda f: (f.effective_date, f.id), reverse=True)


def form_for(store: Store, on: date) -> ConsentForm:
    """The version in effect on ``on`` (else the newest one)."""
    found = current_form(load_forms(store), on)
    if found is None:  # the first migration makes one; only a damaged file has none
        raise _problem("no_consent_form", "there is no consent form version")
    return found


def in_use(store: Store, form_id: int) -> bool:
    use = store.consent.form_version_use(form_id)
    return bool(use["statements"] or use["printed"])


def school_year_cutoff(store: Store) -> tuple[int, int]:
    """(month, day) the school year starts, from the setting "MM-DD" (default 08-01)."""
    text = str(store.setting(CUTOFF_SETTING, "08-01"))
    month, _, day = text.partition("-")
    return int(month), int(day)


def default_validity(store: Store) -> Validity:
    try:
        return Validity.from_json(store.setting(DEFAULT_VALIDITY_SETTING, "until_withdrawn"))
    except ValueError:
        return Validity()


# -- a new version -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FormDefinition:
    label: str
    effective_date: date
    channels: tuple[Channel, ...]
    media: tuple[str, ...]
    items: tuple[str, ...] | None = None  # None: every medium on every channel
    validity: Validity | None = None  # None: the setting default_validity
    texts: FormTexts = field(default_factory=FormTexts)
    student_texts: FormTexts = field(default_factory=FormTexts)


def copy_of(form: ConsentForm, label: str, effective_date: date) -> FormDefinition:
    """A new version's starting point: the same channels, items, validity and texts."""
    return FormDefinition(
        label=label,
        effective_date=effective_date,
        channels=form.channels,
        media=form.media,
        items=form.items,
        validity=form.validity,
        texts=form.texts,
        student_texts=form.student_texts,
    )


def add_form(store: Store, definition: FormDefinition) -> int:
    """Save a new version (audited, one transaction); ``ConsentFormError`` lists every
    problem and nothing is saved. Texts left empty take the current version's."""
    problems = check_definition(
        definition.label, definition.channels, definition.media, definition.items
    )
    if store.consent.form_version_labelled(definition.label) is not None:
        problems.append(
            DefinitionProblem(
                "label_taken",
                f"a version labelled {definition.label!r} exists already",
                {"label": definition.label},
            )
        )
    if problems:
        raise ConsentFormError(problems)
    items = definition.items or default_items(definition.channels, definition.media)
    validity = definition.validity or default_validity(store)
    current = current_form(load_forms(store), definition.effective_date)
    texts, student_texts = definition.texts, definition.student_texts
    if current is not None:
        texts = _filled(texts, current.texts)
        student_texts = _filled(student_texts, current.student_texts)
    with store.transaction():
        form_id = store.consent.add_form_version(
            label=definition.label.strip(),
            effective_date=definition.effective_date,
            validity=validity.to_json(),
            texts=texts_to_json(texts, student_texts),
        )
        for position, channel in enumerate(definition.channels):
            store.consent.add_form_channel(
                form_id,
                code=channel.code,
                label=channel.label.strip(),
                explanation=channel.explanation.strip(),
                position=position,
            )
        for position, code in enumerate(items):
            store.consent.add_form_item(form_id, code, position)
    return form_id


def _filled(texts: FormTexts, fallback: FormTexts) -> FormTexts:
    return replace(texts, **{k: getattr(fallback, k) for k in TEXT_KEYS if not getattr(texts, k)})


def set_effective_date(store: Store, form_id: int, day: date) -> bool:
    """Move a version's effective date; refused once a statement or printed form refers
    to it (then a new version follows it). Returns False when unchanged."""
    with store.transaction():
        if in_use(store, form_id):
            raise _problem(
                "version_in_use",
                "this version is in use (statements or printed forms refer to it):"
                " make a new version instead",
                form_id=form_id,
            )
        return store.consent.set_form_effective_date(form_id, day)


# -- a definition from a JSON file -----------------------------------------------------------


def read_definition_file(path: Path) -> FormDefinition:
    """A ``FormDefinition`` from a JSON file; ``ConsentFormError`` names the first problem
    (or all, for the definition's content)."""
    try:
        if not Path(path).is_file():
            raise _problem("file_not_found", f"file not found: {path}", path=str(path))
        data = Path(path).read_bytes()[: MAX_DEFINITION_BYTES + 1]
        if len(data) > MAX_DEFINITION_BYTES:
            raise _problem("file_too_large", "the file is larger than 1 MB")
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _problem("not_utf8", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _problem(
            "json_invalid", f"not valid JSON (line {exc.lineno}: {exc.msg})", line=exc.lineno
        ) from None
    except OSError as exc:
        raise _problem("file_unreadable", f"cannot read {path}: {exc.strerror}") from None
    return parse_definition(value)


_KEYS = {"label", "effective_date", "channels", "media", "items", "validity", "texts"}


def parse_definition(value: Any) -> FormDefinition:
    if not isinstance(value, Mapping):
        raise _problem("not_an_object", "the file must hold one JSON object")
    unknown = sorted(set(value) - _KEYS)
    if unknown:
        raise _problem(
            "unknown_key",
            f"unknown key {unknown[0]!r} (keys: {', '.join(sorted(_KEYS))})",
            key=unknown[0],
        )
    for key in ("label", "effective_date", "channels", "media"):
        if key not in value:
            raise _problem("key_missing", f"the key {key!r} is missing", key=key)
    label = value["label"]
    if not isinstance(label, str):
        raise _problem("label_not_text", "label must be text")
    effective = _date(value["effective_date"])
    channels = _channels(value["channels"])
    media = value["media"]
    if not isinstance(media, list) or not all(isinstance(m, str) for m in media):
        raise _problem("media_format", f"media must be a list of {', '.join(MEDIA)}")
    items = value.get("items")
    if items is not None and (
        not isinstance(items, list) or not all(isinstance(i, str) for i in items)
    ):
        raise _problem("items_format", "items must be a list of item codes")
    validity = None
    if "validity" in value:
        try:
            validity = Validity.from_json(value["validity"])
        except (ValueError, TypeError):
            raise _problem(
                "validity_format",
                'validity must be "until_withdrawn", "school_year" or {"years": N} (1-20)',
            ) from None
    texts, student_texts = _texts(value.get("texts"))
    problems = check_definition(label, channels, media, items)
    if problems:
        raise ConsentFormError(problems)
    return FormDefinition(
        label=label.strip(),
        effective_date=effective,
        channels=channels,
        media=tuple(m for m in MEDIA if m in media),
        items=tuple(items) if items is not None else None,
        validity=validity,
        texts=texts,
        student_texts=student_texts,
    )


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise _problem("date_format", "effective_date must be written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise _problem("date_invalid", f"the date {value} does not exist", text=value) from None
        raise _problem(
            "date_format", f"effective_date {value!r} is not YYYY-MM-DD", text=value
        ) from None


def _channels(value: Any) -> tuple[Channel, ...]:
    if not isinstance(value, list):
        raise _problem("channels_format", 'channels must be a list of {"code", "label"}')
    found = []
    for entry in value:
        if (
            not isinstance(entry, Mapping)
            or not isinstance(entry.get("code"), str)
            or not isinstance(entry.get("label"), str)
            or not isinstance(entry.get("explanation", ""), str)
            or set(entry) - {"code", "label", "explanation"}
        ):
            raise _problem(
                "channels_format",
                'each channel is {"code": ..., "label": ..., "explanation": ...}',
            )
        found.append(Channel(entry["code"], entry["label"], entry.get("explanation", "")))
    return tuple(found)


def _texts(value: Any) -> tuple[FormTexts, FormTexts]:
    if value is None:
        return FormTexts(), FormTexts()
    allowed = {*TEXT_KEYS, "student"}
    if not isinstance(value, Mapping) or set(value) - allowed:
        raise _problem("texts_format", f"texts may hold {', '.join(sorted(allowed))}")
    student = value.get("student")
    for part in (value, student or {}):
        if not isinstance(part, Mapping) or not all(
            isinstance(part.get(k, ""), str) for k in TEXT_KEYS
        ):
            raise _problem("texts_format", "each text is a string")
    return texts_from_json(value)
