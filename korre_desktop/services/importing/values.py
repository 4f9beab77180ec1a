"""Reading single values of an import: yes/no, placeholders for "nothing", employment types,
numbers. Pure functions; the row checks in ``rows.py`` use them."""

from __future__ import annotations

from functools import lru_cache

from korre_desktop.domain.people import fold

# What exports write for "no value": these count as an empty cell.
PLACEHOLDERS = frozenset(
    {"-", "--", "n.v.t.", "nvt", "n.v.t", "onbekend", "geen", "null", "none", "n/a", "#n/a", "?"}
)

YES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "✓", "✔", "akkoord"})
NO = frozenset({"nee", "n", "no", "false", "onwaar", "0", "niet akkoord"})

# Employment as HR and payroll exports write it -> the app's employment types.
EMPLOYMENT_WORDS: dict[str, str] = {
    "vast": "permanent",
    "vaste aanstelling": "permanent",
    "onbepaalde tijd": "permanent",
    "ob": "permanent",
    "permanent": "permanent",
    "tijdelijk": "temporary",
    "bepaalde tijd": "temporary",
    "bt": "temporary",
    "temporary": "temporary",
    "stagiair": "intern",
    "stagiaire": "intern",
    "stage": "intern",
    "lio": "intern",
    "intern": "intern",
    "invaller": "substitute",
    "invalkracht": "substitute",
    "vervanger": "substitute",
    "vervanging": "substitute",
    "inval": "substitute",
    "substitute": "substitute",
    "vrijwilliger": "volunteer",
    "vrijwilligster": "volunteer",
    "volunteer": "volunteer",
}


def blank(text: str) -> str:
    """The text, or "" when it is one of the placeholders for no value."""
    stripped = text.strip()
    return "" if stripped.casefold() in PLACEHOLDERS else stripped


def parse_yes_no(text: str) -> bool | None:
    """``True``/``False``, ``None`` for empty; ``ValueError`` for anything else."""
    value = " ".join(text.split()).casefold()
    if not value:
        return None
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValueError(f"not ja or nee: {text!r}")


def parse_employment(text: str) -> str:
    """An employment type; ``ValueError`` when the word is not known.

    Longer descriptions ("Tijdelijk, 0,6 fte") are matched on their first known words.
    """
    value = fold(" ".join(text.split()))
    if value in EMPLOYMENT_WORDS:
        return EMPLOYMENT_WORDS[value]
    for word, kind in sorted(EMPLOYMENT_WORDS.items(), key=lambda item: -len(item[0])):
        if len(word) > 2 and value.startswith(word):
            return kind
    raise ValueError(f"unknown employment: {text!r}")


def clean(text: str) -> str:
    """Surrounding spaces off, runs of spaces inside made one (as records.py does)."""
    return " ".join(text.split())


@lru_cache(maxsize=65_536)
def fast_fold(text: str) -> str:
    """``domain.people.fold`` (no accents, case folded), cached: names repeat a lot."""
    return text.casefold() if text.isascii() else fold(text)


def join_name(roepnaam: str, tussenvoegsel: str, achternaam: str) -> str:
    """``display_name`` for parts that are already clean."""
    if tussenvoegsel:
        achternaam = f"{tussenvoegsel} {achternaam}" if achternaam else tussenvoegsel
    if roepnaam:
        return f"{roepnaam} {achternaam}" if achternaam else roepnaam
    return achternaam
