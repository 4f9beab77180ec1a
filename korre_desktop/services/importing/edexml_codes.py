"""The code lists of EDEXML 2.1 (handbook, "Uitwisselingsformaten"): year groups
(``jaargroep``) and teacher roles (``rol``), in the words the app uses for them.

A student without a stamgroep is placed in a class named after their year group
("Groep 4", "Leerjaar 2"); Flemish files (an ``instellingsnummer`` instead of a BRIN code)
get the Flemish names for the same codes ("Kleuterklas 2", "Leerjaar 3").
"""

from __future__ import annotations

HISTORIC = "H"  # "historisch": a student who has left the school

_LETTER_CLASSES = {
    "S": "Groep SBO",  # speciaal (basis)onderwijs
    "V": "Groep VSO",  # voortgezet speciaal onderwijs
    "C": "Combinatiegroep",  # a combination or mixed group
    "B": "Jaargroep B",  # baby's
    "D": "Jaargroep D",  # dreumesen
    "N": "Jaargroep N",  # not primary or secondary education
}
_FLEMISH_LETTER_CLASSES = {**_LETTER_CLASSES, "S": "Groep BuO", "V": "Groep BuSO"}

# Roles of a teacher, as the standard lists them; a role outside the list is kept as written.
ROLE_LABELS = {
    "ADJ": "Adjunct-directeur",
    "ADM": "Administratief medewerker",
    "CON": "Conciërge",
    "DIR": "Directeur",
    "ICT": "ICT-coördinator",
    "IB": "Intern begeleider",
    "KLA": "Klassenassistent",
    "LRK": "Leerkracht",
    "LOS": "Leraarondersteuner",
    "LOC": "Locatieleider",
    "OWA": "Onderwijsassistent",
    "OUD": "Ouder",
    "RT": "Remedial teacher",
    "SMW": "Schoolmaatschappelijk werker",
    "STA": "Stagiair",
    "TAL": "Toetsafnameleider",
    "VAK": "Vakleerkracht",
}


def normalize_year_group(code: str) -> str:
    """The code as the standard writes it: "04" is "4", "h" is "H"."""
    text = code.strip().upper()
    return str(int(text)) if text.isdigit() else text


def year_group_class(code: str, flemish: bool = False) -> str | None:
    """The class name for a year group code, or None for H (historic) and codes the
    standard does not have."""
    code = normalize_year_group(code)
    if code.isdigit():
        number = int(code)
        if flemish and 0 <= number <= 2:
            return f"Kleuterklas {number + 1}"
        if flemish and 3 <= number <= 8:
            return f"Leerjaar {number - 2}"
        if 0 <= number <= 8:
            return f"Groep {number}"
        if 11 <= number <= 16:
            return f"{'Secundair leerjaar' if flemish else 'Leerjaar'} {number - 10}"
        return None
    return (_FLEMISH_LETTER_CLASSES if flemish else _LETTER_CLASSES).get(code)


def role_label(code: str) -> str:
    """The Dutch label of a role code ("IB" is "Intern begeleider"); others as written."""
    text = " ".join(code.split())
    return ROLE_LABELS.get(text.upper(), text)


def initials(voorletters: str) -> str:
    """Initials with points: "UGH" is "U.G.H."; written with points already, as they are."""
    text = "".join(voorletters.split())
    if not text or "." in text:
        return text
    return "".join(f"{letter}." for letter in text if letter.isalpha())
