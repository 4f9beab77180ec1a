"""EDEXML (NTA 2032, EDEXML 2.x of Edustandaard): the open standard Dutch administration
systems export student data in. One XML file with the school (BRIN code, school year),
groups (``groep key=...`` with ``naam``; ``samengestelde_groep`` for composite groups),
students (``leerling key=...``) and teachers (``leerkracht`` with their groups).

Parsed with defusedxml (no DTDs, no entities). The file becomes two tables with fixed
headers, so it goes through the same mapping, checks and plan as a CSV export: students
(the ``key`` is the student number, leading zeros kept; the stamgroep's name is the
class) and teachers (the ``key`` is their number; their groups go into their function
text, "Leerkracht (Groep 3/4, Groep 5)"). Guardians are not in EDEXML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from korre_desktop.services.importing.errors import ImportFileError
from korre_desktop.services.importing.table import SourceInfo, Table

STUDENT_HEADERS = (
    "Leerlingnummer",
    "Roepnaam",
    "Voornamen",
    "Voorvoegsel",
    "Achternaam",
    "Geboortedatum",
    "Groep",
    "Samengestelde groepen",
)
TEACHER_HEADERS = (
    "Personeelsnummer",
    "Roepnaam",
    "Voornamen",
    "Voorvoegsel",
    "Achternaam",
    "E-mailadres",
    "Functie",
)
TEACHER_FUNCTION = "Leerkracht"
ROOT_NAMES = frozenset({"edex", "leerlinggegevens"})


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _child(element, name: str):
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _children(element, name: str) -> list:
    return [] if element is None else [c for c in element if _local(c.tag) == name]


def _text(element, name: str) -> str:
    found = _child(element, name)
    return " ".join((found.text or "").split()) if found is not None else ""


def looks_like_edexml(data: bytes) -> bool:
    """An XML document whose root element is EDEX (checked on the first bytes only)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    lowered = head.lower()
    return any(
        f"<{name}".encode() in lowered or f":{name}".encode() in lowered for name in ROOT_NAMES
    )


@dataclass
class EdexFile:
    school_year: str
    brin: str
    dependancecode: str
    schoolkey: str
    students: Table
    teachers: Table
    composite_groups: dict[str, int] = field(default_factory=dict)  # name -> students

    def table_for(self, kind: str) -> Table:
        return self.teachers if kind == "employees" else self.students


def parse_edexml(data: bytes, source: SourceInfo) -> EdexFile:
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ImportFileError("unsafe_xml", f"the XML file is refused: {exc}") from None
    except ElementTree.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise ImportFileError("damaged", f"the XML cannot be read ({exc})", row=line) from None
    if _local(root.tag).lower() not in ROOT_NAMES:
        raise ImportFileError("not_edexml", "this XML file is not an EDEXML export")
    school = _child(root, "school")
    groups_element = _child(root, "groepen")
    groups = {g.get("key", ""): _text(g, "naam") for g in _children(groups_element, "groep")}
    composites = {
        g.get("key", ""): _text(g, "naam") for g in _children(groups_element, "samengestelde_groep")
    }
    meta = {
        "school_year": _text(school, "schooljaar") if school is not None else "",
        "brin": (_text(school, "brincode") if school is not None else "").upper(),
        "dependancecode": _text(school, "dependancecode") if school is not None else "",
        "schoolkey": _text(school, "schoolkey") if school is not None else "",
    }
    notices: list[str] = []
    composite_members: dict[str, int] = {}

    student_rows = []
    for student in _children(_child(root, "leerlingen"), "leerling"):
        group_refs = [g.get("key", "") for g in _children(student, "groep")]
        class_name = groups.get(group_refs[0], "") if group_refs else ""
        if group_refs and group_refs[0] not in groups:
            notices.append(
                f"leerling {student.get('key', '')} refers to group {group_refs[0]},"
                " which the file does not define"
            )
        composite_names = [
            composites.get(ref.get("key", ""), ref.get("key", ""))
            for ref in _children(_child(student, "samengestelde_groepen"), "samengestelde_groep")
        ]
        for name in composite_names:
            composite_members[name] = composite_members.get(name, 0) + 1
        student_rows.append(
            (
                (student.get("key") or "").strip(),
                _text(student, "roepnaam"),
                _text(student, "voornamen"),
                _text(student, "voorvoegsel"),
                _text(student, "achternaam"),
                _text(student, "geboortedatum"),
                class_name,
                ", ".join(composite_names),
            )
        )

    teacher_rows = []
    for teacher in _children(_child(root, "leerkrachten"), "leerkracht"):
        refs = _child(teacher, "groepen")
        names = [groups.get(g.get("key", ""), "") for g in _children(refs, "groep")]
        names += [
            composites.get(g.get("key", ""), "") for g in _children(refs, "samengestelde_groep")
        ]
        names = [name for name in names if name]
        function = f"{TEACHER_FUNCTION} ({', '.join(names)})" if names else TEACHER_FUNCTION
        teacher_rows.append(
            (
                (teacher.get("key") or "").strip(),
                _text(teacher, "roepnaam"),
                _text(teacher, "voornamen"),
                _text(teacher, "voorvoegsel"),
                _text(teacher, "achternaam"),
                _text(teacher, "emailadres"),
                function,
            )
        )

    def table(headers, rows, noun) -> Table:
        return Table(
            headers=headers,
            rows=rows,
            row_numbers=list(range(1, len(rows) + 1)),
            source=source,
            header_row=0,
            row_noun=noun,
            notices=list(notices) if noun == "leerling" else [],
            meta=dict(meta, composite_groups=dict(composite_members)),
        )

    return EdexFile(
        school_year=meta["school_year"],
        brin=meta["brin"],
        dependancecode=meta["dependancecode"],
        schoolkey=meta["schoolkey"],
        students=table(STUDENT_HEADERS, student_rows, "leerling"),
        teachers=table(TEACHER_HEADERS, teacher_rows, "leerkracht"),
        composite_groups=composite_members,
    )
