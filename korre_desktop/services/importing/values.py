"""Reading single values of an import: yes/no, placeholders for "nothing", employment types,
numbers. Pure functions; the row checks in ``rows.py`` use them."""

from __future__ import annotations

from functools import lru_cache

from korre_desktop.domain.people import NameUse, fold
from korre_desktop.services.importing.dates import NO_DATES

# What exports write for "no value": these count as an empty cell.
PLACEHOLDERS = frozenset(
    {"-", "--", "n.v.t.", "nvt", "n.v.t", "onbekend", "geen", "null", "none", "n/a", "#n/a", "?"}
    | NO_DATES
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
    # AFAS Profit's and Visma|Raet's contract and appointment descriptions.
    "onbepaald": "permanent",
    "vaste benoeming": "permanent",
    "bepaald": "temporary",
    "tmuv": "temporary",  # tijdelijk met uitzicht op vast
    "tzuv": "temporary",  # tijdelijk zonder uitzicht op vast
    "proeftijd": "temporary",
    "tijdelijke uitbreiding": "temporary",
    # Not employed by the foundation, but working at its schools for a while.
    "payroll": "temporary",
    "detachering": "temporary",
    "gedetacheerd": "temporary",
    "uitzendkracht": "temporary",
    # In schools an on-call worker stands in for absent staff: a substitute.
    "oproepkracht": "substitute",
    "oproepcontract": "substitute",
    "nulurencontract": "substitute",
    "nul-urencontract": "substitute",
    "invalpool": "substitute",
    "vervangingspool": "substitute",
    "ziektevervanging": "substitute",
    "bbl": "intern",
    "bol": "intern",
}
# Phrases that decide a longer description wherever they stand ("Arbeidsovereenkomst
# voor onbepaalde tijd"); the first that occurs wins.
EMPLOYMENT_PHRASES: tuple[tuple[str, str], ...] = (
    ("onbepaalde tijd", "permanent"),
    ("bepaalde tijd", "temporary"),
)


# Name use (naamgebruik) as HR systems and the BRP write it. Codes in digits differ per
# system: AFAS Profit's "Naamgebruik" 0-3, Visma|Raet's "Naam samenstelling" 1-4.
NAME_USE_DIGITS: dict[str, dict[str, NameUse]] = {
    "afas": {"0": NameUse.OWN, "1": NameUse.PARTNER_OWN, "2": NameUse.PARTNER,
             "3": NameUse.OWN_PARTNER},
    "raet": {"1": NameUse.OWN, "2": NameUse.OWN_PARTNER, "3": NameUse.PARTNER_OWN,
             "4": NameUse.PARTNER},
}  # fmt: skip
NAME_USE_WORDS: dict[str, NameUse] = {
    # the app's own words, and HelloID's / BRP's letter codes (E, P, V, N; B, BP, PB)
    "eigen": NameUse.OWN, "eigen naam": NameUse.OWN, "geboortenaam": NameUse.OWN,
    "e": NameUse.OWN, "b": NameUse.OWN,
    "partner": NameUse.PARTNER, "naam partner": NameUse.PARTNER,
    "geboortenaam partner": NameUse.PARTNER, "partnernaam": NameUse.PARTNER,
    "p": NameUse.PARTNER,
    "partner-eigen": NameUse.PARTNER_OWN, "partner eigen": NameUse.PARTNER_OWN,
    "partner voor eigen": NameUse.PARTNER_OWN, "pb": NameUse.PARTNER_OWN, "v": NameUse.PARTNER_OWN,
    "geb. naam partner + geboortenaam": NameUse.PARTNER_OWN,
    "partnernaam - geboortenaam": NameUse.PARTNER_OWN,
    "eigen-partner": NameUse.OWN_PARTNER, "eigen partner": NameUse.OWN_PARTNER,
    "partner na eigen": NameUse.OWN_PARTNER, "bp": NameUse.OWN_PARTNER, "n": NameUse.OWN_PARTNER,
    "geboortenaam + geb. naam partner": NameUse.OWN_PARTNER,
    "geboortenaam - partnernaam": NameUse.OWN_PARTNER,
}  # fmt: skip


def parse_name_use(text: str, scheme: str = "afas") -> NameUse:
    """The name use a cell gives; digits are read by ``scheme`` ("afas" or "raet");
    ``ValueError`` when it is not known."""
    value = " ".join(text.split()).casefold()
    if value.isdigit():
        found = NAME_USE_DIGITS[scheme].get(value.lstrip("0") or "0")
    else:
        found = NAME_USE_WORDS.get(value) or NAME_USE_WORDS.get(value.replace("–", "-"))
    if found is None:
        raise ValueError(f"unknown name use: {text!r}")
    return found


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
    for phrase, kind in EMPLOYMENT_PHRASES:
        if phrase in value:
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
