"""Ages and Dutch name formatting for students and employees."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any


class NameUse(StrEnum):
    """Which surname a person uses (naamgebruik, as the BRP and HR systems record it)."""

    OWN = "eigen"  # Jansen
    PARTNER = "partner"  # de Boer
    PARTNER_OWN = "partner-eigen"  # de Boer-Jansen
    OWN_PARTNER = "eigen-partner"  # Jansen-de Boer


def age_on(birth_date: date, on: date) -> int:
    """Whole years of age on ``on``.

    Someone born on 29 February turns a year older on 1 March in non-leap years,
    which falls out of comparing (month, day) tuples.
    """
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def sixteenth_birthday(birth_date: date) -> date:
    """The first day on which ``age_on`` returns 16."""
    year = birth_date.year + 16
    try:
        return birth_date.replace(year=year)
    except ValueError:
        # 29 February in a non-leap year; must agree with age_on.
        return date(year, 3, 1)


def _clean(part: str | None) -> str:
    return " ".join(part.split()) if part else ""


def _join(*parts: str | None) -> str:
    return " ".join(cleaned for cleaned in map(_clean, parts) if cleaned)


def display_name(roepnaam: str, tussenvoegsel: str | None, achternaam: str) -> str:
    """Full name as shown on screen: "Jan van der Berg"."""
    return _join(roepnaam, tussenvoegsel, achternaam)


def surname_in_use(
    tussenvoegsel: str | None,
    achternaam: str,
    name_use: NameUse | str = NameUse.OWN,
    partner_tussenvoegsel: str | None = "",
    partner_achternaam: str = "",
) -> str:
    """The surname with its infix as the person uses it: "Jansen-de Boer" (own, then the
    partner's) or "de Boer-Jansen"; the own surname when no partner name is known."""
    own = _join(tussenvoegsel, achternaam)
    partner = _join(partner_tussenvoegsel, partner_achternaam)
    use = NameUse(name_use or NameUse.OWN)
    if not partner or use is NameUse.OWN:
        return own
    if use is NameUse.PARTNER or not own:
        return partner
    return f"{partner}-{own}" if use is NameUse.PARTNER_OWN else f"{own}-{partner}"


def name_in_use(
    roepnaam: str,
    tussenvoegsel: str | None,
    achternaam: str,
    name_use: NameUse | str = NameUse.OWN,
    partner_tussenvoegsel: str | None = "",
    partner_achternaam: str = "",
) -> str:
    """Full name with the surname the person uses: "Petra Jansen-de Boer"."""
    if name_use == NameUse.OWN or not (partner_tussenvoegsel or partner_achternaam):
        return _join(roepnaam, tussenvoegsel, achternaam)  # most people: their own name
    surname = surname_in_use(
        tussenvoegsel, achternaam, name_use, partner_tussenvoegsel, partner_achternaam
    )
    return _join(roepnaam, surname)


def person_name(row: Mapping[str, Any]) -> str:
    """``name_in_use`` of a record (a student, guardian or employee row): rows without the
    name-use columns show their own name."""
    return name_in_use(
        row["roepnaam"],
        row["tussenvoegsel"],
        row["achternaam"],
        row.get("naamgebruik") or NameUse.OWN,
        row.get("partner_tussenvoegsel") or "",
        row.get("partner_achternaam") or "",
    )


SCHOOLS_SEPARATOR = "; "  # a school's own name may hold a comma: "De Linde, locatie Noord"


def schools_text(names: Iterable[str]) -> str:
    """An employee's schools as one line of text, for showing only: code that asks
    "at this school?" keeps the names apart (``PersonStatus.schools``)."""
    return SCHOOLS_SEPARATOR.join(names)


def sort_name(roepnaam: str, tussenvoegsel: str | None, achternaam: str) -> str:
    """Name as listed: "Berg, Jan van der" (Dutch lists ignore the infix when sorting)."""
    surname = _clean(achternaam)
    rest = _join(roepnaam, tussenvoegsel)
    if surname and rest:
        return f"{surname}, {rest}"
    return surname or rest


def fold(text: str) -> str:
    """Lower case without accents: 'Öztürk' sorts and searches as 'ozturk', 'Zoë' as 'zoe'."""
    if text.isascii():  # most names: nothing to decompose (a list folds 50,000 of them)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(roepnaam: str, tussenvoegsel: str | None, achternaam: str) -> tuple[str, str, str]:
    """The one key that orders people in lists: by own surname, then first name, then
    infix ("van der Berg" under B, as Dutch lists do); case, accents and extra spaces do
    not count. The surname a person uses (a partner's) does not change the order."""
    return (_sort_part(achternaam), _sort_part(roepnaam), _sort_part(tussenvoegsel))


@lru_cache(maxsize=8192)  # first names, infixes and surnames repeat across a foundation
def _sort_part(part: str | None) -> str:
    return fold(_clean(part))


def person_sort_key(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """``sort_key`` of a record (a student, guardian or employee row)."""
    return sort_key(row["roepnaam"], row["tussenvoegsel"], row["achternaam"])


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Key for names of classes (and other labels with numbers): "Groep 9" before
    "Groep 10", "groep 5a" with "Groep 5A"; case and accents do not count. People are
    ordered by ``sort_key``, not by this."""
    # split() with a group alternates text and digits: odd places hold the numbers.
    parts = _DIGITS.split(text)
    return tuple(
        (0, int(part)) if index % 2 else (1, fold(part)) for index, part in enumerate(parts) if part
    )
