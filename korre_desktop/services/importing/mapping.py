"""Which column holds which field: guessed from the headers, saved per source (the
fingerprint of its header row and the kind of import), or given as a JSON file.

A guess uses a column only when its header is recognised with confidence (an exact or
second-choice alias, a guardian or item pattern; ``CONFIDENT``). A weak guess (the header
merely contains an alias: "[Blokkeren opname functiemix]" contains "functie") is never
used: it goes into ``Mapping.suggestions`` (field -> column index), which planning and
applying ignore. The CLI reports the suggestions ("column X looks like function but was
not used"), and a required field that only has a suggestion stops the import with a
message naming it; the wizard shows them (``Mapping.uncertain()``) for the user to
choose. Saved mappings and mapping files are the user's word and are used as they are.

A mapping file (``--mapping FILE.json``) names the columns of the fields it wants to
set; the other fields keep their guessed columns, and ``null`` leaves a field out::

    {"number": "Stamnr", "class": "Klas", "guardian1_email": "E-mail 1", "left_date": null}

(``{"columns": {...}}`` is read too, as is a column number counted from 1.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from korre_desktop.domain.consent_items import ALL_ITEM_CODES, is_item_code
from korre_desktop.services.consent_forms import load_forms
from korre_desktop.services.importing.errors import ImportSetupError
from korre_desktop.services.importing.headers import (
    BY_VALUES,
    DEFAULT_ITEM_WORDS,
    EXACT,
    FIELDS_BY_KIND,
    GUARDIAN_PARTS,
    MAX_GUARDIANS,
    PATTERN,
    VALUE_SAMPLE,
    ItemWords,
    candidates,
    guardian_field,
    item_words,
)
from korre_desktop.services.importing.table import Table, normalize_header
from korre_desktop.store import Store
from korre_desktop.store.import_queries import ImportQueries

KINDS = ("students", "employees", "consents")
CONFIDENT = PATTERN  # below this the wizard asks the user to confirm the column

# Fields a kind needs; a tuple means "one of these". A consent register also needs at
# least one item column (``ITEM_COLUMN``): any item of the consent form versions.
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "students": (("number",), ("achternaam", "name"), ("roepnaam", "voornamen", "name")),
    "employees": (("number",), ("achternaam", "name"), ("roepnaam", "voornamen", "name")),
    "consents": (("number",), ("date",)),
}  # fmt: skip
ITEM_COLUMN = "an item column"


def field_names(kind: str, items: Sequence[str] = ALL_ITEM_CODES) -> tuple[str, ...]:
    """Every field a mapping of ``kind`` may set; for a consent register ``items`` are
    its item fields (the current form version's, ``consent_forms.form_for``)."""
    names = [spec.name for spec in FIELDS_BY_KIND[kind]]
    if kind == "students":
        names += [
            guardian_field(n, part) for n in range(1, MAX_GUARDIANS + 1) for part in GUARDIAN_PARTS
        ]
    if kind == "consents":
        names += items
    return tuple(names)


def _is_field(kind: str, name: str) -> bool:
    """Whether ``name`` is a field of ``kind`` (any item code is a register's field: one
    not on the current form is refused with a clear message when planning)."""
    return name in field_names(kind) or (kind == "consents" and is_item_code(name))


@dataclass
class Mapping:
    """``columns`` maps a field to its column's index in the table's headers: the columns
    that are used. ``suggestions`` maps a field to a column that only looks like it
    (a weak guess): not used unless the user (wizard or mapping file) chooses it."""

    kind: str
    columns: dict[str, int]
    confidence: dict[str, float] = field(default_factory=dict)
    origin: str = "guessed"  # "guessed", "saved", "file" or "fixed" (EDEXML)
    suggestions: dict[str, int] = field(default_factory=dict)

    def column(self, name: str) -> int | None:
        return self.columns.get(name)

    def has(self, name: str) -> bool:
        return name in self.columns

    def missing_required(self) -> list[str]:
        """The required fields without a column, each as "a" or "a or b"."""
        missing = [
            " or ".join(options)
            for options in REQUIRED[self.kind]
            if not any(option in self.columns for option in options)
        ]
        if self.kind == "consents" and not any(is_item_code(name) for name in self.columns):
            missing.append(ITEM_COLUMN)
        return missing

    def uncertain(self) -> list[str]:
        """The fields the wizard asks about, in field order: those with a suggestion (a
        column that looks like the field but is not used) and any column chosen with
        less than ``CONFIDENT`` confidence."""
        asked = set(self.suggestions) | {
            name for name in self.columns if self.confidence.get(name, EXACT) < CONFIDENT
        }
        order = {name: index for index, name in enumerate(field_names(self.kind))}
        return sorted(asked, key=lambda name: (order.get(name, len(order)), name))

    def describe_suggestions(self, headers: tuple[str, ...]) -> list[str]:
        """ "column "X" looks like function but was not used" lines, in column order."""
        return [
            f'column "{headers[index]}" looks like {name} but was not used'
            for name, index in sorted(self.suggestions.items(), key=lambda item: item[1])
        ]

    @property
    def is_confident(self) -> bool:
        return not self.missing_required() and not self.uncertain()

    def describe(self, headers: tuple[str, ...]) -> list[str]:
        """ "number <- Leerlingnummer" lines, in the order of the columns."""
        ordered = sorted(self.columns.items(), key=lambda item: item[1])
        lines = []
        for name, index in ordered:
            mark = " (guessed)" if self.confidence.get(name, EXACT) < CONFIDENT else ""
            lines.append(f"{name} <- {headers[index]}{mark}")
        return lines

    def to_json(self) -> dict:
        """As saved and as a mapping file: columns counted from 1."""
        return {
            "kind": self.kind,
            "columns": {name: index + 1 for name, index in sorted(self.columns.items())},
        }


def guess_mapping(
    kind: str,
    headers: tuple[str, ...] | list[str],
    rows: Sequence[Sequence[str]] | None = None,
    items: ItemWords = DEFAULT_ITEM_WORDS,
) -> Mapping:
    """The best column for each field by its header; a column serves one field. Only
    confident matches are used; a weak one becomes a suggestion for a field that has no
    column (one per column). ``rows`` (the table's rows) decide headers whose field
    depends on the values (``headers.BY_VALUES``); ``items`` name the consent items
    (``headers.item_words`` of the form versions)."""
    _check_kind(kind)
    found = []
    for index, header in enumerate(headers):
        values = None
        if rows is not None and normalize_header(header) in BY_VALUES.get(kind, {}):
            values = [row[index] for row in rows[:VALUE_SAMPLE] if index < len(row)]
        for confidence, name in candidates(kind, header, values, items):
            found.append((confidence, index, name))
    found.sort(key=lambda item: (-item[0], item[1]))
    mapping = Mapping(kind, {}, {}, "guessed")
    used: set[int] = set()
    for score, index, name in found:
        if name in mapping.columns or name in mapping.suggestions or index in used:
            continue
        if score >= CONFIDENT:
            mapping.columns[name] = index
        else:
            mapping.suggestions[name] = index
        mapping.confidence[name] = score
        used.add(index)
    return mapping


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ImportSetupError(
            "kind", f"unknown kind of import: {kind} (one of {', '.join(KINDS)})", kind=kind
        )


def _from_json(
    kind: str,
    data: object,
    headers: tuple[str, ...] | None,
    origin: str,
    rows: Sequence[Sequence[str]] | None = None,
    items: ItemWords = DEFAULT_ITEM_WORDS,
) -> Mapping:
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        if data.get("kind") not in (None, kind):
            raise ImportSetupError(
                "mapping_kind",
                f"the mapping is for {data['kind']}, not for {kind}",
                mapping_kind=str(data["kind"]),
                kind=kind,
            )
        data = data["columns"]
    if not isinstance(data, dict):
        raise ImportSetupError("mapping_format", "a mapping is a JSON object of field: column")
    normalized = [normalize_header(h) for h in headers] if headers is not None else None
    columns: dict[str, int | None] = {}
    for name, column in data.items():
        if not _is_field(kind, name):
            raise ImportSetupError(
                "mapping_field",
                f"the mapping names an unknown field {name!r} for {kind}"
                f" (fields: {', '.join(sorted(field_names(kind))[:12])}, ...)",
                field=name,
                kind=kind,
            )
        if column is None or column == "":
            columns[name] = None
        elif isinstance(column, int) and not isinstance(column, bool):
            if column < 1 or (headers is not None and column > len(headers)):
                raise ImportSetupError(
                    "mapping_column",
                    f"the mapping's column {column} for {name} is not in the file",
                    column=str(column),
                    field=name,
                )
            columns[name] = column - 1
        elif (
            isinstance(column, str)
            and normalized is not None
            and normalize_header(column) in normalized
        ):
            columns[name] = normalized.index(normalize_header(column))
        else:
            raise ImportSetupError(
                "mapping_column",
                f"the mapping's column {column!r} for {name} is not in the file",
                column=str(column),
                field=name,
            )
    if origin == "saved":
        chosen = {name: index for name, index in columns.items() if index is not None}
        return Mapping(kind, chosen, dict.fromkeys(chosen, EXACT), origin)
    merged = guess_mapping(kind, headers, rows, items)
    for name, index in columns.items():
        merged.columns.pop(name, None)
        merged.suggestions.pop(name, None)
        merged.confidence.pop(name, None)
        if index is None:
            continue
        for chosen in (merged.columns, merged.suggestions):
            for other, other_index in list(chosen.items()):
                if other_index == index:  # the file gives this column to another field
                    del chosen[other]
                    merged.confidence.pop(other, None)
        merged.columns[name] = index
        merged.confidence[name] = EXACT
    merged.origin = origin
    return merged


def load_mapping_file(
    path: Path,
    kind: str,
    headers: tuple[str, ...],
    rows: Sequence[Sequence[str]] | None = None,
    items: ItemWords = DEFAULT_ITEM_WORDS,
) -> Mapping:
    """The mapping a JSON file gives; the fields it does not name keep their guess
    (``rows``, the table's rows, decide the headers that depend on the values)."""
    _check_kind(kind)
    try:
        data = json.loads(Path(path).expanduser().read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ImportSetupError(
            "mapping_file", f"mapping file not found: {path}", path=str(path), missing=True
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportSetupError(
            "mapping_file", f"cannot read the mapping file {path}: {exc}", path=str(path)
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportSetupError(
            "mapping_file",
            f"the mapping file is not valid JSON (line {exc.lineno}: {exc.msg})",
            path=str(path),
            line=exc.lineno,
        ) from None
    return _from_json(kind, data, headers, "file", rows, items)


def saved_mapping(
    store: Store, kind: str, fingerprint: str, headers: tuple[str, ...] | None = None
) -> Mapping | None:
    """The mapping saved for this header row (``Table.fingerprint``) and kind, or None.
    With ``headers`` its columns are checked against them."""
    row = ImportQueries(store).mapping(kind, fingerprint)
    if row is None:
        return None
    try:
        mapping = _from_json(kind, json.loads(row["mapping"]), headers, "saved")
    except ImportSetupError:
        return None  # saved by an older version for other fields: guess again
    return mapping


def choose_mapping(
    store: Store, kind: str, table: Table, mapping_file: Path | None = None
) -> Mapping:
    """The mapping to use: a mapping file, else the one saved for this source, else a
    guess. An EDEXML table has fixed headers and is always recognised. A consent
    register's item columns are recognised by the channels of the form versions too."""
    items = DEFAULT_ITEM_WORDS
    if kind == "consents":
        items = item_words(load_forms(store))
    if table.source.format == "edexml":
        mapping = guess_mapping(kind, table.headers)
        mapping.origin = "fixed"
        return mapping
    if mapping_file is not None:
        return load_mapping_file(mapping_file, kind, table.headers, table.rows, items)
    saved = saved_mapping(store, kind, table.fingerprint, table.headers)
    return saved if saved is not None else guess_mapping(kind, table.headers, table.rows, items)


def save_mapping(store: Store, mapping: Mapping, table: Table) -> bool:
    """Remember the mapping for this source (audited); False when it was saved already."""
    if table.source.format == "edexml":
        return False
    encoded = json.dumps(mapping.to_json(), ensure_ascii=False, sort_keys=True)
    with store.transaction():
        queries = ImportQueries(store)
        row = queries.mapping(mapping.kind, table.fingerprint)
        if row is None:
            queries.add_mapping(mapping.kind, table.fingerprint, encoded)
            return True
        if json.loads(row["mapping"]) == json.loads(encoded):
            return False
        return queries.change_mapping(row["id"], encoded)


def require_usable(mapping: Mapping, headers: tuple[str, ...]) -> None:
    """Raise when a required field has no column (the CLI cannot ask)."""
    missing = mapping.missing_required()
    if missing:
        shown = ", ".join(f'"{h}"' for h in headers if h)[:300]
        options = {name for one in missing for name in one.split(" or ")}
        looks = [
            f'"{headers[index]}" looks like {name}'
            for name, index in sorted(mapping.suggestions.items(), key=lambda item: item[1])
            if name in options
        ]
        hint = f" (column {', '.join(looks)} but was not used)" if looks else ""
        raise ImportSetupError(
            "mapping_incomplete",
            f"no column found for {', '.join(missing)}{hint}; name it in a mapping file"
            f" (--mapping FILE.json); the file's columns are {shown}",
            missing=missing,
            suggestions={name: headers[index] for name, index in mapping.suggestions.items()},
        )
