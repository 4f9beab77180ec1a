"""Recognising the column headers of ParnasSys, Magister, SOMtoday, Esis and HR exports
(AFAS Profit, Visma|Raet HR Core Education and others).

A header is compared after ``normalize_header`` (lower case, no accents, letters and digits
only), so "Geb. datum", "geb.datum", "Geboorte-datum", "[Eigen naam]" and "Email_werk" are
all seen as written. Each field has exact aliases (confidence 1.0), second-choice aliases
(0.95: used when no exact alias of the field is in the file, so AFAS's "Geboortenaam"
beats a plain "Achternaam" and "Datum in dienst" beats "Begindatum functie"), and may
match a header that contains one of its longer aliases (0.6: a weak guess that is only
suggested, never used without the user's word). A few headers mean different things in
different systems and are decided by what the column holds (``BY_VALUES``: AFAS's
"Medewerker" is the staff number, elsewhere the employee's name). Guardian columns are
recognised by pattern: a role word (ouder, verzorger, voogd, ...), a number 1-4 (none
means 1) and what the column holds ("Naam ouder 1", "E-mailadres verzorger 2",
"Ouder 1 telefoon", "Gezag verzorger 1").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from korre_desktop.domain.consent_form import ConsentForm
from korre_desktop.services.importing.table import normalize_header

EXACT = 1.0
SECOND = 0.95  # an exact alias that gives way to a better one of the same field
PATTERN = 0.9
CONTAINS = 0.6

MAX_GUARDIANS = 4
GUARDIAN_PARTS = (
    "name",
    "roepnaam",
    "voorletters",
    "tussenvoegsel",
    "achternaam",
    "email",
    "phone",
    "relation",
    "authority",
)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    aliases: tuple[str, ...]
    avoid: tuple[str, ...] = ()  # headers that contain an alias but mean something else
    second: tuple[str, ...] = ()  # exact aliases that give way to ``aliases`` (SECOND)


def _normalized(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize_header(text) for text in texts)


def _spec(
    name: str, *aliases: str, avoid: tuple[str, ...] = (), second: tuple[str, ...] = ()
) -> FieldSpec:
    return FieldSpec(name, _normalized(aliases), _normalized(avoid), _normalized(second))


# A "Voornaam" column is the call name unless the file has "Roepnaam" too; then it is the
# first of the given names. The own surname (AFAS "Geboortenaam", Raet "Eigen naam") beats
# "Achternaam", which in those exports is the surname in use ("Jansen-de Boer").
_NAME_FIELDS = (
    _spec("roepnaam", "Roepnaam", "Roepnaam leerling", "Roepnaam medewerker", "First name",
          "Call name", second=("Voornaam",)),
    _spec("voornamen", "Voornamen", "Officiële voornamen", "Voornamen leerling",
          second=("Voornaam",)),
    _spec("tussenvoegsel", "Tussenvoegsel", "Tussenvoegsels", "Tussenv.", "Voorvoegsel",
          "Voorvoegsels", "Voorv.", "Tv", "Prefix", "Tussenvoegsel leerling",
          "Tussenvoegsel eigen naam", "Voorvoegsel geboortenaam", "Voorvoegsels eigen naam"),
    _spec("achternaam", "Geboortenaam", "Eigen naam", "Achternaam leerling", "Geslachtsnaam",
          "Familienaam", "Last name", "Surname", "Achternaam medewerker",
          second=("Achternaam",)),
    _spec("name", "Naam", "Volledige naam", "Naam leerling", "Leerling", "Naam medewerker",
          "Full name", "Name", "Weergavenaam", avoid=("Naam ouder",)),
)  # fmt: skip

STUDENT_FIELDS: tuple[FieldSpec, ...] = (
    _spec("number", "Leerlingnummer", "Leerlingnr", "Leerlingnr.", "Llnr", "Ll.nr.", "Stamnr",
          "Stamnummer", "Stamnr.", "Leerling ID", "Leerling-ID", "Leerlingid", "Studentnummer",
          "Studentnr", "Leerlingcode", "Administratienummer", "Nummer"),
    *_NAME_FIELDS,
    _spec("birth_date", "Geboortedatum", "Geb.datum", "Geb. datum", "Gebdatum", "Geboren",
          "Geboortedag", "Date of birth", "Birth date", "Geb.dat."),
    _spec("class", "Groep", "Klas", "Stamgroep", "Stamklas", "Basisgroep", "Groepsnaam",
          "Klasnaam", "Groep/klas", "Klas/groep", "Huidige groep", "Groepnaam", "Class",
          avoid=("Jaargroep", "Leerjaar", "Groepsleerkracht", "Samengestelde groepen")),
    _spec("enrolled_date", "Inschrijfdatum", "Datum inschrijving", "Inschrijvingsdatum",
          "Datum in school", "Instroomdatum", "Datum binnenkomst", "Startdatum", "Begindatum"),
    _spec("left_date", "Uitschrijfdatum", "Datum uitschrijving", "Uitschrijvingsdatum",
          "Datum vertrek", "Vertrekdatum", "Uitstroomdatum", "Einddatum"),
)  # fmt: skip

# The employee fields. Columns the app does not need (BSN, birth date, gender, address,
# private e-mail, phone, roster code, ...) match none of them, so they are never read.
EMPLOYEE_FIELDS: tuple[FieldSpec, ...] = (
    _spec("number", "Personeelsnummer", "Personeelsnr", "Personeelsnr.", "Persnr", "Pers.nr.",
          "Medewerkernummer", "Medewerkernr", "Medewerker ID", "Werknemersnummer",
          "Werknemernummer", "Registratienummer", "Employee ID", "Nummer"),
    *_NAME_FIELDS,
    _spec("voorletters", "Voorletters", "Initialen", "Initials"),
    _spec("email", "E-mail", "E-mailadres", "Email", "E-mail werk", "Zakelijk e-mailadres",
          "Zakelijk e-mail", "E-mailadres werk", "Mail", "E-mailadres school", "Email zakelijk",
          avoid=("prive", "privé", "persoonlijk", "thuis")),
    _spec("function", "Functie", "Functienaam", "Functieomschrijving", "Functie omschrijving",
          "Omschrijving functie", "Job", "Rol", avoid=("datum", "code")),
    _spec("employment", "Dienstverband", "Soort dienstverband", "Type dienstverband",
          "Aard dienstverband", "Contract", "Contractsoort", "Contracttype", "Soort contract",
          "Type contract", "Soort contract omschrijving", "Soort arbeidsovereenkomst",
          "Aanstelling", "Soort aanstelling", "Type aanstelling"),
    _spec("start_date", "In dienst", "Datum in dienst", "Indiensttreding", "Datum indiensttreding",
          "Startdatum", "Begindatum", "Ingangsdatum", "Datum in dienst treding",
          second=("Begindatum functie", "Startdatum functie", "Ingangsdatum functie")),
    _spec("end_date", "Uit dienst", "Datum uit dienst", "Uitdiensttreding",
          "Datum uitdiensttreding", "Einddatum", "Einddatum contract", "Einde dienstverband",
          second=("Einddatum functie",)),
    _spec("school", "School", "Schoolnaam", "Locatie", "Werklocatie", "Vestiging", "BRIN",
          "Brinnummer", "BRIN-nummer", "School (BRIN)"),
    _spec("partner_achternaam", "Geboortenaam partner", "Geboortenaam_partner",
          "Achternaam partner", "Naam partner", "Partnernaam"),
    _spec("partner_tussenvoegsel", "Voorvoegsel partner", "Voorvoegsel_partner",
          "Tussenvoegsel partner", "Voorvoegsels partner"),
    _spec("naamgebruik", "Naamgebruik", "Naamgebruik_code", "Naamgebruik code",
          "Code naamgebruik"),
    _spec("naam_samenstelling", "Naam samenstelling", "Naamsamenstelling"),
)  # fmt: skip

# Headers whose field depends on the column's values: field -> a test of one value; the
# first field whose test most values pass, else the last field. Without values (when only
# the header row is known) the first field is taken.
MOSTLY = 0.9
VALUE_SAMPLE = 200


def _looks_like_number(value: str) -> bool:
    """A staff number or code ("000123", "1234", "E0042"), not a name."""
    return (
        len(value) <= 20
        and any(c.isdigit() for c in value)
        and not any(c.isspace() or c == "," for c in value)
    )


ValueTest = Callable[[str], bool] | None
BY_VALUES: dict[str, dict[str, tuple[tuple[str, ValueTest], ...]]] = {
    # AFAS Profit writes the staff number under "Medewerker"; other exports the name.
    "employees": {"medewerker": (("number", _looks_like_number), ("name", None))},
}

CONSENT_FIELDS: tuple[FieldSpec, ...] = (
    _spec("number", "nummer", "Leerlingnummer", "Personeelsnummer", "Stamnr", "Leerlingnr",
          "Personeelsnr", "Nr", "Nr."),
    _spec("signer", "ondertekend_door", "Ondertekend door", "Ondertekenaar", "Naam ondertekenaar",
          "Getekend door", "Handtekening van", "Naam ouder"),
    _spec("role", "rol", "Ondertekend als", "Rol ondertekenaar", "Relatie"),
    _spec("date", "datum", "Datum ondertekening", "Ondertekend op", "Getekend op",
          "Datum formulier", "Datum ontvangen"),
    _spec("note", "notitie", "Notities", "Opmerking", "Opmerkingen", "Toelichting", "Notes"),
    _spec("school", "school", "Schoolnaam", "BRIN"),
)  # fmt: skip

FIELDS_BY_KIND: dict[str, tuple[FieldSpec, ...]] = {
    "students": STUDENT_FIELDS,
    "employees": EMPLOYEE_FIELDS,
    "consents": CONSENT_FIELDS,
}

# -- guardians -----------------------------------------------------------------------------

_ROLE_WORDS = (
    "wettelijkvertegenwoordiger",
    "ouderverzorger",
    "contactpersoon",
    "verzorgster",
    "verzorger",
    "guardian",
    "parent",
    "voogd",
    "ouder",
)
_PART_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "volledigenaam", "name"),
    "roepnaam": ("roepnaam", "voornaam", "firstname"),
    "voorletters": ("voorletters", "initialen"),
    "tussenvoegsel": ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "tussenv", "voorv"),
    "achternaam": ("achternaam", "geslachtsnaam", "lastname"),
    "email": ("email", "emailadres", "mail", "mailadres", "emailprive"),
    "phone": ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobielnummer",
              "mobieltelefoonnummer", "gsm", "phone", "telefoonmobiel", "telefoonprive"),
    "relation": ("relatie", "relation", "soort", "type", "relatietotleerling"),
    "authority": ("gezag", "ouderlijkgezag", "wettelijkgezag", "gezaghebbend", "gezaghebbende"),
}  # fmt: skip
_PART_OF = {word: part for part, words in _PART_WORDS.items() for word in words}
_GUARDIAN = re.compile(rf"(?P<role>{'|'.join(_ROLE_WORDS)})s?(?P<number>[1-9]?)")


def guardian_field(number: int, part: str) -> str:
    return f"guardian{number}_{part}"


def guardian_column(normalized: str) -> str | None:
    """The guardian field a normalized header names, or None."""
    match = _GUARDIAN.search(normalized)
    if match is None:
        return None
    rest = normalized[: match.start()] + normalized[match.end() :]
    number = match["number"]
    if not number:  # "Ouder 1 e-mail" puts the number after the role word's text
        digits = re.findall(r"\d", rest)
        if len(digits) > 1:
            return None
        number = digits[0] if digits else "1"
        rest = re.sub(r"\d", "", rest)
    rest = re.sub(r"^(van|v)|(van|v)$", "", rest) or "name"
    part = _PART_OF.get(rest)
    if part is None or not 1 <= int(number) <= MAX_GUARDIANS:
        return None
    return guardian_field(int(number), part)


# -- consent items ---------------------------------------------------------------------------

_MEDIUM_WORDS = {
    "foto": "foto", "fotos": "foto", "fotomateriaal": "foto", "beeld": "foto",
    "film": "film", "films": "film", "video": "film", "videos": "film", "filmopnamen": "film",
    "geluid": "geluid", "audio": "geluid", "geluidsopnamen": "geluid",
    "geluidsopname": "geluid",
}  # fmt: skip
_MEDIA_BY_LENGTH = sorted(_MEDIUM_WORDS.items(), key=lambda item: -len(item[0]))
_CHANNEL_WORDS = {
    "schoolgids": "schoolgids", "brochure": "schoolgids", "schoolbrochure": "schoolgids",
    "schoolgidsbrochure": "schoolgids", "website": "website", "schoolwebsite": "website",
    "site": "website", "nieuwsbrief": "nieuwsbrief", "nieuwsbrieven": "nieuwsbrief",
    "socialmediaschool": "socialmedia_school", "socialemediaschool": "socialmedia_school",
    "schoolsocialmedia": "socialmedia_school", "socialmediavandeschool": "socialmedia_school",
    "socialemediavandeschool": "socialmedia_school", "ouderportaal": "ouderportaal",
    "ouderapp": "ouderportaal", "schoolapp": "ouderportaal", "portaal": "ouderportaal",
    "socialmediapersoonlijk": "socialmedia_persoonlijk",
    "socialemediapersoonlijk": "socialmedia_persoonlijk",
    "persoonlijkesocialmedia": "socialmedia_persoonlijk",
    "persoonlijkesocialemedia": "socialmedia_persoonlijk",
    "socialmediamedewerkers": "socialmedia_persoonlijk",
}  # fmt: skip


@dataclass(frozen=True)
class ItemWords:
    """What names a channel in a register's header (normalized word -> channel code): the
    Dutch words above for the six default channels, and the codes and labels of the
    school's consent form versions (``item_words``)."""

    channels: Mapping[str, str]


