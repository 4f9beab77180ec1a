"""EDEXML (NTA 2032: EDEXML 1.0.3, 2.0, 2.1 and the Flemish variants) and UWLR
``leerlinggegevens``: the open standards Dutch administration systems export students,
groups and teachers in. ``edexml_xml`` finds and parses the XML; this module turns it into
two tables with fixed headers, so they go through the same mapping, checks and plan as a
CSV export: students (the ``key`` is the student number, leading zeros kept, surrounding
spaces not) and teachers (the ``key`` is their number).

Only what the standard requires is required: a key, and an achternaam or a roepnaam.
A missing roepnaam is the first of the ``voornamen``, else the initials
(``voorletters-1`` "UGH" is "U.G.H."). A student's class is their stamgroep; a student
without one is placed in a class named after their year group (``jaargroep``, see
``edexml_codes``), and every student without a class is reported (``Table.meta
["row_problems"]``, warnings the student plan reports on the student's row). Every
stamgroep of the file becomes a class of the school year. Composite groups
(``samengestelde_groep``) are not classes: they are counted and reported.

A teacher's function comes from their roles (``rol``, on the teacher and per group, as
Dutch labels) and ``rolomschrijving``; without any, "Leerkracht" when they have a group.
Their stamgroepen go into ``Table.meta["teacher_classes"]`` (number -> class names, the
names the students' plan uses), which makes them teachers of those classes.

Only what the app needs is kept (data minimisation): BSN, country of birth, student
weight, postal code, gender, ECK-iD, user names, photos, supplier additions and the like
never reach a table, so nothing can store them; the notices say which kinds of elements
were left out and how many, never their values.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from korre_desktop.services.importing.edexml_codes import (
    HISTORIC,
    initials,
    normalize_year_group,
    role_label,
    year_group_class,
)
from korre_desktop.services.importing.edexml_xml import local, parse_xml
from korre_desktop.services.importing.report import Notice
from korre_desktop.services.importing.table import SourceInfo, Table
from korre_desktop.services.importing.values import blank

__all__ = ["EdexFile", "parse_edexml"]

STUDENT_HEADERS = (
    "Leerlingnummer",
    "Roepnaam",
    "Voorvoegsel",
    "Achternaam",
    "Geboortedatum",
    "Groep",
    "Instroomdatum",
    "Uitstroomdatum",
)
TEACHER_HEADERS = (
    "Personeelsnummer",
    "Roepnaam",
    "Voorvoegsel",
    "Achternaam",
    "E-mailadres",
    "Functie",
)
TEACHER_FUNCTION = "Leerkracht"
RowWarning = tuple[str, str, str, dict[str, Any]]  # code, field, English message, params

# Elements the import reads (or that say nothing about a person); everything else is
# left out and counted by the label of its kind.
_STUDENT_READ = frozenset(
    {"achternaam", "voorvoegsel", "roepnaam", "geboortedatum", "jaargroep", "groep",
     "samengestelde_groepen", "instroomdatum", "uitstroomdatum", "mutatiedatum"}
)  # fmt: skip
_TEACHER_READ = frozenset(
    {"achternaam", "voorvoegsel", "roepnaam", "emailadres", "rol", "rolomschrijving",
     "groepen", "mutatiedatum"}
)  # fmt: skip
# Elements left out, by the kind of data they hold: the notice counts them per kind (in
# this order; ``LEFT_OUT_LABELS`` words a kind in English, the GUI in Dutch).
LEFT_OUT_KINDS = {
    "bsn": "bsn",
    "sofinummer": "bsn",
    "onderwijsnummer": "onderwijsnummer",
    "bsn_ondwnr-4": "bsn_last_digits",
    "rijksregisternummer": "rijksregisternummer",
    "eckid": "eckid",
    "voornamen": "first_names",
    "voorletters-1": "initials",
    "voorletters": "initials",
    "geslacht": "gender",
    "land": "country_of_birth",
    "land_vader": "parents_country_of_birth",
    "land_moeder": "parents_country_of_birth",
    "etniciteit": "ethnicity",
    "gewicht": "student_weight",
    "gewicht_nieuw": "student_weight",
    "postcodenl": "postal_code",
    "postnummerbe": "postal_code",
    "postcodeoverig": "postal_code",
    "emailadres": "email",
    "gebruikersnaam": "user_name",
    "fotourl": "photo_address",
    "start_ondw_jgr3": "start_group_3",
    "vestiging": "location",
    "toevoegingen": "supplier_additions",
}
LEFT_OUT_LABELS = {
    "bsn": "BSN",
    "onderwijsnummer": "onderwijsnummer",
    "bsn_last_digits": "last digits of the BSN",
    "rijksregisternummer": "rijksregisternummer",
    "eckid": "ECK-iD",
    "first_names": "first names",
    "initials": "initials",
    "gender": "gender",
    "country_of_birth": "country of birth",
    "parents_country_of_birth": "parents' country of birth",
    "ethnicity": "ethnicity",
    "student_weight": "student weight",
    "postal_code": "postal code",
    "email": "e-mail address",
    "user_name": "user name",
    "photo_address": "photo address",
    "start_group_3": "start of group 3",
    "location": "location",
    "supplier_additions": "supplier additions",
}


@dataclass
class EdexFile:
    school_year: str
    brin: str
    dependancecode: str
    schoolkey: str
    students: Table
    teachers: Table
    composite_groups: dict[str, int] = field(default_factory=dict)  # name -> students
    instellingsnummer: str = ""  # Flemish schools
    standard: str = ""  # "EDEXML 2.1", "UWLR 2.3"

    def table_for(self, kind: str) -> Table:
        return self.teachers if kind == "employees" else self.students


def _fields(element: Element) -> dict[str, list[Element]]:
    """The element's children by (local) name."""
    found: dict[str, list[Element]] = {}
    for child in element:
        found.setdefault(local(child.tag), []).append(child)
    return found


