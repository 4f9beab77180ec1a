"""EDEXML and UWLR files for the tests, written here in the shapes real exports have: the
official examples of EDEXML 2.0 and 2.1 and their Flemish variants, a Cito
leerlingvolgsysteem export in EDEXML 1.03, and a UWLR 2.3 answer in its SOAP envelope.
Same elements, same order, same quirks (students without a stamgroep or a date of birth,
"?" placeholders, "v. d.", initials with and without points, empty elements, BSN and
postal codes that must not be stored); every name and number is invented.

The school year is the tests' (2026-2027), so the dates are plausible on their ``TODAY``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

SCHOOL_YEAR = "2026-2027"
BRIN = "00AA"  # the BRIN code of the tests' school


# -- writing ---------------------------------------------------------------------------------


class Xml:
    """A small XML writer that keeps the layout exports use (indenting, empty elements)."""

    def __init__(self, indent: str = "\t", prefix: str = "") -> None:
        self.lines: list[str] = []
        self.indent = indent
        self.prefix = prefix
        self.depth = 0

    def _tag(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def _attrs(self, attrs: dict[str, str]) -> str:
        return "".join(f" {key}={quoteattr(value)}" for key, value in attrs.items())

    def line(self, text: str) -> None:
        self.lines.append(self.indent * self.depth + text)

    def open(self, name: str, **attrs: str) -> None:
        self.line(f"<{self._tag(name)}{self._attrs(attrs)}>")
        self.depth += 1

    def close(self, name: str) -> None:
        self.depth -= 1
        self.line(f"</{self._tag(name)}>")

    def empty(self, name: str, **attrs: str) -> None:
        self.line(f"<{self._tag(name)}{self._attrs(attrs)}/>")

    def value(self, name: str, text: str | None) -> None:
        """``<name>text</name>``; None leaves the element out."""
        if text is not None:
            tag = self._tag(name)
            self.line(f"<{tag}>{escape(text)}</{tag}>")

    def text(self, joiner: str = "\n") -> str:
        return joiner.join(self.lines) + joiner


def write(
    path: Path, xml: str, encoding: str = "UTF-8", bom: bool = False, declare: bool = True
) -> Path:
    """Write ``xml`` (which starts with its XML declaration) in ``encoding``; the
    declaration names the encoding (or is left out with ``declare=False``)."""
    body = xml.split("?>", 1)[1].lstrip("\n") if xml.startswith("<?xml") else xml
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declare else ""
    codec = {"UTF-16": "utf-16-le"}.get(encoding.upper(), encoding)
    data = (head + body).encode(codec)
    if bom:
        data = {"utf-16-le": b"\xff\xfe", "utf-8": b"\xef\xbb\xbf"}[codec.lower()] + data
    path.write_bytes(data)
    return path


def _toevoegingen(x: Xml, *codes: str) -> None:
    x.open("toevoegingen")
    for code in codes:
        x.open("blok", **{"xsi:type": "OpmerkingGegevensType"})
        x.value("code", code)
        x.empty("opmerking")
        x.close("blok")
    x.close("toevoegingen")


# -- the official examples (EDEXML 2.0 and 2.1, and Flemish) ----------------------------------


@dataclass
class Expected:
    """What importing a sample must give."""

    classes: dict[str, str | None] = field(default_factory=dict)  # number -> class (None)
    left: dict[str, str] = field(default_factory=dict)  # number -> leaving date
    no_birth: set[str] = field(default_factory=set)
    teachers: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)
    # number -> (name as shown, function, classes taught)
    created_classes: set[str] = field(default_factory=set)
    bsn: list[str] = field(default_factory=list)  # values that must never be stored
    postal_codes: list[str] = field(default_factory=list)


def official_example(version: str = "2.1", flemish: bool = False) -> tuple[str, Expected]:
    """The structure of ``EDEXML.Voorbeeld.<version>[-Vla].xml``: a school with locations
    (not Flemish), stamgroepen and composite groups in mixed order, three students (one
    fully described, one with only first names and no date of birth or stamgroep, one
    historic who left before the school year) and three teachers (roles on the teacher,
    a free role description, roles per group)."""
    with_eckid = version != "2.0"
    x = Xml()
    x.lines.append('<?xml version="1.0" encoding="UTF-8"?>')
    if not flemish:
        x.lines += [
            "<!-- ================================================================== -->",
            f"<!--* Verzonnen voorbeeld voor EDEXML {version} (testbestand)",
            "",
            "        Wijzigingshistorie:",
            "        20261102: eerste versie.",
            "\t-->",
            "<!-- ================================================================== -->",
            "<!-- -->",
        ]
    x.open(
        "EDEX",
        **{
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:noNamespaceSchemaLocation": "EDEXML.structuur.xsd",
        },
    )
    x.open("school")
    x.value("schooljaar", SCHOOL_YEAR)
    if flemish:
        x.value("instellingsnummer", "4321")
    else:
        x.value("peildatum", "2026-10-01")
        x.value("brincode", BRIN)
        x.value("dependancecode", "00")
    x.value("schoolkey", "51234")
    x.value("aanmaakdatum", "2026-11-02T09:12:44")
    x.value("auteur", "Testgenerator")
    x.value("xsdversie", version)
    x.value("commentaar", f"Verzonnen voorbeeld bij EDEXML {version}")
    x.close("school")
    if not flemish:
        x.open("vestigingen")
        for key, name in (("VN", "Vestiging Noord"), ("VZ", "Vestiging Zuid")):
            x.open("vestiging", key=key)
            x.value("naam", name)
            x.close("vestiging")
        x.close("vestigingen")
    upper = ("KL4A", "Klas 4A", "6") if flemish else ("G5A", "5A", "5")
    lower = ("KL4B", "Klas 4B", "6") if flemish else ("G5B", "5B", "5")
    x.open("groepen")
    if flemish:
        composites = [("sgA", "Leesclub"), ("sgB", "Schaakclub")]
        for key, name in composites:
            x.open("samengestelde_groep", key=key)
            x.value("naam", name)
            x.close("samengestelde_groep")
    groups = [
        ("101", "Egeltjes", "0", None),
        ("sgC", "Tekenclub", None, None),
        ("102", "Vossen", "1", None),
        ("103", "Uilen", "1", "Opmerking A"),
        (*upper, "Opmerking A"),
        (*lower, None),
    ]
    if flemish:
        groups = [g for g in groups if g[0] != "sgC"]
    for key, name, year_group, remark in groups:
        kind = "groep" if year_group is not None else "samengestelde_groep"
        x.open(kind, key=key)
        x.value("naam", name)
        x.value("jaargroep", year_group)
        if remark:
            _toevoegingen(x, remark)
        x.close(kind)
    if not flemish:
        for key, name in (("sgA", "Plusgroep rekenen"), ("sgB", "Schaakclub")):
            x.open("samengestelde_groep", key=key)
            x.value("naam", name)
            x.close("samengestelde_groep")
    x.close("groepen")

    expected = Expected()
    year_group = "6" if flemish else "5"
    year_class = "Leerjaar 4" if flemish else "Groep 5"
    x.open("leerlingen")
    first = {"key": "00101"}
    if with_eckid and not flemish:
        first["eckid"] = "https://id.example/LL_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
    x.open("leerling", **first)
    if not flemish:  # the Flemish example knows this student by roepnaam only
        x.value("achternaam", "Kroon")
        x.value("voorvoegsel", "de")
        x.value("voorletters-1", "M")
    x.value("roepnaam", "Mees")
    x.value("geboortedatum", "2017-04-12")
    x.value("geslacht", "1")
    if not flemish:
        x.value("start_ondw_jgr3", "2023-08-21")
    x.value("jaargroep", year_group)
    x.empty("groep", key=lower[0])
    x.open("samengestelde_groepen")
    x.empty("samengestelde_groep", key="sgA")
    x.empty("samengestelde_groep", key="sgB")
    x.close("samengestelde_groepen")
    if not flemish:
        x.empty("vestiging", key="VN")
    x.value("mutatiedatum", "2026-09-07T08:47:34")
    x.close("leerling")
    expected.classes["00101"] = lower[1]

    x.open("leerling", key="00102")
    x.value("achternaam", "Yılmaz")
    x.value("voornamen", "Elif Nur")
    x.value("voorletters-1", "ENA" if flemish else "EN")
    x.value("geslacht", "0")
    x.value("jaargroep", year_group)
    if not flemish:
        x.empty("vestiging", key="VZ")
    x.value("land", "TR")
    if flemish:
        x.value("rijksregisternummer", "16022312345")
        x.value("postnummerbe", "2018")
        expected.bsn.append("16022312345")
    else:
        x.value("bsn", "987654321")
        x.value("gewicht_nieuw", "0,3")
        x.value("postcodenl", "9999ZX")
        expected.bsn.append("987654321")
        expected.postal_codes.append("9999ZX")
    x.value("instroomdatum", "2025-08-25")
    x.value("mutatiedatum", "2026-10-14T08:47:35")
    x.close("leerling")
    expected.classes["00102"] = year_class
    expected.no_birth.add("00102")

    x.open("leerling", key="20315")
    x.value("achternaam", "Berg")
    x.value("voorvoegsel", "van 't")
    x.value("voorletters-1", "T")
    x.value("roepnaam", "Tijn")
    x.value("geboortedatum", "2014-02-11")
    x.value("geslacht", "1")
    x.value("jaargroep", "H")
    x.value("land", "NL")
    x.value("land_vader", "NL")
    x.value("land_moeder", "NL")
    if not flemish:
        x.value("bsn_ondwnr-4", "0412")
    x.value("instroomdatum", "2018-08-20")
    x.value("uitstroomdatum", "2026-07-17")
    _toevoegingen(x, "Opmerking A", "Opmerking B")
    x.value("mutatiedatum", "2026-07-17T08:47:36")
    x.close("leerling")
    x.close("leerlingen")
    expected.classes["20315"] = None  # left before the school year began
    expected.left["20315"] = "2026-07-17"

    x.open("leerkrachten")
    teacher = {"key": "LK1"}
    if with_eckid and not flemish:
        teacher["eckid"] = "https://id.example/LK_0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    x.open("leerkracht", **teacher)
    x.value("achternaam", "Wiel")
    x.value("voorvoegsel", "van der")
    x.value("voorletters-1", "A")
    if not flemish:
        x.value("roepnaam", "Annet")
    if version == "2.0":
        x.value("emailadres", "a.vanderwiel@example.org")
    elif not flemish:
        x.value("rol", "TAL")
    x.open("groepen")
    x.empty("groep", key=upper[0])
    x.close("groepen")
    x.close("leerkracht")
    function = "Toetsafnameleider" if with_eckid and not flemish else "Leerkracht"
    shown = "A. van der Wiel" if flemish else "Annet van der Wiel"
    expected.teachers["LK1"] = (shown, function, [upper[1]])

    x.open("leerkracht", key="LK2", **({"eckid": "https://id.example/ab12"} if with_eckid else {}))
    x.value("achternaam", "Hoekstra")
    if flemish:
        x.value("voorvoegsel", "ter")
    else:
        x.value("voorletters-1", "PJK")
    x.value("roepnaam", "Pieter")
    if not flemish:
        x.value("rolomschrijving", "Duizendpoot")
    x.open("groepen")
    x.empty("groep", key="102")
    x.empty("samengestelde_groep", key="sgA")
    x.empty("groep", key="101")
    x.empty("samengestelde_groep", key="sgB")
    if not flemish:
        x.empty("samengestelde_groep", key="sgC")
    x.close("groepen")
    x.close("leerkracht")
    shown = "Pieter ter Hoekstra" if flemish else "Pieter Hoekstra"
    function = "Leerkracht" if flemish else "Duizendpoot"
    expected.teachers["LK2"] = (shown, function, ["Vossen", "Egeltjes"])

    x.open("leerkracht", key="LK3")
    if version == "2.1" and not flemish:
        x.value("achternaam", "Smit")
        x.value("voorletters-1", "R")
    x.value("roepnaam", "Romy")
    if not flemish:
        x.open("groepen")
        x.open("groep", key=upper[0])
        x.value("rol", "STA")
        x.value("rol", "OWA")
        x.close("groep")
        x.close("groepen")
    x.close("leerkracht")
    x.close("leerkrachten")
    x.close("EDEX")
    shown = "Romy Smit" if version == "2.1" and not flemish else "Romy"
    if flemish:
        expected.teachers["LK3"] = (shown, "", [])
    else:
        expected.teachers["LK3"] = (shown, "Stagiair, Onderwijsassistent", [upper[1]])
    expected.created_classes = {"Egeltjes", "Vossen", "Uilen", upper[1], lower[1], year_class}
    return x.text(), expected


# -- a Cito leerlingvolgsysteem export in EDEXML 1.03 -----------------------------------------

FIRST = (
    "Anouk", "Bram", "Cas", "Daan", "Elin", "Fenna", "Gijs", "Hidde", "Isa", "Jesse", "Kiki",
    "Lotte", "Milan", "Noor", "Olivier", "Pien", "Quinten", "Roos", "Stijn", "Tess", "Ugur",
    "Vera", "Wout", "Yara", "Zeyneb", "Ahmet", "Fatima", "Sara", "Youssef", "Mila",
)  # fmt: skip
SURNAMES = (
    "Aalders", "Bakker", "Claassen", "Dijkstra", "Evers", "Fransen", "Gerritsen", "Hermans",
    "Jacobs", "Kuipers", "Lammers", "Molenaar", "Nijhof", "Oosterhout", "Prins", "Quist",
    "Reijnders", "Schouten", "Timmer", "Uijttewaal", "Verbeek", "Wolters", "Yildiz", "Zwart",
    "Aydın", "Brüggen", "Çelik", "Dogan", "Elbers",
)  # fmt: skip
INFIXES = ("van", "van der", "de", "van den", "el", "v. d.", "van de", "Da")


def cito_lvs(students: int = 400, teachers: int = 29, seed: int = 1) -> tuple[str, Expected]:
    """The shape of a Cito LVS export (EDEXML 1.03): two-space indents, 19 groups with
    mutation dates (two SBO groups, a toddler group, a group named after its teacher),
    students in alphabetical order with ethnicity, countries (some "?"), weights ("?"),
    some sofinummers and postal codes, a few initials ("J.H.", "JB"), some without a
    stamgroep (only a year group), two without a date of birth, two who leave (one before
    the school year), and teachers with one group each (one with two, one with none, one
    known by surname only)."""
    rng = random.Random(seed)
    groups = [
        ("49", "1A", "1"), ("50", "1B", "1"), ("51", "1C", "1"), ("65", "2A", "2"),
        ("66", "2B", "2"), ("187", "3A", "3"), ("55", "4A", "4"), ("56", "4B", "4"),
        ("57", "5A", "5"), ("58", "5B", "5"), ("59", "6A", "6"), ("60", "6B", "6"),
        ("61", "7A", "7"), ("62", "7B", "7"), ("63", "8A", "8"), ("64", "8B Meester Frits", "8"),
        ("189", "Apen", "S"), ("196", "Buffels", "S"), ("192", "Ukkies", "0"),
    ]  # fmt: skip
    x = Xml(indent="  ")
    x.lines.append('<?xml version="1.0" encoding="UTF-8"?>')
    x.open(
        "EDEX",
        **{
            "xsi:noNamespaceSchemaLocation": "EDEXML.structuur.xsd",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        },
    )
    x.open("school")
    x.value("schooljaar", SCHOOL_YEAR)
    x.value("brincode", BRIN)
    x.value("dependancecode", "99")
    x.value("schoolkey", "99999")
    x.value("aanmaakdatum", "2026-11-03T12:43:06")
    x.value("auteur", "Cito LeerlingVolgSysteem versie 4.6")
    x.value("xsdversie", "1.03")
    x.close("school")
    x.open("groepen")
    for key, name, year_group in groups:
        x.open("groep", key=key)
        x.value("naam", name)
        x.value("jaargroep", year_group)
        x.value("mutatiedatum", f"20{rng.randrange(5, 26):02d}-08-29T22:19:18")
        x.close("groep")
    x.close("groepen")

    expected = Expected()
    keys = rng.sample(range(10, max(3700, students * 10)), students)
    people = sorted(
        ((rng.choice(SURNAMES), rng.choice(FIRST), key) for key in keys),
        key=lambda p: (p[0], p[1]),
    )
    without_group = set(rng.sample(range(students), 11))
    without_birth = set(rng.sample(sorted(set(range(students)) - without_group), 2))
    rest = sorted(set(range(students)) - without_group - without_birth)
    sofi = set(rng.sample(rest, 5))
    postal = set(rng.sample(rest, 24))
    initials = dict(zip(rng.sample(rest, 3), ("J.H.", "JB", "L.M."), strict=True))
    assigned = [rng.choice(groups) for _ in range(students)]
    older = [index for index in rest if assigned[index][2] in "5678S"]
    entered = set(rng.sample(older, 4))  # older students: they entered after their birth
    left_early, left_later = rng.sample(sorted(entered), 2)
    infixed = dict.fromkeys(rng.sample(rest, 41), "")
    for position, index in enumerate(infixed):
        infixed[index] = INFIXES[position % len(INFIXES)]
    unknown_land = set(rng.sample(rest, 3))
    x.open("leerlingen")
    for index, (surname, first, key) in enumerate(people):
        number = str(key)
        key_group = assigned[index]
        x.open("leerling", key=number)
        x.value("achternaam", surname)
        x.value("voorvoegsel", infixed.get(index))
        x.value("voorletters-1", initials.get(index))
        x.value("roepnaam", first)
        if index in without_birth:
            expected.no_birth.add(number)
        else:
            age = 4 + int(key_group[2]) if key_group[2].isdigit() else 8
            born = date(2026 - age, 1, 1) + timedelta(days=rng.randrange(0, 365))
            x.value("geboortedatum", born.isoformat())
        x.value("geslacht", rng.choice("12"))
        if index in without_group:
            year_group = rng.choice("4216")
            x.value("jaargroep", year_group)
            expected.classes[number] = f"Groep {year_group}"
        else:
            x.empty("groep", key=key_group[0])
            expected.classes[number] = key_group[1]
        land = "?" if index in unknown_land else rng.choice(("NL", "NL", "NL", "MA", "TR", "SR"))
        x.value("etniciteit", "9" if land == "?" else ("0" if land == "NL" else "1"))
        x.value("land", land)
        x.value("land_vader", land)
        x.value("land_moeder", land)
        if index in sofi:
            bsn = f"{rng.randrange(100_000_000, 999_999_999)}"
            x.value("sofinummer", bsn)
            expected.bsn.append(bsn)
        x.value("gewicht_nieuw", "?")
        x.value("gewicht", rng.choice(("?", "0.00", "0.25")))
        if index in postal:
            code = f"{rng.randrange(1000, 9999)}{rng.choice('ABCDEFGH')}{rng.choice('KLMNPR')}"
            x.value("postcodenl", code)
            expected.postal_codes.append(code)
        if index in entered:
            x.value("instroomdatum", f"{born.year + 4}-08-19")
        if index == left_early:
            x.value("uitstroomdatum", "2023-10-10")
            expected.left[number] = "2023-10-10"
            expected.classes[number] = None
        elif index == left_later:
            x.value("uitstroomdatum", "2027-03-17")
            expected.left[number] = "2027-03-17"
        x.value("mutatiedatum", "2011-01-24T15:33:29")
        x.close("leerling")
    x.close("leerlingen")

    x.open("leerkrachten")
    teacher_keys = rng.sample(range(10, max(200, teachers * 10)), teachers)
    for index, key in enumerate(teacher_keys):
        number = str(key)
        x.open("leerkracht", key=number)
        surname = rng.choice(SURNAMES)
        x.value("achternaam", surname)
        infix = "de" if index % 6 == 1 else None
        x.value("voorvoegsel", infix)
        first = None if index == teachers - 1 else rng.choice(FIRST)
        x.value("roepnaam", first)
        taught: list[str] = []
        if index != teachers - 2:
            chosen = [groups[index % len(groups)]]
            if index == 3:
                chosen.append(groups[(index + 5) % len(groups)])
            x.open("groepen")
            for group in chosen:
                x.empty("groep", key=group[0])
                taught.append(group[1])
            x.close("groepen")
        x.value("mutatiedatum", "2004-02-07T14:03:18")
        x.close("leerkracht")
        shown = " ".join(part for part in (first, infix, surname) if part)
        expected.teachers[number] = (shown, "Leerkracht" if taught else "", taught)
    x.close("leerkrachten")
    x.close("EDEX")
    expected.created_classes = {g[1] for g in groups} | {
        name for name in expected.classes.values() if name
    }
    return x.text(joiner="\n"), expected


# -- UWLR 2.3 --------------------------------------------------------------------------------

UWLR_NAMESPACE = "http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens"
SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/"


def uwlr(form: str = "envelope", students: int = 6) -> tuple[str, Expected]:
    """A UWLR 2.3 ``leerlinggegevens`` answer as a student administration sends it: on one
    line, ``le:`` prefixes, the school element with the dependancecode first, groups with
    descriptions, composite groups, students with an ECK-iD, empty voorvoegsel elements,
    and teachers whose achternaam comes after their groups. ``form``: "envelope" (the SOAP
    message), "answer" (``leerlinggegevens_antwoord``) or "bare" (``leerlinggegevens``)."""
    x = Xml(indent="", prefix="le:")
    expected = Expected()
    classes = [("H1A", "1A", "1"), ("H1B", "1B", "1"), ("H2A", "2A", "2")]
    composites = [("H1Muziek", "Muziekgroep leerjaar 1"), ("H1Sport", "Sportgroep leerjaar 1")]
    x.open("leerlinggegevens")
    x.open("school")
    x.value("dependancecode", "00")
    x.value("brincode", BRIN)
    x.value("schooljaar", SCHOOL_YEAR)
    x.value("auteur", "Leerlingadministratie")
    x.value("xsdversie", "2.3")
    x.value("commentaar", "Testbericht")
    x.close("school")
    x.open("groepen")
    for key, name, year_group in classes:
        x.open("groep", key=key)
        x.value("naam", name)
        x.value("jaargroep", year_group)
        x.value("omschrijving", f"Klas {name}")
        x.value("mutatiedatum", "2026-09-04T20:00:00Z")
        x.close("groep")
    for key, name in composites:
        x.open("samengestelde_groep", key=key)
        x.value("naam", name)
        x.value("omschrijving", "Een groep over de klassen heen")
        x.close("samengestelde_groep")
    x.close("groepen")
    x.open("leerlingen")
    for index in range(students):
        number = f"L{index + 1}"
        key_class = classes[index % len(classes)]
        x.open("leerling", eckid=f"https://ketenid.example/{index:04d}a7f3", key=number)
        x.value("achternaam", SURNAMES[index])
        x.value("voorvoegsel", "van" if index % 3 == 0 else "")
        x.value("roepnaam", FIRST[index])
        x.value("geboortedatum", f"20{19 - int(key_class[2])}-0{1 + index % 9}-04")
        x.value("jaargroep", key_class[2])
        x.empty("groep", key=key_class[0])
        x.open("samengestelde_groepen")
        x.empty("samengestelde_groep", key=composites[index % 2][0])
        x.close("samengestelde_groepen")
        x.close("leerling")
        expected.classes[number] = key_class[1]
    x.close("leerlingen")
    x.open("leerkrachten")
    for index, (groups, shown) in enumerate(
        ((["H1A", "H2A"], "Tom van Dalen"), (["H1B"], "Tara Oost")), start=1
    ):
        x.open("leerkracht", eckid=f"eckid_T{index}", key=f"T{index}")
        first, *rest = shown.split()
        x.value("roepnaam", first)
        x.value("emailadres", "email" if index == 2 else f"t{index}@school.example")
        x.value("voorvoegsel", " ".join(rest[:-1]))
        x.open("groepen")
        for key in groups:
            x.empty("groep", key=key)
        x.empty("samengestelde_groep", key="H1Muziek")
        x.close("groepen")
        x.value("achternaam", rest[-1])
        x.close("leerkracht")
        names = {key: name for key, name, _ in classes}
        expected.teachers[f"T{index}"] = (shown, "Leerkracht", [names[k] for k in groups])
    x.close("leerkrachten")
    x.close("leerlinggegevens")
    expected.created_classes = {name for _, name, _ in classes}
    body = x.text(joiner="")
    if form == "bare":
        body = body.replace(
            "<le:leerlinggegevens>", f'<le:leerlinggegevens xmlns:le="{UWLR_NAMESPACE}">', 1
        )
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}', expected
    answer = f'<le:leerlinggegevens_antwoord xmlns:le="{UWLR_NAMESPACE}">{body}'
    answer += "</le:leerlinggegevens_antwoord>"
    if form == "answer":
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{answer}', expected
    xml = (
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP_NAMESPACE}"><SOAP-ENV:Header/>'
        f"<SOAP-ENV:Body>{answer}</SOAP-ENV:Body></SOAP-ENV:Envelope>"
    )
    return xml, expected


def uwlr_fault(reason: str = "Geen toegang voor deze BRIN") -> str:
    return (
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP_NAMESPACE}"><SOAP-ENV:Body><SOAP-ENV:Fault>'
        f"<faultcode>SOAP-ENV:Client</faultcode><faultstring>{escape(reason)}</faultstring>"
        "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    )


# -- small files for one rule at a time -------------------------------------------------------


def edexml(
    students: list[dict[str, str]],
    teachers: list[dict[str, str]] = (),  # type: ignore[assignment]
    groups: tuple[tuple[str, str, str], ...] = (("G3", "Groep 3a", "3"), ("G4", "Groep 4a", "4")),
) -> str:
    """An EDEXML 2.1 file with these students and teachers: each a dict of element name
    to text in order ("key" is the attribute, "groep" a group reference, "groepen" a
    comma-separated list of group references)."""
    x = Xml()
    x.lines.append('<?xml version="1.0" encoding="UTF-8"?>')
    x.open("EDEX")
    x.open("school")
    x.value("schooljaar", SCHOOL_YEAR)
    x.value("brincode", BRIN)
    x.value("xsdversie", "2.1")
    x.close("school")
    x.open("groepen")
    for key, name, year_group in groups:
        x.open("groep", key=key)
        x.value("naam", name)
        x.value("jaargroep", year_group)
        x.close("groep")
    x.close("groepen")
    for section, item, people in (
        ("leerlingen", "leerling", students),
        ("leerkrachten", "leerkracht", teachers),
    ):
        if not people:
            continue
        x.open(section)
        for person in people:
            x.open(item, key=person["key"])
            for name, text in person.items():
                if name == "groep":
                    x.empty("groep", key=text)
                elif name == "groepen":
                    x.open("groepen")
                    for key in text.split(","):
                        x.empty("groep", key=key)
                    x.close("groepen")
                elif name != "key":
                    x.value(name, text)
            x.close(item)
        x.close(section)
    x.close("EDEX")
    return x.text()