DEFAULT_ITEM_WORDS = ItemWords(_CHANNEL_WORDS)


def item_words(forms: Iterable[ConsentForm]) -> ItemWords:
    """The channels' codes and labels of ``forms`` (newest first: its wording wins), then
    the default channels' words: "klassenfoto", "Krant en lokale media", "website"."""
    words: dict[str, str] = {}
    for form in forms:
        for channel in form.channels:
            for text in (channel.code, channel.label):
                words.setdefault(normalize_header(text), channel.code)
    for word, code in _CHANNEL_WORDS.items():
        words.setdefault(word, code)
    words.pop("", None)
    return ItemWords(words)


def item_column(normalized: str, words: ItemWords = DEFAULT_ITEM_WORDS) -> str | None:
    """The consent item code a normalized header names: a medium word before or after a
    channel's code, label or word ("foto_website", "Foto website", "Video - schoolwebsite",
    "Website foto's", "Foto klassenfoto", "Film - Krant en lokale media"), or None."""
    for word, medium in _MEDIA_BY_LENGTH:
        for rest in (
            normalized.removeprefix(word) if normalized.startswith(word) else None,
            normalized.removesuffix(word) if normalized.endswith(word) else None,
        ):
            channel = words.channels.get(rest or "")
            if channel is not None:
                return f"{medium}_{channel}"
    return None