def _text(element: Element) -> str:
    """The element's text, spaces cleaned; "" when empty or a placeholder ("?")."""
    return blank(" ".join((element.text or "").split()))


def _value(fields: dict[str, list[Element]], name: str) -> str:
    """The text of the first child ``name``."""
    elements = fields.get(name)
    return _text(elements[0]) if elements else ""


def _key(element: Element) -> str:
    """A key: spaces around it are not significant (handbook, "Uitwisselingsformaten")."""
    return (element.get("key") or "").strip()


def _roepnaam(fields: dict[str, list[Element]]) -> str:
    """The roepnaam; else the first of the voornamen; else the initials."""
    roepnaam = _value(fields, "roepnaam")
    if roepnaam:
        return roepnaam
    voornamen = _value(fields, "voornamen").split()
    if voornamen:
        return voornamen[0]
    return initials(_value(fields, "voorletters-1") or _value(fields, "voorletters"))


def _left_out_notice(counts: Counter[str], whose: str) -> list[Notice]:
    """What was left out of the students or teachers: ``kinds`` [(kind, count)] in the
    order of ``LEFT_OUT_LABELS``, ``other`` [(element, count)] for elements of no kind."""
    if not counts:
        return []
    by_kind: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for name, count in counts.items():
        if name in LEFT_OUT_KINDS:
            by_kind[LEFT_OUT_KINDS[name]] += count
        else:
            other[name] += count
    kinds = [(kind, by_kind[kind]) for kind in LEFT_OUT_LABELS if by_kind[kind]]
    others = sorted(other.items())
    parts = [f"{LEFT_OUT_LABELS[kind]} ({count})" for kind, count in kinds]
    if others:
        listed = ", ".join(f"{name} ({count})" for name, count in others)
        parts.append(f"other elements: {listed}")
    text = f"left out of the {whose} (not needed by the app): {', '.join(parts)}"
    return [Notice(text, "left_out", whose=whose, kinds=kinds, other=others)]


