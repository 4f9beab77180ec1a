"""Splitting Dutch names as exports write them: "Marieke de Vries", "Vries, Marieke de",
"van der Laan" in a surname column."""

from __future__ import annotations

from functools import lru_cache

from korre_desktop.services.importing.values import clean

# Words that make up a tussenvoegsel (in any combination: "van der", "van 't", "in 't").
INFIX_WORDS = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "t", "ten", "ter", "te", "in", "op", "'s",
        "uit", "aan", "bij", "onder", "over", "voor", "von", "zu", "du", "da", "del", "della",
        "di", "dos", "la", "le", "les", "l'", "d'", "al", "el", "bin", "ben", "ibn", "mac",
    }
)  # fmt: skip
TITLES = frozenset(
    {"dhr.", "dhr", "mevr.", "mevr", "mw.", "mw", "de heer", "mevrouw", "mr.", "dr.", "ir."}
)

_TITLES_LONGEST_FIRST = tuple(f"{title} " for title in sorted(TITLES, key=len, reverse=True))


def _is_infix(word: str) -> bool:
    return word.casefold() in INFIX_WORDS


def split_surname(text: str) -> tuple[str, str]:
    """(tussenvoegsel, achternaam) from a surname that may carry its infix:
    "van der Laan" and "Laan, van der" give ("van der", "Laan"); "Jansen" gives ("", "Jansen").
    """
    value = clean(text)
    if "," in value:
        surname, _, infix = (part.strip() for part in value.partition(","))
        if infix and all(_is_infix(word) for word in infix.split()):
            return infix, surname
        return "", value
    words = value.split(" ")
    infix_words = []
    while len(words) > 1 and _is_infix(words[0]):
        infix_words.append(words.pop(0))
    return " ".join(infix_words), " ".join(words)


@lru_cache(maxsize=16_384)
def split_full_name(text: str) -> tuple[str, str, str]:
    """(roepnaam, tussenvoegsel, achternaam) from one name.

    "Marieke de Vries" -> ("Marieke", "de", "Vries"); "Vries, Marieke de" -> ("Marieke",
    "de", "Vries"); "Anne Marie Jansen" -> ("Anne Marie", "", "Jansen"); "Sanne
    Jansen-de Vries" -> ("Sanne", "", "Jansen-de Vries"); "Dhr. P. Bakker" -> ("P.", "",
    "Bakker"). One word is a surname.
    """
    value = clean(text)
    lowered = value.casefold()
    for title in _TITLES_LONGEST_FIRST:
        if lowered.startswith(title):
            value = value[len(title) :].strip()
            break
    if "," in value:
        surname, _, rest = (part.strip() for part in value.partition(","))
        words = rest.split()
        infix = []
        while words and _is_infix(words[-1]):
            infix.insert(0, words.pop())
        return " ".join(words), " ".join(infix), surname
    words = value.split()
    if len(words) <= 1:
        return "", "", value
    start = len(words) - 1  # the surname starts at the last word, unless ...
    for index in range(1, len(words)):
        if _is_infix(words[index]) or "-" in words[index]:
            start = index
            break
    given = " ".join(words[:start])
    infix_words = []
    rest = words[start:]
    while len(rest) > 1 and _is_infix(rest[0]):
        infix_words.append(rest.pop(0))
    return given, " ".join(infix_words), " ".join(rest)