# -- scoring -------------------------------------------------------------------------------


def _by_values(options: tuple[tuple[str, ValueTest], ...], values: Sequence[str] | None) -> str:
    if values is None:
        return options[0][0]
    sample = [value for value in values[:VALUE_SAMPLE] if value]
    for name, test in options:
        if test is None or (sample and sum(map(test, sample)) >= MOSTLY * len(sample)):
            return name
    return options[-1][0]


def candidates(
    kind: str,
    header: str,
    values: Sequence[str] | None = None,
    items: ItemWords = DEFAULT_ITEM_WORDS,
) -> list[tuple[float, str]]:
    """(confidence, field) pairs for one header, best first; ``values`` (the column's
    cells) decide the headers of ``BY_VALUES``; ``items`` name the consent items."""
    normalized = normalize_header(header)
    if not normalized:
        return []
    options = BY_VALUES.get(kind, {}).get(normalized)
    if options is not None:
        return [(EXACT, _by_values(options, values))]
    found: list[tuple[float, str]] = []
    if kind == "students":
        guardian = guardian_column(normalized)
        if guardian is not None:
            return [(PATTERN, guardian)]
    if kind == "consents":
        code = item_column(normalized, items)
        if code is not None:
            return [(EXACT, code)]
    for spec in FIELDS_BY_KIND[kind]:
        if normalized in spec.aliases:
            found.append((EXACT, spec.name))
        elif normalized in spec.second:
            found.append((SECOND, spec.name))
        elif any(avoid in normalized for avoid in spec.avoid):
            continue
        elif any(len(alias) >= 5 and alias in normalized for alias in spec.aliases):
            found.append((CONTAINS, spec.name))
    found.sort(key=lambda pair: -pair[0])
    return found


def header_score(cells: list[str] | tuple[str, ...]) -> int:
    """How many cells of a row are recognised headers of any kind (finds the header row
    below a title line)."""
    score = 0
    for cell in cells:
        if cell and any(
            confidence >= PATTERN
            for kind in FIELDS_BY_KIND
            for confidence, _ in candidates(kind, cell)
        ):
            score += 1
    return score