class _Reader:
    """One pass over the document: the groups first, then students and teachers."""

    def __init__(self, data: Element) -> None:
        parts = _fields(data)
        school = parts.get("school", [None])[0]
        self.school = _fields(school) if school is not None else {}
        self.flemish = bool(_value(self.school, "instellingsnummer")) and not _value(
            self.school, "brincode"
        )
        self.parts = parts
        self.classes: dict[str, str] = {}  # stamgroep key -> class name
        self.composites: dict[str, str] = {}  # samengestelde groep key -> name
        self.notices: list[Notice] = []
        self._groups()

    def _section(self, name: str, item: str) -> list[Element]:
        return [
            element
            for section in self.parts.get(name, ())
            for element in section
            if local(element.tag) == item
        ]

    def _groups(self) -> None:
        for section in self.parts.get("groepen", ()):
            for group in section:
                fields = _fields(group)
                key = _key(group)
                name = _value(fields, "naam")
                if local(group.tag) == "samengestelde_groep":
                    self.composites[key] = name or key
                elif local(group.tag) == "groep":
                    year_group = _value(fields, "jaargroep")
                    self.classes[key] = (
                        name or (year_group_class(year_group, self.flemish) or "") or key
                    )

    # -- students ------------------------------------------------------------------------

    def students(self) -> tuple[list[tuple[str, ...]], dict[int, list], dict[str, int], Counter]:
        rows: list[tuple[str, ...]] = []
        problems: dict[int, list[RowWarning]] = {}
        composite_members: Counter[str] = Counter()
        left_out: Counter[str] = Counter()
        for position, student in enumerate(self._section("leerlingen", "leerling"), start=1):
            fields = _fields(student)
            left = _value(fields, "uitstroomdatum")
            groups = fields.get("groep", [])
            class_name, problem = self._place(
                _key(groups[0]) if groups else "", _value(fields, "jaargroep"), bool(left)
            )
            if problem is not None:
                problems[position] = [problem]
            for section in fields.get("samengestelde_groepen", ()):
                for ref in section:
                    composite_members[self.composites.get(_key(ref), _key(ref))] += 1
            rows.append(
                (
                    _key(student),
                    _roepnaam(fields),
                    _value(fields, "voorvoegsel"),
                    _value(fields, "achternaam"),
                    _value(fields, "geboortedatum"),
                    class_name,
                    _value(fields, "instroomdatum"),
                    left,
                )
            )
            _count_left_out(student, fields, _STUDENT_READ, left_out)
        return rows, problems, dict(composite_members), left_out

    def _place(
        self, group_key: str, year_group: str, has_left_date: bool
    ) -> tuple[str, RowWarning | None]:
        """The student's class and the warning about it, if any (its row is set when the
        student's row is planned)."""
        if group_key and group_key in self.classes:
            return self.classes[group_key], None
        prefix = ""
        if group_key:
            prefix = f"group {group_key} is not defined in the file; "
        code = normalize_year_group(year_group) if year_group else ""
        if code == HISTORIC:
            if has_left_date:
                return "", None  # a student who left: they leave on their uitstroomdatum
            return "", _class_warning(
                "historic_without_left_date",
                f"{prefix}year group H (historic: a student who left) without a leaving date"
                " (uitstroomdatum): imported without a class; enter the leaving date in the app",
                group=group_key,
            )
        if code:
            name = year_group_class(code, self.flemish)
            if name:
                return name, _class_warning(
                    "year_group_class",
                    f"{prefix}no group (stamgroep) in the file: placed in class {name}"
                    f" (year group {code})",
                    group=group_key,
                    year_group=code,
                    class_name=name,
                )
            return "", _class_warning(
                "year_group_unknown",
                f"{prefix}year group {code!r} is not one of the standard's codes: imported"
                " without a class",
                group=group_key,
                year_group=code,
            )
        return "", _class_warning(
            "no_class",
            f"{prefix}no group and no year group in the file: imported without a class",
            group=group_key,
        )

    # -- teachers ------------------------------------------------------------------------

    def teachers(self) -> tuple[list[tuple[str, ...]], dict[str, list[str]], Counter]:
        rows: list[tuple[str, ...]] = []
        teacher_classes: dict[str, list[str]] = {}
        left_out: Counter[str] = Counter()
        composite_links: Counter[str] = Counter()
        unknown: Counter[str] = Counter()
        for teacher in self._section("leerkrachten", "leerkracht"):
            fields = _fields(teacher)
            number = _key(teacher)
            roles = [_text(role) for role in fields.get("rol", ())]
            classes: list[str] = []
            linked = False
            for section in fields.get("groepen", ()):
                for ref in section:
                    key = _key(ref)
                    roles += [_text(role) for role in ref if local(role.tag) == "rol"]
                    if local(ref.tag) == "groep" and key in self.classes:
                        classes.append(self.classes[key])
                        linked = True
                    elif local(ref.tag) == "samengestelde_groep" and key in self.composites:
                        composite_links[self.composites[key]] += 1
                        linked = True
                    else:
                        unknown[key] += 1
            labels = [role_label(role) for role in roles if role]
            description = _value(fields, "rolomschrijving")
            if description:
                labels.append(description)
            function = ", ".join(dict.fromkeys(labels))
            if not function and linked:
                function = TEACHER_FUNCTION
            if number and classes:
                teacher_classes[number] = list(dict.fromkeys(classes))
            rows.append(
                (
                    number,
                    _roepnaam(fields),
                    _value(fields, "voorvoegsel"),
                    _value(fields, "achternaam"),
                    _value(fields, "emailadres"),
                    function,
                )
            )
            _count_left_out(teacher, fields, _TEACHER_READ, left_out)
        if composite_links:
            groups = sorted(composite_links.items())
            listed = ", ".join(f"{name} ({n})" for name, n in groups)
            self.notices.append(
                Notice(
                    f"teachers of composite groups are not linked to a class (a composite group"
                    f" is not a class in Korre): {listed}",
                    "composite_teachers",
                    groups=groups,
                )
            )
        if unknown:
            keys = sorted(unknown)
            self.notices.append(
                Notice(
                    f"teachers refer to groups the file does not define: {', '.join(keys)}",
                    "teacher_groups_unknown",
                    groups=keys,
                )
            )
        return rows, teacher_classes, left_out


