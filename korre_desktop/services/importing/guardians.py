"""Guardians in a student export: reading them from a row, and finding who they are.

A guardian of the row is the guardian already linked to the student when their e-mail
address, their full name, or their surname with a matching first initial agrees; else a
guardian on record with the same e-mail address and surname (a brother's or sister's
parent); else one made earlier in this import the same way (or by name and phone);
else a new guardian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from korre_desktop.domain import validation as v
from korre_desktop.services.importing.headers import GUARDIAN_PARTS, MAX_GUARDIANS, guardian_field
from korre_desktop.services.importing.names import split_full_name, split_surname
from korre_desktop.services.importing.rows import RowReader
from korre_desktop.services.importing.values import fast_fold, join_name, parse_yes_no

Row = dict


@dataclass(slots=True)
class GuardianData:
    position: int
    roepnaam: str
    tussenvoegsel: str
    achternaam: str
    email: str
    phone: str
    relation: str | None  # None: not in the file
    authority: bool | None  # None: not in the file
    name: str = ""
    key_name: str = ""  # the name folded (no accents, case)
    key_surname: str = ""

    def __post_init__(self) -> None:
        self.name = join_name(self.roepnaam, self.tussenvoegsel, self.achternaam)
        self.key_name = fast_fold(self.name)
        self.key_surname = fast_fold(self.achternaam)


def keyed(row: Row) -> Row:
    """A guardian row from the database with the folded keys the matching uses."""
    row["key_name"] = fast_fold(join_name(row["roepnaam"], row["tussenvoegsel"], row["achternaam"]))
    row["key_surname"] = fast_fold(row["achternaam"])
    row["key_email"] = row["email"].casefold()
    return row


_INITIALS = re.compile(r"([A-Za-z]\.?\s*)+")


def _is_initial(text: str) -> bool:
    return len(text) <= 12 and _INITIALS.fullmatch(text) is not None


_NO_VALUES = dict.fromkeys(GUARDIAN_PARTS, "")


def guardian_slots(mapping) -> list[tuple[int, dict[str, str]]]:
    """The guardian positions the mapping has columns for, with their field names."""
    slots = []
    for position in range(1, MAX_GUARDIANS + 1):
        fields = {
            part: guardian_field(position, part)
            for part in GUARDIAN_PARTS
            if mapping.has(guardian_field(position, part))
        }
        if fields:
            slots.append((position, fields))
    return slots


def read_guardians(
    reader: RowReader, slots: list[tuple[int, dict[str, str]]]
) -> list[GuardianData]:
    """The guardians of the row; a guardian with contact details but no name is left out
    with a warning, an invalid e-mail address or phone number with a warning too."""
    found = []
    for position, fields in slots:
        values = dict(_NO_VALUES)
        for part, name in fields.items():
            values[part] = reader.text(name)
        if not any(values.values()):
            continue
        roepnaam = values["roepnaam"] or values["voorletters"]
        tussenvoegsel = values["tussenvoegsel"]
        achternaam = values["achternaam"]
        if not achternaam and values["name"]:
            given, infix, achternaam = split_full_name(values["name"])
            roepnaam, tussenvoegsel = roepnaam or given, tussenvoegsel or infix
        elif achternaam and not tussenvoegsel:
            tussenvoegsel, achternaam = split_surname(achternaam)
        email, phone = values["email"], values["phone"]
        if not achternaam:
            reader.warning(
                guardian_field(position, "name"),
                "guardian_without_name",
                f"guardian {position} has no name and is not imported",
                position=position,
            )
            continue
        if email and reader.add(
            fields["email"], v.check_email("email", email), "warning", value=email
        ):
            email = ""
        if phone and reader.add(
            fields["phone"], v.check_phone("phone", phone), "warning", value=phone
        ):
            phone = ""
        authority = None
        if values["authority"]:
            try:
                authority = parse_yes_no(values["authority"])
            except ValueError:
                reader.warning(
                    fields["authority"],
                    "not_yes_no",
                    f"{reader.header(fields['authority'])}: {values['authority']!r}"
                    " is not ja or nee; parental authority left as it is",
                    value=values["authority"],
                )
        found.append(
            GuardianData(
                position,
                roepnaam,
                tussenvoegsel,
                achternaam,
                email,
                phone,
                values["relation"].lower() or None,
                authority,
            )
        )
    return found


def _unique(rows: list[Row]) -> Row | None:
    return rows[0] if len(rows) == 1 else None


def match_linked(data: GuardianData, linked: list[Row]) -> Row | None:
    """The guardian among those linked to the student (``keyed`` rows) that ``data``
    describes."""
    if not linked:
        return None
    if data.email:
        email = data.email.casefold()
        for g in linked:
            if g["key_email"] == email and g["key_surname"] == data.key_surname:
                return g
    for g in linked:
        if g["key_name"] == data.key_name:
            return g
    first = fast_fold(data.roepnaam)[:1]
    infix = fast_fold(data.tussenvoegsel)
    similar = [
        g
        for g in linked
        if g["key_surname"] == data.key_surname
        and fast_fold(g["tussenvoegsel"]) == infix
        and (not first or not g["roepnaam"] or fast_fold(g["roepnaam"])[:1] == first)
    ]
    return _unique(similar)


def match_by_email(data: GuardianData, candidates: list[Row]) -> Row | None:
    """A guardian on record (not linked yet) with the same e-mail address and surname."""
    if not data.email:
        return None
    return _unique([g for g in candidates if g["key_surname"] == data.key_surname])


def given_values(data: GuardianData, current: Row) -> dict[str, str]:
    """The columns of ``guardians`` the row gives a value for (an empty cell gives none,
    and an initial gives no first name when one is on record)."""
    given: dict[str, str] = {}
    if data.roepnaam and not (_is_initial(data.roepnaam) and current["roepnaam"]):
        given["roepnaam"] = data.roepnaam
    if data.email:
        given["email"] = data.email
    if data.phone:
        given["phone"] = data.phone
    return given


def link_changes(data: GuardianData, link: Row) -> dict[str, object]:
    changes: dict[str, object] = {}
    if data.relation and data.relation != link["relation"]:
        changes["relation"] = data.relation
    if data.authority is not None and int(data.authority) != link["parental_authority"]:
        changes["parental_authority"] = int(data.authority)
    return changes