def _class_warning(code: str, message: str, **params: Any) -> RowWarning:
    """A warning about a student's class, for their row (``Table.meta["row_problems"]``)."""
    return code, "class", message, params


def _count_left_out(
    element: Element, fields: dict[str, list[Element]], read: frozenset[str], into: Counter[str]
) -> None:
    for name, elements in fields.items():
        if name not in read:
            into[name] += len(elements)
    if element.get("eckid"):
        into["eckid"] += 1


def parse_edexml(data: bytes, source: SourceInfo) -> EdexFile:
    document = parse_xml(data)
    reader = _Reader(document.data)
    school = reader.school
    version = _value(school, "xsdversie")
    standard = f"{document.standard} {version}".strip()
    meta: dict[str, Any] = {
        "school_year": _value(school, "schooljaar"),
        "brin": _value(school, "brincode").upper(),
        "dependancecode": _value(school, "dependancecode"),
        "schoolkey": _value(school, "schoolkey"),
        "instellingsnummer": _value(school, "instellingsnummer"),
        "standard": standard,
    }
    student_rows, row_problems, composites, student_left_out = reader.students()
    teacher_rows, teacher_classes, teacher_left_out = reader.teachers()
    flemish = " (Flemish)" if reader.flemish else ""
    read_as = [
        Notice(f"read as {standard}{flemish}", "read_as", standard=standard, flemish=reader.flemish)
    ]

    def table(headers, rows, noun, notices, extra) -> Table:
        return Table(
            headers=headers,
            rows=rows,
            row_numbers=list(range(1, len(rows) + 1)),
            source=source,
            header_row=0,
            row_noun=noun,
            notices=notices,
            meta={**meta, **extra},
        )

    students = table(
        STUDENT_HEADERS,
        student_rows,
        "leerling",
        [*document.notices, *read_as, *_left_out_notice(student_left_out, "students")],
        {
            "composite_groups": composites,
            "classes": list(dict.fromkeys(name for name in reader.classes.values() if name)),
            "row_problems": row_problems,
        },
    )
    teachers = table(
        TEACHER_HEADERS,
        teacher_rows,
        "leerkracht",
        [*document.notices, *reader.notices, *_left_out_notice(teacher_left_out, "teachers")],
        {"teacher_classes": teacher_classes},
    )
    return EdexFile(
        school_year=meta["school_year"],
        brin=meta["brin"],
        dependancecode=meta["dependancecode"],
        schoolkey=meta["schoolkey"],
        students=students,
        teachers=teachers,
        composite_groups=composites,
        instellingsnummer=meta["instellingsnummer"],
        standard=standard,
    )
